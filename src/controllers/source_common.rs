//! What every source controller (GitRepository, OCIRepository, HelmRepository, HelmChart, Bucket) does around
//! its own fetch: the watch and the controller loop ([`run_source_controller`]), the entry point with its span,
//! metrics and finalizer ([`reconcile_source`]), the progress write before a new artifact is built
//! ([`write_progress`]) and the end of an attempt ([`finish_source_reconcile`]: one status patch, the
//! `NewArtifact` event, failure marking and stalling).
//!
//! A controller plugs in by implementing [`SourceKind`] for its object (in its `status.rs`) and
//! [`SourceError`] for its error enum; what it fetches and how it words its events stays its own.

use std::fmt::Debug;
use std::future::Future;
use std::sync::Arc;
use std::time::Instant;

use futures::{StreamExt, TryStreamExt};
use k8s_openapi::NamespaceResourceScope;
use k8s_openapi::apimachinery::pkg::apis::meta::v1::Condition;
use kube::api::Api;
use kube::runtime::controller::{Action, Config, Controller};
use kube::runtime::finalizer::{self, Event as Finalizer};
use kube::runtime::reflector::{self, Store};
use kube::runtime::utils::PredicateConfig;
use kube::runtime::{WatchStreamExt, watcher};
use kube::{Resource, ResourceExt};
use serde::Serialize;
use serde::de::DeserializeOwned;
use tracing::{Instrument, info, warn};

use crate::api::annotations::FINALIZER;
use crate::api::conditions;
use crate::api::meta::Artifact;

use super::events::EventType;
use super::runtime::{
    self, Context, Scope, error_policy, guarded, key_of, keys_of, mark_ready, mark_reconciling,
    mark_stalled, patch_status, reconcile_span, remove_condition, requested_at, set_condition,
    trigger_hash, until_drained,
};

/// Field owner of every source status patch, as Flux's source-controller names it.
pub const FIELD_MANAGER: &str = "source-controller";

/// Objects of one source kind reconciled at the same time.
const CONCURRENCY: u16 = 4;

/// A source controller's error enum, as the shared steps need it.
pub trait SourceError: std::error::Error + Send + Sync + Sized + 'static {
    /// The condition and event message, in Flux's words.
    fn message(&self) -> String;
    /// The Flux condition reason.
    fn reason(&self) -> &'static str;
    /// Short label for logs and metrics.
    fn metric_label(&self) -> &'static str;
    /// Terminal (Stalled): retrying cannot help until the spec changes.
    fn is_terminal(&self) -> bool;
    /// The condition the failure is recorded under besides Ready (FetchFailed, StorageOperationFailed …).
    fn condition(&self) -> &'static str;
    /// The object has no namespace.
    fn missing_namespace() -> Self;
    /// Adding or removing the finalizer failed.
    fn finalizer(source: Box<finalizer::Error<Self>>) -> Self;
    /// Reading the latest copy of the object (after our own status write) failed.
    fn refresh(key: String, source: kube::Error) -> Self;
    /// The status patch failed.
    fn patch_status(key: String, source: kube::Error) -> Self;
}

