//! HelmRelease (`helm.toolkit.fluxcd.io/v2`): a Helm release installed, upgraded, tested and remediated from a chart
//! template or a chart artifact.

use std::collections::BTreeMap;

use k8s_openapi::apimachinery::pkg::apis::meta::v1::{Condition, Time};
use kube::CustomResource;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::api::meta::{
    CommonMetadata, DURATION_PATTERN, DependencyReference, HealthCheckExpression, IgnoreRule,
    Image, KubeConfigReference, LocalObjectReference, Patch, ResourceInventory, drop_description,
    preserve_unknown,
};
use crate::api::source::{ReconcileStrategy, VerificationProvider};

/// Desired state of a HelmRelease.
// kube's `printcolumn(...)` repeats keys such as `type_` by design.
#[allow(clippy::duplicated_attributes)]
#[derive(CustomResource, Serialize, Deserialize, Clone, Debug, Default, PartialEq, JsonSchema)]
#[kube(
    group = "helm.toolkit.fluxcd.io",
    version = "v2",
    kind = "HelmRelease",
    plural = "helmreleases",
    singular = "helmrelease",
    shortname = "hr",
    category = "all",
    category = "fluxcd",
    category = "fluxcd-appliers",
    namespaced,
    status = "HelmReleaseStatus",
    doc = "A Helm release kept in sync with a chart and values.",
    derive = "PartialEq",
    derive = "Default",
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
    {"rule": "(has(self.chart) && !has(self.chartRef)) || (!has(self.chart) && has(self.chartRef))", "message": "either chart or chartRef must be set"}
]))]
pub struct HelmReleaseSpec {
    /// Template of the HelmChart the controller creates for this release.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub chart: Option<HelmChartTemplate>,
    /// A chart artifact to use instead of a template (OCIRepository, HelmChart or ExternalArtifact).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub chart_ref: Option<CrossNamespaceSourceReference>,
    /// How often to reconcile the release.
    #[schemars(pattern(DURATION_PATTERN))]
    pub interval: String,
    /// Kubeconfig of a remote cluster to release to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kube_config: Option<KubeConfigReference>,
    /// Stop reconciling this object.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suspend: Option<bool>,
    /// Helm release name; defaults to `[<targetNamespace>-]<name>`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1, max = 53))]
    pub release_name: Option<String>,
    /// Namespace the release is installed into; defaults to the HelmRelease's namespace.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1, max = 63))]
    pub target_namespace: Option<String>,
    /// Namespace of the Helm storage; defaults to the HelmRelease's namespace.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1, max = 63))]
    pub storage_namespace: Option<String>,
    /// Other HelmReleases that must be ready first.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub depends_on: Option<Vec<DependencyReference>>,
    /// Timeout of each Helm action; defaults to 5m.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(pattern(DURATION_PATTERN))]
    pub timeout: Option<String>,
    /// Number of Helm release revisions kept; defaults to 5, 0 means unlimited.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_history: Option<i64>,
    /// Service account impersonated for the Helm actions.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1, max = 253))]
    pub service_account_name: Option<String>,
    /// Reuse one Kubernetes client for all Helm actions; defaults to true.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub persistent_client: Option<bool>,
    /// Detect and correct drift between the release manifest and the cluster.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub drift_detection: Option<DriftDetection>,
    /// Settings of Helm install.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub install: Option<Install>,
    /// Settings of Helm upgrade.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub upgrade: Option<Upgrade>,
    /// Settings of Helm test.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub test: Option<Test>,
    /// Settings of Helm rollback.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rollback: Option<Rollback>,
    /// Settings of Helm uninstall.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uninstall: Option<Uninstall>,
    /// ConfigMaps and Secrets merged, in order, into the values (before `values`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub values_from: Option<Vec<ValuesReference>>,
    /// Inline Helm values, merged last.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(schema_with = "preserve_unknown")]
    pub values: Option<serde_json::Value>,
    /// Labels and annotations added to every rendered object.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub common_metadata: Option<CommonMetadata>,
    /// Kustomize post-renderers applied to the rendered manifests, in order.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub post_renderers: Option<Vec<PostRenderer>>,
    /// Whether post-renderers see hooks: `nohooks`, `combined` or `separate`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("enum" = ["nohooks", "combined", "separate"]))]
    pub post_render_strategy: Option<String>,
    /// How to wait for the released objects to become ready.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wait_strategy: Option<WaitStrategy>,
    /// CEL health rules for custom resources.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub health_check_exprs: Option<Vec<HealthCheckExpression>>,
}

