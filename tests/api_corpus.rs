//! Every Flux object in the shared corpus deserializes into our typed structs, serializes back to the same JSON,
//! and declares a version our CRDs serve.
//!
//! The corpus is `$FLUX_CORPUS` or `<repo>/../shared/corpus`; a missing corpus fails the test. Two folders are
//! read: `repos/` (fleet repositories as users write them) and `flux-cli/` (objects and goldens of Flux's CLI
//! tests, with their `{{ .placeholders }}` replaced by a plain word).
//!
//! Three differences are expected and applied to the input before comparing, each as the API server would:
//! `null` members are dropped; an object on a deprecated version comes back at the stored version (the typed
//! structs always write the version they model); and the fields in [`PRUNED`], which today's Flux schema no
//! longer has, are dropped. Kustomize patch files (partial objects) are skipped.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use flux::api::{helm, image, kustomize, notification, source};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;

const FLUX_GROUPS: &[&str] = &[
    "source.toolkit.fluxcd.io",
    "kustomize.toolkit.fluxcd.io",
    "helm.toolkit.fluxcd.io",
    "notification.toolkit.fluxcd.io",
    "image.toolkit.fluxcd.io",
];

/// Fields some corpus objects still carry that Flux's current schema lacks, so the API server prunes them.
const PRUNED: &[(&str, &str, &str)] = &[
    (
        "HelmChart",
        "/status/artifact/checksum",
        "Artifact.checksum was replaced by digest in source v1",
    ),
    (
        "HelmRepository",
        "/status/artifact/checksum",
        "Artifact.checksum was replaced by digest in source v1",
    ),
    (
        "HelmRelease",
        "/status/lastAppliedRevision",
        "a helm v2beta1 status field, gone in v2",
    ),
];

fn corpus() -> PathBuf {
    let dir = match std::env::var_os("FLUX_CORPUS") {
        Some(dir) => PathBuf::from(dir),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"),
    };
    assert!(
        dir.is_dir(),
        "corpus not found at {} (set FLUX_CORPUS)",
        dir.display()
    );
    dir
}

fn yaml_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            yaml_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "yaml" || e == "yml") {
            out.push(path);
        }
    }
}

