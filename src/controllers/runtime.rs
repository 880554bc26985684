//! The loop every controller shares: the [`Context`] handed to reconcilers, per-object exponential backoff in
//! one [`error_policy`], condition helpers, the single server-side-apply status patch, reconcile-request
//! bookkeeping and metrics.
//!
//! Every reconcile runs through [`guarded`]: a panic fails only its object (Ready=False with the panic message
//! and a Warning event) and the controller keeps serving the others.
//!
//! Watch triggers are filtered (see [`trigger_hash`]): a controller wakes on a generation change, a new
//! `reconcile.fluxcd.io/requestedAt`, deletion, or its own requeue, never on its own status writes.

use std::future::Future;
use std::hash::{Hash, Hasher};
use std::path::PathBuf;
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use futures::FutureExt;
use k8s_openapi::NamespaceResourceScope;
use k8s_openapi::apimachinery::pkg::apis::meta::v1::{Condition, Time};
use kube::api::{Api, Patch, PatchParams};
use kube::runtime::controller::Action;
use kube::runtime::reflector::Store;
use kube::{Client, Resource, ResourceExt};
use serde::Serialize;
use serde::de::DeserializeOwned;

use super::metrics::{ControllerLabels, Metrics, ObjectLabels, ResultLabels};
use crate::api::annotations::RECONCILE_REQUESTED_AT;
use crate::api::conditions;
use crate::artifact::Storage;

use super::events::{EventType, Recorder};
use super::state::ObjectState;
use super::supervisor::{DrainSignal, catch_panic};

/// First retry delay after a failure.
const BACKOFF_BASE: Duration = Duration::from_secs(2);
/// Longest retry delay.
const BACKOFF_MAX: Duration = Duration::from_secs(300);

/// Environment variable naming one object, as `Kind/namespace/name`, whose reconciles panic on purpose: the
/// fault the supervision tests inject. Unset in normal operation.
pub const FAULT_PANIC_ENV: &str = "FLUX_FAULT_PANIC";

/// What every reconcile of one controller shares. Nothing per object lives here except the backoff counters.
pub struct Context {
    /// Client for the cluster being reconciled.
    pub client: Client,
    /// Emits Kubernetes events for this controller.
    pub recorder: Recorder,
    /// Metrics registry of `flux serve`.
    pub metrics: Metrics,
    /// The artifact store (source controllers).
    pub storage: Storage,
    /// Root of the per-repository Git caches.
    pub git_cache: PathBuf,
    /// Controller name used in metrics, e.g. `gitrepository`.
    pub name: &'static str,
    /// Fires when `flux serve` starts draining: reconciles stop at their next safe point.
    pub drain: DrainSignal,
    /// Consecutive failures per object key (`namespace/name`), reset on success, dropped on deletion.
    failures: ObjectState<u32>,
    /// The resourceVersion of each object's last status write of ours (see [`Context::latest`]).
    written: ObjectState<String>,
    /// The kind this controller records per-object metrics under, once it recorded one.
    kind: std::sync::OnceLock<String>,
}

impl Context {
    /// A context for controller `name`.
    pub fn new(
        client: Client,
        recorder: Recorder,
        metrics: Metrics,
        storage: Storage,
        git_cache: PathBuf,
        name: &'static str,
    ) -> Self {
        let failures = ObjectState::tracked(&metrics, name, "backoff");
        let written = ObjectState::tracked(&metrics, name, "written");
        Self {
            client,
            recorder,
            metrics,
            storage,
            git_cache,
            name,
            drain: DrainSignal::never(),
            failures,
            written,
            kind: std::sync::OnceLock::new(),
        }
    }

    /// The same context, stopping at safe points once `drain` fires.
    pub fn with_drain(mut self, drain: DrainSignal) -> Self {
        self.drain = drain;
        self
    }

