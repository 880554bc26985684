//! `flux reconcile source helm NAME`: annotate the HelmRepository, wait for the controller to handle the request,
//! report the fetched index revision or the failure (an OCI repository is static: nothing to reconcile).

use kube::api::Api;

use crate::api::source::HelmRepository;
use crate::cli::Global;
use crate::cli::printer::Printer;
use crate::objects::helm_repository;
use crate::progress::Progress;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Trigger a reconciliation for an existing source\n  flux reconcile source helm podinfo\n\n  # Trigger it in another namespace with a shorter timeout\n  flux reconcile source helm podinfo -n apps --timeout=1m"
)]
pub struct Args {
    /// Name of the HelmRepository.
    pub name: Option<String>,
}

pub async fn run(args: Args, global: &Global, out: &Printer) -> anyhow::Result<()> {
    let name = args
        .name
        .ok_or_else(|| anyhow::anyhow!("HelmRepository name is required"))?;
    let ns = &global.namespace;
    let client = crate::cluster::client(&global.cluster()).await?;
    let api: Api<HelmRepository> = Api::namespaced(client, ns);
    let repo = crate::objects::get(&api, ns, &name).await?;
    if helm_repository::is_static(&repo) {
        // An OCI HelmRepository has no reconciler since source-controller v1.3.
        out.success("reconciliation not supported by the object");
        return Ok(());
    }
    let ready = super::reconcile_kind(&api, ns, &name, global.timeout, out).await?;
    out.success(&helm_repository::success_message(&ready));
    Ok(())
}
