//! OCIRepository (`source.toolkit.fluxcd.io/v1`): an OCI artifact pulled from a container registry.

use k8s_openapi::apimachinery::pkg::apis::meta::v1::Condition;
use kube::CustomResource;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::api::meta::{
    Artifact, DURATION_PATTERN, LocalObjectReference, TIMEOUT_PATTERN, drop_description,
};

/// Desired state of an OCIRepository.
// kube's `printcolumn(...)` repeats keys such as `type_` by design.
#[allow(clippy::duplicated_attributes)]
#[derive(CustomResource, Serialize, Deserialize, Clone, Debug, Default, PartialEq, JsonSchema)]
#[kube(
    group = "source.toolkit.fluxcd.io",
    version = "v1",
    kind = "OCIRepository",
    plural = "ocirepositories",
    singular = "ocirepository",
    shortname = "ocirepo",
    category = "all",
    category = "fluxcd",
    category = "fluxcd-sources",
    namespaced,
    status = "OCIRepositoryStatus",
    doc = "An OCI artifact pulled from a container registry and stored as an artifact for the appliers.",
    derive = "PartialEq",
    derive = "Default",
    printcolumn(name = "URL", type_ = "string", json_path = ".spec.url"),
    printcolumn(
        name = "Ready",
        type_ = "string",
        json_path = r#".status.conditions[?(@.type=="Ready")].status"#
    ),
    printcolumn(
        name = "Status",
        type_ = "string",
        json_path = r#".status.conditions[?(@.type=="Ready")].message"#
    ),
    printcolumn(
        name = "Age",
        type_ = "date",
        json_path = ".metadata.creationTimestamp"
    )
)]
#[serde(rename_all = "camelCase")]
pub struct OCIRepositorySpec {
    /// Repository address, `oci://<host>/<org>/<repo>`, without tag or digest.
    #[schemars(pattern(r"^oci://.*$"))]
    pub url: String,
    /// Tag, semver range or digest to pull; defaults to the `latest` tag.
    #[serde(rename = "ref", skip_serializing_if = "Option::is_none")]
    pub reference: Option<OCIRepositoryRef>,
    /// Which layer to take from the artifact; the first one when empty.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub layer_selector: Option<OCILayerSelector>,
    /// Registry authentication provider; `generic` uses `secretRef`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = "generic"))]
    pub provider: Option<OCIProvider>,
    /// Secret of type `kubernetes.io/dockerconfigjson` with registry credentials.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret_ref: Option<LocalObjectReference>,
    /// Verify the artifact's signature.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verify: Option<OCIRepositoryVerification>,
    /// Service account whose image pull secrets authenticate to the registry.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_account_name: Option<String>,
    /// Secret with `tls.crt`, `tls.key` and `ca.crt` for the registry connection.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cert_secret_ref: Option<LocalObjectReference>,
    /// Secret with the proxy `address` (and optional `username`, `password`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub proxy_secret_ref: Option<LocalObjectReference>,
    /// How often to check the registry for changes.
    #[schemars(pattern(DURATION_PATTERN))]
    pub interval: String,
    /// Timeout of registry operations.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(pattern(TIMEOUT_PATTERN), extend("default" = "60s"))]
    pub timeout: Option<String>,
    /// Exclusion patterns in .gitignore format; replaces the default exclusions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ignore: Option<String>,
    /// Talk plain HTTP to the registry.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub insecure: Option<bool>,
    /// Stop reconciling this object.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suspend: Option<bool>,
}

/// An OCI reference; precedence is digest, semver, tag.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct OCIRepositoryRef {
    /// Digest to pull, `sha256:<hash>`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub digest: Option<String>,
    /// SemVer range matched against tags.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub semver: Option<String>,
    /// Regex tags must match before semver ordering.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub semver_filter: Option<String>,
    /// Tag to pull.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
}

/// Chooses the artifact layer to store and how.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct OCILayerSelector {
    /// Media type of the layer; the first layer when empty.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub media_type: Option<String>,
    /// `extract` the tarball (default) or `copy` it as is.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub operation: Option<OCILayerOperation>,
}

/// What to do with the selected layer.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "lowercase")]
#[schemars(transform = drop_description)]
pub enum OCILayerOperation {
    /// Unpack the tar+gzip layer.
    Extract,
    /// Store the layer as is.
    Copy,
}

/// Who authenticates to a container registry.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "lowercase")]
#[schemars(transform = drop_description)]
pub enum OCIProvider {
    /// Credentials from `secretRef` or the service account.
    Generic,
    /// AWS ECR workload identity.
    Aws,
    /// Azure ACR workload identity.
    Azure,
    /// Google Artifact Registry workload identity.
    Gcp,
}

/// Signature verification of an OCI artifact.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct OCIRepositoryVerification {
    /// Signing tool.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = "cosign"))]
    pub provider: Option<VerificationProvider>,
    /// Secret with the trusted public keys; keyless verification when empty.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret_ref: Option<LocalObjectReference>,
    /// OIDC identities accepted for keyless signatures; any when empty.
    #[serde(rename = "matchOIDCIdentity", skip_serializing_if = "Option::is_none")]
    pub match_oidc_identity: Option<Vec<OIDCIdentityMatch>>,
    /// Secret with a Sigstore trusted root (`trusted_root.json`) for private infrastructure.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trusted_root_secret_ref: Option<LocalObjectReference>,
}

/// Signature verification of a Helm chart pulled from an OCI registry.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct HelmChartVerification {
    /// Signing tool.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = "cosign"))]
    pub provider: Option<VerificationProvider>,
    /// Secret with the trusted public keys; keyless verification when empty.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret_ref: Option<LocalObjectReference>,
    /// OIDC identities accepted for keyless signatures; any when empty.
    #[serde(rename = "matchOIDCIdentity", skip_serializing_if = "Option::is_none")]
    pub match_oidc_identity: Option<Vec<OIDCIdentityMatch>>,
}

/// Tool that produced the signatures.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "lowercase")]
#[schemars(transform = drop_description)]
pub enum VerificationProvider {
    /// Sigstore cosign.
    Cosign,
    /// Notary Project notation.
    Notation,
}

/// An OIDC identity a keyless signature must carry (both fields are regexes).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq, JsonSchema)]
pub struct OIDCIdentityMatch {
    /// Regex matched against the OIDC issuer.
    pub issuer: String,
    /// Regex matched against the signing identity.
    pub subject: String,
}

/// Observed state of an OCIRepository.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[schemars(extend("default" = {"observedGeneration": -1}))]
pub struct OCIRepositoryStatus {
    /// Last generation reconciled.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub observed_generation: Option<i64>,
    /// Conditions of the object.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conditions: Option<Vec<Condition>>,
    /// Download address of the last artifact.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The artifact of the last successful reconcile.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub artifact: Option<Artifact>,
    /// `spec.ignore` the artifact was built with.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub observed_ignore: Option<String>,
    /// `spec.layerSelector` the artifact was built with.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub observed_layer_selector: Option<OCILayerSelector>,
    /// Last `reconcile.fluxcd.io/requestedAt` value handled.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_handled_reconcile_at: Option<String>,
}
