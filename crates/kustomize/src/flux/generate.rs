//! Flux's kustomization generation for plain directories, and its spec overrides.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::{Map, Value, json};

use crate::error::{Error, ErrorKind, Result};
use crate::fs::{Fs, normalize};
use crate::kustfile::KUSTOMIZATION_FILE_NAMES;
use crate::{BuildOptions, ResourceList};

/// The parts of a Flux `Kustomization` spec that change the build.
#[derive(Debug, Clone, Default)]
pub struct FluxOverrides {
    /// `spec.targetNamespace`: becomes the kustomization's `namespace`.
    pub target_namespace: Option<String>,
    /// `spec.namePrefix` and `spec.nameSuffix`.
    pub name_prefix: Option<String>,
    pub name_suffix: Option<String>,
    /// `spec.patches`: `{patch, target}` entries appended to `patches`.
    pub patches: Vec<Value>,
    /// `spec.images`: `{name, newName, newTag, digest}`; an entry replaces one with the same name.
    pub images: Vec<Value>,
    /// `spec.components`, relative to the kustomization directory.
    pub components: Vec<String>,
    /// `spec.ignoreMissingComponents`: skip components whose directory does not exist.
    pub ignore_missing_components: bool,
    /// `spec.patchesStrategicMerge` (v1beta2): patches appended to `patchesStrategicMerge`.
    pub patches_strategic_merge: Vec<Value>,
    /// `spec.patchesJson6902` (v1beta2): `{target, patch: [ops]}` appended to `patchesJson6902`.
    pub patches_json6902: Vec<Value>,
    /// `spec.buildMetadata`: replaces the kustomization's `buildMetadata` when set.
    pub build_metadata: Vec<String>,
    /// `spec.commonMetadata`: `{labels, annotations}` set on every object after the build.
    pub common_metadata: Option<Value>,
    /// Extra gitignore-style exclusions (`flux build --ignore-paths`), on top of Flux's
    /// defaults and `.sourceignore` files; not part of the spec.
    pub ignore_paths: Vec<String>,
    /// `flux build`'s generator (not the controller's) stats every local resource, component
    /// and crd of the kustomization first: a missing one fails with `lstat <path>: no such
    /// file or directory` before kustomize runs.
    pub check_exists: bool,
}

impl FluxOverrides {
    /// Reads the overrides from a Flux `Kustomization`'s `spec`.
    pub fn from_spec(spec: &Value) -> FluxOverrides {
        let s = |k: &str| {
            spec.get(k)
                .and_then(|v| v.as_str())
                .filter(|v| !v.is_empty())
                .map(str::to_string)
        };
        let list = |k: &str| {
            spec.get(k)
                .and_then(|v| v.as_array())
                .cloned()
                .unwrap_or_default()
        };
        FluxOverrides {
            target_namespace: s("targetNamespace"),
            name_prefix: s("namePrefix"),
            name_suffix: s("nameSuffix"),
            patches: list("patches"),
            images: list("images"),
            components: list("components")
                .iter()
                .filter_map(|c| c.as_str().map(str::to_string))
                .collect(),
            ignore_missing_components: spec
                .get("ignoreMissingComponents")
                .and_then(|v| v.as_bool())
                .unwrap_or(false),
            patches_strategic_merge: list("patchesStrategicMerge"),
            patches_json6902: list("patchesJson6902"),
            build_metadata: list("buildMetadata")
                .iter()
                .filter_map(|c| c.as_str().map(str::to_string))
                .collect(),
            common_metadata: spec.get("commonMetadata").cloned(),
            ignore_paths: Vec::new(),
            check_exists: false,
        }
    }
}

use super::ignore::IgnoreRules;

/// A read-only view of another file system with some files replaced.
struct OverlayFs<'a> {
    base: &'a dyn Fs,
    files: BTreeMap<PathBuf, Vec<u8>>,
}

