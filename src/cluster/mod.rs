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
    /// What the command line overrides (`--server`, `--token`, `--as`, …).
    pub overrides: Overrides,
}

/// Connection settings given on the command line, over the kubeconfig's (kubectl's override flags).
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    /// `--server`: the API server address.
    pub server: Option<String>,
    /// `--token`: a bearer token.
    pub token: Option<String>,
    /// `--as`: the user to impersonate.
    pub impersonate: Option<String>,
    /// `--as-group`: the groups to impersonate.
    pub impersonate_groups: Vec<String>,
    /// `--insecure-skip-tls-verify`.
    pub insecure_skip_tls_verify: bool,
    /// `--certificate-authority`: a CA bundle file.
    pub certificate_authority: Option<PathBuf>,
    /// `--client-certificate`: a client certificate file.
    pub client_certificate: Option<PathBuf>,
    /// `--client-key`: its key file.
    pub client_key: Option<PathBuf>,
    /// `--tls-server-name`.
    pub tls_server_name: Option<String>,
    /// `--cluster`: the kubeconfig cluster to use.
    pub cluster: Option<String>,
    /// `--user`: the kubeconfig user to use.
    pub user: Option<String>,
    /// `--disable-compression`.
    pub disable_compression: bool,
    /// `--kube-api-qps` and `--kube-api-burst`, for clients built with [`client`].
    pub limits: rate_limit::Limits,
}

impl Overrides {
    /// Whether anything overrides the kubeconfig's own cluster or user (then a kubeconfig is not required when
    /// `--server` is given).
    fn names_kubeconfig_parts(&self) -> bool {
        self.cluster.is_some() || self.user.is_some()
    }

    /// Applies the overrides to a configuration built from the kubeconfig.
    fn apply(&self, config: &mut Config) -> Result<(), ClusterError> {
        if let Some(server) = &self.server {
            config.cluster_url =
                server
                    .parse()
                    .map_err(|e: <hyper::Uri as std::str::FromStr>::Err| {
                        ClusterError::Server(server.clone(), Box::new(e))
                    })?;
        }
        if let Some(token) = &self.token {
            config.auth_info.token = Some(token.clone().into());
        }
        if let Some(user) = &self.impersonate {
            config.auth_info.impersonate = Some(user.clone());
        }
        if !self.impersonate_groups.is_empty() {
            config.auth_info.impersonate_groups = Some(self.impersonate_groups.clone());
        }
        if self.insecure_skip_tls_verify {
            config.accept_invalid_certs = true;
        }
        if let Some(ca) = &self.certificate_authority {
            config.root_cert_file = Some(ca.clone());
        }
        if let Some(cert) = &self.client_certificate {
            config.auth_info.client_certificate = Some(cert.display().to_string());
            config.auth_info.client_certificate_data = None;
        }
        if let Some(key) = &self.client_key {
            config.auth_info.client_key = Some(key.display().to_string());
            config.auth_info.client_key_data = None;
        }
        if let Some(name) = &self.tls_server_name {
            config.tls_server_name = Some(name.clone());
        }
        if self.disable_compression {
            config.disable_compression = true;
        }
        Ok(())
    }
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
    /// `--server` is not a URL.
    #[error("invalid --server {0:?}")]
    Server(String, #[source] Box<dyn std::error::Error + Send + Sync>),
    /// The client could not be created from a valid configuration.
    #[error("failed to create Kubernetes client")]
    CreateClient(#[source] kube::Error),
}

/// Builds the client configuration without contacting the API server: the kubeconfig (or the in-cluster
/// service account), then the command line's overrides on top.
pub async fn config(opts: &ClusterOptions) -> Result<Config, ClusterError> {
    let mut config = base_config(opts).await?;
    opts.overrides.apply(&mut config)?;
    Ok(config)
}

async fn base_config(opts: &ClusterOptions) -> Result<Config, ClusterError> {
    let kube_opts = KubeConfigOptions {
        context: opts.context.clone(),
        cluster: opts.overrides.cluster.clone(),
        user: opts.overrides.user.clone(),
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
        None if opts.context.is_some() || opts.overrides.names_kubeconfig_parts() => {
            Config::from_kubeconfig(&kube_opts)
                .await
                .map_err(ClusterError::InvalidKubeconfig)
        }
        None => match Config::infer().await {
            Ok(config) => Ok(config),
            // `--server` alone is enough to talk to a cluster, as with kubectl.
            Err(_) if let Some(server) = &opts.overrides.server => server
                .parse()
                .map(Config::new)
                .map_err(|e: <hyper::Uri as std::str::FromStr>::Err| {
                    ClusterError::Server(server.clone(), Box::new(e))
                }),
            Err(e) => Err(ClusterError::NoConfig(e)),
        },
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
    limited_client(config, opts.overrides.limits).map_err(ClusterError::CreateClient)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn command_line_overrides_win_over_the_kubeconfig() {
        let mut config = Config::new("https://kubeconfig.example:6443".parse().unwrap());
        let overrides = Overrides {
            server: Some("https://override.example:443".into()),
            token: Some("t0ken".into()),
            impersonate: Some("jane".into()),
            impersonate_groups: vec!["devs".into()],
            insecure_skip_tls_verify: true,
            certificate_authority: Some("/ca.crt".into()),
            tls_server_name: Some("api.internal".into()),
            ..Overrides::default()
        };
        overrides.apply(&mut config).unwrap();
        assert_eq!(config.cluster_url.host(), Some("override.example"));
        assert!(config.auth_info.token.is_some());
        assert_eq!(config.auth_info.impersonate.as_deref(), Some("jane"));
        assert_eq!(
            config.auth_info.impersonate_groups,
            Some(vec!["devs".to_string()])
        );
        assert!(config.accept_invalid_certs);
        assert_eq!(
            config.root_cert_file.as_deref(),
            Some(std::path::Path::new("/ca.crt"))
        );
        assert_eq!(config.tls_server_name.as_deref(), Some("api.internal"));
    }

    #[test]
    fn a_bad_server_is_an_error_naming_it() {
        let mut config = Config::new("https://kubeconfig.example:6443".parse().unwrap());
        let overrides = Overrides {
            server: Some("not a url".into()),
            ..Overrides::default()
        };
        let err = overrides.apply(&mut config).unwrap_err();
        assert!(err.to_string().contains("invalid --server \"not a url\""));
    }
}
