//! `flux get kustomizations [NAME]` (and the Kustomization part of `flux get all`): one row per Kustomization.

use super::{Table, View, list_kind};
use crate::api::kustomize::Kustomization;
use crate::cli::Global;
use crate::cli::printer::Printer;
use crate::objects::kustomization;

#[derive(Debug, Default, clap::Args)]
#[command(
    after_help = "Examples:\n  # List all kustomizations and their status\n  flux get kustomizations\n\n  # List all kustomizations with source information\n  flux get kustomizations --show-source"
)]
pub struct Args {
    /// Name of the Kustomization (all of them when omitted).
    pub name: Option<String>,

    /// Show the source reference for each kustomization.
    #[arg(long = "show-source")]
    pub show_source: bool,
}

/// Lists (and with `--watch` follows) Kustomizations. `all` is `get all`.
pub async fn run(
    args: Args,
    view: &View,
    global: &Global,
    out: &Printer,
    all: bool,
) -> anyhow::Result<()> {
    let show_source = args.show_source;
    let row = move |o: &Kustomization| {
        let mut r = kustomization::row(o).to_vec();
        if show_source {
            r.insert(1, kustomization::source_text(o));
        }
        r
    };
    let mut header = vec!["NAME", "REVISION", "SUSPENDED", "READY", "MESSAGE"];
    if show_source {
        header.insert(1, "SOURCE");
    }
    let table = Table {
        kind: "Kustomization",
        header,
        row: &row,
    };
    list_kind(&table, view, global, out, args.name.as_deref(), all).await
}
