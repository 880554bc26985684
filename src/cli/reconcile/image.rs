//! `flux reconcile image repository|policy|update NAME`: annotate the object, wait for the controller to handle
//! the request, report the scan, the selected ref or the automation run.

use kube::api::Api;

use crate::api::image::{ImagePolicy, ImageRepository, ImageUpdateAutomation};
use crate::cli::Global;
use crate::cli::printer::Printer;
use crate::objects::image;
use crate::progress::Progress;

/// `flux reconcile image` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Reconcile an ImagePolicy.
    #[command(
        after_help = "Examples:\n  # Trigger a reconciliation for an existing image policy called 'alpine'\n  flux reconcile image policy alpine"
    )]
    Policy(Args),
    /// Reconcile an ImageRepository.
    #[command(
        after_help = "Examples:\n  # Trigger an scan for an existing image repository\n  flux reconcile image repository alpine"
    )]
    Repository(Args),
    /// Reconcile an ImageUpdateAutomation.
    #[command(
        after_help = "Examples:\n  # Trigger an automation run for an existing image update automation\n  flux reconcile image update latest-images"
    )]
    Update(Args),
}

/// Flags of `flux reconcile image repository|policy|update`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Name of the object.
    pub name: Option<String>,
}

/// Runs `flux reconcile image …`.
pub async fn run(cmd: Command, global: &Global, out: &Printer) -> anyhow::Result<()> {
    let ns = &global.namespace;
    let message = match cmd {
        Command::Repository(a) => {
            let name = required(a.name, "ImageRepository")?;
            let client = crate::cluster::client(&global.cluster()).await?;
            let api: Api<ImageRepository> = Api::namespaced(client, ns);
            let ready = super::reconcile_kind(&api, ns, &name, global.timeout, out).await?;
            image::repository_success_message(&ready)
        }
        Command::Policy(a) => {
            let name = required(a.name, "ImagePolicy")?;
            let client = crate::cluster::client(&global.cluster()).await?;
            let api: Api<ImagePolicy> = Api::namespaced(client, ns);
            let ready = super::reconcile_kind(&api, ns, &name, global.timeout, out).await?;
            image::policy_success_message(&ready)
        }
        Command::Update(a) => {
            let name = required(a.name, "ImageUpdateAutomation")?;
            let client = crate::cluster::client(&global.cluster()).await?;
            let api: Api<ImageUpdateAutomation> = Api::namespaced(client, ns);
            let ready = super::reconcile_kind(&api, ns, &name, global.timeout, out).await?;
            image::update_success_message(&ready)
        }
    };
    out.success(&message);
    Ok(())
}

fn required(name: Option<String>, kind: &str) -> anyhow::Result<String> {
    name.ok_or_else(|| anyhow::anyhow!("{kind} name is required"))
}
