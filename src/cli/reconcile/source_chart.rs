//! `flux reconcile source chart NAME [--with-source]`: optionally reconcile the chart's source first, then
//! annotate the HelmChart, wait for the controller to handle the request and report the chart version.

use kube::api::Api;

use crate::api::FluxObject;
use crate::api::source::{Bucket, GitRepository, HelmChart, HelmRepository};
use crate::cli::Global;
use crate::cli::printer::Printer;
use crate::objects::{self, helm_chart, helm_repository};
use crate::progress::Progress;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Trigger a reconciliation for an existing source\n  flux reconcile source chart podinfo\n\n  # Trigger a reconciliation of the HelmCharts's source and apply changes\n  flux reconcile source chart podinfo --with-source"
)]
pub struct Args {
    /// Name of the HelmChart.
    pub name: Option<String>,

    /// Reconcile HelmChart source.
    #[arg(long = "with-source")]
    pub with_source: bool,
}

fn fetched(revision: Option<&str>) -> String {
    format!("fetched revision {}", revision.unwrap_or_default())
}

pub async fn run(args: Args, global: &Global, out: &Printer) -> anyhow::Result<()> {
    let name = args
        .name
        .ok_or_else(|| anyhow::anyhow!("HelmChart name is required"))?;
    let ns = &global.namespace;
    let client = crate::cluster::client(&global.cluster()).await?;
    let api: Api<HelmChart> = Api::namespaced(client.clone(), ns);
    let chart = objects::get(&api, ns, &name).await?;
    if chart.is_suspended() {
        return Err(objects::Error::Suspended.into());
    }
    if args.with_source {
        let src = &chart.spec.source_ref;
        let timeout = global.timeout;
        let line = match src.kind.as_str() {
            "HelmRepository" => {
                let api: Api<HelmRepository> = Api::namespaced(client.clone(), ns);
                let repo = objects::get(&api, ns, &src.name).await?;
                if helm_repository::is_static(&repo) {
                    "reconciliation not supported by the object".to_string()
                } else {
                    let o = super::reconcile_kind(&api, ns, &src.name, timeout, out).await?;
                    helm_repository::success_message(&o)
                }
            }
            "GitRepository" => {
                let api: Api<GitRepository> = Api::namespaced(client.clone(), ns);
                let o = super::reconcile_kind(&api, ns, &src.name, timeout, out).await?;
                fetched(
                    o.status
                        .as_ref()
                        .and_then(|s| s.artifact.as_ref())
                        .map(|a| a.revision.as_str()),
                )
            }
            "Bucket" => {
                let api: Api<Bucket> = Api::namespaced(client.clone(), ns);
                let o = super::reconcile_kind(&api, ns, &src.name, timeout, out).await?;
                fetched(
                    o.status
                        .as_ref()
                        .and_then(|s| s.artifact.as_ref())
                        .map(|a| a.revision.as_str()),
                )
            }
            other => anyhow::bail!("cannot reconcile source of kind {other}"),
        };
        out.success(&line);
    }
    let ready = super::annotate_and_wait(&api, ns, &name, global.timeout, out).await?;
    out.success(&helm_chart::success_message(&ready));
    Ok(())
}
