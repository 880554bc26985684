//! `flux create`: generate a Flux object (or Secret) and apply it, then wait for it to be reconciled; with
//! `--export`, only print it. Flags shared by every `create` subcommand live here.

pub mod flag_values;
pub mod helm_release;
pub mod image;
pub mod image_policy;
pub mod image_repository;
pub mod image_update;
pub mod kustomization;
pub mod notification;
pub mod secret_git;
pub mod secret_githubapp;
pub mod secret_helm;
pub mod secret_notation;
pub mod secret_oci;
pub mod secret_proxy;
pub mod secret_receiver;
pub mod secret_tls;
pub mod source_bucket;
pub mod source_chart;
pub mod source_git;
pub mod source_helm;
pub mod source_oci;
pub mod tenant;

use std::collections::BTreeMap;
use std::time::Duration;

use super::Global;
use super::printer::Printer;

/// Flags of every `flux create` command.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Source sync interval.
    #[arg(long, global = true, default_value = "1m0s", value_parser = super::parse_duration)]
    pub interval: Duration,

    /// Export in YAML format to stdout.
    #[arg(long, global = true)]
    pub export: bool,

    /// Set labels on the resource (can specify multiple labels with commas: label1=value1,label2=value2).
    #[arg(long = "label", global = true, value_delimiter = ',')]
    pub labels: Vec<String>,

    #[command(subcommand)]
    pub command: Command,
}

/// `flux create` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Create or update sources.
    Source(Box<SourceArgs>),
    /// Create or update Kubernetes secrets.
    #[command(subcommand)]
    Secret(Box<SecretCommand>),
    /// Create or update a Kustomization resource.
    Kustomization(Box<kustomization::Args>),
    /// Create or update a HelmRelease resource.
    Helmrelease(Box<helm_release::Args>),
    /// Create or update a tenant.
    Tenant(tenant::Args),
    /// Create or update a Alert resource.
    Alert(notification::AlertArgs),
    /// Create or update a Provider resource.
    #[command(name = "alert-provider")]
    AlertProvider(notification::ProviderArgs),
    /// Create or update a Receiver resource.
    Receiver(notification::ReceiverArgs),
    /// Create or update resources dealing with image automation.
    #[command(subcommand)]
    Image(image::Command),
}

/// `flux create source`: the flag every source shares, and the kind.
#[derive(Debug, clap::Args)]
pub struct SourceArgs {
    /// Set a timeout for fetch operations performed by source-controller (e.g. 'git clone' or 'helm repo update').
    #[arg(long = "fetch-timeout", global = true, value_parser = super::parse_duration)]
    pub fetch_timeout: Option<Duration>,

    #[command(subcommand)]
    pub command: SourceCommand,
}

/// `flux create source` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum SourceCommand {
    /// Create or update a Bucket source.
    Bucket(source_bucket::Args),
    /// Create or update a GitRepository source.
    Git(Box<source_git::Args>),
    /// Create or update a HelmRepository source.
    Helm(source_helm::Args),
    /// Create or update a HelmChart source.
    Chart(source_chart::Args),
    /// Create or update an OCIRepository.
    Oci(source_oci::Args),
}

/// `flux create secret` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum SecretCommand {
    /// Create or update a Kubernetes secret for Git authentication.
    Git(secret_git::Args),
    /// Create or update a github app secret.
    Githubapp(secret_githubapp::Args),
    /// Create or update a Kubernetes secret for Helm repository authentication.
    Helm(secret_helm::Args),
    /// Create or update a Kubernetes secret for verifications of artifacts signed by Notation.
    Notation(secret_notation::Args),
    /// Create or update a Kubernetes image pull secret.
    Oci(secret_oci::Args),
    /// Create or update a Kubernetes secret for proxy authentication.
    Proxy(secret_proxy::Args),
    /// Create or update a Kubernetes secret with TLS certificates.
    Tls(secret_tls::Args),
    /// Create or update a Kubernetes secret for a Receiver webhook.
    Receiver(secret_receiver::Args),
}

