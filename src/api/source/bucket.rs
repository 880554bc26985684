//! Bucket (`source.toolkit.fluxcd.io/v1`): objects of an S3-compatible, GCS or Azure Blob bucket as an artifact.

use k8s_openapi::apimachinery::pkg::apis::meta::v1::Condition;
use kube::CustomResource;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::api::meta::{
    Artifact, DURATION_PATTERN, LocalObjectReference, TIMEOUT_PATTERN, drop_description,
};

/// Desired state of a Bucket.
// kube's `printcolumn(...)` repeats keys such as `type_` by design.
#[allow(clippy::duplicated_attributes)]
#[derive(CustomResource, Serialize, Deserialize, Clone, Debug, Default, PartialEq, JsonSchema)]
#[kube(
    group = "source.toolkit.fluxcd.io",
    version = "v1",
    kind = "Bucket",
    plural = "buckets",
    singular = "bucket",
    category = "all",
    category = "fluxcd",
    category = "fluxcd-sources",
    namespaced,
    status = "BucketStatus",
    doc = "The objects of a storage bucket, stored as an artifact for the appliers.",
    derive = "PartialEq",
    derive = "Default",
    printcolumn(name = "Endpoint", type_ = "string", json_path = ".spec.endpoint"),
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
    {"rule": "self.provider == 'aws' || self.provider == 'generic' || !has(self.sts)", "message": "STS configuration is only supported for the 'aws' and 'generic' Bucket providers"},
    {"rule": "self.provider != 'aws' || !has(self.sts) || self.sts.provider == 'aws'", "message": "'aws' is the only supported STS provider for the 'aws' Bucket provider"},
    {"rule": "self.provider != 'generic' || !has(self.sts) || self.sts.provider == 'ldap'", "message": "'ldap' is the only supported STS provider for the 'generic' Bucket provider"},
    {"rule": "!has(self.sts) || self.sts.provider != 'aws' || !has(self.sts.secretRef)", "message": "spec.sts.secretRef is not required for the 'aws' STS provider"},
    {"rule": "!has(self.sts) || self.sts.provider != 'aws' || !has(self.sts.certSecretRef)", "message": "spec.sts.certSecretRef is not required for the 'aws' STS provider"},
    {"rule": "self.provider != 'generic' || !has(self.serviceAccountName)", "message": "ServiceAccountName is not supported for the 'generic' Bucket provider"},
    {"rule": "!has(self.secretRef) || !has(self.serviceAccountName)", "message": "cannot set both .spec.secretRef and .spec.serviceAccountName"}
]))]
pub struct BucketSpec {
    /// Storage provider; `generic` is any S3-compatible server.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = "generic"))]
    pub provider: Option<BucketProvider>,
    /// Name of the bucket.
    pub bucket_name: String,
    /// Address of the storage server, without scheme for S3.
    pub endpoint: String,
    /// Security Token Service used for temporary credentials.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sts: Option<BucketSTSSpec>,
    /// Talk plain HTTP to the endpoint.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub insecure: Option<bool>,
    /// Region of the bucket.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// Only fetch objects whose key starts with this prefix.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prefix: Option<String>,
    /// Secret with the credentials (`accesskey`, `secretkey`, …).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret_ref: Option<LocalObjectReference>,
    /// Service account used for workload identity.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_account_name: Option<String>,
    /// Secret with `tls.crt`, `tls.key` and `ca.crt` for the connection.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cert_secret_ref: Option<LocalObjectReference>,
    /// Secret with the proxy `address` (and optional `username`, `password`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub proxy_secret_ref: Option<LocalObjectReference>,
    /// How often to list the bucket.
    #[schemars(pattern(DURATION_PATTERN))]
    pub interval: String,
    /// Timeout of bucket operations.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(pattern(TIMEOUT_PATTERN), extend("default" = "60s"))]
    pub timeout: Option<String>,
    /// Exclusion patterns in .gitignore format; replaces the default exclusions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ignore: Option<String>,
    /// Stop reconciling this object.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suspend: Option<bool>,
}

/// Storage service of a Bucket.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "lowercase")]
#[schemars(transform = drop_description)]
pub enum BucketProvider {
    /// Any S3-compatible server.
    Generic,
    /// Amazon S3.
    Aws,
    /// Google Cloud Storage.
    Gcp,
    /// Azure Blob Storage.
    Azure,
}

/// A Security Token Service issuing temporary bucket credentials.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct BucketSTSSpec {
    /// `aws` or `ldap`.
    #[schemars(extend("enum" = ["aws", "ldap"]))]
    pub provider: String,
    /// Address of the STS.
    #[schemars(pattern(r"^(http|https)://.*$"))]
    pub endpoint: String,
    /// Secret with the STS credentials (ldap).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret_ref: Option<LocalObjectReference>,
    /// Secret with TLS material for the STS connection (ldap).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cert_secret_ref: Option<LocalObjectReference>,
}

/// Observed state of a Bucket.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[schemars(extend("default" = {"observedGeneration": -1}))]
pub struct BucketStatus {
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
    /// Last `reconcile.fluxcd.io/requestedAt` value handled.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_handled_reconcile_at: Option<String>,
}
