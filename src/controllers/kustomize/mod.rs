//! The Kustomization controller (Flux's kustomize-controller): builds a path of a source artifact, applies it
//! with server-side apply, prunes what left Git, waits for health and records it all in status.
//!
//! Everything is event-driven: a Kustomization wakes on its own spec change or reconcile request, on a new
//! artifact revision of its source, and on a dependency turning Ready — there is no 30-second dependency poll.
//! With the `CancelHealthCheckOnNewRevision` gate, such a trigger also cancels a running health check.
//! Reconciles run unbounded in parallel (a health wait is only a parked future, never a held worker); the
//! CPU-bound builds are bounded by a semaphore.
//!
//! RBAC: cluster-admin in practice (it applies arbitrary objects), or impersonation of
//! `spec.serviceAccountName` / `--default-service-account`.

pub mod build;
pub mod decrypt_sources;
pub mod dependencies;
pub mod error;
pub mod finalizer;
pub mod history;
pub mod interrupts;
pub mod inventory;
pub mod reconcile;
pub mod source;
pub mod status;
pub mod timing;

use std::hash::{Hash, Hasher};
use std::sync::Arc;
use std::time::Duration;

use futures::{StreamExt, TryStreamExt};
use kube::ResourceExt;
use kube::api::Api;
use kube::runtime::controller::{Config, Controller};
use kube::runtime::reflector::{self, ObjectRef};
use kube::runtime::utils::PredicateConfig;
use kube::runtime::{WatchStreamExt, watcher};
use tokio::sync::Semaphore;
use tracing::{info, warn};

use super::runtime::{Context, Scope, guarded, trigger_hash};
use super::target::Targets;
use crate::api::kustomize::Kustomization;
use crate::api::source::{Bucket, ExternalArtifact, GitRepository, OCIRepository};
use error::Error;

/// Field owner of the status patches, as Flux's kustomize-controller names it.
pub const FIELD_MANAGER: &str = "gotk-kustomize-controller";
/// Field manager of the applied objects: objects Flux applied are taken over without conflicts.
pub const APPLY_MANAGER: &str = "kustomize-controller";
/// Builds run at the same time (each is CPU-bound).
const CONCURRENT_BUILDS: usize = 2;

/// Controller flags, as kustomize-controller names them.
#[derive(Debug, Clone)]
pub struct Options {
    /// `--requeue-dependency`: retry delay while a source or dependency is not ready (events usually come first).
    pub requeue_dependency: Duration,
    /// `--no-cross-namespace-refs`.
    pub no_cross_namespace_refs: bool,
    /// `--default-service-account`: impersonated when `spec.serviceAccountName` is empty.
    pub default_service_account: Option<String>,
    /// `--concurrent-ssa`: objects applied in parallel within a stage.
    pub concurrent_ssa: usize,
    /// `--override-manager` (formerly `--disallowed-field-managers`): field managers whose edits are
    /// reverted like kubectl's.
    pub disallowed_field_managers: Vec<String>,
    /// `--concurrent`: Kustomizations reconciled at the same time (0: unbounded).
    pub concurrent: u16,
    /// `--kube-api-qps` and `--kube-api-burst` of the clients built for impersonation and remote clusters.
    pub limits: crate::cluster::rate_limit::Limits,
    /// `--feature-gates`.
    pub gates: crate::controllers::features::FeatureGates,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            requeue_dependency: Duration::from_secs(30),
            no_cross_namespace_refs: false,
            default_service_account: None,
            concurrent_ssa: 4,
            disallowed_field_managers: Vec::new(),
            concurrent: 0,
            limits: crate::cluster::rate_limit::Limits::UNLIMITED,
            gates: Default::default(),
        }
    }
}

/// The cluster a Kustomization applies to, as whom: a client and its apply engine (which caches what it applied).
pub use crate::controllers::target::Target;

