//! `flux diff`: compare what a local build would apply with what the cluster holds.

pub mod kustomization;

use super::Global;
use super::printer::Printer;

/// The kinds `flux diff` knows.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Diff Kustomization
    ///
    /// The diff command does a build, then it performs a server-side dry-run and prints the diff.
    /// Exit status: 0 No differences were found. 1 Differences were found. >1 diff failed with an error.
    #[command(alias = "ks")]
    Kustomization(kustomization::Args),
}

pub async fn run(command: Command, global: &Global, out: &Printer) -> anyhow::Result<()> {
    match command {
        Command::Kustomization(args) => kustomization::run(args, global, out).await,
    }
}
