//! `flux tree kustomization NAME [--compact] [-o json|yaml]` (alias `ks`).

use kube::api::Api;

use crate::api::kustomize::Kustomization;
use crate::cli::Global;
use crate::cli::printer::Printer;
use crate::objects::{self, tree};

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Print the resources managed by the root Kustomization\n  flux tree kustomization flux-system\n\n  # Print the Flux resources managed by the root Kustomization\n  flux tree kustomization flux-system --compact"
)]
pub struct Args {
    /// Name of the Kustomization.
    pub name: Option<String>,

    /// List Flux resources only.
    #[arg(long)]
    pub compact: bool,

    /// The format in which the tree should be printed. can be 'json' or 'yaml'.
    #[arg(short = 'o', long, default_value = "")]
    pub output: String,
}

pub async fn run(args: Args, global: &Global, out: &Printer) -> anyhow::Result<()> {
    let name = args
        .name
        .ok_or_else(|| anyhow::anyhow!("kustomization name is required"))?;
    let ns = &global.namespace;
    let client = crate::cluster::client(&global.cluster()).await?;
    let api: Api<Kustomization> = Api::namespaced(client.clone(), ns);
    let ks = objects::get(&api, ns, &name).await?;
    let t = tree::kustomization_tree(&client, &ks, args.compact).await?;
    super::print(&t, &args.output, out)
}
