//! The `flux` command tree: clap definitions, global flags and dispatch. Each command lives in its own module
//! and only converts its flags into an engine's options; the work happens in the library.

pub mod artifact;
pub mod bootstrap;
pub mod build;
pub mod check;
pub mod cobra;
pub mod completion;
pub mod create;
pub mod debug;
pub mod delete;
pub mod diff;
pub mod docgen;
pub mod envsubst;
pub mod events;
pub mod export;
pub mod get;
pub mod install;
pub mod kube_flags;
pub mod logs;
pub mod migrate;
pub mod plugin;
pub mod printer;
pub mod reconcile;
pub mod resume;
pub mod serve;
pub mod stats;
pub mod suspend;
pub mod trace;
pub mod tree;
pub mod trigger;
pub mod uninstall;
pub mod version;

use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Parser, Subcommand};

use crate::cluster::ClusterOptions;
use printer::Printer;

/// Command line utility for assembling Kubernetes CD pipelines the GitOps way.
#[derive(Debug, Parser)]
#[command(
    name = "flux",
    disable_version_flag = true,
    args_override_self = true,
    after_help = "Examples:\n  # Check prerequisites\n  flux check --pre\n\n  # Install the latest version of Flux\n  flux install"
)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,

    /// Print the version and exit.
    #[arg(long = "version", global = false)]
    pub print_version: bool,

    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Flags every command accepts (Flux's persistent flags).
#[derive(Debug, Clone, Args)]
pub struct Global {
    /// Path to the kubeconfig file.
    #[arg(long, global = true, value_name = "PATH")]
    pub kubeconfig: Option<PathBuf>,

    /// The name of the kubeconfig context to use.
    #[arg(long, global = true)]
    pub context: Option<String>,

    /// The namespace scope for this operation.
    #[arg(
        short = 'n',
        long,
        global = true,
        env = "FLUX_SYSTEM_NAMESPACE",
        hide_env_values = true,
        default_value = "flux-system"
    )]
    pub namespace: String,

    /// Timeout for this operation.
    #[arg(long, global = true, default_value = "5m0s", value_parser = parse_duration)]
    pub timeout: Duration,

    /// Print generated objects.
    #[arg(long, global = true)]
    pub verbose: bool,

    /// Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var.
    #[arg(long = "ns-follows-kube-context", global = true)]
    pub ns_follows_kube_context: bool,

    #[command(flatten)]
    pub kube: kube_flags::KubeFlags,
}

impl Global {
    /// The cluster connection settings these flags describe.
    pub fn cluster(&self) -> ClusterOptions {
        ClusterOptions {
            kubeconfig: self.kubeconfig.clone(),
            context: self.context.clone(),
            overrides: self.kube.overrides(),
        }
    }

    /// Checks the flags every command shares, before any work (Flux does this in the root command).
    pub fn validate(&self) -> anyhow::Result<()> {
        if !is_dns_label(&self.namespace) {
            anyhow::bail!("namespace must be a valid DNS label: {:?}", self.namespace);
        }
        Ok(())
    }
}

