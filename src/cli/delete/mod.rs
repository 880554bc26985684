//! `flux delete`: delete Flux objects after a confirmation (skipped with `--silent`).

pub mod source_git;

use super::Global;
use super::printer::Printer;

/// Flags of every `flux delete` command.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Delete resource without asking for confirmation.
    #[arg(short = 's', long, global = true)]
    pub silent: bool,

    #[command(subcommand)]
    pub command: Command,
}

/// `flux delete` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Delete sources.
    #[command(subcommand)]
    Source(SourceCommand),
}

/// `flux delete source` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum SourceCommand {
    /// Delete a GitRepository source.
    Git(source_git::Args),
}

/// Runs `flux delete …`.
pub async fn run(args: Args, global: &Global, out: &Printer) -> anyhow::Result<()> {
    match args.command {
        Command::Source(SourceCommand::Git(a)) => {
            source_git::run(a, args.silent, global, out).await
        }
    }
}

/// Asks on the terminal; without one, refuses (use `--silent`).
pub fn confirm(question: &str, out: &Printer) -> anyhow::Result<bool> {
    if !out.is_interactive() {
        anyhow::bail!(
            "{question}: no terminal to confirm on, use --silent to delete without asking"
        );
    }
    Ok(dialoguer::Confirm::new()
        .with_prompt(question)
        .default(false)
        .interact()
        .unwrap_or(false))
}
