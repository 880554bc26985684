//! The ArtifactGenerator controller (Flux's source-watcher): composes the artifacts of GitRepositories,
//! OCIRepositories, Buckets, HelmCharts and ExternalArtifacts into new artifacts, each served as an
//! ExternalArtifact that Kustomizations and HelmReleases can use (see `docs/artifact-generator.md`).
//!
//! A new artifact of any referenced source wakes the generators using it at once (watches on each source kind
//! filtered to artifact changes, as source-watcher's source index does); otherwise a generator is checked for
//! drift hourly. Unchanged inputs produce the same file, digest and revision, so nothing downstream moves.
//!
//! RBAC: `get/list/watch/patch/update` on artifactgenerators (and `/status`), `get/list/watch` on the source
//! kinds, `create/patch/delete/list` on externalartifacts (and `/status`), `create` on events. In
//! `kubectl describe`: conditions Ready / Reconciling / Stalled with reasons Succeeded, Progressing,
//! SourceFetchFailed, BuildFailed, ValidationFailed, AccessDenied, ReconciliationFailed, ReconciliationDisabled.

pub mod build;
pub mod copy;
pub mod error;
pub mod merge;
pub mod pathpattern;
pub mod reconcile;
pub mod sources;
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
use serde::de::DeserializeOwned;
use tracing::{info, warn};

use crate::api::extensions::ArtifactGenerator;
use crate::api::meta::Artifact;
use crate::api::source::{Bucket, ExternalArtifact, GitRepository, HelmChart, OCIRepository};

use super::runtime::{
    Context, Scope, backoff, guarded, key_of, keys_of, trigger_hash, until_drained,
};

/// ArtifactGenerators reconciled at the same time.
const CONCURRENCY: u16 = 4;

/// What every ArtifactGenerator reconcile shares: the controller context and source-watcher's flags.
pub struct GeneratorContext {
    /// Client, recorder, metrics, artifact storage (shared with source-controller), drain.
    pub base: Context,
    /// `--no-cross-namespace-refs`: sources must be in the generator's namespace.
    pub no_cross_namespace_refs: bool,
}

/// Hash of a source's artifact (revision, digest, URL): a new artifact wakes the generators using it, status
/// writes that keep it do not.
fn artifact_hash(artifact: Option<&Artifact>) -> Option<u64> {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    artifact
        .map(|a| (&a.revision, &a.digest, &a.url))
        .hash(&mut h);
    Some(h.finish())
}

/// The generators of `store` that read `kind` `namespace/name`.
fn users_of(
    store: &Store<ArtifactGenerator>,
    kind: &str,
    namespace: &str,
    name: &str,
) -> Vec<ObjectRef<ArtifactGenerator>> {
    store
        .state()
        .into_iter()
        .filter(|ag| {
            let own = ag.namespace().unwrap_or_default();
            ag.spec.sources.iter().any(|s| {
                s.kind == kind
                    && s.name == name
                    && sources::source_namespace(&own, &s.namespace) == namespace
            })
        })
        .map(|ag| ObjectRef::from_obj(ag.as_ref()))
        .collect()
}

/// The objects of source kind `K` in `scope` whose artifact changed.
fn artifact_changes<K>(
    client: &kube::Client,
    scope: &Scope,
    artifact: fn(&K) -> Option<&Artifact>,
) -> impl futures::Stream<Item = Result<K, watcher::Error>> + Send + 'static
where
    K: Resource<DynamicType = (), Scope = k8s_openapi::NamespaceResourceScope>
        + Clone
        + DeserializeOwned
        + std::fmt::Debug
        + Send
        + Sync
        + 'static,
{
    let api: Api<K> = scope.api(client);
    watcher(api, watcher::Config::default())
        .default_backoff()
        .applied_objects()
        .predicate_filter(
            move |o: &K| artifact_hash(artifact(o)),
            PredicateConfig::default(),
        )
}

/// Maps a changed source of kind `K` to the generators reading it.
fn mapper<K: Resource<DynamicType = ()> + 'static>(
    store: Store<ArtifactGenerator>,
) -> impl Fn(K) -> Vec<ObjectRef<ArtifactGenerator>> + Send + Sync + 'static {
    move |o: K| {
        users_of(
            &store,
            &K::kind(&()),
            &o.namespace().unwrap_or_default(),
            &o.name_any(),
        )
    }
}

/// Watches the ArtifactGenerators of `scope` (and their sources) and reconciles them until the drain of `ctx`.
pub async fn run(ctx: Arc<GeneratorContext>, scope: Scope) {
    let client = ctx.base.client.clone();
    let (reader, writer) = reflector::store();
    let forget = ctx.clone();
    let known = reader.clone();
    let primary = watcher(
        scope.api::<ArtifactGenerator>(&client),
        scope.watcher_config(),
    )
    .default_backoff()
    .reflect(writer)
    .inspect_ok(move |event| match event {
        watcher::Event::Delete(obj) => forget.base.forget(&key_of(obj)),
        watcher::Event::InitDone => {
            let live = keys_of(&known);
            forget.base.sweep(&|key| live.contains(key));
        }
        _ => {}
    })
    .applied_objects()
    .predicate_filter(
        trigger_hash::<ArtifactGenerator>,
        PredicateConfig::default(),
    );

    // Sources are watched in the scope's namespaces whatever the shard: a generator's source may be in another.
    let git = artifact_changes::<GitRepository>(&client, &scope, |o| {
        o.status.as_ref().and_then(|s| s.artifact.as_ref())
    });
    let oci = artifact_changes::<OCIRepository>(&client, &scope, |o| {
        o.status.as_ref().and_then(|s| s.artifact.as_ref())
    });
    let bucket = artifact_changes::<Bucket>(&client, &scope, |o| {
        o.status.as_ref().and_then(|s| s.artifact.as_ref())
    });
    let chart = artifact_changes::<HelmChart>(&client, &scope, |o| {
        o.status.as_ref().and_then(|s| s.artifact.as_ref())
    });
    let external = artifact_changes::<ExternalArtifact>(&client, &scope, |o| {
        o.status.as_ref().and_then(|s| s.artifact.as_ref())
    });

    info!(controller = "artifactgenerator", "starting controller");
    let drain = ctx.base.drain.clone();
    let listed = reader.clone();
    let controller = Controller::for_stream(primary, reader.clone())
        .watches_stream(git, mapper::<GitRepository>(reader.clone()))
        .watches_stream(oci, mapper::<OCIRepository>(reader.clone()))
        .watches_stream(bucket, mapper::<Bucket>(reader.clone()))
        .watches_stream(chart, mapper::<HelmChart>(reader.clone()))
        .watches_stream(external, mapper::<ExternalArtifact>(reader.clone()))
        .with_config(Config::default().concurrency(CONCURRENCY))
        .graceful_shutdown_on(drain.clone().wait())
        .run(
            |obj, ctx| async move {
                guarded(
                    &ctx.base,
                    obj.as_ref(),
                    status::FIELD_MANAGER,
                    reconcile::reconcile(obj.clone(), ctx.clone()),
                )
                .await
            },
            |obj, err, ctx| backoff(obj.as_ref(), err, &ctx.base),
            ctx,
        )
        .for_each(|res| async move {
            if let Err(e) = res
                && !matches!(e, kube::runtime::controller::Error::ReconcilerFailed(..))
            {
                warn!(controller = "artifactgenerator", error = %e, "controller error");
            }
        });
    until_drained(controller, drain, listed).await;
}
