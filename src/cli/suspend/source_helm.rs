//! `flux suspend source helm NAME… | --all`.

use kube::api::Api;

use super::{Selection, suspend_kind};
use crate::api::source::HelmRepository;
use crate::cli::Global;
use crate::cli::printer::Printer;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Suspend reconciliation for an existing source\n  flux suspend source helm podinfo\n\n  # Suspend every HelmRepository in a namespace\n  flux suspend source helm --all -n apps"
)]
pub struct Args {
    /// Names of the HelmRepositories.
    pub names: Vec<String>,

    /// Suspend all resources in that namespace.
    #[arg(long)]
    pub all: bool,
}

pub async fn run(args: Args, global: &Global, out: &Printer) -> anyhow::Result<()> {
    let selection = Selection::new(args.names, args.all, "source helm")?;
    let ns = &global.namespace;
    let client = crate::cluster::client(&global.cluster()).await?;
    let api: Api<HelmRepository> = Api::namespaced(client, ns);
    suspend_kind(&api, &selection, "source helm", ns, out).await
}
