//! `flux bootstrap`: put Flux in a Git repository and make the cluster sync itself from it.

pub mod git;

use super::Global;
use super::printer::Printer;

/// `flux bootstrap` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Deploy Flux on a cluster connected to a Git repository (any server, no provider API).
    Git(git::Args),
}

/// Runs `flux bootstrap …`.
pub async fn run(cmd: Command, global: &Global, out: &Printer) -> anyhow::Result<()> {
    match cmd {
        Command::Git(a) => git::run(a, global, out).await,
    }
}