/// What every Kustomization reconcile shares.
pub struct KustomizeContext {
    /// Client, events, metrics and the local artifact store.
    pub base: Context,
    /// Controller flags.
    pub opts: Options,
    /// Bounds concurrent builds.
    pub builds: Semaphore,
    /// Newer triggers that cancel running health checks.
    pub interrupts: interrupts::Interrupts,
    /// The controller's own cluster and identity, and the impersonated or remote ones.
    targets: Targets,
}

impl KustomizeContext {
    /// A context applying as the controller's own identity (`config`) unless a Kustomization asks otherwise.
    pub fn new(base: Context, config: kube::Config, opts: Options) -> Self {
        let targets = Targets::new(
            base.client.clone(),
            config,
            opts.limits,
            opts.default_service_account.clone(),
            base.metrics.clone(),
            base.name,
        );
        let interrupts = interrupts::Interrupts::tracked(&base.metrics, base.name);
        Self {
            base,
            opts,
            builds: Semaphore::new(CONCURRENT_BUILDS),
            interrupts,
            targets,
        }
    }

    /// Whether a new revision, spec change or reconcile request cancels a running health check
    /// (`CancelHealthCheckOnNewRevision`, off by default as in Flux 2.9).
    pub fn cancels_health_checks(&self) -> bool {
        self.opts.gates.enabled("CancelHealthCheckOnNewRevision")
    }

    /// Drops the per-object state of the Kustomization `key` (it was deleted).
    pub fn forget(&self, key: &str) {
        self.base.forget(key);
        self.interrupts.forget(key);
    }

    /// Drops the per-object state of every Kustomization for which `exists` is false.
    pub fn sweep(&self, exists: &dyn Fn(&str) -> bool) {
        self.base.sweep(exists);
        self.interrupts.sweep(exists);
    }

    /// The target of `ks`: a remote cluster from `spec.kubeConfig`, impersonating `spec.serviceAccountName` (or
    /// `--default-service-account`) when set.
    pub async fn target(&self, ks: &Kustomization, namespace: &str) -> Result<Target, Error> {
        Ok(self
            .targets
            .get(
                namespace,
                ks.spec.service_account_name.as_deref(),
                ks.spec.kube_config.as_ref(),
            )
            .await?)
    }
}

/// Hash of what a dependant cares about in a dependency (its readiness and applied revision) and of what
/// interrupts its own health check (its spec fingerprint).
fn readiness_hash(ks: &Kustomization) -> Option<u64> {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    dependencies::is_ready(ks).hash(&mut h);
    ks.status
        .as_ref()
        .and_then(|s| s.last_applied_revision.clone())
        .hash(&mut h);
    spec_fingerprint(ks).hash(&mut h);
    Some(h.finish())
}

/// Fingerprint of a Kustomization's generation and reconcile request: it changes on a spec edit or a
/// `flux reconcile`, never on a status write.
pub fn spec_fingerprint(ks: &Kustomization) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    ks.metadata.generation.hash(&mut h);
    super::runtime::requested_at(ks).hash(&mut h);
    h.finish()
}

/// `namespace/name` of a Kustomization.
pub fn key_of(ks: &Kustomization) -> String {
    super::runtime::key_of(ks)
}

/// [`artifact_hash`] of an ExternalArtifact (an ArtifactGenerator's output, say).
fn external_artifact_hash(ea: &ExternalArtifact) -> Option<u64> {
    hash_artifact(ea.status.as_ref().and_then(|s| s.artifact.as_ref()))
}

/// Hash of a source's artifact revision, digest, storage time and URL: a new artifact wakes the Kustomizations
/// using it, and so does the same artifact stored again or served from a new address (after a restart on empty
/// storage or a new `--storage-adv-addr`, a Kustomization whose download failed must not wait for its interval).
fn artifact_hash(repo: &GitRepository) -> Option<u64> {
    hash_artifact(repo.status.as_ref().and_then(|s| s.artifact.as_ref()))
}

/// [`artifact_hash`] of an OCIRepository.
fn oci_artifact_hash(repo: &OCIRepository) -> Option<u64> {
    hash_artifact(repo.status.as_ref().and_then(|s| s.artifact.as_ref()))
}

