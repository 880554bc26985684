//! A native Helm chart renderer: Go text/template, sprig and Helm's chart engine, producing what
//! `helm template` prints.
//!
//! ```no_run
//! use helm_template::{DiskFs, Options, load_path, render};
//! let chart = load_path(&DiskFs, std::path::Path::new("charts/podinfo"))?;
//! let values = serde_json::Map::new();
//! let out = render(&chart, &values, &Options::default())?;
//! print!("{}", out.to_helm_output(&Options::default()));
//! # Ok::<(), helm_template::Error>(())
//! ```
//!
//! The crate is pure: files come through [`Fs`], nothing touches the network, the environment or
//! a cluster (`lookup` returns an empty map, as `helm template` does).

pub(crate) mod chart;
pub(crate) mod error;
pub(crate) mod funcs;
pub(crate) mod template;

pub use chart::load::{
    Chart, Dependency, DiskFs, File, FileList, Fs, MemFs, Metadata, load_archive, load_files,
    load_path,
};
pub use chart::manifest::{Hook, INSTALL_ORDER, Manifest};
pub use chart::values::merge_values;
pub use chart::{
    Crd, DEFAULT_API_VERSIONS, DEFAULT_KUBE_VERSION, HELM_VERSION, Options, Rendered, render,
};
pub use error::{Error, Result};
pub use funcs::is_known as is_template_function;

/// `v` as Go's `json.Marshal` writes a decoded value: sorted keys, Go's float formatting, `<`, `>`
/// and `&` escaped. Helm's release records and Flux's digests over them are written this way.
pub fn go_json(v: &serde_json::Value) -> String {
    funcs::json::write(&template::value::Value::from_json(v), false, true)
}

/// `v` as Helm's `toYaml` (sigs.k8s.io/yaml over go-yaml v2) writes it, ending in a newline: the
/// encoding behind Flux's values digests.
pub fn go_yaml(v: &serde_json::Value) -> String {
    funcs::yaml::to_yaml(&template::value::Value::from_json(v))
}

/// Parses a values file (YAML) into the map [`render`] takes, converting as Helm does
/// (numbers become floats, `null` is kept so it can delete a chart default).
pub fn parse_values(text: &str) -> Result<serde_json::Map<String, serde_json::Value>> {
    let v = funcs::yaml::parse_json(text).map_err(|e| Error::Load {
        file: "values".into(),
        message: e,
    })?;
    match v {
        serde_json::Value::Object(m) => Ok(m),
        serde_json::Value::Null => Ok(serde_json::Map::new()),
        _ => Err(Error::Load {
            file: "values".into(),
            message: "error unmarshaling JSON: json: cannot unmarshal array into Go value of type map[string]interface {}".into(),
        }),
    }
}
