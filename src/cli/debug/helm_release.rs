//! `flux debug helmrelease NAME --show-status|--show-values|--show-history` (alias `hr`).

use kube::api::Api;

use crate::api::helm::HelmRelease;
use crate::cli::Global;
use crate::cli::printer::Printer;
use crate::objects::{self, debug};

#[derive(Debug, clap::Args)]
#[command(
    long_about = "The debug helmrelease command can be used to troubleshoot failing Helm release reconciliations.\nWARNING: This command will print sensitive information if Kubernetes Secrets are referenced in the HelmRelease .spec.valuesFrom field.",
    after_help = "Examples:\n  # Print the status of a Helm release\n  flux debug hr podinfo --show-status\n\n  # Export the final values of a Helm release composed from referred ConfigMaps and Secrets\n  flux debug hr podinfo --show-values > values.yaml\n\n  # Print the reconciliation history of a Helm release\n  flux debug hr podinfo --show-history"
)]
pub struct Args {
    /// Name of the HelmRelease.
    pub name: String,

    /// Print the status of the Helm release.
    #[arg(long = "show-status", num_args = 0..=1, default_missing_value = "true", action = clap::ArgAction::Set, default_value_t = false)]
    pub show_status: bool,

    /// Print the final values of the Helm release.
    #[arg(long = "show-values", num_args = 0..=1, default_missing_value = "true", action = clap::ArgAction::Set, default_value_t = false)]
    pub show_values: bool,

    /// Print the reconciliation history of the Helm release.
    #[arg(long = "show-history", num_args = 0..=1, default_missing_value = "true", action = clap::ArgAction::Set, default_value_t = false)]
    pub show_history: bool,
}

pub async fn run(args: Args, global: &Global, out: &Printer) -> anyhow::Result<()> {
    let chosen = [args.show_status, args.show_values, args.show_history]
        .iter()
        .filter(|b| **b)
        .count();
    if chosen != 1 {
        anyhow::bail!("exactly one of --show-status, --show-values, or --show-history must be set");
    }
    let ns = &global.namespace;
    let client = crate::cluster::client(&global.cluster()).await?;
    let api: Api<HelmRelease> = Api::namespaced(client.clone(), ns);
    let hr = objects::get(&api, ns, &args.name).await?;
    let text = if args.show_status {
        debug::helm_release_status_report(&hr)?
    } else if args.show_history {
        debug::helm_release_history_report(&hr)?
    } else {
        debug::helm_release_values_report(&client, &hr).await?
    };
    out.out(&text);
    Ok(())
}