/// Template of the HelmChart created for a release.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq, JsonSchema)]
pub struct HelmChartTemplate {
    /// Labels and annotations of the HelmChart.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<CommonMetadata>,
    /// Spec of the HelmChart.
    pub spec: HelmChartTemplateSpec,
}

/// Spec of the HelmChart created for a release.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct HelmChartTemplateSpec {
    /// Chart name in a repository, or path in a GitRepository or Bucket.
    #[schemars(length(min = 1, max = 2048))]
    pub chart: String,
    /// SemVer range of the chart version (HelmRepository only).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = "*"))]
    pub version: Option<String>,
    /// The source holding the chart.
    pub source_ref: CrossNamespaceObjectReference,
    /// How often to check for a new chart; defaults to the HelmRelease's interval.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(pattern(DURATION_PATTERN))]
    pub interval: Option<String>,
    /// When to package a new chart artifact.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = "ChartVersion"))]
    pub reconcile_strategy: Option<ReconcileStrategy>,
    /// Values files merged into the chart's values.yaml.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub values_files: Option<Vec<String>>,
    /// Skip values files that do not exist instead of failing.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ignore_missing_values_files: Option<bool>,
    /// Verify the chart's signature (OCI charts only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verify: Option<HelmChartTemplateVerification>,
}

/// Signature verification of a templated chart.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct HelmChartTemplateVerification {
    /// Signing tool.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = "cosign"))]
    pub provider: Option<VerificationProvider>,
    /// Secret with the trusted public keys; keyless verification when empty.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret_ref: Option<LocalObjectReference>,
}

/// A chart source, by default in the HelmRelease's namespace.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct CrossNamespaceObjectReference {
    /// API version of the source.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub api_version: Option<String>,
    /// Kind of the source.
    #[schemars(extend("enum" = ["HelmRepository", "GitRepository", "Bucket"]))]
    pub kind: String,
    /// Name of the source.
    #[schemars(length(min = 1, max = 253))]
    pub name: String,
    /// Namespace of the source; defaults to the HelmRelease's namespace.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1, max = 63))]
    pub namespace: Option<String>,
}

/// A chart artifact, by default in the HelmRelease's namespace.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct CrossNamespaceSourceReference {
    /// API version of the source.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub api_version: Option<String>,
    /// Kind of the source.
    #[schemars(extend("enum" = ["OCIRepository", "HelmChart", "ExternalArtifact"]))]
    pub kind: String,
    /// Name of the source.
    #[schemars(length(min = 1, max = 253))]
    pub name: String,
    /// Namespace of the source; defaults to the HelmRelease's namespace.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1, max = 63))]
    pub namespace: Option<String>,
}

/// A ConfigMap or Secret key holding Helm values.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ValuesReference {
    /// `ConfigMap` or `Secret`.
    #[schemars(extend("enum" = ["Secret", "ConfigMap"]))]
    pub kind: String,
    /// Name of the object, in the HelmRelease's namespace.
    #[schemars(length(min = 1, max = 253))]
    pub name: String,
    /// Data key holding the values; defaults to `values.yaml`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 253), pattern(r"^[\-._a-zA-Z0-9]+$"))]
    pub values_key: Option<String>,
    /// Path (Helm `--set` syntax) the value is written to instead of merging a document.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 250), pattern(r"^([a-zA-Z0-9_\-.\\\/]|\[[0-9]{1,5}\])+$"))]
    pub target_path: Option<String>,
    /// Do not fail when the object or key does not exist.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub optional: Option<bool>,
    /// With `targetPath`, take the value as a literal string (`--set-literal`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub literal: Option<bool>,
}

