//! `flux tree artifact generator NAME [-o json|yaml]`: the ExternalArtifacts an ArtifactGenerator manages.

use kube::api::Api;

use crate::api::extensions::ArtifactGenerator;
use crate::cli::Global;
use crate::cli::printer::Printer;
use crate::objects::{self, artifact_generator};

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Print the ExternalArtifacts managed by an ArtifactGenerator\n  flux tree artifact generator my-generator\n\n  # The same as YAML\n  flux tree artifact generator my-generator -o yaml"
)]
pub struct Args {
    /// Name of the ArtifactGenerator.
    pub name: Option<String>,

    /// The format in which the tree should be printed. can be 'json' or 'yaml'.
    #[arg(short = 'o', long, default_value = "")]
    pub output: String,
}

/// `flux tree artifact` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Print the inventory of an ArtifactGenerator.
    Generator(Args),
}

pub async fn run(cmd: Command, global: &Global, out: &Printer) -> anyhow::Result<()> {
    let Command::Generator(args) = cmd;
    let name = args
        .name
        .ok_or_else(|| anyhow::anyhow!("generator name is required"))?;
    let ns = &global.namespace;
    let client = crate::cluster::client(&global.cluster()).await?;
    let api: Api<ArtifactGenerator> = Api::namespaced(client, ns);
    let ag = objects::get(&api, ns, &name).await?;
    let t = artifact_generator::tree(&ag);
    super::print(&t, &args.output, out)
}
