//! `flux get`: tables of Flux objects with their revision, suspension and readiness. The flags shared by every
//! `get` subcommand, the status selector and Flux's table layout live here.

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

use futures::{StreamExt, TryStreamExt};
use kube::api::{Api, ListParams};
use kube::runtime::{WatchStreamExt, watcher};
use serde::de::DeserializeOwned;

use super::Global;
use super::printer::Printer;
use crate::api::FluxObject;
use crate::progress::Progress;

/// Flags of every `flux get` command.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// List the requested object(s) across all namespaces.
    #[arg(short = 'A', long = "all-namespaces", global = true)]
    pub all_namespaces: bool,

    /// Skip the header when printing the results.
    #[arg(long = "no-header", global = true)]
    pub no_header: bool,

    /// After listing the requested objects, watch for changes.
    #[arg(short = 'w', long, global = true)]
    pub watch: bool,

    /// Specify the status condition name and the desired state to filter the get result, e.g. ready=false.
    #[arg(long = "status-selector", global = true)]
    pub status_selector: Option<String>,

    /// Filter objects by label selector.
    #[arg(short = 'l', long = "label-selector", global = true)]
    pub label_selector: Option<String>,

    #[command(subcommand)]
    pub command: Command,
}

/// `flux get` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Get source statuses.
    #[command(subcommand)]
    Sources(SourcesCommand),
    /// Get Kustomization statuses.
    #[command(visible_aliases = ["ks", "kustomization"])]
    Kustomizations(kustomization::Args),
    /// Get HelmRelease statuses.
    #[command(visible_aliases = ["hr", "helmrelease"])]
    Helmreleases(helm_release::Args),
    /// Get Alert statuses.
    #[command(visible_alias = "alert")]
    Alerts(notification::Args),
    /// Get Provider statuses.
    #[command(name = "alert-providers", visible_alias = "alert-provider")]
    AlertProviders(notification::Args),
    /// Get Receiver statuses.
    #[command(visible_alias = "receiver")]
    Receivers(notification::Args),
    /// Get image automation object status.
    #[command(subcommand, visible_alias = "image")]
    Images(image::Command),
    /// Get artifact object status.
    #[command(subcommand, visible_alias = "artifact")]
    Artifacts(artifact_generator::Command),
    /// Get all resources and statuses.
    All,
}

/// `flux get sources` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum SourcesCommand {
    /// Get all source statuses.
    All,
    /// Get Bucket source statuses.
    Bucket(source_bucket::Args),
    /// Get GitRepository source statuses.
    Git,
    /// Get HelmRepository source statuses.
    Helm(source_helm::Args),
    /// Get OCIRepository statuses.
    Oci(source_oci::Args),
    /// Get HelmChart statuses.
    Chart(source_chart::Args),
    /// Get ExternalArtifact source statuses.
    External(source_external::Args),
}

/// A parsed `--status-selector`: condition type, wanted status, and whether it must differ.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusSelector {
    pub type_: String,
    pub status: String,
    pub negate: bool,
}

impl StatusSelector {
    /// Parses `type=status` or `type!=status`.
    pub fn parse(raw: &str) -> anyhow::Result<Self> {
        let (type_, status, negate) = if let Some((t, s)) = raw.split_once("!=") {
            (t, s, true)
        } else if let Some((t, s)) = raw.split_once('=') {
            (t, s, false)
        } else {
            anyhow::bail!(
                "expected status selector in type=status or type!=status format, but found: {raw}"
            );
        };
        Ok(Self {
            type_: type_.to_string(),
            status: status.to_string(),
            negate,
        })
    }

    /// Whether an object's conditions match.
    pub fn matches(
        &self,
        conditions: &[k8s_openapi::apimachinery::pkg::apis::meta::v1::Condition],
    ) -> bool {
        let found = conditions
            .iter()
            .find(|c| c.type_.eq_ignore_ascii_case(&self.type_))
            .map(|c| c.status.eq_ignore_ascii_case(&self.status));
        match found {
            Some(eq) => eq != self.negate,
            None => self.negate,
        }
    }
}

