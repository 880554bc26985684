//! `image.toolkit.fluxcd.io/v1`: ImageRepository scans a registry's tags, ImagePolicy picks the latest one, and
//! ImageUpdateAutomation writes the picks into Git.

use std::collections::BTreeMap;

use k8s_openapi::apimachinery::pkg::apis::meta::v1::{Condition, LabelSelector, Time};
use kube::CustomResource;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::api::meta::{AccessFrom, DURATION_PATTERN, LocalObjectReference, TIMEOUT_PATTERN};
use crate::api::source::{GitRepositoryRef, OCIProvider};

/// Desired state of an ImageRepository.
// kube's `printcolumn(...)` repeats keys such as `type_` by design.
#[allow(clippy::duplicated_attributes)]
#[derive(CustomResource, Serialize, Deserialize, Clone, Debug, Default, PartialEq, JsonSchema)]
#[kube(
    group = "image.toolkit.fluxcd.io",
    version = "v1",
    kind = "ImageRepository",
    plural = "imagerepositories",
    singular = "imagerepository",
    shortname = "imgrepo",
    shortname = "imagerepo",
    category = "all",
    category = "fluxcd",
    category = "fluxcd-images",
    namespaced,
    status = "ImageRepositoryStatus",
    doc = "A container image repository whose tags are scanned periodically.",
    derive = "PartialEq",
    derive = "Default",
    printcolumn(name = "Image", type_ = "string", json_path = ".spec.image"),
    printcolumn(
        name = "Tags",
        type_ = "string",
        json_path = ".status.lastScanResult.tagCount"
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
    ),
    printcolumn(
        name = "Last scan",
        type_ = "string",
        json_path = ".status.lastScanResult.scanTime",
        priority = 1
    ),
    printcolumn(
        name = "Age",
        type_ = "date",
        json_path = ".metadata.creationTimestamp"
    )
)]
#[serde(rename_all = "camelCase")]
pub struct ImageRepositorySpec {
    /// Image repository to scan, without tag.
    pub image: String,
    /// How often to scan the tags.
    #[schemars(pattern(DURATION_PATTERN))]
    pub interval: String,
    /// Timeout of a scan.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(pattern(TIMEOUT_PATTERN))]
    pub timeout: Option<String>,
    /// Secret of type `kubernetes.io/dockerconfigjson` with registry credentials.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret_ref: Option<LocalObjectReference>,
    /// Secret with the proxy `address` (and optional `username`, `password`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub proxy_secret_ref: Option<LocalObjectReference>,
    /// Service account whose image pull secrets authenticate to the registry.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 253))]
    pub service_account_name: Option<String>,
    /// Secret with `tls.crt`, `tls.key` and `ca.crt` for the registry connection.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cert_secret_ref: Option<LocalObjectReference>,
    /// Stop scanning.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suspend: Option<bool>,
    /// Namespaces whose ImagePolicies may use this repository.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub access_from: Option<AccessFrom>,
    /// Regexes of tags to ignore.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 25), extend("default" = ["^.*\\.sig$"]))]
    pub exclusion_list: Option<Vec<String>>,
    /// Registry authentication provider; `generic` uses `secretRef`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = "generic"))]
    pub provider: Option<OCIProvider>,
    /// Talk plain HTTP to the registry.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub insecure: Option<bool>,
}

/// Observed state of an ImageRepository.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[schemars(extend("default" = {"observedGeneration": -1}))]
pub struct ImageRepositoryStatus {
    /// Last generation reconciled.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub observed_generation: Option<i64>,
    /// Conditions of the object.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conditions: Option<Vec<Condition>>,
    /// Fully qualified image name, e.g. `docker.io/library/alpine`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub canonical_image_name: Option<String>,
    /// Result of the last scan.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_scan_result: Option<ScanResult>,
    /// `spec.exclusionList` of the last scan.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub observed_exclusion_list: Option<Vec<String>>,
    /// Last `reconcile.fluxcd.io/requestedAt` value handled.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_handled_reconcile_at: Option<String>,
}

/// Summary of a tag scan.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ScanResult {
    /// Digest of the tag list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub revision: Option<String>,
    /// Number of tags found.
    pub tag_count: i64,
    /// When the scan ran.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scan_time: Option<Time>,
    /// Up to ten most recent tags, sorted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub latest_tags: Option<Vec<String>>,
}

