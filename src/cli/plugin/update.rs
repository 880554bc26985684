//! `flux plugin update [name]`: bring installed plugins to the catalog's latest version. A plugin without a
//! receipt (copied by hand) is skipped with a warning; a failure is reported and the next plugin is tried.

use anyhow::Context;

use crate::cli::printer::Printer;
use crate::plugin::catalog::{self, CatalogClient};
use crate::plugin::install::{Installer, read_receipt};
use crate::plugin::{discovery, host_platform, quote};
use crate::progress::Progress;

/// The plugin update command updates installed plugins to their latest versions.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Update a single plugin\n  flux plugin update operator\n\n  # Update all installed plugins\n  flux plugin update"
)]
pub struct Args {
    /// Only this plugin.
    pub name: Option<String>,
}

pub async fn run(args: Args, out: &Printer) -> anyhow::Result<()> {
    let client = CatalogClient::from_env();
    let (_, mut plugins) = super::installed();
    if plugins.is_empty() {
        out.error_text("No plugins found\n");
        return Ok(());
    }
    if let Some(name) = &args.name {
        plugins.retain(|p| &p.name == name);
        if plugins.is_empty() {
            anyhow::bail!("plugin {} is not installed", quote(name));
        }
    }
    let dir = discovery::ensure_plugin_dir().context("cannot find the home directory")?;
    let installer = Installer::default();
    let (os, arch) = host_platform();
    for plugin in plugins {
        let name = &plugin.name;
        let Some(receipt) = read_receipt(&dir, name) else {
            out.warning(&format!("skipping {name} (manually installed)"));
            continue;
        };
        let checked = async {
            let manifest = client.fetch_manifest(name).await?;
            let latest = catalog::resolve_version(&manifest, "")?.clone();
            if latest.version == receipt.version {
                return Ok::<_, catalog::Error>(None);
            }
            let platform = catalog::resolve_platform(&latest, os, arch)?.clone();
            Ok(Some((manifest, latest, platform)))
        }
        .await;
        let (manifest, latest, platform) = match checked {
            Err(e) => {
                out.failure(&format!("error checking {name}: {e}"));
                continue;
            }
            Ok(None) => {
                out.success(&format!("{name} already up to date (v{})", receipt.version));
                continue;
            }
            Ok(Some(update)) => update,
        };
        let from = &receipt.version;
        let to = &latest.version;
        match installer.install(&dir, &manifest, &latest, &platform).await {
            Ok(()) => out.success(&format!("updated {name} v{from} → v{to}")),
            Err(e) => out.failure(&format!("error updating {name}: {e}")),
        }
    }
    Ok(())
}
