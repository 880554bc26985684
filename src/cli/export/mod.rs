//! `flux export`: print Flux objects as clean YAML (`---` separated, no status or server fields), ready to be
//! committed to Git.

pub mod source_git;

use super::Global;
use super::printer::Printer;

/// Flags of every `flux export` command.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Select all resources.
    #[arg(long, global = true)]
    pub all: bool,

    #[command(subcommand)]
    pub command: Command,
}

/// `flux export` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Export sources.
    #[command(subcommand)]
    Source(SourceCommand),
}

/// `flux export source` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum SourceCommand {
    /// Export GitRepository sources in YAML format.
    Git(source_git::Args),
}

/// Runs `flux export …`.
pub async fn run(args: Args, global: &Global, out: &Printer) -> anyhow::Result<()> {
    match args.command {
        Command::Source(SourceCommand::Git(a)) => source_git::run(a, args.all, global, out).await,
    }
}
