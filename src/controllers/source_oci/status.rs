//! How an OCIRepository's status is built: the conditions of a stored artifact, of a new upstream revision,
//! of a failure. The reconciler builds the whole status in memory with these and patches it once.

use crate::api::conditions as c;
use crate::api::meta::Artifact;
use crate::api::source::{OCIRepository, OCIRepositoryStatus};
use crate::controllers::runtime::{
    mark_failed, mark_ready, mark_reconciling, mark_stalled, remove_condition, set_condition,
};

use super::error::Error;

/// Ready's message for a stored artifact, as source-controller words it.
pub fn stored_message(revision: &str) -> String {
    format!("stored artifact for digest '{revision}'")
}

/// The status to start an attempt from.
pub fn base(obj: &OCIRepository) -> OCIRepositoryStatus {
    obj.status.clone().unwrap_or_default()
}

/// The artifact is stored (new or unchanged): Ready=True, ArtifactInStorage=True, failures cleared, the spec
/// fields it was built from observed.
pub fn set_ready(
    st: &mut OCIRepositoryStatus,
    obj: &OCIRepository,
    artifact: Artifact,
    url: Option<String>,
) {
    let g = obj.metadata.generation;
    let msg = stored_message(&artifact.revision);
    let conds = st.conditions.get_or_insert_with(Vec::new);
    mark_ready(conds, c::SUCCEEDED, &msg, g);
    set_condition(conds, c::ARTIFACT_IN_STORAGE, "True", c::SUCCEEDED, &msg, g);
    for t in [
        c::FETCH_FAILED,
        c::STORAGE_OPERATION_FAILED,
        c::ARTIFACT_OUTDATED,
    ] {
        remove_condition(conds, t);
    }
    st.artifact = Some(artifact);
    if url.is_some() {
        st.url = url;
    }
    st.observed_generation = g;
    st.observed_ignore = obj.spec.ignore.clone();
    st.observed_layer_selector = obj.spec.layer_selector.clone();
}

/// A new upstream revision is being pulled: ArtifactOutdated=True (`NewRevision`), Reconciling=True and
/// Ready=Unknown, the stored artifact still in place.
pub fn set_outdated(
    st: &mut OCIRepositoryStatus,
    obj: &OCIRepository,
    revision: &str,
    reference: &str,
) {
    let g = obj.metadata.generation;
    let msg = format!("new revision '{revision}' for '{reference}'");
    let conds = st.conditions.get_or_insert_with(Vec::new);
    set_condition(
        conds,
        c::ARTIFACT_OUTDATED,
        "True",
        c::NEW_REVISION,
        &msg,
        g,
    );
    let building = format!("building artifact: {msg}");
    mark_reconciling(conds, c::PROGRESSING, &building, g);
    set_condition(conds, c::READY, "Unknown", c::PROGRESSING, &building, g);
}

/// An attempt failed: Ready=False with the failure's reason, the failure condition set, the last artifact
/// kept while it is still in storage. Terminal failures stall instead of retrying.
pub fn set_failed(
    st: &mut OCIRepositoryStatus,
    obj: &OCIRepository,
    err: &Error,
    artifact_present: bool,
) {
    let g = obj.metadata.generation;
    let msg = err.message();
    let conds = st.conditions.get_or_insert_with(Vec::new);
    set_condition(conds, err.condition(), "True", err.reason(), &msg, g);
    if err.is_terminal() {
        mark_stalled(conds, err.reason(), &msg, g);
        st.observed_generation = g;
    } else {
        mark_failed(conds, err.reason(), &msg, g);
    }
    if !artifact_present {
        remove_condition(conds, c::ARTIFACT_IN_STORAGE);
        st.artifact = None;
        st.url = None;
    }
}

/// The Ready condition's (status, reason, message), to emit an event only when it changes.
pub fn ready_summary(st: &OCIRepositoryStatus) -> Option<(String, String, String)> {
    st.conditions
        .as_ref()?
        .iter()
        .find(|cond| cond.type_ == c::READY)
        .map(|cond| {
            (
                cond.status.clone(),
                cond.reason.clone(),
                cond.message.clone(),
            )
        })
}
