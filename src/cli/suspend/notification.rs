//! `flux suspend alert|alert-provider|receiver NAME… | --all`.

use kube::api::Api;
use serde::de::DeserializeOwned;

use super::{Selection, suspend_kind};
use crate::api::notification::{Alert, Provider, Receiver};
use crate::cli::Global;
use crate::cli::printer::Printer;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Suspend reconciliation for an existing object\n  flux suspend alert main\n\n  # Suspend every object of the kind in a namespace\n  flux suspend receiver --all -n apps"
)]
pub struct Args {
    /// Names of the objects.
    pub names: Vec<String>,

    /// Suspend all resources in that namespace.
    #[arg(long)]
    pub all: bool,
}

async fn suspend<K>(args: Args, human: &str, global: &Global, out: &Printer) -> anyhow::Result<()>
where
    K: kube::Resource<DynamicType = (), Scope = k8s_openapi::NamespaceResourceScope>
        + Clone
        + DeserializeOwned
        + std::fmt::Debug,
{
    let selection = Selection::new(args.names, args.all, human)?;
    let ns = &global.namespace;
    let client = crate::cluster::client(&global.cluster()).await?;
    let api: Api<K> = Api::namespaced(client, ns);
    suspend_kind(&api, &selection, human, ns, out).await
}

/// `flux suspend alert`.
pub async fn alert(args: Args, global: &Global, out: &Printer) -> anyhow::Result<()> {
    suspend::<Alert>(args, "alert", global, out).await
}

/// `flux suspend alert-provider`.
pub async fn provider(args: Args, global: &Global, out: &Printer) -> anyhow::Result<()> {
    suspend::<Provider>(args, "alert-provider", global, out).await
}

/// `flux suspend receiver`.
pub async fn receiver(args: Args, global: &Global, out: &Printer) -> anyhow::Result<()> {
    suspend::<Receiver>(args, "receiver", global, out).await
}
