//! HelmChart (`source.toolkit.fluxcd.io/v1`): a chart packaged from a HelmRepository, GitRepository or Bucket.

use k8s_openapi::apimachinery::pkg::apis::meta::v1::Condition;
use kube::CustomResource;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::HelmChartVerification;
use crate::api::meta::{Artifact, DURATION_PATTERN, drop_description};

/// Desired state of a HelmChart.
// kube's `printcolumn(...)` repeats keys such as `type_` by design.
#[allow(clippy::duplicated_attributes)]
#[derive(CustomResource, Serialize, Deserialize, Clone, Debug, Default, PartialEq, JsonSchema)]
#[kube(
    group = "source.toolkit.fluxcd.io",
    version = "v1",
    kind = "HelmChart",
    plural = "helmcharts",
    singular = "helmchart",
    shortname = "hc",
    category = "all",
    category = "fluxcd",
    category = "fluxcd-sources",
    namespaced,
    status = "HelmChartStatus",
    doc = "A Helm chart fetched or packaged from a source and stored as an artifact.",
    derive = "PartialEq",
    derive = "Default",
    printcolumn(name = "Chart", type_ = "string", json_path = ".spec.chart"),
    printcolumn(name = "Version", type_ = "string", json_path = ".spec.version"),
    printcolumn(
        name = "Source Kind",
        type_ = "string",
        json_path = ".spec.sourceRef.kind"
    ),
    printcolumn(
        name = "Source Name",
        type_ = "string",
        json_path = ".spec.sourceRef.name"
    ),
    printcolumn(
        name = "Age",
        type_ = "date",
        json_path = ".metadata.creationTimestamp"
    ),
    printcolumn(
        name = "Ready",
        type_ = "string",
        json_path = r#".status.conditions[?(@.type=="Ready")].status"#
    ),
    printcolumn(
        name = "Status",
        type_ = "string",
        json_path = r#".status.conditions[?(@.type=="Ready")].message"#
    )
)]
#[serde(rename_all = "camelCase")]
#[schemars(extend("x-kubernetes-validations" = [
    {"rule": "!has(self.verify) || self.sourceRef.kind == 'HelmRepository'", "message": "spec.verify is only supported when spec.sourceRef.kind is 'HelmRepository'"}
]))]
pub struct HelmChartSpec {
    /// Chart name in a repository, or path to the chart in a GitRepository or Bucket.
    pub chart: String,
    /// SemVer range of the chart version (HelmRepository only).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = "*"))]
    pub version: Option<String>,
    /// The source holding the chart.
    pub source_ref: LocalHelmChartSourceReference,
    /// How often to check the source for a new chart.
    #[schemars(pattern(DURATION_PATTERN))]
    pub interval: String,
    /// When to package a new artifact: on a new chart version or on every source revision.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = "ChartVersion"))]
    pub reconcile_strategy: Option<ReconcileStrategy>,
    /// Values files merged, in order, into the chart's values.yaml.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub values_files: Option<Vec<String>>,
    /// Skip values files that do not exist instead of failing.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ignore_missing_values_files: Option<bool>,
    /// Stop reconciling this object.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suspend: Option<bool>,
    /// Verify the chart's signature (OCI charts only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verify: Option<HelmChartVerification>,
}

/// A source of charts in the HelmChart's namespace.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct LocalHelmChartSourceReference {
    /// API version of the source.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub api_version: Option<String>,
    /// Kind of the source.
    #[schemars(extend("enum" = ["HelmRepository", "GitRepository", "Bucket"]))]
    pub kind: String,
    /// Name of the source.
    pub name: String,
}

/// When a new chart artifact is made.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, JsonSchema)]
#[schemars(transform = drop_description)]
pub enum ReconcileStrategy {
    /// On a new chart version.
    ChartVersion,
    /// On every new revision of the source.
    Revision,
}

/// Observed state of a HelmChart.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[schemars(extend("default" = {"observedGeneration": -1}))]
pub struct HelmChartStatus {
    /// Last generation reconciled.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub observed_generation: Option<i64>,
    /// Source revision the chart was last built from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub observed_source_artifact_revision: Option<String>,
    /// Chart name the artifact was last built from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub observed_chart_name: Option<String>,
    /// Values files the artifact was last built with.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub observed_values_files: Option<Vec<String>>,
    /// Conditions of the object.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conditions: Option<Vec<Condition>>,
    /// Download address of the last artifact.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The packaged chart.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub artifact: Option<Artifact>,
    /// Last `reconcile.fluxcd.io/requestedAt` value handled.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_handled_reconcile_at: Option<String>,
}
