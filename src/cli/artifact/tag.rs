//! `flux tag artifact oci://host/repo:tag --tag=…`: put the artifact's manifest under more tags.

use crate::cli::Global;
use crate::cli::printer::Printer;
use crate::oci::client::OCI_MANIFEST;
use crate::progress::Progress;

use super::{RegistryArgs, parse_url, with_timeout};

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Tag an OCI artifact using the latest version\n  flux tag artifact oci://ghcr.io/org/manifests/app:v0.0.1 --tag latest\n\n  # Tag an OCI artifact with two tags\n  flux tag artifact oci://ghcr.io/org/manifests/app:v0.0.1 --tag production --tag v1"
)]
pub struct Args {
    /// The artifact address, oci://<host>/<repo>:<tag>.
    pub url: String,
    /// tag name
    #[arg(long = "tag", value_delimiter = ',')]
    pub tags: Vec<String>,
    #[command(flatten)]
    pub registry: RegistryArgs,
}

pub async fn run(args: Args, global: &Global, out: &Printer) -> anyhow::Result<()> {
    if args.tags.is_empty() {
        anyhow::bail!("--tag is required");
    }
    let url = parse_url(&args.url)?;
    let client = args.registry.client(&url, global.timeout, out)?;
    out.action("tagging artifact");
    with_timeout(global.timeout, async {
        let manifest = client.manifest(&url.repository, &url.reference()).await?;
        let media_type = manifest
            .json
            .get("mediaType")
            .and_then(serde_json::Value::as_str)
            .unwrap_or(OCI_MANIFEST)
            .to_string();
        for tag in &args.tags {
            client
                .push_manifest(&url.repository, tag, &manifest.bytes, &media_type)
                .await
                .map_err(|e| anyhow::anyhow!("tagging artifact failed: {e}"))?;
            out.success(&format!(
                "artifact tagged as {}:{tag}",
                url.repository_name()
            ));
        }
        Ok(())
    })
    .await
}

/// `flux tag`'s kinds.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Tag an OCI artifact.
    Artifact(Args),
}