    /// Drops the per-object state of `key` (`namespace/name`): its object was deleted.
    pub fn forget(&self, key: &str) {
        self.failures.remove(key);
        self.written.remove(key);
        super::memory::freed();
        // Its reconcile-duration series goes too, or 2,000 deleted objects leave 2,000 histograms behind.
        if let (Some(kind), Some((namespace, name))) = (self.kind.get(), key.split_once('/')) {
            self.metrics.gotk_reconcile_duration.remove(&ObjectLabels {
                kind: kind.clone(),
                name: name.to_string(),
                namespace: namespace.to_string(),
            });
        }
    }

    /// Drops the per-object state of every object for which `exists` is false (after a relist).
    pub fn sweep(&self, exists: &dyn Fn(&str) -> bool) {
        self.failures.retain(exists);
        self.written.retain(exists);
    }

    /// Remembers the object as our last status write returned it.
    pub fn wrote<K: Resource>(&self, obj: &K) {
        if let Some(rv) = obj.resource_version() {
            self.written.update(&key_of(obj), |v| *v = rv);
        }
    }

    /// The object to reconcile: `obj` from the watch cache, or the API server's copy when the cache has not yet
    /// seen our last status write. A trigger that arrived during a reconcile runs the next one as soon as the
    /// first ends, usually before the watch event of its own status write; starting from that older copy
    /// would write its stale status fields (a release history, an inventory) back over the new ones.
    pub async fn latest<K>(&self, api: &Api<K>, obj: Arc<K>) -> Result<Arc<K>, kube::Error>
    where
        K: Resource<DynamicType = ()> + Clone + serde::de::DeserializeOwned + std::fmt::Debug,
    {
        let rv = obj.resource_version();
        let behind = self
            .written
            .read(&key_of(obj.as_ref()), |written| {
                cache_is_behind(rv.as_deref(), written)
            })
            .unwrap_or(false);
        if !behind {
            return Ok(obj);
        }
        Ok(api.get_opt(&obj.name_any()).await?.map_or(obj, Arc::new))
    }

    /// Records a finished reconcile: success resets the object's backoff.
    pub fn record(&self, kind: &str, namespace: &str, name: &str, started: Instant, ok: bool) {
        let elapsed = started.elapsed().as_secs_f64();
        self.kind.get_or_init(|| kind.to_string());
        let labels = ControllerLabels {
            controller: self.name.to_string(),
        };
        self.metrics
            .reconcile_time
            .get_or_create(&labels)
            .observe(elapsed);
        self.metrics
            .gotk_reconcile_duration
            .get_or_create(&ObjectLabels {
                kind: kind.to_string(),
                name: name.to_string(),
                namespace: namespace.to_string(),
            })
            .observe(elapsed);
        self.metrics
            .reconcile_total
            .get_or_create(&ResultLabels {
                controller: self.name.to_string(),
                result: if ok { "success" } else { "error" }.to_string(),
            })
            .inc();
        if ok {
            self.failures.remove(&format!("{namespace}/{name}"));
        } else {
            self.metrics.reconcile_errors.get_or_create(&labels).inc();
        }
    }

    /// The next retry delay of an object: 2s, 4s, 8s … capped at `cap`.
    fn next_backoff(&self, key: &str, cap: Duration) -> Duration {
        let n = self
            .failures
            .update(key, |n| {
                *n = n.saturating_add(1);
                *n
            })
            .unwrap_or(u32::MAX);
        let exp = n.saturating_sub(1).min(16);
        BACKOFF_BASE.saturating_mul(1u32 << exp).min(cap)
    }

