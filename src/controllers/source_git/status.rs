//! How a GitRepository's status is built: the conditions of a stored artifact, of a failure, of a terminal
//! error. The reconciler builds the whole status in memory with these and patches it once.

use crate::api::conditions as c;
use crate::api::meta::Artifact;
use crate::api::source::{GitRepository, GitRepositoryStatus};
use crate::controllers::runtime::{remove_condition, set_condition};
use crate::controllers::source_common::{
    SourceKind, mark_outdated, mark_stored, source_status_accessors,
};

use super::error::Error;
use super::verify::Verified;

/// Ready's message for a stored artifact, as Flux words it.
pub fn stored_message(revision: &str) -> String {
    format!("stored artifact for revision '{revision}'")
}

/// The artifact is stored (new or unchanged): Ready=True, ArtifactInStorage=True, failures cleared, the spec
/// fields it was built from observed.
pub fn set_ready(st: &mut GitRepositoryStatus, obj: &GitRepository, artifact: Artifact) {
    let g = obj.metadata.generation;
    let msg = stored_message(&artifact.revision);
    let conds = st.conditions.get_or_insert_with(Vec::new);
    let cleared = [
        c::FETCH_FAILED,
        c::STORAGE_OPERATION_FAILED,
        c::INCLUDE_UNAVAILABLE,
        c::ARTIFACT_OUTDATED,
        c::BUILD_FAILED,
    ];
    mark_stored(conds, c::SUCCEEDED, &msg, g, &cleared);
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
    let has_artifact = st.artifact.is_some();
    let conds = st.conditions.get_or_insert_with(Vec::new);
    mark_outdated(conds, c::NEW_REVISION, &msg, g, has_artifact);
}

impl SourceKind for GitRepository {
    type Status = GitRepositoryStatus;
    type Error = Error;

    source_status_accessors!(GitRepositoryStatus);

    fn drop_artifact(st: &mut GitRepositoryStatus) {
        st.artifact = None;
    }
}
