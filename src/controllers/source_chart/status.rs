//! How a HelmChart's status is built: the conditions of a stored chart, of a new chart being built, of a
//! failure. The reconciler builds the whole status in memory with these and patches it once.

use crate::api::conditions as c;
use crate::api::meta::Artifact;
use crate::api::source::{HelmChart, HelmChartStatus};
use crate::controllers::runtime::{
    mark_failed, mark_ready, mark_reconciling, mark_stalled, remove_condition, set_condition,
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
    mark_ready(conds, build.reason(), &msg, g);
    set_condition(
        conds,
        c::ARTIFACT_IN_STORAGE,
        "True",
        build.reason(),
        &msg,
        g,
    );
    for t in [
        c::FETCH_FAILED,
        c::BUILD_FAILED,
        c::STORAGE_OPERATION_FAILED,
        c::ARTIFACT_OUTDATED,
    ] {
        remove_condition(conds, t);
    }
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
    if had_artifact {
        set_condition(conds, c::ARTIFACT_OUTDATED, "True", "NewChart", summary, g);
    }
    let building = format!("building artifact: {summary}");
    mark_reconciling(conds, c::PROGRESSING, &building, g);
    set_condition(conds, c::READY, "Unknown", c::PROGRESSING, &building, g);
}

/// An attempt failed: Ready=False with the failure's reason, the failure condition (FetchFailed or
/// BuildFailed) set and the other cleared, the last artifact kept while it is in storage.
pub fn set_failed(st: &mut HelmChartStatus, obj: &HelmChart, err: &Error, artifact_present: bool) {
    let g = obj.metadata.generation;
    let msg = err.message();
    let conds = st.conditions.get_or_insert_with(Vec::new);
    match err.condition() {
        c::BUILD_FAILED => remove_condition(conds, c::FETCH_FAILED),
        c::FETCH_FAILED => remove_condition(conds, c::BUILD_FAILED),
        _ => {}
    }
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
pub fn ready_summary(st: &HelmChartStatus) -> Option<(String, String, String)> {
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
