//! `flux reconcile source git NAME`: annotate the GitRepository, wait for the controller to handle the request,
//! report the fetched revision or the failure.

use kube::api::Api;

use crate::api::FluxObject;
use crate::api::source::GitRepository;
use crate::cli::Global;
use crate::cli::printer::Printer;
use crate::objects;
use crate::progress::Progress;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Trigger a git pull for an existing source\n  flux reconcile source git podinfo\n\n  # Trigger it in another namespace with a shorter timeout\n  flux reconcile source git podinfo -n apps --timeout=1m"
)]
pub struct Args {
    /// Name of the GitRepository.
    pub name: Option<String>,
}

pub async fn run(args: Args, global: &Global, out: &Printer) -> anyhow::Result<()> {
    let name = args
        .name
        .ok_or_else(|| anyhow::anyhow!("name is required"))?;
    let ns = &global.namespace;
    let client = crate::cluster::client(&global.cluster()).await?;
    let api: Api<GitRepository> = Api::namespaced(client, ns);
    let obj = objects::get(&api, ns, &name).await?;
    if obj.is_suspended() {
        return Err(objects::Error::Suspended.into());
    }
    out.action(&format!(
        "annotating GitRepository {name} in {ns} namespace"
    ));
    let token = objects::request_reconcile(&api, &name).await?;
    out.success("GitRepository annotated");
    out.waiting("waiting for GitRepository reconciliation");
    let ready = objects::wait_ready(&api, ns, &name, Some(&token), global.timeout).await?;
    match ready.status.as_ref().and_then(|s| s.artifact.as_ref()) {
        Some(a) => out.success(&format!("fetched revision {}", a.revision)),
        None => out.success("GitRepository reconciliation completed"),
    }
    Ok(())
}