    /// Marks `obj` failed after its reconcile panicked: Ready=False with the panic message (a merge patch of the
    /// conditions only, so the rest of the status, such as an inventory, stays as it was) and a Warning event.
    async fn mark_panicked<K>(&self, obj: &K, field_manager: &str, message: &str)
    where
        K: Resource<DynamicType = (), Scope = NamespaceResourceScope>
            + Clone
            + DeserializeOwned
            + Serialize
            + std::fmt::Debug,
    {
        let mut conds: Vec<Condition> = serde_json::to_value(obj)
            .ok()
            .and_then(|v| v.pointer("/status/conditions").cloned())
            .and_then(|c| serde_json::from_value(c).ok())
            .unwrap_or_default();
        let generation = obj.meta().generation;
        set_condition(
            &mut conds,
            conditions::READY,
            "False",
            conditions::RECONCILIATION_FAILED,
            message,
            generation,
        );
        let api: Api<K> =
            Api::namespaced(self.client.clone(), &obj.namespace().unwrap_or_default());
        let params = PatchParams {
            field_manager: Some(field_manager.to_string()),
            ..PatchParams::default()
        };
        let body = serde_json::json!({ "status": { "conditions": conds } });
        if let Err(e) = api
            .patch_status(&obj.name_any(), &params, &Patch::Merge(&body))
            .await
        {
            tracing::warn!(error = %e, "failed to record the panic in the status");
        }
        self.recorder
            .publish(
                obj,
                EventType::Warning,
                conditions::RECONCILIATION_FAILED,
                message,
                None,
            )
            .await;
    }
}

/// The object named by [`FAULT_PANIC_ENV`], read once.
fn fault_panic_target() -> Option<&'static str> {
    static TARGET: OnceLock<Option<String>> = OnceLock::new();
    TARGET
        .get_or_init(|| {
            std::env::var(FAULT_PANIC_ENV)
                .ok()
                .filter(|t| !t.is_empty())
        })
        .as_deref()
}

/// Runs one reconcile of `obj` so that a panic inside it fails only this object: the panic is caught, counted
/// in `flux_serve_reconcile_panics_total`, written to the object's Ready condition (as `field_manager`) and
/// an event, and the object is retried with backoff. Controller-runtime recovers panics the same way.
pub async fn guarded<K, E, F>(
    ctx: &Context,
    obj: &K,
    field_manager: &str,
    reconcile: F,
) -> Result<Action, E>
where
    K: Resource<DynamicType = (), Scope = NamespaceResourceScope>
        + Clone
        + DeserializeOwned
        + Serialize
        + std::fmt::Debug,
    F: Future<Output = Result<Action, E>>,
{
    let kind = K::kind(&()).to_string();
    let key = key_of(obj);
    let injected = fault_panic_target() == Some(format!("{kind}/{key}").as_str());
    let started = Instant::now();
    let run = async {
        if injected {
            panic!("injected fault ({FAULT_PANIC_ENV})");
        }
        reconcile.await
    };
    match catch_panic(run).await {
        Ok(result) => result,
        Err(panic) => {
            let message = format!("reconciliation panicked: {panic}");
            tracing::error!(object = %format!("{kind}/{key}"), panic = %panic, "reconcile panicked; the controller goes on");
            record_panic(ctx);
            ctx.record(
                &kind,
                &obj.namespace().unwrap_or_default(),
                &obj.name_any(),
                started,
                false,
            );
            ctx.mark_panicked(obj, field_manager, &message).await;
            Ok(Action::requeue(ctx.next_backoff(&key, BACKOFF_MAX)))
        }
    }
}

fn record_panic(ctx: &Context) {
    ctx.metrics
        .reconcile_panics
        .get_or_create(&ControllerLabels {
            controller: ctx.name.to_string(),
        })
        .inc();
}

/// Which objects of its kind a controller reconciles: one namespace or all (`--watch-all-namespaces`), and
/// only those matching `--watch-label-selector` (Flux's sharding: `sharding.fluxcd.io/key=shard1`).
#[derive(Debug, Clone, Default)]
pub struct Scope {
    /// `None` watches every namespace.
    pub namespace: Option<String>,
    /// A label selector the reconciled objects must match; `None` reconciles all.
    pub label_selector: Option<String>,
}