/// Drift detection settings.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq, JsonSchema)]
pub struct DriftDetection {
    /// `enabled` corrects drift, `warn` only reports it, `disabled` (default) skips detection.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("enum" = ["enabled", "warn", "disabled"]))]
    pub mode: Option<String>,
    /// Fields ignored when comparing.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ignore: Option<Vec<IgnoreRule>>,
}

/// How CRDs in the chart's `crds/` directory are handled.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, JsonSchema)]
#[schemars(transform = drop_description)]
pub enum CrdsPolicy {
    /// Leave CRDs alone.
    Skip,
    /// Create new CRDs, never update existing ones.
    Create,
    /// Create new CRDs and replace existing ones.
    CreateReplace,
}

/// Settings of Helm install.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Install {
    /// Timeout of the install; defaults to `spec.timeout`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(pattern(DURATION_PATTERN))]
    pub timeout: Option<String>,
    /// What to do when the install fails.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remediation: Option<InstallRemediation>,
    /// Retry or remediate on failure.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub strategy: Option<InstallStrategy>,
    /// Do not wait for the objects to be ready.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub disable_wait: Option<bool>,
    /// Do not wait for Jobs to complete.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub disable_wait_for_jobs: Option<bool>,
    /// Do not run hooks.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub disable_hooks: Option<bool>,
    /// Do not validate the manifests against the OpenAPI schema.
    #[serde(
        rename = "disableOpenAPIValidation",
        skip_serializing_if = "Option::is_none"
    )]
    pub disable_openapi_validation: Option<bool>,
    /// Do not validate values against the chart's JSON schema.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub disable_schema_validation: Option<bool>,
    /// Do not adopt existing objects without Helm ownership metadata.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub disable_take_ownership: Option<bool>,
    /// Reuse the name of a deleted release still in history.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub replace: Option<bool>,
    /// Deprecated: use `crds: Skip`.
    #[serde(rename = "skipCRDs", skip_serializing_if = "Option::is_none")]
    pub skip_crds: Option<bool>,
    /// CRD policy on install; defaults to `Create`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub crds: Option<CrdsPolicy>,
    /// Create the target namespace if it does not exist.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub create_namespace: Option<bool>,
    /// Apply the manifests with server-side apply.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub server_side_apply: Option<bool>,
}

/// Remediation of a failed install.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct InstallRemediation {
    /// Retries before giving up; negative retries forever.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retries: Option<i64>,
    /// Do not count failed tests as install failures.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ignore_test_failures: Option<bool>,
    /// Remediate the last failure when retries are exhausted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remediate_last_failure: Option<bool>,
}

/// Behaviour after a failed install.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[schemars(extend("x-kubernetes-validations" = [
    {"rule": "!has(self.retryInterval) || self.name != 'RemediateOnFailure'", "message": ".retryInterval cannot be set when .name is 'RemediateOnFailure'"}
]))]
pub struct InstallStrategy {
    /// `RemediateOnFailure` or `RetryOnFailure`.
    #[schemars(extend("enum" = ["RemediateOnFailure", "RetryOnFailure"]))]
    pub name: String,
    /// Delay between retries (RetryOnFailure).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(pattern(DURATION_PATTERN))]
    pub retry_interval: Option<String>,
}

/// Settings of Helm upgrade.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Upgrade {
    /// Timeout of the upgrade; defaults to `spec.timeout`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(pattern(DURATION_PATTERN))]
    pub timeout: Option<String>,
    /// What to do when the upgrade fails.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remediation: Option<UpgradeRemediation>,
    /// Retry or remediate on failure.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub strategy: Option<UpgradeStrategy>,
    /// Do not wait for the objects to be ready.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub disable_wait: Option<bool>,
    /// Do not wait for Jobs to complete.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub disable_wait_for_jobs: Option<bool>,
    /// Do not run hooks.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub disable_hooks: Option<bool>,
    /// Do not validate the manifests against the OpenAPI schema.
    #[serde(
        rename = "disableOpenAPIValidation",
        skip_serializing_if = "Option::is_none"
    )]
    pub disable_openapi_validation: Option<bool>,
    /// Do not validate values against the chart's JSON schema.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub disable_schema_validation: Option<bool>,
    /// Do not adopt existing objects without Helm ownership metadata.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub disable_take_ownership: Option<bool>,
    /// Replace objects that cannot be patched (delete and recreate).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub force: Option<bool>,
    /// Reuse the values of the last release and merge the new ones in.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub preserve_values: Option<bool>,
    /// Delete new objects created by a failed upgrade.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cleanup_on_fail: Option<bool>,
    /// CRD policy on upgrade; defaults to `Skip`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub crds: Option<CrdsPolicy>,
    /// `Reinstall` or `InPlaceUpdate` when the chart name changes.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("enum" = ["InPlaceUpdate", "Reinstall"]))]
    pub chart_name_change_strategy: Option<String>,
    /// Server-side apply: `enabled`, `disabled` or `auto` (as the release did before).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("enum" = ["enabled", "disabled", "auto"]))]
    pub server_side_apply: Option<String>,
}

