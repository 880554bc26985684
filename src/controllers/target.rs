//! Where a reconcile acts: the controller's own cluster and identity, or another cluster from a
//! `spec.kubeConfig.secretRef`, impersonating `spec.serviceAccountName` (else `--default-service-account`) in
//! the object's namespace, as kustomize-controller and helm-controller both do. Clients are cached by
//! kubeconfig digest and identity, at most [`MAX_TARGETS`] of them, with their count on `/metrics`.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use k8s_openapi::api::core::v1::Secret;
use kube::Client;
use kube::api::Api;
use kube::config::{KubeConfigOptions, Kubeconfig};
use sha2::{Digest, Sha256};

use crate::apply::Applier;
use crate::controllers::metrics::{Metrics, TrackedLabels};

/// Cached clients beyond this many are dropped (all but the controller's own), so a churn of identities cannot
/// grow the process without bound.
pub const MAX_TARGETS: usize = 256;

/// A cluster and identity to act as.
#[derive(Clone)]
pub struct Target {
    pub client: Client,
    pub applier: Arc<Applier>,
    /// "" for the controller itself, else `kubeconfig:<digest>` and/or `:sa:<ns>/<name>`.
    pub key: String,
}

/// Why a target could not be built. Each controller words these as its Flux counterpart does.
#[derive(Debug, thiserror::Error)]
pub enum TargetError {
    /// The kubeconfig Secret could not be read.
    #[error("cannot get kubeconfig Secret '{secret}'")]
    GetSecret {
        /// `namespace/name`.
        secret: String,
        #[source]
        source: kube::Error,
    },
    /// The Secret has no kubeconfig under the key (`None`: under neither `value` nor `value.yaml`).
    #[error("Secret '{secret}' has no kubeconfig")]
    KeyMissing { secret: String, key: Option<String> },
    /// The kubeconfig does not parse (its content is never shown: it holds credentials).
    #[error("invalid kubeconfig in Secret '{secret}'")]
    Invalid { secret: String },
    /// The kubeconfig parses but does not make a usable configuration.
    #[error("cannot load the kubeconfig in Secret '{secret}'")]
    Load {
        secret: String,
        #[source]
        source: Box<kube::config::KubeconfigError>,
    },
    /// `spec.kubeConfig` names both a Secret and a ConfigMap, or neither.
    #[error(
        "exactly one of .spec.kubeConfig.configMapRef or spec.kubeConfig.secretRef must be set"
    )]
    AmbiguousKubeConfig,
    /// `spec.kubeConfig.configMapRef`: a cloud provider's workload identity, which this build cannot obtain.
    #[error(
        "spec.kubeConfig.configMapRef '{0}' needs a cloud provider's workload identity, which flux serve does not support; use spec.kubeConfig.secretRef"
    )]
    WorkloadIdentity(String),
    /// A client for the cluster or identity could not be built.
    #[error("failed to build kube client")]
    CreateClient(#[source] kube::Error),
}

/// The targets of one controller.
pub struct Targets {
    /// The controller's own client (reads of Secrets go through it).
    own: Target,
    /// The controller's own configuration, the base of impersonating clients.
    config: kube::Config,
    limits: crate::cluster::rate_limit::Limits,
    default_service_account: Option<String>,
    metrics: Metrics,
    controller: &'static str,
    cache: Mutex<HashMap<String, Target>>,
}

impl Targets {
    pub fn new(
        client: Client,
        config: kube::Config,
        limits: crate::cluster::rate_limit::Limits,
        default_service_account: Option<String>,
        metrics: Metrics,
        controller: &'static str,
    ) -> Self {
        let own = Target {
            applier: Arc::new(Applier::new(client.clone())),
            client,
            key: String::new(),
        };
        Self {
            own,
            config,
            limits,
            default_service_account: default_service_account.filter(|s| !s.is_empty()),
            metrics,
            controller,
            cache: Mutex::new(HashMap::new()),
        }
    }

