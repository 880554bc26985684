//! `flux delete source oci NAME`: the controller's finalizer removes the artifacts first.

use crate::api::source::OCIRepository;
use crate::cli::Global;
use crate::cli::printer::Printer;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Delete an OCI source\n  flux delete source oci podinfo\n\n  # Delete it without asking\n  flux delete source oci podinfo --silent"
)]
pub struct Args {
    /// Name of the OCIRepository.
    pub name: Option<String>,
}

pub async fn run(args: Args, silent: bool, global: &Global, out: &Printer) -> anyhow::Result<()> {
    super::delete_kind::<OCIRepository>(args.name, "source oci", silent, global, out).await
}
