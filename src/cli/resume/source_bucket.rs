//! `flux resume source bucket NAME… | --all`.

use kube::api::Api;

use super::{Flags, resume_kind};
use crate::api::source::Bucket;
use crate::cli::Global;
use crate::cli::printer::Printer;
use crate::cli::suspend::Selection;
use crate::objects::bucket;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Resume reconciliation for an existing source\n  flux resume source bucket podinfo\n\n  # Resume every Bucket in a namespace without waiting\n  flux resume source bucket --all -n apps --wait=false"
)]
pub struct Args {
    /// Names of the Buckets.
    pub names: Vec<String>,

    #[command(flatten)]
    pub flags: Flags,
}

pub async fn run(args: Args, global: &Global, out: &Printer) -> anyhow::Result<()> {
    let selection = Selection::new(args.names, args.flags.all, "source bucket")?;
    let ns = &global.namespace;
    let client = crate::cluster::client(&global.cluster()).await?;
    let api: Api<Bucket> = Api::namespaced(client, ns);
    resume_kind(
        &api,
        &selection,
        args.flags.wait,
        "source bucket",
        global,
        bucket::success_message,
        out,
    )
    .await
}
