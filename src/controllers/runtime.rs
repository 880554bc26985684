//! The loop every controller shares: the [`Context`] handed to reconcilers, per-object exponential backoff in
//! one [`error_policy`], condition helpers, the single server-side-apply status patch, reconcile-request
//! bookkeeping and metrics.
//!
//! Watch triggers are filtered (see [`trigger_hash`]): a controller wakes on a generation change, a new
//! `reconcile.fluxcd.io/requestedAt`, deletion, or its own requeue, never on its own status writes.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use k8s_openapi::apimachinery::pkg::apis::meta::v1::{Condition, Time};
use kube::api::{Api, Patch, PatchParams};
use kube::runtime::controller::Action;
use kube::{Client, Resource, ResourceExt};
use serde::Serialize;

use crate::api::annotations::RECONCILE_REQUESTED_AT;
use crate::api::conditions;
use crate::artifact::Storage;
use crate::serve::metrics::{ControllerLabels, Metrics, ObjectLabels, ResultLabels};

use super::events::Recorder;

/// First retry delay after a failure.
const BACKOFF_BASE: Duration = Duration::from_secs(2);
/// Longest retry delay.
const BACKOFF_MAX: Duration = Duration::from_secs(300);

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
    /// Consecutive failures per object key (`namespace/name`), reset on success.
    failures: Mutex<HashMap<String, u32>>,
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
        Self {
            client,
            recorder,
            metrics,
            storage,
            git_cache,
            name,
            failures: Mutex::new(HashMap::new()),
        }
    }

    /// Records a finished reconcile: success resets the object's backoff.
    pub fn record(&self, kind: &str, namespace: &str, name: &str, started: Instant, ok: bool) {
        let elapsed = started.elapsed().as_secs_f64();
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
            if let Ok(mut f) = self.failures.lock() {
                f.remove(&format!("{namespace}/{name}"));
            }
        } else {
            self.metrics.reconcile_errors.get_or_create(&labels).inc();
        }
    }

    /// The next retry delay of an object: 2s, 4s, 8s … capped at 5m.
    fn next_backoff(&self, key: &str) -> Duration {
        let Ok(mut f) = self.failures.lock() else {
            return BACKOFF_MAX;
        };
        let n = f.entry(key.to_string()).or_insert(0);
        *n = n.saturating_add(1);
        let exp = n.saturating_sub(1).min(16);
        BACKOFF_BASE.saturating_mul(1u32 << exp).min(BACKOFF_MAX)
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
    let key = format!("{}/{}", obj.namespace().unwrap_or_default(), obj.name_any());
    let delay = ctx.next_backoff(&key);
    tracing::debug!(object = %key, error = %err, retry_in = ?delay, "reconcile failed");
    Action::requeue(delay)
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

/// Writes the whole status with one server-side apply on the status subresource, as `field_manager`.
pub async fn patch_status<K, S>(
    api: &Api<K>,
    name: &str,
    field_manager: &str,
    status: &S,
) -> Result<(), kube::Error>
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
    .map(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
