//! `flux diff artifact oci://host/repo:tag --path=dir`: whether the local tree builds to the artifact's layer
//! (same bytes, hence same digest and size), as Flux compares them.

use std::path::PathBuf;

use sha2::Digest as _;

use crate::cli::Global;
use crate::cli::printer::Printer;
use crate::oci::artifact;
use crate::progress::Progress;

use super::{DEFAULT_IGNORE, RegistryArgs, parse_url, with_timeout};

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Check if local files differ from remote\n  flux diff artifact oci://ghcr.io/stefanprodan/manifests:podinfo:6.2.0 --path=./kustomize"
)]
pub struct Args {
    /// The artifact address, oci://<host>/<repo>:<tag>.
    pub url: String,
    /// path to the directory where the Kubernetes manifests are located
    #[arg(long, default_value = "")]
    pub path: String,
    #[command(flatten)]
    pub registry: RegistryArgs,
    /// set paths to ignore in .gitignore format
    #[arg(long = "ignore-paths", value_delimiter = ',', default_values = DEFAULT_IGNORE)]
    pub ignore_paths: Vec<String>,
}

pub async fn run(args: Args, global: &Global, out: &Printer) -> anyhow::Result<()> {
    if args.path.is_empty() {
        anyhow::bail!("invalid path \"\"");
    }
    let url = parse_url(&args.url)?;
    if std::fs::metadata(&args.path).is_err() {
        anyhow::bail!(
            "invalid path '{}', must point to an existing directory or file",
            args.path
        );
    }
    let client = args.registry.client(&url, global.timeout, out)?;
    let path = PathBuf::from(&args.path);
    let ignore = args.ignore_paths.clone();
    let local = tokio::task::spawn_blocking(move || artifact::build_layer(&path, &ignore))
        .await?
        .map_err(|e| anyhow::anyhow!("building artifact failed: {e}"))?;
    let local_digest = format!("sha256:{}", hex::encode(sha2::Sha256::digest(&local)));
    let same = with_timeout(global.timeout, async {
        let manifest = client.manifest(&url.repository, &url.reference()).await?;
        let layer = artifact::select_layer(&manifest.json, None)?;
        let digest = layer.get("digest").and_then(serde_json::Value::as_str);
        let size = layer.get("size").and_then(serde_json::Value::as_u64);
        Ok(digest == Some(local_digest.as_str()) && size == Some(local.len() as u64))
    })
    .await?;
    if !same {
        anyhow::bail!("the remote artifact contents differs from the local one");
    }
    out.success("no changes detected");
    Ok(())
}
