//! `flux check`: prerequisites, and with a cluster running Flux, controllers and CRDs.

use super::Global;
use super::printer::Printer;
use crate::check::{self, CheckOptions};
use crate::cluster;
use crate::install;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Run pre-installation checks\n  flux check --pre\n\n  # Run installation checks\n  flux check"
)]
pub struct Args {
    /// Only run pre-installation checks.
    #[arg(long)]
    pub pre: bool,

    /// List of components to check.
    #[arg(long, value_delimiter = ',', default_values_t = install::DEFAULT_COMPONENTS.iter().map(|s| s.to_string()))]
    pub components: Vec<String>,

    /// List of components in addition to those supplied or defaulted, accepts comma-separated values.
    #[arg(long = "components-extra", value_delimiter = ',')]
    pub components_extra: Vec<String>,

    /// How often the health checker should poll the cluster for the latest state of the resources.
    #[arg(long = "poll-interval", default_value = "5s", value_parser = super::parse_duration)]
    pub poll_interval: std::time::Duration,
}

pub async fn run(args: Args, global: &Global, out: &Printer) -> anyhow::Result<()> {
    let client = cluster::client(&global.cluster()).await?;
    let mut components = args.components;
    for c in args.components_extra {
        if !components.contains(&c) {
            components.push(c);
        }
    }
    let opts = CheckOptions {
        namespace: global.namespace.clone(),
        components,
        pre: args.pre,
        timeout: global.timeout,
        poll_interval: args.poll_interval,
    };
    check::check(&client, &opts, out).await?;
    Ok(())
}
