//! How a GitRepository's status is built: the conditions of a stored artifact, of a failure, of a terminal
//! error. The reconciler builds the whole status in memory with these and patches it once.

use crate::api::conditions as c;
use crate::api::meta::Artifact;
use crate::api::source::{GitRepository, GitRepositoryStatus};
use crate::controllers::runtime::{
    mark_failed, mark_ready, mark_reconciling, mark_stalled, remove_condition, set_condition,
};

use super::error::Error;
use super::verify::Verified;

/// Ready's message for a stored artifact, as Flux words it.
pub fn stored_message(revision: &str) -> String {
    format!("stored artifact for revision '{revision}'")
}

/// The status to start an attempt from: the current one, with the request and spec observations carried.
pub fn base(obj: &GitRepository) -> GitRepositoryStatus {
    obj.status.clone().unwrap_or_default()
}

/// The artifact is stored (new or unchanged): Ready=True, ArtifactInStorage=True, failures cleared, the spec
/// fields it was built from observed.
pub fn set_ready(st: &mut GitRepositoryStatus, obj: &GitRepository, artifact: Artifact) {
    let g = obj.metadata.generation;
    let msg = stored_message(&artifact.revision);
    let conds = st.conditions.get_or_insert_with(Vec::new);
    mark_ready(conds, c::SUCCEEDED, &msg, g);
    set_condition(conds, c::ARTIFACT_IN_STORAGE, "True", c::SUCCEEDED, &msg, g);
    for t in [
        c::FETCH_FAILED,
        c::STORAGE_OPERATION_FAILED,
        c::INCLUDE_UNAVAILABLE,
        c::ARTIFACT_OUTDATED,
        c::BUILD_FAILED,
    ] {
        remove_condition(conds, t);
    }
    st.artifact = Some(artifact);
    st.observed_generation = g;
    st.observed_ignore = obj.spec.ignore.clone();
    st.observed_include = obj.spec.include.clone();
    st.observed_sparse_checkout = obj.spec.sparse_checkout.clone();
    st.observed_recurse_submodules = obj.spec.recurse_submodules;
}

/// Records the outcome of `spec.verify` for a stored artifact: SourceVerified=True and the mode, or, when no
/// verification is asked for, neither.
pub fn set_verified(st: &mut GitRepositoryStatus, obj: &GitRepository, verified: Option<Verified>) {
    let conds = st.conditions.get_or_insert_with(Vec::new);
    match verified {
        Some(v) => {
            let g = obj.metadata.generation;
            set_condition(
                conds,
                c::SOURCE_VERIFIED,
                "True",
                c::SUCCEEDED,
                &v.message,
                g,
            );
            st.source_verification_mode = Some(v.mode);
        }
        None => {
            remove_condition(conds, c::SOURCE_VERIFIED);
            st.source_verification_mode = None;
        }
    }
}

/// A new upstream revision is being fetched: ArtifactOutdated=True (`NewRevision`), Reconciling=True and
/// Ready=Unknown, the stored artifact still in place.
pub fn set_outdated(st: &mut GitRepositoryStatus, obj: &GitRepository, revision: &str) {
    let g = obj.metadata.generation;
    let msg = format!("new upstream revision '{revision}'");
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
/// kept. Terminal failures stall instead of retrying.
pub fn set_failed(
    st: &mut GitRepositoryStatus,
    obj: &GitRepository,
    err: &Error,
    artifact_present: bool,
) {
    let g = obj.metadata.generation;
    let msg = err.message();
    let conds = st.conditions.get_or_insert_with(Vec::new);
    // Failures are "abnormal-true" conditions (FetchFailed=True), except SourceVerified, which is False.
    let polarity = if err.condition() == c::SOURCE_VERIFIED {
        "False"
    } else {
        "True"
    };
    set_condition(conds, err.condition(), polarity, err.reason(), &msg, g);
    if err.is_terminal() {
        mark_stalled(conds, err.reason(), &msg, g);
        st.observed_generation = g;
    } else {
        mark_failed(conds, err.reason(), &msg, g);
    }
    if !artifact_present {
        remove_condition(conds, c::ARTIFACT_IN_STORAGE);
        st.artifact = None;
    }
}

/// The Ready condition's (reason, message), to emit an event only when it changes.
pub fn ready_summary(st: &GitRepositoryStatus) -> Option<(String, String, String)> {
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
