//! The HelmChart controller (Flux's source-controller for charts): builds each HelmChart from its source (a
//! HelmRepository's index and chart URLs, or a chart directory in a GitRepository or Bucket artifact), stores
//! the `.tgz` as `helmchart/<ns>/<name>/<chart>-<version>.tgz` and keeps `status.artifact` pointing at it. The
//! artifact is what HelmReleases install.
//!
//! A new index or source revision wakes the HelmCharts that use it (watches on HelmRepository,
//! GitRepository and Bucket filtered to artifact changes), as source-controller's source indexes do.
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

use kube::api::Api;
use kube::runtime::reflector::{ObjectRef, Store};
use kube::runtime::utils::PredicateConfig;
use kube::runtime::{WatchStreamExt, watcher};
use kube::{Resource, ResourceExt};

use crate::api::meta::Artifact;
use crate::api::source::{Bucket, GitRepository, HelmChart, HelmRepository};

use super::runtime::{Context, Scope};
use super::source_common::{drive, reconcile_source, source_controller};

pub use super::source_common::FIELD_MANAGER;

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
    let (controller, reader) = source_controller::<HelmChart>(&ctx, &scope);
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
    let buckets: Api<Bucket> = scope.api(&ctx.client);
    let bucket_changes = watcher(buckets, watcher::Config::default())
        .default_backoff()
        .applied_objects()
        .predicate_filter(
            |b: &Bucket| artifact_hash(b.status.as_ref().and_then(|s| s.artifact.as_ref())),
            PredicateConfig::default(),
        );
    let (by_repo, by_git, by_bucket) = (reader.clone(), reader.clone(), reader.clone());
    let controller = controller
        .watches_stream(index_changes, move |repo: HelmRepository| {
            charts_of(&by_repo, "HelmRepository", &repo)
        })
        .watches_stream(revision_changes, move |repo: GitRepository| {
            charts_of(&by_git, "GitRepository", &repo)
        })
        .watches_stream(bucket_changes, move |bucket: Bucket| {
            charts_of(&by_bucket, "Bucket", &bucket)
        });
    drive(controller, reader, ctx, "helmchart", |obj, ctx| {
        reconcile_source(obj, ctx, reconcile::apply, reconcile::cleanup)
    })
    .await;
}