/// [`artifact_hash`] of a Bucket.
fn bucket_artifact_hash(bucket: &Bucket) -> Option<u64> {
    hash_artifact(bucket.status.as_ref().and_then(|s| s.artifact.as_ref()))
}

fn hash_artifact(artifact: Option<&crate::api::meta::Artifact>) -> Option<u64> {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    artifact
        .map(|a| {
            (
                &a.revision,
                &a.digest,
                a.last_update_time.0.as_second(),
                &a.url,
            )
        })
        .hash(&mut h);
    Some(h.finish())
}

/// The Kustomizations whose source is `K/namespace/name`; their health checks are interrupted when the
/// cancel-on-new-revision gate is on.
fn users_of<K: kube::Resource<DynamicType = ()>>(
    store: &reflector::Store<Kustomization>,
    ctx: &KustomizeContext,
    ns: &str,
    name: &str,
) -> Vec<ObjectRef<Kustomization>> {
    let kind = K::kind(&());
    store
        .state()
        .into_iter()
        .filter(|k| {
            let own_ns = k.namespace().unwrap_or_default();
            source::refers_to::<K>(k, &source::source_namespace(k, &own_ns), ns, name)
        })
        .map(|k| {
            if ctx.cancels_health_checks() {
                ctx.interrupts
                    .bump(&key_of(&k), &format!("{kind}/{ns}/{name}"));
            }
            ObjectRef::from_obj(k.as_ref())
        })
        .collect()
}

