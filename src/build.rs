//! `flux build kustomization` as a library: build a Flux Kustomization from a local directory the way the
//! Kustomization controller does (the same [`kustomize::flux::build_kustomization`] call), with the variables
//! of `postBuild.substituteFrom` read from the cluster unless it is a dry run, and, with `recursive`, the
//! Kustomizations the build produces built too from local copies of their sources.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use k8s_openapi::api::core::v1::{ConfigMap, Secret};
use kube::Client;
use kube::api::Api;
use serde_json::Value;

use kustomize::flux::{Decryptor, FluxBuildOptions, build_kustomization};
use kustomize::{DiskFs, ResourceList};

use crate::cluster::describe;

/// What to build.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    /// The directory holding the Kustomization's `spec.path` contents.
    pub path: PathBuf,
    /// Extra gitignore-style exclusions.
    pub ignore_paths: Vec<String>,
    /// Fail on variables without value or default.
    pub strict_substitute: bool,
    /// Also build the Flux Kustomizations found in the output.
    pub recursive: bool,
    /// `Kind/namespace/name` of a source → local directory holding its contents (for `recursive`).
    pub local_sources: BTreeMap<String, PathBuf>,
    /// Decrypt SOPS-encrypted objects (the controller).
    pub decrypt: Option<Decryptor>,
    /// Replace the values of SOPS-encrypted Secrets with a mask (`flux build`, `flux diff`).
    pub mask_secrets: bool,
    /// Files may not be read from outside this directory (the controller's unpacked artifact).
    pub boundary: Option<PathBuf>,
}

/// A failed build.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The path flag is empty or not a directory.
    #[error("invalid resource path {0:?}")]
    InvalidPath(String),
    /// The kustomization file cannot be used.
    #[error("invalid kustomization file {0:?}")]
    InvalidKustomizationFile(String),
    /// A `--local-sources` entry is not `Kind/namespace/name=path`.
    #[error("invalid --local-sources entry {0:?}: expected Kind/namespace/name=path")]
    InvalidLocalSource(String),
    /// Reading from the cluster failed.
    #[error("{0}")]
    Cluster(String),
    /// A `substituteFrom` object is missing and not optional.
    #[error("substitute from '{kind}/{name}' failed: {kind} '{namespace}/{name}' not found")]
    MissingSubstituteFrom {
        kind: String,
        namespace: String,
        name: String,
    },
    /// kustomize or the substitution failed.
    #[error("kustomize build failed: {0}")]
    Build(#[from] kustomize::Error),
}

/// Parses `--local-sources` entries.
pub fn parse_local_sources(entries: &[String]) -> Result<BTreeMap<String, PathBuf>, Error> {
    entries
        .iter()
        .map(|e| {
            let (key, path) = e
                .split_once('=')
                .filter(|(k, _)| k.split('/').count() == 3)
                .ok_or_else(|| Error::InvalidLocalSource(e.clone()))?;
            Ok((key.to_string(), PathBuf::from(path)))
        })
        .collect()
}

/// Reads the Flux Kustomization `name` from a YAML file (or the first one, when none has that name).
pub fn read_kustomization_file(file: &Path, name: &str) -> Result<Value, Error> {
    let invalid = || Error::InvalidKustomizationFile(file.display().to_string());
    let is_yaml = matches!(
        file.extension().and_then(|e| e.to_str()),
        Some("yaml" | "yml")
    );
    if !is_yaml {
        return Err(invalid());
    }
    let text = std::fs::read_to_string(file).map_err(|_| invalid())?;
    let list = ResourceList::from_yaml(&text).map_err(|_| invalid())?;
    let candidates: Vec<Value> = list
        .objects
        .into_iter()
        .filter(is_flux_kustomization)
        .collect();
    let named = candidates
        .iter()
        .position(|k| k["metadata"]["name"] == name);
    candidates
        .into_iter()
        .nth(named.unwrap_or(0))
        .ok_or_else(invalid)
}

fn is_flux_kustomization(obj: &Value) -> bool {
    obj["kind"] == "Kustomization"
        && obj["apiVersion"]
            .as_str()
            .is_some_and(|a| a.starts_with("kustomize.toolkit.fluxcd.io/"))
}

/// Reads the Kustomization `namespace/name` from the cluster.
pub async fn get_kustomization(
    client: &Client,
    namespace: &str,
    name: &str,
) -> Result<Value, Error> {
    let api: Api<crate::api::kustomize::Kustomization> = Api::namespaced(client.clone(), namespace);
    let ks = api.get(name).await.map_err(|e| match &e {
        kube::Error::Api(s) if s.code == 404 => Error::Cluster(format!(
            "Kustomization.kustomize.toolkit.fluxcd.io \"{name}\" not found in {namespace}"
        )),
        _ => Error::Cluster(describe(&e)),
    })?;
    serde_json::to_value(&ks).map_err(|e| Error::Cluster(e.to_string()))
}

/// Builds `ks` from `opts.path`. `client` is `None` for a dry run: `substituteFrom` objects are then not read.
pub async fn build(
    client: Option<&Client>,
    ks: &Value,
    opts: &BuildOptions,
) -> Result<ResourceList, Error> {
    let path = opts.path.display().to_string();
    if path.is_empty() || !opts.path.is_dir() {
        return Err(Error::InvalidPath(path));
    }
    build_one(client, ks, &opts.path, opts).await
}