impl Scope {
    /// The API of kind `K` within the scope's namespace.
    pub fn api<K>(&self, client: &Client) -> Api<K>
    where
        K: Resource<Scope = NamespaceResourceScope, DynamicType = ()>,
    {
        match &self.namespace {
            Some(ns) => Api::namespaced(client.clone(), ns),
            None => Api::all(client.clone()),
        }
    }

    /// The watch of the reconciled kind: only the objects of this shard.
    pub fn watcher_config(&self) -> kube::runtime::watcher::Config {
        let config = kube::runtime::watcher::Config::default();
        match &self.label_selector {
            Some(selector) => config.labels(selector),
            None => config,
        }
    }
}

/// Whether `store`'s watch has listed its objects once and still feeds it (before that, or once its writer is
/// gone, reads must go to the API server).
pub fn has_listed<K>(store: &Store<K>) -> bool
where
    K: kube::runtime::reflector::Lookup + Clone + 'static,
    K::DynamicType: Eq + std::hash::Hash + Clone,
{
    matches!(store.wait_until_ready().now_or_never(), Some(Ok(())))
}

/// Runs a controller until it ends. Once the drain starts, a controller whose watch never listed its objects
/// (its CRD is missing, say) is stopped at once: no reconcile can be running, and kube's runner would otherwise
/// wait for a first list that may never come before it lets the drain finish.
pub async fn until_drained<K, F>(controller: F, drain: DrainSignal, store: Store<K>)
where
    K: Resource<DynamicType = ()> + Clone + 'static,
    F: Future<Output = ()>,
{
    let never_listed = async {
        drain.wait().await;
        if store.wait_until_ready().now_or_never().is_none() {
            return;
        }
        std::future::pending::<()>().await
    };
    tokio::select! {
        () = controller => {}
        () = never_listed => tracing::info!("stopping a controller whose objects were never listed"),
    }
}

/// The shared error policy: per-object exponential backoff. The failure itself is already in the object's
/// status and events (the reconciler patches them before returning the error).
pub fn error_policy<K, E>(obj: Arc<K>, err: &E, ctx: Arc<Context>) -> Action
where
    K: Resource,
    E: std::fmt::Display,
{
    backoff(obj.as_ref(), err, &ctx)
}

/// The next retry of `obj` after `err`, with its backoff counted in `ctx` (for controllers whose context wraps
/// a [`Context`]).
pub fn backoff<K, E>(obj: &K, err: &E, ctx: &Context) -> Action
where
    K: Resource,
    E: std::fmt::Display,
{
    backoff_within(obj, err, ctx, BACKOFF_MAX)
}

/// [`backoff`] never waiting longer than `cap` (an object's own retry interval: an API server that comes back
/// is noticed within one retry interval).
pub fn backoff_within<K, E>(obj: &K, err: &E, ctx: &Context, cap: Duration) -> Action
where
    K: Resource,
    E: std::fmt::Display,
{
    let key = key_of(obj);
    let delay = ctx.next_backoff(&key, cap.max(BACKOFF_BASE));
    tracing::debug!(object = %key, error = %err, retry_in = ?delay, "reconcile failed");
    Action::requeue(delay)
}

