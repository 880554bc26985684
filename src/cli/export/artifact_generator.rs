//! `flux export artifact generator [NAME | --all]`.

use kube::api::Api;

use crate::api::extensions::ArtifactGenerator;
use crate::cli::Global;
use crate::cli::printer::Printer;
use crate::objects::artifact_generator::export_value;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Export all ArtifactGenerator resources\n  flux export artifact generator --all > artifact-generators.yaml\n\n  # Export a specific generator\n  flux export artifact generator my-generator > my-generator.yaml"
)]
pub struct Args {
    /// Name of the ArtifactGenerator.
    pub name: Option<String>,
}

/// `flux export artifact` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Export ArtifactGenerator resources in YAML format.
    Generator(Args),
}

pub async fn run(cmd: Command, all: bool, global: &Global, out: &Printer) -> anyhow::Result<()> {
    let Command::Generator(args) = cmd;
    let ns = &global.namespace;
    let client = crate::cluster::client(&global.cluster()).await?;
    let api: Api<ArtifactGenerator> = Api::namespaced(client, ns);
    let items = super::select(&api, ns, args.name.as_deref(), all).await?;
    super::print(&items, export_value, out)
}
