//! The `generators` and `transformers` fields with built-in plugin configurations
//! (`apiVersion: builtin`), inline or in files. Other (exec, Go, KRM function) plugins are refused.

use serde_json::{Map, Value, json};

use crate::build::{Accumulator, Loader, Target, parse_resources};
use crate::error::{Error, ErrorKind, Result, invalid};
use crate::fieldspec::FieldSpec;
use crate::generate::{self, GenKind};
use crate::kustfile::{GeneratorArgs, Image, Patch, Replica, StrMap, scalar_text};
use crate::patch;
use crate::resource::Resource;
use crate::transform::origin::{self, Origin};
use crate::transform::{images, labels, names, namespace, replacements};

/// A plugin configuration and where it was configured.
pub struct PluginConfig {
    pub obj: Value,
    pub origin: Option<Origin>,
}

fn str_at(v: &Value, path: &[&str]) -> String {
    let mut cur = v;
    for p in path {
        match cur.get(p) {
            Some(x) => cur = x,
            None => return String::new(),
        }
    }
    scalar_text(cur)
}

/// Reads the configurations named by `entries` (inline YAML or files).
pub fn load(ld: &Loader<'_>, t: &Target, entries: &[String]) -> Result<Vec<PluginConfig>> {
    let mut out = Vec::new();
    for e in entries {
        let (objs, configured_in) = match parse_resources(e) {
            Ok(objs) if !objs.is_empty() && e.contains('\n') => (objs, t.file_name.clone()),
            _ if ld.resolve(&t.dir, e).is_ok_and(|p| ld.fs.is_dir(&p)) => {
                (crate::build::directory_resources(ld, t, e)?, e.clone())
            }
            _ => {
                let bytes = ld.read_file(&t.dir, e)?;
                let objs = parse_resources(&String::from_utf8_lossy(&bytes))
                    .map_err(|err| err.in_file(e))?;
                (objs, e.clone())
            }
        };
        for r in objs {
            let origin = t.origin_path.as_deref().map(|base| Origin {
                configured_in: origin::join(base, &configured_in),
                configured_by: r.kind().to_string(),
                configured_by_name: r.name().to_string(),
                configured_by_namespace: r.namespace().to_string(),
                ..Origin::default()
            });
            if r.api_version() != "builtin" {
                return Err(Error::new(ErrorKind::Unsupported(format!(
                    "plugin {}/{} is not a built-in plugin; external plugins are not supported",
                    r.api_version(),
                    r.kind()
                ))));
            }
            out.push(PluginConfig { obj: r.obj, origin });
        }
    }
    Ok(out)
}

fn specs(cfg: &Value) -> Vec<FieldSpec> {
    cfg.get("fieldSpecs")
        .and_then(|f| f.as_array())
        .map(|a| a.iter().map(FieldSpec::from_value).collect())
        .unwrap_or_default()
}

fn from<T: serde::de::DeserializeOwned + Default>(v: Option<&Value>) -> Result<T> {
    match v {
        None | Some(Value::Null) => Ok(T::default()),
        Some(v) => serde_json::from_value(v.clone())
            .map_err(|e| invalid(format!("invalid plugin configuration: {e}"))),
    }
}

/// The fields of a plugin configuration that `keep` names (plugin configurations are read
/// leniently: other fields are ignored, as kustomize's non-strict decoding does).
fn body(cfg: &Value, keep: &[&str]) -> Value {
    let m = cfg.as_object().cloned().unwrap_or_default();
    Value::Object(
        m.into_iter()
            .filter(|(k, _)| keep.contains(&k.as_str()))
            .collect(),
    )
}

const GENERATOR_FIELDS: &[&str] = &[
    "name",
    "namespace",
    "behavior",
    "literals",
    "files",
    "envs",
    "env",
    "options",
    "type",
];
const PATCH_FIELDS: &[&str] = &["path", "patch", "target", "options"];

