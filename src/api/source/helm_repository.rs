//! HelmRepository (`source.toolkit.fluxcd.io/v1`): a Helm chart repository index (HTTP) or an OCI registry marker.

use k8s_openapi::apimachinery::pkg::apis::meta::v1::Condition;
use kube::CustomResource;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::OCIProvider;
use crate::api::meta::{
    AccessFrom, Artifact, DURATION_PATTERN, LocalObjectReference, TIMEOUT_PATTERN, drop_description,
};

/// Desired state of a HelmRepository.
// kube's `printcolumn(...)` repeats keys such as `type_` by design.
#[allow(clippy::duplicated_attributes)]
#[derive(CustomResource, Serialize, Deserialize, Clone, Debug, Default, PartialEq, JsonSchema)]
#[kube(
    group = "source.toolkit.fluxcd.io",
    version = "v1",
    kind = "HelmRepository",
    plural = "helmrepositories",
    singular = "helmrepository",
    shortname = "helmrepo",
    category = "all",
    category = "fluxcd",
    category = "fluxcd-sources",
    namespaced,
    status = "HelmRepositoryStatus",
    doc = "A Helm chart repository: its index is stored as an artifact, or an OCI registry is marked ready.",
    derive = "PartialEq",
    derive = "Default",
    printcolumn(name = "URL", type_ = "string", json_path = ".spec.url"),
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
pub struct HelmRepositorySpec {
    /// Repository address: `http(s)://` for an index, `oci://` for a registry.
    #[schemars(pattern(r"^(http|https|oci)://.*$"))]
    pub url: String,
    /// Secret with basic-auth, TLS or (OCI) dockerconfigjson credentials.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret_ref: Option<LocalObjectReference>,
    /// Secret with `tls.crt`, `tls.key` and `ca.crt` for the connection.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cert_secret_ref: Option<LocalObjectReference>,
    /// Send the credentials to hosts other than the repository's (chart downloads).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pass_credentials: Option<bool>,
    /// How often to download the index.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(pattern(DURATION_PATTERN))]
    pub interval: Option<String>,
    /// Talk plain HTTP to an OCI registry.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub insecure: Option<bool>,
    /// Timeout of index downloads.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(pattern(TIMEOUT_PATTERN))]
    pub timeout: Option<String>,
    /// Stop reconciling this object.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suspend: Option<bool>,
    /// Namespaces allowed to use this repository from elsewhere.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub access_from: Option<AccessFrom>,
    /// `default` (HTTP index) or `oci`.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub repository_type: Option<HelmRepositoryType>,
    /// Registry authentication provider (OCI only).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = "generic"))]
    pub provider: Option<OCIProvider>,
}

/// Kind of Helm repository.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "lowercase")]
#[schemars(transform = drop_description)]
pub enum HelmRepositoryType {
    /// An HTTP server with an `index.yaml`.
    Default,
    /// An OCI registry.
    Oci,
}

/// Observed state of a HelmRepository.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[schemars(extend("default" = {"observedGeneration": -1}))]
pub struct HelmRepositoryStatus {
    /// Last generation reconciled.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub observed_generation: Option<i64>,
    /// Conditions of the object.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conditions: Option<Vec<Condition>>,
    /// Download address of the stored index.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The stored index.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub artifact: Option<Artifact>,
    /// Last `reconcile.fluxcd.io/requestedAt` value handled.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_handled_reconcile_at: Option<String>,
}