/// Remediation of a failed upgrade.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct UpgradeRemediation {
    /// Retries before giving up; negative retries forever.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retries: Option<i64>,
    /// Do not count failed tests as upgrade failures.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ignore_test_failures: Option<bool>,
    /// Remediate the last failure when retries are exhausted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remediate_last_failure: Option<bool>,
    /// `rollback` (default) or `uninstall`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("enum" = ["rollback", "uninstall"]))]
    pub strategy: Option<String>,
}

/// Behaviour after a failed upgrade.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[schemars(extend("x-kubernetes-validations" = [
    {"rule": "!has(self.retryInterval) || self.name == 'RetryOnFailure'", "message": ".retryInterval can only be set when .name is 'RetryOnFailure'"}
]))]
pub struct UpgradeStrategy {
    /// `RemediateOnFailure` or `RetryOnFailure`.
    #[schemars(extend("enum" = ["RemediateOnFailure", "RetryOnFailure"]))]
    pub name: String,
    /// Delay between retries (RetryOnFailure).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(pattern(DURATION_PATTERN))]
    pub retry_interval: Option<String>,
}

/// Settings of Helm test.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Test {
    /// Run the chart's tests after install and upgrade.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enable: Option<bool>,
    /// Timeout of each test; defaults to `spec.timeout`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(pattern(DURATION_PATTERN))]
    pub timeout: Option<String>,
    /// Do not fail the release when tests fail.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ignore_failures: Option<bool>,
    /// Tests to include or exclude by name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<TestFilter>>,
}

/// Includes or excludes one test.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq, JsonSchema)]
pub struct TestFilter {
    /// Name of the test.
    #[schemars(length(min = 1, max = 253))]
    pub name: String,
    /// Exclude the test instead of including it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exclude: Option<bool>,
}

/// Settings of Helm rollback.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Rollback {
    /// Timeout of the rollback; defaults to `spec.timeout`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(pattern(DURATION_PATTERN))]
    pub timeout: Option<String>,
    /// Do not wait for the objects to be ready.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub disable_wait: Option<bool>,
    /// Do not wait for Jobs to complete.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub disable_wait_for_jobs: Option<bool>,
    /// Do not run hooks.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub disable_hooks: Option<bool>,
    /// Restart pods of the rolled-back objects.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recreate: Option<bool>,
    /// Replace objects that cannot be patched.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub force: Option<bool>,
    /// Delete new objects created by a failed rollback.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cleanup_on_fail: Option<bool>,
    /// Server-side apply: `enabled`, `disabled` or `auto`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("enum" = ["enabled", "disabled", "auto"]))]
    pub server_side_apply: Option<String>,
}

/// Settings of Helm uninstall.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Uninstall {
    /// Timeout of the uninstall; defaults to `spec.timeout`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(pattern(DURATION_PATTERN))]
    pub timeout: Option<String>,
    /// Do not run hooks.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub disable_hooks: Option<bool>,
    /// Keep the release history after uninstalling.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub keep_history: Option<bool>,
    /// Do not wait for the objects to be deleted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub disable_wait: Option<bool>,
    /// Deletion propagation of the uninstalled objects.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("enum" = ["background", "foreground", "orphan"], "default" = "background"))]
    pub deletion_propagation: Option<String>,
}

/// A post-renderer.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq, JsonSchema)]
pub struct PostRenderer {
    /// Kustomize patches and image overrides.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kustomize: Option<KustomizePostRenderer>,
}

