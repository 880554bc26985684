//! `flux export source external [NAME | --all] [--with-credentials]`. An ExternalArtifact references no
//! Secret, so `--with-credentials` adds nothing (Flux accepts the flag all the same).

use kube::api::Api;

use crate::api::source::ExternalArtifact;
use crate::cli::Global;
use crate::cli::printer::Printer;
use crate::objects::external_artifact::export_value;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Export all ExternalArtifact sources\n  flux export source external --all > sources.yaml\n\n  # Export a specific ExternalArtifact\n  flux export source external my-artifact > source.yaml"
)]
pub struct Args {
    /// Name of the ExternalArtifact.
    pub name: Option<String>,

    /// Include credential secrets.
    #[arg(long = "with-credentials")]
    pub with_credentials: bool,
}

pub async fn run(args: Args, all: bool, global: &Global, out: &Printer) -> anyhow::Result<()> {
    let ns = &global.namespace;
    let client = crate::cluster::client(&global.cluster()).await?;
    let api: Api<ExternalArtifact> = Api::namespaced(client, ns);
    let items = super::select(&api, ns, args.name.as_deref(), all).await?;
    super::print(&items, export_value, out)
}
