//! `flux delete`: delete Flux objects after a confirmation (skipped with `--silent`). The per-kind commands share
//! [`delete_kind`].

pub mod helm_release;
pub mod image;
pub mod kustomization;
pub mod notification;
pub mod source_bucket;
pub mod source_chart;
pub mod source_git;
pub mod source_helm;
pub mod source_oci;

use kube::api::Api;
use serde::de::DeserializeOwned;

use super::Global;
use super::printer::Printer;
use crate::objects;
use crate::progress::Progress;

/// Flags of every `flux delete` command.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Delete resource without asking for confirmation.
    #[arg(short = 's', long, global = true)]
    pub silent: bool,

    #[command(subcommand)]
    pub command: Command,
}

/// `flux delete` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Delete sources.
    #[command(subcommand)]
    Source(SourceCommand),
    /// Delete a Kustomization resource.
    #[command(visible_alias = "ks")]
    Kustomization(kustomization::Args),
    /// Delete a HelmRelease resource.
    #[command(visible_alias = "hr")]
    Helmrelease(helm_release::Args),
    /// Delete a Alert resource.
    Alert(notification::Args),
    /// Delete a Provider resource.
    #[command(name = "alert-provider")]
    AlertProvider(notification::Args),
    /// Delete a Receiver resource.
    Receiver(notification::Args),
    /// Delete image automation objects.
    #[command(subcommand)]
    Image(image::Command),
}

/// `flux delete source` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum SourceCommand {
    /// Delete a Bucket source.
    Bucket(source_bucket::Args),
    /// Delete a GitRepository source.
    Git(source_git::Args),
    /// Delete a HelmRepository source.
    Helm(source_helm::Args),
    /// Delete an OCIRepository source.
    Oci(source_oci::Args),
    /// Delete a HelmChart source.
    Chart(source_chart::Args),
}

/// Runs `flux delete …`.
pub async fn run(args: Args, global: &Global, out: &Printer) -> anyhow::Result<()> {
    match args.command {
        Command::Source(SourceCommand::Git(a)) => {
            source_git::run(a, args.silent, global, out).await
        }
        Command::Source(SourceCommand::Bucket(a)) => {
            source_bucket::run(a, args.silent, global, out).await
        }
        Command::Source(SourceCommand::Oci(a)) => {
            source_oci::run(a, args.silent, global, out).await
        }
        Command::Source(SourceCommand::Helm(a)) => {
            source_helm::run(a, args.silent, global, out).await
        }
        Command::Source(SourceCommand::Chart(a)) => {
            source_chart::run(a, args.silent, global, out).await
        }
        Command::Kustomization(a) => kustomization::run(a, args.silent, global, out).await,
        Command::Helmrelease(a) => helm_release::run(a, args.silent, global, out).await,
        Command::Alert(a) => notification::alert(a, args.silent, global, out).await,
        Command::AlertProvider(a) => notification::provider(a, args.silent, global, out).await,
        Command::Receiver(a) => notification::receiver(a, args.silent, global, out).await,
        Command::Image(cmd) => image::run(cmd, args.silent, global, out).await,
    }
}

/// Asks on the terminal; without one, refuses (use `--silent`).
pub fn confirm(question: &str, out: &Printer) -> anyhow::Result<bool> {
    if !out.is_interactive() {
        anyhow::bail!(
            "{question}: no terminal to confirm on, use --silent to delete without asking"
        );
    }
    Ok(dialoguer::Confirm::new()
        .with_prompt(question)
        .default(false)
        .interact()
        .unwrap_or(false))
}

/// Deletes one object of a kind after checking it exists and, unless `silent`, asking (a "no" aborts). The
/// controller's finalizer does the cleanup.
pub async fn delete_kind<K>(
    name: Option<String>,
    human: &str,
    silent: bool,
    global: &Global,
    out: &Printer,
) -> anyhow::Result<()>
where
    K: kube::Resource<DynamicType = (), Scope = k8s_openapi::NamespaceResourceScope>
        + Clone
        + DeserializeOwned
        + std::fmt::Debug,
{
    let name = name.ok_or_else(|| anyhow::anyhow!("{human} name is required"))?;
    let ns = &global.namespace;
    let client = crate::cluster::client(&global.cluster()).await?;
    let api: Api<K> = Api::namespaced(client, ns);
    objects::get(&api, ns, &name).await?;
    if !silent
        && !confirm(
            &format!("Are you sure you want to delete this {human}"),
            out,
        )?
    {
        anyhow::bail!("aborting");
    }
    out.action(&format!("deleting {human} {name} in {ns} namespace"));
    objects::delete(&api, &name).await?;
    out.success(&format!("{human} deleted"));
    Ok(())
}
