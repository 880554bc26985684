//! `flux resume helmrelease NAME… | --all` (alias `hr`): resume and, for one name or with `--wait`, wait for
//! the release.

use kube::api::Api;

use super::{Flags, resume_kind};
use crate::api::helm::HelmRelease;
use crate::cli::Global;
use crate::cli::printer::Printer;
use crate::cli::suspend::Selection;
use crate::objects::helm_release;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Resume reconciliation for an existing Helm release\n  flux resume hr podinfo\n\n  # Resume reconciliation for multiple Helm releases\n  flux resume hr podinfo-1 podinfo-2"
)]
pub struct Args {
    /// Names of the HelmReleases.
    pub names: Vec<String>,

    #[command(flatten)]
    pub flags: Flags,
}

pub async fn run(args: Args, global: &Global, out: &Printer) -> anyhow::Result<()> {
    let selection = Selection::new(args.names, args.flags.all, "helmrelease")?;
    let ns = &global.namespace;
    let client = crate::cluster::client(&global.cluster()).await?;
    let api: Api<HelmRelease> = Api::namespaced(client, ns);
    resume_kind(
        &api,
        &selection,
        args.flags.wait,
        "helmrelease",
        global,
        helm_release::success_message,
        out,
    )
    .await
}
