//! How a HelmChart's status is built: the conditions of a stored chart, of a new chart being built, of a
//! failure. The reconciler builds the whole status in memory with these and patches it once.

use crate::api::conditions as c;
use crate::api::meta::Artifact;
use crate::api::source::{HelmChart, HelmChartStatus};
use crate::controllers::source_common::{
    SourceKind, mark_outdated, mark_stored, source_status_accessors,
};

use super::build::Build;
use super::error::Error;

/// The chart is stored (new or reused): Ready=True and ArtifactInStorage=True with the build's reason
/// (`ChartPullSucceeded`/`ChartPackageSucceeded`) and summary, failures cleared, the build observed.
pub fn set_ready(
    st: &mut HelmChartStatus,
    obj: &HelmChart,
    build: &Build,
    artifact: Artifact,
    url: String,
) {
    let g = obj.metadata.generation;
    let msg = build.summary();
    let conds = st.conditions.get_or_insert_with(Vec::new);
    let cleared = [
        c::FETCH_FAILED,
        c::BUILD_FAILED,
        c::STORAGE_OPERATION_FAILED,
        c::ARTIFACT_OUTDATED,
    ];
    mark_stored(conds, build.reason(), &msg, g, &cleared);
    st.artifact = Some(artifact);
    st.url = Some(url);
    st.observed_chart_name = Some(build.name.clone());
    st.observed_values_files =
        (obj.spec.ignore_missing_values_files == Some(true)).then(|| build.values_files.clone());
    st.observed_generation = g;
}

/// A different chart is about to be stored: ArtifactOutdated=True (`NewChart`) when an artifact exists,
/// Reconciling=True and Ready=Unknown, as source-controller's `observeChartBuild` shows it.
pub fn set_outdated(st: &mut HelmChartStatus, obj: &HelmChart, summary: &str) {
    let g = obj.metadata.generation;
    let had_artifact = st.artifact.is_some();
    let conds = st.conditions.get_or_insert_with(Vec::new);
    mark_outdated(conds, "NewChart", summary, g, had_artifact);
}

impl SourceKind for HelmChart {
    type Status = HelmChartStatus;
    type Error = Error;
    const EXCLUSIVE_FAILURES: bool = true;

    source_status_accessors!(HelmChartStatus);

    fn drop_artifact(st: &mut HelmChartStatus) {
        st.artifact = None;
        st.url = None;
    }
}