/// A source kind: its status type, its error, and how a failure is written into its status.
pub trait SourceKind:
    Resource<DynamicType = (), Scope = NamespaceResourceScope>
    + Clone
    + DeserializeOwned
    + Serialize
    + Debug
    + Send
    + Sync
    + 'static
{
    /// The kind's status.
    type Status: Clone + PartialEq + Serialize + Default + Send + Sync;
    /// The kind's reconcile error.
    type Error: SourceError;
    /// A fetch failure clears BuildFailed and a build failure FetchFailed (HelmChart, whose two steps
    /// source-controller records apart).
    const EXCLUSIVE_FAILURES: bool = false;
    /// The object's status.
    fn status(obj: &Self) -> Option<&Self::Status>;
    /// `spec.suspend`.
    fn is_suspended(obj: &Self) -> bool;
    /// The status's conditions.
    fn conditions(st: &Self::Status) -> Option<&[Condition]>;
    /// The status's conditions, to change them.
    fn conditions_mut(st: &mut Self::Status) -> &mut Vec<Condition>;
    /// The status's artifact.
    fn artifact(st: &Self::Status) -> Option<&Artifact>;
    /// Forgets the artifact (and its `status.url`): it is no longer in storage.
    fn drop_artifact(st: &mut Self::Status);
    /// Sets `status.observedGeneration`.
    fn observe_generation(st: &mut Self::Status, generation: Option<i64>);
    /// Sets `status.lastHandledReconcileAt`.
    fn set_last_handled(st: &mut Self::Status, requested_at: Option<String>);

    /// Records a failed attempt: Ready=False with the failure's reason, the failure condition (True, except
    /// SourceVerified, which fails as False), Stalled when terminal, else Reconciling with
    /// `ProgressingWithRetry`; the last artifact kept only while it is still in storage.
    fn mark_failed(st: &mut Self::Status, obj: &Self, err: &Self::Error, artifact_present: bool) {
        let g = obj.meta().generation;
        let msg = err.message();
        let conds = Self::conditions_mut(st);
        let condition = err.condition();
        if Self::EXCLUSIVE_FAILURES {
            match condition {
                conditions::BUILD_FAILED => remove_condition(conds, conditions::FETCH_FAILED),
                conditions::FETCH_FAILED => remove_condition(conds, conditions::BUILD_FAILED),
                _ => {}
            }
        }
        let polarity = if condition == conditions::SOURCE_VERIFIED {
            "False"
        } else {
            "True"
        };
        set_condition(conds, condition, polarity, err.reason(), &msg, g);
        let terminal = err.is_terminal();
        if terminal {
            mark_stalled(conds, err.reason(), &msg, g);
        } else {
            runtime::mark_failed(conds, err.reason(), &msg, g);
        }
        if !artifact_present {
            remove_condition(conds, conditions::ARTIFACT_IN_STORAGE);
            Self::drop_artifact(st);
        }
        if terminal {
            Self::observe_generation(st, g);
        }
    }
}

/// An artifact is stored (new or unchanged): Ready=True and ArtifactInStorage=True with `reason` and `msg`,
/// Reconciling and Stalled gone, and the conditions in `cleared` (the failures and ArtifactOutdated) removed.
pub fn mark_stored(
    conds: &mut Vec<Condition>,
    reason: &str,
    msg: &str,
    g: Option<i64>,
    cleared: &[&str],
) {
    mark_ready(conds, reason, msg, g);
    set_condition(
        conds,
        conditions::ARTIFACT_IN_STORAGE,
        "True",
        reason,
        msg,
        g,
    );
    for t in cleared {
        remove_condition(conds, t);
    }
}

/// A new artifact is about to be built: ArtifactOutdated=True with `reason` and `msg` when an artifact is
/// stored, Reconciling=True and Ready=Unknown (`Progressing`, "building artifact: <msg>").
pub fn mark_outdated(
    conds: &mut Vec<Condition>,
    reason: &str,
    msg: &str,
    g: Option<i64>,
    has_artifact: bool,
) {
    if has_artifact {
        set_condition(conds, conditions::ARTIFACT_OUTDATED, "True", reason, msg, g);
    }
    let building = format!("building artifact: {msg}");
    mark_reconciling(conds, conditions::PROGRESSING, &building, g);
    set_condition(
        conds,
        conditions::READY,
        "Unknown",
        conditions::PROGRESSING,
        &building,
        g,
    );
}

/// Watches the objects of kind `K` in `scope` (forgetting the per-object state of deleted ones) and returns
/// the controller over them with the store it reads, ready for extra `watches` before [`drive`].
pub fn source_controller<K: SourceKind>(
    ctx: &Arc<Context>,
    scope: &Scope,
) -> (Controller<K>, Store<K>) {
    let api: Api<K> = scope.api(&ctx.client);
    let (reader, writer) = reflector::store();
    let forget = ctx.clone();
    let known = reader.clone();
    let stream = watcher(api, scope.watcher_config())
        .default_backoff()
        .reflect(writer)
        .inspect_ok(move |event| match event {
            watcher::Event::Delete(obj) => forget.forget(&key_of(obj)),
            // After a relist, objects deleted while the watch was down are gone from the store.
            watcher::Event::InitDone => {
                let live = keys_of(&known);
                forget.sweep(&|key| live.contains(key));
            }
            _ => {}
        })
        .applied_objects()
        .predicate_filter(trigger_hash::<K>, PredicateConfig::default());
    (Controller::for_stream(stream, reader.clone()), reader)
}

