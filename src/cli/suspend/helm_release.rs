//! `flux suspend helmrelease NAME… | --all` (alias `hr`).

use kube::api::Api;

use super::{Selection, suspend_kind};
use crate::api::helm::HelmRelease;
use crate::cli::Global;
use crate::cli::printer::Printer;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Suspend reconciliation for an existing Helm release\n  flux suspend hr podinfo\n\n  # Suspend reconciliation for multiple Helm releases\n  flux suspend hr podinfo-1 podinfo-2"
)]
pub struct Args {
    /// Names of the HelmReleases.
    pub names: Vec<String>,

    /// Suspend all resources in that namespace.
    #[arg(long)]
    pub all: bool,
}

pub async fn run(args: Args, global: &Global, out: &Printer) -> anyhow::Result<()> {
    let selection = Selection::new(args.names, args.all, "helmrelease")?;
    let ns = &global.namespace;
    let client = crate::cluster::client(&global.cluster()).await?;
    let api: Api<HelmRelease> = Api::namespaced(client, ns);
    suspend_kind(&api, &selection, "helmrelease", ns, out).await
}
