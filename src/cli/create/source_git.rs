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
    #[arg(long, value_parser = super::flag_values::git_provider)]
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
    #[arg(long = "ssh-key-algorithm", default_value = "ecdsa", value_parser = super::flag_values::ssh_key_algorithm)]
    pub ssh_key_algorithm: String,

    /// SSH RSA public key bit size (multiplies of 8, min 2048).
    #[arg(long = "ssh-rsa-bits", default_value_t = 2048, value_parser = super::flag_values::ssh_rsa_bits)]
    pub ssh_rsa_bits: usize,

    /// SSH ECDSA public key curve (p256, p384, p521).
    #[arg(long = "ssh-ecdsa-curve", default_value = "p384", value_parser = super::flag_values::ssh_ecdsa_curve)]
    pub ssh_ecdsa_curve: String,

    /// Do not prompt for confirmation when generating a deploy key.
    #[arg(short = 's', long)]
    pub silent: bool,
}

fn provider(raw: &str) -> GitProvider {
    match raw {
        "github" => GitProvider::Github,
        "aws" => GitProvider::Aws,
        "azure" => GitProvider::Azure,
        _ => GitProvider::Generic,
    }
}

/// The scheme of a URL as Go's `url.Parse` finds it, or its error for what it cannot parse (a scp-like
/// `git@host:path` has no scheme and a colon in its first path segment).
pub fn go_url_scheme(raw: &str) -> anyhow::Result<String> {
    let parse_err = |m: &str| anyhow::anyhow!("git URL parse failed: parse {raw:?}: {m}");
    for (i, c) in raw.char_indices() {
        match c {
            'a'..='z' | 'A'..='Z' => {}
            '0'..='9' | '+' | '-' | '.' if i > 0 => {}
            ':' if i == 0 => return Err(parse_err("missing protocol scheme")),
            ':' => return Ok(raw[..i].to_lowercase()),
            _ => break,
        }
    }
    let first_segment = raw.split('/').next().unwrap_or_default();
    if !raw.starts_with('/') && first_segment.contains(':') {
        return Err(parse_err("first path segment in URL cannot contain colon"));
    }
    Ok(String::new())
}

/// Validates the flags into library options, in Flux's order (the first failing check decides the message).
pub fn options(
    args: &Args,
    common: &Common,
    global: &Global,
) -> anyhow::Result<git_repository::SourceOptions> {
    let name = super::object_name(args.name.as_deref())?;
    let url = args.url.clone().unwrap_or_default();
    if url.is_empty() {
        anyhow::bail!("url is required");
    }
    let scheme = go_url_scheme(&url)?;
    if !matches!(scheme.as_str(), "http" | "https" | "ssh") {
        anyhow::bail!("git URL scheme '{scheme}' not supported, can be: ssh, http and https");
    }
    let given = |r: &Option<String>| r.clone().filter(|s| !s.is_empty());
    let (branch, tag, semver, ref_name, commit) = (
        given(&args.branch),
        given(&args.tag),
        given(&args.tag_semver),
        given(&args.ref_name),
        given(&args.commit),
    );
    if [&branch, &tag, &semver, &ref_name, &commit]
        .iter()
        .all(|r| r.is_none())
    {
        anyhow::bail!(
            "a Git ref is required, use one of the following: --branch, --tag, --commit, --ref-name or --tag-semver"
        );
    }
    if args
        .ca_file
        .as_ref()
        .is_some_and(|p| !p.as_os_str().is_empty())
        && scheme == "ssh"
    {
        anyhow::bail!("specifying a CA file is not supported for Git over SSH");
    }
    let labels = common.labels()?;
    // One reference kind wins, in Flux's order: a commit (with its branch), a ref name, a semver range, a
    // tag, else the branch.
    let mut reference = (None, None, None, None, None);
    if commit.is_some() {
        reference.0 = branch;
        reference.4 = commit;
    } else if ref_name.is_some() {
        reference.3 = ref_name;
    } else if semver.is_some() {
        reference.2 = semver;
    } else if tag.is_some() {
        reference.1 = tag;
    } else {
        reference.0 = branch;
    }
    Ok(git_repository::SourceOptions {
        name,
        namespace: global.namespace.clone(),
        url,
        interval: common.interval,
        branch: reference.0,
        tag: reference.1,
        semver: reference.2,
        ref_name: reference.3,
        commit: reference.4,
        secret_ref: args.secret_ref.clone(),
        proxy_secret_ref: args.proxy_secret_ref.clone(),
        provider: args.provider.as_deref().map(provider),
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
        labels,
        timeout: common.fetch_timeout,
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
    // Flux exports the GitRepository alone: credentials flags only make a Secret when applying.
    if common.export {
        let obj = git_repository::build(&opts);
        out.out(&objects::to_export_yaml(&git_repository::export_value(
            &obj,
        ))?);
        return Ok(());
    }
    let key_algorithm = KeyAlgorithm::from_flags(
        &args.ssh_key_algorithm,
        &args.ssh_ecdsa_curve,
        args.ssh_rsa_bits,
    )
    .map_err(anyhow::Error::msg)?;
    // Like Flux, an SSH URL without `--secret-ref` gets a Secret with a generated deploy key.
    let ssh = opts.url.starts_with("ssh://");
    let needs_secret = opts.secret_ref.is_none()
        && (args.username.is_some()
            || args.password.is_some()
            || args.private_key_file.is_some()
            || ssh);
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