/// Runs `controller` with `reconcile` behind [`guarded`] and the shared [`error_policy`] until the drain of
/// `ctx`; `name` is the controller's name in logs (`gitrepository`).
pub async fn drive<K, F, Fut>(
    controller: Controller<K>,
    listed: Store<K>,
    ctx: Arc<Context>,
    name: &'static str,
    reconcile: F,
) where
    K: SourceKind,
    F: Fn(Arc<K>, Arc<Context>) -> Fut + Send + Sync + Clone + 'static,
    Fut: Future<Output = Result<Action, K::Error>> + Send + 'static,
{
    info!(controller = name, "starting controller");
    let drain = ctx.drain.clone();
    let controller = controller
        .with_config(Config::default().concurrency(CONCURRENCY))
        .graceful_shutdown_on(drain.clone().wait())
        .run(
            move |obj, ctx| {
                let reconcile = reconcile.clone();
                async move {
                    guarded(
                        &ctx,
                        obj.as_ref(),
                        FIELD_MANAGER,
                        reconcile(obj.clone(), ctx.clone()),
                    )
                    .await
                }
            },
            error_policy,
            ctx,
        )
        .for_each(move |res| async move {
            if let Err(e) = res
                && !matches!(e, kube::runtime::controller::Error::ReconcilerFailed(..))
            {
                warn!(controller = name, error = %e, "controller error");
            }
        });
    until_drained(controller, drain, listed).await;
}

/// One reconcile of a source: the span controller-runtime's log keys name, the reconcile metrics, a warning
/// log line on failure, and `body` in between (see [`with_finalizer`]).
pub async fn instrumented<K, Fut>(obj: &K, ctx: &Context, body: Fut) -> Result<Action, K::Error>
where
    K: SourceKind,
    Fut: Future<Output = Result<Action, K::Error>>,
{
    let ns = obj.namespace().ok_or_else(K::Error::missing_namespace)?;
    let name = obj.name_any();
    let kind = K::kind(&()).to_string();
    async move {
        let started = Instant::now();
        let result = body.await;
        ctx.record(&kind, &ns, &name, started, result.is_ok());
        if let Err(e) = &result {
            warn!(error = %e.message(), kind = e.metric_label(), "reconcile failed");
        }
        result
    }
    .instrument(reconcile_span(obj))
    .await
}

/// The finalizer dance around `apply` and `cleanup`: the finalizer is added before the first apply and
/// removed after a successful cleanup. `apply` gets the latest copy of the object ([`Context::latest`]), never
/// a cached one older than our own last status write.
pub async fn with_finalizer<K, A, AFut, C, CFut>(
    obj: Arc<K>,
    ctx: Arc<Context>,
    apply: A,
    cleanup: C,
) -> Result<Action, K::Error>
where
    K: SourceKind,
    A: FnOnce(Arc<K>, Arc<Context>) -> AFut,
    AFut: Future<Output = Result<Action, K::Error>>,
    C: FnOnce(Arc<K>, Arc<Context>) -> CFut,
    CFut: Future<Output = Result<Action, K::Error>>,
{
    let ns = obj.namespace().ok_or_else(K::Error::missing_namespace)?;
    let api: Api<K> = Api::namespaced(ctx.client.clone(), &ns);
    let key = key_of(obj.as_ref());
    finalizer::finalizer(&api, FINALIZER, obj, |event| async {
        match event {
            Finalizer::Apply(obj) => {
                let obj = ctx
                    .latest(&api, obj)
                    .await
                    .map_err(|source| K::Error::refresh(key, source))?;
                apply(obj, ctx.clone()).await
            }
            Finalizer::Cleanup(obj) => cleanup(obj, ctx.clone()).await,
        }
    })
    .await
    .map_err(|e| match e {
        finalizer::Error::ApplyFailed(e) | finalizer::Error::CleanupFailed(e) => e,
        other => K::Error::finalizer(Box::new(other)),
    })
}

