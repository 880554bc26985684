//! `flux pull artifact oci://host/repo:tag --output=dir`: pull a Flux OCI artifact and extract its content.

use std::path::PathBuf;

use crate::cli::Global;
use crate::cli::printer::Printer;
use crate::oci::artifact;
use crate::progress::Progress;

use super::{RegistryArgs, parse_url, with_timeout};

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Pull an OCI artifact created by flux from GHCR\n  flux pull artifact oci://ghcr.io/org/manifests/app:v0.0.1 --output ./path/to/local/manifests"
)]
pub struct Args {
    /// The artifact address, oci://<host>/<repo>:<tag>.
    pub url: String,
    /// path where the artifact content should be extracted.
    #[arg(long, short = 'o', default_value = "")]
    pub output: String,
    #[command(flatten)]
    pub registry: RegistryArgs,
}

pub async fn run(args: Args, global: &Global, out: &Printer) -> anyhow::Result<()> {
    if args.output.is_empty() {
        anyhow::bail!("output path cannot be empty");
    }
    match std::fs::metadata(&args.output) {
        Ok(m) if m.is_dir() => {}
        Ok(_) => anyhow::bail!("invalid output path \"{}\": not a directory", args.output),
        Err(e) => anyhow::bail!("invalid output path \"{}\": {e}", args.output),
    }
    let url = parse_url(&args.url)?;
    let client = args.registry.client(&url, global.timeout, out)?;
    out.action(&format!("pulling artifact from {}", url.display()));
    let pulled = with_timeout(global.timeout, async {
        Ok(artifact::pull(&client, &url.repository, &url.reference(), None).await?)
    })
    .await?;
    let dest = PathBuf::from(&args.output);
    let layer = pulled.layer.clone();
    tokio::task::spawn_blocking(move || artifact::extract(&layer, &dest)).await??;
    if !pulled.metadata.source.is_empty() {
        out.success(&format!("source {}", pulled.metadata.source));
    }
    if !pulled.metadata.revision.is_empty() {
        out.success(&format!("revision {}", pulled.metadata.revision));
    }
    out.success(&format!(
        "digest {}@{}",
        url.repository_name(),
        pulled.digest
    ));
    out.success(&format!("artifact content extracted to {}", args.output));
    Ok(())
}

/// `flux pull`'s kinds.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Pull an OCI artifact.
    Artifact(Args),
}
