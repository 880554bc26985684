//! `flux delete source git NAME`: the controller's finalizer removes the artifacts first.

use kube::api::Api;

use crate::api::source::GitRepository;
use crate::cli::Global;
use crate::cli::printer::Printer;
use crate::objects;
use crate::progress::Progress;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Delete a Git source\n  flux delete source git podinfo\n\n  # Delete it without asking\n  flux delete source git podinfo --silent"
)]
pub struct Args {
    /// Name of the GitRepository.
    pub name: Option<String>,
}

pub async fn run(args: Args, silent: bool, global: &Global, out: &Printer) -> anyhow::Result<()> {
    let name = args
        .name
        .ok_or_else(|| anyhow::anyhow!("name is required"))?;
    let ns = &global.namespace;
    let client = crate::cluster::client(&global.cluster()).await?;
    let api: Api<GitRepository> = Api::namespaced(client, ns);
    objects::get(&api, ns, &name).await?;
    if !silent && !super::confirm("Are you sure you want to delete this source git", out)? {
        return Ok(());
    }
    out.action(&format!("deleting source git {name} in {ns} namespace"));
    objects::delete(&api, &name).await?;
    out.success("source git deleted");
    Ok(())
}
