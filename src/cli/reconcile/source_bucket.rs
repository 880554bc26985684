//! `flux reconcile source bucket NAME`: annotate the Bucket, wait for the controller to handle the request,
//! report the fetched revision or the failure.

use kube::api::Api;

use crate::api::source::Bucket;
use crate::cli::Global;
use crate::cli::printer::Printer;
use crate::objects::bucket;
use crate::progress::Progress;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Trigger a reconciliation for an existing source\n  flux reconcile source bucket podinfo\n\n  # Trigger it in another namespace with a shorter timeout\n  flux reconcile source bucket podinfo -n apps --timeout=1m"
)]
pub struct Args {
    /// Name of the Bucket.
    pub name: Option<String>,
}

pub async fn run(args: Args, global: &Global, out: &Printer) -> anyhow::Result<()> {
    let name = args
        .name
        .ok_or_else(|| anyhow::anyhow!("Bucket name is required"))?;
    let ns = &global.namespace;
    let client = crate::cluster::client(&global.cluster()).await?;
    let api: Api<Bucket> = Api::namespaced(client, ns);
    let ready = super::reconcile_kind(&api, ns, &name, global.timeout, out).await?;
    out.success(&bucket::success_message(&ready));
    Ok(())
}
