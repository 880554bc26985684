//! GitRepository (`source.toolkit.fluxcd.io/v1`): a Git repository fetched at a ref and packaged as an artifact.

use kube::CustomResource;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use k8s_openapi::apimachinery::pkg::apis::meta::v1::Condition;

use crate::api::meta::{
    Artifact, DURATION_PATTERN, LocalObjectReference, TIMEOUT_PATTERN, drop_description,
};

/// Desired state of a GitRepository.
// kube's `printcolumn(...)` repeats keys such as `type_` by design.
#[allow(clippy::duplicated_attributes)]
#[derive(CustomResource, Serialize, Deserialize, Clone, Debug, Default, PartialEq, JsonSchema)]
#[kube(
    group = "source.toolkit.fluxcd.io",
    version = "v1",
    kind = "GitRepository",
    plural = "gitrepositories",
    singular = "gitrepository",
    shortname = "gitrepo",
    category = "all",
    category = "fluxcd",
    category = "fluxcd-sources",
    namespaced,
    status = "GitRepositoryStatus",
    doc = "A Git repository fetched at a ref and stored as an artifact for the appliers.",
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
#[schemars(extend("x-kubernetes-validations" = [
    {"rule": "!has(self.serviceAccountName) || (has(self.provider) && (self.provider == 'azure' || self.provider == 'aws'))", "message": "serviceAccountName can only be set when provider is 'azure' or 'aws'"}
]))]
pub struct GitRepositorySpec {
    /// Repository URL: `http(s)://` or `ssh://`.
    #[schemars(pattern(r"^(http|https|ssh)://.*$"))]
    pub url: String,
    /// Secret with the credentials (basic auth, bearer token, TLS or SSH keys).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret_ref: Option<LocalObjectReference>,
    /// Authentication provider; `generic` uses `secretRef`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub provider: Option<GitProvider>,
    /// Service account used for workload identity (aws, azure).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_account_name: Option<String>,
    /// How often to check the repository for changes.
    #[schemars(pattern(DURATION_PATTERN))]
    pub interval: String,
    /// Timeout of Git operations.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(pattern(TIMEOUT_PATTERN), extend("default" = "60s"))]
    pub timeout: Option<String>,
    /// Git reference to check out; defaults to the `master` branch.
    #[serde(rename = "ref", skip_serializing_if = "Option::is_none")]
    pub reference: Option<GitRepositoryRef>,
    /// Verify the signature of the commit or tag.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verify: Option<GitRepositoryVerification>,
    /// Secret with the proxy `address` (and optional `username`, `password`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub proxy_secret_ref: Option<LocalObjectReference>,
    /// Exclusion patterns in .gitignore format; replaces the default exclusions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ignore: Option<String>,
    /// Stop reconciling this object.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suspend: Option<bool>,
    /// Check out Git submodules recursively.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recurse_submodules: Option<bool>,
    /// Artifacts of other GitRepositories to include in this one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub include: Option<Vec<GitRepositoryInclude>>,
    /// Directories to check out (sparse checkout); everything when empty.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sparse_checkout: Option<Vec<String>>,
}

/// Who authenticates to the Git server.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "lowercase")]
#[schemars(transform = drop_description)]
pub enum GitProvider {
    /// Credentials from `secretRef`.
    Generic,
    /// AWS workload identity (CodeCommit).
    Aws,
    /// Azure workload identity (Azure DevOps).
    Azure,
    /// GitHub App credentials from `secretRef`.
    Github,
}

/// A Git reference; precedence is commit, name, semver, tag, branch.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq, JsonSchema)]
pub struct GitRepositoryRef {
    /// Branch to check out.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub branch: Option<String>,
    /// Tag to check out.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    /// SemVer range matched against tags.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub semver: Option<String>,
    /// Full reference name, e.g. `refs/pull/420/head`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Commit SHA to check out.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub commit: Option<String>,
}

/// Signature verification of a Git commit or tag.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct GitRepositoryVerification {
    /// What to verify.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = "HEAD"))]
    pub mode: Option<GitVerificationMode>,
    /// Secret with the trusted PGP (`*.asc`) or SSH (`*.sshpub`) public keys.
    pub secret_ref: LocalObjectReference,
}

/// Which Git object's signature is verified.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, JsonSchema)]
#[schemars(transform = drop_description)]
pub enum GitVerificationMode {
    /// The commit HEAD points to (legacy spelling).
    #[serde(rename = "head")]
    HeadLegacy,
    /// The commit HEAD points to.
    #[serde(rename = "HEAD")]
    Head,
    /// The tag the ref points to.
    Tag,
    /// Both the tag and the commit.
    TagAndHEAD,
}

/// Another GitRepository's artifact copied into this one.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct GitRepositoryInclude {
    /// The GitRepository to include.
    pub repository: LocalObjectReference,
    /// Path to copy from the included artifact; the root when empty.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from_path: Option<String>,
    /// Destination path; the included repository's name when empty.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to_path: Option<String>,
}

/// Observed state of a GitRepository.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[schemars(extend("default" = {"observedGeneration": -1}))]
pub struct GitRepositoryStatus {
    /// Last generation reconciled.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub observed_generation: Option<i64>,
    /// Conditions of the object.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conditions: Option<Vec<Condition>>,
    /// The artifact of the last successful reconcile.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub artifact: Option<Artifact>,
    /// Artifacts of the included repositories.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub included_artifacts: Option<Vec<Artifact>>,
    /// `spec.ignore` the artifact was built with.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub observed_ignore: Option<String>,
    /// `spec.recurseSubmodules` the artifact was built with.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub observed_recurse_submodules: Option<bool>,
    /// `spec.include` the artifact was built with.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub observed_include: Option<Vec<GitRepositoryInclude>>,
    /// `spec.sparseCheckout` the artifact was built with.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub observed_sparse_checkout: Option<Vec<String>>,
    /// Verification mode used for the last verified revision.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_verification_mode: Option<String>,
    /// Last `reconcile.fluxcd.io/requestedAt` value handled.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_handled_reconcile_at: Option<String>,
}