/// Desired state of an ImagePolicy.
// kube's `printcolumn(...)` repeats keys such as `type_` by design.
#[allow(clippy::duplicated_attributes)]
#[derive(CustomResource, Serialize, Deserialize, Clone, Debug, Default, PartialEq, JsonSchema)]
#[kube(
    group = "image.toolkit.fluxcd.io",
    version = "v1",
    kind = "ImagePolicy",
    plural = "imagepolicies",
    singular = "imagepolicy",
    shortname = "imgpol",
    shortname = "imagepol",
    category = "all",
    category = "fluxcd",
    category = "fluxcd-images",
    namespaced,
    status = "ImagePolicyStatus",
    doc = "Picks the latest image tag of an ImageRepository by semver, alphabetical or numerical order.",
    derive = "PartialEq",
    derive = "Default",
    printcolumn(name = "Image", type_ = "string", json_path = ".status.latestRef.name"),
    printcolumn(name = "Tag", type_ = "string", json_path = ".status.latestRef.tag"),
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
#[schemars(extend("x-kubernetes-validations" = [
    {"rule": "!has(self.interval) || (has(self.digestReflectionPolicy) && self.digestReflectionPolicy == 'Always')", "message": "spec.interval is only accepted when spec.digestReflectionPolicy is set to 'Always'"},
    {"rule": "has(self.interval) || !has(self.digestReflectionPolicy) || self.digestReflectionPolicy != 'Always'", "message": "spec.interval must be set when spec.digestReflectionPolicy is set to 'Always'"}
]))]
pub struct ImagePolicySpec {
    /// The ImageRepository whose tags are considered.
    pub image_repository_ref: crate::api::meta::NamespacedObjectReference,
    /// Ordering rule picking the latest tag.
    pub policy: ImagePolicyChoice,
    /// Filters the tags before ordering.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub filter_tags: Option<TagFilter>,
    /// When to look up the digest of the picked tag: `Never`, `IfNotPresent` or `Always`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("enum" = ["Always", "IfNotPresent", "Never"], "default" = "Never"))]
    pub digest_reflection_policy: Option<String>,
    /// How often to re-resolve the digest (only with `Always`).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(pattern(DURATION_PATTERN))]
    pub interval: Option<String>,
    /// Stop reconciling this object.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suspend: Option<bool>,
}

/// Exactly one ordering rule.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq, JsonSchema)]
pub struct ImagePolicyChoice {
    /// Highest version within a semver range.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub semver: Option<SemVerPolicy>,
    /// Last tag in alphabetical order.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alphabetical: Option<OrderPolicy>,
    /// Last tag in numerical order.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub numerical: Option<OrderPolicy>,
}

/// Semver ordering.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq, JsonSchema)]
pub struct SemVerPolicy {
    /// SemVer range the tags must satisfy.
    pub range: String,
}

/// Alphabetical or numerical ordering.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq, JsonSchema)]
pub struct OrderPolicy {
    /// `asc` picks the last tag, `desc` the first.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("enum" = ["asc", "desc"], "default" = "asc"))]
    pub order: Option<String>,
}

/// Tag filter applied before ordering.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq, JsonSchema)]
pub struct TagFilter {
    /// Regex the tags must match.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pattern: Option<String>,
    /// Replacement (e.g. `$ts`) extracting the part of the tag that is ordered.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub extract: Option<String>,
}

/// Observed state of an ImagePolicy.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[schemars(extend("default" = {"observedGeneration": -1}))]
pub struct ImagePolicyStatus {
    /// Last generation reconciled.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub observed_generation: Option<i64>,
    /// Conditions of the object.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conditions: Option<Vec<Condition>>,
    /// The image picked by the policy.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub latest_ref: Option<ImageRef>,
    /// The image picked before the last change.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub observed_previous_ref: Option<ImageRef>,
    /// Last `reconcile.fluxcd.io/requestedAt` value handled.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_handled_reconcile_at: Option<String>,
}

/// An image name with its tag and, when reflected, digest.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq, JsonSchema)]
pub struct ImageRef {
    /// Image name.
    pub name: String,
    /// Tag.
    pub tag: String,
    /// Digest of the tag.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub digest: Option<String>,
}

