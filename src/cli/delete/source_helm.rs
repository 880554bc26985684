//! `flux delete source helm NAME`: the controller's finalizer removes the artifacts first.

use crate::api::source::HelmRepository;
use crate::cli::Global;
use crate::cli::printer::Printer;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Delete a Helm source\n  flux delete source helm podinfo\n\n  # Delete it without asking\n  flux delete source helm podinfo --silent"
)]
pub struct Args {
    /// Name of the HelmRepository.
    pub name: Option<String>,
}

pub async fn run(args: Args, silent: bool, global: &Global, out: &Printer) -> anyhow::Result<()> {
    super::delete_kind::<HelmRepository>(args.name, "source helm", silent, global, out).await
}
