//! `flux get artifact generators` (alias `generator`): one row per ArtifactGenerator.

use super::{Table, View, list_kind};
use crate::api::extensions::ArtifactGenerator;
use crate::cli::Global;
use crate::cli::printer::Printer;
use crate::objects::artifact_generator::row;

/// Flags of `flux get artifact generators`.
#[derive(Debug, Default, clap::Args)]
#[command(
    after_help = "Examples:\n  # List all ArtifactGenerators and their status\n  flux get artifact generators\n\n  # List the ArtifactGenerators of every namespace\n  flux get artifact generators --all-namespaces"
)]
pub struct Args {
    /// Name of the ArtifactGenerator (all of them when omitted).
    pub name: Option<String>,
}

/// `flux get artifact` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Get artifact generator statuses.
    #[command(visible_alias = "generator")]
    Generators(Args),
}

/// Lists (and with `--watch` follows) ArtifactGenerators, or the one named.
pub async fn run(cmd: Command, view: &View, global: &Global, out: &Printer) -> anyhow::Result<()> {
    let Command::Generators(args) = cmd;
    let row = |o: &ArtifactGenerator| row(o).to_vec();
    let table = Table {
        kind: "ArtifactGenerator",
        header: vec!["NAME", "SUSPENDED", "READY", "MESSAGE"],
        row: &row,
    };
    list_kind(&table, view, global, out, args.name.as_deref(), false).await
}
