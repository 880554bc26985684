//! `flux uninstall`: remove Flux's components, finalizers, CRDs and namespace, after a confirmation prompt.

use super::Global;
use super::printer::Printer;
use crate::cluster;
use crate::uninstall::{self, UninstallOptions};

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Uninstall Flux components, its custom resources and namespace\n  flux uninstall --namespace=flux-system\n\n  # Uninstall Flux but keep the namespace\n  flux uninstall --namespace=infra --keep-namespace=true"
)]
pub struct Args {
    /// Skip namespace deletion.
    #[arg(long = "keep-namespace")]
    pub keep_namespace: bool,

    /// Only print the objects that would be deleted.
    #[arg(long = "dry-run")]
    pub dry_run: bool,

    /// Delete components without asking for confirmation.
    #[arg(short = 's', long)]
    pub silent: bool,
}

pub async fn run(args: Args, global: &Global, out: &Printer) -> anyhow::Result<()> {
    if !args.dry_run && !args.silent {
        if !out.is_interactive() {
            anyhow::bail!(
                "uninstall needs confirmation: run it in a terminal, or pass --silent to skip the prompt"
            );
        }
        let confirmed = dialoguer::Confirm::new()
            .with_prompt("Are you sure you want to delete Flux and its custom resource definitions")
            .default(false)
            .interact()?;
        if !confirmed {
            anyhow::bail!("aborting");
        }
    }
    let client = cluster::client(&global.cluster()).await?;
    let opts = UninstallOptions {
        namespace: global.namespace.clone(),
        keep_namespace: args.keep_namespace,
        dry_run: args.dry_run,
    };
    uninstall::uninstall(&client, &opts, out).await?;
    Ok(())
}