/// The entry point of a source controller: [`instrumented`] around [`with_finalizer`].
pub async fn reconcile_source<K, A, AFut, C, CFut>(
    obj: Arc<K>,
    ctx: Arc<Context>,
    apply: A,
    cleanup: C,
) -> Result<Action, K::Error>
where
    K: SourceKind,
    A: FnOnce(Arc<K>, Arc<Context>) -> AFut,
    AFut: Future<Output = Result<Action, K::Error>>,
    C: FnOnce(Arc<K>, Arc<Context>) -> CFut,
    CFut: Future<Output = Result<Action, K::Error>>,
{
    let held = obj.clone();
    instrumented(
        held.as_ref(),
        &ctx.clone(),
        with_finalizer(obj, ctx, apply, cleanup),
    )
    .await
}

/// The start of an attempt: `None` for a suspended object (logged), else the status as it was and the status
/// to build, with `lastHandledReconcileAt` following the reconcile request.
pub fn begin_attempt<K: SourceKind>(obj: &K) -> Option<(K::Status, K::Status)> {
    if K::is_suspended(obj) {
        info!("reconciliation is suspended for this object");
        return None;
    }
    let old = K::status(obj).cloned().unwrap_or_default();
    let mut st = old.clone();
    if let Some(at) = requested_at(obj) {
        K::set_last_handled(&mut st, Some(at));
    }
    Some((old, st))
}

/// Writes the status showing the work about to be done (`mark` turns a copy of `st` into it: ArtifactOutdated,
/// Reconciling, Ready=Unknown) before a new artifact is built, as source-controller does. Returns whether it
/// was written; a failed write is only logged, since the attempt's final patch follows anyway.
pub async fn write_progress<K: SourceKind>(
    ctx: &Context,
    obj: &K,
    st: &K::Status,
    mark: impl FnOnce(&mut K::Status),
) -> bool {
    let Some(ns) = obj.namespace() else {
        return false;
    };
    let mut progress = st.clone();
    mark(&mut progress);
    let api: Api<K> = Api::namespaced(ctx.client.clone(), &ns);
    match patch_status(&api, &obj.name_any(), FIELD_MANAGER, &progress).await {
        Ok(written) => {
            ctx.wrote(&written);
            true
        }
        Err(e) => {
            warn!(error = %e, "failed to record the work in progress");
            false
        }
    }
}

/// A Normal event to emit once the status is written.
pub struct Notice {
    /// Event reason (`NewArtifact`, `Succeeded`, `ChartPullSucceeded` …).
    pub reason: &'static str,
    /// Event note.
    pub message: String,
    /// The revision annotation of the event.
    pub revision: String,
}

/// How a successful attempt ends, its status already marked ready by the controller.
pub struct Success {
    /// The event to emit, if the attempt is worth one.
    pub event: Option<Notice>,
    /// When to reconcile again.
    pub requeue: Action,
}

/// The Ready condition's (status, reason, message): events are emitted only when it changes.
pub fn ready_summary(conds: Option<&[Condition]>) -> Option<(String, String, String)> {
    conds?
        .iter()
        .find(|cond| cond.type_ == conditions::READY)
        .map(|cond| {
            (
                cond.status.clone(),
                cond.reason.clone(),
                cond.message.clone(),
            )
        })
}