/// Kustomize patches and image overrides applied to the rendered manifests.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq, JsonSchema)]
pub struct KustomizePostRenderer {
    /// Patches applied to the manifests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub patches: Option<Vec<Patch>>,
    /// Image overrides.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub images: Option<Vec<Image>>,
}

/// How the controller waits for released objects.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq, JsonSchema)]
pub struct WaitStrategy {
    /// `poller` (kstatus) or `legacy` (Helm's own wait).
    #[schemars(extend("enum" = ["poller", "legacy"]))]
    pub name: String,
}

/// Observed state of a HelmRelease.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[schemars(extend("default" = {"observedGeneration": -1}))]
pub struct HelmReleaseStatus {
    /// Last generation reconciled.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub observed_generation: Option<i64>,
    /// Digest of `spec.postRenderers` last applied.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub observed_post_renderers_digest: Option<String>,
    /// Digest of `spec.commonMetadata` last applied.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub observed_common_metadata_digest: Option<String>,
    /// Generation of the last attempt.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_attempted_generation: Option<i64>,
    /// Conditions of the object.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conditions: Option<Vec<Condition>>,
    /// `<namespace>/<name>` of the HelmChart created for this release.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub helm_chart: Option<String>,
    /// Namespace of the Helm storage of the last release.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1, max = 63))]
    pub storage_namespace: Option<String>,
    /// Snapshots of the release revisions, newest first.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub history: Option<Vec<Snapshot>>,
    /// Objects of the current release.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inventory: Option<ResourceInventory>,
    /// `install` or `upgrade`: the last Helm action attempted.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("enum" = ["install", "upgrade"]))]
    pub last_attempted_release_action: Option<String>,
    /// How long the last release action took.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_attempted_release_action_duration: Option<String>,
    /// Failures since the last success.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub failures: Option<i64>,
    /// Install failures since the last success.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub install_failures: Option<i64>,
    /// Upgrade failures since the last success.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub upgrade_failures: Option<i64>,
    /// Chart version of the last attempt.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_attempted_revision: Option<String>,
    /// Digest of the chart artifact of the last attempt.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_attempted_revision_digest: Option<String>,
    /// Deprecated: checksum of the values of the last attempt.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_attempted_values_checksum: Option<String>,
    /// Deprecated: revision of the last successful release.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_release_revision: Option<i64>,
    /// Digest of chart and values of the last attempt.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_attempted_config_digest: Option<String>,
    /// Last `reconcile.fluxcd.io/requestedAt` value handled.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_handled_reconcile_at: Option<String>,
    /// Last `reconcile.fluxcd.io/forceAt` value handled.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_handled_force_at: Option<String>,
    /// Last `reconcile.fluxcd.io/resetAt` value handled.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_handled_reset_at: Option<String>,
}

/// A snapshot of one Helm release revision.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Snapshot {
    /// Version of the snapshot format.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub api_version: Option<String>,
    /// Checksum of the release object.
    pub digest: String,
    /// Release name.
    pub name: String,
    /// Release namespace.
    pub namespace: String,
    /// Release revision.
    pub version: i64,
    /// Helm status of the release.
    pub status: String,
    /// Helm action that produced the release.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action: Option<String>,
    /// Chart name.
    pub chart_name: String,
    /// Chart version.
    pub chart_version: String,
    /// Application version of the chart.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub app_version: Option<String>,
    /// Digest of chart and values.
    pub config_digest: String,
    /// When the release was first deployed.
    pub first_deployed: Time,
    /// When the release was last deployed.
    pub last_deployed: Time,
    /// When the release was deleted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deleted: Option<Time>,
    /// Test hooks and their outcome.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub test_hooks: Option<BTreeMap<String, TestHookStatus>>,
    /// Digest of the OCI artifact the chart came from.
    #[serde(rename = "ociDigest", skip_serializing_if = "Option::is_none")]
    pub oci_digest: Option<String>,
}

/// Outcome of one test hook.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct TestHookStatus {
    /// When the test started.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_started: Option<Time>,
    /// When the test completed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_completed: Option<Time>,
    /// Phase of the test.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phase: Option<String>,
}
