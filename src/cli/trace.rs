//! `flux trace <resource> <name>… | <resource>/<name>… | NAME --kind K --api-version V`: show which Flux object
//! manages each object and the source and revision it came from.

use kube::ResourceExt;

use super::Global;
use super::printer::Printer;
use crate::objects::trace;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Trace a Kubernetes Deployment\n  flux trace -n apps deployment my-app\n\n  # API Version and Kind can also be specified explicitly\n  flux trace redis --kind=helmrelease --api-version=helm.toolkit.fluxcd.io/v2 -n redis"
)]
pub struct Args {
    /// `<resource> <name>…` or `<resource>/<name>…`, or the name with `--kind` and `--api-version`.
    pub args: Vec<String>,

    /// The Kubernetes object kind, e.g. Deployment.
    #[arg(long)]
    pub kind: Option<String>,

    /// The Kubernetes object API version, e.g. 'apps/v1'.
    #[arg(long = "api-version")]
    pub api_version: Option<String>,
}

pub async fn run(args: Args, global: &Global, out: &Printer) -> anyhow::Result<()> {
    let kind = args.kind.as_deref().filter(|k| !k.is_empty());
    let api_version = args.api_version.as_deref().filter(|v| !v.is_empty());
    if kind.is_none() && api_version.is_none() && args.args.is_empty() {
        return Err(trace::Error::Usage.into());
    }
    let client = crate::cluster::client(&global.cluster()).await?;
    let targets = trace::targets(&client, &args.args, kind, api_version).await?;
    let ns = &global.namespace;
    let mut objects = Vec::new();
    for t in &targets {
        objects.push((t, trace::get_target(&client, t, ns).await?));
    }
    let count = objects.len();
    for (i, (target, obj)) in objects.into_iter().enumerate() {
        match trace::trace(&client, target, &obj).await {
            Ok(report) => out.out(&report),
            Err(e) => out.error_text(&format!(
                "failed to trace {}/{} in namespace {}: {e}",
                target.display_kind,
                obj.name_any(),
                obj.namespace().unwrap_or_default()
            )),
        }
        if i + 1 < count {
            out.out("---\n");
        }
    }
    Ok(())
}
