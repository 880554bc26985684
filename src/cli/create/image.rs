//! `flux create image repository|policy|update`: the group, and the apply-then-wait every image kind shares.

use kube::api::Api;
use serde::Serialize;
use serde::de::DeserializeOwned;

use super::{image_policy, image_repository, image_update};
use crate::api::FluxObject;
use crate::cli::Global;
use crate::cli::printer::Printer;
use crate::objects;
use crate::progress::Progress;

/// `flux create image` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Create or update an ImagePolicy object.
    Policy(Box<image_policy::Args>),
    /// Create or update an ImageRepository object.
    Repository(image_repository::Args),
    /// Create or update an ImageUpdateAutomation object.
    Update(Box<image_update::Args>),
}

impl Command {
    /// The positional name, checked by `flux create` before anything else.
    pub fn name(&self) -> Option<&str> {
        match self {
            Command::Policy(a) => a.name.as_deref(),
            Command::Repository(a) => a.name.as_deref(),
            Command::Update(a) => a.name.as_deref(),
        }
    }
}

/// Runs `flux create image …`.
pub async fn run(
    cmd: Command,
    common: &super::Common,
    global: &Global,
    out: &Printer,
) -> anyhow::Result<()> {
    match cmd {
        Command::Policy(a) => image_policy::run(*a, common, global, out).await,
        Command::Repository(a) => image_repository::run(a, common, global, out).await,
        Command::Update(a) => image_update::run(*a, common, global, out).await,
    }
}

/// Creates or updates `obj` and waits until it is Ready, printing Flux's lines (`✚ generating …`,
/// `► applying …`, `✔ … created|updated`, `◎ waiting for … reconciliation`, `✔ … reconciliation completed`).
pub async fn apply_and_wait<K>(obj: &K, global: &Global, out: &Printer) -> anyhow::Result<K>
where
    K: FluxObject
        + kube::Resource<Scope = k8s_openapi::NamespaceResourceScope>
        + Clone
        + Serialize
        + DeserializeOwned
        + std::fmt::Debug
        + Send
        + Sync
        + 'static,
{
    let kind = K::kind(&()).to_string();
    let name = kube::ResourceExt::name_any(obj);
    let namespace = obj.meta().namespace.clone().unwrap_or_default();
    let client = crate::cluster::client(&global.cluster()).await?;
    out.generate(&format!("generating {kind}"));
    out.action(&format!("applying {kind}"));
    let api: Api<K> = Api::namespaced(client, &namespace);
    let existed = api
        .get_opt(&name)
        .await
        .map_err(|e| anyhow::anyhow!(crate::cluster::describe(&e)))?
        .is_some();
    objects::upsert(&api, obj).await?;
    out.success(&format!(
        "{kind} {}",
        if existed { "updated" } else { "created" }
    ));
    out.waiting(&format!("waiting for {kind} reconciliation"));
    let ready = objects::wait_ready(&api, &namespace, &name, None, global.timeout).await?;
    out.success(&format!("{kind} reconciliation completed"));
    Ok(ready)
}
