//! `flux suspend source git NAME… | --all`.

use kube::ResourceExt;
use kube::api::{Api, ListParams};

use crate::api::source::GitRepository;
use crate::cli::Global;
use crate::cli::printer::Printer;
use crate::objects;
use crate::progress::Progress;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Suspend reconciliation for an existing source\n  flux suspend source git podinfo\n\n  # Suspend every GitRepository in a namespace\n  flux suspend source git --all -n apps"
)]
pub struct Args {
    /// Names of the GitRepositories.
    pub names: Vec<String>,

    /// Suspend all resources of that kind in the namespace.
    #[arg(long)]
    pub all: bool,
}

pub async fn run(args: Args, global: &Global, out: &Printer) -> anyhow::Result<()> {
    let ns = &global.namespace;
    let client = crate::cluster::client(&global.cluster()).await?;
    let api: Api<GitRepository> = Api::namespaced(client, ns);
    let listed = if args.all {
        api.list(&ListParams::default())
            .await
            .map_err(|e| anyhow::anyhow!(crate::cluster::describe(&e)))?
            .items
            .iter()
            .map(|o| o.name_any())
            .collect()
    } else {
        Vec::new()
    };
    let names = super::targets(args.names, args.all, listed)?;
    if names.is_empty() {
        out.failure(&format!("no GitRepository objects found in {ns} namespace"));
        return Ok(());
    }
    for name in names {
        objects::get(&api, ns, &name).await?;
        out.action(&format!("suspending source git {name} in {ns} namespace"));
        objects::set_suspend(&api, &name, true).await?;
        out.success("source git suspended");
    }
    Ok(())
}
