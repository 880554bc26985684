//! `flux tree`: print the objects a Flux object reconciles, as a tree.

pub mod kustomization;

use super::Global;
use super::printer::Printer;

/// `flux tree` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Print the resource inventory of a Kustomization.
    #[command(visible_alias = "ks")]
    Kustomization(kustomization::Args),
}

/// Runs `flux tree …`.
pub async fn run(cmd: Command, global: &Global, out: &Printer) -> anyhow::Result<()> {
    match cmd {
        Command::Kustomization(a) => kustomization::run(a, global, out).await,
    }
}
