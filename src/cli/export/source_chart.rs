//! `flux export source chart [NAME | --all]`.

use kube::api::Api;

use crate::api::source::HelmChart;
use crate::cli::Global;
use crate::cli::printer::Printer;
use crate::objects::helm_chart;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Export all HelmChart sources\n  flux export source chart --all > sources.yaml\n\n  # Export one HelmChart source\n  flux export source chart podinfo > source.yaml"
)]
pub struct Args {
    /// Name of the HelmChart.
    pub name: Option<String>,
}

pub async fn run(args: Args, all: bool, global: &Global, out: &Printer) -> anyhow::Result<()> {
    let ns = &global.namespace;
    let client = crate::cluster::client(&global.cluster()).await?;
    let api: Api<HelmChart> = Api::namespaced(client, ns);
    let items = super::select(&api, ns, args.name.as_deref(), all).await?;
    super::print(&items, helm_chart::export_value, out)
}
