//! `flux get sources external` (and its part of `flux get sources all` and `flux get all`): one row per
//! ExternalArtifact.

use super::{Table, View, list_kind};
use crate::api::source::ExternalArtifact;
use crate::cli::Global;
use crate::cli::printer::Printer;
use crate::objects::external_artifact::row;

/// Flags of `flux get sources external`.
#[derive(Debug, Default, clap::Args)]
#[command(
    after_help = "Examples:\n  # List all ExternalArtifacts and their status\n  flux get sources external\n\n  # List ExternalArtifacts from all namespaces\n  flux get sources external --all-namespaces"
)]
pub struct Args {
    /// Name of the ExternalArtifact (all of them when omitted).
    pub name: Option<String>,
}

/// Lists (and with `--watch` follows) ExternalArtifacts, or the one named. `all` is `get sources all`/`get all`.
pub async fn run(
    args: Args,
    view: &View,
    global: &Global,
    out: &Printer,
    all: bool,
) -> anyhow::Result<()> {
    let row = |o: &ExternalArtifact| row(o).to_vec();
    let table = Table {
        kind: "ExternalArtifact",
        header: vec!["NAME", "REVISION", "SOURCE", "READY", "MESSAGE"],
        row: &row,
    };
    list_kind(&table, view, global, out, args.name.as_deref(), all).await
}
