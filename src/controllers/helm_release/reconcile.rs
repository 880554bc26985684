//! One HelmRelease reconcile, in helm-controller's order: finalizer → suspended? → chart source → values →
//! chart → decide (install, upgrade, or nothing) → act → status. The decision compares the latest release in
//! Helm's storage with what the spec asks for (chart name and version, values digest, the history digest),
//! so a release helm-controller made is taken over without a new revision when nothing changed.
//!
//! Each attempt ends with one status write and, when something was released or failed, one event.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use k8s_openapi::apimachinery::pkg::apis::meta::v1::Time;
use kube::ResourceExt;
use kube::api::Api;
use kube::runtime::controller::Action;
use kube::runtime::finalizer::{Event as Finalizer, finalizer};
use serde_json::Value;
use tracing::{Instrument, info, warn};

use crate::api::annotations::FINALIZER;
use crate::api::conditions;
use crate::api::helm::{CrdsPolicy, HelmRelease, HelmReleaseStatus, Snapshot};
use crate::api::meta::{ResourceInventory, ResourceRef};
use crate::controllers::events::EventType;
use crate::controllers::runtime::{self, mark_failed, mark_ready, set_condition};
use crate::controllers::target::TargetError;
use crate::health;
use crate::helm::action::{self, ActionOptions, CrdPolicy, Failure, Outcome, Planned, Target};
use crate::helm::digest::{config_digest, observation_digest};
use crate::helm::release::{Release, status as rstatus};
use crate::helm::render;
use crate::helm::storage::Storage;

use super::source::{self, SourceError};
use super::{FIELD_MANAGER, HelmReleaseContext};
use super::{dependencies, desired, drift, unchanged, values};

/// Default `spec.timeout` of Helm actions.
const DEFAULT_TIMEOUT: Duration = Duration::from_secs(300);
/// Default `spec.maxHistory`.
const DEFAULT_MAX_HISTORY: usize = 5;
/// helm-controller's annotation forcing an upgrade.
const FORCE_AT: &str = "reconcile.fluxcd.io/forceAt";
/// helm-controller's annotation resetting the failure counters.
const RESET_AT: &str = "reconcile.fluxcd.io/resetAt";
/// Delay before retrying after a remediation (the next attempt runs at once, as helm-controller requeues).
const RETRY_NOW: Duration = Duration::from_secs(1);

