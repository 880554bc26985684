//! `flux build`: build resources locally, as the controllers would.

pub mod kustomization;

use super::Global;
use super::printer::Printer;

/// The kinds `flux build` knows.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Build an artifact tarball from a directory, as `flux push artifact` would push it.
    Artifact(super::artifact::build::Args),
    /// Build a Kustomization locally: kustomize build, post-build substitution, owner labels, masked secrets.
    #[command(alias = "ks")]
    Kustomization(kustomization::Args),
}

pub async fn run(command: Command, global: &Global, out: &Printer) -> anyhow::Result<()> {
    match command {
        Command::Artifact(args) => super::artifact::build::run(args, global, out).await,
        Command::Kustomization(args) => kustomization::run(args, global, out).await,
    }
}
