//! `flux export alert|alert-provider|receiver [NAME | --all]`.

use kube::api::Api;

use crate::api::notification::{Alert, Provider, Receiver};
use crate::cli::Global;
use crate::cli::printer::Printer;
use crate::objects::notification;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Export all objects of the kind\n  flux export alert --all > alerts.yaml\n\n  # Export one\n  flux export receiver main > main.yaml"
)]
pub struct Args {
    /// Name of the object.
    pub name: Option<String>,
}

/// `flux export alert`.
pub async fn alert(args: Args, all: bool, global: &Global, out: &Printer) -> anyhow::Result<()> {
    let client = crate::cluster::client(&global.cluster()).await?;
    let api: Api<Alert> = Api::namespaced(client, &global.namespace);
    let items = super::select(&api, &global.namespace, args.name.as_deref(), all).await?;
    super::print(&items, notification::alert_export, out)
}

/// `flux export alert-provider`.
pub async fn provider(args: Args, all: bool, global: &Global, out: &Printer) -> anyhow::Result<()> {
    let client = crate::cluster::client(&global.cluster()).await?;
    let api: Api<Provider> = Api::namespaced(client, &global.namespace);
    let items = super::select(&api, &global.namespace, args.name.as_deref(), all).await?;
    super::print(&items, notification::provider_export, out)
}

/// `flux export receiver`.
pub async fn receiver(args: Args, all: bool, global: &Global, out: &Printer) -> anyhow::Result<()> {
    let client = crate::cluster::client(&global.cluster()).await?;
    let api: Api<Receiver> = Api::namespaced(client, &global.namespace);
    let items = super::select(&api, &global.namespace, args.name.as_deref(), all).await?;
    super::print(&items, notification::receiver_export, out)
}
