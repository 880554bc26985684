//! `flux delete alert|alert-provider|receiver NAME`.

use crate::api::notification::{Alert, Provider, Receiver};
use crate::cli::Global;
use crate::cli::printer::Printer;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Delete an Alert and the Kubernetes resources created by it\n  flux delete alert main\n\n  # Delete a Receiver without asking\n  flux delete receiver main --silent"
)]
pub struct Args {
    /// Name of the object.
    pub name: Option<String>,
}

/// `flux delete alert`.
pub async fn alert(args: Args, silent: bool, global: &Global, out: &Printer) -> anyhow::Result<()> {
    super::delete_kind::<Alert>(args.name, "alert", silent, global, out).await
}

/// `flux delete alert-provider`.
pub async fn provider(
    args: Args,
    silent: bool,
    global: &Global,
    out: &Printer,
) -> anyhow::Result<()> {
    super::delete_kind::<Provider>(args.name, "alert-provider", silent, global, out).await
}

/// `flux delete receiver`.
pub async fn receiver(
    args: Args,
    silent: bool,
    global: &Global,
    out: &Printer,
) -> anyhow::Result<()> {
    super::delete_kind::<Receiver>(args.name, "receiver", silent, global, out).await
}
