//! `flux reconcile helmrelease NAME [--with-source] [--force] [--reset]` (alias `hr`): optionally reconcile the
//! chart source first (the HelmChart of the template, with its own source, or the chartRef object), then
//! annotate the HelmRelease and wait for the release.

use kube::api::Api;
use serde::de::DeserializeOwned;

use crate::api::FluxObject;
use crate::api::helm::HelmRelease;
use crate::api::source::{
    Bucket, GitRepository, HelmChart, HelmRepository, HelmRepositoryType, OCIRepository,
};
use crate::cli::Global;
use crate::cli::printer::Printer;
use crate::objects::{self, helm_release};
use crate::progress::Progress;

#[derive(Debug, clap::Args)]
#[command(
    long_about = "The reconcile helmrelease command triggers a reconciliation of a HelmRelease resource and waits for it to finish.",
    after_help = "Examples:\n  # Trigger a HelmRelease apply outside of the reconciliation interval\n  flux reconcile hr podinfo\n\n  # Trigger a reconciliation of the HelmRelease's source and apply changes\n  flux reconcile hr podinfo --with-source"
)]
pub struct Args {
    /// Name of the HelmRelease.
    pub name: Option<String>,

    /// Reconcile HelmRelease source.
    #[arg(long = "with-source")]
    pub with_source: bool,

    /// Force a one-off install or upgrade of the HelmRelease resource.
    #[arg(long)]
    pub force: bool,

    /// Reset the failure count for this HelmRelease resource.
    #[arg(long)]
    pub reset: bool,
}

/// `fetched revision <rev>`, the last line of a reconciled source.
fn fetched(revision: Option<&str>) -> String {
    format!("fetched revision {}", revision.unwrap_or_default())
}

/// Reconciles one source object as Flux's plain reconcile does; a failure reads
/// `<Kind> reconciliation failed: '<message>'`.
async fn reconcile_source<K>(
    client: &kube::Client,
    namespace: &str,
    name: &str,
    global: &Global,
    out: &Printer,
) -> anyhow::Result<K>
where
    K: FluxObject
        + kube::Resource<Scope = k8s_openapi::NamespaceResourceScope>
        + Clone
        + DeserializeOwned
        + std::fmt::Debug
        + Send
        + Sync
        + 'static,
{
    let api: Api<K> = Api::namespaced(client.clone(), namespace);
    match super::reconcile_kind(&api, namespace, name, global.timeout, out).await {
        Ok(o) => Ok(o),
        Err(objects::Error::Failed(msg)) => {
            anyhow::bail!("{} reconciliation failed: '{msg}'", K::kind(&()))
        }
        Err(e) => Err(e.into()),
    }
}

/// Reconciles a HelmChart after its own source (HelmRepository, GitRepository or Bucket, in the chart's
/// namespace), as Flux's `reconcile source chart --with-source` does.
async fn reconcile_chart(
    client: &kube::Client,
    namespace: &str,
    name: &str,
    global: &Global,
    out: &Printer,
) -> anyhow::Result<()> {
    let api: Api<HelmChart> = Api::namespaced(client.clone(), namespace);
    let chart = objects::get(&api, namespace, name).await?;
    if chart.is_suspended() {
        return Err(objects::Error::Suspended.into());
    }
    let src = &chart.spec.source_ref;
    match src.kind.as_str() {
        "HelmRepository" => {
            let repos: Api<HelmRepository> = Api::namespaced(client.clone(), namespace);
            let repo = objects::get(&repos, namespace, &src.name).await?;
            if repo.spec.repository_type == Some(HelmRepositoryType::Oci) {
                // An OCI HelmRepository has no artifact: nothing to reconcile.
                out.success("reconciliation not supported by the object");
            } else {
                let o: HelmRepository =
                    reconcile_source(client, namespace, &src.name, global, out).await?;
                let rev = o.status.as_ref().and_then(|s| s.artifact.as_ref());
                out.success(&fetched(rev.map(|a| a.revision.as_str())));
            }
        }
        "GitRepository" => {
            let o: GitRepository =
                reconcile_source(client, namespace, &src.name, global, out).await?;
            let rev = o.status.as_ref().and_then(|s| s.artifact.as_ref());
            out.success(&fetched(rev.map(|a| a.revision.as_str())));
        }
        "Bucket" => {
            let o: Bucket = reconcile_source(client, namespace, &src.name, global, out).await?;
            let rev = o.status.as_ref().and_then(|s| s.artifact.as_ref());
            out.success(&fetched(rev.map(|a| a.revision.as_str())));
        }
        other => anyhow::bail!("cannot reconcile source of kind {other}"),
    }
    let ready = match super::annotate_and_wait(&api, namespace, name, global.timeout, out).await {
        Ok(o) => o,
        Err(objects::Error::Failed(msg)) => {
            anyhow::bail!("HelmChart reconciliation failed: {msg}")
        }
        Err(e) => return Err(e.into()),
    };
    let rev = ready.status.as_ref().and_then(|s| s.artifact.as_ref());
    out.success(&fetched(rev.map(|a| a.revision.as_str())));
    Ok(())
}

pub async fn run(args: Args, global: &Global, out: &Printer) -> anyhow::Result<()> {
    let name = args
        .name
        .ok_or_else(|| anyhow::anyhow!("HelmRelease name is required"))?;
    let ns = &global.namespace;
    let client = crate::cluster::client(&global.cluster()).await?;
    let api: Api<HelmRelease> = Api::namespaced(client.clone(), ns);
    let hr = objects::get(&api, ns, &name).await?;
    if hr.is_suspended() {
        return Err(objects::Error::Suspended.into());
    }
    if args.with_source {
        let (kind, src_ns, src_name) = helm_release::chart_source(&hr);
        match kind.as_str() {
            "HelmChart" => reconcile_chart(&client, &src_ns, &src_name, global, out).await?,
            "OCIRepository" => {
                let o: OCIRepository =
                    reconcile_source(&client, &src_ns, &src_name, global, out).await?;
                let rev = o.status.as_ref().and_then(|s| s.artifact.as_ref());
                out.success(&fetched(rev.map(|a| a.revision.as_str())));
            }
            other => anyhow::bail!("cannot reconcile source of kind {other}"),
        }
    }
    out.action(&format!("annotating HelmRelease {name} in {ns} namespace"));
    let request = helm_release::Request {
        force: args.force,
        reset: args.reset,
    };
    let token = helm_release::request_reconcile(&api, &name, request).await?;
    out.success("HelmRelease annotated");
    out.waiting("waiting for HelmRelease reconciliation");
    let ready = match objects::wait_ready(&api, ns, &name, Some(&token), global.timeout).await {
        Ok(o) => o,
        Err(objects::Error::Failed(msg)) => {
            anyhow::bail!("HelmRelease reconciliation failed: {msg}")
        }
        Err(e) => return Err(e.into()),
    };
    out.success(&helm_release::success_message(&ready));
    Ok(())
}
