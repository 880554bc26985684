//! `flux diff`: compare what a local build would apply with what the cluster holds.

pub mod helmrelease;
pub mod kustomization;

use super::Global;
use super::printer::Printer;

/// The kinds `flux diff` knows.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Diff a local directory against an OCI artifact.
    Artifact(super::artifact::diff::Args),
    /// Diff Kustomization
    ///
    /// The diff command does a build, then it performs a server-side dry-run and prints the diff.
    /// Exit status: 0 No differences were found. 1 Differences were found. >1 diff failed with an error.
    #[command(alias = "ks")]
    Kustomization(kustomization::Args),
    /// Diff HelmRelease
    ///
    /// The diff command renders the chart as the controller would (values, post-renderers), performs a
    /// server-side dry-run and prints the diff.
    /// Exit status: 0 No differences were found. 1 Differences were found. >1 diff failed with an error.
    #[command(alias = "hr")]
    Helmrelease(helmrelease::Args),
}

pub async fn run(command: Command, global: &Global, out: &Printer) -> anyhow::Result<()> {
    match command {
        Command::Artifact(args) => super::artifact::diff::run(args, global, out).await,
        Command::Kustomization(args) => kustomization::run(args, global, out).await,
        Command::Helmrelease(args) => helmrelease::run(args, global, out).await,
    }
}
