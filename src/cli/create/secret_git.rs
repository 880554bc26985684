//! `flux create secret git NAME`: a Secret with Git credentials (basic auth, bearer token, CA, or an SSH key —
//! given or generated — with the server's known_hosts). A generated key's public half is printed as the deploy key.

use std::path::PathBuf;

use k8s_openapi::api::core::v1::Secret;
use kube::api::Api;

use super::{Common, go_open_error};
use crate::cli::Global;
use crate::cli::printer::Printer;
use crate::git::keygen::KeyAlgorithm;
use crate::objects::{self, git_repository};
use crate::progress::Progress;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Create a Git SSH authentication secret with a generated ECDSA P-521 key pair\n  flux create secret git podinfo-auth \\\n    --url=ssh://git@github.com/stefanprodan/podinfo \\\n    --ssh-key-algorithm=ecdsa \\\n    --ssh-ecdsa-curve=p521\n\n  # Create a Git SSH authentication secret using an existing key\n  flux create secret git podinfo-auth \\\n    --url=ssh://git@github.com/stefanprodan/podinfo \\\n    --private-key-file=./private.key\n\n  # Create a Git HTTP basic authentication secret\n  flux create secret git podinfo-auth \\\n    --url=https://github.com/stefanprodan/podinfo \\\n    --username=username \\\n    --password=password"
)]
pub struct Args {
    /// Name of the secret.
    pub name: Option<String>,

    /// Git address, e.g. ssh://git@host/org/repository.
    #[arg(long)]
    pub url: Option<String>,

    /// Basic authentication username.
    #[arg(short = 'u', long)]
    pub username: Option<String>,

    /// Basic authentication password (or the SSH private key passphrase).
    #[arg(short = 'p', long)]
    pub password: Option<String>,

    /// Bearer token used for authentication.
    #[arg(long = "bearer-token")]
    pub bearer_token: Option<String>,

    /// Path to a PEM-encoded CA certificate file.
    #[arg(long = "ca-crt-file")]
    pub ca_crt_file: Option<PathBuf>,

    /// Path to a passwordless private key file used for authenticating to the Git SSH server.
    #[arg(long = "private-key-file")]
    pub private_key_file: Option<PathBuf>,

    /// SSH public key algorithm (rsa, ecdsa, ed25519).
    #[arg(long = "ssh-key-algorithm", default_value = "ecdsa", value_parser = super::flag_values::ssh_key_algorithm)]
    pub ssh_key_algorithm: String,

    /// SSH RSA public key bit size (multiplies of 8, min 2048).
    #[arg(long = "ssh-rsa-bits", default_value_t = 2048, value_parser = super::flag_values::ssh_rsa_bits)]
    pub ssh_rsa_bits: usize,

    /// SSH ECDSA public key curve (p256, p384, p521).
    #[arg(long = "ssh-ecdsa-curve", default_value = "p384", value_parser = super::flag_values::ssh_ecdsa_curve)]
    pub ssh_ecdsa_curve: String,
}

