//! `flux build`: build resources locally, as the controllers would.

pub mod kustomization;

use super::Global;
use super::printer::Printer;

/// The kinds `flux build` knows.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Build a Kustomization locally: kustomize build, post-build substitution, owner labels, masked secrets.
    #[command(alias = "ks")]
    Kustomization(kustomization::Args),
}

pub async fn run(command: Command, global: &Global, out: &Printer) -> anyhow::Result<()> {
    match command {
        Command::Kustomization(args) => kustomization::run(args, global, out).await,
    }
}
