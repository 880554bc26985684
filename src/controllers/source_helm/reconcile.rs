//! One HelmRepository reconcile: suspended? → `type: oci` is made static (no artifact, no finalizer, empty
//! status, as source-controller v1.9 does) → finalizer → [`apply`] (download the index, store it as JSON when
//! its digest moved, GC) or [`cleanup`] (delete the artifacts).

use std::sync::Arc;

use k8s_openapi::apimachinery::pkg::apis::meta::v1::Time;
use kube::ResourceExt;
use kube::api::{Api, Patch, PatchParams};
use kube::runtime::controller::Action;
use sha2::Digest as _;
use tracing::{info, warn};

use crate::api::annotations::FINALIZER;
use crate::api::meta::Artifact;
use crate::api::source::{HelmRepository, HelmRepositoryStatus, HelmRepositoryType};
use crate::artifact::{RETENTION_RECORDS, Storage};
use crate::controllers::runtime::Context;
use crate::controllers::source_common::{
    Notice, Success, begin_attempt, finish_source_reconcile, instrumented, ready_summary,
    with_finalizer, write_progress,
};

use super::client::{self, MAX_INDEX_SIZE, RepoClient};
use super::error::Error;
use super::index::Index;
use super::status;

/// The name of the link to the current index in the object's storage directory, which `status.url` points at.
pub const INDEX_LINK: &str = "index.yaml";

/// Entry point called by the kube Controller for each trigger.
pub async fn reconcile(obj: Arc<HelmRepository>, ctx: Arc<Context>) -> Result<Action, Error> {
    let held = obj.clone();
    let body = async {
        if obj.spec.repository_type == Some(HelmRepositoryType::Oci) {
            let ns = obj.namespace().ok_or(Error::MissingMetadata("namespace"))?;
            return make_static(&obj, &ns, &obj.name_any(), &ctx).await;
        }
        with_finalizer(obj.clone(), ctx.clone(), apply, cleanup).await
    };
    instrumented(held.as_ref(), &ctx, body).await
}

/// Whether an OCI HelmRepository still carries state from an earlier reconcile (source-controller's
/// `HelmRepositoryOCIRequireMigration`).
fn needs_migration(obj: &HelmRepository) -> bool {
    let empty = obj
        .status
        .as_ref()
        .is_none_or(|s| *s == HelmRepositoryStatus::default());
    obj.finalizers().iter().any(|f| f == FINALIZER) || !empty
}

/// An OCI HelmRepository is a static object since source-controller v1.3: its artifacts, finalizer and status
/// go, and nothing more happens to it. HelmCharts read the registry URL and Secrets from its spec.
async fn make_static(
    obj: &HelmRepository,
    ns: &str,
    name: &str,
    ctx: &Context,
) -> Result<Action, Error> {
    let deleting = obj.metadata.deletion_timestamp.is_some();
    if (obj.spec.suspend == Some(true) && !deleting) || !needs_migration(obj) {
        // Only a spec change (a HelmRepository watch event) can change that.
        return Ok(Action::await_change());
    }
    ctx.storage
        .remove_object(&Storage::object_dir("HelmRepository", ns, name))
        .map_err(Error::Storage)?;
    let api: Api<HelmRepository> = Api::namespaced(ctx.client.clone(), ns);
    let key = format!("{ns}/{name}");
    let params = PatchParams::default();
    let body = serde_json::json!({ "status": {
        "observedGeneration": null, "conditions": null, "url": null, "artifact": null,
        "lastHandledReconcileAt": null,
    }});
    if obj.status.is_some() {
        api.patch_status(name, &params, &Patch::Merge(&body))
            .await
            .map_err(|source| Error::PatchStatus {
                key: key.clone(),
                source,
            })?;
    }
    if obj.finalizers().iter().any(|f| f == FINALIZER) {
        let kept: Vec<&String> = obj
            .finalizers()
            .iter()
            .filter(|f| *f != FINALIZER)
            .collect();
        let body = serde_json::json!({ "metadata": {
            "finalizers": kept,
            "resourceVersion": obj.metadata.resource_version,
        }});
        api.patch(name, &params, &Patch::Merge(&body))
            .await
            .map_err(|source| Error::PatchStatus { key, source })?;
    }
    info!("OCI HelmRepository made static: no artifact, no finalizer, empty status");
    Ok(Action::await_change())
}

/// What one attempt produced, before the status patch.
enum Outcome {
    /// The stored index is still current: no new artifact.
    UpToDate(Artifact, String),
    /// A new index was stored: the artifact, the URL of the `index.yaml` link and the size of the download.
    Stored(Artifact, String, u64),
}