/// Builds the library options from the flags, checking them in Flux's order.
pub fn options(
    args: &Args,
    common: &Common,
    global: &Global,
) -> anyhow::Result<git_repository::SecretOptions> {
    let name = super::object_name(args.name.as_deref())?;
    let url = args.url.clone().unwrap_or_default();
    if url.is_empty() {
        anyhow::bail!("url is required");
    }
    let scheme = super::source_git::go_url_scheme(&url)?;
    let labels = common.labels()?;
    let given = |v: &Option<String>| v.clone().filter(|s| !s.is_empty());
    let (username, password, bearer_token) = (
        given(&args.username),
        given(&args.password),
        given(&args.bearer_token),
    );
    let mut private_key = None;
    let mut ca_crt = None;
    match scheme.as_str() {
        "ssh" => {
            if let Some(path) = args
                .private_key_file
                .as_deref()
                .filter(|p| !p.as_os_str().is_empty())
            {
                let pem = std::fs::read_to_string(path).map_err(|e| {
                    anyhow::anyhow!(
                        "failed to open private key file: {}",
                        go_open_error(&path.display().to_string(), &e)
                    )
                })?;
                private_key = Some(pem);
            }
            // Flux ignores the username for SSH: a key pair is always made and the host key scanned.
            check_ssh_reachable(&url)?;
        }
        "http" | "https" => {
            if (username.is_none() || password.is_none()) && bearer_token.is_none() {
                anyhow::bail!(
                    "for Git over HTTP/S the username and password, or a bearer token is required"
                );
            }
            if username.is_some() && password.is_some() && bearer_token.is_some() {
                anyhow::bail!("user credentials and bearer token cannot be used together");
            }
            if let Some(path) = args
                .ca_crt_file
                .as_deref()
                .filter(|p| !p.as_os_str().is_empty())
            {
                let ca = std::fs::read_to_string(path).map_err(|e| {
                    anyhow::anyhow!(
                        "unable to read TLS CA file: {}",
                        go_open_error(&path.display().to_string(), &e)
                    )
                })?;
                ca_crt = Some(ca);
            }
        }
        other => {
            anyhow::bail!("git URL scheme '{other}' not supported, can be: ssh, http and https")
        }
    }
    // Basic auth goes in only as a pair, as Flux writes it; SSH keeps the password (the key's passphrase).
    let (username, password) = match (username, password) {
        (_, p) if scheme == "ssh" => (None, p),
        (Some(u), Some(p)) => (Some(u), Some(p)),
        _ => (None, None),
    };
    Ok(git_repository::SecretOptions {
        name,
        namespace: global.namespace.clone(),
        url,
        username,
        password,
        bearer_token,
        ca_crt,
        private_key,
        key_algorithm: KeyAlgorithm::from_flags(
            &args.ssh_key_algorithm,
            &args.ssh_ecdsa_curve,
            args.ssh_rsa_bits,
        )
        .map_err(anyhow::Error::msg)?,
        known_hosts: None,
        labels,
    })
}

/// Flux scans the SSH host key with its own client, and a host that refuses the connection reads as Go's dial
/// error; ssh-keyscan (which does our scan) says nothing about why, so the connection is tried first.
fn check_ssh_reachable(url: &str) -> anyhow::Result<()> {
    let authority = url
        .strip_prefix("ssh://")
        .and_then(|r| r.split('/').next())
        .unwrap_or_default();
    let host = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let hostport = if host
        .rsplit_once(':')
        .is_some_and(|(_, p)| p.parse::<u16>().is_ok())
    {
        host.to_string()
    } else {
        format!("{host}:22")
    };
    let fail = |e: String| anyhow::anyhow!("SSH key scan for host {hostport} failed, error: {e}");
    use std::net::ToSocketAddrs;
    let addrs: Vec<_> = hostport
        .to_socket_addrs()
        .map_err(|e| fail(format!("dial tcp: lookup {host}: {e}")))?
        .collect();
    let mut last = None;
    for addr in &addrs {
        match std::net::TcpStream::connect_timeout(addr, std::time::Duration::from_secs(30)) {
            Ok(_) => return Ok(()),
            Err(e) => last = Some(e),
        }
    }
    match last {
        Some(e) if e.kind() == std::io::ErrorKind::ConnectionRefused => Err(fail(format!(
            "dial tcp {hostport}: connect: connection refused"
        ))),
        Some(e) => Err(fail(format!("dial tcp {hostport}: {e}"))),
        None => Ok(()),
    }
}

pub async fn run(
    args: Args,
    common: &Common,
    global: &Global,
    out: &Printer,
) -> anyhow::Result<()> {
    let opts = options(&args, common, global)?;
    let secret = git_repository::build_secret(&opts)?;
    if common.export {
        out.out(&format!("{}\n", objects::to_export_yaml(&secret)?));
        return Ok(());
    }
    let client = crate::cluster::client(&global.cluster()).await?;
    let api: Api<Secret> = Api::namespaced(client, &opts.namespace);
    if let Some(public) = secret["stringData"]["identity.pub"].as_str() {
        out.generate(&format!("deploy key: {}", public.trim_end()));
    }
    let typed: Secret = serde_json::from_value(secret)?;
    objects::upsert(&api, &typed).await?;
    out.action(&format!(
        "git secret '{}' created in '{}' namespace",
        opts.name, opts.namespace
    ));
    Ok(())
}
