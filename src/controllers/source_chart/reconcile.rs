//! One HelmChart reconcile: suspended? → finalizer → [`apply`] (read the source, build the chart, store it when
//! it changed) or [`cleanup`] (delete the artifacts).

use std::sync::Arc;

use k8s_openapi::apimachinery::pkg::apis::meta::v1::Time;
use kube::ResourceExt;
use kube::api::Api;
use kube::runtime::controller::Action;
use tracing::{info, warn};

use crate::api::meta::Artifact;
use crate::api::source::{
    Bucket, GitRepository, HelmChart, HelmChartStatus, HelmRepository, HelmRepositoryType,
};
use crate::artifact::{RETENTION_RECORDS, Storage};
use crate::controllers::runtime::Context;
use crate::controllers::source_common::{
    Notice, Success, begin_attempt, finish_source_reconcile, ready_summary, write_progress,
};

use super::build::{self, Build, Cached};
use super::error::Error;
use super::package;
use super::status;

/// The link to the newest chart in the object's storage directory, which `status.url` names.
pub const LATEST_LINK: &str = "latest.tar.gz";

/// The source a HelmChart builds from.
enum Source {
    /// A HelmRepository and its stored index (none for `type: oci`).
    Repository(Box<HelmRepository>, Option<Artifact>),
    /// A GitRepository's or Bucket's tarball.
    Tarball(Artifact),
}

/// Reads `spec.sourceRef`, requiring an artifact (source-controller's `getSource` and its artifact check).
async fn get_source(obj: &HelmChart, ns: &str, ctx: &Context) -> Result<Source, Error> {
    let r = &obj.spec.source_ref;
    let no_artifact = || Error::NoSourceArtifact {
        kind: r.kind.clone(),
        name: r.name.clone(),
    };
    match r.kind.as_str() {
        "HelmRepository" => {
            let api: Api<HelmRepository> = Api::namespaced(ctx.client.clone(), ns);
            let repo = api.get(&r.name).await.map_err(Error::GetSource)?;
            if repo.spec.repository_type == Some(HelmRepositoryType::Oci) {
                return Ok(Source::Repository(Box::new(repo), None));
            }
            // The index is read from this process's store.
            let artifact = repo
                .status
                .as_ref()
                .and_then(|s| s.artifact.clone())
                .filter(|a| ctx.storage.exists(&a.path))
                .ok_or_else(no_artifact)?;
            Ok(Source::Repository(Box::new(repo), Some(artifact)))
        }
        "GitRepository" => {
            let api: Api<GitRepository> = Api::namespaced(ctx.client.clone(), ns);
            let repo = api.get(&r.name).await.map_err(Error::GetSource)?;
            let artifact = repo
                .status
                .and_then(|s| s.artifact)
                .ok_or_else(no_artifact)?;
            Ok(Source::Tarball(artifact))
        }
        "Bucket" => {
            let api: Api<Bucket> = Api::namespaced(ctx.client.clone(), ns);
            let bucket = api.get(&r.name).await.map_err(Error::GetSource)?;
            let artifact = bucket
                .status
                .and_then(|s| s.artifact)
                .ok_or_else(no_artifact)?;
            Ok(Source::Tarball(artifact))
        }
        other => Err(Error::UnsupportedSourceKind(other.to_string())),
    }
}

/// What one attempt produced, before the status patch.
struct Outcome {
    build: Build,
    artifact: Artifact,
    url: String,
    /// A new file was stored.
    stored: bool,
}

