//! `flux reconcile`: ask a controller to reconcile an object now (annotation `reconcile.fluxcd.io/requestedAt`)
//! and wait until the request is handled and the object is Ready. The per-kind commands share
//! [`reconcile_kind`].

pub mod helm_release;
pub mod image;
pub mod kustomization;
pub mod receiver;
pub mod source_bucket;
pub mod source_chart;
pub mod source_git;
pub mod source_helm;
pub mod source_oci;

use kube::api::Api;
use serde::de::DeserializeOwned;

use super::Global;
use super::printer::Printer;
use crate::api::FluxObject;
use crate::objects;
use crate::progress::Progress;

/// `flux reconcile` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Reconcile sources.
    #[command(subcommand)]
    Source(SourceCommand),
    /// Reconcile a Kustomization resource.
    #[command(visible_alias = "ks")]
    Kustomization(kustomization::Args),
    /// Reconcile a HelmRelease resource.
    #[command(visible_alias = "hr")]
    Helmrelease(helm_release::Args),
    /// Reconcile a Receiver.
    Receiver(receiver::Args),
    /// Reconcile image automation objects.
    #[command(subcommand)]
    Image(image::Command),
}

/// `flux reconcile source` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum SourceCommand {
    /// Reconcile a Bucket source.
    Bucket(source_bucket::Args),
    /// Reconcile a GitRepository source.
    Git(source_git::Args),
    /// Reconcile a HelmRepository source.
    Helm(source_helm::Args),
    /// Reconcile an OCIRepository source.
    Oci(source_oci::Args),
    /// Reconcile a HelmChart source.
    Chart(source_chart::Args),
}

/// Runs `flux reconcile …`.
pub async fn run(cmd: Command, global: &Global, out: &Printer) -> anyhow::Result<()> {
    match cmd {
        Command::Source(SourceCommand::Git(a)) => source_git::run(a, global, out).await,
        Command::Source(SourceCommand::Bucket(a)) => source_bucket::run(a, global, out).await,
        Command::Source(SourceCommand::Oci(a)) => source_oci::run(a, global, out).await,
        Command::Source(SourceCommand::Helm(a)) => source_helm::run(a, global, out).await,
        Command::Source(SourceCommand::Chart(a)) => source_chart::run(a, global, out).await,
        Command::Kustomization(a) => kustomization::run(a, global, out).await,
        Command::Helmrelease(a) => helm_release::run(a, global, out).await,
        Command::Receiver(a) => receiver::run(a, global, out).await,
        Command::Image(cmd) => image::run(cmd, global, out).await,
    }
}

/// Annotates one object and waits for the controller to handle the request, printing Flux's lines
/// (`► annotating …`, `✔ … annotated`, `◎ waiting for … reconciliation`); a suspended object is refused.
/// Returns the object once Ready, or
/// [`objects::Error::Failed`] with Ready's message.
pub async fn reconcile_kind<K>(
    api: &Api<K>,
    namespace: &str,
    name: &str,
    timeout: std::time::Duration,
    out: &Printer,
) -> Result<K, objects::Error>
where
    K: FluxObject + Clone + DeserializeOwned + std::fmt::Debug + Send + Sync + 'static,
{
    let obj = objects::get(api, namespace, name).await?;
    if obj.is_suspended() {
        return Err(objects::Error::Suspended);
    }
    annotate_and_wait(api, namespace, name, timeout, out).await
}

/// The annotate-and-wait half of [`reconcile_kind`], for callers that already loaded and checked the object.
pub async fn annotate_and_wait<K>(
    api: &Api<K>,
    namespace: &str,
    name: &str,
    timeout: std::time::Duration,
    out: &Printer,
) -> Result<K, objects::Error>
where
    K: FluxObject + Clone + DeserializeOwned + std::fmt::Debug + Send + Sync + 'static,
{
    let kind = K::kind(&()).to_string();
    out.action(&format!(
        "annotating {kind} {name} in {namespace} namespace"
    ));
    let token = objects::request_reconcile(api, name).await?;
    out.success(&format!("{kind} annotated"));
    out.waiting(&format!("waiting for {kind} reconciliation"));
    objects::wait_ready(api, namespace, name, Some(&token), timeout).await
}
