//! How a HelmRepository's status is built: the conditions of a stored index, of a new index being stored, of
//! a failure. The reconciler builds the whole status in memory with these and patches it once.

use crate::api::conditions as c;
use crate::api::meta::Artifact;
use crate::api::source::{HelmRepository, HelmRepositoryStatus};
use crate::controllers::source_common::{
    SourceKind, mark_outdated, mark_stored, source_status_accessors,
};

use super::error::Error;

/// Ready's and ArtifactInStorage's message for a stored index, as source-controller words it.
pub fn stored_message(revision: &str) -> String {
    format!("stored artifact: revision '{revision}'")
}

/// The index is stored (new or unchanged): Ready=True, ArtifactInStorage=True, failures cleared.
pub fn set_ready(
    st: &mut HelmRepositoryStatus,
    obj: &HelmRepository,
    artifact: Artifact,
    url: String,
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
    st.url = Some(url);
    st.observed_generation = g;
}

/// A new index revision is being stored: ArtifactOutdated=True (`NewRevision`) when an artifact exists,
/// Reconciling=True and Ready=Unknown.
pub fn set_outdated(st: &mut HelmRepositoryStatus, obj: &HelmRepository, revision: &str) {
    let g = obj.metadata.generation;
    let msg = format!("new index revision '{revision}'");
    let had_artifact = st.artifact.is_some();
    let conds = st.conditions.get_or_insert_with(Vec::new);
    mark_outdated(conds, c::NEW_REVISION, &msg, g, had_artifact);
}

impl SourceKind for HelmRepository {
    type Status = HelmRepositoryStatus;
    type Error = Error;

    source_status_accessors!(HelmRepositoryStatus);

    fn drop_artifact(st: &mut HelmRepositoryStatus) {
        st.artifact = None;
        st.url = None;
    }
}

/// Bytes in the words of Docker's `units.HumanSize` (decimal units, four significant digits), as Flux's
/// `NewArtifact` event of an index reads: `size 1.234kB`.
pub fn human_size(bytes: u64) -> String {
    const UNITS: [&str; 9] = ["B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"];
    let mut size = bytes as f64;
    let mut unit = 0;
    while size >= 1000.0 && unit < UNITS.len() - 1 {
        size /= 1000.0;
        unit += 1;
    }
    // Go's %.4g: four significant digits, trailing zeros dropped.
    let digits = if size >= 1000.0 {
        0
    } else if size >= 100.0 {
        1
    } else if size >= 10.0 {
        2
    } else {
        3
    };
    let mut text = format!("{size:.digits$}");
    if text.contains('.') {
        text = text.trim_end_matches('0').trim_end_matches('.').to_string();
    }
    format!("{text}{}", UNITS[unit])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_as_docker_units_print_them() {
        assert_eq!(human_size(512), "512B");
        assert_eq!(human_size(1234), "1.234kB");
        assert_eq!(human_size(10_500), "10.5kB");
        assert_eq!(human_size(2_000_000), "2MB");
    }
}
