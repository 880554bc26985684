//! `flux suspend`: set `spec.suspend: true` so controllers stop reconciling an object (deletion still works).

pub mod source_git;

use super::Global;
use super::printer::Printer;

/// `flux suspend` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Suspend sources.
    #[command(subcommand)]
    Source(SourceCommand),
}

/// `flux suspend source` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum SourceCommand {
    /// Suspend reconciliation of a GitRepository.
    Git(source_git::Args),
}

/// Runs `flux suspend …`.
pub async fn run(cmd: Command, global: &Global, out: &Printer) -> anyhow::Result<()> {
    match cmd {
        Command::Source(SourceCommand::Git(a)) => source_git::run(a, global, out).await,
    }
}

/// The names a `suspend`/`resume` run acts on: the given ones, or every object of the kind with `--all`.
pub fn targets(names: Vec<String>, all: bool, listed: Vec<String>) -> anyhow::Result<Vec<String>> {
    if all {
        return Ok(listed);
    }
    if names.is_empty() {
        anyhow::bail!("please specify a name");
    }
    Ok(names)
}
