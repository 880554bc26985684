//! `flux install` as a library: generate the manifests that run Flux in a cluster (CRDs, namespace, RBAC, the
//! `flux serve` Deployment and its Services), apply them in stages, and wait until a controller is serving.
//!
//! The same manifests are what `flux install --export` prints and what bootstrap commits as
//! `gotk-components.yaml`.

pub mod apply;
pub mod controllers;
pub mod manifests;
pub mod shards;

use std::time::Duration;

use kube::Client;

use crate::progress::Progress;

pub use manifests::{
    DEFAULT_COMPONENTS, EXTRA_COMPONENTS, ManifestOptions, generate, image_pull_secret, to_yaml,
};

/// Everything `flux install` needs besides the manifests' own options.
#[derive(Debug, Clone)]
pub struct InstallOptions {
    /// What to generate.
    pub manifests: ManifestOptions,
    /// How long to wait for the controllers.
    pub timeout: Duration,
    /// Poll interval while waiting (Flux polls every 2s).
    pub poll_interval: Duration,
}

/// A failed install step.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The options contradict each other.
    #[error("{0}")]
    InvalidOptions(String),
    /// Applying the manifests failed.
    #[error(transparent)]
    Apply(#[from] apply::Error),
    /// The controllers did not become ready in time.
    #[error(transparent)]
    Controllers(#[from] controllers::Error),
}

/// Generates and applies the manifests, then waits until the controllers serve.
pub async fn install(
    client: &Client,
    opts: &InstallOptions,
    progress: &dyn Progress,
) -> Result<(), Error> {
    opts.manifests.validate().map_err(Error::InvalidOptions)?;
    progress.generate("generating manifests");
    let objects = generate(&opts.manifests);
    progress.success("manifests build completed");
    progress.action(&format!(
        "installing components in {} namespace",
        opts.manifests.namespace
    ));
    let changes = apply::apply_all(client, &objects, opts.timeout, progress).await?;
    for change in &changes {
        progress.data(&change.to_string());
    }
    if let Some(secret) = image_pull_secret(&opts.manifests) {
        let name = secret["metadata"]["name"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        progress.action(&format!("generating image pull secret {name}"));
        for change in apply::apply_all(client, &[secret], opts.timeout, progress).await? {
            progress.data(&change.to_string());
        }
    }
    progress.success("install completed");
    progress.waiting("verifying installation");
    let state = controllers::wait_ready(
        client,
        &opts.manifests.namespace,
        opts.timeout,
        opts.poll_interval,
    )
    .await?;
    progress.success(&state.to_string());
    progress.success("install finished");
    Ok(())
}
