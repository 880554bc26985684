//! `flux get sources bucket` (and its part of `flux get sources all` and `flux get all`): one row per
//! Bucket.

use super::{Table, View, list_kind};
use crate::api::source::Bucket;
use crate::cli::Global;
use crate::cli::printer::Printer;
use crate::objects::bucket::row;

/// Flags of `flux get sources bucket`.
#[derive(Debug, Default, clap::Args)]
pub struct Args {
    /// Name of the Bucket (all of them when omitted).
    pub name: Option<String>,
}

/// Lists (and with `--watch` follows) Buckets, or the one named. `all` is `get sources all`/`get all`.
pub async fn run(
    args: Args,
    view: &View,
    global: &Global,
    out: &Printer,
    all: bool,
) -> anyhow::Result<()> {
    let row = |o: &Bucket| row(o).to_vec();
    let table = Table {
        kind: "Bucket",
        header: vec!["NAME", "REVISION", "SUSPENDED", "READY", "MESSAGE"],
        row: &row,
    };
    list_kind(&table, view, global, out, args.name.as_deref(), all).await
}
