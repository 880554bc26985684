//! `flux delete source chart NAME`: the controller's finalizer removes the artifacts first.

use crate::api::source::HelmChart;
use crate::cli::Global;
use crate::cli::printer::Printer;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Delete a chart source\n  flux delete source chart podinfo\n\n  # Delete it without asking\n  flux delete source chart podinfo --silent"
)]
pub struct Args {
    /// Name of the HelmChart.
    pub name: Option<String>,
}

pub async fn run(args: Args, silent: bool, global: &Global, out: &Printer) -> anyhow::Result<()> {
    super::delete_kind::<HelmChart>(args.name, "source chart", silent, global, out).await
}
