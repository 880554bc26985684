//! `flux get images all|repository|policy|update`: one row per ImageRepository, ImagePolicy or
//! ImageUpdateAutomation.

use super::{Table, View, list_kind};
use crate::api::image::{ImagePolicy, ImageRepository, ImageUpdateAutomation};
use crate::cli::Global;
use crate::cli::printer::Printer;
use crate::objects::image;

/// `flux get images` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Get all image statuses.
    #[command(
        after_help = "Examples:\n  # List all image objects in a namespace\n  flux get images all --namespace=flux-system\n\n  # List all image objects in all namespaces\n  flux get images all --all-namespaces"
    )]
    All,
    /// Get ImagePolicy status.
    #[command(
        after_help = "Examples:\n  # List all image policies and their status\n  flux get image policy\n\n  # List image policies from all namespaces\n  flux get image policy --all-namespaces"
    )]
    Policy(Args),
    /// Get ImageRepository status.
    #[command(
        after_help = "Examples:\n  # List all image repositories and their status\n  flux get image repository\n\n  # List image repositories from all namespaces\n  flux get image repository --all-namespaces"
    )]
    Repository(Args),
    /// Get ImageUpdateAutomation status.
    #[command(
        after_help = "Examples:\n  # List all image update automation object and their status\n  flux get image update\n\n  # List image update automations from all namespaces\n  flux get image update --all-namespaces"
    )]
    Update(Args),
}

/// Flags of `flux get images repository|policy|update`.
#[derive(Debug, Default, clap::Args)]
pub struct Args {
    /// Name of the object (all of them when omitted).
    pub name: Option<String>,
}

/// Runs `flux get images …`; `all` goes on after a kind fails, as Flux does.
pub async fn run(cmd: Command, view: &View, global: &Global, out: &Printer) -> anyhow::Result<()> {
    match cmd {
        Command::Repository(a) => repositories(a.name.as_deref(), view, global, out, false).await,
        Command::Policy(a) => policies(a.name.as_deref(), view, global, out, false).await,
        Command::Update(a) => updates(a.name.as_deref(), view, global, out, false).await,
        Command::All => {
            if view.watch {
                anyhow::bail!("expected a single resource type, but found all");
            }
            super::log_failure(repositories(None, view, global, out, true).await, out);
            super::log_failure(policies(None, view, global, out, true).await, out);
            super::log_failure(updates(None, view, global, out, true).await, out);
            Ok(())
        }
    }
}

/// ImageRepositories: name, last scan, suspended, ready, message.
pub async fn repositories(
    name: Option<&str>,
    view: &View,
    global: &Global,
    out: &Printer,
    all: bool,
) -> anyhow::Result<()> {
    let table = Table {
        kind: "ImageRepository",
        header: vec!["NAME", "LAST SCAN", "SUSPENDED", "READY", "MESSAGE"],
        row: &|o: &ImageRepository| image::repository_row(o),
    };
    list_kind(&table, view, global, out, name, all).await
}

/// ImagePolicies: name, image, tag, ready, message.
pub async fn policies(
    name: Option<&str>,
    view: &View,
    global: &Global,
    out: &Printer,
    all: bool,
) -> anyhow::Result<()> {
    let table = Table {
        kind: "ImagePolicy",
        header: vec!["NAME", "IMAGE", "TAG", "READY", "MESSAGE"],
        row: &|o: &ImagePolicy| image::policy_row(o),
    };
    list_kind(&table, view, global, out, name, all).await
}

/// ImageUpdateAutomations: name, last run, suspended, ready, message.
pub async fn updates(
    name: Option<&str>,
    view: &View,
    global: &Global,
    out: &Printer,
    all: bool,
) -> anyhow::Result<()> {
    let table = Table {
        kind: "ImageUpdateAutomation",
        header: vec!["NAME", "LAST RUN", "SUSPENDED", "READY", "MESSAGE"],
        row: &|o: &ImageUpdateAutomation| image::update_row(o),
    };
    list_kind(&table, view, global, out, name, all).await
}
