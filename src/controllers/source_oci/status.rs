//! How an OCIRepository's status is built: the conditions of a stored artifact, of a new upstream revision,
//! of a failure. The reconciler builds the whole status in memory with these and patches it once.

use crate::api::conditions as c;
use crate::api::meta::Artifact;
use crate::api::source::{OCIRepository, OCIRepositoryStatus};
use crate::controllers::source_common::{
    SourceKind, mark_outdated, mark_stored, source_status_accessors,
};

use super::error::Error;

/// Ready's message for a stored artifact, as source-controller words it.
pub fn stored_message(revision: &str) -> String {
    format!("stored artifact for digest '{revision}'")
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
    let cleared = [
        c::FETCH_FAILED,
        c::STORAGE_OPERATION_FAILED,
        c::ARTIFACT_OUTDATED,
    ];
    mark_stored(conds, c::SUCCEEDED, &msg, g, &cleared);
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
    let has_artifact = st.artifact.is_some();
    let conds = st.conditions.get_or_insert_with(Vec::new);
    mark_outdated(conds, c::NEW_REVISION, &msg, g, has_artifact);
}

impl SourceKind for OCIRepository {
    type Status = OCIRepositoryStatus;
    type Error = Error;

    source_status_accessors!(OCIRepositoryStatus);

    fn drop_artifact(st: &mut OCIRepositoryStatus) {
        st.artifact = None;
        st.url = None;
    }
}
