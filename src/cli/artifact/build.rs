//! `flux build artifact --path=dir --output=artifact.tgz`: the tarball `flux push artifact` would push.

use std::path::PathBuf;

use crate::cli::Global;
use crate::cli::printer::Printer;
use crate::oci::artifact;
use crate::progress::Progress;

use super::DEFAULT_IGNORE;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Build the given manifests directory into an artifact\n  flux build artifact --path ./path/to/local/manifests --output ./path/to/artifact.tgz"
)]
pub struct Args {
    /// Path to the directory where the Kubernetes manifests are located.
    #[arg(long, short = 'p', default_value = "")]
    pub path: String,
    /// Path to where the artifact tgz file should be written.
    #[arg(long, short = 'o', default_value = "artifact.tgz")]
    pub output: String,
    /// set paths to ignore in .gitignore format
    #[arg(long = "ignore-paths", value_delimiter = ',', default_values = DEFAULT_IGNORE)]
    pub ignore_paths: Vec<String>,
}

pub async fn run(args: Args, _global: &Global, out: &Printer) -> anyhow::Result<()> {
    if args.path.is_empty() {
        anyhow::bail!("invalid path \"\"");
    }
    if std::fs::metadata(&args.path).is_err() {
        anyhow::bail!(
            "invalid path '{}', must point to an existing directory or file",
            args.path
        );
    }
    out.action(&format!("building artifact from {}", args.path));
    let path = PathBuf::from(&args.path);
    let ignore = args.ignore_paths.clone();
    let layer = tokio::task::spawn_blocking(move || artifact::build_layer(&path, &ignore))
        .await?
        .map_err(|e| anyhow::anyhow!("building artifact failed, error: {e}"))?;
    std::fs::write(&args.output, &layer)
        .map_err(|e| anyhow::anyhow!("building artifact failed, error: {e}"))?;
    out.success(&format!("artifact created at {}", args.output));
    Ok(())
}