/// Renders rows like Flux's tables: cells padded to the column width and separated by tabs; data rows end with a
/// tab, the header with a space.
pub fn render_table(header: &[&str], rows: &[Vec<String>], with_header: bool) -> String {
    let cols = header.len();
    // Without a header, Flux's table writer sizes columns from the rows alone.
    let mut widths: Vec<usize> = header
        .iter()
        .map(|h| if with_header { h.chars().count() } else { 0 })
        .collect();
    for row in rows {
        for (i, cell) in row.iter().enumerate().take(cols) {
            widths[i] = widths[i].max(cell.chars().count());
        }
    }
    let pad = |s: &str, w: usize| format!("{s}{}", " ".repeat(w.saturating_sub(s.chars().count())));
    let mut out = String::new();
    if with_header {
        let cells: Vec<String> = header
            .iter()
            .enumerate()
            .map(|(i, h)| pad(h, widths[i]))
            .collect();
        out.push_str(&cells.join("\t"));
        out.push_str(" \n");
    }
    for row in rows {
        let cells: Vec<String> = row
            .iter()
            .enumerate()
            .map(|(i, c)| pad(c, widths[i]))
            .collect();
        out.push_str(&cells.join("\t"));
        out.push_str("\t\n");
    }
    out
}

/// Runs `flux get …`.
pub async fn run(args: Args, global: &Global, out: &Printer) -> anyhow::Result<()> {
    let selector = args
        .status_selector
        .as_deref()
        .map(StatusSelector::parse)
        .transpose()?;
    let view = args_view(&args, selector);
    match args.command {
        Command::Sources(SourcesCommand::Git) => source_git::run(&view, global, out, false).await,
        Command::Sources(SourcesCommand::Bucket(a)) => {
            source_bucket::run(a, &view, global, out, false).await
        }
        Command::Sources(SourcesCommand::Oci(a)) => {
            source_oci::run(a, &view, global, out, false).await
        }
        Command::Sources(SourcesCommand::Helm(a)) => {
            source_helm::run(a, &view, global, out, false).await
        }
        Command::Sources(SourcesCommand::Chart(a)) => {
            source_chart::run(a, &view, global, out, false).await
        }
        Command::Sources(SourcesCommand::External(a)) => {
            source_external::run(a, &view, global, out, false).await
        }
        Command::Sources(SourcesCommand::All) => {
            if view.watch {
                anyhow::bail!("expected a single resource type, but found all");
            }
            log_failure(
                source_oci::run(Default::default(), &view, global, out, true).await,
                out,
            );
            log_failure(
                source_bucket::run(Default::default(), &view, global, out, true).await,
                out,
            );
            log_failure(source_git::run(&view, global, out, true).await, out);
            log_failure(
                source_helm::run(Default::default(), &view, global, out, true).await,
                out,
            );
            log_failure(
                source_chart::run(Default::default(), &view, global, out, true).await,
                out,
            );
            log_failure(
                source_external::run(Default::default(), &view, global, out, true).await,
                out,
            );
            Ok(())
        }
        Command::Kustomizations(a) => kustomization::run(a, &view, global, out, false).await,
        Command::Helmreleases(a) => helm_release::run(a, &view, global, out, false).await,
        Command::Alerts(a) => notification::alerts(a, &view, global, out).await,
        Command::AlertProviders(a) => notification::providers(a, &view, global, out).await,
        Command::Receivers(a) => notification::receivers(a, &view, global, out).await,
        Command::Images(cmd) => image::run(cmd, &view, global, out).await,
        Command::Artifacts(cmd) => artifact_generator::run(cmd, &view, global, out).await,
        Command::All => {
            if view.watch {
                anyhow::bail!("expected a single resource type, but found all");
            }
            log_failure(
                source_oci::run(Default::default(), &view, global, out, true).await,
                out,
            );
            log_failure(
                source_bucket::run(Default::default(), &view, global, out, true).await,
                out,
            );
            log_failure(source_git::run(&view, global, out, true).await, out);
            log_failure(
                source_helm::run(Default::default(), &view, global, out, true).await,
                out,
            );
            log_failure(
                source_chart::run(Default::default(), &view, global, out, true).await,
                out,
            );
            log_failure(
                source_external::run(Default::default(), &view, global, out, true).await,
                out,
            );
            log_failure(
                helm_release::run(helm_release::Args::default(), &view, global, out, true).await,
                out,
            );
            log_failure(
                kustomization::run(kustomization::Args::default(), &view, global, out, true).await,
                out,
            );
            Ok(())
        }
    }
}

/// `get all` goes on after a kind fails: the failure is printed as a `✗` line.
pub(crate) fn log_failure(result: anyhow::Result<()>, out: &Printer) {
    if let Err(e) = result {
        out.failure(&crate::error_line::one_line(e.as_ref()));
    }
}

/// How one kind is listed: its kind, header and row function (name first, namespace not included).
pub struct Table<'a, K> {
    pub kind: &'a str,
    pub header: Vec<&'a str>,
    pub row: &'a (dyn Fn(&K) -> Vec<String> + Sync),
}

