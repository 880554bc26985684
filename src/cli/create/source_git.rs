//! `flux create source git NAME`: generate a GitRepository (and its auth Secret from `--username/--password`,
//! `--private-key-file`, or for an SSH URL a generated deploy key to confirm), apply it and wait for the first
//! artifact.

use std::path::PathBuf;

use k8s_openapi::api::core::v1::Secret;
use kube::api::Api;

use super::{Common, read_flag_file};
use crate::api::source::{GitProvider, GitRepository};
use crate::cli::Global;
use crate::cli::printer::Printer;
use crate::git::keygen::KeyAlgorithm;
use crate::objects::{self, git_repository};
use crate::progress::Progress;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Create a source for a public Git repository polled every minute\n  flux create source git podinfo \\\n    --url=https://github.com/stefanprodan/podinfo \\\n    --branch=master \\\n    --interval=1m\n\n  # Create a source for a Git repository with basic authentication\n  flux create source git podinfo \\\n    --url=https://github.com/stefanprodan/podinfo \\\n    --username=username \\\n    --password=password"
)]
pub struct Args {
    /// Name of the GitRepository.
    pub name: Option<String>,

    /// Git address, e.g. ssh://git@host/org/repository.
    #[arg(long)]
    pub url: Option<String>,

    /// Git branch.
    #[arg(long)]
    pub branch: Option<String>,

    /// Git tag.
    #[arg(long)]
    pub tag: Option<String>,

    /// Git tag semver range.
    #[arg(long = "tag-semver")]
    pub tag_semver: Option<String>,

    /// Git reference name.
    #[arg(long = "ref-name")]
    pub ref_name: Option<String>,

    /// Git commit.
    #[arg(long)]
    pub commit: Option<String>,

    /// Basic authentication username.
    #[arg(short = 'u', long)]
    pub username: Option<String>,

    /// Basic authentication password.
    #[arg(short = 'p', long)]
    pub password: Option<String>,

    /// The name of an existing secret containing SSH or basic credentials.
    #[arg(long = "secret-ref")]
    pub secret_ref: Option<String>,

    /// The name of an existing secret containing the proxy address and credentials.
    #[arg(long = "proxy-secret-ref")]
    pub proxy_secret_ref: Option<String>,

    /// The Git provider name: generic|github|aws|azure.
    #[arg(long)]
    pub provider: Option<String>,

    /// Path to a TLS CA file used for validating self-signed certificates.
    #[arg(long = "ca-file")]
    pub ca_file: Option<PathBuf>,

    /// Path to a passwordless private key file used for authenticating to the Git SSH server.
    #[arg(long = "private-key-file")]
    pub private_key_file: Option<PathBuf>,

    /// When enabled, configures the GitRepository source to initialize and include Git submodules.
    #[arg(long = "recurse-submodules")]
    pub recurse_submodules: bool,

    /// Set paths to ignore in Git, in .gitignore format (can specify several, comma separated).
    #[arg(long = "ignore-paths", value_delimiter = ',')]
    pub ignore_paths: Vec<String>,

    /// Set paths to check out sparsely (can specify several, comma separated).
    #[arg(long = "sparse-checkout-paths", value_delimiter = ',')]
    pub sparse_checkout_paths: Vec<String>,

    /// SSH public key algorithm (rsa, ecdsa, ed25519).
    #[arg(long = "ssh-key-algorithm", default_value = "ecdsa")]
    pub ssh_key_algorithm: String,

    /// SSH RSA public key bit size (multiplies of 8, min 2048).
    #[arg(long = "ssh-rsa-bits", default_value_t = 2048)]
    pub ssh_rsa_bits: usize,

    /// SSH ECDSA public key curve (p256, p384, p521).
    #[arg(long = "ssh-ecdsa-curve", default_value = "p384")]
    pub ssh_ecdsa_curve: String,

    /// Do not prompt for confirmation when generating a deploy key.
    #[arg(short = 's', long)]
    pub silent: bool,
}

fn parse_provider(raw: &str) -> anyhow::Result<GitProvider> {
    let invalid =
        |m: &str| anyhow::anyhow!("invalid argument {raw:?} for \"--provider\" flag: {m}");
    match raw {
        "" => Err(invalid(
            "no source Git provider given, please specify the Git provider name",
        )),
        "generic" => Ok(GitProvider::Generic),
        "github" => Ok(GitProvider::Github),
        "aws" => Ok(GitProvider::Aws),
        "azure" => Ok(GitProvider::Azure),
        other => Err(invalid(&format!(
            "source Git provider '{other}' is not supported, must be one of: generic|github|aws|azure"
        ))),
    }
}