/// Desired state of an ImageUpdateAutomation.
// kube's `printcolumn(...)` repeats keys such as `type_` by design.
#[allow(clippy::duplicated_attributes)]
#[derive(CustomResource, Serialize, Deserialize, Clone, Debug, Default, PartialEq, JsonSchema)]
#[kube(
    group = "image.toolkit.fluxcd.io",
    version = "v1",
    kind = "ImageUpdateAutomation",
    plural = "imageupdateautomations",
    singular = "imageupdateautomation",
    shortname = "iua",
    shortname = "imgupd",
    shortname = "imgauto",
    category = "all",
    category = "fluxcd",
    category = "fluxcd-images",
    namespaced,
    status = "ImageUpdateAutomationStatus",
    doc = "Writes the images picked by ImagePolicies into the manifests of a Git repository and pushes a commit.",
    derive = "PartialEq",
    derive = "Default",
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
        name = "Last run",
        type_ = "string",
        json_path = ".status.lastAutomationRunTime",
        priority = 1
    ),
    printcolumn(
        name = "Age",
        type_ = "date",
        json_path = ".metadata.creationTimestamp"
    )
)]
#[serde(rename_all = "camelCase")]
pub struct ImageUpdateAutomationSpec {
    /// The GitRepository to update.
    pub source_ref: AutomationSourceReference,
    /// Checkout, commit and push settings.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub git: Option<GitSpec>,
    /// How often to run the automation.
    #[schemars(pattern(DURATION_PATTERN))]
    pub interval: String,
    /// Selects the ImagePolicies used; all in the namespace when empty.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-kubernetes-map-type" = "atomic"))]
    pub policy_selector: Option<LabelSelector>,
    /// How the manifests are updated.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = {"strategy": "Setters"}))]
    pub update: Option<UpdateStrategy>,
    /// Stop running the automation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suspend: Option<bool>,
}

/// The Git source of an automation.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct AutomationSourceReference {
    /// API version of the source.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub api_version: Option<String>,
    /// Kind of the source; only `GitRepository`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("enum" = ["GitRepository"], "default" = "GitRepository"))]
    pub kind: Option<String>,
    /// Name of the source.
    pub name: String,
    /// Namespace of the source; defaults to the automation's namespace.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
}

/// Git settings of an automation.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq, JsonSchema)]
pub struct GitSpec {
    /// Ref to check out instead of the GitRepository's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub checkout: Option<GitCheckoutSpec>,
    /// Author, signature and message of the commits.
    pub commit: CommitSpec,
    /// Where to push; the checked-out branch when empty.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub push: Option<PushSpec>,
}

/// The ref an automation checks out.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq, JsonSchema)]
pub struct GitCheckoutSpec {
    /// Git reference to check out.
    #[serde(rename = "ref")]
    pub reference: GitRepositoryRef,
}

/// How commits are made.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct CommitSpec {
    /// Author of the commits.
    pub author: CommitUser,
    /// Key signing the commits.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub signing_key: Option<SigningKey>,
    /// Go template of the commit message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message_template: Option<String>,
    /// Values available to the message template as `.Values`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message_template_values: Option<BTreeMap<String, String>>,
}

/// A commit author.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq, JsonSchema)]
pub struct CommitUser {
    /// Name of the author.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Email of the author.
    pub email: String,
}

/// A key signing commits.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct SigningKey {
    /// Secret with the private key (`git.asc` for gpg, `identity` for ssh).
    pub secret_ref: LocalObjectReference,
    /// `gpg` or `ssh`.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    #[schemars(extend("enum" = ["gpg", "ssh"]))]
    pub key_type: Option<String>,
}

/// Where commits are pushed.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq, JsonSchema)]
pub struct PushSpec {
    /// Branch to push to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub branch: Option<String>,
    /// Refspec to push, e.g. to open a review.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub refspec: Option<String>,
    /// Git push options.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub options: Option<BTreeMap<String, String>>,
}

/// How manifests are updated.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq, JsonSchema)]
pub struct UpdateStrategy {
    /// Only `Setters`: rewrite fields marked with `# {"$imagepolicy": ...}` comments.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("enum" = ["Setters"], "default" = "Setters"))]
    pub strategy: Option<String>,
    /// Directory to update; the repository root when empty.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
}

/// Observed state of an ImageUpdateAutomation.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[schemars(extend("default" = {"observedGeneration": -1}))]
pub struct ImageUpdateAutomationStatus {
    /// Last generation reconciled.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub observed_generation: Option<i64>,
    /// Conditions of the object.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conditions: Option<Vec<Condition>>,
    /// When the automation last ran.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_automation_run_time: Option<Time>,
    /// SHA of the last pushed commit.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_push_commit: Option<String>,
    /// When the last commit was pushed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_push_time: Option<Time>,
    /// Images of the policies used by the last run, by policy name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub observed_policies: Option<BTreeMap<String, ImageRef>>,
    /// Source revision the last run worked on.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub observed_source_revision: Option<String>,
    /// Last `reconcile.fluxcd.io/requestedAt` value handled.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_handled_reconcile_at: Option<String>,
}
