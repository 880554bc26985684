//! Kustomization (`kustomize.toolkit.fluxcd.io/v1`): builds a path of a source artifact with kustomize and applies
//! the result to the cluster, with pruning, health checks and drift correction.

use std::collections::BTreeMap;

use k8s_openapi::apimachinery::pkg::apis::meta::v1::{Condition, Time};
use kube::CustomResource;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::api::meta::{
    CommonMetadata, DURATION_PATTERN, DependencyReference, HealthCheckExpression, IgnoreRule,
    Image, KubeConfigReference, LocalObjectReference, NamespacedObjectKindReference, Patch,
    ResourceInventory, drop_description,
};

/// Desired state of a Kustomization.
// kube's `printcolumn(...)` repeats keys such as `type_` by design.
#[allow(clippy::duplicated_attributes)]
#[derive(CustomResource, Serialize, Deserialize, Clone, Debug, Default, PartialEq, JsonSchema)]
#[kube(
    group = "kustomize.toolkit.fluxcd.io",
    version = "v1",
    kind = "Kustomization",
    plural = "kustomizations",
    singular = "kustomization",
    shortname = "ks",
    category = "all",
    category = "fluxcd",
    category = "fluxcd-appliers",
    namespaced,
    status = "KustomizationStatus",
    doc = "Builds a directory of a source artifact with kustomize and keeps the cluster in sync with the result.",
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
pub struct KustomizationSpec {
    /// Other Kustomizations that must be ready before this one is applied.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub depends_on: Option<Vec<DependencyReference>>,
    /// Decrypt SOPS-encrypted Secrets in the build output.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub decryption: Option<Decryption>,
    /// How often to reconcile the applied objects with the source.
    #[schemars(pattern(DURATION_PATTERN))]
    pub interval: String,
    /// How soon to retry after a failure; defaults to `interval`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(pattern(DURATION_PATTERN))]
    pub retry_interval: Option<String>,
    /// Kubeconfig of a remote cluster to apply to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kube_config: Option<KubeConfigReference>,
    /// Directory in the artifact holding the kustomization; the root when empty.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// Kustomize patches applied to the build output.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub patches: Option<Vec<Patch>>,
    /// Image name, tag or digest overrides.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub images: Option<Vec<Image>>,
    /// Delete objects that were removed from the source.
    pub prune: bool,
    /// What happens to the applied objects when the Kustomization is deleted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deletion_policy: Option<DeletionPolicy>,
    /// Objects whose health gates readiness.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub health_checks: Option<Vec<NamespacedObjectKindReference>>,
    /// CEL health rules for custom resources.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub health_check_exprs: Option<Vec<HealthCheckExpression>>,
    /// Prefix added to the names of all objects.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1, max = 200))]
    pub name_prefix: Option<String>,
    /// Suffix added to the names of all objects.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1, max = 200))]
    pub name_suffix: Option<String>,
    /// Labels and annotations added to all objects.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub common_metadata: Option<CommonMetadata>,
    /// Variable substitution after the kustomize build.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub post_build: Option<PostBuild>,
    /// Service account impersonated to apply the objects.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_account_name: Option<String>,
    /// The source holding the manifests.
    pub source_ref: CrossNamespaceSourceReference,
    /// Stop reconciling this object.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suspend: Option<bool>,
    /// Namespace set on every namespaced object.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1, max = 63))]
    pub target_namespace: Option<String>,
    /// Budget for build, apply and health checks; defaults to `interval`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(pattern(DURATION_PATTERN))]
    pub timeout: Option<String>,
    /// Recreate objects whose immutable fields changed.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = false))]
    pub force: Option<bool>,
    /// Wait for every applied object to become ready (replaces `healthChecks`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wait: Option<bool>,
    /// Kustomize components added to the build.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub components: Option<Vec<String>>,
    /// Skip components that do not exist instead of failing.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ignore_missing_components: Option<bool>,
    /// Fields ignored when correcting drift.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ignore: Option<Vec<IgnoreRule>>,
    /// Kustomize build metadata to add to the objects.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub build_metadata: Option<Vec<BuildMetadata>>,
}

