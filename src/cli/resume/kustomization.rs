//! `flux resume kustomization NAME… | --all` (alias `ks`): resume and, for one name or with `--wait`, wait for
//! the apply.

use kube::api::Api;

use super::{Flags, resume_kind};
use crate::api::kustomize::Kustomization;
use crate::cli::Global;
use crate::cli::printer::Printer;
use crate::cli::suspend::Selection;
use crate::objects::kustomization;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Resume reconciliation for an existing Kustomization\n  flux resume ks podinfo\n\n  # Resume reconciliation for multiple Kustomizations\n  flux resume ks podinfo-1 podinfo-2"
)]
pub struct Args {
    /// Names of the Kustomizations.
    pub names: Vec<String>,

    #[command(flatten)]
    pub flags: Flags,
}

pub async fn run(args: Args, global: &Global, out: &Printer) -> anyhow::Result<()> {
    let selection = Selection::new(args.names, args.flags.all, "kustomization")?;
    let ns = &global.namespace;
    let client = crate::cluster::client(&global.cluster()).await?;
    let api: Api<Kustomization> = Api::namespaced(client, ns);
    resume_kind(
        &api,
        &selection,
        args.flags.wait,
        "kustomization",
        global,
        kustomization::success_message,
        out,
    )
    .await
}