impl Fs for OverlayFs<'_> {
    fn read(&self, path: &Path) -> std::io::Result<Vec<u8>> {
        match self.files.get(&normalize(path)) {
            Some(b) => Ok(b.clone()),
            None => self.base.read(path),
        }
    }
    fn is_dir(&self, path: &Path) -> bool {
        self.base.is_dir(path)
    }
    fn is_file(&self, path: &Path) -> bool {
        self.files.contains_key(&normalize(path)) || self.base.is_file(path)
    }
    fn list(&self, path: &Path) -> std::io::Result<Vec<String>> {
        let mut names = self.base.list(path)?;
        for p in self.files.keys() {
            if p.parent() == Some(&normalize(path))
                && let Some(n) = p.file_name()
            {
                let n = n.to_string_lossy().into_owned();
                if !names.contains(&n) {
                    names.push(n);
                }
            }
        }
        names.sort();
        Ok(names)
    }
}

fn has_kustomization(fs: &dyn Fs, dir: &Path) -> Option<PathBuf> {
    KUSTOMIZATION_FILE_NAMES
        .iter()
        .map(|n| dir.join(n))
        .find(|p| fs.is_file(p))
}

/// The kustomization Flux writes for a directory without one: every `.yaml`/`.yml` file below
/// it (each must parse as Kubernetes objects) and every sub-directory that has its own
/// kustomization (not descended into), in file-system walk order. None when `dir` already has one.
///
/// Files excluded by Flux's default patterns, `.sourceignore` files or `ignore` (gitignore
/// syntax, like `--ignore-paths`) are left out.
pub fn generate_kustomization(
    fs: &dyn Fs,
    dir: &Path,
    ignore: &[String],
) -> Result<Option<String>> {
    let dir = normalize(dir);
    if has_kustomization(fs, &dir).is_some() {
        return Ok(None);
    }
    let rules = IgnoreRules::load(fs, &dir, ignore);
    let mut resources = Vec::new();
    scan(fs, &dir, &dir, &rules, &mut resources)?;
    let mut k = json!({
        "apiVersion": "kustomize.config.k8s.io/v1beta1",
        "kind": "Kustomization",
    });
    if let Some(m) = k.as_object_mut() {
        if resources.is_empty() {
            // An empty kustomization is an error in kustomize; Flux writes a placeholder.
            m.insert("namespace".into(), Value::String("_placeholder".into()));
        } else {
            m.insert("resources".into(), json!(resources));
        }
    }
    Ok(Some(crate::to_yaml(&k)))
}

fn scan(
    fs: &dyn Fs,
    root: &Path,
    dir: &Path,
    rules: &IgnoreRules,
    out: &mut Vec<String>,
) -> Result<()> {
    let names = fs.list(dir).map_err(|e| crate::error::read_err(dir, &e))?;
    for n in names {
        let p = dir.join(&n);
        let rel = format!("./{}", p.strip_prefix(root).unwrap_or(&p).display());
        if fs.is_dir(&p) {
            if has_kustomization(fs, &p).is_some() {
                out.push(rel);
            } else {
                scan(fs, root, &p, rules, out)?;
            }
            continue;
        }
        if !(n.ends_with(".yaml") || n.ends_with(".yml")) || rules.is_ignored(&p, false) {
            continue;
        }
        let bytes = fs.read(&p).map_err(|e| crate::error::read_err(&p, &e))?;
        crate::build::parse_resources(&String::from_utf8_lossy(&bytes)).map_err(|e| {
            Error::new(ErrorKind::Invalid(format!(
                "failed to decode Kubernetes YAML: {}",
                e.kind
            )))
            .in_file(&p)
        })?;
        out.push(rel);
    }
    Ok(())
}

