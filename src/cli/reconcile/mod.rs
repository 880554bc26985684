//! `flux reconcile`: ask a controller to reconcile an object now (annotation `reconcile.fluxcd.io/requestedAt`)
//! and wait until the request is handled and the object is Ready.

pub mod source_git;

use super::Global;
use super::printer::Printer;

/// `flux reconcile` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Reconcile sources.
    #[command(subcommand)]
    Source(SourceCommand),
}

/// `flux reconcile source` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum SourceCommand {
    /// Reconcile a GitRepository source.
    Git(source_git::Args),
}

/// Runs `flux reconcile …`.
pub async fn run(cmd: Command, global: &Global, out: &Printer) -> anyhow::Result<()> {
    match cmd {
        Command::Source(SourceCommand::Git(a)) => source_git::run(a, global, out).await,
    }
}
