//! The Kubernetes connection flags every `flux` command accepts, as Flux has them (client-go's config flags plus
//! Flux's `--kube-api-qps`/`--kube-api-burst`): they override what the kubeconfig says for this one run.

use std::path::PathBuf;

use crate::cluster::Overrides;

/// kubectl-style connection overrides.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct KubeFlags {
    /// The address and port of the Kubernetes API server.
    #[arg(long, global = true)]
    pub server: Option<String>,

    /// Bearer token for authentication to the API server.
    #[arg(long, global = true)]
    pub token: Option<String>,

    /// Username to impersonate for the operation. User could be a regular user or a service account in a namespace.
    #[arg(long = "as", global = true)]
    pub impersonate: Option<String>,

    /// Group to impersonate for the operation, this flag can be repeated to specify multiple groups.
    #[arg(long = "as-group", global = true)]
    pub impersonate_groups: Vec<String>,

    /// UID to impersonate for the operation.
    #[arg(long = "as-uid", global = true)]
    pub impersonate_uid: Option<String>,

    /// User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key.
    #[arg(long = "as-user-extra", global = true)]
    pub impersonate_extra: Vec<String>,

    /// If true, the Kubernetes API server's certificate will not be checked for validity. This will make your HTTPS connections insecure.
    #[arg(long = "insecure-skip-tls-verify", global = true)]
    pub insecure_skip_tls_verify: bool,

    /// Path to a cert file for the certificate authority to authenticate the Kubernetes API server.
    #[arg(long = "certificate-authority", global = true)]
    pub certificate_authority: Option<PathBuf>,

    /// Path to a client certificate file for TLS authentication to the Kubernetes API server.
    #[arg(long = "client-certificate", global = true)]
    pub client_certificate: Option<PathBuf>,

    /// Path to a client key file for TLS authentication to the Kubernetes API server.
    #[arg(long = "client-key", global = true)]
    pub client_key: Option<PathBuf>,

    /// Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used.
    #[arg(long = "tls-server-name", global = true)]
    pub tls_server_name: Option<String>,

    /// The name of the kubeconfig cluster to use.
    #[arg(long, global = true)]
    pub cluster: Option<String>,

    /// The name of the kubeconfig user to use.
    #[arg(long, global = true)]
    pub user: Option<String>,

    /// The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited).
    #[arg(long = "kube-api-qps", global = true)]
    pub kube_api_qps: Option<f32>,

    /// The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300).
    #[arg(long = "kube-api-burst", global = true)]
    pub kube_api_burst: Option<u32>,

    /// Default cache directory (accepted for Flux compatibility: we keep no discovery cache).
    #[arg(long = "cache-dir", global = true)]
    pub cache_dir: Option<PathBuf>,

    /// If true, opt-out of response compression for all requests to the server.
    #[arg(long = "disable-compression", global = true)]
    pub disable_compression: bool,
}

impl KubeFlags {
    /// The overrides for the cluster configuration; qps and burst fall back to Flux's CLI defaults (50, 300).
    pub fn overrides(&self) -> Overrides {
        Overrides {
            server: self.server.clone().filter(|s| !s.is_empty()),
            token: self.token.clone().filter(|s| !s.is_empty()),
            impersonate: self.impersonate.clone().filter(|s| !s.is_empty()),
            impersonate_groups: self.impersonate_groups.clone(),
            insecure_skip_tls_verify: self.insecure_skip_tls_verify,
            certificate_authority: self.certificate_authority.clone(),
            client_certificate: self.client_certificate.clone(),
            client_key: self.client_key.clone(),
            tls_server_name: self.tls_server_name.clone().filter(|s| !s.is_empty()),
            cluster: self.cluster.clone().filter(|s| !s.is_empty()),
            user: self.user.clone().filter(|s| !s.is_empty()),
            disable_compression: self.disable_compression,
            limits: crate::cluster::rate_limit::Limits {
                qps: self.kube_api_qps.unwrap_or(50.0),
                burst: self.kube_api_burst.unwrap_or(300),
            },
        }
    }
}

/// `--ns-follows-kube-context` (or `FLUX_NS_FOLLOWS_KUBE_CONTEXT`): the namespace of the kubeconfig context in
/// use, when `-n/--namespace` was not typed. `None` when the flag is off, the namespace was typed, or the
/// context names none.
pub fn context_namespace(
    follows: bool,
    argv: &[String],
    kubeconfig: Option<&std::path::Path>,
    context: Option<&str>,
) -> Option<String> {
    let env_on = std::env::var("FLUX_NS_FOLLOWS_KUBE_CONTEXT").is_ok_and(|v| !v.is_empty());
    let typed = argv.iter().any(|a| {
        a == "-n" || a.starts_with("--namespace") || (a.starts_with("-n") && !a.starts_with("--"))
    });
    if !(follows || env_on) || typed {
        return None;
    }
    let config = match kubeconfig {
        Some(path) => kube::config::Kubeconfig::read_from(path).ok()?,
        None => kube::config::Kubeconfig::read().ok()?,
    };
    let name = context
        .map(str::to_string)
        .or_else(|| config.current_context.clone())?;
    config
        .contexts
        .iter()
        .find(|c| c.name == name)?
        .context
        .as_ref()?
        .namespace
        .clone()
        .filter(|ns| !ns.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    const KUBECONFIG: &str = "apiVersion: v1\nkind: Config\ncurrent-context: dev\ncontexts:\n- name: dev\n  context:\n    cluster: c\n    user: u\n    namespace: team-a\nclusters:\n- name: c\n  cluster:\n    server: https://127.0.0.1:6443\nusers:\n- name: u\n  user: {}\n";

    #[test]
    fn namespace_follows_the_context_unless_typed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config");
        std::fs::write(&path, KUBECONFIG).unwrap();
        let argv = |a: &[&str]| a.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            context_namespace(true, &argv(&["flux", "get", "ks"]), Some(&path), None).as_deref(),
            Some("team-a")
        );
        assert_eq!(
            context_namespace(
                true,
                &argv(&["flux", "get", "ks", "-n", "x"]),
                Some(&path),
                None
            ),
            None
        );
        assert_eq!(
            context_namespace(false, &argv(&["flux", "get", "ks"]), Some(&path), None),
            None
        );
    }
}