/// Watches the Kustomizations of `scope` and reconciles them until the drain of `ctx` (which lets running
/// reconciles reach their next safe point).
pub async fn run(ctx: Arc<KustomizeContext>, scope: Scope) {
    let client = ctx.base.client.clone();
    let (reader, writer) = reflector::store();
    let forget = ctx.clone();
    let known = reader.clone();
    let primary = watcher(scope.api::<Kustomization>(&client), scope.watcher_config())
        .default_backoff()
        .reflect(writer)
        .inspect_ok(move |event| match event {
            watcher::Event::Delete(ks) => forget.forget(&key_of(ks)),
            // After a relist, Kustomizations deleted while the watch was down are gone from the store.
            watcher::Event::InitDone => {
                let live = super::runtime::keys_of(&known);
                forget.sweep(&|key| live.contains(key));
            }
            _ => {}
        })
        .applied_objects()
        .predicate_filter(trigger_hash::<Kustomization>, PredicateConfig::default());

    // A dependency turning Ready (or applying a new revision) wakes its dependants at once; a spec change
    // or reconcile request interrupts the object's own running health check.
    let deps_reader = reader.clone();
    let deps_ctx = ctx.clone();
    // Not limited to this shard: a dependency may live in another one.
    let dependency_changes = watcher(
        scope.api::<Kustomization>(&client),
        watcher::Config::default(),
    )
    .default_backoff()
    .applied_objects()
    .predicate_filter(readiness_hash, PredicateConfig::default());

    // A new artifact wakes the Kustomizations of that source and interrupts their health checks.
    let source_reader = reader.clone();
    let source_ctx = ctx.clone();
    let repos: Api<GitRepository> = scope.api(&client);
    let drain = ctx.base.drain.clone();
    let artifact_changes = watcher(repos, watcher::Config::default())
        .default_backoff()
        .applied_objects()
        .predicate_filter(artifact_hash, PredicateConfig::default());
    let oci_reader = reader.clone();
    let oci_ctx = ctx.clone();
    let oci_artifact_changes = watcher(
        scope.api::<OCIRepository>(&client),
        watcher::Config::default(),
    )
    .default_backoff()
    .applied_objects()
    .predicate_filter(oci_artifact_hash, PredicateConfig::default());
    let bucket_reader = reader.clone();
    let bucket_ctx = ctx.clone();
    let bucket_artifact_changes = watcher(scope.api::<Bucket>(&client), watcher::Config::default())
        .default_backoff()
        .applied_objects()
        .predicate_filter(bucket_artifact_hash, PredicateConfig::default());

    // An ExternalArtifact's new artifact (an ArtifactGenerator rebuilt it) wakes its Kustomizations at once.
    // Without the `ExternalArtifact` feature gate there is no watch at all (the kind may not even be served).
    let ea_reader = reader.clone();
    let ea_ctx = ctx.clone();
    let external_artifact_changes = if ctx.opts.gates.enabled("ExternalArtifact") {
        watcher(
            scope.api::<ExternalArtifact>(&client),
            watcher::Config::default(),
        )
        .default_backoff()
        .applied_objects()
        .predicate_filter(external_artifact_hash, PredicateConfig::default())
        .boxed()
    } else {
        futures::stream::empty().boxed()
    };

    info!(controller = "kustomization", "starting controller");
    let listed = reader.clone();
    let controller = Controller::for_stream(primary, reader)
        .watches_stream(dependency_changes, move |changed: Kustomization| {
            // A Kustomization being deleted has no spec change left to cancel on; skipping it also keeps this
            // watch from re-creating state the primary watch dropped on the Delete event.
            if deps_ctx.cancels_health_checks() && changed.metadata.deletion_timestamp.is_none() {
                let key = key_of(&changed);
                deps_ctx.interrupts.observe_spec(
                    &key,
                    spec_fingerprint(&changed),
                    &format!("Kustomization/{key}"),
                );
            }
            let all = deps_reader.state();
            dependencies::dependants_of(&changed, all.iter().map(|k| k.as_ref()))
                .into_iter()
                .map(ObjectRef::from_obj)
                .collect::<Vec<_>>()
        })
        .watches_stream(artifact_changes, move |repo: GitRepository| {
            let (ns, name) = (repo.namespace().unwrap_or_default(), repo.name_any());
            users_of::<GitRepository>(&source_reader, &source_ctx, &ns, &name)
        })
        .watches_stream(oci_artifact_changes, move |repo: OCIRepository| {
            let (ns, name) = (repo.namespace().unwrap_or_default(), repo.name_any());
            users_of::<OCIRepository>(&oci_reader, &oci_ctx, &ns, &name)
        })
        .watches_stream(bucket_artifact_changes, move |bucket: Bucket| {
            let (ns, name) = (bucket.namespace().unwrap_or_default(), bucket.name_any());
            users_of::<Bucket>(&bucket_reader, &bucket_ctx, &ns, &name)
        })
        .watches_stream(external_artifact_changes, move |ea: ExternalArtifact| {
            let (ns, name) = (ea.namespace().unwrap_or_default(), ea.name_any());
            users_of::<ExternalArtifact>(&ea_reader, &ea_ctx, &ns, &name)
        })
        // 0 (the default) = unbounded: a reconcile waiting for health is a parked future and must not block the
        // others.
        .with_config(Config::default().concurrency(ctx.opts.concurrent))
        .graceful_shutdown_on(drain.clone().wait())
        .run(
            |obj, ctx| async move {
                guarded(
                    &ctx.base,
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
            if let Err(e) = res {
                match e {
                    kube::runtime::controller::Error::ReconcilerFailed(..) => {}
                    other => {
                        warn!(controller = "kustomization", error = %other, "controller error")
                    }
                }
            }
        });
    super::runtime::until_drained(controller, drain, listed).await;
}

/// Retries an object whose status could not even be written (the API server is down, say), with the shared
/// per-object backoff, never later than its retry interval: a returning API server is noticed in time.
fn error_policy(
    obj: Arc<Kustomization>,
    err: &Error,
    ctx: Arc<KustomizeContext>,
) -> kube::runtime::controller::Action {
    let cap = timing::Timing::of(&obj)
        .map(|t| t.retry)
        .unwrap_or(std::time::Duration::from_secs(300));
    super::runtime::backoff_within(obj.as_ref(), err, &ctx.base, cap)
}
