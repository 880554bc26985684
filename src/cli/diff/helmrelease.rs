//! `flux diff helmrelease NAME`: what the HelmRelease would release now, as a server-side dry-run diff
//! against the cluster — beyond Flux, in `flux diff kustomization`'s output style and exit codes (0 nothing
//! would change, 1 something would, 2 the diff failed).

use std::path::PathBuf;

use super::super::printer::Printer;
use super::super::{ExitError, Global};
use crate::cluster;
use crate::diff::helm_release::{Options, diff_helmrelease};

const CHANGED: i32 = 1;
const FAILED: i32 = 2;
const CHANGED_MESSAGE: &str = "identified at least one change, exiting with non-zero exit code";

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Preview what a HelmRelease would change in the cluster now\n  flux diff helmrelease podinfo -n apps\n\n  # Preview a local chart and values before pushing them\n  flux diff helmrelease podinfo -n apps --chart-path ./charts/podinfo --values ./values-prod.yaml"
)]
pub struct Args {
    pub name: String,

    /// Render this local chart directory instead of the chart of the HelmRelease's source.
    #[arg(long = "chart-path")]
    pub chart_path: Option<PathBuf>,

    /// Local values files merged, in order, over the HelmRelease's values.
    #[arg(long = "values", short = 'f')]
    pub values: Vec<PathBuf>,
}

pub async fn run(args: Args, global: &Global, out: &Printer) -> anyhow::Result<()> {
    let failed = |e: &dyn std::fmt::Display| ExitError {
        code: FAILED,
        message: e.to_string(),
    };
    let client = cluster::client(&global.cluster())
        .await
        .map_err(|e| failed(&e))?;
    let opts = Options {
        name: args.name,
        namespace: global.namespace.clone(),
        chart_path: args.chart_path,
        values_files: args.values,
    };
    let diff = match tokio::time::timeout(global.timeout, diff_helmrelease(&client, &opts)).await {
        Ok(done) => done.map_err(|e| failed(&e))?,
        Err(_) => return Err(failed(&"context deadline exceeded").into()),
    };
    out.error_text(&super::kustomization::render(&diff.entries));
    if let Some(err) = diff.error() {
        return Err(failed(&err).into());
    }
    if diff.changed {
        return Err(ExitError {
            code: CHANGED,
            message: CHANGED_MESSAGE.to_string(),
        }
        .into());
    }
    Ok(())
}
