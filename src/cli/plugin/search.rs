//! `flux plugin search [query]`: the catalog's plugins whose name or description contains the query, with the
//! installed version of each.

use crate::cli::get::render_table;
use crate::cli::printer::Printer;
use crate::plugin::catalog::CatalogClient;
use crate::plugin::{discovery, install::read_receipt, quote};

/// The plugin search command lists available plugins from the Flux plugin catalog.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # List every plugin of the catalog\n  flux plugin search\n\n  # Search by name or description\n  flux plugin search operator"
)]
pub struct Args {
    /// Case-insensitive text to find in a plugin's name or description.
    pub query: Option<String>,
}

pub async fn run(args: Args, out: &Printer) -> anyhow::Result<()> {
    let catalog = CatalogClient::from_env().fetch_catalog().await?;
    let query = args.query.unwrap_or_default().to_lowercase();
    let dir = discovery::plugin_dir();
    let rows: Vec<Vec<String>> = catalog
        .plugins
        .iter()
        .filter(|e| {
            query.is_empty()
                || e.name.to_lowercase().contains(&query)
                || e.description.to_lowercase().contains(&query)
        })
        .map(|e| {
            let installed = dir
                .as_deref()
                .and_then(|d| read_receipt(d, &e.name))
                .map(|r| r.version)
                .unwrap_or_default();
            vec![e.name.clone(), e.description.clone(), installed]
        })
        .collect();
    if rows.is_empty() {
        // cobra's Printf: stderr.
        if query.is_empty() {
            out.error_text("No plugins found in catalog\n");
        } else {
            out.error_text(&format!(
                "No plugins matching {} found in catalog\n",
                quote(&query)
            ));
        }
        return Ok(());
    }
    out.out(&render_table(
        &["NAME", "DESCRIPTION", "INSTALLED"],
        &rows,
        true,
    ));
    Ok(())
}