/// Runs generator configurations, absorbing what they make.
pub fn run_generators(
    ld: &Loader<'_>,
    t: &Target,
    acc: &mut Accumulator,
    configs: Vec<PluginConfig>,
) -> Result<()> {
    for c in configs {
        let kind = str_at(&c.obj, &["kind"]);
        let made: Vec<Resource> = match kind.as_str() {
            "ConfigMapGenerator" | "SecretGenerator" => {
                let mut args: GeneratorArgs = from(Some(&body(&c.obj, GENERATOR_FIELDS)))?;
                if args.name.is_empty() {
                    args.name = str_at(&c.obj, &["metadata", "name"]);
                }
                let gk = if kind == "ConfigMapGenerator" {
                    GenKind::ConfigMap
                } else {
                    GenKind::Secret
                };
                vec![generate::generate(ld, &t.dir, &args, None, gk)?]
            }
            "IAMPolicyGenerator" => {
                let ns = str_at(&c.obj, &["kubernetesService", "namespace"]);
                let mut md = Map::new();
                md.insert(
                    "name".into(),
                    Value::String(str_at(&c.obj, &["kubernetesService", "name"])),
                );
                if !ns.is_empty() {
                    md.insert("namespace".into(), Value::String(ns));
                }
                md.insert(
                    "annotations".into(),
                    json!({"iam.gke.io/gcp-service-account": format!(
                        "{}@{}.iam.gserviceaccount.com",
                        str_at(&c.obj, &["serviceAccount", "name"]),
                        str_at(&c.obj, &["serviceAccount", "projectId"])
                    )}),
                );
                vec![Resource::new(
                    json!({"apiVersion": "v1", "kind": "ServiceAccount", "metadata": md}),
                )]
            }
            other => {
                return Err(Error::new(ErrorKind::Unsupported(format!(
                    "unsupported generator plugin {other}"
                ))));
            }
        };
        for mut r in made {
            if r.origin.is_none() {
                r.origin = c.origin.clone();
            }
            acc.absorb(r)?;
        }
    }
    Ok(())
}

/// Runs transformer configurations in order.
pub fn run_transformers(
    ld: &Loader<'_>,
    t: &Target,
    acc: &mut Accumulator,
    configs: Vec<PluginConfig>,
) -> Result<()> {
    for c in configs {
        let cfg = &c.obj;
        let kind = str_at(cfg, &["kind"]);
        let rs = &mut acc.resources;
        match kind.as_str() {
            "NamespaceTransformer" => {
                let ns = str_at(cfg, &["metadata", "namespace"]);
                let unset_only = cfg
                    .get("unsetOnly")
                    .and_then(|v| v.as_bool())
                    .unwrap_or(false);
                let mode = match str_at(cfg, &["setRoleBindingSubjects"]).as_str() {
                    "" | "defaultOnly" => namespace::Subjects::DefaultOnly,
                    "allServiceAccounts" => namespace::Subjects::AllServiceAccounts,
                    "none" => namespace::Subjects::None,
                    other => {
                        return Err(invalid(format!(
                            "invalid value {other:?} for setRoleBindingSubjects: must be one of \"defaultOnly\", \"none\" or \"allServiceAccounts\""
                        )));
                    }
                };
                namespace::apply_with(rs, &ns, &specs(cfg), unset_only, mode)?;
            }
            "PrefixSuffixTransformer" | "PrefixTransformer" | "SuffixTransformer" => {
                let (p, s) = (str_at(cfg, &["prefix"]), str_at(cfg, &["suffix"]));
                let fs = specs(cfg);
                if !p.is_empty() {
                    names::add_prefix(rs, &p, &fs);
                }
                if !s.is_empty() {
                    names::add_suffix(rs, &s, &fs);
                }
            }
            "LabelTransformer" => {
                labels::add_pairs(rs, &from::<StrMap>(cfg.get("labels"))?, &specs(cfg))?
            }
            "AnnotationsTransformer" => {
                labels::add_pairs(rs, &from::<StrMap>(cfg.get("annotations"))?, &specs(cfg))?
            }
            "PatchTransformer" => {
                let p: Patch = from(Some(&body(cfg, PATCH_FIELDS)))?;
                patch::patch_entry(ld, t, rs, &p)?;
            }
            "PatchJson6902Transformer" => {
                let mut p: Patch = from(Some(&body(cfg, PATCH_FIELDS)))?;
                if p.patch.is_empty() {
                    p.patch = str_at(cfg, &["jsonOp"]);
                }
                patch::json6902_entry(ld, t, rs, &p)?;
            }
            "PatchStrategicMergeTransformer" => {
                let mut entries: Vec<String> = from(cfg.get("paths"))?;
                if let Some(p) = cfg.get("patches").and_then(|p| p.as_str()) {
                    entries.push(p.to_string());
                }
                patch::strategic_merge_list(ld, t, rs, &entries)?;
            }
            "ImageTagTransformer" => {
                let img: Image = from(cfg.get("imageTag"))?;
                let mut fs = specs(cfg);
                if fs.is_empty() {
                    fs = acc.config.images.clone();
                }
                images::apply_image(rs, &img, &fs)?;
            }
            "ReplicaCountTransformer" => {
                let rep: Replica = from(cfg.get("replica"))?;
                images::apply_replicas(rs, &[rep], &specs(cfg))?;
            }
            "ReplacementTransformer" => {
                let list: Vec<Value> = from(cfg.get("replacements"))?;
                replacements::apply_entries(ld, t, &list, rs)?;
            }
            "HashTransformer" => {}
            other => {
                return Err(Error::new(ErrorKind::Unsupported(format!(
                    "unsupported transformer plugin {other}"
                ))));
            }
        }
        if let Some(o) = &c.origin {
            origin::transformed_by(rs, o);
        }
        rs.retain(|r| r.obj.as_object().is_some_and(|m| !m.is_empty()));
    }
    Ok(())
}
