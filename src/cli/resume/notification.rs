//! `flux resume alert|alert-provider|receiver NAME… | --all`. Alerts and Providers are static: they are
//! reconciled as soon as they are resumed, so the wait ends at once.

use kube::api::Api;

use super::{Flags, resume_kind};
use crate::api::notification::{Alert, Provider, Receiver};
use crate::cli::Global;
use crate::cli::printer::Printer;
use crate::cli::suspend::Selection;
use crate::progress::Progress;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Resume reconciliation for an existing object\n  flux resume alert main\n\n  # Resume reconciliation for multiple objects\n  flux resume receiver main-1 main-2"
)]
pub struct Args {
    /// Names of the objects.
    pub names: Vec<String>,

    #[command(flatten)]
    pub flags: Flags,
}

/// Resumes static objects (no status to wait on) and reports them reconciled, as Flux does.
async fn resume_static<K>(
    args: Args,
    human: &str,
    global: &Global,
    out: &Printer,
) -> anyhow::Result<()>
where
    K: crate::api::FluxObject
        + kube::Resource<Scope = k8s_openapi::NamespaceResourceScope>
        + Clone
        + serde::de::DeserializeOwned
        + std::fmt::Debug
        + Send
        + Sync
        + 'static,
{
    let selection = Selection::new(args.names.clone(), args.flags.all, human)?;
    let ns = &global.namespace;
    let client = crate::cluster::client(&global.cluster()).await?;
    let api: Api<K> = Api::namespaced(client, ns);
    let wait = args.flags.wait.unwrap_or(selection.given == 1);
    let kind = K::kind(&()).to_string();
    resume_kind(
        &api,
        &selection,
        Some(false),
        human,
        global,
        |_| String::new(),
        out,
    )
    .await?;
    if wait {
        let mut names = selection.names.clone();
        names.sort();
        for name in &names {
            out.waiting(&format!("waiting for {kind} reconciliation"));
            out.success(&format!("{kind} {name} reconciliation completed"));
            out.success(&format!("{kind} reconciliation completed"));
        }
    }
    Ok(())
}

/// `flux resume alert`.
pub async fn alert(args: Args, global: &Global, out: &Printer) -> anyhow::Result<()> {
    resume_static::<Alert>(args, "alert", global, out).await
}

/// `flux resume alert-provider`.
pub async fn provider(args: Args, global: &Global, out: &Printer) -> anyhow::Result<()> {
    resume_static::<Provider>(args, "alert-provider", global, out).await
}

/// `flux resume receiver`.
pub async fn receiver(args: Args, global: &Global, out: &Printer) -> anyhow::Result<()> {
    let selection = Selection::new(args.names, args.flags.all, "receiver")?;
    let ns = &global.namespace;
    let client = crate::cluster::client(&global.cluster()).await?;
    let api: Api<Receiver> = Api::namespaced(client, ns);
    resume_kind(
        &api,
        &selection,
        args.flags.wait,
        "receiver",
        global,
        |_| "Receiver reconciliation completed".to_string(),
        out,
    )
    .await
}
