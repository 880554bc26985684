//! `flux suspend image repository|policy|update NAME… | --all`.

use kube::api::Api;

use super::{Selection, suspend_kind};
use crate::api::image::{ImagePolicy, ImageRepository, ImageUpdateAutomation};
use crate::cli::Global;
use crate::cli::printer::Printer;

/// `flux suspend image` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Suspend an ImagePolicy.
    Policy(Args),
    /// Suspend reconciliation of an ImageRepository.
    #[command(
        after_help = "Examples:\n  # Suspend reconciliation for an existing ImageRepository\n  flux suspend image repository alpine\n\n  # Suspend reconciliation for multiple ImageRepositories\n  flux suspend image repository alpine-1 alpine-2"
    )]
    Repository(Args),
    /// Suspend reconciliation of an ImageUpdateAutomation.
    #[command(
        after_help = "Examples:\n  # Suspend reconciliation for an existing ImageUpdateAutomation\n  flux suspend image update latest-images\n\n  # Suspend reconciliation for multiple ImageUpdateAutomations\n  flux suspend image update latest-images-1 latest-images-2"
    )]
    Update(Args),
}

/// Flags of `flux suspend image repository|policy|update`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Names of the objects.
    pub names: Vec<String>,

    /// Suspend all resources in that namespace.
    #[arg(long)]
    pub all: bool,
}

/// Runs `flux suspend image …`.
pub async fn run(cmd: Command, global: &Global, out: &Printer) -> anyhow::Result<()> {
    let ns = &global.namespace;
    match cmd {
        Command::Repository(a) => {
            let human = "image repository";
            let selection = Selection::new(a.names, a.all, human)?;
            let client = crate::cluster::client(&global.cluster()).await?;
            let api: Api<ImageRepository> = Api::namespaced(client, ns);
            suspend_kind(&api, &selection, human, ns, out).await
        }
        Command::Policy(a) => {
            let human = "image policy";
            let selection = Selection::new(a.names, a.all, human)?;
            let client = crate::cluster::client(&global.cluster()).await?;
            let api: Api<ImagePolicy> = Api::namespaced(client, ns);
            suspend_kind(&api, &selection, human, ns, out).await
        }
        Command::Update(a) => {
            let human = "image update automation";
            let selection = Selection::new(a.names, a.all, human)?;
            let client = crate::cluster::client(&global.cluster()).await?;
            let api: Api<ImageUpdateAutomation> = Api::namespaced(client, ns);
            suspend_kind(&api, &selection, human, ns, out).await
        }
    }
}
