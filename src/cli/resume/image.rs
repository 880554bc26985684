//! `flux resume image repository|policy|update NAME… | --all`: unsuspend, then wait for the next reconcile.

use kube::api::Api;

use super::{Flags, resume_kind};
use crate::api::image::{ImagePolicy, ImageRepository, ImageUpdateAutomation};
use crate::cli::Global;
use crate::cli::printer::Printer;
use crate::cli::suspend::Selection;
use crate::objects::image;

/// `flux resume image` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Resume an ImagePolicy.
    #[command(
        after_help = "Examples:\n  # Resume a suspended image policy called 'alpine'\n  flux resume image policy alpine"
    )]
    Policy(Args),
    /// Resume a suspended ImageRepository.
    #[command(
        after_help = "Examples:\n  # Resume reconciliation for an existing ImageRepository\n  flux resume image repository alpine\n\n  # Resume reconciliation for multiple ImageRepositories\n  flux resume image repository alpine-1 alpine-2"
    )]
    Repository(Args),
    /// Resume a suspended ImageUpdateAutomation.
    #[command(
        after_help = "Examples:\n  # Resume reconciliation for an existing ImageUpdateAutomation\n  flux resume image update latest-images\n\n  # Resume reconciliation for multiple ImageUpdateAutomations\n  flux resume image update latest-images-1 latest-images-2"
    )]
    Update(Args),
}

/// Flags of `flux resume image repository|policy|update`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Names of the objects.
    pub names: Vec<String>,

    #[command(flatten)]
    pub flags: Flags,
}

/// Runs `flux resume image …`.
pub async fn run(cmd: Command, global: &Global, out: &Printer) -> anyhow::Result<()> {
    let ns = &global.namespace;
    match cmd {
        Command::Repository(a) => {
            let human = "image repository";
            let selection = Selection::new(a.names, a.flags.all, human)?;
            let client = crate::cluster::client(&global.cluster()).await?;
            let api: Api<ImageRepository> = Api::namespaced(client, ns);
            let success = image::repository_success_message;
            resume_kind(&api, &selection, a.flags.wait, human, global, success, out).await
        }
        Command::Policy(a) => {
            let human = "image policy";
            let selection = Selection::new(a.names, a.flags.all, human)?;
            let client = crate::cluster::client(&global.cluster()).await?;
            let api: Api<ImagePolicy> = Api::namespaced(client, ns);
            let success = image::policy_success_message;
            resume_kind(&api, &selection, a.flags.wait, human, global, success, out).await
        }
        Command::Update(a) => {
            let human = "image update automation";
            let selection = Selection::new(a.names, a.flags.all, human)?;
            let client = crate::cluster::client(&global.cluster()).await?;
            let api: Api<ImageUpdateAutomation> = Api::namespaced(client, ns);
            let success = image::update_success_message;
            resume_kind(&api, &selection, a.flags.wait, human, global, success, out).await
        }
    }
}