impl Command {
    /// The NAME argument of whichever command this is.
    fn name(&self) -> Option<&str> {
        match self {
            Command::Source(cmd) => match &cmd.command {
                SourceCommand::Git(a) => a.name.as_deref(),
                SourceCommand::Helm(a) => a.name.as_deref(),
                SourceCommand::Chart(a) => a.name.as_deref(),
                SourceCommand::Oci(a) => a.name.as_deref(),
                SourceCommand::Bucket(a) => a.name.as_deref(),
            },
            Command::Secret(cmd) => match cmd.as_ref() {
                SecretCommand::Git(a) => a.name.as_deref(),
                SecretCommand::Githubapp(a) => a.name.as_deref(),
                SecretCommand::Helm(a) => a.name.as_deref(),
                SecretCommand::Notation(a) => a.name.as_deref(),
                SecretCommand::Oci(a) => a.name.as_deref(),
                SecretCommand::Proxy(a) => a.name.as_deref(),
                SecretCommand::Tls(a) => a.name.as_deref(),
                SecretCommand::Receiver(a) => a.name.as_deref(),
            },
            Command::Kustomization(a) => a.name.as_deref(),
            Command::Helmrelease(a) => a.name.as_deref(),
            Command::Tenant(a) => a.name.as_deref(),
            Command::Alert(a) => a.name.as_deref(),
            Command::AlertProvider(a) => a.name.as_deref(),
            Command::Receiver(a) => a.name.as_deref(),
            Command::Image(cmd) => cmd.name(),
        }
    }
}

/// Runs `flux create …`. As in Flux, the name is checked before anything else a command validates, and the
/// namespace is not checked at all (`create` replaces the root's check with its own).
pub async fn run(args: Args, global: &Global, out: &Printer) -> anyhow::Result<()> {
    object_name(args.command.name())?;
    let mut common = Common {
        interval: args.interval,
        export: args.export,
        raw_labels: args.labels,
        fetch_timeout: None,
    };
    match args.command {
        Command::Source(cmd) => {
            common.fetch_timeout = cmd.fetch_timeout.filter(|d| !d.is_zero());
            match cmd.command {
                SourceCommand::Git(a) => source_git::run(*a, &common, global, out).await,
                SourceCommand::Helm(a) => source_helm::run(a, &common, global, out).await,
                SourceCommand::Chart(a) => source_chart::run(a, &common, global, out).await,
                SourceCommand::Oci(a) => source_oci::run(a, &common, global, out).await,
                SourceCommand::Bucket(a) => source_bucket::run(a, &common, global, out).await,
            }
        }
        Command::Secret(cmd) => match *cmd {
            SecretCommand::Git(a) => secret_git::run(a, &common, global, out).await,
            SecretCommand::Githubapp(a) => secret_githubapp::run(a, &common, global, out).await,
            SecretCommand::Helm(a) => secret_helm::run(a, &common, global, out).await,
            SecretCommand::Notation(a) => secret_notation::run(a, &common, global, out).await,
            SecretCommand::Oci(a) => secret_oci::run(a, &common, global, out).await,
            SecretCommand::Proxy(a) => secret_proxy::run(a, &common, global, out).await,
            SecretCommand::Tls(a) => secret_tls::run(a, &common, global, out).await,
            SecretCommand::Receiver(a) => secret_receiver::run(a, &common, global, out).await,
        },
        Command::Kustomization(a) => kustomization::run(*a, &common, global, out).await,
        Command::Helmrelease(a) => helm_release::run(*a, &common, global, out).await,
        Command::Tenant(a) => tenant::run(a, &common, global, out).await,
        Command::Alert(a) => notification::alert(a, &common, global, out).await,
        Command::AlertProvider(a) => notification::provider(a, &common, global, out).await,
        Command::Receiver(a) => notification::receiver(a, &common, global, out).await,
        Command::Image(cmd) => image::run(cmd, &common, global, out).await,
    }
}

