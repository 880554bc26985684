//! `flux resume source git NAME… | --all`.

use kube::ResourceExt;
use kube::api::{Api, ListParams};

use crate::api::source::GitRepository;
use crate::cli::Global;
use crate::cli::printer::Printer;
use crate::objects;
use crate::progress::Progress;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Resume reconciliation for an existing source\n  flux resume source git podinfo\n\n  # Resume every GitRepository in a namespace without waiting\n  flux resume source git --all -n apps --wait=false"
)]
pub struct Args {
    /// Names of the GitRepositories.
    pub names: Vec<String>,

    /// Resume all resources of that kind in the namespace.
    #[arg(long)]
    pub all: bool,

    /// Wait for the resumed objects to become ready (default: when one name is given).
    #[arg(long, num_args = 0..=1, default_missing_value = "true", action = clap::ArgAction::Set)]
    pub wait: Option<bool>,
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
    let names = crate::cli::suspend::targets(args.names, args.all, listed)?;
    let wait = args.wait.unwrap_or(names.len() == 1 && !args.all);
    for name in &names {
        objects::get(&api, ns, name).await?;
        out.action(&format!("resuming source git {name} in {ns} namespace"));
        objects::set_suspend(&api, name, false).await?;
        out.success("source git resumed");
    }
    if wait {
        for name in &names {
            // A fresh request makes the wait precise even when the generation did not move.
            let token = objects::request_reconcile(&api, name).await?;
            out.waiting("waiting for GitRepository reconciliation");
            let ready = objects::wait_ready(&api, ns, name, Some(&token), global.timeout).await?;
            out.success("GitRepository reconciliation completed");
            if let Some(a) = ready.status.as_ref().and_then(|s| s.artifact.as_ref()) {
                out.success(&format!("fetched revision {}", a.revision));
            }
        }
    }
    Ok(())
}
