//! `flux export kustomization [NAME | --all]` (alias `ks`).

use kube::api::Api;

use crate::api::kustomize::Kustomization;
use crate::cli::Global;
use crate::cli::printer::Printer;
use crate::objects::kustomization::export_value;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Export all Kustomization resources\n  flux export kustomization --all > kustomizations.yaml\n\n  # Export a Kustomization\n  flux export kustomization my-app > kustomization.yaml"
)]
pub struct Args {
    /// Name of the Kustomization.
    pub name: Option<String>,
}

pub async fn run(args: Args, all: bool, global: &Global, out: &Printer) -> anyhow::Result<()> {
    let ns = &global.namespace;
    let client = crate::cluster::client(&global.cluster()).await?;
    let api: Api<Kustomization> = Api::namespaced(client, ns);
    let items = super::select(&api, ns, args.name.as_deref(), all).await?;
    super::print(&items, export_value, out)
}
