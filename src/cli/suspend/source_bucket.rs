//! `flux suspend source bucket NAME… | --all`.

use kube::api::Api;

use super::{Selection, suspend_kind};
use crate::api::source::Bucket;
use crate::cli::Global;
use crate::cli::printer::Printer;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Suspend reconciliation for an existing source\n  flux suspend source bucket podinfo\n\n  # Suspend every Bucket in a namespace\n  flux suspend source bucket --all -n apps"
)]
pub struct Args {
    /// Names of the Buckets.
    pub names: Vec<String>,

    /// Suspend all resources in that namespace.
    #[arg(long)]
    pub all: bool,
}

pub async fn run(args: Args, global: &Global, out: &Printer) -> anyhow::Result<()> {
    let selection = Selection::new(args.names, args.all, "source bucket")?;
    let ns = &global.namespace;
    let client = crate::cluster::client(&global.cluster()).await?;
    let api: Api<Bucket> = Api::namespaced(client, ns);
    suspend_kind(&api, &selection, "source bucket", ns, out).await
}
