//! The HelmChart controller (Flux's source-controller for charts): builds each HelmChart from its source (a
//! HelmRepository's index and chart URLs, or a chart directory in a GitRepository or Bucket artifact), stores
//! the `.tgz` as `helmchart/<ns>/<name>/<chart>-<version>.tgz` and keeps `status.artifact` pointing at it. The
//! artifact is what HelmReleases install.
//!
//! A new index or source revision wakes the HelmCharts that use it (watches on HelmRepository and
//! GitRepository filtered to artifact changes), as source-controller's source indexes do.
//!
//! RBAC: `get/list/watch/patch` on helmcharts (and `/status`), `get/list/watch` on helmrepositories,
//! gitrepositories and buckets, `get` on secrets, `create` on events. In `kubectl describe`: conditions
//! Ready / Reconciling / Stalled / ArtifactInStorage / ArtifactOutdated / FetchFailed / BuildFailed /
//! StorageOperationFailed, events `ChartPullSucceeded` / `ChartPackageSucceeded` and the failure reasons.

pub mod build;
pub mod dependencies;
pub mod error;
pub mod package;
pub mod reconcile;
pub mod status;

use std::hash::{Hash, Hasher};
use std::sync::Arc;

use futures::{StreamExt, TryStreamExt};
use kube::api::Api;
use kube::runtime::controller::{Config, Controller};
use kube::runtime::reflector::{self, ObjectRef, Store};
use kube::runtime::utils::PredicateConfig;
use kube::runtime::{WatchStreamExt, watcher};
use kube::{Resource, ResourceExt};
use tracing::{info, warn};

use crate::api::meta::Artifact;
use crate::api::source::{GitRepository, HelmChart, HelmRepository};

use super::runtime::{Context, Scope, error_policy, guarded, trigger_hash};

/// Field owner of the status patches, as Flux's source-controller names it.
pub const FIELD_MANAGER: &str = "source-controller";

/// Objects reconciled at the same time.
const CONCURRENCY: u16 = 4;

/// Hash of a source's artifact (revision, digest, URL): a new index or revision wakes its charts, our own
/// status writes on the source do not.
fn artifact_hash(artifact: Option<&Artifact>) -> Option<u64> {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    artifact
        .map(|a| (&a.revision, &a.digest, &a.url))
        .hash(&mut h);
    Some(h.finish())
}

/// The HelmCharts of `store` whose `spec.sourceRef` is `kind` `source`.
fn charts_of<K: Resource>(
    store: &Store<HelmChart>,
    kind: &str,
    source: &K,
) -> Vec<ObjectRef<HelmChart>> {
    let ns = source.namespace();
    let name = source.name_any();
    store
        .state()
        .into_iter()
        .filter(|c| {
            c.namespace() == ns && c.spec.source_ref.kind == kind && c.spec.source_ref.name == name
        })
        .map(|c| ObjectRef::from_obj(c.as_ref()))
        .collect()
}

/// Watches the HelmCharts of `scope` and reconciles them until the drain of `ctx`.
pub async fn run(ctx: Arc<Context>, scope: Scope) {
    let api: Api<HelmChart> = scope.api(&ctx.client);
    let (reader, writer) = reflector::store();
    let forget = ctx.clone();
    let known = reader.clone();
    let stream = watcher(api, scope.watcher_config())
        .default_backoff()
        .reflect(writer)
        .inspect_ok(move |event| match event {
            watcher::Event::Delete(chart) => forget.forget(&super::runtime::key_of(chart)),
            // After a relist, objects deleted while the watch was down are gone from the store.
            watcher::Event::InitDone => {
                let live = super::runtime::keys_of(&known);
                forget.sweep(&|key| live.contains(key));
            }
            _ => {}
        })
        .applied_objects()
        .predicate_filter(trigger_hash::<HelmChart>, PredicateConfig::default());
    // Sources are watched in the scope's namespaces whatever the shard: a chart's source may be in another.
    let repos: Api<HelmRepository> = scope.api(&ctx.client);
    let index_changes = watcher(repos, watcher::Config::default())
        .default_backoff()
        .applied_objects()
        .predicate_filter(
            |r: &HelmRepository| artifact_hash(r.status.as_ref().and_then(|s| s.artifact.as_ref())),
            PredicateConfig::default(),
        );
    let gits: Api<GitRepository> = scope.api(&ctx.client);
    let revision_changes = watcher(gits, watcher::Config::default())
        .default_backoff()
        .applied_objects()
        .predicate_filter(
            |r: &GitRepository| artifact_hash(r.status.as_ref().and_then(|s| s.artifact.as_ref())),
            PredicateConfig::default(),
        );
    info!(controller = "helmchart", "starting controller");
    let (by_repo, by_git) = (reader.clone(), reader.clone());
    let drain = ctx.drain.clone();
    let listed = reader.clone();
    let controller = Controller::for_stream(stream, reader)
        .watches_stream(index_changes, move |repo: HelmRepository| {
            charts_of(&by_repo, "HelmRepository", &repo)
        })
        .watches_stream(revision_changes, move |repo: GitRepository| {
            charts_of(&by_git, "GitRepository", &repo)
        })
        .with_config(Config::default().concurrency(CONCURRENCY))
        .graceful_shutdown_on(drain.clone().wait())
        .run(
            |obj, ctx| async move {
                guarded(
                    &ctx,
                    obj.as_ref(),
                    FIELD_MANAGER,
                    reconcile::reconcile(obj.clone(), ctx.clone()),
                )
                .await
            },
            error_policy,
            ctx,
        )
        .for_each(|res| async move {
            if let Err(e) = res
                && !matches!(e, kube::runtime::controller::Error::ReconcilerFailed(..))
            {
                warn!(controller = "helmchart", error = %e, "controller error");
            }
        });
    super::runtime::until_drained(controller, drain, listed).await;
}
