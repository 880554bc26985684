//! Conditions of an ArtifactGenerator as source-watcher sets them (Ready, Reconciling, Stalled) and the one
//! status patch of an attempt.

use k8s_openapi::apimachinery::pkg::apis::meta::v1::Condition;

use crate::api::conditions::{
    PROGRESSING, PROGRESSING_WITH_RETRY, READY, RECONCILING, STALLED, SUCCEEDED,
};
use crate::api::extensions::{ArtifactGenerator, ArtifactGeneratorStatus};
use crate::controllers::runtime::{remove_condition, set_condition};

/// Field manager of every write of the controller, as source-watcher names itself.
pub const FIELD_MANAGER: &str = "source-watcher";

/// Message while work is under way.
pub const MSG_IN_PROGRESS: &str = "Reconciliation in progress";
/// Message of a disabled object's first status.
pub const MSG_INIT_SUSPENDED: &str = "Initialized with reconciliation suspended";
/// Message (logged and traced) of each reconcile of a disabled object.
pub const MSG_DISABLED: &str = "Reconciliation is disabled";

/// The conditions of `st`, to change them.
pub fn conditions_mut(st: &mut ArtifactGeneratorStatus) -> &mut Vec<Condition> {
    st.conditions.get_or_insert_with(Vec::new)
}

/// The condition `type_` of an object, if present.
pub fn condition<'a>(ag: &'a ArtifactGenerator, type_: &str) -> Option<&'a Condition> {
    ag.status
        .as_ref()
        .and_then(|s| s.conditions.as_ref())
        .and_then(|c| c.iter().find(|c| c.type_ == type_))
}

/// Work is starting: Reconciling=True and Ready=Unknown, both `Progressing`.
pub fn mark_progressing(st: &mut ArtifactGeneratorStatus, g: Option<i64>) {
    let conds = conditions_mut(st);
    set_condition(conds, RECONCILING, "True", PROGRESSING, MSG_IN_PROGRESS, g);
    set_condition(conds, READY, "Unknown", PROGRESSING, MSG_IN_PROGRESS, g);
}

/// Success: Ready=True `Succeeded`; Reconciling and Stalled removed.
pub fn mark_succeeded(st: &mut ArtifactGeneratorStatus, msg: &str, g: Option<i64>) {
    let conds = conditions_mut(st);
    set_condition(conds, READY, "True", SUCCEEDED, msg, g);
    remove_condition(conds, RECONCILING);
    remove_condition(conds, STALLED);
}

/// Failure: Ready=False with `reason`; terminal failures stall (Reconciling removed), others keep a
/// Reconciling condition as `ProgressingWithRetry`.
pub fn mark_failed(
    st: &mut ArtifactGeneratorStatus,
    reason: &str,
    msg: &str,
    terminal: bool,
    g: Option<i64>,
) {
    let conds = conditions_mut(st);
    set_condition(conds, READY, "False", reason, msg, g);
    if terminal {
        set_condition(conds, STALLED, "True", reason, msg, g);
        remove_condition(conds, RECONCILING);
        return;
    }
    remove_condition(conds, STALLED);
    if let Some(c) = conds.iter_mut().find(|c| c.type_ == RECONCILING) {
        c.reason = PROGRESSING_WITH_RETRY.to_string();
    }
}

/// Whether the last attempt failed (Ready=False), which always means drift.
pub fn is_not_ready(ag: &ArtifactGenerator) -> bool {
    condition(ag, READY).is_some_and(|c| c.status == "False")
}

/// The generation Ready was last computed for.
pub fn ready_generation(ag: &ArtifactGenerator) -> Option<i64> {
    condition(ag, READY).and_then(|c| c.observed_generation)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_retried_failure_keeps_reconciling_as_progressing_with_retry() {
        let mut st = ArtifactGeneratorStatus::default();
        mark_progressing(&mut st, Some(1));
        mark_failed(&mut st, "BuildFailed", "boom", false, Some(1));
        let conds = st.conditions.unwrap();
        let ready = conds.iter().find(|c| c.type_ == READY).unwrap();
        assert_eq!(
            (ready.status.as_str(), ready.reason.as_str()),
            ("False", "BuildFailed")
        );
        let rec = conds.iter().find(|c| c.type_ == RECONCILING).unwrap();
        assert_eq!(rec.reason, PROGRESSING_WITH_RETRY);
        assert!(!conds.iter().any(|c| c.type_ == STALLED));
    }

    #[test]
    fn a_terminal_failure_stalls_and_success_clears_it() {
        let mut st = ArtifactGeneratorStatus::default();
        mark_progressing(&mut st, Some(1));
        mark_failed(&mut st, "ValidationFailed", "dup", true, Some(1));
        assert!(
            st.conditions
                .as_ref()
                .unwrap()
                .iter()
                .any(|c| c.type_ == STALLED && c.status == "True")
        );
        mark_succeeded(&mut st, "ok", Some(2));
        let conds = st.conditions.unwrap();
        assert_eq!(conds.len(), 1);
        assert_eq!(conds[0].observed_generation, Some(2));
    }
}
