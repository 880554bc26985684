//! `flux build kustomization NAME --path DIR`: print what the Kustomization would apply.

use std::path::PathBuf;

use serde_json::Value;

use super::super::Global;
use super::super::printer::Printer;
use crate::build::{self, BuildOptions};
use crate::cluster;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Build the local manifests as they were built on the cluster\n  flux build kustomization my-app --path ./path/to/local/manifests\n\n  # Build without a cluster, from a Kustomization in a file\n  flux build kustomization my-app --path ./manifests --kustomization-file ./clusters/dev/my-app.yaml --dry-run"
)]
pub struct Args {
    /// Name of the Kustomization.
    pub name: String,

    /// Path to the manifests location.
    #[arg(long, default_value = "")]
    pub path: String,

    /// Path to the Flux Kustomization YAML file.
    #[arg(long = "kustomization-file")]
    pub kustomization_file: Option<PathBuf>,

    /// Set paths to ignore in .gitignore format.
    #[arg(long = "ignore-paths", value_delimiter = ',')]
    pub ignore_paths: Vec<String>,

    /// Dry run mode: no cluster access; substituteFrom objects are not read.
    #[arg(long = "dry-run")]
    pub dry_run: bool,

    /// When enabled, the post build substitutions will fail if a var without a default value is declared in files but is missing from the input vars.
    #[arg(long = "strict-substitute")]
    pub strict_substitute: bool,

    /// Recursively build Kustomizations.
    #[arg(short = 'r', long)]
    pub recursive: bool,

    /// Local sources for Kustomizations built recursively, as Kind/namespace/name=path.
    #[arg(long = "local-sources", value_delimiter = ',')]
    pub local_sources: Vec<String>,

    /// Accepted for compatibility with Flux: builds are always in memory.
    #[arg(long = "in-memory-build", action = clap::ArgAction::Set, num_args = 0..=1, default_missing_value = "true", default_value_t = false)]
    pub in_memory_build: bool,
}

pub async fn run(args: Args, global: &Global, out: &Printer) -> anyhow::Result<()> {
    if args.path.is_empty() {
        return Err(build::Error::InvalidPath(String::new()).into());
    }
    let opts = BuildOptions {
        path: PathBuf::from(&args.path),
        ignore_paths: args.ignore_paths,
        strict_substitute: args.strict_substitute,
        recursive: args.recursive,
        local_sources: build::parse_local_sources(&args.local_sources)?,
        mask_secrets: true,
        ..BuildOptions::default()
    };
    let client = if args.dry_run {
        None
    } else {
        Some(cluster::client(&global.cluster()).await?)
    };
    let mut ks = match (&args.kustomization_file, &client) {
        (Some(file), _) => build::read_kustomization_file(file, &args.name)?,
        (None, Some(client)) => {
            build::get_kustomization(client, &global.namespace, &args.name).await?
        }
        (None, None) => anyhow::bail!("dry-run mode requires a kustomization file"),
    };
    if ks["metadata"]["namespace"]
        .as_str()
        .is_none_or(str::is_empty)
    {
        ks["metadata"]["namespace"] = Value::String(global.namespace.clone());
    }
    let list = build::build(client.as_ref(), &ks, &opts).await?;
    out.out(&list.to_yaml_terminated());
    Ok(())
}
