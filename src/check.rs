//! `flux check` as a library: Kubernetes version prerequisites, the Flux distribution in the cluster, whether
//! the controllers run (an Available Deployment or a live `flux serve` lease) and whether every CRD of the
//! selected components is Established.

use std::time::Duration;

use k8s_openapi::api::core::v1::Namespace;
use k8s_openapi::apiextensions_apiserver::pkg::apis::apiextensions::v1::CustomResourceDefinition;
use kube::api::Api;
use kube::runtime::wait::Condition;
use kube::runtime::wait::conditions::is_crd_established;
use kube::{Client, ResourceExt};

use crate::cluster::describe;
use crate::install::controllers::{self, ControllerState};
use crate::progress::Progress;
use crate::version::{KUBERNETES_MIN, KUBERNETES_MIN_VERSION};

/// What to check.
#[derive(Debug, Clone)]
pub struct CheckOptions {
    /// Flux's namespace.
    pub namespace: String,
    /// Components whose CRDs must exist.
    pub components: Vec<String>,
    /// Only the prerequisites.
    pub pre: bool,
    /// How long to wait for the controllers.
    pub timeout: Duration,
    /// How often to look while waiting.
    pub poll_interval: Duration,
}

/// A failed check. The individual failures were already reported as `✗` lines.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The cluster could not be asked.
    #[error("{0}")]
    Query(String),
    /// The Kubernetes version is too old or unreadable.
    #[error("prerequisites checks failed")]
    Prerequisites,
    /// Some installation check failed.
    #[error("check failed")]
    Failed,
}

/// Checks the Kubernetes version. Prints Flux's lines and returns whether it passed.
pub async fn prerequisites(client: &Client, progress: &dyn Progress) -> Result<bool, Error> {
    progress.action("checking prerequisites");
    let info = client.apiserver_version().await.map_err(|e| {
        Error::Query(format!(
            "Kubernetes client initialization failed: {}",
            describe(&e)
        ))
    })?;
    let version = info.git_version.trim_start_matches('v').to_string();
    let ok = kubernetes_version_ok(&version);
    if ok {
        progress.success(&format!("Kubernetes {version} {KUBERNETES_MIN}"));
    } else {
        progress.failure(&format!(
            "Kubernetes version {version} does not match {KUBERNETES_MIN}"
        ));
    }
    Ok(ok)
}

/// Whether a server version (without `v`) satisfies [`KUBERNETES_MIN`]. Pre-releases count, as `-0` allows.
pub fn kubernetes_version_ok(version: &str) -> bool {
    let core = version.split(['-', '+']).next().unwrap_or(version);
    let mut parts = core.split('.').map(|p| p.parse::<u64>().ok());
    match (parts.next().flatten(), parts.next().flatten()) {
        (Some(major), Some(minor)) => (major, minor) >= KUBERNETES_MIN_VERSION,
        _ => false,
    }
}

/// Runs `flux check` (or `flux check --pre`).
pub async fn check(
    client: &Client,
    opts: &CheckOptions,
    progress: &dyn Progress,
) -> Result<(), Error> {
    if !prerequisites(client, progress).await? {
        return Err(Error::Prerequisites);
    }
    if opts.pre {
        progress.success("prerequisites checks passed");
        return Ok(());
    }
    let mut ok = true;

    progress.action("checking version in cluster");
    let namespaces: Api<Namespace> = Api::all(client.clone());
    match namespaces.get_opt(&opts.namespace).await {
        Ok(Some(ns)) => {
            let labels = ns.labels();
            match labels.get("app.kubernetes.io/version") {
                Some(v) => progress.success(&format!("distribution: flux-{v}")),
                None => progress.warning(
                    "distribution: unknown (namespace has no app.kubernetes.io/version label)",
                ),
            }
            let bootstrapped = labels.contains_key("kustomize.toolkit.fluxcd.io/name");
            progress.success(&format!("bootstrapped: {bootstrapped}"));
        }
        Ok(None) => {
            progress.failure(&format!(
                "no Flux installation found: namespace {} does not exist (run flux install)",
                opts.namespace
            ));
            ok = false;
        }
        Err(e) => return Err(Error::Query(describe(&e))),
    }

    progress.action("checking controllers");
    match controllers::wait_ready(client, &opts.namespace, opts.timeout, opts.poll_interval).await {
        Ok(state) => {
            progress.success(&state.to_string());
            if let ControllerState::Deployment { image, .. } = &state {
                progress.action(image);
            }
        }
        Err(e) => {
            progress.failure(&e.to_string());
            ok = false;
        }
    }

    progress.action("checking crds");
    let components: Vec<&str> = opts.components.iter().map(String::as_str).collect();
    let crds: Api<CustomResourceDefinition> = Api::all(client.clone());
    for expected in crate::api::crds_for_components(&components) {
        let name = expected.name_any();
        match crds.get_opt(&name).await {
            Ok(Some(crd)) if is_crd_established().matches_object(Some(&crd)) => {
                let storage = crd
                    .spec
                    .versions
                    .iter()
                    .find(|v| v.storage)
                    .map(|v| v.name.clone())
                    .unwrap_or_default();
                progress.success(&format!("{name}/{storage}"));
            }
            Ok(Some(_)) => {
                progress.failure(&format!("{name}: not established"));
                ok = false;
            }
            Ok(None) => {
                progress.failure(&format!("{name}: not found (run flux install)"));
                ok = false;
            }
            Err(e) => return Err(Error::Query(describe(&e))),
        }
    }

    if ok {
        progress.success("all checks passed");
        Ok(())
    } else {
        Err(Error::Failed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_supported_kubernetes_versions() {
        assert!(kubernetes_version_ok("1.33.0"));
        assert!(kubernetes_version_ok("1.37.2"));
        assert!(kubernetes_version_ok("1.33.0-rc.1"));
        assert!(kubernetes_version_ok("2.0.0"));
    }

    #[test]
    fn rejects_old_or_garbled_versions() {
        assert!(!kubernetes_version_ok("1.32.9"));
        assert!(!kubernetes_version_ok("1.9.0"));
        assert!(!kubernetes_version_ok("garbage"));
    }
}
