//! How a Kustomization's status is built: the conditions of each step, of success and of failure, the history
//! record, and the writes — progress patches while working and the single final patch of an attempt.
//!
//! Conditions follow Flux: Ready=Unknown/Progressing plus Reconciling while working; Ready=False with the
//! step's reason on failure (Reconciling kept as `ProgressingWithRetry`); Stalled for errors only a spec change
//! can fix; Ready=True `ReconciliationSucceeded` "Applied revision: <rev>" at the end.

use std::collections::BTreeMap;
use std::time::Instant;

use k8s_openapi::apimachinery::pkg::apis::meta::v1::Condition;
use kube::api::Api;
use tracing::warn;

use crate::api::conditions;
use crate::api::kustomize::{Kustomization, KustomizationStatus};
use crate::controllers::runtime::{
    mark_ready, mark_stalled, patch_status, remove_condition, requested_at, set_condition,
};

use super::FIELD_MANAGER;
use super::error::Error;
use super::history;

fn conds(st: &mut KustomizationStatus) -> &mut Vec<Condition> {
    st.conditions.get_or_insert_with(Vec::new)
}

/// Whether condition `type_` is True.
pub fn is_true(st: &KustomizationStatus, type_: &str) -> bool {
    st.conditions
        .iter()
        .flatten()
        .any(|c| c.type_ == type_ && c.status == "True")
}

/// The reason Flux gives a Kustomization's events: the Ready condition's current reason.
pub fn event_reason(st: &KustomizationStatus) -> &str {
    st.conditions
        .iter()
        .flatten()
        .find(|c| c.type_ == conditions::READY)
        .map_or(conditions::PROGRESSING, |c| c.reason.as_str())
}

/// Work on a revision starts: Ready=Unknown, `Progressing`.
pub fn mark_progressing(st: &mut KustomizationStatus, g: Option<i64>) {
    set_condition(
        conds(st),
        conditions::READY,
        "Unknown",
        conditions::PROGRESSING,
        "Reconciliation in progress",
        g,
    );
}

/// The step in progress, in Reconciling=True `Progressing`.
pub fn set_step(st: &mut KustomizationStatus, message: &str, g: Option<i64>) {
    set_condition(
        conds(st),
        conditions::RECONCILING,
        "True",
        conditions::PROGRESSING,
        message,
        g,
    );
}

/// The attempt stopped at a safe point because the controller shuts down: Ready stays Unknown (`Progressing`)
/// with a message saying so, Reconciling stays True; nothing failed.
pub fn mark_interrupted(st: &mut KustomizationStatus, message: &str, g: Option<i64>) {
    set_condition(
        conds(st),
        conditions::READY,
        "Unknown",
        conditions::PROGRESSING,
        message,
        g,
    );
}

/// A failed attempt that will be retried: Ready=False with the step's reason.
pub fn mark_failed(st: &mut KustomizationStatus, reason: &str, message: &str, g: Option<i64>) {
    set_condition(conds(st), conditions::READY, "False", reason, message, g);
}

/// A terminal failure: Ready=False and Stalled=True; the generation counts as observed.
pub fn mark_stalled_at(st: &mut KustomizationStatus, reason: &str, message: &str, g: Option<i64>) {
    mark_stalled(conds(st), reason, message, g);
    st.observed_generation = g;
}

/// The revision is applied and healthy: Ready=True `ReconciliationSucceeded` "Applied revision: <rev>".
pub fn mark_applied(
    st: &mut KustomizationStatus,
    revision: &str,
    origin_revision: Option<String>,
    g: Option<i64>,
) {
    st.last_applied_revision = Some(revision.to_string());
    st.last_applied_origin_revision = origin_revision;
    mark_ready(
        conds(st),
        conditions::RECONCILIATION_SUCCEEDED,
        &format!("Applied revision: {revision}"),
        g,
    );
}

/// The Healthy condition (`status` True, False or Unknown).
pub fn set_healthy(
    st: &mut KustomizationStatus,
    status: &str,
    reason: &str,
    message: &str,
    g: Option<i64>,
) {
    set_condition(conds(st), conditions::HEALTHY, status, reason, message, g);
}

/// Nothing to check: no Healthy condition.
pub fn clear_healthy(st: &mut KustomizationStatus) {
    remove_condition(conds(st), conditions::HEALTHY);
}

