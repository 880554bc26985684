//! `flux resume source chart NAME… | --all`.

use kube::api::Api;

use super::{Flags, resume_kind};
use crate::api::source::HelmChart;
use crate::cli::Global;
use crate::cli::printer::Printer;
use crate::cli::suspend::Selection;
use crate::objects::helm_chart;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Resume reconciliation for an existing source\n  flux resume source chart podinfo\n\n  # Resume every HelmChart in a namespace without waiting\n  flux resume source chart --all -n apps --wait=false"
)]
pub struct Args {
    /// Names of the HelmCharts.
    pub names: Vec<String>,

    #[command(flatten)]
    pub flags: Flags,
}

pub async fn run(args: Args, global: &Global, out: &Printer) -> anyhow::Result<()> {
    let selection = Selection::new(args.names, args.flags.all, "source chart")?;
    let ns = &global.namespace;
    let client = crate::cluster::client(&global.cluster()).await?;
    let api: Api<HelmChart> = Api::namespaced(client, ns);
    resume_kind(
        &api,
        &selection,
        args.flags.wait,
        "source chart",
        global,
        helm_chart::success_message,
        out,
    )
    .await
}
