//! HelmRepository from the CLI's point of view: build one from `flux create source helm` options, build its
//! credentials Secret, print it as `flux export` does, and summarise it for `flux get`.

use std::collections::BTreeMap;
use std::time::Duration;

use serde_json::{Value, json};

use crate::api::FluxObject;
use crate::api::meta::LocalObjectReference;
use crate::api::source::{HelmRepository, HelmRepositorySpec, HelmRepositoryType, OCIProvider};
use crate::duration;

/// Input of `flux create source helm`, validated.
#[derive(Debug, Clone, Default)]
pub struct SourceOptions {
    pub name: String,
    pub namespace: String,
    pub url: String,
    pub interval: Duration,
    /// `oci://` URL: `type: oci`.
    pub oci: bool,
    pub oci_provider: Option<OCIProvider>,
    pub secret_ref: Option<String>,
    pub pass_credentials: bool,
    pub timeout: Option<Duration>,
    pub labels: BTreeMap<String, String>,
}

/// Why the options are refused, in the Flux CLI's words.
#[derive(Debug, thiserror::Error)]
pub enum OptionsError {
    /// `--url` is missing.
    #[error("url is required")]
    MissingUrl,
    /// `--url` does not parse.
    #[error("url parse failed: {0}")]
    Parse(String),
    /// The scheme is not http, https or oci.
    #[error("url scheme '{0}' not supported, can be: http, https and oci")]
    Scheme(String),
    /// The URL has no host.
    #[error("url host is required")]
    Host,
}

/// Checks a `--url` as `flux create source helm` does; returns whether it is an `oci://` URL.
pub fn check_url(url: &str) -> Result<bool, OptionsError> {
    if url.is_empty() {
        return Err(OptionsError::MissingUrl);
    }
    let Some((scheme, rest)) = url.split_once("://") else {
        // Go's url.Parse accepts a bare path: its scheme is empty.
        return Err(OptionsError::Scheme(String::new()));
    };
    if !matches!(scheme, "http" | "https" | "oci") {
        return Err(OptionsError::Scheme(scheme.to_string()));
    }
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    if host.is_empty() {
        return Err(OptionsError::Host);
    }
    if host.contains(' ') {
        return Err(OptionsError::Parse(format!(
            "parse \"{url}\": invalid character \" \" in host name"
        )));
    }
    Ok(scheme == "oci")
}

/// The HelmRepository `flux create source helm` would apply.
pub fn build(opts: &SourceOptions) -> HelmRepository {
    let spec = HelmRepositorySpec {
        url: opts.url.clone(),
        interval: Some(duration::format(opts.interval)),
        repository_type: opts.oci.then_some(HelmRepositoryType::Oci),
        provider: if opts.oci { opts.oci_provider } else { None },
        timeout: opts.timeout.map(duration::format),
        secret_ref: opts
            .secret_ref
            .clone()
            .filter(|s| !s.is_empty())
            .map(|name| LocalObjectReference { name }),
        pass_credentials: (opts.secret_ref.is_some() && opts.pass_credentials).then_some(true),
        ..HelmRepositorySpec::default()
    };
    let mut obj = HelmRepository::new(&opts.name, spec);
    obj.metadata.namespace = Some(opts.namespace.clone());
    if !opts.labels.is_empty() {
        obj.metadata.labels = Some(opts.labels.clone());
    }
    obj
}

/// The credentials Secret `helm-<name>` of `flux create source helm` (`stringData`; `None` when there is
/// nothing to store), as Flux's `sourcesecret.GenerateHelm` writes it.
pub fn build_secret(
    name: &str,
    namespace: &str,
    username: Option<&str>,
    password: Option<&str>,
    ca: Option<&str>,
    cert: Option<&str>,
    key: Option<&str>,
) -> Option<Value> {
    let mut data = serde_json::Map::new();
    let mut put = |k: &str, v: Option<&str>| {
        if let Some(v) = v.filter(|v| !v.is_empty()) {
            data.insert(k.to_string(), Value::from(v));
        }
    };
    put("ca.crt", ca);
    put("password", password);
    put("tls.crt", cert);
    put("tls.key", key);
    put("username", username);
    if data.is_empty() {
        return None;
    }
    Some(json!({
        "apiVersion": "v1",
        "kind": "Secret",
        "metadata": {"name": format!("helm-{name}"), "namespace": namespace},
        "stringData": data,
    }))
}

