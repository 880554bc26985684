//! Building blocks shared by several Flux kinds: object references, the source artifact, kustomize patches and
//! selectors, health-check expressions, inventories and schema helpers.

use std::collections::BTreeMap;

use k8s_openapi::apimachinery::pkg::apis::meta::v1::Time;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Go duration accepted by `interval`-like fields (`ms`, `s`, `m`, `h` units), as Flux's CRDs validate it.
pub const DURATION_PATTERN: &str = r"^([0-9]+(\.[0-9]+)?(ms|s|m|h))+$";

/// Go duration accepted by `timeout` fields of the source kinds (no hours), as Flux's CRDs validate it.
pub const TIMEOUT_PATTERN: &str = r"^([0-9]+(\.[0-9]+)?(ms|s|m))+$";

/// Pattern of an artifact digest: `<algorithm>:<encoded>`.
pub const DIGEST_PATTERN: &str = r"^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$";

/// Schema of a free-form field: anything goes and the API server keeps it as written.
pub fn preserve_unknown(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
    schemars::json_schema!({ "x-kubernetes-preserve-unknown-fields": true })
}

/// A file produced by a source controller, served over HTTP to the appliers (`status.artifact`).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Artifact {
    /// Path of the file relative to the storage root: `<kind>/<namespace>/<name>/<file>`.
    pub path: String,
    /// HTTP address the file can be downloaded from.
    pub url: String,
    /// Human-readable revision of the source, e.g. `main@sha1:<commit>`.
    pub revision: String,
    /// Digest of the file, `<algorithm>:<checksum>`.
    #[schemars(pattern(DIGEST_PATTERN))]
    pub digest: String,
    /// When the artifact last changed.
    pub last_update_time: Time,
    /// Size of the file in bytes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size: Option<i64>,
    /// Metadata about the source, e.g. OCI annotations.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<BTreeMap<String, String>>,
}

/// A reference to an object in the same namespace.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq, JsonSchema)]
pub struct LocalObjectReference {
    /// Name of the referent.
    pub name: String,
}

/// A reference to an object, by default in the referrer's namespace.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq, JsonSchema)]
pub struct NamespacedObjectReference {
    /// Name of the referent.
    pub name: String,
    /// Namespace of the referent; defaults to the referrer's namespace.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
}

/// A reference to an object of a given kind, by default in the referrer's namespace.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct NamespacedObjectKindReference {
    /// API version of the referent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub api_version: Option<String>,
    /// Kind of the referent.
    pub kind: String,
    /// Name of the referent.
    pub name: String,
    /// Namespace of the referent; defaults to the referrer's namespace.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
}

/// A reference to a key of a Secret in the same namespace.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq, JsonSchema)]
pub struct SecretKeyReference {
    /// Name of the Secret.
    pub name: String,
    /// Key in the Secret; when empty a kind-specific default is used.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
}

/// Where to find the kubeconfig of a remote cluster: a Secret key or a workload-identity ConfigMap.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[schemars(extend("x-kubernetes-validations" = [
    {"rule": "has(self.configMapRef) || has(self.secretRef)", "message": "exactly one of spec.kubeConfig.configMapRef or spec.kubeConfig.secretRef must be specified"},
    {"rule": "!has(self.configMapRef) || !has(self.secretRef)", "message": "exactly one of spec.kubeConfig.configMapRef or spec.kubeConfig.secretRef must be specified"}
]))]
pub struct KubeConfigReference {
    /// ConfigMap holding the workload-identity settings of the remote cluster.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub config_map_ref: Option<LocalObjectReference>,
    /// Secret holding a kubeconfig (key `value` or `value.yaml` by default).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret_ref: Option<SecretKeyReference>,
}

/// A dependency on another object of the same kind, ready when its Ready condition is True or `readyExpr` holds.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct DependencyReference {
    /// Name of the dependency.
    pub name: String,
    /// Namespace of the dependency; defaults to the dependent's namespace.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    /// CEL expression over `self` and `dep` deciding readiness instead of the Ready condition.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ready_expr: Option<String>,
}

/// Namespaces allowed to reference an object from another namespace.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct AccessFrom {
    /// Label selectors of the namespaces granted access.
    pub namespace_selectors: Vec<NamespaceSelector>,
}

/// Selects namespaces by labels.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct NamespaceSelector {
    /// Labels the namespace must carry.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub match_labels: Option<BTreeMap<String, String>>,
}

/// Labels and annotations stamped on generated objects.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq, JsonSchema)]
pub struct CommonMetadata {
    /// Annotations to add.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub annotations: Option<BTreeMap<String, String>>,
    /// Labels to add.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub labels: Option<BTreeMap<String, String>>,
}

/// Selects objects like a kustomize patch target (every field is optional; names are regexes).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Selector {
    /// API group of the objects.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// API version of the objects.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// Kind of the objects.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Name of the objects (regex).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Namespace of the objects (regex).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    /// Annotation selector the objects must match.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub annotation_selector: Option<String>,
    /// Label selector the objects must match.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label_selector: Option<String>,
}

/// A strategic-merge or JSON6902 patch applied to the selected objects.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq, JsonSchema)]
pub struct Patch {
    /// The patch, as YAML or JSON text.
    pub patch: String,
    /// Objects to patch; by default the patch names its target itself.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<Selector>,
}

/// Overrides the name, tag or digest of a container image.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Image {
    /// Image name to match.
    pub name: String,
    /// New image name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new_name: Option<String>,
    /// New tag.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new_tag: Option<String>,
    /// Digest to pin; takes precedence over the tag.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub digest: Option<String>,
}

/// CEL expressions computing the health of a custom resource kind.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct HealthCheckExpression {
    /// API version (group matched, version ignored) of the resources.
    pub api_version: String,
    /// Kind of the resources; empty matches every kind of the group.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// CEL expression true when the resource is healthy.
    pub current: String,
    /// CEL expression true while the resource is still progressing.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub in_progress: Option<String>,
    /// CEL expression true when the resource failed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub failed: Option<String>,
}

/// JSON pointers ignored when detecting drift on the selected objects.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq, JsonSchema)]
pub struct IgnoreRule {
    /// JSON pointers (RFC 6901) of the ignored fields.
    pub paths: Vec<String>,
    /// Objects the rule applies to; all when empty.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<Selector>,
}

/// The objects an applier created, for garbage collection (`status.inventory`).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq, JsonSchema)]
pub struct ResourceInventory {
    /// One entry per object.
    pub entries: Vec<ResourceRef>,
}

/// One inventory entry.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq, JsonSchema)]
pub struct ResourceRef {
    /// `<namespace>_<name>_<group>_<kind>` of the object (core group empty).
    pub id: String,
    /// API version of the object.
    pub v: String,
}

/// Drops a type's own description so the description of the field using it wins in the CRD (used on enums).
pub fn drop_description(schema: &mut schemars::Schema) {
    schema.remove("description");
}