/// The commands this binary implements.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Deploy Flux on a cluster the GitOps way.
    #[command(subcommand)]
    Bootstrap(bootstrap::Command),
    /// Build a flux resource locally.
    #[command(subcommand)]
    Build(build::Command),
    /// Check requirements and installation.
    Check(check::Args),
    /// Generate shell completion scripts.
    #[command(subcommand)]
    Completion(completion::Shell),
    /// Create or update sources and resources.
    Create(create::Args),
    /// Debug a flux resource.
    #[command(subcommand)]
    Debug(debug::Command),
    /// Delete sources and resources.
    Delete(delete::Args),
    /// Diff a flux resource.
    #[command(subcommand)]
    Diff(diff::Command),
    /// Substitute environment variables in stdin, as Flux's post-build substitution does.
    Envsubst(envsubst::Args),
    /// Display Kubernetes events for Flux resources.
    Events(events::Args),
    /// Export resources in YAML format.
    Export(export::Args),
    /// Get the resources and their status.
    Get(get::Args),
    /// Install or upgrade Flux.
    Install(install::Args),
    /// Display formatted logs for Flux components.
    Logs(logs::Args),
    /// Migrate the Flux custom resources to their latest API version.
    Migrate(migrate::Args),
    /// Manage Flux CLI plugins.
    #[command(subcommand)]
    Plugin(plugin::Command),
    /// Reconcile sources and resources.
    #[command(subcommand)]
    Reconcile(reconcile::Command),
    /// Resume suspended resources.
    #[command(subcommand)]
    Resume(resume::Command),
    /// Run every Flux controller in this process.
    Serve(serve::Args),
    /// Stats of Flux reconciles.
    Stats(stats::Args),
    /// Push to a repository.
    #[command(subcommand)]
    Push(artifact::push::Command),
    /// Pull artifacts from a repository.
    #[command(subcommand)]
    Pull(artifact::pull::Command),
    /// Tag artifacts in a repository.
    #[command(subcommand)]
    Tag(artifact::tag::Command),
    /// List artifacts in a repository.
    #[command(subcommand)]
    List(artifact::list::Command),
    /// Suspend reconciliation of resources.
    #[command(subcommand)]
    Suspend(suspend::Command),
    /// Trace in-cluster objects throughout the GitOps delivery pipeline.
    Trace(trace::Args),
    /// Trigger Flux resources from outside the cluster.
    #[command(subcommand)]
    Trigger(trigger::Command),
    /// Print the resources reconciled by Flux.
    #[command(subcommand)]
    Tree(tree::Command),
    /// Uninstall Flux and its custom resource definitions.
    Uninstall(uninstall::Args),
    /// Print the client and server-side components version information.
    Version(version::Args),
    /// Generate the command reference in Markdown.
    #[command(hide = true)]
    Docgen(docgen::Args),
}

/// An error that ends the process with a specific exit code instead of Flux's usual 1 (Flux's
/// `RequestError`). As in Flux, one carrying code 1 is printed as a warning (`⚠️`), any other
/// code as a failure (`✗`): `flux diff` uses 1 for "changes found" and 2 for "diff failed".
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct ExitError {
    /// The process exit code.
    pub code: i32,
    /// The line printed after `✗`.
    pub message: String,
}

/// Several independent failures reported together, one per line after a single `✗`, as Go's `errors.Join`
/// prints them (`flux create secret notation` checks every certificate file before failing).
#[derive(Debug, thiserror::Error)]
#[error("{}", .0.join("\n"))]
pub struct JoinedErrors(pub Vec<String>);

/// The exit code and the symbol `main` prints a failed command's error with: an [`ExitError`]
/// keeps its code and, with code 1, is a warning (`⚠️`, Flux's `RequestError` rule); anything else
/// exits 1 with `✗`.
pub fn exit_status(err: &anyhow::Error) -> (i32, &'static str) {
    match err.downcast_ref::<ExitError>() {
        Some(e) if e.code == 1 => (1, "⚠️"),
        Some(e) => (e.code, "✗"),
        None => (1, "✗"),
    }
}

