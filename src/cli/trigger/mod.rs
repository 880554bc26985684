//! `flux trigger`: call Flux from outside the cluster (no kubeconfig needed).

pub mod receiver;

use super::Global;
use super::printer::Printer;

/// `flux trigger` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Trigger the webhook of a Receiver.
    Receiver(receiver::Args),
}

/// Runs `flux trigger …`.
pub async fn run(cmd: Command, global: &Global, out: &Printer) -> anyhow::Result<()> {
    match cmd {
        Command::Receiver(a) => receiver::run(a, global, out).await,
    }
}