/// A source of manifests, by default in the Kustomization's namespace.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct CrossNamespaceSourceReference {
    /// API version of the source.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub api_version: Option<String>,
    /// Kind of the source.
    #[schemars(extend("enum" = ["OCIRepository", "GitRepository", "Bucket", "ExternalArtifact"]))]
    pub kind: String,
    /// Name of the source.
    pub name: String,
    /// Namespace of the source; defaults to the Kustomization's namespace.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
}

/// SOPS decryption settings.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Decryption {
    /// Decryption tool; only `sops`.
    #[schemars(extend("enum" = ["sops"]))]
    pub provider: String,
    /// Secret with the private keys or cloud KMS credentials.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret_ref: Option<LocalObjectReference>,
    /// Service account used for cloud KMS workload identity.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_account_name: Option<String>,
}

/// What happens to applied objects when their Kustomization is deleted.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, JsonSchema)]
#[schemars(transform = drop_description)]
pub enum DeletionPolicy {
    /// Delete them when `prune` is true (the default).
    MirrorPrune,
    /// Always delete them.
    Delete,
    /// Delete them and wait until they are gone.
    WaitForTermination,
    /// Leave them in the cluster.
    Orphan,
}

/// Kustomize build metadata options.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[schemars(transform = drop_description)]
pub enum BuildMetadata {
    /// Record the file each object came from.
    OriginAnnotations,
    /// Record the transformers applied to each object.
    TransformerAnnotations,
}

/// Variable substitution applied to the build output.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct PostBuild {
    /// Variables and their values, substituted as `${name}`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub substitute: Option<BTreeMap<String, String>>,
    /// ConfigMaps and Secrets whose data are variables, in order (later wins, `substitute` wins last).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub substitute_from: Option<Vec<SubstituteReference>>,
    /// `WithVariables` substitutes only when variables are defined; `Always` substitutes every time.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("enum" = ["WithVariables", "Always"]))]
    pub substitute_strategy: Option<String>,
}

/// A ConfigMap or Secret holding substitution variables.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq, JsonSchema)]
pub struct SubstituteReference {
    /// `ConfigMap` or `Secret`.
    #[schemars(extend("enum" = ["Secret", "ConfigMap"]))]
    pub kind: String,
    /// Name of the object, in the Kustomization's namespace.
    #[schemars(length(min = 1, max = 253))]
    pub name: String,
    /// Do not fail when the object does not exist.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = false))]
    pub optional: Option<bool>,
}

/// Observed state of a Kustomization.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[schemars(extend("default" = {"observedGeneration": -1}))]
pub struct KustomizationStatus {
    /// Last generation reconciled.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub observed_generation: Option<i64>,
    /// Conditions of the object.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conditions: Option<Vec<Condition>>,
    /// Source revision last applied successfully.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_applied_revision: Option<String>,
    /// Origin revision (OCI `org.opencontainers.image.revision`) last applied successfully.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_applied_origin_revision: Option<String>,
    /// Source revision of the last attempt.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_attempted_revision: Option<String>,
    /// Objects applied by the last successful reconcile.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inventory: Option<ResourceInventory>,
    /// The last reconciliations, newest first.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub history: Option<Vec<HistorySnapshot>>,
    /// Last `reconcile.fluxcd.io/requestedAt` value handled.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_handled_reconcile_at: Option<String>,
}

/// One distinct reconciliation outcome, counted while it repeats.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct HistorySnapshot {
    /// Digest of the applied manifests.
    pub digest: String,
    /// First time this outcome was seen.
    pub first_reconciled: Time,
    /// Last time this outcome was seen.
    pub last_reconciled: Time,
    /// Duration of the last reconciliation.
    pub last_reconciled_duration: String,
    /// Outcome of the last reconciliation.
    pub last_reconciled_status: String,
    /// How many reconciliations had this outcome.
    pub total_reconciliations: i64,
    /// Revision and origin revision the outcome was built from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<BTreeMap<String, String>>,
}