/// Errors that end a reconcile before its status could be written.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("HelmRelease has no namespace")]
    MissingNamespace,
    #[error("failed to write status: {0}")]
    Status(#[source] kube::Error),
    #[error("failed to read the HelmRelease afresh: {0}")]
    Refresh(#[source] kube::Error),
    #[error("finalizer: {0}")]
    Finalizer(#[source] Box<kube::runtime::finalizer::Error<Error>>),
    #[error("uninstall failed: {0}")]
    Uninstall(String),
}

/// Entry point called by the controller for each trigger.
pub async fn reconcile(
    obj: Arc<HelmRelease>,
    ctx: Arc<HelmReleaseContext>,
) -> Result<Action, Error> {
    let ns = obj.namespace().ok_or(Error::MissingNamespace)?;
    let name = obj.name_any();
    let span = crate::controllers::runtime::reconcile_span(obj.as_ref());
    async move {
        let started = Instant::now();
        let api: Api<HelmRelease> = Api::namespaced(ctx.base.client.clone(), &ns);
        let result = finalizer(&api, FINALIZER, obj, |event| async {
            match event {
                Finalizer::Apply(obj) => apply(obj, ctx.clone()).await,
                Finalizer::Cleanup(obj) => cleanup(obj, ctx.clone()).await,
            }
        })
        .await
        .map_err(|e| Error::Finalizer(Box::new(e)));
        ctx.base
            .record("HelmRelease", &ns, &name, started, result.is_ok());
        result
    }
    .instrument(span)
    .await
}

/// What one attempt concluded, before it is written to status.
struct Attempt {
    status: HelmReleaseStatus,
    conditions: Vec<k8s_openapi::apimachinery::pkg::apis::meta::v1::Condition>,
    /// Waiting for a dependency or the chart: helm-controller leaves `observedGeneration` where it was.
    waiting: bool,
}

async fn apply(hr: Arc<HelmRelease>, ctx: Arc<HelmReleaseContext>) -> Result<Action, Error> {
    let api: Api<HelmRelease> =
        Api::namespaced(ctx.base.client.clone(), &hr.namespace().unwrap_or_default());
    let hr = ctx.base.latest(&api, hr).await.map_err(Error::Refresh)?;
    if hr.spec.suspend.unwrap_or(false) {
        info!("reconciliation is suspended for this object");
        return Ok(Action::await_change());
    }
    let interval = crate::duration::parse(&hr.spec.interval).unwrap_or(Duration::from_secs(600));
    let generation = hr.metadata.generation;
    let mut attempt = Attempt {
        status: hr.status.clone().unwrap_or_default(),
        conditions: hr
            .status
            .as_ref()
            .and_then(|s| s.conditions.clone())
            .unwrap_or_default(),
        waiting: false,
    };
    if let Some(at) = runtime::requested_at(hr.as_ref()) {
        attempt.status.last_handled_reconcile_at = Some(at);
    }
    let requeue = match release(&hr, &ctx, &mut attempt).await {
        Ok(()) => Action::requeue(interval),
        Err(Stop::Retry(after)) => Action::requeue(after.min(interval)),
        Err(Stop::Wait) => Action::requeue(interval),
    };
    if !attempt.waiting {
        attempt.status.observed_generation = generation;
    }
    attempt.status.conditions = Some(attempt.conditions);
    let written = runtime::patch_status(&api, &hr.name_any(), FIELD_MANAGER, &attempt.status)
        .await
        .map_err(Error::Status)?;
    ctx.base.wrote(&written);
    Ok(requeue)
}

/// A CEL expression of the spec does not compile: Ready=False and Stalled=True `InvalidCELExpression`, a
/// Warning event, and no retry until the spec changes.
async fn stall_on_cel(hr: &HelmRelease, ctx: &HelmReleaseContext, a: &mut Attempt, why: &str) {
    let message = format!("{}: {why}", conditions::TERMINAL_ERROR);
    runtime::mark_stalled(
        &mut a.conditions,
        conditions::INVALID_CEL_EXPRESSION,
        &message,
        hr.metadata.generation,
    );
    ctx.event(
        hr,
        EventType::Warning,
        conditions::INVALID_CEL_EXPRESSION,
        why,
        None,
    )
    .await;
}

/// How an attempt that did not release ends.
enum Stop {
    /// Try again after this long.
    Retry(Duration),
    /// Nothing to do until something changes (or the interval passes).
    Wait,
}

async fn release(hr: &HelmRelease, ctx: &HelmReleaseContext, a: &mut Attempt) -> Result<(), Stop> {
    let client = &ctx.base.client;
    let ns = hr.namespace().unwrap_or_default();
    let generation = hr.metadata.generation;

    // helm-controller refuses an invalid `healthCheckExprs` before anything else, for good.
    if let Err(e) = health_checks(hr) {
        stall_on_cel(hr, ctx, a, &e.to_string()).await;
        return Err(Stop::Wait);
    }

    if let Err(e) = dependencies::check(client, hr, ctx.additive_cel).await {
        let why = e.message();
        if e.is_terminal() {
            stall_on_cel(hr, ctx, a, &why).await;
            return Err(Stop::Wait);
        }
        // helm-controller puts the bare cause in the condition and the event, the retry only in its log.
        mark_failed(
            &mut a.conditions,
            conditions::DEPENDENCY_NOT_READY,
            &why,
            generation,
        );
        ctx.event(
            hr,
            EventType::Normal,
            conditions::DEPENDENCY_NOT_READY,
            &why,
            None,
        )
        .await;
        info!(
            "dependencies do not meet ready condition ({why}): retrying in {}",
            crate::duration::format(ctx.requeue_dependency)
        );
        a.waiting = true;
        return Err(Stop::Retry(ctx.requeue_dependency));
    }

    let resolved =
        match source::resolve(client, hr, ctx.external_artifacts, ctx.charts().as_ref()).await {
            Ok(r) => r,
            Err(e) => {
                mark_failed(&mut a.conditions, e.reason(), &e.to_string(), generation);
                return Err(match e {
                    // The source's own watch wakes us when it gets an artifact; this is the fallback.
                    SourceError::NotReady(_) => {
                        a.waiting = true;
                        Stop::Retry(ctx.requeue_dependency)
                    }
                    SourceError::Get(_) | SourceError::CreateChart(_) => {
                        ctx.event(hr, EventType::Warning, e.reason(), &e.to_string(), None)
                            .await;
                        Stop::Retry(ctx.base_backoff())
                    }
                    SourceError::Denied(_) => {
                        ctx.event(hr, EventType::Warning, e.reason(), &e.to_string(), None)
                            .await;
                        Stop::Wait
                    }
                });
            }
        };
    if let Some(chart) = &resolved.helm_chart {
        a.status.helm_chart = Some(chart.clone());
    }

    let values = match values::compose(
        client,
        &ns,
        hr.spec.values_from.as_deref().unwrap_or_default(),
        hr.spec.values.as_ref(),
    )
    .await
    {
        Ok(v) => v,
        Err(e) => {
            mark_failed(&mut a.conditions, "ValuesError", &e.to_string(), generation);
            ctx.event(hr, EventType::Warning, "ValuesError", &e.to_string(), None)
                .await;
            return Err(Stop::Retry(ctx.base_backoff()));
        }
    };

    let chart = match load_chart(ctx, &resolved.artifact).await {
        Ok(c) => c,
        // Gone from the source's server (a newer artifact replaced it, or the source restarted on empty
        // storage): wait for the source as helm-controller does, without a warning.
        Err(LoadChartError::Fetch(e)) if e.is_not_found() => {
            let message = format!(
                "Source not ready: artifact not found. Retrying in {}",
                crate::duration::format(ctx.requeue_dependency)
            );
            mark_failed(&mut a.conditions, "ArtifactFailed", &message, generation);
            info!("{message}");
            return Err(Stop::Retry(ctx.requeue_dependency));
        }
        Err(e) => {
            let message = format!("Could not load chart: {e}");
            mark_failed(&mut a.conditions, "ArtifactFailed", &message, generation);
            ctx.event(hr, EventType::Warning, "ArtifactFailed", &message, None)
                .await;
            return Err(Stop::Retry(ctx.base_backoff()));
        }
    };
    let mut chart_version = chart.metadata.version.clone();
    if let Some(d) = &resolved.oci_digest {
        let hex = d.split_once(':').map(|(_, h)| h).unwrap_or(d);
        chart_version = format!("{chart_version}+{}", &hex[..hex.len().min(12)]);
    }

    // helm-controller builds its REST client here: another cluster, another identity, or its own.
    let cluster = match ctx.target(hr).await {
        Ok(cluster) => cluster,
        Err(e) => {
            let message = rest_client_message(&e);
            mark_failed(&mut a.conditions, "RESTClientError", &message, generation);
            ctx.event(hr, EventType::Warning, "RESTClientError", &message, None)
                .await;
            return Err(Stop::Retry(ctx.base_backoff()));
        }
    };
    let client = &cluster.client;

    let id = desired::identity(hr);
    let (name, target_ns, storage_ns) = (
        id.name.clone(),
        id.namespace.clone(),
        id.storage_namespace.clone(),
    );
    a.status.storage_namespace = Some(storage_ns.clone());
    let storage = Storage::new(client.clone(), &storage_ns);
    let values_digest = config_digest(&values);

    // A new generation, chart version or set of values is a new start: the failure counters reset.
    let reset_requested = hr
        .annotations()
        .get(RESET_AT)
        .is_some_and(|t| a.status.last_handled_reset_at.as_deref() != Some(t.as_str()));
    if generation != a.status.last_attempted_generation
        || a.status.last_attempted_revision.as_deref() != Some(chart_version.as_str())
        || a.status.last_attempted_config_digest.as_deref() != Some(values_digest.as_str())
        || reset_requested
    {
        a.status.failures = None;
        a.status.install_failures = None;
        a.status.upgrade_failures = None;
    }
    if let Some(token) = hr.annotations().get(RESET_AT) {
        a.status.last_handled_reset_at = Some(token.clone());
    }
    a.status.last_attempted_revision = Some(chart_version.clone());
    a.status.last_attempted_config_digest = Some(values_digest.clone());
    a.status.last_attempted_values_checksum = None;
    a.status.last_release_revision = None;
    a.status.last_attempted_generation = generation;
    a.status.last_attempted_revision_digest = resolved.oci_digest.clone();

    // Found in sync before with these inputs, and its records untouched since: in sync again, unread.
    let key = runtime::key_of(hr);
    let retry =
        last_attempted(a).is_some_and(|kind| retry_interval(hr, kind, ctx.default_retry).is_some());
    let sync_inputs = |status: &HelmReleaseStatus| {
        let snapshot = status.history.as_ref().and_then(|h| h.first());
        unchanged::inputs((
            generation,
            status.observed_generation,
            &chart.metadata.name,
            &chart_version,
            &values_digest,
            &resolved.oci_digest,
            &storage_ns,
            hr.annotations().get(FORCE_AT),
            hr.annotations().get(RESET_AT),
            snapshot.map(|s| (s.version, s.digest.clone(), s.test_hooks.is_some())),
            retry,
        ))
    };
    let inputs = sync_inputs(&a.status);
    let checks_drift = drift::mode(hr) != drift::Mode::Disabled;
    // The record watch sees this cluster only: a release in another cluster is always read.
    let trusted = !checks_drift && !cluster.key.starts_with("kubeconfig:");
    if trusted
        && ctx
            .unchanged
            .holds(&key, inputs, ctx.records().as_ref(), &storage_ns, &name)
    {
        finish_in_sync(hr, a);
        return Ok(());
    }
    ctx.unchanged.forget(&key);

    let (history, records) = match storage.history_and_records(&name).await {
        Ok(h) => h,
        Err(e) => {
            mark_failed(
                &mut a.conditions,
                "StateError",
                &format!("failed to read release history: {e}"),
                generation,
            );
            return Err(Stop::Retry(ctx.base_backoff()));
        }
    };
    let latest = history.last();
    let decision = decide(
        hr,
        a,
        latest,
        &chart.metadata.name,
        &chart_version,
        &values_digest,
        retry,
    );
    let kind = match decision {
        Decision::Act(kind) => kind,
        Decision::Locked => {
            if let Some(latest) = latest {
                let target = Target {
                    name: &name,
                    namespace: &target_ns,
                    storage: &storage,
                    client: &cluster.client,
                    applier: &cluster.applier,
                };
                unlock(hr, ctx, a, &target, latest).await?;
            }
            Kind::Upgrade
        }
        Decision::Unmanaged => {
            info!("release not managed by controller: upgrading it under management");
            a.status.history = None;
            Kind::Upgrade
        }
        Decision::InSync => {
            // Keep the conditions (Ready as the last action left it) and refresh the digests.
            finish_in_sync(hr, a);
            let target = Target {
                name: &name,
                namespace: &target_ns,
                storage: &storage,
                client: &cluster.client,
                applier: &cluster.applier,
            };
            // helm-controller's "untested" state: tests were enabled after the release was made.
            let tested = a
                .status
                .history
                .as_ref()
                .and_then(|h| h.first())
                .is_some_and(|s| s.test_hooks.is_some());
            if hr
                .spec
                .test
                .as_ref()
                .and_then(|t| t.enable)
                .unwrap_or(false)
                && !tested
            {
                let kind = last_attempted(a).unwrap_or(Kind::Install);
                let opts = action_options(hr, kind, source::owner_labels(hr));
                return run_tests(hr, ctx, a, kind, &target, &opts).await;
            }
            if let Some(latest) = latest {
                check_drift(hr, ctx, a, latest, &target).await;
            }
            if trusted {
                ctx.unchanged
                    .verified(&key, sync_inputs(&a.status), records);
            }
            return Ok(());
        }
        Decision::Exhausted => {
            let (kind, failures, _, _) =
                active_remediation(hr, &a.status).unwrap_or((Kind::Install, 1, 0, false));
            mark_exhausted(a, kind, failures, generation);
            return Err(Stop::Wait);
        }
    };

    let capabilities = match ctx.capabilities(&cluster).await {
        Ok(c) => c,
        Err(e) => {
            mark_failed(
                &mut a.conditions,
                "RESTClientError",
                &e.to_string(),
                generation,
            );
            return Err(Stop::Retry(ctx.base_backoff()));
        }
    };
    let labels = source::owner_labels(hr);
    let revision = latest.map(|r| r.version + 1).unwrap_or(1);
    let render_opts = desired::render_options(hr, &id, revision);
    let rendered = match render::render(&chart, &values, &capabilities, &render_opts) {
        Ok(r) => r,
        Err(e) => {
            let message = failure_message(
                kind,
                &target_ns,
                &name,
                &chart.metadata.name,
                &chart_version,
                &e.to_string(),
            );
            released_failed(hr, ctx, a, kind, &message, &chart_version, &values_digest).await;
            return Err(Stop::Wait);
        }
    };
    let mut chart_json = render::chart_json(&chart);
    if chart_version != chart.metadata.version
        && let Some(meta) = chart_json
            .get_mut("metadata")
            .and_then(Value::as_object_mut)
    {
        meta.insert("version".into(), Value::String(chart_version.clone()));
    }
    let plan = Planned {
        rendered,
        chart: chart_json,
        config: values.clone(),
    };
    let opts = action_options(hr, kind, labels);
    let target = Target {
        name: &name,
        namespace: &target_ns,
        storage: &storage,
        client: &cluster.client,
        applier: &cluster.applier,
    };
    if kind == Kind::Install
        && hr
            .spec
            .install
            .as_ref()
            .and_then(|i| i.create_namespace)
            .unwrap_or(false)
    {
        ensure_namespace(&cluster.client, &target_ns).await;
    }
    let started = Instant::now();
    let result = match kind {
        Kind::Install => action::install(&target, &plan, &opts).await,
        Kind::Upgrade => action::upgrade(&target, &plan, &opts).await,
    };
    a.status.last_attempted_release_action = Some(kind.as_str().to_string());
    a.status.last_attempted_release_action_duration = Some(
        format!("{:.9}s", started.elapsed().as_secs_f64())
            .trim_end_matches('0')
            .to_string(),
    );
    match result {
        Ok(outcome) => {
            released_ok(hr, ctx, a, kind, &outcome, resolved.oci_digest.as_deref()).await;
            if hr
                .spec
                .test
                .as_ref()
                .and_then(|t| t.enable)
                .unwrap_or(false)
            {
                return run_tests(hr, ctx, a, kind, &target, &opts).await;
            }
            Ok(())
        }
        Err(Failure { error, release }) => {
            if let Some(rel) = &release {
                push_snapshot(a, rel, kind, resolved.oci_digest.as_deref(), hr);
            }
            let message = failure_message(
                kind,
                &target_ns,
                &name,
                &chart.metadata.name,
                &chart_version,
                &error.to_string(),
            );
            released_failed(hr, ctx, a, kind, &message, &chart_version, &values_digest).await;
            if let Some(interval) = retry_interval(hr, kind, ctx.default_retry) {
                set_condition(
                    &mut a.conditions,
                    conditions::RECONCILING,
                    "True",
                    "ProgressingWithRetry",
                    &format!("retrying after {}", crate::duration::format(interval)),
                    hr.metadata.generation,
                );
                return Err(Stop::Retry(interval));
            }
            Err(remediate(hr, ctx, a, kind, &target).await)
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Install,
    Upgrade,
}

impl Kind {
    fn as_str(self) -> &'static str {
        match self {
            Kind::Install => "install",
            Kind::Upgrade => "upgrade",
        }
    }
}

/// What a reconcile does with the release.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Decision {
    Act(Kind),
    InSync,
    /// The stored release is not the one the history recorded: upgrade, starting a new history.
    Unmanaged,
    /// The latest release is `pending-*` (an action was interrupted): mark it failed, then upgrade.
    Locked,
    /// The active remediation's retries are used up: stalled until the spec, chart or values change.
    Exhausted,
}

/// The failure counter and retries of the remediation of the last attempted action (helm-controller's
/// "active remediation"), with whether the last failure is remediated even when retries are used up.
fn active_remediation(
    hr: &HelmRelease,
    status: &HelmReleaseStatus,
) -> Option<(Kind, i64, i64, bool)> {
    match status.last_attempted_release_action.as_deref() {
        Some("install") => {
            let r = hr
                .spec
                .install
                .as_ref()
                .and_then(|i| i.remediation.clone())
                .unwrap_or_default();
            Some((
                Kind::Install,
                status.install_failures.unwrap_or(0),
                r.retries.unwrap_or(0),
                r.remediate_last_failure.unwrap_or(false),
            ))
        }
        Some("upgrade") => {
            let r = hr
                .spec
                .upgrade
                .as_ref()
                .and_then(|u| u.remediation.clone())
                .unwrap_or_default();
            let retries = r.retries.unwrap_or(0);
            Some((
                Kind::Upgrade,
                status.upgrade_failures.unwrap_or(0),
                retries,
                r.remediate_last_failure.unwrap_or(retries > 0),
            ))
        }
        _ => None,
    }
}

/// `retries` of -1 retries forever, as in helm-controller.
fn exhausted(failures: i64, retries: i64) -> bool {
    retries >= 0 && failures > retries
}

/// helm-controller's state rules: no release → install; a pending one (an interrupted action) → upgrade;
/// a release the status history does not account for (no history, or the latest snapshot's digest does not
/// match the stored record: someone else's action, a `helm rollback`, a lost status write) → upgrade under
/// management again, the history cleared; a failed one → upgrade once the failure counters were reset by a
/// change (or on `forceAt`), else stalled (remediation already ran right after the failure); a deployed
/// release whose chart, version or values differ → upgrade, unless the retries are used up; otherwise in
/// sync.
fn decide(
    hr: &HelmRelease,
    a: &Attempt,
    latest: Option<&Release>,
    chart_name: &str,
    chart_version: &str,
    values_digest: &str,
    retry: bool,
) -> Decision {
    let Some(latest) = latest else {
        return Decision::Act(Kind::Install);
    };
    match latest.status() {
        rstatus::UNINSTALLED => return Decision::Act(Kind::Install),
        s if rstatus::is_pending(s) => return Decision::Locked,
        _ => {}
    }
    let Some(snapshot) = a.status.history.as_ref().and_then(|h| h.first()) else {
        return Decision::Unmanaged;
    };
    // Snapshots of older helm-controllers carry no comparable digest; they are trusted as they are.
    if snapshot.api_version.as_deref() == Some("v2")
        && snapshot.digest
            != observation_digest(latest, snapshot.oci_digest.as_deref().unwrap_or_default())
    {
        return Decision::Unmanaged;
    }
    let remediation = active_remediation(hr, &a.status);
    if latest.status() == rstatus::FAILED {
        // RetryOnFailure: a failed release is upgraded again on every attempt, as with `--force`.
        if retry {
            return Decision::Act(Kind::Upgrade);
        }
        let failures = remediation.map(|(_, f, _, _)| f).unwrap_or(0);
        if failures <= 0 || forced(hr, a) {
            return Decision::Act(Kind::Upgrade);
        }
        return Decision::Exhausted;
    }
    let changed = latest.chart_field("name") != chart_name
        || latest.chart_field("version") != chart_version
        || config_digest(&latest.config) != values_digest;
    if forced(hr, a) {
        return Decision::Act(Kind::Upgrade);
    }
    // A new generation whose post-renderers or common metadata differ from what was released.
    let rendering_changed = hr.metadata.generation != a.status.observed_generation
        && (digest_of_spec(hr.spec.post_renderers.as_ref())
            != a.status.observed_post_renderers_digest
            || digest_of_spec(hr.spec.common_metadata.as_ref())
                != a.status.observed_common_metadata_digest);
    if changed || rendering_changed {
        if remediation.is_some_and(|(_, failures, retries, _)| exhausted(failures, retries)) {
            return Decision::Exhausted;
        }
        return Decision::Act(Kind::Upgrade);
    }
    Decision::InSync
}

/// Records the drift of an in-sync release in `Drifted` (when drift detection is on) and corrects it in
/// `enabled` mode, with helm-controller's messages and events.
async fn check_drift(
    hr: &HelmRelease,
    ctx: &HelmReleaseContext,
    a: &mut Attempt,
    latest: &Release,
    target: &Target<'_>,
) {
    let mode = drift::mode(hr);
    if mode == drift::Mode::Disabled {
        return;
    }
    let generation = hr.metadata.generation;
    let full = format!("{}/{}.v{}", latest.namespace, latest.name, latest.version);
    let found = match drift::check(target.applier, hr, latest, target, mode).await {
        Ok(found) => found,
        Err(e) => {
            warn!(error = %e, "drift detection failed");
            return;
        }
    };
    if found.drifted.is_empty() {
        set_condition(
            &mut a.conditions,
            conditions::DRIFTED,
            "False",
            "NoDriftDetected",
            "No drift detected against the cluster state",
            generation,
        );
        return;
    }
    let list: Vec<String> = found
        .drifted
        .iter()
        .map(|o| format!("{o} changed"))
        .collect();
    let message = format!(
        "Cluster state of release {full} has drifted from the desired state:\n{}",
        list.join("\n")
    );
    set_condition(
        &mut a.conditions,
        conditions::DRIFTED,
        "True",
        "DriftDetected",
        &message,
        generation,
    );
    ctx.event(hr, EventType::Warning, "DriftDetected", &message, None)
        .await;
    match found.corrected {
        Ok(lines) if !lines.is_empty() => {
            let message = format!(
                "Cluster state of release {full} has been corrected:\n{}",
                lines.join("\n")
            );
            ctx.event(hr, EventType::Normal, "DriftCorrected", &message, None)
                .await;
        }
        Ok(_) => {}
        Err(e) => {
            let message =
                format!("Failed to partially correct cluster state of release {full}:\n{e}");
            ctx.event(
                hr,
                EventType::Warning,
                "DriftCorrectionFailed",
                &message,
                None,
            )
            .await;
        }
    }
}

fn mark_exhausted(a: &mut Attempt, kind: Kind, failures: i64, generation: Option<i64>) {
    let message = format!("Failed to {} after {failures} attempt(s)", kind.as_str());
    runtime::set_condition(
        &mut a.conditions,
        conditions::STALLED,
        "True",
        "RetriesExceeded",
        &message,
        generation,
    );
    runtime::remove_condition(&mut a.conditions, conditions::RECONCILING);
}

/// Right after a failed action, as helm-controller's remediation: a failed install is uninstalled, a failed
/// upgrade rolled back to the previous deployed revision (or uninstalled, by `upgrade.remediation.strategy`);
/// then the action is retried while retries remain, else the HelmRelease is stalled.
async fn remediate(
    hr: &HelmRelease,
    ctx: &HelmReleaseContext,
    a: &mut Attempt,
    kind: Kind,
    target: &Target<'_>,
) -> Stop {
    let generation = hr.metadata.generation;
    let Some((_, failures, retries, last)) = active_remediation(hr, &a.status) else {
        return Stop::Wait;
    };
    let used_up = exhausted(failures, retries);
    if used_up && !last {
        mark_exhausted(a, kind, failures, generation);
        return Stop::Wait;
    }
    let rollback = kind == Kind::Upgrade
        && hr
            .spec
            .upgrade
            .as_ref()
            .and_then(|u| u.remediation.as_ref())
            .and_then(|r| r.strategy.as_deref())
            .is_none_or(|s| s == "rollback");
    let opts = remediation_options(hr, kind);
    if rollback {
        let history = target
            .storage
            .history(target.name)
            .await
            .unwrap_or_default();
        // helm-controller's target: the newest earlier snapshot that was deployed (or superseded since) and,
        // unless test failures are ignored, did not fail its tests. The current revision may itself be
        // `deployed` when only its tests failed.
        let ignore_tests = ignores_test_failures(hr, kind);
        let previous = a.status.history.iter().flatten().skip(1).find(|s| {
            (s.status == rstatus::DEPLOYED || s.status == rstatus::SUPERSEDED)
                && (ignore_tests || !tests_failed(s))
        });
        let Some(to) = previous
            .and_then(|p| history.iter().find(|r| r.version == p.version))
            .cloned()
        else {
            let message = "Failed to perform remediation: missing target release for rollback: cannot remediate failed release";
            runtime::set_condition(
                &mut a.conditions,
                conditions::STALLED,
                "True",
                "MissingRollbackTarget",
                message,
                generation,
            );
            return Stop::Wait;
        };
        let prev = format!("{}/{}.v{}", to.namespace, to.name, to.version);
        let chart = format!("{}@{}", to.chart_field("name"), to.chart_field("version"));
        match action::rollback(target, &to, &opts).await {
            Ok(outcome) => {
                push_snapshot(a, &outcome.release, kind, None, hr);
                if let Some(first) = a.status.history.as_mut().and_then(|h| h.first_mut()) {
                    first.action = None;
                }
                let message = format!(
                    "Helm rollback to previous release {prev} with chart {chart} succeeded"
                );
                set_condition(
                    &mut a.conditions,
                    conditions::REMEDIATED,
                    "True",
                    "RollbackSucceeded",
                    &message,
                    generation,
                );
                // A remediated release is not Ready: Ready summarises Remediated, as helm-controller's does.
                set_condition(
                    &mut a.conditions,
                    conditions::READY,
                    "False",
                    "RollbackSucceeded",
                    &message,
                    generation,
                );
                ctx.event(
                    hr,
                    EventType::Normal,
                    "RollbackSucceeded",
                    &message,
                    Some(&to.chart_field("version")),
                )
                .await;
            }
            Err(Failure { error, .. }) => {
                let message = format!(
                    "Helm rollback to previous release {prev} with chart {chart} failed: {error}"
                );
                set_condition(
                    &mut a.conditions,
                    conditions::REMEDIATED,
                    "False",
                    "RollbackFailed",
                    &message,
                    generation,
                );
                ctx.event(hr, EventType::Warning, "RollbackFailed", &message, None)
                    .await;
                return Stop::Retry(ctx.base_backoff());
            }
        }
    } else {
        let keep = hr
            .spec
            .uninstall
            .as_ref()
            .and_then(|u| u.keep_history)
            .unwrap_or(false);
        match action::uninstall(target, keep, &opts).await {
            Ok(rel) => {
                let full = rel
                    .as_ref()
                    .map(|r| format!("{}/{}.v{}", r.namespace, r.name, r.version))
                    .unwrap_or_default();
                let chart = rel
                    .as_ref()
                    .map(|r| format!("{}@{}", r.chart_field("name"), r.chart_field("version")))
                    .unwrap_or_default();
                let message = format!(
                    "Helm uninstall remediation for release {full} with chart {chart} succeeded"
                );
                set_condition(
                    &mut a.conditions,
                    conditions::REMEDIATED,
                    "True",
                    "UninstallSucceeded",
                    &message,
                    generation,
                );
                set_condition(
                    &mut a.conditions,
                    conditions::READY,
                    "False",
                    "UninstallSucceeded",
                    &message,
                    generation,
                );
                ctx.event(hr, EventType::Normal, "UninstallSucceeded", &message, None)
                    .await;
            }
            Err(error) => {
                let message = format!(
                    "Helm uninstall remediation for release {} failed: {error}",
                    target.name
                );
                set_condition(
                    &mut a.conditions,
                    conditions::REMEDIATED,
                    "False",
                    "UninstallFailed",
                    &message,
                    generation,
                );
                ctx.event(hr, EventType::Warning, "UninstallFailed", &message, None)
                    .await;
                return Stop::Retry(ctx.base_backoff());
            }
        }
    }
    if used_up {
        mark_exhausted(a, kind, failures, generation);
        return Stop::Wait;
    }
    let ready_message = a
        .conditions
        .iter()
        .find(|c| c.type_ == conditions::READY)
        .map(|c| c.message.clone())
        .unwrap_or_default();
    runtime::set_condition(
        &mut a.conditions,
        conditions::RECONCILING,
        "True",
        conditions::PROGRESSING_WITH_RETRY,
        &ready_message,
        generation,
    );
    Stop::Retry(RETRY_NOW)
}

/// Options of a remediation (rollback or uninstall) from `spec.rollback` / `spec.uninstall`.
fn remediation_options(hr: &HelmRelease, kind: Kind) -> ActionOptions {
    let mut opts = action_options(hr, kind, source::owner_labels(hr));
    opts.crds = CrdPolicy::Skip;
    if kind == Kind::Upgrade {
        let r = hr.spec.rollback.clone().unwrap_or_default();
        if let Some(t) = r
            .timeout
            .as_deref()
            .and_then(|t| crate::duration::parse(t).ok())
        {
            opts.timeout = t;
        }
        opts.wait = !r.disable_wait.unwrap_or(false);
        opts.disable_hooks = r.disable_hooks.unwrap_or(false);
        opts.cleanup_on_fail = r.cleanup_on_fail.unwrap_or(false);
    }
    opts
}

fn forced(hr: &HelmRelease, a: &Attempt) -> bool {
    match hr.annotations().get(FORCE_AT) {
        Some(token) => a.status.last_handled_force_at.as_deref() != Some(token.as_str()),
        None => false,
    }
}

/// The options of the action from the spec: timeouts, waits, hooks, history.
fn action_options(
    hr: &HelmRelease,
    kind: Kind,
    labels: std::collections::BTreeMap<String, String>,
) -> ActionOptions {
    let spec_timeout = hr
        .spec
        .timeout
        .as_deref()
        .and_then(|t| crate::duration::parse(t).ok());
    let (timeout, disable_wait, disable_hooks, crds, cleanup_on_fail) = match kind {
        Kind::Install => {
            let i = hr.spec.install.clone().unwrap_or_default();
            (i.timeout, i.disable_wait, i.disable_hooks, i.crds, None)
        }
        Kind::Upgrade => {
            let u = hr.spec.upgrade.clone().unwrap_or_default();
            (
                u.timeout,
                u.disable_wait,
                u.disable_hooks,
                u.crds,
                u.cleanup_on_fail,
            )
        }
    };
    let crds = match crds {
        Some(CrdsPolicy::Skip) => CrdPolicy::Skip,
        Some(CrdsPolicy::CreateReplace) => CrdPolicy::CreateReplace,
        Some(CrdsPolicy::Create) | None => CrdPolicy::Create,
    };
    let timeout = timeout
        .as_deref()
        .and_then(|t| crate::duration::parse(t).ok())
        .or(spec_timeout)
        .unwrap_or(DEFAULT_TIMEOUT);
    ActionOptions {
        timeout,
        wait: !disable_wait.unwrap_or(false),
        disable_hooks: disable_hooks.unwrap_or(false),
        field_manager: FIELD_MANAGER.to_string(),
        owner_labels: labels,
        max_history: hr
            .spec
            .max_history
            .map(|m| m.max(0) as usize)
            .unwrap_or(DEFAULT_MAX_HISTORY),
        description: None,
        crds,
        // Checked at the start of the reconcile: an invalid list never gets this far.
        health: Arc::new(health_checks(hr).unwrap_or_default()),
        cleanup_on_fail: cleanup_on_fail.unwrap_or(false),
    }
}

/// Compiles `spec.healthCheckExprs`.
fn health_checks(hr: &HelmRelease) -> Result<health::Expressions, health::InvalidExpression> {
    health::Expressions::from_spec(hr.spec.health_check_exprs.as_deref().unwrap_or_default())
}

fn failure_message(
    kind: Kind,
    ns: &str,
    name: &str,
    chart: &str,
    version: &str,
    error: &str,
) -> String {
    let verb = match kind {
        Kind::Install => "install",
        Kind::Upgrade => "upgrade",
    };
    format!(
        "Helm {verb} failed for release {ns}/{name} with chart {chart}@{version}: {}",
        error.trim()
    )
}

fn time_of(go: Option<&str>) -> Option<Time> {
    go.and_then(|t| t.parse::<k8s_openapi::jiff::Timestamp>().ok())
        .map(Time)
}

/// The history entry helm-controller would write for `rel`.
fn snapshot(rel: &Release, kind: Kind, oci_digest: Option<&str>) -> Snapshot {
    let info = rel.info.clone().unwrap_or_default();
    let zero = || Time(k8s_openapi::jiff::Timestamp::UNIX_EPOCH);
    Snapshot {
        api_version: Some("v2".to_string()),
        digest: observation_digest(rel, oci_digest.unwrap_or_default()),
        name: rel.name.clone(),
        namespace: rel.namespace.clone(),
        version: rel.version,
        status: info.status.clone(),
        action: Some(kind.as_str().to_string()),
        chart_name: rel.chart_field("name"),
        chart_version: rel.chart_field("version"),
        app_version: Some(rel.chart_field("appVersion")).filter(|v| !v.is_empty()),
        config_digest: config_digest(&rel.config),
        first_deployed: time_of(info.first_deployed.as_deref()).unwrap_or_else(zero),
        last_deployed: time_of(info.last_deployed.as_deref()).unwrap_or_else(zero),
        deleted: time_of(info.deleted.as_deref()),
        test_hooks: None,
        oci_digest: oci_digest.map(str::to_string),
    }
}

/// Puts the snapshot of `rel` first in the history (replacing an entry of the same version), keeping at most
/// `maxHistory` entries.
fn push_snapshot(
    a: &mut Attempt,
    rel: &Release,
    kind: Kind,
    oci_digest: Option<&str>,
    hr: &HelmRelease,
) {
    let mut history = a.status.history.take().unwrap_or_default();
    history.retain(|s| {
        !(s.version == rel.version && s.name == rel.name && s.namespace == rel.namespace)
    });
    // The previous deployed revision is superseded now.
    if rel.status() == rstatus::DEPLOYED {
        for s in history.iter_mut().filter(|s| s.status == rstatus::DEPLOYED) {
            s.status = rstatus::SUPERSEDED.to_string();
        }
    }
    history.insert(0, snapshot(rel, kind, oci_digest));
    let max = hr
        .spec
        .max_history
        .map(|m| m.max(0) as usize)
        .unwrap_or(DEFAULT_MAX_HISTORY);
    if max > 0 {
        history.truncate(max);
    }
    a.status.history = Some(history);
}

fn inventory_of(outcome: &Outcome) -> ResourceInventory {
    ResourceInventory {
        entries: outcome
            .changes
            .entries
            .iter()
            .map(|c| ResourceRef {
                id: c.object.inventory_id(),
                v: c.object.version.clone(),
            })
            .collect(),
    }
}

fn digest_of_spec<T: serde::Serialize>(field: Option<&T>) -> Option<String> {
    let v = serde_json::to_value(field?).ok()?;
    let json = format!("{}\n", crate::helm::digest::struct_json(&v));
    Some(crate::helm::digest::sha256(json.as_bytes()))
}

fn observed_digests(hr: &HelmRelease, a: &mut Attempt) {
    a.status.observed_post_renderers_digest = digest_of_spec(hr.spec.post_renderers.as_ref());
    a.status.observed_common_metadata_digest = digest_of_spec(hr.spec.common_metadata.as_ref());
    if let Some(token) = hr.annotations().get(FORCE_AT) {
        a.status.last_handled_force_at = Some(token.clone());
    }
}

fn finish_in_sync(hr: &HelmRelease, a: &mut Attempt) {
    observed_digests(hr, a);
    let generation = hr.metadata.generation;
    if let Some(released) = a
        .conditions
        .iter()
        .find(|c| c.type_ == conditions::RELEASED)
        .cloned()
        && released.status == "True"
    {
        mark_ready(
            &mut a.conditions,
            &released.reason,
            &released.message,
            generation,
        );
    }
    for c in a.conditions.iter_mut() {
        c.observed_generation = generation;
    }
}

async fn released_ok(
    hr: &HelmRelease,
    ctx: &HelmReleaseContext,
    a: &mut Attempt,
    kind: Kind,
    outcome: &Outcome,
    oci_digest: Option<&str>,
) {
    let rel = &outcome.release;
    push_snapshot(a, rel, kind, oci_digest, hr);
    a.status.inventory = Some(inventory_of(outcome));
    a.status.failures = None;
    a.status.install_failures = None;
    a.status.upgrade_failures = None;
    observed_digests(hr, a);
    let full = format!("{}/{}.v{}", rel.namespace, rel.name, rel.version);
    let chart = format!("{}@{}", rel.chart_field("name"), rel.chart_field("version"));
    let (reason, message) = match kind {
        Kind::Install => (
            "InstallSucceeded",
            format!("Helm install succeeded for release {full} with chart {chart}"),
        ),
        Kind::Upgrade => (
            "UpgradeSucceeded",
            format!("Helm upgrade succeeded for release {full} with chart {chart}"),
        ),
    };
    let generation = hr.metadata.generation;
    set_condition(
        &mut a.conditions,
        conditions::RELEASED,
        "True",
        reason,
        &message,
        generation,
    );
    runtime::remove_condition(&mut a.conditions, conditions::REMEDIATED);
    mark_ready(&mut a.conditions, reason, &message, generation);
    ctx.event(
        hr,
        EventType::Normal,
        reason,
        &message,
        Some(&rel.chart_field("version")),
    )
    .await;
}

/// `spec.test`: runs the release's tests right after a successful install or upgrade, as helm-controller does
/// before it calls the release Ready. The runs are recorded in the history's `testHooks`; a failure counts
/// against the action's remediation unless `ignoreTestFailures` (or `test.ignoreFailures`) says otherwise.
async fn run_tests(
    hr: &HelmRelease,
    ctx: &HelmReleaseContext,
    a: &mut Attempt,
    kind: Kind,
    target: &Target<'_>,
    opts: &ActionOptions,
) -> Result<(), Stop> {
    let test = hr.spec.test.clone().unwrap_or_default();
    let filters = test.filters.clone().unwrap_or_default();
    let keep = |name: &str| test_kept(&filters, name);
    let mut opts = opts.clone();
    if let Some(timeout) = test
        .timeout
        .as_deref()
        .and_then(|t| crate::duration::parse(t).ok())
    {
        opts.timeout = timeout;
    }
    let generation = hr.metadata.generation;
    let (tested, error) = match action::test(target, &opts, keep).await {
        Ok(rel) => (Some(rel), None),
        Err(Failure { error, release }) => (release, Some(error)),
    };
    let Some(snapshot) = a.status.history.as_mut().and_then(|h| h.first_mut()) else {
        return Ok(());
    };
    let hooks = tested
        .as_ref()
        .map(|rel| test_hooks(rel, &keep))
        .unwrap_or_default();
    let ran = hooks.len();
    snapshot.test_hooks = Some(hooks);
    let full = format!(
        "{}/{}.v{}",
        snapshot.namespace, snapshot.name, snapshot.version
    );
    let chart = format!("{}@{}", snapshot.chart_name, snapshot.chart_version);
    let chart_version = snapshot.chart_version.clone();
    let Some(error) = error else {
        let hooks = match ran {
            0 => "no test hooks".to_string(),
            1 => "1 test hook completed successfully".to_string(),
            n => format!("{n} test hooks completed successfully"),
        };
        let message = format!("Helm test succeeded for release {full} with chart {chart}: {hooks}");
        set_condition(
            &mut a.conditions,
            conditions::TEST_SUCCESS,
            "True",
            "TestSucceeded",
            &message,
            generation,
        );
        mark_ready(&mut a.conditions, "TestSucceeded", &message, generation);
        ctx.event(
            hr,
            EventType::Normal,
            "TestSucceeded",
            &message,
            Some(&chart_version),
        )
        .await;
        return Ok(());
    };
    let message = format!(
        "Helm test failed for release {full} with chart {chart}: {}",
        error.to_string().trim()
    );
    a.status.failures = Some(a.status.failures.unwrap_or(0) + 1);
    set_condition(
        &mut a.conditions,
        conditions::TEST_SUCCESS,
        "False",
        "TestFailed",
        &message,
        generation,
    );
    ctx.event(
        hr,
        EventType::Warning,
        "TestFailed",
        &message,
        Some(&chart_version),
    )
    .await;
    if ignores_test_failures(hr, kind) {
        return Ok(());
    }
    match kind {
        Kind::Install => {
            a.status.install_failures = Some(a.status.install_failures.unwrap_or(0) + 1)
        }
        Kind::Upgrade => {
            a.status.upgrade_failures = Some(a.status.upgrade_failures.unwrap_or(0) + 1)
        }
    }
    mark_failed(&mut a.conditions, "TestFailed", &message, generation);
    Err(remediate(hr, ctx, a, kind, target).await)
}

/// Whether `spec.test.filters` lets test `name` run: excluded names never run, and once any name is
/// included only the included ones run (Helm's filter order).
fn test_kept(filters: &[crate::api::helm::TestFilter], name: &str) -> bool {
    if filters
        .iter()
        .any(|f| f.exclude.unwrap_or(false) && f.name == name)
    {
        return false;
    }
    let included: Vec<&str> = filters
        .iter()
        .filter(|f| !f.exclude.unwrap_or(false))
        .map(|f| f.name.as_str())
        .collect();
    included.is_empty() || included.contains(&name)
}

/// The runs of the test hooks `keep` lets run, by hook name, as `status.history[].testHooks` holds them.
fn test_hooks(
    rel: &Release,
    keep: &impl Fn(&str) -> bool,
) -> BTreeMap<String, crate::api::helm::TestHookStatus> {
    let time = |t: &Option<String>| {
        t.as_deref()
            .and_then(|t| t.parse::<k8s_openapi::jiff::Timestamp>().ok())
            .map(k8s_openapi::apimachinery::pkg::apis::meta::v1::Time)
    };
    rel.hooks
        .iter()
        .filter(|h| h.runs_on("test") && keep(&h.name))
        .map(|h| {
            (
                h.name.clone(),
                crate::api::helm::TestHookStatus {
                    last_started: time(&h.last_run.started_at),
                    last_completed: time(&h.last_run.completed_at),
                    phase: Some(h.last_run.phase.clone()).filter(|p| !p.is_empty()),
                },
            )
        })
        .collect()
}

/// `strategy.name: RetryOnFailure` of `kind` (or, with the `DefaultToRetryOnFailure` gate, no strategy at
/// all): a failure is retried after this interval (helm-controller's default 5 minutes) instead of remediated.
fn retry_interval(hr: &HelmRelease, kind: Kind, default_retry: bool) -> Option<Duration> {
    let strategy = match kind {
        Kind::Install => hr
            .spec
            .install
            .as_ref()
            .and_then(|i| i.strategy.as_ref())
            .map(|s| (s.name.as_str(), s.retry_interval.as_deref())),
        Kind::Upgrade => hr
            .spec
            .upgrade
            .as_ref()
            .and_then(|u| u.strategy.as_ref())
            .map(|s| (s.name.as_str(), s.retry_interval.as_deref())),
    };
    let interval = match strategy {
        None if default_retry => None,
        None => return None,
        Some(("RetryOnFailure", interval)) => interval,
        Some(_) => return None,
    };
    Some(
        interval
            .and_then(|i| crate::duration::parse(i).ok())
            .unwrap_or(Duration::from_secs(300)),
    )
}

/// The release action the status says was attempted last.
fn last_attempted(a: &Attempt) -> Option<Kind> {
    match a.status.last_attempted_release_action.as_deref() {
        Some("install") => Some(Kind::Install),
        Some("upgrade") => Some(Kind::Upgrade),
        _ => None,
    }
}

/// helm-controller's unlock: the pending release is marked failed (its history snapshot follows), with
/// `Released=False PendingRelease` and an event; a failed write stops the attempt for a retry.
async fn unlock(
    hr: &HelmRelease,
    ctx: &HelmReleaseContext,
    a: &mut Attempt,
    target: &Target<'_>,
    latest: &Release,
) -> Result<(), Stop> {
    let generation = hr.metadata.generation;
    let state = latest.status().to_string();
    let full = format!("{}/{}.v{}", latest.namespace, latest.name, latest.version);
    let chart = format!(
        "{}@{}",
        latest.chart_field("name"),
        latest.chart_field("version")
    );
    match action::unlock(target, latest.clone()).await {
        Ok(rel) => {
            if let Some(snapshot) = a
                .status
                .history
                .iter_mut()
                .flatten()
                .find(|s| s.version == rel.version && s.name == rel.name)
            {
                snapshot.status = rel.status().to_string();
                snapshot.digest =
                    observation_digest(&rel, snapshot.oci_digest.as_deref().unwrap_or_default());
            }
            let message =
                format!("Unlocked Helm release {full} with chart {chart} in {state} state");
            set_condition(
                &mut a.conditions,
                conditions::RELEASED,
                "False",
                "PendingRelease",
                &message,
                generation,
            );
            ctx.event(
                hr,
                EventType::Normal,
                "PendingRelease",
                &message,
                Some(&latest.chart_field("version")),
            )
            .await;
            Ok(())
        }
        Err(e) => {
            let message = format!(
                "Unlock of Helm release {full} with chart {chart} in {state} state failed: {}",
                e.to_string().trim()
            );
            a.status.failures = Some(a.status.failures.unwrap_or(0) + 1);
            set_condition(
                &mut a.conditions,
                conditions::RELEASED,
                "False",
                "PendingRelease",
                &message,
                generation,
            );
            mark_failed(&mut a.conditions, "PendingRelease", &message, generation);
            ctx.event(hr, EventType::Warning, "PendingRelease", &message, None)
                .await;
            Err(Stop::Retry(ctx.base_backoff()))
        }
    }
}

/// Whether a snapshot's recorded test runs include a failed one.
fn tests_failed(snapshot: &Snapshot) -> bool {
    snapshot
        .test_hooks
        .iter()
        .flatten()
        .any(|(_, t)| t.phase.as_deref() == Some("Failed"))
}

/// `<action>.remediation.ignoreTestFailures`, defaulting to `test.ignoreFailures`.
fn ignores_test_failures(hr: &HelmRelease, kind: Kind) -> bool {
    let own = match kind {
        Kind::Install => hr
            .spec
            .install
            .as_ref()
            .and_then(|i| i.remediation.as_ref())
            .and_then(|r| r.ignore_test_failures),
        Kind::Upgrade => hr
            .spec
            .upgrade
            .as_ref()
            .and_then(|u| u.remediation.as_ref())
            .and_then(|r| r.ignore_test_failures),
    };
    own.or_else(|| hr.spec.test.as_ref().and_then(|t| t.ignore_failures))
        .unwrap_or(false)
}

async fn released_failed(
    hr: &HelmRelease,
    ctx: &HelmReleaseContext,
    a: &mut Attempt,
    kind: Kind,
    message: &str,
    chart_version: &str,
    _values_digest: &str,
) {
    let reason = match kind {
        Kind::Install => "InstallFailed",
        Kind::Upgrade => "UpgradeFailed",
    };
    let generation = hr.metadata.generation;
    a.status.failures = Some(a.status.failures.unwrap_or(0) + 1);
    match kind {
        Kind::Install => {
            a.status.install_failures = Some(a.status.install_failures.unwrap_or(0) + 1)
        }
        Kind::Upgrade => {
            a.status.upgrade_failures = Some(a.status.upgrade_failures.unwrap_or(0) + 1)
        }
    }
    observed_digests(hr, a);
    set_condition(
        &mut a.conditions,
        conditions::RELEASED,
        "False",
        reason,
        message,
        generation,
    );
    set_condition(
        &mut a.conditions,
        conditions::READY,
        "False",
        reason,
        message,
        generation,
    );
    runtime::remove_condition(&mut a.conditions, conditions::RECONCILING);
    ctx.event(hr, EventType::Warning, reason, message, Some(chart_version))
        .await;
}

/// helm-controller's words for a REST client it could not build (its `RESTClientError` message).
fn rest_client_message(e: &TargetError) -> String {
    match e {
        TargetError::GetSecret { secret, source } => {
            format!(
                "could not get KubeConfig secret '{secret}': {}",
                runtime::cause_text(source)
            )
        }
        TargetError::KeyMissing {
            secret,
            key: Some(key),
        } => {
            format!("KubeConfig secret '{secret}' does not contain a '{key}' key with data")
        }
        TargetError::KeyMissing { secret, key: None } => format!(
            "KubeConfig secret '{secret}' does not contain a 'value' or 'value.yaml' key with data"
        ),
        // The parse error is not shown: it may quote the kubeconfig, credentials included.
        TargetError::Invalid { secret } => {
            format!("failed to load KubeConfig from secret '{secret}'")
        }
        TargetError::Load { secret, source } => format!(
            "failed to load KubeConfig from secret '{secret}': {}",
            runtime::cause_text(source.as_ref())
        ),
        TargetError::CreateClient(source) => {
            format!("failed to build kube client: {source}")
        }
        TargetError::AmbiguousKubeConfig | TargetError::WorkloadIdentity(_) => e.to_string(),
    }
}

/// Why the chart artifact could not be loaded; the message follows "Could not load chart: ".
#[derive(Debug, thiserror::Error)]
enum LoadChartError {
    #[error("{0}")]
    Fetch(#[from] crate::artifact::fetch::FetchError),
    #[error("{0}")]
    Load(#[from] helm_template::Error),
    #[error("chart loading task failed: {0}")]
    Task(#[from] tokio::task::JoinError),
}

async fn load_chart(
    ctx: &HelmReleaseContext,
    artifact: &crate::api::meta::Artifact,
) -> Result<helm_template::Chart, LoadChartError> {
    let bytes =
        crate::artifact::fetch::fetch_bytes(&ctx.base.storage, artifact, Duration::from_secs(60))
            .await?;
    Ok(tokio::task::spawn_blocking(move || helm_template::load_archive(&bytes)).await??)
}

async fn ensure_namespace(client: &kube::Client, ns: &str) {
    let api: Api<k8s_openapi::api::core::v1::Namespace> = Api::all(client.clone());
    let body =
        serde_json::json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": ns}});
    if let Err(e) = api
        .patch(
            ns,
            &kube::api::PatchParams::apply(FIELD_MANAGER),
            &kube::api::Patch::Apply(&body),
        )
        .await
    {
        warn!(namespace = %ns, error = %e, "cannot create the target namespace");
    }
}

/// Deletion: uninstall the release (unless suspended) and delete the HelmChart made from the template.
async fn cleanup(hr: Arc<HelmRelease>, ctx: Arc<HelmReleaseContext>) -> Result<Action, Error> {
    if hr.spec.suspend.unwrap_or(false) {
        info!("skipping Helm uninstall for suspended resource");
        return Ok(Action::await_change());
    }
    let client = &ctx.base.client;
    let status = hr.status.clone().unwrap_or_default();
    if let Some(latest) = status.history.as_ref().and_then(|h| h.first()) {
        let storage_ns = status
            .storage_namespace
            .clone()
            .unwrap_or_else(|| hr.namespace().unwrap_or_default());
        let cluster = match ctx.target(&hr).await {
            Ok(cluster) => cluster,
            // Without its kubeconfig Secret the release cannot be reached: helm-controller skips the uninstall.
            Err(TargetError::GetSecret { source, .. }) if matches!(&source, kube::Error::Api(s) if s.code == 404) =>
            {
                warn!(error = %source, "skipping Helm release uninstallation");
                return Ok(Action::await_change());
            }
            Err(e) => {
                let message = format!(
                    "failed to build REST client getter to uninstall release: {}",
                    rest_client_message(&e)
                );
                ctx.event(&hr, EventType::Warning, "UninstallFailed", &message, None)
                    .await;
                return Err(Error::Uninstall(message));
            }
        };
        let storage = Storage::new(cluster.client.clone(), &storage_ns);
        let target = Target {
            name: &latest.name,
            namespace: &latest.namespace,
            storage: &storage,
            client: &cluster.client,
            applier: &cluster.applier,
        };
        let u = hr.spec.uninstall.clone().unwrap_or_default();
        let opts = ActionOptions {
            timeout: u
                .timeout
                .as_deref()
                .and_then(|t| crate::duration::parse(t).ok())
                .unwrap_or(DEFAULT_TIMEOUT),
            wait: !u.disable_wait.unwrap_or(false),
            disable_hooks: u.disable_hooks.unwrap_or(false),
            field_manager: FIELD_MANAGER.to_string(),
            owner_labels: source::owner_labels(&hr),
            max_history: 0,
            description: None,
            crds: CrdPolicy::Skip,
            health: Default::default(),
            cleanup_on_fail: false,
        };
        match action::uninstall(&target, u.keep_history.unwrap_or(false), &opts).await {
            Ok(Some(rel)) => {
                let message = format!(
                    "Helm uninstall succeeded for release {}/{}.v{} with chart {}@{}",
                    rel.namespace,
                    rel.name,
                    rel.version,
                    rel.chart_field("name"),
                    rel.chart_field("version")
                );
                ctx.event(&hr, EventType::Normal, "UninstallSucceeded", &message, None)
                    .await;
            }
            Ok(None) => {}
            Err(e) => {
                let message = format!(
                    "Helm uninstall failed for release {}/{}: {e}",
                    latest.namespace, latest.name
                );
                ctx.event(&hr, EventType::Warning, "UninstallFailed", &message, None)
                    .await;
                return Err(Error::Uninstall(message));
            }
        }
    }
    if let Some((chart_ns, chart_name)) = source::template_chart(&hr)
        && let Err(e) = source::delete_template_chart(client, &chart_ns, &chart_name).await
    {
        warn!(error = %e, "cannot delete the HelmChart of the release");
    }
    Ok(Action::await_change())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::helm::TestFilter;

    fn filter(name: &str, exclude: bool) -> TestFilter {
        TestFilter {
            name: name.into(),
            exclude: Some(exclude),
        }
    }

    #[test]
    fn test_filters_exclude_first_then_include_only_the_named() {
        assert!(test_kept(&[], "any"));
        let exclude = [filter("slow", true)];
        assert!(!test_kept(&exclude, "slow"));
        assert!(test_kept(&exclude, "fast"));
        let include = [filter("fast", false), filter("fast", true)];
        assert!(!test_kept(&include, "fast"), "an exclusion wins");
        assert!(!test_kept(&include, "other"), "only included names run");
        assert!(test_kept(&[filter("a", false)], "a"));
    }
}
