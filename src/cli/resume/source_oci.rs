//! `flux resume source oci NAME… | --all`.

use kube::api::Api;

use super::{Flags, resume_kind};
use crate::api::source::OCIRepository;
use crate::cli::Global;
use crate::cli::printer::Printer;
use crate::cli::suspend::Selection;
use crate::objects::oci_repository;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Resume reconciliation for an existing source\n  flux resume source oci podinfo\n\n  # Resume every OCIRepository in a namespace without waiting\n  flux resume source oci --all -n apps --wait=false"
)]
pub struct Args {
    /// Names of the OCIRepositories.
    pub names: Vec<String>,

    #[command(flatten)]
    pub flags: Flags,
}

pub async fn run(args: Args, global: &Global, out: &Printer) -> anyhow::Result<()> {
    let selection = Selection::new(args.names, args.flags.all, "source oci")?;
    let ns = &global.namespace;
    let client = crate::cluster::client(&global.cluster()).await?;
    let api: Api<OCIRepository> = Api::namespaced(client, ns);
    resume_kind(
        &api,
        &selection,
        args.flags.wait,
        "source oci",
        global,
        oci_repository::success_message,
        out,
    )
    .await
}