/// A cause as it reads in a condition message, as Go's `%w` joins it: the API server's own words for API
/// errors, libgit2's message without its class and code, the error's text otherwise. Every controller's
/// `Error::message()` joins its step and cause through this.
pub fn cause_text(cause: &(dyn std::error::Error + 'static)) -> String {
    if let Some(e) = cause.downcast_ref::<kube::Error>() {
        return crate::cluster::describe(e);
    }
    if let Some(e) = cause.downcast_ref::<git2::Error>() {
        return e.message().to_string();
    }
    cause.to_string()
}

/// The span of one reconcile, with the keys controller-runtime puts on each of its log lines (`controller`,
/// `controllerGroup`, `controllerKind`, `name`, `namespace`): `flux logs --kind --name` filters on them.
pub fn reconcile_span<K: Resource<DynamicType = ()>>(obj: &K) -> tracing::Span {
    let kind = K::kind(&());
    tracing::info_span!(
        "reconcile",
        controller = %kind.to_ascii_lowercase(),
        controllerGroup = %K::group(&()),
        controllerKind = %kind,
        name = %obj.name_any(),
        namespace = %obj.namespace().unwrap_or_default(),
    )
}

/// Whether a cached copy at resourceVersion `cached` predates our write at `written`. Versions are etcd
/// revisions on every API server we meet, and a watch delivers them in order: a cached copy newer than our
/// write (a user's annotation after it, say) has seen it, so only an older one costs a GET. A version that is
/// not a number is compared for equality only.
fn cache_is_behind(cached: Option<&str>, written: &str) -> bool {
    match (
        cached.and_then(|c| c.parse::<u64>().ok()),
        written.parse::<u64>(),
    ) {
        (Some(cached), Ok(written)) => cached < written,
        _ => cached != Some(written),
    }
}

/// `namespace/name` of an object: the key of its per-object state.
pub fn key_of<K: Resource>(obj: &K) -> String {
    format!("{}/{}", obj.namespace().unwrap_or_default(), obj.name_any())
}

/// The keys of every object in a reflector store.
pub fn keys_of<K>(store: &kube::runtime::reflector::Store<K>) -> std::collections::HashSet<String>
where
    K: Resource<DynamicType = ()> + Clone + 'static,
{
    store.state().iter().map(|o| key_of(o.as_ref())).collect()
}

/// Hash of what should wake a controller: generation, reconcile request and deletion. Status-only updates (our
/// own patches) hash the same and are filtered out.
pub fn trigger_hash<K: Resource>(obj: &K) -> Option<u64> {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    obj.meta().generation.hash(&mut h);
    obj.annotations().get(RECONCILE_REQUESTED_AT).hash(&mut h);
    obj.meta().deletion_timestamp.is_some().hash(&mut h);
    obj.finalizers().hash(&mut h);
    Some(h.finish())
}

/// The value of the `reconcile.fluxcd.io/requestedAt` annotation, copied into `status.lastHandledReconcileAt`.
pub fn requested_at<K: Resource>(obj: &K) -> Option<String> {
    obj.annotations().get(RECONCILE_REQUESTED_AT).cloned()
}

fn now() -> Time {
    Time(k8s_openapi::jiff::Timestamp::now())
}

/// Sets a condition, keeping its `lastTransitionTime` when the status did not change.
pub fn set_condition(
    conds: &mut Vec<Condition>,
    type_: &str,
    status: &str,
    reason: &str,
    message: &str,
    generation: Option<i64>,
) {
    let message: String = message.chars().take(32 * 1024).collect();
    if let Some(c) = conds.iter_mut().find(|c| c.type_ == type_) {
        if c.status != status {
            c.last_transition_time = now();
        }
        c.status = status.to_string();
        c.reason = reason.to_string();
        c.message = message;
        c.observed_generation = generation;
        return;
    }
    conds.push(Condition {
        type_: type_.to_string(),
        status: status.to_string(),
        reason: reason.to_string(),
        message,
        observed_generation: generation,
        last_transition_time: now(),
    });
}

/// Removes a condition (negative-polarity ones are only present while True).
pub fn remove_condition(conds: &mut Vec<Condition>, type_: &str) {
    conds.retain(|c| c.type_ != type_);
}

/// Ready=Unknown + Reconciling=True: work in progress.
pub fn mark_reconciling(conds: &mut Vec<Condition>, reason: &str, msg: &str, g: Option<i64>) {
    set_condition(conds, conditions::RECONCILING, "True", reason, msg, g);
}

/// Ready=True; Reconciling and Stalled removed.
pub fn mark_ready(conds: &mut Vec<Condition>, reason: &str, msg: &str, g: Option<i64>) {
    set_condition(conds, conditions::READY, "True", reason, msg, g);
    remove_condition(conds, conditions::RECONCILING);
    remove_condition(conds, conditions::STALLED);
}

/// Ready=False after a failed attempt that will be retried: Reconciling=True with `ProgressingWithRetry`.
pub fn mark_failed(conds: &mut Vec<Condition>, reason: &str, msg: &str, g: Option<i64>) {
    set_condition(conds, conditions::READY, "False", reason, msg, g);
    remove_condition(conds, conditions::STALLED);
    set_condition(
        conds,
        conditions::RECONCILING,
        "True",
        conditions::PROGRESSING_WITH_RETRY,
        msg,
        g,
    );
}

/// Ready=False + Stalled=True: a terminal error that waits for a spec change.
pub fn mark_stalled(conds: &mut Vec<Condition>, reason: &str, msg: &str, g: Option<i64>) {
    set_condition(conds, conditions::READY, "False", reason, msg, g);
    set_condition(conds, conditions::STALLED, "True", reason, msg, g);
    remove_condition(conds, conditions::RECONCILING);
}

/// Writes the whole status with one server-side apply on the status subresource, as `field_manager`, and
/// returns the object as written.
pub async fn patch_status<K, S>(
    api: &Api<K>,
    name: &str,
    field_manager: &str,
    status: &S,
) -> Result<K, kube::Error>
where
    K: Resource<DynamicType = ()> + Clone + serde::de::DeserializeOwned + std::fmt::Debug,
    S: Serialize,
{
    let body = serde_json::json!({
        "apiVersion": K::api_version(&()),
        "kind": K::kind(&()),
        "status": status,
    });
    api.patch_status(
        name,
        &PatchParams::apply(field_manager).force(),
        &Patch::Apply(&body),
    )
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_drain_stops_a_controller_whose_objects_were_never_listed() {
        let sup = super::super::supervisor::Supervisor::new(Metrics::new());
        let (store, _writer) =
            kube::runtime::reflector::store::<k8s_openapi::api::core::v1::ConfigMap>();
        let stuck = until_drained(std::future::pending::<()>(), sup.drain_signal(), store);
        let task = tokio::spawn(stuck);
        assert!(sup.drain(Duration::from_secs(1)).await);
        let ended = tokio::time::timeout(Duration::from_secs(1), task).await;
        assert!(ended.is_ok(), "the drain must not wait for a first list");
    }

    #[test]
    fn transition_time_is_kept_when_status_does_not_change() {
        let mut conds = Vec::new();
        set_condition(&mut conds, "Ready", "True", "Succeeded", "a", Some(1));
        let t = conds[0].last_transition_time.clone();
        std::thread::sleep(Duration::from_millis(5));
        set_condition(&mut conds, "Ready", "True", "Succeeded", "b", Some(2));
        assert_eq!(conds[0].last_transition_time, t);
        assert_eq!(conds[0].message, "b");
    }

    #[test]
    fn failure_keeps_reconciling_with_retry() {
        let mut conds = Vec::new();
        mark_ready(&mut conds, "Succeeded", "ok", Some(1));
        mark_failed(&mut conds, "GitOperationFailed", "boom", Some(1));
        assert!(
            conds
                .iter()
                .any(|c| c.type_ == "Reconciling" && c.reason == "ProgressingWithRetry")
        );
        mark_ready(&mut conds, "Succeeded", "ok", Some(1));
        assert!(!conds.iter().any(|c| c.type_ == "Reconciling"));
    }

    #[test]
    fn only_a_cached_copy_older_than_our_write_is_behind() {
        assert!(cache_is_behind(Some("41"), "42"));
        assert!(!cache_is_behind(Some("42"), "42"));
        // A change after our write (an annotation) already carries it.
        assert!(!cache_is_behind(Some("43"), "42"));
        assert!(cache_is_behind(None, "42"));
        // Not numbers: equality only.
        assert!(cache_is_behind(Some("b"), "a"));
        assert!(!cache_is_behind(Some("a"), "a"));
    }
}
