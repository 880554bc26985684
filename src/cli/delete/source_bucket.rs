//! `flux delete source bucket NAME`: the controller's finalizer removes the artifacts first.

use crate::api::source::Bucket;
use crate::cli::Global;
use crate::cli::printer::Printer;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Delete a Bucket source\n  flux delete source bucket podinfo\n\n  # Delete it without asking\n  flux delete source bucket podinfo --silent"
)]
pub struct Args {
    /// Name of the Bucket.
    pub name: Option<String>,
}

pub async fn run(args: Args, silent: bool, global: &Global, out: &Printer) -> anyhow::Result<()> {
    super::delete_kind::<Bucket>(args.name, "source bucket", silent, global, out).await
}
