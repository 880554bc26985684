//! One HelmChart reconcile: suspended? → finalizer → [`apply`] (read the source, build the chart, store it when
//! it changed) or [`cleanup`] (delete the artifacts).

use std::sync::Arc;
use std::time::Instant;

use k8s_openapi::apimachinery::pkg::apis::meta::v1::Time;
use kube::ResourceExt;
use kube::api::Api;
use kube::runtime::controller::Action;
use kube::runtime::finalizer::{Event as Finalizer, finalizer};
use tracing::{Instrument, info, warn};

use crate::api::annotations::FINALIZER;
use crate::api::meta::Artifact;
use crate::api::source::{
    Bucket, GitRepository, HelmChart, HelmChartStatus, HelmRepository, HelmRepositoryType,
};
use crate::artifact::{RETENTION_RECORDS, Storage};
use crate::controllers::events::EventType;
use crate::controllers::runtime::{Context, patch_status, requested_at};

use super::FIELD_MANAGER;
use super::build::{self, Build, Cached};
use super::error::Error;
use super::package;
use super::status;

/// The link to the newest chart in the object's storage directory, which `status.url` names.
pub const LATEST_LINK: &str = "latest.tar.gz";

/// Entry point called by the kube Controller for each trigger.
pub async fn reconcile(obj: Arc<HelmChart>, ctx: Arc<Context>) -> Result<Action, Error> {
    let ns = obj.namespace().ok_or(Error::MissingMetadata("namespace"))?;
    let name = obj.name_any();
    let span = crate::controllers::runtime::reconcile_span(obj.as_ref());
    async move {
        let started = Instant::now();
        let api: Api<HelmChart> = Api::namespaced(ctx.client.clone(), &ns);
        let result = finalizer(&api, FINALIZER, obj, |event| async {
            match event {
                Finalizer::Apply(obj) => apply(obj, &ctx).await,
                Finalizer::Cleanup(obj) => cleanup(obj, &ctx).await,
            }
        })
        .await
        .map_err(|e| match e {
            kube::runtime::finalizer::Error::ApplyFailed(e)
            | kube::runtime::finalizer::Error::CleanupFailed(e) => e,
            other => Error::Finalizer(Box::new(other)),
        });
        ctx.record("HelmChart", &ns, &name, started, result.is_ok());
        if let Err(e) = &result {
            warn!(error = %e.message(), kind = e.metric_label(), "reconcile failed");
        }
        result
    }
    .instrument(span)
    .await
}

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
        *wrote_progress = mark_outdated(obj, name, st, &build.summary(), ctx).await;
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

/// Before storing a different chart, shows the work in progress as Flux does.
async fn mark_outdated(
    obj: &HelmChart,
    name: &str,
    st: &HelmChartStatus,
    summary: &str,
    ctx: &Context,
) -> bool {
    let Some(ns) = obj.namespace() else {
        return false;
    };
    let mut progress = st.clone();
    status::set_outdated(&mut progress, obj, summary);
    let api: Api<HelmChart> = Api::namespaced(ctx.client.clone(), &ns);
    match patch_status(&api, name, FIELD_MANAGER, &progress).await {
        Ok(_) => true,
        Err(e) => {
            warn!(error = %e, "failed to record the new chart");
            false
        }
    }
}

/// Reconciles a live HelmChart.
pub async fn apply(obj: Arc<HelmChart>, ctx: &Context) -> Result<Action, Error> {
    let ns = obj.namespace().ok_or(Error::MissingMetadata("namespace"))?;
    let name = obj.name_any();
    if obj.spec.suspend == Some(true) {
        info!("reconciliation is suspended for this object");
        // The HelmChart watch wakes us again when `spec.suspend` changes (a generation change).
        return Ok(Action::await_change());
    }
    let old = obj.status.clone().unwrap_or_default();
    let mut st = old.clone();
    st.last_handled_reconcile_at =
        requested_at(obj.as_ref()).or(old.last_handled_reconcile_at.clone());
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
    let api: Api<HelmChart> = Api::namespaced(ctx.client.clone(), &ns);
    let key = format!("{ns}/{name}");
    let patch = |st: HelmChartStatus| {
        let (api, key, name) = (api.clone(), key.clone(), name.clone());
        async move {
            patch_status(&api, &name, FIELD_MANAGER, &st)
                .await
                .map_err(|source| Error::PatchStatus { key, source })
        }
    };
    match result {
        Ok((outcome, interval)) => {
            let was_ready = status::ready_summary(&old).is_some_and(|r| r.0 == "True");
            status::set_ready(
                &mut st,
                &obj,
                &outcome.build,
                outcome.artifact.clone(),
                outcome.url,
            );
            if st != old || wrote_progress {
                patch(st.clone()).await?;
            }
            let new_digest =
                old.artifact.as_ref().map(|a| &a.digest) != Some(&outcome.artifact.digest);
            if (outcome.stored && new_digest) || (!was_ready && old.artifact.is_some()) {
                let msg = outcome.build.summary();
                info!(revision = %outcome.artifact.revision, "{msg}");
                ctx.recorder
                    .publish(
                        obj.as_ref(),
                        EventType::Normal,
                        outcome.build.reason(),
                        &msg,
                        Some(&outcome.artifact.revision),
                    )
                    .await;
            }
            Ok(Action::requeue(interval))
        }
        Err(err) => {
            let present = old
                .artifact
                .as_ref()
                .is_some_and(|a| ctx.storage.exists(&a.path));
            status::set_failed(&mut st, &obj, &err, present);
            if st != old || wrote_progress {
                patch(st.clone()).await?;
            }
            if status::ready_summary(&st) != status::ready_summary(&old) {
                let revision = old.artifact.as_ref().map(|a| a.revision.clone());
                ctx.recorder
                    .publish(
                        obj.as_ref(),
                        EventType::Warning,
                        err.reason(),
                        &err.message(),
                        revision.as_deref(),
                    )
                    .await;
            }
            if err.is_terminal() {
                // Stalled: a spec change (HelmChart watch) or a new source artifact (source watches) wakes us.
                return Ok(Action::await_change());
            }
            Err(err)
        }
    }
}

/// Deletes the object's artifacts; idempotent.
pub async fn cleanup(obj: Arc<HelmChart>, ctx: &Context) -> Result<Action, Error> {
    let ns = obj.namespace().ok_or(Error::MissingMetadata("namespace"))?;
    ctx.storage
        .remove_object(&Storage::object_dir("HelmChart", &ns, &obj.name_any()))
        .map_err(Error::Storage)?;
    info!("artifacts removed");
    Ok(Action::await_change())
}
