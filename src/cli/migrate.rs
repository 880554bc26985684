//! `flux migrate`: move Flux's custom resources to their latest API versions, in the cluster (default) or in
//! the manifests under `--path` (engine: [`crate::migrate`]).

use super::Global;
use super::printer::Printer;
use crate::migrate::{self, files};
use crate::progress::Progress;

/// The migrate command must be run before a Flux minor version upgrade.
///
/// The command has two modes of operation:
///
/// - Cluster mode (default): migrates all the Flux custom resources stored in Kubernetes etcd to their latest
///   API version.
/// - File system mode (-f): migrates the Flux custom resources defined in the manifests located in the
///   specified path.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Migrate all the Flux custom resources in the cluster.\n  # This uses the current kubeconfig context and requires cluster-admin permissions.\n  flux migrate\n\n  # Migrate all the Flux custom resources in a Git repository\n  # checked out in the current working directory.\n  flux migrate -f .\n\n  # Migrate all Flux custom resources defined in YAML and Helm YAML template files.\n  flux migrate -f . --extensions=.yml,.yaml,.tpl\n\n  # Migrate the Flux custom resources to the latest API versions of Flux 2.6.\n  flux migrate -f . --version=2.6\n\n  # Migrate the Flux custom resources defined in a multi-document YAML manifest file.\n  flux migrate -f path/to/manifest.yaml\n\n  # Simulate the migration without making any changes.\n  flux migrate -f . --dry-run\n\n  # Run the migration skipping confirmation prompts.\n  flux migrate -f . --yes"
)]
pub struct Args {
    /// the path to the directory containing the manifests to migrate
    #[arg(short = 'f', long, default_value = "")]
    pub path: String,

    /// the file extensions to consider when migrating manifests, only applicable with --path
    #[arg(short = 'e', long, value_delimiter = ',', default_value = ".yaml,.yml")]
    pub extensions: Vec<String>,

    /// the target Flux minor version to migrate manifests to, only applicable with --path (defaults to the version of the CLI)
    #[arg(short = 'v', long, default_value = "")]
    pub version: String,

    /// skip confirmation prompts when migrating manifests, only applicable with --path
    #[arg(short = 'y', long)]
    pub yes: bool,

    /// simulate the migration of manifests without making any changes, only applicable with --path
    #[arg(long = "dry-run")]
    pub dry_run: bool,
}

pub async fn run(args: Args, global: &Global, out: &Printer) -> anyhow::Result<()> {
    if args.path.is_empty() {
        out.action("starting migration of custom resources");
        let client = crate::cluster::client(&global.cluster())
            .await
            .map_err(|e| anyhow::anyhow!("the Kubernetes client initialization failed: {e}"))?;
        tokio::time::timeout(global.timeout, migrate::cluster::migrate(&client, out))
            .await
            .map_err(|_| anyhow::anyhow!("context deadline exceeded"))??;
        out.success("custom resources migrated successfully");
        return Ok(());
    }

    let latest = migrate::latest_versions(Some(&args.version))?;
    let opts = files::Options {
        path: args.path,
        extensions: args.extensions,
        latest,
    };
    out.action("starting migration of custom resources");
    let plan = files::detect(&opts, out)?;
    if plan.is_empty() {
        out.success("no custom resources found that require migration");
        return Ok(());
    }
    if args.dry_run {
        out.success("dry-run mode enabled, no changes will be made");
        return Ok(());
    }
    if !args.yes && !confirm(out)? {
        // Flux's prompt refuses with an empty error.
        anyhow::bail!("");
    }
    for file in &plan {
        files::apply(file)?;
        out.success(&format!("file {} migrated successfully", file.file));
    }
    out.success("custom resources migrated successfully");
    Ok(())
}

/// Asks Flux's question: on a terminal with a prompt, otherwise by reading one answer line from stdin (so
/// `echo y | flux migrate -f .` works, as with Flux). Only `y` or `Y` agrees; end of input fails with Flux's
/// `^D`.
fn confirm(out: &Printer) -> anyhow::Result<bool> {
    const QUESTION: &str = "Are you sure you want to proceed with the above upgrades";
    if out.is_interactive() {
        return Ok(dialoguer::Confirm::new()
            .with_prompt(QUESTION)
            .default(false)
            .interact()?);
    }
    let mut answer = String::new();
    if std::io::stdin().read_line(&mut answer)? == 0 {
        anyhow::bail!("^D");
    }
    Ok(matches!(answer.trim_end_matches(['\r', '\n']), "y" | "Y"))
}