/// The shared flags. Labels stay raw until a command asks for them: Flux checks them at a different step in
/// each command, and the first failing check decides the error line.
pub struct Common {
    /// `--interval`.
    pub interval: Duration,
    /// `--export`.
    pub export: bool,
    /// `--label` as given.
    pub raw_labels: Vec<String>,
    /// `create source --fetch-timeout`, when set and not zero.
    pub fetch_timeout: Option<Duration>,
}

impl Common {
    /// The `--label` pairs, checked as Kubernetes checks label keys and values.
    pub fn labels(&self) -> anyhow::Result<BTreeMap<String, String>> {
        parse_labels(&self.raw_labels)
    }
}

fn parse_labels(raw: &[String]) -> anyhow::Result<BTreeMap<String, String>> {
    use crate::api::validation::{go_list, label_value, qualified_name};
    let mut out = BTreeMap::new();
    for l in raw.iter().filter(|l| !l.is_empty()) {
        let parts: Vec<&str> = l.split('=').collect();
        let [key, value] = parts.as_slice() else {
            anyhow::bail!("invalid label format '{l}', must be key=value");
        };
        let errs = qualified_name(key);
        if !errs.is_empty() {
            anyhow::bail!("invalid label '{key}': {}", go_list(&errs));
        }
        let errs = label_value(value);
        if !errs.is_empty() {
            anyhow::bail!("invalid label value '{value}': {}", go_list(&errs));
        }
        out.insert(key.to_string(), value.to_string());
    }
    Ok(out)
}

/// The object name argument, required and an RFC 1123 label as Flux checks it before any work.
pub fn object_name(name: Option<&str>) -> anyhow::Result<String> {
    let Some(name) = name else {
        anyhow::bail!("name is required");
    };
    if !is_object_name(name) {
        anyhow::bail!(
            "name '{name}' is invalid, it should adhere to standard defined in RFC 1123, the name can only contain alphanumeric characters or '-'"
        );
    }
    Ok(name.to_string())
}

/// Flux's rule for object names: `^[a-z0-9]([a-z0-9\-]){0,61}[a-z0-9]$`, so two to 63 characters.
pub fn is_object_name(name: &str) -> bool {
    let b = name.as_bytes();
    let end = |c: &u8| c.is_ascii_lowercase() || c.is_ascii_digit();
    (2..=63).contains(&b.len())
        && end(&b[0])
        && end(&b[b.len() - 1])
        && b.iter().all(|c| end(c) || *c == b'-')
}

/// Reads a file named by a flag, with the flag in the error.
pub fn read_flag_file(flag: &str, path: &std::path::Path) -> anyhow::Result<String> {
    std::fs::read_to_string(path)
        .map_err(|e| anyhow::anyhow!("failed to read {flag} {}: {e}", path.display()))
}

/// An I/O error worded as Go's `os` package words it (`open <path>: no such file or directory`), as Flux's
/// messages quote it.
pub fn go_open_error(path: &str, e: &std::io::Error) -> String {
    let reason = match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        std::io::ErrorKind::IsADirectory => "is a directory".to_string(),
        _ => e.to_string(),
    };
    format!("open {path}: {reason}")
}

/// Creates or updates a generated Secret and prints Flux's `<kind> secret '<name>' created in '<ns>' namespace`.
pub async fn apply_secret(
    secret: serde_json::Value,
    global: &Global,
    out: &Printer,
    kind: &str,
) -> anyhow::Result<()> {
    use crate::progress::Progress;
    let typed: k8s_openapi::api::core::v1::Secret = serde_json::from_value(secret)?;
    let name = typed.metadata.name.clone().unwrap_or_default();
    let client = crate::cluster::client(&global.cluster()).await?;
    let api: kube::api::Api<k8s_openapi::api::core::v1::Secret> =
        kube::api::Api::namespaced(client, &global.namespace);
    crate::objects::upsert(&api, &typed).await?;
    out.action(&format!(
        "{kind} secret '{name}' created in '{}' namespace",
        global.namespace
    ));
    Ok(())
}
