//! `flux diff helmrelease`: what a HelmRelease would release now — its chart (from its source's artifact,
//! or a local chart directory), its values (plus local values files), rendered and post-rendered as the
//! controller renders them — compared with the cluster by a server-side dry-run as `helm-controller`. Objects
//! of the current release that the new rendering drops are reported as deleted. Nothing is written.

use std::path::{Path, PathBuf};
use std::time::Duration;

use kube::api::Api;
use serde_json::{Map, Value};

use crate::api::helm::HelmRelease;
use crate::api::meta::Artifact;
use crate::api::source::{ExternalArtifact, HelmChart, OCIRepository};
use crate::apply::{Action, Applier, ApplyOptions, ObjectRef};
use crate::controllers::helm_release::{FIELD_MANAGER, desired, source, values};
use crate::helm::action::{Target, manifest_objects};
use crate::helm::render::{self, Capabilities};
use crate::helm::storage::Storage;

use super::{Change, Diff, Entry, report};

/// What to diff.
pub struct Options {
    pub name: String,
    pub namespace: String,
    /// A local chart directory instead of the source's artifact.
    pub chart_path: Option<PathBuf>,
    /// Local values files merged, in order, over the HelmRelease's values.
    pub values_files: Vec<PathBuf>,
}

/// Why the diff could not run.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("HelmRelease '{namespace}/{name}' not found")]
    NotFound { namespace: String, name: String },
    #[error("failed to get HelmRelease: {0}")]
    Get(#[source] kube::Error),
    #[error("{0}")]
    Source(String),
    #[error(
        "failed to fetch the chart from {url}: {message}; pass --chart-path to diff a local chart"
    )]
    Fetch { url: String, message: String },
    #[error("failed to load chart: {0}")]
    Chart(String),
    #[error("{0}")]
    Values(#[source] Box<values::ValuesError>),
    #[error("failed to read values file {path}: {message}")]
    ValuesFile { path: String, message: String },
    #[error("failed to discover the cluster's API: {0}")]
    Discovery(#[source] kube::Error),
    #[error("{0}")]
    Render(#[from] render::RenderError),
    #[error("{0}")]
    Storage(#[source] Box<crate::helm::storage::StorageError>),
}

/// Renders what `opts.name` would release and diffs it against the cluster.
pub async fn diff_helmrelease(client: &kube::Client, opts: &Options) -> Result<Diff, Error> {
    let api: Api<HelmRelease> = Api::namespaced(client.clone(), &opts.namespace);
    let hr = api
        .get_opt(&opts.name)
        .await
        .map_err(Error::Get)?
        .ok_or_else(|| Error::NotFound {
            namespace: opts.namespace.clone(),
            name: opts.name.clone(),
        })?;
    let chart = match &opts.chart_path {
        Some(path) => helm_template::load_path(&helm_template::DiskFs, path)
            .map_err(|e| Error::Chart(e.to_string()))?,
        None => {
            let artifact = current_artifact(client, &hr).await?;
            let storage = crate::artifact::Storage::new(std::env::temp_dir(), "");
            let bytes =
                crate::artifact::fetch::fetch_bytes(&storage, &artifact, Duration::from_secs(60))
                    .await
                    .map_err(|e| Error::Fetch {
                        url: artifact.url.clone(),
                        message: e.to_string(),
                    })?;
            helm_template::load_archive(&bytes).map_err(|e| Error::Chart(e.to_string()))?
        }
    };
    let mut composed = values::compose(
        client,
        &opts.namespace,
        hr.spec.values_from.as_deref().unwrap_or_default(),
        hr.spec.values.as_ref(),
    )
    .await
    .map_err(|e| Error::Values(Box::new(e)))?;
    for path in &opts.values_files {
        values::merge(&mut composed, read_values(path)?);
    }
    let id = desired::identity(&hr);
    let storage = Storage::new(client.clone(), &id.storage_namespace);
    let history = storage
        .history(&id.name)
        .await
        .map_err(|e| Error::Storage(Box::new(e)))?;
    let current = history
        .iter()
        .rev()
        .find(|r| r.status() == crate::helm::release::status::DEPLOYED);
    let revision = history.last().map(|r| r.version + 1).unwrap_or(1);
    let capabilities = Capabilities::discover(client)
        .await
        .map_err(Error::Discovery)?;
    let rendered = render::render(
        &chart,
        &composed,
        &capabilities,
        &desired::render_options(&hr, &id, revision),
    )?;
    let applier = Applier::new(client.clone());
    let target = Target {
        name: &id.name,
        namespace: &id.namespace,
        storage: &storage,
        client,
        applier: &applier,
    };
    let objects = manifest_objects(&rendered.manifest, &target);
    let apply = ApplyOptions {
        field_manager: FIELD_MANAGER.to_string(),
        owner_labels: source::owner_labels(&hr),
        ..ApplyOptions::default()
    };
    let mut diff = Diff::default();
    let mut seen = std::collections::BTreeSet::new();
    for planned in applier.plan(objects, &apply).await {
        match planned {
            Ok(p) => {
                seen.insert(p.object.inventory_id());
                let change = match p.action {
                    Action::Created => Some(Change::Created),
                    Action::Configured => match (&p.live, &p.dry_run) {
                        (Some(live), Some(dry)) => Some(Change::Drifted(report::report(live, dry))),
                        _ => Some(Change::Drifted(String::new())),
                    },
                    _ => None,
                };
                if let Some(change) = change {
                    diff.changed = true;
                    diff.entries.push(Entry {
                        subject: p.object.to_string(),
                        change,
                    });
                }
            }
            Err(e) => diff.push_error(e.to_string()),
        }
    }
    if let Some(current) = current {
        for obj in manifest_objects(&current.manifest, &target) {
            if let Ok(r) = ObjectRef::from_object(&obj)
                && !seen.contains(&r.inventory_id())
                && !seen.contains(&{
                    let mut c = r.clone();
                    c.namespace.clear();
                    c.inventory_id()
                })
            {
                diff.changed = true;
                diff.entries.push(Entry {
                    subject: r.to_string(),
                    change: Change::Deleted,
                });
            }
        }
    }
    Ok(diff)
}

/// The artifact the controller would release from, read-only: the HelmChart of `status.helmChart` (or the one
/// the template names), or the `chartRef` object's.
async fn current_artifact(client: &kube::Client, hr: &HelmRelease) -> Result<Artifact, Error> {
    let missing = |what: String| Error::Source(format!("{what} has no artifact yet"));
    let get = |e: kube::Error| Error::Source(format!("could not get Source object: {e}"));
    if let Some((ns, name)) = source::template_chart(hr) {
        let chart = Api::<HelmChart>::namespaced(client.clone(), &ns)
            .get(&name)
            .await
            .map_err(get)?;
        return chart
            .status
            .and_then(|s| s.artifact)
            .ok_or_else(|| missing(format!("HelmChart '{ns}/{name}'")));
    }
    let Some(r) = hr.spec.chart_ref.as_ref() else {
        return Err(Error::Source(
            "spec.chart or spec.chartRef must be set".into(),
        ));
    };
    let ns = r
        .namespace
        .clone()
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| kube::ResourceExt::namespace(hr).unwrap_or_default());
    let what = format!("{} '{ns}/{}'", r.kind, r.name);
    let artifact = match r.kind.as_str() {
        "HelmChart" => Api::<HelmChart>::namespaced(client.clone(), &ns)
            .get(&r.name)
            .await
            .map_err(get)?
            .status
            .and_then(|s| s.artifact),
        "OCIRepository" => Api::<OCIRepository>::namespaced(client.clone(), &ns)
            .get(&r.name)
            .await
            .map_err(get)?
            .status
            .and_then(|s| s.artifact),
        "ExternalArtifact" => Api::<ExternalArtifact>::namespaced(client.clone(), &ns)
            .get(&r.name)
            .await
            .map_err(get)?
            .status
            .and_then(|s| s.artifact),
        other => {
            return Err(Error::Source(format!(
                "unsupported chart source kind '{other}'"
            )));
        }
    };
    artifact.ok_or_else(|| missing(what))
}

fn read_values(path: &Path) -> Result<Map<String, Value>, Error> {
    let failed = |message: String| Error::ValuesFile {
        path: path.display().to_string(),
        message,
    };
    let text = std::fs::read_to_string(path).map_err(|e| failed(e.to_string()))?;
    helm_template::parse_values(&text).map_err(|e| failed(e.to_string()))
}
