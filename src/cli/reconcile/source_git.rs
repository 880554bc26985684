//! `flux reconcile source git NAME`: annotate the GitRepository, wait for the controller to handle the request,
//! report the fetched revision or the failure.

use kube::api::Api;

use crate::api::source::GitRepository;
use crate::cli::Global;
use crate::cli::printer::Printer;
use crate::objects::git_repository;
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
        .ok_or_else(|| anyhow::anyhow!("GitRepository name is required"))?;
    let ns = &global.namespace;
    let client = crate::cluster::client(&global.cluster()).await?;
    let api: Api<GitRepository> = Api::namespaced(client, ns);
    let ready = super::reconcile_kind(&api, ns, &name, global.timeout, out).await?;
    out.success(&git_repository::success_message(&ready));
    Ok(())
}