async fn attempt(
    obj: &HelmRepository,
    ns: &str,
    name: &str,
    st: &HelmRepositoryStatus,
    ctx: &Context,
    wrote_progress: &mut bool,
) -> Result<Outcome, Error> {
    if client::is_oci(&obj.spec.url) {
        return Err(Error::UrlInvalid(
            "'oci' URL scheme cannot be used with 'default' HelmRepository type".into(),
        ));
    }
    client::normalize_url(&obj.spec.url).map_err(|e| Error::UrlInvalid(e.to_string()))?;
    let repo = RepoClient::for_repository(&ctx.client, obj, ns)
        .await
        .map_err(Error::Client)?;
    let bytes = repo
        .get(&repo.index_url(), MAX_INDEX_SIZE, "index")
        .await
        .map_err(Error::FetchIndex)?;
    let revision = format!("sha256:{}", hex::encode(sha2::Sha256::digest(&bytes)));
    let object_dir = Storage::object_dir("HelmRepository", ns, name);
    let link_url = ctx.storage.url(&format!("{object_dir}/{INDEX_LINK}"));
    if let Some(artifact) = &st.artifact
        && artifact.revision == revision
        && ctx.storage.exists(&artifact.path)
    {
        // As source-controller does on every reconcile: URLs follow the current `--storage-adv-addr`.
        let mut artifact = artifact.clone();
        artifact.url = ctx.storage.url(&artifact.path);
        return Ok(Outcome::UpToDate(artifact, link_url));
    }
    let size = bytes.len() as u64;
    let index = tokio::task::spawn_blocking(move || Index::parse(&bytes))
        .await
        .map_err(Error::Task)?
        .map_err(Error::LoadIndex)?;
    // Before storing a new index over an existing artifact, shows the work in progress as Flux does.
    if st.artifact.is_some() {
        *wrote_progress =
            write_progress(ctx, obj, st, |p| status::set_outdated(p, obj, &revision)).await;
    }
    let hex_part = revision.trim_start_matches("sha256:").to_string();
    let stored = {
        let storage = ctx.storage.clone();
        let od = object_dir.clone();
        tokio::task::spawn_blocking(move || {
            let json = index.to_json();
            let stored = storage.store_bytes(&od, &format!("index-{hex_part}.yaml"), &json)?;
            let url = storage.symlink(&od, &stored.path, INDEX_LINK)?;
            Ok::<_, crate::artifact::Error>((stored, url))
        })
        .await
        .map_err(Error::Task)?
        .map_err(Error::Storage)?
    };
    let (stored, url) = stored;
    if let Err(e) = ctx.storage.gc(&object_dir, &stored.path, RETENTION_RECORDS) {
        warn!(error = %e, "garbage collection of old artifacts failed");
    }
    let artifact = Artifact {
        path: stored.path,
        url: stored.url,
        revision,
        digest: stored.digest,
        last_update_time: Time(k8s_openapi::jiff::Timestamp::now()),
        size: i64::try_from(stored.size).ok(),
        metadata: None,
    };
    Ok(Outcome::Stored(artifact, url, size))
}

/// Reconciles a live HTTP HelmRepository.
pub async fn apply(obj: Arc<HelmRepository>, ctx: Arc<Context>) -> Result<Action, Error> {
    let ctx = ctx.as_ref();
    let ns = obj.namespace().ok_or(Error::MissingMetadata("namespace"))?;
    let name = obj.name_any();
    let Some((old, mut st)) = begin_attempt(obj.as_ref()) else {
        // The HelmRepository watch wakes us again when `spec.suspend` changes (a generation change).
        return Ok(Action::await_change());
    };
    let interval = match obj.spec.interval.as_deref() {
        None => Ok(None),
        Some(v) => crate::duration::parse(v)
            .map(Some)
            .map_err(|source| Error::InvalidInterval {
                value: v.to_string(),
                source,
            }),
    };
    let mut wrote_progress = false;
    let result = match interval {
        Ok(interval) => attempt(&obj, &ns, &name, &old, ctx, &mut wrote_progress)
            .await
            .map(|o| (o, interval)),
        Err(e) => Err(e),
    };
    let result = result.map(|(outcome, interval)| {
        let (artifact, url, new_size) = match outcome {
            Outcome::UpToDate(a, url) => (a, url, None),
            Outcome::Stored(a, url, size) => (a, url, Some(size)),
        };
        let was_ready = ready_summary(old.conditions.as_deref()).is_some_and(|r| r.0 == "True");
        status::set_ready(&mut st, &obj, artifact.clone(), url);
        let size = new_size.or(artifact.size.and_then(|s| u64::try_from(s).ok()));
        let message = format!(
            "stored fetched index of {} from '{}'",
            size.map(|s| format!("size {}", status::human_size(s)))
                .unwrap_or_else(|| "unknown size".into()),
            obj.spec.url
        );
        let reason = if new_size.is_some()
            && old.artifact.as_ref().map(|a| &a.digest) != Some(&artifact.digest)
        {
            Some(crate::api::conditions::NEW_ARTIFACT)
        } else if !was_ready && old.artifact.is_some() {
            // Recovery from a failure: source-controller says so with a Succeeded event.
            Some(crate::api::conditions::SUCCEEDED)
        } else {
            None
        };
        Success {
            event: reason.map(|reason| Notice {
                reason,
                message,
                revision: artifact.revision.clone(),
            }),
            // No interval: Flux requeues after a zero duration, which controller-runtime reads as "never".
            requeue: interval.map_or_else(Action::await_change, Action::requeue),
        }
    });
    finish_source_reconcile(ctx, obj.as_ref(), &old, st, wrote_progress, result).await
}

/// Deletes the object's artifacts; idempotent.
pub async fn cleanup(obj: Arc<HelmRepository>, ctx: Arc<Context>) -> Result<Action, Error> {
    let ns = obj.namespace().ok_or(Error::MissingMetadata("namespace"))?;
    ctx.storage
        .remove_object(&Storage::object_dir("HelmRepository", &ns, &obj.name_any()))
        .map_err(Error::Storage)?;
    info!("artifacts removed");
    Ok(Action::await_change())
}
