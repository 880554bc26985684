//! `flux debug kustomization NAME --show-status|--show-vars|--show-history` (alias `ks`).

use kube::api::Api;

use crate::api::kustomize::Kustomization;
use crate::cli::Global;
use crate::cli::printer::Printer;
use crate::objects::{self, debug};

#[derive(Debug, clap::Args)]
#[command(
    long_about = "The debug kustomization command can be used to troubleshoot failing Flux Kustomization reconciliations.\nWARNING: This command will print sensitive information if Kubernetes Secrets are referenced in the Kustomization .spec.postBuild.substituteFrom field.",
    after_help = "Examples:\n  # Print the status of a Flux Kustomization\n  flux debug ks podinfo --show-status\n\n  # Export the final variables used for post-build substitutions composed from referred ConfigMaps and Secrets\n  flux debug ks podinfo --show-vars > vars.env\n\n  # Print the reconciliation history of a Flux Kustomization\n  flux debug ks podinfo --show-history"
)]
pub struct Args {
    /// Name of the Kustomization.
    pub name: String,

    /// Print the status of the Flux Kustomization.
    #[arg(long = "show-status", num_args = 0..=1, default_missing_value = "true", action = clap::ArgAction::Set, default_value_t = false)]
    pub show_status: bool,

    /// Print the final vars of the Flux Kustomization in dot env format.
    #[arg(long = "show-vars", num_args = 0..=1, default_missing_value = "true", action = clap::ArgAction::Set, default_value_t = false)]
    pub show_vars: bool,

    /// Print the reconciliation history of the Flux Kustomization.
    #[arg(long = "show-history", num_args = 0..=1, default_missing_value = "true", action = clap::ArgAction::Set, default_value_t = false)]
    pub show_history: bool,
}

pub async fn run(args: Args, global: &Global, out: &Printer) -> anyhow::Result<()> {
    let chosen = [args.show_status, args.show_vars, args.show_history]
        .iter()
        .filter(|b| **b)
        .count();
    if chosen != 1 {
        anyhow::bail!("either --show-status, --show-vars or --show-history must be set");
    }
    let ns = &global.namespace;
    let client = crate::cluster::client(&global.cluster()).await?;
    let api: Api<Kustomization> = Api::namespaced(client.clone(), ns);
    let ks = objects::get(&api, ns, &args.name).await?;
    let text = if args.show_status {
        debug::status_report(&ks)?
    } else if args.show_history {
        debug::history_report(&ks)?
    } else {
        debug::vars_report(&client, &ks).await?
    };
    out.out(&text);
    Ok(())
}
