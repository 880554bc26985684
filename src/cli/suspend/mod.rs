//! `flux suspend`: set `spec.suspend: true` so controllers stop reconciling an object (deletion still works).
//! The per-kind commands share [`suspend_kind`].

pub mod helm_release;
pub mod image;
pub mod kustomization;
pub mod notification;
pub mod source_bucket;
pub mod source_chart;
pub mod source_git;
pub mod source_helm;
pub mod source_oci;

use kube::api::{Api, ListParams};
use serde::de::DeserializeOwned;

use super::Global;
use super::printer::Printer;
use crate::objects;
use crate::progress::Progress;

/// `flux suspend` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Suspend sources.
    #[command(subcommand)]
    Source(SourceCommand),
    /// Suspend reconciliation of Kustomization.
    #[command(visible_alias = "ks")]
    Kustomization(kustomization::Args),
    /// Suspend reconciliation of HelmRelease.
    #[command(visible_alias = "hr")]
    Helmrelease(helm_release::Args),
    /// Suspend reconciliation of Alert.
    Alert(notification::Args),
    /// Suspend reconciliation of Provider.
    #[command(name = "alert-provider")]
    AlertProvider(notification::Args),
    /// Suspend reconciliation of Receiver.
    Receiver(notification::Args),
    /// Suspend image automation objects.
    #[command(subcommand)]
    Image(image::Command),
}

/// `flux suspend source` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum SourceCommand {
    /// Suspend reconciliation of a Bucket.
    Bucket(source_bucket::Args),
    /// Suspend reconciliation of a GitRepository.
    Git(source_git::Args),
    /// Suspend reconciliation of a HelmRepository.
    Helm(source_helm::Args),
    /// Suspend reconciliation of an OCIRepository.
    Oci(source_oci::Args),
    /// Suspend reconciliation of a HelmChart.
    Chart(source_chart::Args),
}

/// Runs `flux suspend …`.
pub async fn run(cmd: Command, global: &Global, out: &Printer) -> anyhow::Result<()> {
    match cmd {
        Command::Source(SourceCommand::Git(a)) => source_git::run(a, global, out).await,
        Command::Source(SourceCommand::Bucket(a)) => source_bucket::run(a, global, out).await,
        Command::Source(SourceCommand::Oci(a)) => source_oci::run(a, global, out).await,
        Command::Source(SourceCommand::Helm(a)) => source_helm::run(a, global, out).await,
        Command::Source(SourceCommand::Chart(a)) => source_chart::run(a, global, out).await,
        Command::Kustomization(a) => kustomization::run(a, global, out).await,
        Command::Helmrelease(a) => helm_release::run(a, global, out).await,
        Command::Alert(a) => notification::alert(a, global, out).await,
        Command::AlertProvider(a) => notification::provider(a, global, out).await,
        Command::Receiver(a) => notification::receiver(a, global, out).await,
        Command::Image(cmd) => image::run(cmd, global, out).await,
    }
}

/// The objects of one kind a `suspend`/`resume` run acts on, listed by name (each name once, in order) or all
/// of the namespace.
pub struct Selection {
    pub names: Vec<String>,
    pub all: bool,
    /// How many names were given, repeats included (`resume` waits by default only for exactly one).
    pub given: usize,
}

impl Selection {
    /// Checks that something is selected: `<human kind> name is required` otherwise.
    pub fn new(names: Vec<String>, all: bool, human: &str) -> anyhow::Result<Self> {
        if names.is_empty() && !all {
            anyhow::bail!("{human} name is required");
        }
        let given = names.len();
        let mut unique: Vec<String> = Vec::new();
        for n in names {
            if !unique.contains(&n) {
                unique.push(n);
            }
        }
        Ok(Self {
            names: unique,
            all,
            given,
        })
    }
}

/// Lists objects of a kind in `api`'s namespace, all of them or the one named.
pub async fn list_named<K>(api: &Api<K>, name: Option<&str>) -> Result<Vec<K>, objects::Error>
where
    K: kube::Resource<DynamicType = ()> + Clone + DeserializeOwned + std::fmt::Debug,
{
    let mut lp = ListParams::default();
    if let Some(n) = name {
        lp = lp.fields(&format!("metadata.name={n}"));
    }
    objects::list(api, &lp).await
}

/// Suspends the selected objects of one kind, as Flux does: with names, a missing or failing object is reported
/// and the others go on; with `--all`, an empty namespace is an error.
pub async fn suspend_kind<K>(
    api: &Api<K>,
    selection: &Selection,
    human: &str,
    namespace: &str,
    out: &Printer,
) -> anyhow::Result<()>
where
    K: kube::Resource<DynamicType = ()> + Clone + DeserializeOwned + std::fmt::Debug,
{
    let kind = K::kind(&()).to_string();
    // Ok(false): nothing matched.
    let suspend_all = |items: Vec<K>| async move {
        for obj in &items {
            let name = kube::ResourceExt::name_any(obj);
            out.action(&format!(
                "suspending {human} {name} in {namespace} namespace"
            ));
            objects::set_suspend(api, &name, true).await?;
            out.success(&format!("{human} suspended"));
        }
        Ok::<bool, objects::Error>(!items.is_empty())
    };
    if selection.names.is_empty() {
        if !suspend_all(list_named(api, None).await?).await? {
            anyhow::bail!("no objects found");
        }
        return Ok(());
    }
    for name in &selection.names {
        let result = match list_named(api, Some(name)).await {
            Ok(items) => suspend_all(items).await,
            Err(e) => Err(e),
        };
        match result {
            Ok(true) => {}
            Ok(false) => {
                out.failure(&format!("{kind} {name} not found in {namespace} namespace"));
            }
            Err(e) => out.failure(&format!(
                "failed suspending {kind} {name} in {namespace} namespace: {e}"
            )),
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn selection_drops_repeated_names_but_counts_them() {
        let s = Selection::new(vec!["a".into(), "a".into()], false, "kustomization").unwrap();
        assert_eq!((s.names.len(), s.given), (1, 2));
        assert_eq!(
            Selection::new(Vec::new(), false, "kustomization")
                .err()
                .map(|e| e.to_string())
                .as_deref(),
            Some("kustomization name is required")
        );
    }
}
