//! `flux reconcile receiver NAME`: annotate the Receiver, wait for notification-controller to handle the
//! request, report the result.

use kube::api::Api;

use crate::api::notification::Receiver;
use crate::cli::Global;
use crate::cli::printer::Printer;
use crate::progress::Progress;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Trigger a reconciliation for an existing receiver\n  flux reconcile receiver main\n\n  # In another namespace with a shorter timeout\n  flux reconcile receiver main -n apps --timeout=1m"
)]
pub struct Args {
    /// Name of the Receiver.
    pub name: Option<String>,
}

pub async fn run(args: Args, global: &Global, out: &Printer) -> anyhow::Result<()> {
    let name = args
        .name
        .ok_or_else(|| anyhow::anyhow!("Receiver name is required"))?;
    let ns = &global.namespace;
    let client = crate::cluster::client(&global.cluster()).await?;
    let api: Api<Receiver> = Api::namespaced(client, ns);
    super::reconcile_kind(&api, ns, &name, global.timeout, out).await?;
    out.success("Receiver reconciliation completed");
    Ok(())
}
