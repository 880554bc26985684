//! What `flux build kustomization` does to the built objects: owner labels, SOPS masking, and
//! the whole Flux build in one call.

use std::collections::BTreeMap;
use std::path::Path;

use base64::Engine;
use serde_json::{Map, Value, json};

use super::{FluxOverrides, SubstituteOptions, substitute};
use crate::error::{Error, ErrorKind, Result};
use crate::fs::Fs;
use crate::resource::object_mut;
use crate::{BuildOptions, ResourceList};

/// Label naming the Flux Kustomization that owns an object.
pub const OWNER_NAME_LABEL: &str = "kustomize.toolkit.fluxcd.io/name";
/// Label naming the owning Kustomization's namespace.
pub const OWNER_NAMESPACE_LABEL: &str = "kustomize.toolkit.fluxcd.io/namespace";
/// What replaces SOPS-encrypted secret values in `flux build` output.
pub const SOPS_MASK: &str = "**SOPS**";

/// Sets the owner labels kustomize-controller puts on everything it applies.
pub fn set_owner_labels(list: &mut ResourceList, name: &str, namespace: &str) {
    for obj in &mut list.objects {
        let md = object_mut(obj)
            .entry("metadata")
            .or_insert_with(|| Value::Object(Map::new()));
        let labels = object_mut(md)
            .entry("labels")
            .or_insert_with(|| Value::Object(Map::new()));
        let labels = object_mut(labels);
        labels.insert(OWNER_NAME_LABEL.into(), Value::String(name.into()));
        labels.insert(
            OWNER_NAMESPACE_LABEL.into(),
            Value::String(namespace.into()),
        );
    }
}

fn string_map(obj: &Value, field: &str) -> BTreeMap<String, String> {
    obj.get(field)
        .and_then(|d| d.as_object())
        .map(|m| {
            m.iter()
                .map(|(k, v)| (k.clone(), crate::kustfile::scalar_text(v)))
                .collect()
        })
        .unwrap_or_default()
}

/// Hides SOPS-encrypted values in Secrets the way `flux build` does: a Secret carrying SOPS
/// metadata loses it and every value becomes `**SOPS**` (a `{"mask":"**SOPS**"}` JSON for
/// dockerconfigjson Secrets); elsewhere only values that look SOPS-encrypted are masked.
pub fn mask_sops_secrets(list: &mut ResourceList) -> Result<()> {
    let b64 = |s: &str| base64::engine::general_purpose::STANDARD.encode(s.as_bytes());
    let mask_b64 = b64(SOPS_MASK);
    for obj in &mut list.objects {
        if obj.get("kind").and_then(|k| k.as_str()) != Some("Secret") {
            continue;
        }
        let name = obj
            .get("metadata")
            .and_then(|m| m.get("name"))
            .and_then(|n| n.as_str())
            .unwrap_or("")
            .to_string();
        let mut data = string_map(obj, "data");
        let mut string_data = string_map(obj, "stringData");
        let text = crate::to_yaml(obj);
        if text.contains("sops:") && text.contains("mac: ENC[") {
            object_mut(obj).remove("sops");
            let kind = obj.get("type").and_then(|t| t.as_str()).unwrap_or("Opaque");
            if kind == "kubernetes.io/dockerconfigjson" {
                let mask_json = json!({"mask": SOPS_MASK}).to_string();
                data.values_mut().for_each(|v| *v = b64(&mask_json));
                string_data
                    .values_mut()
                    .for_each(|v| v.clone_from(&mask_json));
            } else {
                data.values_mut().for_each(|v| v.clone_from(&mask_b64));
                string_data
                    .values_mut()
                    .for_each(|v| *v = SOPS_MASK.to_string());
            }
        } else {
            for v in data.values_mut() {
                // Go's decoder skips line breaks, which kustomize puts in long generated values.
                let compact: String = v.chars().filter(|c| *c != '\n' && *c != '\r').collect();
                let decoded = base64::engine::general_purpose::STANDARD
                    .decode(compact)
                    .map_err(|e| {
                        Error::new(ErrorKind::Invalid(format!(
                            "failed to mask secret {name} sops data: {e}"
                        )))
                    })?;
                let s = String::from_utf8_lossy(&decoded);
                if s.contains("sops") && s.contains("ENC[") {
                    v.clone_from(&mask_b64);
                }
            }
            for v in string_data.values_mut() {
                if v.contains("sops") && v.contains("ENC[") {
                    v.clone_from(&mask_b64);
                }
            }
        }
        let m = object_mut(obj);
        // flux writes `data` back as strings (an empty map goes away) and `stringData` as plain
        // scalars, so `'8080'` there comes out as a number.
        if data.is_empty() {
            m.remove("data");
        } else {
            m.insert("data".into(), json!(data));
        }
        if !string_data.is_empty() {
            let plain: Map<String, Value> = string_data
                .into_iter()
                .map(|(k, v)| {
                    let typed = crate::yaml::resolve::resolve_plain(&v)
                        .map(|(_, t)| t)
                        .unwrap_or(Value::String(v));
                    (k, typed)
                })
                .collect();
            m.insert("stringData".into(), Value::Object(plain));
        }
    }
    Ok(())
}

