//! `flux debug`: look inside a Flux object to troubleshoot it.

pub mod helm_release;
pub mod kustomization;

use super::Global;
use super::printer::Printer;

/// `flux debug` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Debug a Flux Kustomization resource.
    #[command(visible_alias = "ks")]
    Kustomization(kustomization::Args),
    /// Debug a HelmRelease resource.
    #[command(visible_alias = "hr")]
    Helmrelease(helm_release::Args),
}

/// Runs `flux debug …`.
pub async fn run(cmd: Command, global: &Global, out: &Printer) -> anyhow::Result<()> {
    match cmd {
        Command::Kustomization(a) => kustomization::run(a, global, out).await,
        Command::Helmrelease(a) => helm_release::run(a, global, out).await,
    }
}
