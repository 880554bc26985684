//! `flux export`: print Flux objects as clean YAML (`---` separated, no status or server fields), ready to be
//! committed to Git.

pub mod artifact_generator;
pub mod helm_release;
pub mod image;
pub mod kustomization;
pub mod notification;
pub mod source_bucket;
pub mod source_chart;
pub mod source_external;
pub mod source_git;
pub mod source_helm;
pub mod source_oci;

use kube::api::{Api, ListParams};
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::Global;
use super::printer::Printer;
use crate::objects;

/// Flags of every `flux export` command.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Select all resources.
    #[arg(long, global = true)]
    pub all: bool,

    #[command(subcommand)]
    pub command: Command,
}

/// `flux export` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Export sources.
    #[command(subcommand)]
    Source(SourceCommand),
    /// Export Kustomization resources in YAML format.
    #[command(visible_alias = "ks")]
    Kustomization(kustomization::Args),
    /// Export HelmRelease resources in YAML format.
    #[command(visible_alias = "hr")]
    Helmrelease(helm_release::Args),
    /// Export Alert resources in YAML format.
    Alert(notification::Args),
    /// Export Provider resources in YAML format.
    #[command(name = "alert-provider")]
    AlertProvider(notification::Args),
    /// Export Receiver resources in YAML format.
    Receiver(notification::Args),
    /// Export image automation objects.
    #[command(subcommand)]
    Image(image::Command),
    /// Export artifact objects.
    #[command(subcommand)]
    Artifact(artifact_generator::Command),
}

/// `flux export source` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum SourceCommand {
    /// Export Bucket sources in YAML format.
    Bucket(source_bucket::Args),
    /// Export GitRepository sources in YAML format.
    Git(source_git::Args),
    /// Export HelmRepository sources in YAML format.
    Helm(source_helm::Args),
    /// Export OCIRepository sources in YAML format.
    Oci(source_oci::Args),
    /// Export HelmChart sources in YAML format.
    Chart(source_chart::Args),
    /// Export ExternalArtifact sources in YAML format.
    External(source_external::Args),
}

/// Runs `flux export …`.
pub async fn run(args: Args, global: &Global, out: &Printer) -> anyhow::Result<()> {
    match args.command {
        Command::Source(SourceCommand::Git(a)) => source_git::run(a, args.all, global, out).await,
        Command::Source(SourceCommand::Bucket(a)) => {
            source_bucket::run(a, args.all, global, out).await
        }
        Command::Source(SourceCommand::Oci(a)) => source_oci::run(a, args.all, global, out).await,
        Command::Source(SourceCommand::Helm(a)) => source_helm::run(a, args.all, global, out).await,
        Command::Source(SourceCommand::Chart(a)) => {
            source_chart::run(a, args.all, global, out).await
        }
        Command::Kustomization(a) => kustomization::run(a, args.all, global, out).await,
        Command::Helmrelease(a) => helm_release::run(a, args.all, global, out).await,
        Command::Alert(a) => notification::alert(a, args.all, global, out).await,
        Command::AlertProvider(a) => notification::provider(a, args.all, global, out).await,
        Command::Receiver(a) => notification::receiver(a, args.all, global, out).await,
        Command::Image(cmd) => image::run(cmd, args.all, global, out).await,
        Command::Artifact(cmd) => artifact_generator::run(cmd, args.all, global, out).await,
        Command::Source(SourceCommand::External(a)) => {
            source_external::run(a, args.all, global, out).await
        }
    }
}

/// The objects `flux export` prints: every object of the kind in the namespace with `--all`, else the named one.
pub async fn select<K>(
    api: &Api<K>,
    namespace: &str,
    name: Option<&str>,
    all: bool,
) -> anyhow::Result<Vec<K>>
where
    K: kube::Resource<DynamicType = ()> + Clone + DeserializeOwned + std::fmt::Debug,
{
    if all {
        let items = objects::list(api, &ListParams::default()).await?;
        if items.is_empty() {
            anyhow::bail!("no objects found in {namespace} namespace");
        }
        return Ok(items);
    }
    let name = name.ok_or_else(|| anyhow::anyhow!("name is required"))?;
    Ok(vec![objects::get(api, namespace, name).await?])
}

/// Prints objects as `---`-separated clean YAML.
pub fn print<K>(items: &[K], value: impl Fn(&K) -> Value, out: &Printer) -> anyhow::Result<()> {
    let mut text = String::new();
    for obj in items {
        text.push_str(&objects::to_export_yaml(&value(obj))?);
    }
    out.out(&text);
    Ok(())
}
