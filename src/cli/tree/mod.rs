//! `flux tree`: print the objects a Flux object reconciles, as a tree.

pub mod artifact_generator;
pub mod kustomization;

use super::Global;
use super::printer::Printer;
use crate::objects::{self, tree::Tree};

/// `flux tree` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Print the resource inventory of a Kustomization.
    #[command(visible_alias = "ks")]
    Kustomization(kustomization::Args),
    /// Print artifact objects reconciled by Flux.
    #[command(subcommand)]
    Artifact(artifact_generator::Command),
}

/// Runs `flux tree …`.
pub async fn run(cmd: Command, global: &Global, out: &Printer) -> anyhow::Result<()> {
    match cmd {
        Command::Kustomization(a) => kustomization::run(a, global, out).await,
        Command::Artifact(cmd) => artifact_generator::run(cmd, global, out).await,
    }
}

/// Prints `t` as `--output` asks: `json`, `yaml` (keys sorted, as Flux prints them), else the drawn tree.
fn print(t: &Tree, output: &str, out: &Printer) -> anyhow::Result<()> {
    let text = match output {
        "json" => serde_json::to_string_pretty(t)?,
        "yaml" => yaml_serde::to_string(&objects::sort_keys(serde_json::to_value(t)?))?,
        _ => t.print(),
    };
    out.out(&format!("{text}\n"));
    Ok(())
}