fn normalise_duration(v: &mut Value) {
    if let Some(s) = v.as_str()
        && let Ok(d) = duration::parse(s)
    {
        *v = Value::from(duration::format(d));
    }
}

/// The object as `flux export source helm` prints it: apiVersion, kind, clean metadata and spec, durations in
/// Go's spelling (`5m0s`).
pub fn export_value(obj: &HelmRepository) -> Value {
    let mut spec = serde_json::to_value(&obj.spec).unwrap_or(Value::Null);
    if let Some(map) = spec.as_object_mut() {
        for k in ["interval", "timeout"] {
            if let Some(v) = map.get_mut(k) {
                normalise_duration(v);
            }
        }
    }
    json!({
        "apiVersion": "source.toolkit.fluxcd.io/v1",
        "kind": "HelmRepository",
        "metadata": super::export_metadata(&obj.metadata),
        "spec": spec,
    })
}

/// Whether the repository is `type: oci` (a static object without a reconciler).
pub fn is_static(obj: &HelmRepository) -> bool {
    obj.spec.repository_type == Some(HelmRepositoryType::Oci)
}

/// The line `flux reconcile source helm` ends with.
pub fn success_message(obj: &HelmRepository) -> String {
    if is_static(obj) {
        return obj
            .ready_condition()
            .map(|c| c.message.clone())
            .unwrap_or_default();
    }
    let rev = obj
        .status
        .as_ref()
        .and_then(|s| s.artifact.as_ref())
        .map(|a| a.revision.as_str())
        .unwrap_or_default();
    format!("fetched revision {rev}")
}

/// One `flux get sources helm` row: name, revision, suspended, ready, message. OCI repositories are static and
/// always read as ready.
pub fn row(obj: &HelmRepository) -> [String; 5] {
    let full = obj
        .status
        .as_ref()
        .and_then(|s| s.artifact.as_ref())
        .map(|a| a.revision.clone())
        .unwrap_or_default();
    let revision = super::git_repository::short_revision(&full);
    let (ready, mut message) = if is_static(obj) {
        ("True".to_string(), "Helm repository is Ready".to_string())
    } else {
        match obj.ready_condition() {
            Some(c) => (c.status.clone(), c.message.clone()),
            None => ("False".to_string(), "waiting to be reconciled".to_string()),
        }
    };
    if !full.is_empty() {
        message = message.replace(&full, &revision);
    }
    [
        kube::ResourceExt::name_any(obj),
        revision,
        if obj.is_suspended() { "True" } else { "False" }.to_string(),
        ready,
        message,
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_are_checked_as_flux_checks_them() {
        assert_eq!(
            check_url("git://example.com/charts")
                .unwrap_err()
                .to_string(),
            "url scheme 'git' not supported, can be: http, https and oci"
        );
        assert!(check_url("oci://ghcr.io/stefanprodan/charts").unwrap());
        assert!(!check_url("https://stefanprodan.github.io/podinfo").unwrap());
        assert_eq!(
            check_url("https://").unwrap_err().to_string(),
            "url host is required"
        );
    }

    #[test]
    fn an_oci_url_makes_an_oci_repository() {
        let obj = build(&SourceOptions {
            name: "podinfo".into(),
            namespace: "flux-system".into(),
            url: "oci://ghcr.io/stefanprodan/charts/podinfo".into(),
            interval: Duration::from_secs(300),
            oci: true,
            secret_ref: Some("creds".into()),
            ..SourceOptions::default()
        });
        let v = export_value(&obj);
        assert_eq!(v["spec"]["type"], "oci");
        assert_eq!(v["spec"]["interval"], "5m0s");
        assert_eq!(v["spec"]["secretRef"]["name"], "creds");
    }

    #[test]
    fn no_credentials_make_no_secret() {
        assert!(build_secret("p", "ns", None, None, None, None, None).is_none());
        let s = build_secret("p", "ns", Some("u"), Some("pw"), None, None, None).unwrap();
        assert_eq!(s["metadata"]["name"], "helm-p");
    }
}