/// Merges Flux's overrides into a kustomization file's text, returning the new text.
///
/// Like Flux, which reads the file into kustomize's types and writes it back, fields kustomize
/// does not know are dropped. `existing` says whether the file was there (not generated): an
/// existing kustomization without resources gets `buildMetadata: [originAnnotations]`, as in Flux.
pub fn apply_overrides(
    kustomization: &str,
    ov: &FluxOverrides,
    existing: bool,
    fs: &dyn Fs,
    dir: &Path,
) -> Result<String> {
    // Flux reads the file as sigs.k8s.io/yaml does: the first document, YAML 1.1 booleans, and
    // numbers or booleans given for string fields turned into strings.
    let first = crate::kustfile::first_document(kustomization);
    let mut parsed = crate::yaml::parse::parse_one(&crate::kustfile::yaml11_bools(first))?;
    crate::kustfile::go_strings(&mut parsed);
    let parsed = if parsed.is_null() {
        Value::Object(Map::new())
    } else {
        parsed
    };
    let Some(src) = parsed.as_object() else {
        return Err(Error::new(ErrorKind::Invalid(
            "kustomization is not a map".into(),
        )));
    };
    let mut m = Map::new();
    for (k, v) in src {
        if let Some(known) = crate::kustfile::known_field(k) {
            m.insert(known.to_string(), v.clone());
        }
    }
    // Like Flux, drop resources, components and crds that the ignore rules exclude.
    let rules = IgnoreRules::load(fs, dir, &ov.ignore_paths);
    for field in ["resources", "components", "crds"] {
        if let Some(list) = m.get_mut(field).and_then(|l| l.as_array_mut()) {
            if ov.check_exists {
                for r in list.iter() {
                    let Some(rel) = r.as_str() else { continue };
                    if field != "crds" && rel.contains("://") {
                        continue;
                    }
                    let p = normalize(&dir.join(rel));
                    if !fs.is_dir(&p) && !fs.is_file(&p) {
                        return Err(Error::new(ErrorKind::Read(format!(
                            "lstat {}: no such file or directory",
                            p.display()
                        ))));
                    }
                }
            }
            list.retain(|r| {
                let Some(rel) = r.as_str() else { return true };
                if field != "crds" && rel.contains("://") {
                    return true;
                }
                let p = normalize(&dir.join(rel));
                !rules.is_ignored(&p, fs.is_dir(&p))
            });
        }
    }
    m.entry("apiVersion")
        .or_insert_with(|| Value::String("kustomize.config.k8s.io/v1beta1".into()));
    m.entry("kind")
        .or_insert_with(|| Value::String("Kustomization".into()));
    let has_resources = m
        .get("resources")
        .and_then(|r| r.as_array())
        .is_some_and(|r| !r.is_empty());
    if existing && !has_resources {
        m.insert("buildMetadata".into(), json!(["originAnnotations"]));
    }
    if let Some(ns) = &ov.target_namespace {
        m.insert("namespace".into(), Value::String(ns.clone()));
    }
    if let Some(p) = &ov.name_prefix {
        m.insert("namePrefix".into(), Value::String(p.clone()));
    }
    if let Some(s) = &ov.name_suffix {
        m.insert("nameSuffix".into(), Value::String(s.clone()));
    }
    let append = |m: &mut Map<String, Value>, key: &str, items: Vec<Value>| {
        if items.is_empty() {
            return;
        }
        let list = m.entry(key).or_insert_with(|| Value::Array(vec![]));
        if !list.is_array() {
            *list = Value::Array(vec![]);
        }
        if let Some(a) = list.as_array_mut() {
            a.extend(items);
        }
    };
    let patches = ov
        .patches
        .iter()
        .map(|p| {
            let mut e = Map::new();
            if let Some(x) = p.get("patch") {
                e.insert("patch".into(), x.clone());
            }
            if let Some(x) = p.get("target") {
                e.insert("target".into(), x.clone());
            }
            Value::Object(e)
        })
        .collect();
    append(&mut m, "patches", patches);
    let mut components = Vec::new();
    for c in &ov.components {
        if !is_local_relative(c) {
            return Err(Error::new(ErrorKind::Restricted(format!(
                "component path '{c}' must be local and relative"
            ))));
        }
        if ov.ignore_missing_components && !fs.is_dir(&normalize(&dir.join(c))) {
            continue;
        }
        components.push(Value::String(c.clone()));
    }
    append(&mut m, "components", components);
    let psm = ov
        .patches_strategic_merge
        .iter()
        .map(|p| Value::String(crate::to_yaml(p)))
        .collect();
    append(&mut m, "patchesStrategicMerge", psm);
    let pj = ov
        .patches_json6902
        .iter()
        .map(|p| {
            let ops = p.get("patch").cloned().unwrap_or(Value::Array(vec![]));
            json!({"patch": ops.to_string(), "target": p.get("target").cloned().unwrap_or(Value::Null)})
        })
        .collect();
    append(&mut m, "patchesJson6902", pj);
    if !ov.images.is_empty() {
        let list = m.entry("images").or_insert_with(|| Value::Array(vec![]));
        if let Some(a) = list.as_array_mut() {
            for img in &ov.images {
                let field = |k: &str| {
                    img.get(k)
                        .and_then(|v| v.as_str())
                        .unwrap_or("")
                        .to_string()
                };
                match a
                    .iter_mut()
                    .find(|x| x.get("name") == img.get("name"))
                    .and_then(|x| x.as_object_mut())
                {
                    Some(slot) => {
                        if !field("newName").is_empty() {
                            slot.insert("newName".into(), Value::String(field("newName")));
                        }
                        if !field("newTag").is_empty() || !field("digest").is_empty() {
                            slot.insert("newTag".into(), Value::String(field("newTag")));
                            slot.insert("digest".into(), Value::String(field("digest")));
                        }
                    }
                    None => {
                        let mut e = Map::new();
                        for k in ["name", "newName", "newTag", "digest"] {
                            if !field(k).is_empty() {
                                e.insert(k.into(), Value::String(field(k)));
                            }
                        }
                        a.push(Value::Object(e));
                    }
                }
            }
        }
    }
    if !ov.build_metadata.is_empty() {
        m.insert("buildMetadata".into(), json!(ov.build_metadata));
    }
    Ok(crate::to_yaml(&Value::Object(m)))
}

