//! `flux reconcile source oci NAME`: annotate the OCIRepository, wait for the controller to handle the request,
//! report the fetched revision or the failure.

use kube::api::Api;

use crate::api::source::OCIRepository;
use crate::cli::Global;
use crate::cli::printer::Printer;
use crate::objects::oci_repository;
use crate::progress::Progress;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Trigger a reconciliation for an existing source\n  flux reconcile source oci podinfo\n\n  # Trigger it in another namespace with a shorter timeout\n  flux reconcile source oci podinfo -n apps --timeout=1m"
)]
pub struct Args {
    /// Name of the OCIRepository.
    pub name: Option<String>,
}

pub async fn run(args: Args, global: &Global, out: &Printer) -> anyhow::Result<()> {
    let name = args
        .name
        .ok_or_else(|| anyhow::anyhow!("OCIRepository name is required"))?;
    let ns = &global.namespace;
    let client = crate::cluster::client(&global.cluster()).await?;
    let api: Api<OCIRepository> = Api::namespaced(client, ns);
    let ready = super::reconcile_kind(&api, ns, &name, global.timeout, out).await?;
    out.success(&oci_repository::success_message(&ready));
    Ok(())
}
