//! Are Flux's controllers running? Either the `flux` Deployment is Available, or a `flux serve` process (in the
//! cluster or on a laptop) holds the leader Lease and renews it. Used by `flux install` and `flux check`.

use std::fmt;
use std::time::Duration;

use k8s_openapi::api::apps::v1::Deployment;
use k8s_openapi::api::coordination::v1::Lease;
use kube::api::{Api, ListParams};
use kube::{Client, ResourceExt};

use crate::api::LEASE_NAME;
use crate::cluster::describe;
use crate::install::manifests::PART_OF_FLUX_SELECTOR;

/// How the controllers were found to be running.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ControllerState {
    /// An Available Deployment labelled `app.kubernetes.io/part-of=flux`, with its image.
    Deployment { name: String, image: String },
    /// A `flux serve` process renewing the leader Lease.
    Serve { holder: String },
}

impl fmt::Display for ControllerState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Deployment { name, .. } => write!(f, "{name}: deployment ready"),
            Self::Serve { holder } => {
                write!(f, "flux serve: leader {holder} holds lease {LEASE_NAME}")
            }
        }
    }
}

/// Why the controllers are not considered running.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The API server could not be asked.
    #[error("failed to check the Flux controllers: {0}")]
    Query(String),
    /// Nothing serves after the whole timeout.
    #[error(
        "timeout waiting for the Flux controllers in {namespace}: no Available deployment and no live lease {LEASE_NAME} (start `flux serve` or check the flux deployment)"
    )]
    NotReady { namespace: String },
}

/// A Deployment of the install manifests.
#[derive(Debug, Clone)]
pub struct FluxDeployment {
    /// Deployment name.
    pub name: String,
    /// Image of its first container (empty if it has none).
    pub image: String,
    /// Whether its `Available` condition is True.
    pub available: bool,
}

/// The Deployments labelled `app.kubernetes.io/part-of=flux` in `namespace`.
pub async fn deployments(client: &Client, namespace: &str) -> Result<Vec<FluxDeployment>, Error> {
    let api: Api<Deployment> = Api::namespaced(client.clone(), namespace);
    let list = api
        .list(&ListParams::default().labels(PART_OF_FLUX_SELECTOR))
        .await
        .map_err(|e| Error::Query(describe(&e)))?;
    Ok(list
        .items
        .iter()
        .map(|d| FluxDeployment {
            name: d.name_any(),
            image: d
                .spec
                .as_ref()
                .and_then(|s| s.template.spec.as_ref())
                .and_then(|s| s.containers.first())
                .and_then(|c| c.image.clone())
                .unwrap_or_default(),
            available: is_available(d),
        })
        .collect())
}

/// Looks once: the ready controllers, or `None`.
pub async fn probe(client: &Client, namespace: &str) -> Result<Option<ControllerState>, Error> {
    if let Some(d) = deployments(client, namespace)
        .await?
        .into_iter()
        .find(|d| d.available)
    {
        return Ok(Some(ControllerState::Deployment {
            name: d.name,
            image: d.image,
        }));
    }
    let leases: Api<Lease> = Api::namespaced(client.clone(), namespace);
    let lease = leases
        .get_opt(LEASE_NAME)
        .await
        .map_err(|e| Error::Query(describe(&e)))?;
    Ok(lease
        .as_ref()
        .and_then(live_holder)
        .map(|holder| ControllerState::Serve { holder }))
}

/// Polls until the controllers run or the timeout passes.
pub async fn wait_ready(
    client: &Client,
    namespace: &str,
    timeout: Duration,
    poll: Duration,
) -> Result<ControllerState, Error> {
    let deadline = tokio::time::Instant::now() + timeout;
    loop {
        if let Some(state) = probe(client, namespace).await? {
            return Ok(state);
        }
        if tokio::time::Instant::now() + poll > deadline {
            return Err(Error::NotReady {
                namespace: namespace.to_string(),
            });
        }
        tokio::time::sleep(poll).await;
    }
}

fn is_available(d: &Deployment) -> bool {
    d.status
        .as_ref()
        .and_then(|s| s.conditions.as_ref())
        .is_some_and(|cs| {
            cs.iter()
                .any(|c| c.type_ == "Available" && c.status == "True")
        })
}

/// The holder of a Lease whose last renewal is younger than its duration.
pub fn live_holder(lease: &Lease) -> Option<String> {
    let spec = lease.spec.as_ref()?;
    let holder = spec.holder_identity.clone().filter(|h| !h.is_empty())?;
    let renewed = spec.renew_time.as_ref()?;
    let duration = i64::from(spec.lease_duration_seconds.unwrap_or(15));
    let age = k8s_openapi::jiff::Timestamp::now().as_second() - renewed.0.as_second();
    (age <= duration).then_some(holder)
}