async fn attempt(
    obj: &HelmChart,
    ns: &str,
    name: &str,
    old: &HelmChartStatus,
    st: &mut HelmChartStatus,
    ctx: &Context,
    wrote_progress: &mut bool,
) -> Result<Outcome, Error> {
    let source = get_source(obj, ns, ctx).await?;
    let current = old
        .artifact
        .as_ref()
        .filter(|a| ctx.storage.exists(&a.path));
    let cached = Cached {
        metadata: current
            .and_then(|a| ctx.storage.read(&a.path).ok())
            .and_then(|data| package::archive_metadata(&data).ok()),
        observed_values_files: old.observed_values_files.clone(),
        force: obj.metadata.generation != old.observed_generation,
    };
    let build = match &source {
        Source::Repository(repo, index) => {
            if let Some(a) = index {
                st.observed_source_artifact_revision = Some(a.revision.clone());
            }
            build::from_repository(ctx, obj, repo, index.as_ref(), &cached).await?
        }
        Source::Tarball(artifact) => {
            st.observed_source_artifact_revision = Some(artifact.revision.clone());
            build::from_tarball(ctx, obj, artifact, &cached).await?
        }
    };
    let object_dir = Storage::object_dir("HelmChart", ns, name);
    let link_url = ctx.storage.url(&format!("{object_dir}/{LATEST_LINK}"));
    let Some(data) = build.data.clone() else {
        if let Some(a) = current {
            let mut artifact = a.clone();
            // URLs follow the current `--storage-adv-addr`, as source-controller sets them on every reconcile.
            artifact.url = ctx.storage.url(&artifact.path);
            return Ok(Outcome {
                build,
                artifact,
                url: link_url,
                stored: false,
            });
        }
        // Unreachable in practice (a reuse needs a stored chart); build again rather than fail.
        return Err(Error::build(
            super::error::BuildReason::ChartPull,
            "stored chart disappeared during the reconcile",
        ));
    };
    if old.observed_chart_name.as_deref() != Some(build.name.as_str())
        || old.artifact.as_ref().map(|a| a.revision.as_str()) != Some(build.version.as_str())
    {
        // Shows the work in progress as source-controller does, before storing a different chart.
        let summary = build.summary();
        *wrote_progress =
            write_progress(ctx, obj, st, |p| status::set_outdated(p, obj, &summary)).await;
    }
    let file = format!("{}-{}.tgz", build.name, build.version);
    let (stored, url) = {
        let storage = ctx.storage.clone();
        let od = object_dir.clone();
        tokio::task::spawn_blocking(move || {
            let stored = storage.store_bytes(&od, &file, &data)?;
            let url = storage.symlink(&od, &stored.path, LATEST_LINK)?;
            Ok::<_, crate::artifact::Error>((stored, url))
        })
        .await
        .map_err(Error::Task)?
        .map_err(Error::Storage)?
    };
    if let Err(e) = ctx.storage.gc(&object_dir, &stored.path, RETENTION_RECORDS) {
        warn!(error = %e, "garbage collection of old artifacts failed");
    }
    let artifact = Artifact {
        path: stored.path,
        url: stored.url,
        revision: build.version.clone(),
        digest: stored.digest,
        last_update_time: Time(k8s_openapi::jiff::Timestamp::now()),
        size: i64::try_from(stored.size).ok(),
        metadata: None,
    };
    Ok(Outcome {
        build,
        artifact,
        url,
        stored: true,
    })
}

/// Reconciles a live HelmChart.
pub async fn apply(obj: Arc<HelmChart>, ctx: Arc<Context>) -> Result<Action, Error> {
    let ctx = ctx.as_ref();
    let ns = obj.namespace().ok_or(Error::MissingMetadata("namespace"))?;
    let name = obj.name_any();
    let Some((old, mut st)) = begin_attempt(obj.as_ref()) else {
        // The HelmChart watch wakes us again when `spec.suspend` changes (a generation change).
        return Ok(Action::await_change());
    };
    let interval =
        crate::duration::parse(&obj.spec.interval).map_err(|source| Error::InvalidInterval {
            value: obj.spec.interval.clone(),
            source,
        });
    let mut wrote_progress = false;
    let result = match interval {
        Ok(interval) => attempt(&obj, &ns, &name, &old, &mut st, ctx, &mut wrote_progress)
            .await
            .map(|o| (o, interval)),
        Err(e) => Err(e),
    };
    let result = result.map(|(outcome, interval)| {
        let was_ready = ready_summary(old.conditions.as_deref()).is_some_and(|r| r.0 == "True");
        status::set_ready(
            &mut st,
            &obj,
            &outcome.build,
            outcome.artifact.clone(),
            outcome.url,
        );
        let new_digest = old.artifact.as_ref().map(|a| &a.digest) != Some(&outcome.artifact.digest);
        let event = ((outcome.stored && new_digest) || (!was_ready && old.artifact.is_some()))
            .then(|| Notice {
                reason: outcome.build.reason(),
                message: outcome.build.summary(),
                revision: outcome.artifact.revision.clone(),
            });
        Success {
            event,
            requeue: Action::requeue(interval),
        }
    });
    finish_source_reconcile(ctx, obj.as_ref(), &old, st, wrote_progress, result).await
}

/// Deletes the object's artifacts; idempotent.
pub async fn cleanup(obj: Arc<HelmChart>, ctx: Arc<Context>) -> Result<Action, Error> {
    let ns = obj.namespace().ok_or(Error::MissingMetadata("namespace"))?;
    ctx.storage
        .remove_object(&Storage::object_dir("HelmChart", &ns, &obj.name_any()))
        .map_err(Error::Storage)?;
    info!("artifacts removed");
    Ok(Action::await_change())
}