/// Options for [`build_kustomization`].
#[derive(Debug, Clone, Default)]
pub struct FluxBuildOptions {
    /// Where files may be read from; the build always uses legacy order and no per-directory
    /// load restriction, as kustomize-controller does.
    pub boundary: Option<std::path::PathBuf>,
    /// Fail on unset variables (`--strict-substitute`).
    pub strict_substitute: bool,
    /// Mask SOPS-encrypted Secret values (`flux build` does; the controller decrypts instead).
    pub mask_secrets: bool,
    /// Extra gitignore-style exclusions (`--ignore-paths`).
    pub ignore_paths: Vec<String>,
    /// Decrypts each built object before substitution (the controller's SOPS step).
    pub decrypt: Option<Decryptor>,
}

/// A per-object decryption step: `Ok(Some(obj))` replaces the object, `Ok(None)` keeps it, `Err` names why it
/// could not be decrypted. Runs between the kustomize build and post-build substitution, as Flux orders them,
/// so substitution and owner labels never touch the encrypted document.
#[derive(Clone)]
pub struct Decryptor(pub std::sync::Arc<DecryptFn>);

/// The function behind a [`Decryptor`].
pub type DecryptFn = dyn Fn(&Value) -> std::result::Result<Option<Value>, String> + Send + Sync;

impl std::fmt::Debug for Decryptor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Decryptor")
    }
}

/// Builds a Flux `Kustomization` (the whole object, as YAML would give it) from the directory
/// holding its `spec.path`: overrides, kustomize build, post-build substitution with
/// `substitute_from` (the ConfigMaps and Secrets named by `spec.postBuild.substituteFrom`, in
/// order, already fetched) and the inline `substitute` map, owner labels, masking, then
/// `commonMetadata`, in Flux's order.
pub fn build_kustomization(
    fs: &dyn Fs,
    dir: &Path,
    kustomization: &Value,
    substitute_from: &[Value],
    opts: &FluxBuildOptions,
) -> Result<ResourceList> {
    let spec = kustomization.get("spec").cloned().unwrap_or(Value::Null);
    let mut ov = FluxOverrides::from_spec(&spec);
    ov.ignore_paths.clone_from(&opts.ignore_paths);
    // `flux build` (the one that masks secrets) checks the listed paths exist first.
    ov.check_exists = opts.mask_secrets;
    // Flux sets commonMetadata last, on the finished objects.
    let common = ov.common_metadata.take();
    // kustomize-controller leaves the order as declared (its krusty options name no reorder).
    let build_opts = BuildOptions {
        boundary: opts.boundary.clone(),
        ..BuildOptions::flux("")
    };
    let mut list = super::build(fs, dir, &ov, &build_opts)?;
    if let Some(Decryptor(decrypt)) = &opts.decrypt {
        for obj in &mut list.objects {
            if let Some(plain) = decrypt(obj).map_err(|m| Error::new(ErrorKind::Invalid(m)))? {
                *obj = plain;
            }
        }
    }
    if let Some(post) = spec.get("postBuild").filter(|p| p.is_object()) {
        let inline: BTreeMap<String, String> = post
            .get("substitute")
            .and_then(|s| s.as_object())
            .map(|m| {
                m.iter()
                    .map(|(k, v)| (k.clone(), crate::kustfile::scalar_text(v)))
                    .collect()
            })
            .unwrap_or_default();
        let mut so = SubstituteOptions::from_sources(substitute_from, &inline)?;
        so.strict = opts.strict_substitute;
        list = substitute(&list, &so)?;
    }
    let md = kustomization.get("metadata");
    let name = md
        .and_then(|m| m.get("name"))
        .and_then(|n| n.as_str())
        .unwrap_or("");
    let namespace = md
        .and_then(|m| m.get("namespace"))
        .and_then(|n| n.as_str())
        .unwrap_or("");
    set_owner_labels(&mut list, name, namespace);
    if opts.mask_secrets {
        mask_sops_secrets(&mut list)?;
    }
    if let Some(cm) = &common {
        super::generate::set_common_metadata(&mut list, cm);
    }
    Ok(list)
}
