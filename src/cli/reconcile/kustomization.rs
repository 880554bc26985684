//! `flux reconcile kustomization NAME [--with-source]` (alias `ks`): optionally reconcile the source first, then
//! annotate the Kustomization and wait for the apply.

use kube::api::Api;

use crate::api::FluxObject;
use crate::api::kustomize::Kustomization;
use crate::api::source::{Bucket, GitRepository, OCIRepository};
use crate::cli::Global;
use crate::cli::printer::Printer;
use crate::objects::{self, kustomization};
use crate::progress::Progress;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Trigger a Kustomization apply outside of the reconciliation interval\n  flux reconcile kustomization podinfo\n\n  # Trigger a sync of the Kustomization's source and apply changes\n  flux reconcile kustomization podinfo --with-source"
)]
pub struct Args {
    /// Name of the Kustomization.
    pub name: Option<String>,

    /// Reconcile Kustomization source.
    #[arg(long = "with-source")]
    pub with_source: bool,
}

/// `fetched revision <rev>`, the last line of a reconciled source.
fn fetched(revision: Option<&str>) -> String {
    format!("fetched revision {}", revision.unwrap_or_default())
}

pub async fn run(args: Args, global: &Global, out: &Printer) -> anyhow::Result<()> {
    let name = args
        .name
        .ok_or_else(|| anyhow::anyhow!("Kustomization name is required"))?;
    let ns = &global.namespace;
    let client = crate::cluster::client(&global.cluster()).await?;
    let api: Api<Kustomization> = Api::namespaced(client.clone(), ns);
    let ks = objects::get(&api, ns, &name).await?;
    if ks.is_suspended() {
        return Err(objects::Error::Suspended.into());
    }
    if args.with_source {
        let src = &ks.spec.source_ref;
        let src_ns = kustomization::source_namespace(&ks);
        let timeout = global.timeout;
        let line = match src.kind.as_str() {
            "GitRepository" => {
                let api: Api<GitRepository> = Api::namespaced(client.clone(), &src_ns);
                let o = super::reconcile_kind(&api, &src_ns, &src.name, timeout, out).await?;
                fetched(
                    o.status
                        .as_ref()
                        .and_then(|s| s.artifact.as_ref())
                        .map(|a| a.revision.as_str()),
                )
            }
            "OCIRepository" => {
                let api: Api<OCIRepository> = Api::namespaced(client.clone(), &src_ns);
                let o = super::reconcile_kind(&api, &src_ns, &src.name, timeout, out).await?;
                fetched(
                    o.status
                        .as_ref()
                        .and_then(|s| s.artifact.as_ref())
                        .map(|a| a.revision.as_str()),
                )
            }
            "Bucket" => {
                let api: Api<Bucket> = Api::namespaced(client.clone(), &src_ns);
                let o = super::reconcile_kind(&api, &src_ns, &src.name, timeout, out).await?;
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
    let ready = match super::annotate_and_wait(&api, ns, &name, global.timeout, out).await {
        Ok(o) => o,
        Err(objects::Error::Failed(msg)) => {
            anyhow::bail!("Kustomization reconciliation failed: {msg}")
        }
        Err(e) => return Err(e.into()),
    };
    out.success(&kustomization::success_message(&ready));
    Ok(())
}
