//! `flux delete image repository|policy|update NAME`: delete an image automation object after a confirmation.

use crate::api::image::{ImagePolicy, ImageRepository, ImageUpdateAutomation};
use crate::cli::Global;
use crate::cli::printer::Printer;

/// `flux delete image` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Delete an ImagePolicy object.
    #[command(
        after_help = "Examples:\n  # Delete an image policy\n  flux delete image policy alpine3.x"
    )]
    Policy(Args),
    /// Delete an ImageRepository object.
    #[command(
        after_help = "Examples:\n  # Delete an image repository\n  flux delete image repository alpine"
    )]
    Repository(Args),
    /// Delete an ImageUpdateAutomation object.
    #[command(
        after_help = "Examples:\n  # Delete an image update automation\n  flux delete image update latest-images"
    )]
    Update(Args),
}

/// Flags of `flux delete image repository|policy|update`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Name of the object.
    pub name: Option<String>,
}

/// Runs `flux delete image …`.
pub async fn run(cmd: Command, silent: bool, global: &Global, out: &Printer) -> anyhow::Result<()> {
    use super::delete_kind;
    match cmd {
        Command::Repository(a) => {
            delete_kind::<ImageRepository>(a.name, "image repository", silent, global, out).await
        }
        Command::Policy(a) => {
            delete_kind::<ImagePolicy>(a.name, "image policy", silent, global, out).await
        }
        Command::Update(a) => {
            delete_kind::<ImageUpdateAutomation>(
                a.name,
                "image update automation",
                silent,
                global,
                out,
            )
            .await
        }
    }
}
