//! `flux resume`: clear `spec.suspend` and, for a single object (or with `--wait`), wait for the reconcile it
//! triggers. The per-kind commands share [`resume_kind`].

pub mod helm_release;
pub mod image;
pub mod kustomization;
pub mod notification;
pub mod source_bucket;
pub mod source_chart;
pub mod source_git;
pub mod source_helm;
pub mod source_oci;

use kube::api::Api;
use serde::de::DeserializeOwned;

use super::Global;
use super::printer::Printer;
use super::suspend::{Selection, list_named};
use crate::api::FluxObject;
use crate::objects;
use crate::progress::Progress;

/// `flux resume` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Resume sources.
    #[command(subcommand)]
    Source(SourceCommand),
    /// Resume a suspended Kustomization.
    #[command(visible_alias = "ks")]
    Kustomization(kustomization::Args),
    /// Resume a suspended HelmRelease.
    #[command(visible_alias = "hr")]
    Helmrelease(helm_release::Args),
    /// Resume a suspended Alert.
    Alert(notification::Args),
    /// Resume a suspended Provider.
    #[command(name = "alert-provider")]
    AlertProvider(notification::Args),
    /// Resume a suspended Receiver.
    Receiver(notification::Args),
    /// Resume image automation objects.
    #[command(subcommand)]
    Image(image::Command),
}

/// `flux resume source` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum SourceCommand {
    /// Resume a suspended Bucket.
    Bucket(source_bucket::Args),
    /// Resume a suspended GitRepository.
    Git(source_git::Args),
    /// Resume a suspended HelmRepository.
    Helm(source_helm::Args),
    /// Resume a suspended OCIRepository.
    Oci(source_oci::Args),
    /// Resume a suspended HelmChart.
    Chart(source_chart::Args),
}

/// Runs `flux resume …`.
pub async fn run(cmd: Command, global: &Global, out: &Printer) -> anyhow::Result<()> {
    match cmd {
        Command::Source(SourceCommand::Git(a)) => source_git::run(a, global, out).await,
        Command::Source(SourceCommand::Bucket(a)) => source_bucket::run(a, global, out).await,
        Command::Source(SourceCommand::Oci(a)) => source_oci::run(a, global, out).await,
        Command::Source(SourceCommand::Helm(a)) => source_helm::run(a, global, out).await,
        Command::Source(SourceCommand::Chart(a)) => source_chart::run(a, global, out).await,
        Command::Kustomization(a) => kustomization::run(a, global, out).await,
        Command::Helmrelease(a) => helm_release::run(a, global, out).await,
        Command::Alert(a) => notification::alert(a, global, out).await,
        Command::AlertProvider(a) => notification::provider(a, global, out).await,
        Command::Receiver(a) => notification::receiver(a, global, out).await,
        Command::Image(cmd) => image::run(cmd, global, out).await,
    }
}

/// Flags of every `flux resume` command.
#[derive(Debug, clap::Args)]
pub struct Flags {
    /// Resume all resources in that namespace.
    #[arg(long)]
    pub all: bool,

    /// Waits for one resource to reconcile before moving to the next one (default: when one name is given).
    #[arg(long, num_args = 0..=1, require_equals = true, default_missing_value = "true", action = clap::ArgAction::Set)]
    pub wait: Option<bool>,
}

/// Resumes the selected objects of one kind, as Flux does: each found object is resumed (a missing name is
/// reported and skipped); then, when waiting, each is waited for and reported in name order. `success` is the
/// last line for a ready object (`applied revision …`).
pub async fn resume_kind<K>(
    api: &Api<K>,
    selection: &Selection,
    wait: Option<bool>,
    human: &str,
    global: &Global,
    success: impl Fn(&K) -> String,
    out: &Printer,
) -> anyhow::Result<()>
where
    K: FluxObject + Clone + DeserializeOwned + std::fmt::Debug + Send + Sync + 'static,
{
    let namespace = global.namespace.as_str();
    let timeout = global.timeout;
    let kind = K::kind(&()).to_string();
    let should_wait = wait.unwrap_or(selection.given == 1);
    let mut resumed: Vec<String> = Vec::new();
    let lists: Vec<Option<&str>> = if selection.names.is_empty() {
        vec![None]
    } else {
        selection.names.iter().map(|n| Some(n.as_str())).collect()
    };
    for name in lists {
        let items = list_named(api, name).await?;
        if items.is_empty() {
            match selection.names.first() {
                // Flux names the first argument here, whichever one is missing.
                Some(first) => out.failure(&format!(
                    "{kind} object '{first}' not found in {namespace} namespace"
                )),
                None => out.failure(&format!("no {kind} objects found in {namespace} namespace")),
            }
            continue;
        }
        for obj in items {
            let n = obj.name_any();
            out.action(&format!("resuming {human} {n} in {namespace} namespace"));
            objects::set_suspend(api, &n, false).await?;
            out.success(&format!("{human} resumed"));
            resumed.push(n);
        }
    }
    if !should_wait {
        return Ok(());
    }
    let mut results = Vec::new();
    for name in &resumed {
        out.waiting(&format!("waiting for {kind} reconciliation"));
        results.push((
            name.clone(),
            objects::wait_ready(api, namespace, name, None, timeout).await,
        ));
    }
    results.sort_by(|a, b| a.0.cmp(&b.0));
    let mut failed = 0;
    for (name, result) in results {
        match result {
            Ok(obj) => {
                out.success(&format!("{kind} {name} reconciliation completed"));
                out.success(&success(&obj));
            }
            Err(e) => {
                failed += 1;
                out.failure(&format!("{kind} {name} reconciliation failed: {e}"));
            }
        }
    }
    if failed > 0 {
        anyhow::bail!("reconciliation failed for {failed} {kind}(s)");
    }
    Ok(())
}