/// Validates the flags into library options.
pub fn options(
    args: &Args,
    common: &Common,
    global: &Global,
) -> anyhow::Result<git_repository::SourceOptions> {
    let name = args
        .name
        .clone()
        .ok_or_else(|| anyhow::anyhow!("name is required"))?;
    let provider = args.provider.as_deref().map(parse_provider).transpose()?;
    let url = args
        .url
        .clone()
        .ok_or_else(|| anyhow::anyhow!("url is required"))?;
    let scheme = url.split("://").next().unwrap_or_default();
    if !matches!(scheme, "http" | "https" | "ssh") || !url.contains("://") {
        anyhow::bail!("git URL scheme '{scheme}' not supported, can be: ssh, http and https");
    }
    let no_ref = [
        &args.branch,
        &args.tag,
        &args.tag_semver,
        &args.ref_name,
        &args.commit,
    ]
    .iter()
    .all(|r| r.as_deref().is_none_or(str::is_empty));
    Ok(git_repository::SourceOptions {
        name,
        namespace: global.namespace.clone(),
        url,
        interval: common.interval,
        branch: if no_ref {
            Some("master".into())
        } else {
            args.branch.clone()
        },
        tag: args.tag.clone(),
        semver: args.tag_semver.clone(),
        ref_name: args.ref_name.clone(),
        commit: args.commit.clone(),
        secret_ref: args.secret_ref.clone(),
        proxy_secret_ref: args.proxy_secret_ref.clone(),
        provider,
        recurse_submodules: args.recurse_submodules,
        ignore_paths: args
            .ignore_paths
            .iter()
            .filter(|p| !p.is_empty())
            .cloned()
            .collect(),
        sparse_checkout_paths: args
            .sparse_checkout_paths
            .iter()
            .filter(|p| !p.is_empty())
            .cloned()
            .collect(),
        labels: common.labels.clone(),
    })
}

/// Shows the scanned host key and the deploy key of an SSH Secret, then asks (unless `--silent`) whether the
/// key was added to the repository, as Flux does; a "no", or no terminal to ask on, aborts before anything is
/// applied.
fn confirm_deploy_key(
    secret: &serde_json::Value,
    silent: bool,
    out: &Printer,
) -> anyhow::Result<()> {
    let data = &secret["stringData"];
    if let Some(known) = data["known_hosts"].as_str() {
        out.success(&format!(
            "collected public key from SSH server:\n{}",
            known.trim_end()
        ));
    }
    let Some(public) = data["identity.pub"].as_str() else {
        return Ok(());
    };
    out.generate(&format!("deploy key: {}", public.trim_end()));
    if silent {
        return Ok(());
    }
    if !out.is_interactive() {
        anyhow::bail!(
            "aborting: no terminal to confirm the deploy key was added, use --silent to skip the prompt"
        );
    }
    let added = dialoguer::Confirm::new()
        .with_prompt("Have you added the deploy key to your repository")
        .default(false)
        .interact()
        .unwrap_or(false);
    if !added {
        anyhow::bail!("aborting");
    }
    Ok(())
}

pub async fn run(
    args: Args,
    common: &Common,
    global: &Global,
    out: &Printer,
) -> anyhow::Result<()> {
    let mut opts = options(&args, common, global)?;
    let key_algorithm = KeyAlgorithm::from_flags(
        &args.ssh_key_algorithm,
        &args.ssh_ecdsa_curve,
        args.ssh_rsa_bits,
    )
    .map_err(anyhow::Error::msg)?;
    // Like Flux, an SSH URL without `--secret-ref` gets a Secret with a generated deploy key (not on
    // `--export`, which Flux prints before any key is made).
    let ssh = opts.url.starts_with("ssh://");
    let needs_secret = opts.secret_ref.is_none()
        && (args.username.is_some()
            || args.password.is_some()
            || args.private_key_file.is_some()
            || (ssh && !common.export));
    let secret = if needs_secret {
        let secret_opts = git_repository::SecretOptions {
            name: opts.name.clone(),
            namespace: opts.namespace.clone(),
            url: opts.url.clone(),
            username: args.username.clone(),
            password: args.password.clone(),
            bearer_token: None,
            ca_crt: args
                .ca_file
                .as_deref()
                .map(|p| read_flag_file("--ca-file", p))
                .transpose()?,
            private_key: args
                .private_key_file
                .as_deref()
                .map(|p| read_flag_file("--private-key-file", p))
                .transpose()?,
            key_algorithm,
            known_hosts: None,
            labels: opts.labels.clone(),
        };
        opts.secret_ref = Some(opts.name.clone());
        Some(git_repository::build_secret(&secret_opts)?)
    } else {
        None
    };
    let obj = git_repository::build(&opts);
    if common.export {
        let mut text = String::new();
        if let Some(s) = &secret {
            text.push_str(&objects::to_export_yaml(s)?);
        }
        text.push_str(&objects::to_export_yaml(&git_repository::export_value(
            &obj,
        ))?);
        out.out(&text);
        return Ok(());
    }
    out.generate("generating GitRepository source");
    let client = crate::cluster::client(&global.cluster()).await?;
    if let Some(s) = secret {
        confirm_deploy_key(&s, args.silent, out)?;
        out.action("applying secret with repository credentials");
        let api: Api<Secret> = Api::namespaced(client.clone(), &opts.namespace);
        let typed: Secret = serde_json::from_value(s)?;
        objects::upsert(&api, &typed).await?;
        out.success("authentication configured");
    }
    out.action("applying GitRepository source");
    let api: Api<GitRepository> = Api::namespaced(client, &opts.namespace);
    objects::upsert(&api, &obj).await?;
    out.success("GitRepository source created");
    out.waiting("waiting for GitRepository source reconciliation");
    let ready =
        objects::wait_ready(&api, &opts.namespace, &opts.name, None, global.timeout).await?;
    out.success("GitRepository source reconciliation completed");
    let Some(artifact) = ready.status.as_ref().and_then(|s| s.artifact.as_ref()) else {
        anyhow::bail!("GitRepository source reconciliation completed but no artifact was found");
    };
    out.success(&format!("fetched revision: {}", artifact.revision));
    Ok(())
}
