//! `flux plugin uninstall <name>`: remove a plugin's binary and receipt.

use anyhow::Context;

use crate::cli::printer::Printer;
use crate::plugin::{discovery, install};
use crate::progress::Progress;

/// The plugin uninstall command removes a plugin binary and its receipt from the plugin directory.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:\n  # Uninstall a plugin\n  flux plugin uninstall operator")]
pub struct Args {
    /// The plugin's name.
    pub name: String,
}

pub fn run(args: Args, out: &Printer) -> anyhow::Result<()> {
    let dir = discovery::plugin_dir().context("cannot find the home directory")?;
    install::uninstall(&dir, &args.name)?;
    out.success(&format!("uninstalled {}", args.name));
    Ok(())
}
