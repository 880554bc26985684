//! `flux plugin list`: the installed plugins with their versions (`manual` without a receipt) and paths.

use crate::cli::get::render_table;
use crate::cli::printer::Printer;
use crate::plugin::install::read_receipt;

/// The plugin list command shows all installed plugins with their versions and paths.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:\n  # List installed plugins\n  flux plugin list")]
pub struct Args {}

pub fn run(_args: Args, out: &Printer) -> anyhow::Result<()> {
    let (dir, plugins) = super::installed();
    let Some(dir) = dir.filter(|_| !plugins.is_empty()) else {
        // cobra's Println: stderr.
        out.error_text("No plugins found\n");
        return Ok(());
    };
    let rows: Vec<Vec<String>> = plugins
        .iter()
        .map(|p| {
            let version = read_receipt(&dir, &p.name)
                .map(|r| r.version)
                .unwrap_or_else(|| "manual".to_string());
            vec![p.name.clone(), version, p.path.display().to_string()]
        })
        .collect();
    out.out(&render_table(&["NAME", "VERSION", "PATH"], &rows, true));
    Ok(())
}
