//! `flux stats [-A]`: reconcilers per Flux kind, running, failing and suspended, and their artifact storage.

use super::Global;
use super::get::render_table;
use super::printer::Printer;
use crate::objects::stats;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Print the stats report for a namespace\n  flux stats --namespace default\n\n  # Print the stats report for the whole cluster\n  flux stats -A"
)]
pub struct Args {
    /// List the statistics for objects across all namespaces.
    #[arg(short = 'A', long = "all-namespaces")]
    pub all_namespaces: bool,
}

pub async fn run(args: Args, global: &Global, out: &Printer) -> anyhow::Result<()> {
    let client = crate::cluster::client(&global.cluster()).await?;
    let ns = (!args.all_namespaces).then_some(global.namespace.as_str());
    let rows: Vec<Vec<String>> = stats::collect(&client, ns)
        .await
        .iter()
        .map(stats::KindStats::row)
        .collect();
    out.out(&render_table(&stats::HEADER, &rows, true));
    Ok(())
}