fn scope(view: &View, global: &Global) -> String {
    if view.all_namespaces {
        "any".to_string()
    } else {
        format!("{:?}", global.namespace)
    }
}

/// Lists (and with `--watch` follows) the objects of one kind, as Flux's `get` does: `name` narrows to one
/// object (an error when missing), `all` is `get all`/`get sources all` (kind-prefixed names, nothing printed
/// for an empty kind, a blank line after each table).
pub async fn list_kind<K>(
    table: &Table<'_, K>,
    view: &View,
    global: &Global,
    out: &Printer,
    name: Option<&str>,
    all: bool,
) -> anyhow::Result<()>
where
    K: FluxObject
        + kube::Resource<Scope = k8s_openapi::NamespaceResourceScope>
        + Clone
        + DeserializeOwned
        + std::fmt::Debug
        + Send
        + 'static,
{
    let client = crate::cluster::client(&global.cluster()).await?;
    let api: Api<K> = if view.all_namespaces {
        Api::all(client)
    } else {
        Api::namespaced(client, &global.namespace)
    };
    let mut lp = ListParams::default();
    if let Some(l) = &view.labels {
        lp = lp.labels(l);
    }
    if let Some(n) = name {
        lp = lp.fields(&format!("metadata.name={n}"));
    }
    let header = {
        let mut h = table.header.clone();
        if view.all_namespaces {
            h.insert(0, "NAMESPACE");
        }
        h
    };
    let cells = |obj: &K, prefix: bool| -> Vec<String> {
        let mut r = (table.row)(obj);
        if prefix && let Some(first) = r.first_mut() {
            *first = format!("{}/{first}", table.kind.to_lowercase());
        }
        if view.all_namespaces {
            r.insert(0, obj.meta().namespace.clone().unwrap_or_default());
        }
        r
    };
    let selected = |obj: &K| {
        view.status
            .as_ref()
            .is_none_or(|s| s.matches(obj.conditions()))
    };
    if view.watch {
        let mut cfg = watcher::Config::default();
        if let Some(l) = &view.labels {
            cfg = cfg.labels(l);
        }
        if let Some(n) = name {
            cfg = cfg.fields(&format!("metadata.name={n}"));
        }
        let mut first = true;
        let mut stream = watcher(api, cfg).applied_objects().boxed();
        while let Some(obj) = stream.try_next().await? {
            if selected(&obj) {
                out.out(&render_table(
                    &header,
                    &[cells(&obj, false)],
                    first && !view.no_header,
                ));
                first = false;
            }
        }
        return Ok(());
    }
    let items = crate::objects::list(&api, &lp).await?;
    if items.is_empty() {
        if let Some(n) = name {
            anyhow::bail!(
                "{} object '{n}' not found in {} namespace",
                table.kind,
                scope(view, global)
            );
        }
        if !all {
            anyhow::bail!(
                "no {} objects found in {} namespace",
                table.kind,
                scope(view, global)
            );
        }
        return Ok(());
    }
    let rows: Vec<Vec<String>> = items
        .iter()
        .filter(|o| selected(o))
        .map(|o| cells(o, all))
        .collect();
    if all && rows.is_empty() {
        return Ok(());
    }
    out.out(&render_table(&header, &rows, !view.no_header));
    if all {
        out.out("\n");
    }
    Ok(())
}

/// The validated flags handed to each kind.
pub struct View {
    pub all_namespaces: bool,
    pub no_header: bool,
    pub watch: bool,
    pub status: Option<StatusSelector>,
    pub labels: Option<String>,
}

fn args_view(args: &Args, status: Option<StatusSelector>) -> View {
    View {
        all_namespaces: args.all_namespaces,
        no_header: args.no_header,
        watch: args.watch,
        status,
        labels: args.label_selector.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn selector_without_operator_is_refused_like_flux() {
        assert_eq!(
            StatusSelector::parse("Ready").unwrap_err().to_string(),
            "expected status selector in type=status or type!=status format, but found: Ready"
        );
    }

    #[test]
    fn table_layout_matches_flux() {
        let t = render_table(&["NAME", "READY"], &[vec!["a".into(), "True".into()]], true);
        assert_eq!(t, "NAME\tREADY \na   \tTrue \t\n");
        let t = render_table(
            &["NAME", "READY"],
            &[vec!["a".into(), "True".into()]],
            false,
        );
        assert_eq!(t, "a\tTrue\t\n");
    }
}
