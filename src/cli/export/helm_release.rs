//! `flux export helmrelease [NAME | --all]` (alias `hr`).

use kube::api::Api;

use crate::api::helm::HelmRelease;
use crate::cli::Global;
use crate::cli::printer::Printer;
use crate::objects::helm_release::export_value;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Export all HelmRelease resources\n  flux export helmrelease --all > kustomizations.yaml\n\n  # Export a HelmRelease\n  flux export hr my-app > app-release.yaml"
)]
pub struct Args {
    /// Name of the HelmRelease.
    pub name: Option<String>,
}

pub async fn run(args: Args, all: bool, global: &Global, out: &Printer) -> anyhow::Result<()> {
    let ns = &global.namespace;
    let client = crate::cluster::client(&global.cluster()).await?;
    let api: Api<HelmRelease> = Api::namespaced(client, ns);
    let items = super::select(&api, ns, args.name.as_deref(), all).await?;
    super::print(&items, export_value, out)
}
