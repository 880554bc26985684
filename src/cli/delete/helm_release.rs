//! `flux delete helmrelease NAME` (alias `hr`): the controller's finalizer uninstalls the Helm release first.

use crate::api::helm::HelmRelease;
use crate::cli::Global;
use crate::cli::printer::Printer;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Delete a Helm release and the Kubernetes resources created by it\n  flux delete hr podinfo\n\n  # Delete it without asking for confirmation\n  flux delete hr podinfo --silent"
)]
pub struct Args {
    /// Name of the HelmRelease.
    pub name: Option<String>,
}

pub async fn run(args: Args, silent: bool, global: &Global, out: &Printer) -> anyhow::Result<()> {
    super::delete_kind::<HelmRelease>(args.name, "helmrelease", silent, global, out).await
}
