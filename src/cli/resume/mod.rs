//! `flux resume`: clear `spec.suspend` and, for a single object (or with `--wait`), wait for the reconcile it
//! triggers.

pub mod source_git;

use super::Global;
use super::printer::Printer;

/// `flux resume` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Resume sources.
    #[command(subcommand)]
    Source(SourceCommand),
}

/// `flux resume source` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum SourceCommand {
    /// Resume a suspended GitRepository.
    Git(source_git::Args),
}

/// Runs `flux resume …`.
pub async fn run(cmd: Command, global: &Global, out: &Printer) -> anyhow::Result<()> {
    match cmd {
        Command::Source(SourceCommand::Git(a)) => source_git::run(a, global, out).await,
    }
}
