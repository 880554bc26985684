//! `flux create secret git NAME`: a Secret with Git credentials (basic auth, bearer token, CA, or an SSH key —
//! given or generated — with the server's known_hosts). A generated key's public half is printed as the deploy key.

use std::path::PathBuf;

use k8s_openapi::api::core::v1::Secret;
use kube::api::Api;

use super::{Common, read_flag_file};
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
    #[arg(long = "ssh-key-algorithm", default_value = "ecdsa")]
    pub ssh_key_algorithm: String,

    /// SSH RSA public key bit size (multiplies of 8, min 2048).
    #[arg(long = "ssh-rsa-bits", default_value_t = 2048)]
    pub ssh_rsa_bits: usize,

    /// SSH ECDSA public key curve (p256, p384, p521).
    #[arg(long = "ssh-ecdsa-curve", default_value = "p384")]
    pub ssh_ecdsa_curve: String,
}

/// Builds the library options from the flags.
pub fn options(
    args: &Args,
    common: &Common,
    global: &Global,
) -> anyhow::Result<git_repository::SecretOptions> {
    let name = args
        .name
        .clone()
        .ok_or_else(|| anyhow::anyhow!("name is required"))?;
    let url = args
        .url
        .clone()
        .ok_or_else(|| anyhow::anyhow!("url is required"))?;
    Ok(git_repository::SecretOptions {
        name,
        namespace: global.namespace.clone(),
        url,
        username: args.username.clone(),
        password: args.password.clone(),
        bearer_token: args.bearer_token.clone(),
        ca_crt: args
            .ca_crt_file
            .as_deref()
            .map(|p| read_flag_file("--ca-crt-file", p))
            .transpose()?,
        private_key: args
            .private_key_file
            .as_deref()
            .map(|p| read_flag_file("--private-key-file", p))
            .transpose()?,
        key_algorithm: KeyAlgorithm::from_flags(
            &args.ssh_key_algorithm,
            &args.ssh_ecdsa_curve,
            args.ssh_rsa_bits,
        )
        .map_err(anyhow::Error::msg)?,
        known_hosts: None,
        labels: common.labels.clone(),
    })
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