/// Ends an attempt of a source reconcile. On success (`st` marked ready by the caller): one status patch when
/// anything changed, then the attempt's event. On failure: the failure marked into `st` (the old artifact kept
/// only while it is still in storage), one status patch, a Warning event when Ready changed; a terminal
/// failure stalls (no requeue), any other is returned for the error policy's backoff.
pub async fn finish_source_reconcile<K: SourceKind>(
    ctx: &Context,
    obj: &K,
    old: &K::Status,
    mut st: K::Status,
    wrote_progress: bool,
    result: Result<Success, K::Error>,
) -> Result<Action, K::Error> {
    let ns = obj.namespace().ok_or_else(K::Error::missing_namespace)?;
    let name = obj.name_any();
    let api: Api<K> = Api::namespaced(ctx.client.clone(), &ns);
    let key = format!("{ns}/{name}");
    let patch = |st: K::Status| {
        let (api, key, name) = (api.clone(), key.clone(), name.clone());
        async move {
            let written = patch_status(&api, &name, FIELD_MANAGER, &st)
                .await
                .map_err(|source| K::Error::patch_status(key, source))?;
            ctx.wrote(&written);
            Ok::<_, K::Error>(())
        }
    };
    match result {
        Ok(success) => {
            if st != *old || wrote_progress {
                patch(st).await?;
            }
            if let Some(event) = success.event {
                info!(revision = %event.revision, "{}", event.message);
                ctx.recorder
                    .publish(
                        obj,
                        EventType::Normal,
                        event.reason,
                        &event.message,
                        Some(&event.revision),
                    )
                    .await;
            }
            Ok(success.requeue)
        }
        Err(err) => {
            let present = K::artifact(old).is_some_and(|a| ctx.storage.exists(&a.path));
            K::mark_failed(&mut st, obj, &err, present);
            let changed = ready_summary(K::conditions(&st)) != ready_summary(K::conditions(old));
            if st != *old || wrote_progress {
                patch(st).await?;
            }
            if changed {
                let revision = K::artifact(old).map(|a| a.revision.clone());
                ctx.recorder
                    .publish(
                        obj,
                        EventType::Warning,
                        err.reason(),
                        &err.message(),
                        revision.as_deref(),
                    )
                    .await;
            }
            if err.is_terminal() {
                // Stalled: only a spec change (a watch event of the object) or, for a HelmChart, a new
                // source artifact (its source watches) can help.
                return Ok(Action::await_change());
            }
            Err(err)
        }
    }
}

/// Implements [`SourceError`] for a source controller's `Error` enum, which has the variants
/// `MissingMetadata(&'static str)`, `Finalizer(Box<..>)`, `Refresh { key, source }` and
/// `PatchStatus { key, source }`, and the inherent methods `message`, `reason`, `metric_label` and
/// `is_terminal` and `condition`.
macro_rules! impl_source_error {
    ($error:ty) => {
        impl $crate::controllers::source_common::SourceError for $error {
            fn message(&self) -> String {
                <$error>::message(self)
            }
            fn reason(&self) -> &'static str {
                <$error>::reason(self)
            }
            fn metric_label(&self) -> &'static str {
                <$error>::metric_label(self)
            }
            fn is_terminal(&self) -> bool {
                <$error>::is_terminal(self)
            }
            fn condition(&self) -> &'static str {
                <$error>::condition(self)
            }
            fn missing_namespace() -> Self {
                Self::MissingMetadata("namespace")
            }
            fn finalizer(source: Box<kube::runtime::finalizer::Error<Self>>) -> Self {
                Self::Finalizer(source)
            }
            fn refresh(key: String, source: kube::Error) -> Self {
                Self::Refresh { key, source }
            }
            fn patch_status(key: String, source: kube::Error) -> Self {
                Self::PatchStatus { key, source }
            }
        }
    };
}
pub(crate) use impl_source_error;

/// The [`SourceKind`] accessors of a kind whose status has the usual field names (`conditions`, `artifact`,
/// `observedGeneration`, `lastHandledReconcileAt`) and whose spec has `suspend`; used inside the impl.
macro_rules! source_status_accessors {
    ($status:ty) => {
        fn status(obj: &Self) -> Option<&$status> {
            obj.status.as_ref()
        }
        fn is_suspended(obj: &Self) -> bool {
            obj.spec.suspend == Some(true)
        }
        fn conditions(
            st: &$status,
        ) -> Option<&[k8s_openapi::apimachinery::pkg::apis::meta::v1::Condition]> {
            st.conditions.as_deref()
        }
        fn conditions_mut(
            st: &mut $status,
        ) -> &mut Vec<k8s_openapi::apimachinery::pkg::apis::meta::v1::Condition> {
            st.conditions.get_or_insert_with(Vec::new)
        }
        fn artifact(st: &$status) -> Option<&$crate::api::meta::Artifact> {
            st.artifact.as_ref()
        }
        fn observe_generation(st: &mut $status, generation: Option<i64>) {
            st.observed_generation = generation;
        }
        fn set_last_handled(st: &mut $status, requested_at: Option<String>) {
            st.last_handled_reconcile_at = requested_at;
        }
    };
}
pub(crate) use source_status_accessors;
