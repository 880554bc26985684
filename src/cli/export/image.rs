//! `flux export image repository|policy|update [NAME | --all]`: image automation objects as clean YAML.

use kube::api::Api;

use crate::api::image::{ImagePolicy, ImageRepository, ImageUpdateAutomation};
use crate::cli::Global;
use crate::cli::printer::Printer;
use crate::objects::image;

/// `flux export image` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Export ImagePolicy resources in YAML format.
    #[command(
        after_help = "Examples:\n  # Export all ImagePolicy resources\n  flux export image policy --all > image-policies.yaml\n\n  # Export a specific policy\n  flux export image policy alpine1x > alpine1x.yaml"
    )]
    Policy(Args),
    /// Export ImageRepository resources in YAML format.
    #[command(
        after_help = "Examples:\n  # Export all ImageRepository resources\n  flux export image repository --all > image-repositories.yaml\n\n  # Export a specific ImageRepository resource\n  flux export image repository alpine > alpine.yaml"
    )]
    Repository(Args),
    /// Export ImageUpdateAutomation resources in YAML format.
    #[command(
        after_help = "Examples:\n  # Export all ImageUpdateAutomation resources\n  flux export image update --all > updates.yaml\n\n  # Export a specific automation\n  flux export image update latest-images > latest.yaml"
    )]
    Update(Args),
}

/// Flags of `flux export image repository|policy|update`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Name of the object.
    pub name: Option<String>,
}

/// Runs `flux export image …`.
pub async fn run(cmd: Command, all: bool, global: &Global, out: &Printer) -> anyhow::Result<()> {
    let ns = &global.namespace;
    let named = match &cmd {
        Command::Repository(a) | Command::Policy(a) | Command::Update(a) => a.name.is_some(),
    };
    if !all && !named {
        anyhow::bail!("name is required");
    }
    let client = crate::cluster::client(&global.cluster()).await?;
    match cmd {
        Command::Repository(a) => {
            let api: Api<ImageRepository> = Api::namespaced(client, ns);
            let items = super::select(&api, ns, a.name.as_deref(), all).await?;
            super::print(&items, image::repository_export_value, out)
        }
        Command::Policy(a) => {
            let api: Api<ImagePolicy> = Api::namespaced(client, ns);
            let items = super::select(&api, ns, a.name.as_deref(), all).await?;
            super::print(&items, image::policy_export_value, out)
        }
        Command::Update(a) => {
            let api: Api<ImageUpdateAutomation> = Api::namespaced(client, ns);
            let items = super::select(&api, ns, a.name.as_deref(), all).await?;
            super::print(&items, image::update_export_value, out)
        }
    }
}