/// Whether a component path is local and relative (not a URL, not absolute), as Flux requires.
fn is_local_relative(path: &str) -> bool {
    let lower = path.to_ascii_lowercase();
    let remote = [
        "git::",
        "gh:",
        "ssh://",
        "https://",
        "http://",
        "git@",
        "github.com:",
        "github.com/",
    ]
    .iter()
    .any(|p| p.len() < lower.len() && lower.starts_with(p));
    let abs = path.starts_with('/') || lower.trim_start_matches("file://").starts_with('/');
    !remote && !abs
}

/// Builds `dir` as kustomize-controller does: generates a kustomization when there is none,
/// merges the overrides, builds, then sets `commonMetadata` on every object.
pub fn build(
    fs: &dyn Fs,
    dir: &Path,
    ov: &FluxOverrides,
    opts: &BuildOptions,
) -> Result<ResourceList> {
    let dir = normalize(dir);
    let (path, text, existing) = match has_kustomization(fs, &dir) {
        Some(p) => {
            let bytes = fs.read(&p).map_err(|e| crate::error::read_err(&p, &e))?;
            (p, String::from_utf8_lossy(&bytes).into_owned(), true)
        }
        None => (
            dir.join("kustomization.yaml"),
            generate_kustomization(fs, &dir, &ov.ignore_paths)?.unwrap_or_default(),
            false,
        ),
    };
    let text = apply_overrides(&text, ov, existing, fs, &dir).map_err(|e| e.in_file(&path))?;
    let mut files = BTreeMap::new();
    files.insert(path, text.into_bytes());
    let overlay = OverlayFs { base: fs, files };
    let mut list = crate::build_as(&overlay, &dir, opts, crate::build::MANAGED_BY_FLUX)?;
    if let Some(cm) = &ov.common_metadata {
        set_common_metadata(&mut list, cm);
    }
    Ok(list)
}

/// Sets a Flux `commonMetadata` (`{labels, annotations}`) on every object.
pub fn set_common_metadata(list: &mut ResourceList, common: &Value) {
    for obj in &mut list.objects {
        for field in ["labels", "annotations"] {
            let Some(pairs) = common.get(field).and_then(|v| v.as_object()) else {
                continue;
            };
            let md = crate::resource::object_mut(obj)
                .entry("metadata")
                .or_insert_with(|| Value::Object(Map::new()));
            let target = crate::resource::object_mut(md)
                .entry(field)
                .or_insert_with(|| Value::Object(Map::new()));
            let target = crate::resource::object_mut(target);
            for (k, v) in pairs {
                target.insert(k.clone(), v.clone());
            }
        }
    }
}
