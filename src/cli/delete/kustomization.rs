//! `flux delete kustomization NAME` (alias `ks`): the controller's finalizer prunes the applied objects first
//! when `prune` is enabled.

use crate::api::kustomize::Kustomization;
use crate::cli::Global;
use crate::cli::printer::Printer;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Delete a kustomization and the Kubernetes resources created by it when prune is enabled\n  flux delete kustomization podinfo\n\n  # Delete it without asking for confirmation\n  flux delete kustomization podinfo --silent"
)]
pub struct Args {
    /// Name of the Kustomization.
    pub name: Option<String>,
}

pub async fn run(args: Args, silent: bool, global: &Global, out: &Printer) -> anyhow::Result<()> {
    super::delete_kind::<Kustomization>(args.name, "kustomization", silent, global, out).await
}