/// Runs the parsed command line.
pub async fn run(mut cli: Cli) -> anyhow::Result<()> {
    let printer = Printer::default();
    let argv: Vec<String> = std::env::args().collect();
    if let Some(ns) = kube_flags::context_namespace(
        cli.global.ns_follows_kube_context,
        &argv,
        cli.global.kubeconfig.as_deref(),
        cli.global.context.as_deref(),
    ) {
        cli.global.namespace = ns;
    }
    if cli.print_version {
        printer.out(&format!("flux version {}\n", crate::version::VERSION));
        return Ok(());
    }
    // `flux create` replaces this check with its own name check, and `flux plugin` skips it, as in Flux.
    if !matches!(cli.command, Some(Command::Create(_) | Command::Plugin(_))) {
        cli.global.validate()?;
    }
    let Some(command) = cli.command else {
        use clap::CommandFactory;
        printer.out(&format!("{}\n", Cli::command().render_help()));
        return Ok(());
    };
    match command {
        Command::Build(command) => build::run(command, &cli.global, &printer).await,
        Command::Check(args) => check::run(args, &cli.global, &printer).await,
        Command::Completion(shell) => completion::run(shell, &printer),
        Command::Create(args) => create::run(args, &cli.global, &printer).await,
        Command::Envsubst(args) => envsubst::run(args, &printer),
        Command::Delete(args) => delete::run(args, &cli.global, &printer).await,
        Command::Diff(cmd) => diff::run(cmd, &cli.global, &printer).await,
        Command::Events(args) => events::run(args, &cli.global, &printer).await,
        Command::Export(args) => export::run(args, &cli.global, &printer).await,
        Command::Stats(args) => stats::run(args, &cli.global, &printer).await,
        Command::Push(artifact::push::Command::Artifact(args)) => {
            artifact::push::run(args, &cli.global, &printer).await
        }
        Command::Pull(artifact::pull::Command::Artifact(args)) => {
            artifact::pull::run(args, &cli.global, &printer).await
        }
        Command::Tag(artifact::tag::Command::Artifact(args)) => {
            artifact::tag::run(args, &cli.global, &printer).await
        }
        Command::List(artifact::list::Command::Artifacts(args)) => {
            artifact::list::run(args, &cli.global, &printer).await
        }
        Command::Trace(args) => trace::run(args, &cli.global, &printer).await,
        Command::Tree(cmd) => tree::run(cmd, &cli.global, &printer).await,
        Command::Trigger(cmd) => trigger::run(cmd, &cli.global, &printer).await,
        Command::Debug(cmd) => debug::run(cmd, &cli.global, &printer).await,
        Command::Bootstrap(cmd) => bootstrap::run(cmd, &cli.global, &printer).await,
        Command::Reconcile(cmd) => reconcile::run(cmd, &cli.global, &printer).await,
        Command::Resume(cmd) => resume::run(cmd, &cli.global, &printer).await,
        Command::Suspend(cmd) => suspend::run(cmd, &cli.global, &printer).await,
        Command::Get(args) => get::run(args, &cli.global, &printer).await,
        Command::Install(args) => install::run(args, &cli.global, &printer).await,
        Command::Logs(args) => logs::run(args, &cli.global, &printer).await,
        Command::Migrate(args) => migrate::run(args, &cli.global, &printer).await,
        Command::Plugin(cmd) => plugin::run(cmd, &cli.global, &printer).await,
        Command::Serve(args) => serve::run(args, &cli.global).await,
        Command::Uninstall(args) => uninstall::run(args, &cli.global, &printer).await,
        Command::Version(args) => version::run(args, &cli.global, &printer).await,
        Command::Docgen(args) => docgen::run(args),
    }
}

/// Go duration syntax for `--timeout` and friends.
pub fn parse_duration(s: &str) -> Result<Duration, String> {
    crate::duration::parse_flag(s)
}

/// RFC 1123 label: what Kubernetes accepts as a namespace name.
pub fn is_dns_label(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 63
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn command_tree_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn exit_errors_keep_their_code_and_code_one_is_a_warning() {
        let changed = anyhow::Error::from(ExitError {
            code: 1,
            message: "identified at least one change".into(),
        });
        assert_eq!(exit_status(&changed), (1, "⚠️"));
        let failed = anyhow::Error::from(ExitError {
            code: 2,
            message: "invalid resource path \"\"".into(),
        });
        assert_eq!(exit_status(&failed), (2, "✗"));
        assert_eq!(exit_status(&anyhow::anyhow!("boom")), (1, "✗"));
    }

    #[test]
    fn namespace_must_be_a_dns_label() {
        assert!(is_dns_label("flux-system"));
        assert!(!is_dns_label("@#[]"));
        assert!(!is_dns_label("-a"));
        assert!(!is_dns_label("Upper"));
    }
}