/// Flux's last status step: the reconcile request is handled; success clears Reconciling and records the
/// generation; a failure keeps Reconciling as `ProgressingWithRetry`.
pub fn finalize_status(st: &mut KustomizationStatus, obj: &Kustomization) {
    if let Some(v) = requested_at(obj) {
        st.last_handled_reconcile_at = Some(v);
    }
    // The conditions, not all of `st`: the generation is written while they are borrowed.
    let conds = st.conditions.get_or_insert_with(Vec::new);
    if conds
        .iter()
        .any(|c| c.type_ == conditions::READY && c.status == "True")
    {
        remove_condition(conds, conditions::RECONCILING);
        st.observed_generation = obj.metadata.generation;
    } else if conds
        .iter()
        .any(|c| c.type_ == conditions::READY && c.status == "False")
    {
        for c in conds
            .iter_mut()
            .filter(|c| c.type_ == conditions::RECONCILING)
        {
            c.reason = conditions::PROGRESSING_WITH_RETRY.to_string();
        }
    }
}

/// The `status.history` key of an attempt that got as far as a build: the digest of the built YAML and the
/// revision metadata.
#[derive(Debug, Clone)]
pub struct HistoryKey {
    pub digest: String,
    pub meta: BTreeMap<String, String>,
}

/// Records the outcome (`reason`) of an attempt started at `started` in `status.history`.
pub fn record_history(
    st: &mut KustomizationStatus,
    key: &HistoryKey,
    started: Instant,
    reason: &str,
) {
    history::upsert(
        st.history.get_or_insert_with(Vec::new),
        &key.digest,
        started.elapsed(),
        reason,
        key.meta.clone(),
    );
}

/// Writes the in-progress status so `kubectl get` and `flux get` show the step. A refused write is only
/// logged: the final patch of the attempt writes everything again.
pub async fn patch_progress(api: &Api<Kustomization>, name: &str, st: &KustomizationStatus) {
    if let Err(e) = patch_status(api, name, FIELD_MANAGER, st).await {
        warn!(error = %e, "failed to patch the progress status");
    }
}

/// The single final status patch of an attempt, success or failure; returns the object as written.
pub async fn patch(
    api: &Api<Kustomization>,
    namespace: &str,
    name: &str,
    st: &KustomizationStatus,
) -> Result<Kustomization, Error> {
    patch_status(api, name, FIELD_MANAGER, st)
        .await
        .map_err(|source| Error::PatchStatus {
            key: format!("{namespace}/{name}"),
            source,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failure_keeps_reconciling_with_retry_and_success_records_generation() {
        let mut k = Kustomization::new("a", Default::default());
        k.spec.interval = "1m".into();
        k.metadata.generation = Some(3);
        let mut st = KustomizationStatus::default();
        set_step(&mut st, "x", Some(3));
        mark_failed(&mut st, conditions::BUILD_FAILED_REASON, "y", Some(3));
        finalize_status(&mut st, &k);
        let reconciling = st
            .conditions
            .iter()
            .flatten()
            .find(|c| c.type_ == conditions::RECONCILING)
            .map(|c| c.reason.clone());
        assert_eq!(
            reconciling.as_deref(),
            Some(conditions::PROGRESSING_WITH_RETRY)
        );
        assert_eq!(st.observed_generation, None);
        mark_applied(&mut st, "main@sha1:abc", None, Some(3));
        finalize_status(&mut st, &k);
        assert_eq!(st.observed_generation, Some(3));
        assert!(is_true(&st, conditions::READY));
    }

    #[test]
    fn an_interrupted_attempt_keeps_reconciling_and_ready_unknown() {
        let k = Kustomization::new("a", Default::default());
        let mut st = KustomizationStatus::default();
        mark_progressing(&mut st, None);
        set_step(&mut st, "Detecting drift", None);
        mark_interrupted(&mut st, "interrupted", None);
        finalize_status(&mut st, &k);
        let find = |t: &str| {
            st.conditions
                .iter()
                .flatten()
                .find(|c| c.type_ == t)
                .map(|c| (c.status.clone(), c.reason.clone(), c.message.clone()))
        };
        assert_eq!(
            find(conditions::READY),
            Some(("Unknown".into(), "Progressing".into(), "interrupted".into()))
        );
        assert_eq!(
            find(conditions::RECONCILING).map(|c| c.1),
            Some("Progressing".into())
        );
        assert_eq!(event_reason(&st), conditions::PROGRESSING);
    }
}
