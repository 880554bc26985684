//! `flux push artifact oci://host/repo:tag --path=… --source=… --revision=…`: package a directory or file as
//! a Flux OCI artifact and push it.

use std::collections::BTreeMap;
use std::path::PathBuf;

use crate::cli::Global;
use crate::cli::printer::Printer;
use crate::oci::artifact::{self, Metadata};
use crate::progress::Progress;

use super::{DEFAULT_IGNORE, RegistryArgs, parse_url, with_timeout};

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Push manifests to GHCR using the short Git SHA as the OCI artifact tag\n  flux push artifact oci://ghcr.io/org/config/app:$(git rev-parse --short HEAD) \\\n\t--path=\"./path/to/local/manifests\" \\\n\t--source=\"$(git config --get remote.origin.url)\" \\\n\t--revision=\"$(git branch --show-current)@sha1:$(git rev-parse HEAD)\"\n\n  # Push and print the artifact digest in JSON format\n  flux push artifact oci://ghcr.io/org/config/app:1.0.0 --path=./manifests --source=https://github.com/org/config --revision=\"1.0.0@sha1:$(git rev-parse HEAD)\" --output=json"
)]
pub struct Args {
    /// The artifact address, oci://<host>/<repo>:<tag>.
    pub url: String,
    /// path to the directory where the Kubernetes manifests are located
    #[arg(long, short = 'f', default_value = "")]
    pub path: String,
    /// the source address, e.g. the Git URL
    #[arg(long, default_value = "")]
    pub source: String,
    /// the source revision in the format '<branch|tag>@sha1:<commit-sha>'
    #[arg(long, default_value = "")]
    pub revision: String,
    #[command(flatten)]
    pub registry: RegistryArgs,
    /// set paths to ignore in .gitignore format
    #[arg(long = "ignore-paths", value_delimiter = ',', default_values = DEFAULT_IGNORE)]
    pub ignore_paths: Vec<String>,
    /// Set custom OCI annotations in the format '<key>=<value>'
    #[arg(long = "annotations", short = 'a')]
    pub annotations: Vec<String>,
    /// the format in which the artifact digest should be printed, can be 'json' or 'yaml'
    #[arg(long, short = 'o', default_value = "")]
    pub output: String,
    /// display logs from underlying library
    #[arg(long)]
    pub debug: bool,
    /// ensure reproducible image digests by setting the created timestamp to '1970-01-01T00:00:00Z'
    #[arg(long)]
    pub reproducible: bool,
}

pub async fn run(args: Args, global: &Global, out: &Printer) -> anyhow::Result<()> {
    if args.source.is_empty() {
        anyhow::bail!("--source is required");
    }
    if args.revision.is_empty() {
        anyhow::bail!("--revision is required");
    }
    if args.path.is_empty() {
        anyhow::bail!("invalid path \"\"");
    }
    let url = parse_url(&args.url)?;
    let path = PathBuf::from(&args.path);
    if let Err(e) = std::fs::metadata(&path) {
        anyhow::bail!(
            "invalid path '{}', must point to an existing directory or file: {e}",
            args.path
        );
    }
    let mut annotations = BTreeMap::new();
    for a in &args.annotations {
        match a.split('=').collect::<Vec<_>>().as_slice() {
            [k, v] => {
                annotations.insert(k.to_string(), v.to_string());
            }
            _ => anyhow::bail!("invalid annotation {a}, must be in the format key=value"),
        }
    }
    let created = if args.reproducible {
        "1970-01-01T00:00:00Z".to_string()
    } else {
        k8s_openapi::jiff::Timestamp::now()
            .strftime("%Y-%m-%dT%H:%M:%SZ")
            .to_string()
    };
    let metadata = Metadata {
        created,
        source: args.source.clone(),
        revision: args.revision.clone(),
        annotations,
    };
    let client = args.registry.client(&url, global.timeout, out)?;
    if args.output.is_empty() {
        out.action(&format!("pushing artifact to {}", url.display()));
    }
    let tag = url.tag.clone().unwrap_or_else(|| "latest".to_string());
    let ignore = args.ignore_paths.clone();
    let digest = with_timeout(global.timeout, async {
        let layer =
            tokio::task::spawn_blocking(move || artifact::build_layer(&path, &ignore)).await??;
        artifact::push(&client, &url.repository, &tag, &layer, &metadata)
            .await
            .map_err(|e| anyhow::anyhow!("pushing artifact failed: {}", error_text(&e)))
    })
    .await?;
    let digest_url = format!("{}@{digest}", url.repository_name());
    let info = serde_json::json!({
        "url": format!("oci://{digest_url}"),
        "repository": url.repository_name(),
        "tag": tag,
        "digest": digest,
    });
    match args.output.as_str() {
        "json" => out.out(&format!("{}\n", serde_json::to_string_pretty(&info)?)),
        "yaml" => out.out(&yaml_serde::to_string(&info)?),
        _ => out.success(&format!("artifact successfully pushed to {digest_url}")),
    }
    Ok(())
}

/// An error and its causes on one line, as Go's wrapped errors print.
pub fn error_text(e: &(dyn std::error::Error + 'static)) -> String {
    crate::oci::http::error_chain(e)
}

/// `flux push`'s kinds.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Push an OCI artifact.
    Artifact(Args),
}
