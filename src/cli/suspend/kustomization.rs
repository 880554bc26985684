//! `flux suspend kustomization NAME… | --all` (alias `ks`).

use kube::api::Api;

use super::{Selection, suspend_kind};
use crate::api::kustomize::Kustomization;
use crate::cli::Global;
use crate::cli::printer::Printer;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Suspend reconciliation for an existing Kustomization\n  flux suspend ks podinfo\n\n  # Suspend reconciliation for multiple Kustomizations\n  flux suspend ks podinfo-1 podinfo-2"
)]
pub struct Args {
    /// Names of the Kustomizations.
    pub names: Vec<String>,

    /// Suspend all resources in that namespace.
    #[arg(long)]
    pub all: bool,
}

pub async fn run(args: Args, global: &Global, out: &Printer) -> anyhow::Result<()> {
    let selection = Selection::new(args.names, args.all, "kustomization")?;
    let ns = &global.namespace;
    let client = crate::cluster::client(&global.cluster()).await?;
    let api: Api<Kustomization> = Api::namespaced(client, ns);
    suspend_kind(&api, &selection, "kustomization", ns, out).await
}