    /// The controller's own cluster and identity.
    pub fn own(&self) -> &Target {
        &self.own
    }

    /// The target of an object in `namespace` with these `spec.serviceAccountName` and `spec.kubeConfig`.
    pub async fn get(
        &self,
        namespace: &str,
        service_account: Option<&str>,
        kubeconfig: Option<&crate::api::meta::KubeConfigReference>,
    ) -> Result<Target, TargetError> {
        // Never fall back to the local cluster for a remote one we cannot reach.
        let kubeconfig = match kubeconfig {
            None => None,
            Some(k) => match (&k.secret_ref, &k.config_map_ref) {
                (Some(secret_ref), None) => Some(secret_ref),
                (None, Some(config_map)) => {
                    return Err(TargetError::WorkloadIdentity(config_map.name.clone()));
                }
                _ => return Err(TargetError::AmbiguousKubeConfig),
            },
        };
        let sa = service_account
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .or_else(|| self.default_service_account.clone());
        let (base_key, mut config) = match kubeconfig {
            Some(secret_ref) => {
                let (digest, config) = self.remote_config(namespace, secret_ref).await?;
                (format!("kubeconfig:{digest}"), config)
            }
            None if sa.is_none() => return Ok(self.own.clone()),
            None => (String::new(), self.config.clone()),
        };
        let key = match &sa {
            Some(sa) => format!("{base_key}:sa:{namespace}/{sa}"),
            None => base_key,
        };
        if let Some(t) = self.cache.lock().ok().and_then(|m| m.get(&key).cloned()) {
            return Ok(t);
        }
        if let Some(sa) = &sa {
            config.auth_info.impersonate = Some(format!("system:serviceaccount:{namespace}:{sa}"));
        }
        let client = crate::cluster::limited_client(config, self.limits)
            .map_err(TargetError::CreateClient)?;
        let target = Target {
            applier: Arc::new(Applier::new(client.clone())),
            client,
            key: key.clone(),
        };
        if let Ok(mut m) = self.cache.lock() {
            if m.len() >= MAX_TARGETS {
                m.clear();
            }
            m.insert(key, target.clone());
            // The controller's own client counts as one, as before the cache was shared.
            self.metrics
                .tracked
                .get_or_create(&TrackedLabels {
                    controller: self.controller.to_string(),
                    state: "clients".to_string(),
                })
                .set(m.len() as i64 + 1);
        }
        Ok(target)
    }

    /// The kubeconfig in `secret_ref`, with a digest of it for caching (never logged).
    async fn remote_config(
        &self,
        namespace: &str,
        secret_ref: &crate::api::meta::SecretKeyReference,
    ) -> Result<(String, kube::Config), TargetError> {
        let api: Api<Secret> = Api::namespaced(self.own.client.clone(), namespace);
        let secret = format!("{namespace}/{}", secret_ref.name);
        let found = api
            .get(&secret_ref.name)
            .await
            .map_err(|source| TargetError::GetSecret {
                secret: secret.clone(),
                source,
            })?;
        let data = found.data.unwrap_or_default();
        let key = secret_ref.key.clone().filter(|k| !k.is_empty());
        let bytes = match &key {
            Some(k) => data.get(k),
            None => data.get("value").or_else(|| data.get("value.yaml")),
        }
        .ok_or_else(|| TargetError::KeyMissing {
            secret: secret.clone(),
            key: key.clone(),
        })?;
        let digest = hex::encode(Sha256::digest(&bytes.0));
        let text = String::from_utf8_lossy(&bytes.0);
        // The parse error is dropped: it may quote the kubeconfig, credentials included.
        let kubeconfig = Kubeconfig::from_yaml(&text).map_err(|_| TargetError::Invalid {
            secret: secret.clone(),
        })?;
        let config =
            kube::Config::from_custom_kubeconfig(kubeconfig, &KubeConfigOptions::default())
                .await
                .map_err(|e| TargetError::Load {
                    secret,
                    source: Box::new(e),
                })?;
        Ok((digest, config))
    }
}
