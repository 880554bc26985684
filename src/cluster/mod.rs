//! Connecting to a cluster: a kube `Client` from `--kubeconfig`/`--context` (or `KUBECONFIG`, or the in-cluster
//! service account), with errors that say in one line what to fix.

pub mod rate_limit;

use std::path::PathBuf;

use kube::config::{KubeConfigOptions, Kubeconfig};
use kube::{Client, Config};

use crate::error_line::one_line;

/// Where to find the cluster. Plain data, so the CLI and `flux serve` build it the same way.
#[derive(Debug, Clone, Default)]
pub struct ClusterOptions {
    /// Path of a kubeconfig file; `None` means `KUBECONFIG`, then `~/.kube/config`, then in-cluster.
    pub kubeconfig: Option<PathBuf>,
    /// Context to use instead of the kubeconfig's current context.
    pub context: Option<String>,
}

/// Why no client could be built.
#[derive(Debug, thiserror::Error)]
pub enum ClusterError {
    /// The kubeconfig file could not be read or parsed.
    #[error("failed to read kubeconfig {path}")]
    ReadKubeconfig {
        path: String,
        #[source]
        source: kube::config::KubeconfigError,
    },
    /// The kubeconfig was read but does not describe a usable cluster (unknown context, bad certificate…).
    #[error("invalid kubeconfig")]
    InvalidKubeconfig(#[source] kube::config::KubeconfigError),
    /// No kubeconfig was found and we are not inside a cluster.
    #[error("no kubeconfig found: set --kubeconfig or KUBECONFIG, or run inside a cluster")]
    NoConfig(#[source] kube::config::InferConfigError),
    /// The client could not be created from a valid configuration.
    #[error("failed to create Kubernetes client")]
    CreateClient(#[source] kube::Error),
}

/// Builds the client configuration without contacting the API server.
pub async fn config(opts: &ClusterOptions) -> Result<Config, ClusterError> {
    let kube_opts = KubeConfigOptions {
        context: opts.context.clone(),
        ..KubeConfigOptions::default()
    };
    match &opts.kubeconfig {
        Some(path) => {
            let kubeconfig =
                Kubeconfig::read_from(path).map_err(|source| ClusterError::ReadKubeconfig {
                    path: path.display().to_string(),
                    source,
                })?;
            Config::from_custom_kubeconfig(kubeconfig, &kube_opts)
                .await
                .map_err(ClusterError::InvalidKubeconfig)
        }
        None if opts.context.is_some() => Config::from_kubeconfig(&kube_opts)
            .await
            .map_err(ClusterError::InvalidKubeconfig),
        None => Config::infer().await.map_err(ClusterError::NoConfig),
    }
}

/// `config` with the User-Agent of `component` (`kustomize-controller/<version> flux-rs`): each controller in
/// `flux serve` is then told apart in the API server's audit log and metrics, as Flux's separate controllers are.
pub fn with_user_agent(mut config: Config, component: &str) -> Config {
    let agent = format!("{component}/{} flux-rs", env!("CARGO_PKG_VERSION"));
    if let Ok(value) = hyper::header::HeaderValue::from_str(&agent) {
        config
            .headers
            .retain(|(k, _)| k != hyper::header::USER_AGENT);
        config.headers.push((hyper::header::USER_AGENT, value));
    }
    config
}

/// A client for `config` whose requests wait for `limits` (`--kube-api-qps`, `--kube-api-burst`).
pub fn limited_client(config: Config, limits: rate_limit::Limits) -> Result<Client, kube::Error> {
    let builder = kube::client::ClientBuilder::try_from(config)?;
    Ok(if limits.is_enabled() {
        builder
            .with_layer(&rate_limit::RateLimitLayer::new(limits))
            .build()
    } else {
        builder.build()
    })
}

/// Builds a client. This does not contact the API server: the first request reports an unreachable server.
pub async fn client(opts: &ClusterOptions) -> Result<Client, ClusterError> {
    let config = config(opts).await?;
    Client::try_from(config).map_err(ClusterError::CreateClient)
}

/// Turns a kube error into one readable line: API status messages as the server wrote them, transport errors
/// with the advice to check the server address.
pub fn describe(err: &kube::Error) -> String {
    match err {
        kube::Error::Api(status) => status.message.clone(),
        kube::Error::HyperError(_) | kube::Error::Service(_) => {
            format!("cannot reach the Kubernetes API server: {}", one_line(err))
        }
        other => one_line(other),
    }
}
