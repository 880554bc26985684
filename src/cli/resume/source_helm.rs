//! `flux resume source helm NAME… | --all`.

use kube::api::Api;

use super::{Flags, resume_kind};
use crate::api::source::HelmRepository;
use crate::cli::Global;
use crate::cli::printer::Printer;
use crate::cli::suspend::Selection;
use crate::objects::helm_repository;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Resume reconciliation for an existing source\n  flux resume source helm podinfo\n\n  # Resume every HelmRepository in a namespace without waiting\n  flux resume source helm --all -n apps --wait=false"
)]
pub struct Args {
    /// Names of the HelmRepositories.
    pub names: Vec<String>,

    #[command(flatten)]
    pub flags: Flags,
}

pub async fn run(args: Args, global: &Global, out: &Printer) -> anyhow::Result<()> {
    let selection = Selection::new(args.names, args.flags.all, "source helm")?;
    let ns = &global.namespace;
    let client = crate::cluster::client(&global.cluster()).await?;
    let api: Api<HelmRepository> = Api::namespaced(client, ns);
    resume_kind(
        &api,
        &selection,
        args.flags.wait,
        "source helm",
        global,
        helm_repository::success_message,
        out,
    )
    .await
}
