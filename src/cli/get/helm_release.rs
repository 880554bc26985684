//! `flux get helmreleases [NAME]` (aliases `hr`, `helmrelease`; and the HelmRelease part of `flux get all`): one
//! row per HelmRelease.

use super::{Table, View, list_kind};
use crate::api::helm::HelmRelease;
use crate::cli::Global;
use crate::cli::printer::Printer;
use crate::objects::helm_release;

#[derive(Debug, Default, clap::Args)]
#[command(
    after_help = "Examples:\n  # List all Helm releases and their status\n  flux get helmreleases\n\n  # List all Helm releases with source information\n  flux get helmreleases --show-source"
)]
pub struct Args {
    /// Name of the HelmRelease (all of them when omitted).
    pub name: Option<String>,

    /// Show the source reference for each helmrelease.
    #[arg(long = "show-source")]
    pub show_source: bool,
}

/// Lists (and with `--watch` follows) HelmReleases. `all` is `get all`.
pub async fn run(
    args: Args,
    view: &View,
    global: &Global,
    out: &Printer,
    all: bool,
) -> anyhow::Result<()> {
    let show_source = args.show_source;
    let row = move |o: &HelmRelease| {
        let mut r = helm_release::row(o).to_vec();
        if show_source {
            r.insert(1, helm_release::source_text(o));
        }
        r
    };
    let mut header = vec!["NAME", "REVISION", "SUSPENDED", "READY", "MESSAGE"];
    if show_source {
        header.insert(1, "SOURCE");
    }
    let table = Table {
        kind: "HelmRelease",
        header,
        row: &row,
    };
    list_kind(&table, view, global, out, args.name.as_deref(), all).await
}