async fn build_one(
    client: Option<&Client>,
    ks: &Value,
    dir: &Path,
    opts: &BuildOptions,
) -> Result<ResourceList, Error> {
    let substitute_from = match client {
        Some(client) => fetch_substitute_from(client, ks).await?,
        None => Vec::new(),
    };
    let built = build_dir(ks, dir, &substitute_from, opts)?;
    if !opts.recursive {
        return Ok(built);
    }
    let mut out = Vec::new();
    for obj in built.objects {
        let nested = is_flux_kustomization(&obj)
            .then(|| local_path(&obj, &opts.local_sources))
            .flatten();
        out.push(obj.clone());
        if let Some(nested_dir) = nested {
            let children = Box::pin(build_one(client, &obj, &nested_dir, opts)).await?;
            out.extend(children.objects);
        }
    }
    Ok(ResourceList { objects: out })
}

/// Builds `ks` from `dir` with the `substituteFrom` objects already read: the synchronous, CPU-bound part of a
/// build, which the controller runs on a blocking thread.
pub fn build_dir(
    ks: &Value,
    dir: &Path,
    substitute_from: &[Value],
    opts: &BuildOptions,
) -> Result<ResourceList, Error> {
    let flux_opts = FluxBuildOptions {
        boundary: opts.boundary.clone(),
        strict_substitute: opts.strict_substitute,
        mask_secrets: opts.mask_secrets,
        ignore_paths: opts.ignore_paths.clone(),
        decrypt: opts.decrypt.clone(),
    };
    Ok(build_kustomization(
        &DiskFs,
        dir,
        ks,
        substitute_from,
        &flux_opts,
    )?)
}

/// `Kind/namespace/name` of a nested Kustomization's source, the key of `--local-sources` (the
/// namespace defaults to the Kustomization's).
pub fn local_source_key(ks: &Value) -> String {
    let source = &ks["spec"]["sourceRef"];
    let namespace = source["namespace"]
        .as_str()
        .filter(|n| !n.is_empty())
        .or_else(|| ks["metadata"]["namespace"].as_str())
        .unwrap_or("default");
    format!(
        "{}/{namespace}/{}",
        source["kind"].as_str().unwrap_or_default(),
        source["name"].as_str().unwrap_or_default()
    )
}

/// The local directory of a nested Kustomization's source and path, when `local_sources` names
/// its source.
pub fn local_path(ks: &Value, local_sources: &BTreeMap<String, PathBuf>) -> Option<PathBuf> {
    let root = local_sources.get(&local_source_key(ks))?;
    let sub = ks["spec"]["path"].as_str().unwrap_or("./");
    Some(root.join(sub.trim_start_matches("./")))
}

/// Reads the ConfigMaps and Secrets named by `spec.postBuild.substituteFrom`, in order; a missing optional one
/// is left out.
pub async fn fetch_substitute_from(client: &Client, ks: &Value) -> Result<Vec<Value>, Error> {
    let namespace = ks["metadata"]["namespace"].as_str().unwrap_or("default");
    let mut out = Vec::new();
    for source in ks["spec"]["postBuild"]["substituteFrom"]
        .as_array()
        .into_iter()
        .flatten()
    {
        let kind = source["kind"].as_str().unwrap_or_default().to_string();
        let name = source["name"].as_str().unwrap_or_default().to_string();
        let optional = source["optional"].as_bool().unwrap_or(false);
        let found = match kind.as_str() {
            "Secret" => Api::<Secret>::namespaced(client.clone(), namespace)
                .get_opt(&name)
                .await
                .map_err(|e| Error::Cluster(describe(&e)))?
                .map(|s| serde_json::to_value(s).unwrap_or_default()),
            _ => Api::<ConfigMap>::namespaced(client.clone(), namespace)
                .get_opt(&name)
                .await
                .map_err(|e| Error::Cluster(describe(&e)))?
                .map(|c| serde_json::to_value(c).unwrap_or_default()),
        };
        match found {
            Some(obj) => out.push(obj),
            None if optional => {}
            None => {
                return Err(Error::MissingSubstituteFrom {
                    kind,
                    namespace: namespace.to_string(),
                    name,
                });
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn local_sources_need_kind_namespace_and_name() {
        let ok = parse_local_sources(&["GitRepository/default/podinfo=./src".into()]);
        assert_eq!(
            ok.ok()
                .and_then(|m| m.get("GitRepository/default/podinfo").cloned()),
            Some(PathBuf::from("./src"))
        );
        assert!(parse_local_sources(&["podinfo=./src".into()]).is_err());
    }

    #[test]
    fn a_directory_is_not_a_kustomization_file() {
        let err = read_kustomization_file(Path::new("./wrongfile/"), "podinfo");
        assert_eq!(
            err.err().map(|e| e.to_string()),
            Some("invalid kustomization file \"./wrongfile/\"".into())
        );
    }

    #[test]
    fn nested_kustomizations_resolve_to_their_local_source() {
        let ks = serde_json::json!({
            "metadata": {"name": "app", "namespace": "default"},
            "spec": {"path": "./my-app", "sourceRef": {"kind": "GitRepository", "name": "podinfo"}},
        });
        let opts = BuildOptions {
            local_sources: parse_local_sources(&["GitRepository/default/podinfo=/src".into()])
                .unwrap_or_default(),
            ..BuildOptions::default()
        };
        assert_eq!(
            local_path(&ks, &opts.local_sources),
            Some(PathBuf::from("/src/my-app"))
        );
    }
}
