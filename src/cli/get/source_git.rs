//! `flux get sources git` (and the Git part of `flux get sources all` and `flux get all`): one row per
//! GitRepository.

use super::{Table, View, list_kind};
use crate::api::source::GitRepository;
use crate::cli::Global;
use crate::cli::printer::Printer;
use crate::objects::git_repository::row;

/// Lists (and with `--watch` follows) GitRepositories. `all` is `get sources all`/`get all`.
pub async fn run(view: &View, global: &Global, out: &Printer, all: bool) -> anyhow::Result<()> {
    let row = |o: &GitRepository| row(o).to_vec();
    let table = Table {
        kind: "GitRepository",
        header: vec!["NAME", "REVISION", "SUSPENDED", "READY", "MESSAGE"],
        row: &row,
    };
    list_kind(&table, view, global, out, None, all).await
}