/// Replaces Go template actions (`{{ .ns }}`) with a plain word so the goldens parse as YAML.
fn strip_templates(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("{{") {
        out.push_str(&rest[..start]);
        match rest[start..].find("}}") {
            Some(end) => {
                out.push_str("placeholder");
                rest = &rest[start + end + 2..];
            }
            None => {
                rest = &rest[start..];
                break;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The YAML documents of a file, or the parse error.
fn documents(text: &str) -> Result<Vec<Value>, String> {
    let mut docs = Vec::new();
    for doc in yaml_serde::Deserializer::from_str(text) {
        let value = Value::deserialize(doc).map_err(|e| e.to_string())?;
        if !value.is_null() {
            docs.push(value);
        }
    }
    Ok(docs)
}

/// Drops `null` members: the API server treats them as absent, and so do our `Option` fields.
fn without_nulls(value: &Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| (k.clone(), without_nulls(v)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(without_nulls).collect()),
        other => other.clone(),
    }
}

fn round_trip_as<T: DeserializeOwned + Serialize>(value: &Value) -> Result<Value, String> {
    let typed: T =
        serde_json::from_value(value.clone()).map_err(|e| format!("deserialize: {e}"))?;
    serde_json::to_value(&typed).map_err(|e| format!("serialize: {e}"))
}

fn round_trip(kind: &str, value: &Value) -> Result<Value, String> {
    match kind {
        "GitRepository" => round_trip_as::<source::GitRepository>(value),
        "OCIRepository" => round_trip_as::<source::OCIRepository>(value),
        "HelmRepository" => round_trip_as::<source::HelmRepository>(value),
        "HelmChart" => round_trip_as::<source::HelmChart>(value),
        "Bucket" => round_trip_as::<source::Bucket>(value),
        "ExternalArtifact" => round_trip_as::<source::ExternalArtifact>(value),
        "Kustomization" => round_trip_as::<kustomize::Kustomization>(value),
        "HelmRelease" => round_trip_as::<helm::HelmRelease>(value),
        "Provider" => round_trip_as::<notification::Provider>(value),
        "Alert" => round_trip_as::<notification::Alert>(value),
        "Receiver" => round_trip_as::<notification::Receiver>(value),
        "ImageRepository" => round_trip_as::<image::ImageRepository>(value),
        "ImagePolicy" => round_trip_as::<image::ImagePolicy>(value),
        "ImageUpdateAutomation" => round_trip_as::<image::ImageUpdateAutomation>(value),
        other => Err(format!("unknown Flux kind {other}")),
    }
}

/// The first differing path between two JSON values, for readable failures.
fn first_difference(a: &Value, b: &Value, path: &str) -> Option<String> {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            for (k, v) in x {
                match y.get(k) {
                    Some(w) => {
                        if let Some(d) = first_difference(v, w, &format!("{path}.{k}")) {
                            return Some(d);
                        }
                    }
                    None => return Some(format!("{path}.{k} lost")),
                }
            }
            y.keys()
                .find(|k| !x.contains_key(*k))
                .map(|k| format!("{path}.{k} added"))
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => x
            .iter()
            .zip(y)
            .enumerate()
            .find_map(|(i, (v, w))| first_difference(v, w, &format!("{path}[{i}]"))),
        _ if a == b => None,
        _ => Some(format!("{path}: {a} became {b}")),
    }
}

/// Served versions and the stored version of every Flux kind, from our CRDs.
fn served_versions() -> BTreeMap<(String, String), (Vec<String>, String)> {
    let mut out = BTreeMap::new();
    for crd in flux::api::crds() {
        let served = crd
            .spec
            .versions
            .iter()
            .filter(|v| v.served)
            .map(|v| v.name.clone())
            .collect();
        let stored = crd
            .spec
            .versions
            .iter()
            .find(|v| v.storage)
            .map(|v| v.name.clone())
            .unwrap_or_default();
        out.insert((crd.spec.group, crd.spec.names.kind), (served, stored));
    }
    out
}

struct Report {
    checked: BTreeMap<String, usize>,
    failures: Vec<String>,
    skipped_patches: usize,
}

/// Files named as patches by any of the kustomization.yaml files: partial objects, not checked.
fn patch_files(files: &[PathBuf]) -> Vec<PathBuf> {
    let mut patches = Vec::new();
    for file in files {
        if file.file_name().is_none_or(|n| n != "kustomization.yaml") {
            continue;
        }
        let Some(base) = file.parent() else {
            continue;
        };
        let Ok(text) = std::fs::read_to_string(file) else {
            continue;
        };
        let Ok(docs) = documents(&text) else {
            continue;
        };
        for doc in docs {
            let listed = doc["patches"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|p| p["path"].as_str());
            let strategic = doc["patchesStrategicMerge"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str);
            for path in listed.chain(strategic) {
                if let Ok(full) = base.join(path).canonicalize() {
                    patches.push(full);
                }
            }
        }
    }
    patches
}

/// The input as the API server would hand it back through the stored version.
fn expected(kind: &str, doc: &Value, stored_version: &str, group: &str) -> Value {
    let mut value = without_nulls(doc);
    value["apiVersion"] = Value::String(format!("{group}/{stored_version}"));
    for (pruned_kind, pointer, _reason) in PRUNED {
        if *pruned_kind != kind {
            continue;
        }
        if let Some((parent, field)) = pointer.rsplit_once('/')
            && let Some(Value::Object(map)) = value.pointer_mut(parent)
        {
            map.remove(field);
        }
    }
    value
}

fn check_folder(dir: &Path, templated: bool, report: &mut Report) {
    let served = served_versions();
    let mut files = Vec::new();
    yaml_files(dir, &mut files);
    let patches = patch_files(&files);
    for file in files {
        let Ok(raw) = std::fs::read_to_string(&file) else {
            continue;
        };
        if file.canonicalize().is_ok_and(|f| patches.contains(&f)) {
            report.skipped_patches += 1;
            continue;
        }
        if !raw.contains("toolkit.fluxcd.io/") {
            continue;
        }
        let text = if templated {
            strip_templates(&raw)
        } else {
            raw
        };
        let name = file
            .strip_prefix(dir)
            .unwrap_or(&file)
            .display()
            .to_string();
        let docs = match documents(&text) {
            Ok(docs) => docs,
            // Goldens of failing commands and chart templates are not always YAML.
            Err(_) if templated => continue,
            Err(err) => {
                report.failures.push(format!("{name}: not YAML: {err}"));
                continue;
            }
        };
        for (i, doc) in docs.iter().enumerate() {
            let (Some(api_version), Some(kind)) =
                (doc["apiVersion"].as_str(), doc["kind"].as_str())
            else {
                continue;
            };
            let Some((group, version)) = api_version.split_once('/') else {
                continue;
            };
            if !FLUX_GROUPS.contains(&group) {
                continue;
            }
            let at = format!("{name}#{i} {kind} {api_version}");
            let stored = match served.get(&(group.to_string(), kind.to_string())) {
                Some((versions, stored)) if versions.iter().any(|v| v == version) => stored,
                Some((versions, _)) => {
                    report
                        .failures
                        .push(format!("{at}: version not served ({versions:?})"));
                    continue;
                }
                None => {
                    report.failures.push(format!("{at}: kind not served"));
                    continue;
                }
            };
            let input = expected(kind, doc, stored, group);
            match round_trip(kind, &without_nulls(doc)) {
                Ok(output) if output == input => {
                    *report
                        .checked
                        .entry(format!("{kind} {api_version}"))
                        .or_default() += 1;
                }
                Ok(output) => report.failures.push(format!(
                    "{at}: round trip differs: {}",
                    first_difference(&input, &output, "").unwrap_or_default()
                )),
                Err(err) => report.failures.push(format!("{at}: {err}")),
            }
        }
    }
}

#[test]
fn fleet_repositories_round_trip() {
    let mut report = Report {
        checked: BTreeMap::new(),
        failures: Vec::new(),
        skipped_patches: 0,
    };
    check_folder(&corpus().join("repos"), false, &mut report);
    eprintln!(
        "checked: {:#?}, patch files skipped: {}",
        report.checked, report.skipped_patches
    );
    assert!(report.failures.is_empty(), "{:#?}", report.failures);
    let total: usize = report.checked.values().sum();
    assert!(
        total >= 25,
        "only {total} Flux objects found in the corpus repos"
    );
    // The corpus has an object still on a deprecated version: it must be accepted.
    assert!(
        report
            .checked
            .contains_key("OCIRepository source.toolkit.fluxcd.io/v1beta2")
    );
}

#[test]
fn cli_test_objects_round_trip() {
    let mut report = Report {
        checked: BTreeMap::new(),
        failures: Vec::new(),
        skipped_patches: 0,
    };
    check_folder(&corpus().join("flux-cli"), true, &mut report);
    eprintln!(
        "checked: {:#?}, patch files skipped: {}",
        report.checked, report.skipped_patches
    );
    assert!(report.failures.is_empty(), "{:#?}", report.failures);
    let kinds: Vec<&str> = report
        .checked
        .keys()
        .filter_map(|k| k.split(' ').next())
        .collect();
    for kind in [
        "GitRepository",
        "Kustomization",
        "HelmRelease",
        "Alert",
        "Provider",
        "Receiver",
        "ImagePolicy",
    ] {
        assert!(kinds.contains(&kind), "no {kind} in the flux-cli corpus");
    }
}

/// Writes every CRD as one YAML stream to `$FLUX_API_CRDS_OUT`, to apply it to a real API server by hand:
/// `FLUX_API_CRDS_OUT=/tmp/crds.yaml cargo test --test api_corpus -- --ignored` then
/// `kubectl apply --server-side -f /tmp/crds.yaml`.
#[test]
#[ignore = "writes a file for a manual kubectl apply"]
fn write_crds_yaml() {
    let Some(out) = std::env::var_os("FLUX_API_CRDS_OUT") else {
        panic!("set FLUX_API_CRDS_OUT to the output file");
    };
    let mut text = String::new();
    for crd in flux::api::crds() {
        text.push_str("---\n");
        text.push_str(&yaml_serde::to_string(&crd).unwrap_or_default());
    }
    std::fs::write(&out, text)
        .unwrap_or_else(|e| panic!("write {}: {e}", PathBuf::from(&out).display()));
}
