//! `flux delete source git NAME`: the controller's finalizer removes the artifacts first.

use crate::api::source::GitRepository;
use crate::cli::Global;
use crate::cli::printer::Printer;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Delete a Git source\n  flux delete source git podinfo\n\n  # Delete it without asking\n  flux delete source git podinfo --silent"
)]
pub struct Args {
    /// Name of the GitRepository.
    pub name: Option<String>,
}

pub async fn run(args: Args, silent: bool, global: &Global, out: &Printer) -> anyhow::Result<()> {
    super::delete_kind::<GitRepository>(args.name, "source git", silent, global, out).await
}
