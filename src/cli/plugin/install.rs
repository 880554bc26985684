//! `flux plugin install <name>[@<version>|@<digest>]`: download and install a plugin from the catalog.

use anyhow::Context;

use crate::cli::printer::Printer;
use crate::plugin::catalog::{self, CatalogClient};
use crate::plugin::install::Installer;
use crate::plugin::{discovery, host_platform, quote};
use crate::progress::Progress;

/// The plugin install command downloads and installs a plugin from the Flux plugin catalog.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Install the latest version\n  flux plugin install operator\n\n  # Install a specific version\n  flux plugin install operator@0.45.0\n\n  # Install pinned to a specific digest\n  flux plugin install operator@sha256:06e0a38db4fa6bc9f705a577c7e58dc020bfe2618e45488599e5ef7bb62e3a8a"
)]
pub struct Args {
    /// The plugin, optionally with `@<version>` or `@sha256:<digest>`.
    #[arg(value_name = "name[@version|@digest]")]
    pub name: String,
}

pub async fn run(args: Args, out: &Printer) -> anyhow::Result<()> {
    let (name, reference) = catalog::parse_name_version(&args.name);
    let client = CatalogClient::from_env();
    let manifest = client.fetch_manifest(name).await?;
    let (os, arch) = host_platform();
    let (version, platform) = if catalog::is_digest_ref(reference) {
        catalog::resolve_by_digest(&manifest, reference, os, arch)?
    } else {
        let version = catalog::resolve_version(&manifest, reference)?;
        let platform = catalog::resolve_platform(version, os, arch).map_err(|_| {
            anyhow::anyhow!(
                "plugin {} v{} has no binary for {os}/{arch}",
                quote(name),
                version.version
            )
        })?;
        (version, platform)
    };
    let dir = discovery::ensure_plugin_dir().context("cannot find the home directory")?;
    Installer::default()
        .install(&dir, &manifest, version, platform)
        .await?;
    out.success(&format!("installed {name} v{}", version.version));
    Ok(())
}
