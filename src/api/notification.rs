//! `notification.toolkit.fluxcd.io`: Provider and Alert (`v1beta3`, static objects without status) route events to
//! chat, webhooks and Git commit statuses; Receiver (`v1`) turns incoming webhooks into reconcile requests.

use std::collections::BTreeMap;

use k8s_openapi::apimachinery::pkg::apis::meta::v1::Condition;
use kube::CustomResource;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::api::meta::{DURATION_PATTERN, LocalObjectReference, TIMEOUT_PATTERN};

/// Every provider type a Provider accepts (notification-controller v1.9.4's enum: no `zoom`, no `incident.io`).
pub const PROVIDER_TYPES: &[&str] = &[
    "slack",
    "discord",
    "msteams",
    "rocket",
    "generic",
    "generic-hmac",
    "github",
    "gitlab",
    "gitea",
    "giteapullrequestcomment",
    "bitbucketserver",
    "bitbucket",
    "azuredevops",
    "googlechat",
    "googlepubsub",
    "webex",
    "sentry",
    "azureeventhub",
    "telegram",
    "lark",
    "matrix",
    "opsgenie",
    "alertmanager",
    "grafana",
    "githubdispatch",
    "githubpullrequestcomment",
    "gitlabmergerequestcomment",
    "pagerduty",
    "datadog",
    "nats",
    "zulip",
    "otel",
];

/// Every receiver type a Receiver accepts.
pub const RECEIVER_TYPES: &[&str] = &[
    "generic",
    "generic-hmac",
    "generic-oidc",
    "github",
    "gitlab",
    "bitbucket",
    "harbor",
    "dockerhub",
    "quay",
    "gcr",
    "nexus",
    "acr",
    "cdevents",
];

/// Kinds that emit events an Alert can select and a Receiver can annotate.
pub const EVENT_SOURCE_KINDS: &[&str] = &[
    "Bucket",
    "GitRepository",
    "Kustomization",
    "HelmRelease",
    "HelmChart",
    "HelmRepository",
    "ImageRepository",
    "ImagePolicy",
    "ImageUpdateAutomation",
    "OCIRepository",
    "ArtifactGenerator",
    "ExternalArtifact",
];

fn provider_type_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
    schemars::json_schema!({
        "description": "Kind of notification service, e.g. `slack`, `msteams`, `github`, `generic`.",
        "type": "string",
        "enum": PROVIDER_TYPES,
    })
}

fn receiver_type_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
    schemars::json_schema!({
        "description": "Kind of webhook sender, e.g. `github`, `gitlab`, `generic`, `generic-hmac`.",
        "type": "string",
        "enum": RECEIVER_TYPES,
    })
}

fn event_source_kind_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
    schemars::json_schema!({
        "description": "Kind of the referent.",
        "type": "string",
        "enum": EVENT_SOURCE_KINDS,
    })
}

/// Desired state of a Provider.
// kube's `printcolumn(...)` repeats keys such as `type_` by design.
#[allow(clippy::duplicated_attributes)]
#[derive(CustomResource, Serialize, Deserialize, Clone, Debug, Default, PartialEq, JsonSchema)]
#[kube(
    group = "notification.toolkit.fluxcd.io",
    version = "v1beta3",
    kind = "Provider",
    plural = "providers",
    singular = "provider",
    category = "all",
    category = "fluxcd",
    category = "fluxcd-notifications",
    namespaced,
    doc = "A notification service events are sent to: chat, webhook, Git commit status, event bus.",
    derive = "PartialEq",
    derive = "Default",
    printcolumn(
        name = "Age",
        type_ = "date",
        json_path = ".metadata.creationTimestamp"
    )
)]
#[serde(rename_all = "camelCase")]
#[schemars(extend("x-kubernetes-validations" = [
    {"rule": "self.type == 'github' || self.type == 'gitlab' || self.type == 'gitea' || self.type == 'bitbucketserver' || self.type == 'bitbucket' || self.type == 'azuredevops' || !has(self.commitStatusExpr)", "message": "spec.commitStatusExpr is only supported for the 'github', 'gitlab', 'gitea', 'bitbucketserver', 'bitbucket', 'azuredevops' provider types"}
]))]
pub struct ProviderSpec {
    /// Kind of notification service.
    #[serde(rename = "type")]
    #[schemars(schema_with = "provider_type_schema")]
    pub provider_type: String,
    /// Deprecated and ignored.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(pattern(DURATION_PATTERN))]
    pub interval: Option<String>,
    /// Channel, topic or room to post to.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 2048))]
    pub channel: Option<String>,
    /// Name of the bot posting the messages.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 2048))]
    pub username: Option<String>,
    /// Address of the service (webhook URL, API endpoint or repository URL).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 2048))]
    pub address: Option<String>,
    /// Timeout of the requests to the service.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(pattern(TIMEOUT_PATTERN))]
    pub timeout: Option<String>,
    /// Deprecated: HTTP/S proxy address; use `proxySecretRef`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 2048), pattern(r"^(http|https)://.*$"))]
    pub proxy: Option<String>,
    /// Secret with the proxy `address` (and optional `username`, `password`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub proxy_secret_ref: Option<LocalObjectReference>,
    /// Secret with `address`, `token`, `username`, `password` or `headers`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret_ref: Option<LocalObjectReference>,
    /// Service account used for workload identity.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_account_name: Option<String>,
    /// Secret with `ca.crt` (and optional `tls.crt`, `tls.key`) for the connection.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cert_secret_ref: Option<LocalObjectReference>,
    /// Stop sending notifications.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suspend: Option<bool>,
    /// CEL expression computing the commit status identifier (Git providers).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub commit_status_expr: Option<String>,
}

/// Desired state of an Alert.
// kube's `printcolumn(...)` repeats keys such as `type_` by design.
#[allow(clippy::duplicated_attributes)]
#[derive(CustomResource, Serialize, Deserialize, Clone, Debug, Default, PartialEq, JsonSchema)]
#[kube(
    group = "notification.toolkit.fluxcd.io",
    version = "v1beta3",
    kind = "Alert",
    plural = "alerts",
    singular = "alert",
    category = "all",
    category = "fluxcd",
    category = "fluxcd-notifications",
    namespaced,
    doc = "Routes the events of selected Flux objects to a Provider.",
    derive = "PartialEq",
    derive = "Default",
    printcolumn(
        name = "Age",
        type_ = "date",
        json_path = ".metadata.creationTimestamp"
    )
)]
#[serde(rename_all = "camelCase")]
pub struct AlertSpec {
    /// The Provider events are sent to, in the Alert's namespace.
    pub provider_ref: LocalObjectReference,
    /// `info` sends every event, `error` only errors.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("enum" = ["info", "error"], "default" = "info"))]
    pub event_severity: Option<String>,
    /// Objects whose events are sent.
    pub event_sources: Vec<CrossNamespaceObjectReference>,
    /// Regexes an event message must match to be sent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inclusion_list: Option<Vec<String>>,
    /// Metadata added to every event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event_metadata: Option<BTreeMap<String, String>>,
    /// Regexes that drop an event when its message matches.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exclusion_list: Option<Vec<String>>,
    /// Deprecated: use `eventMetadata` with a `summary` key.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 255))]
    pub summary: Option<String>,
    /// Stop sending events.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suspend: Option<bool>,
}

/// Selects Flux objects by kind and name or labels, by default in the referrer's namespace.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct CrossNamespaceObjectReference {
    /// API version of the referent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub api_version: Option<String>,
    /// Kind of the referent.
    #[schemars(schema_with = "event_source_kind_schema")]
    pub kind: String,
    /// Name of the referent, or `*` for all (with `matchLabels`).
    #[schemars(length(min = 1, max = 253))]
    pub name: String,
    /// Namespace of the referent; defaults to the referrer's namespace.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1, max = 253))]
    pub namespace: Option<String>,
    /// Labels the referents must carry when `name` is `*`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub match_labels: Option<BTreeMap<String, String>>,
}

/// Desired state of a Receiver.
// kube's `printcolumn(...)` repeats keys such as `type_` by design.
#[allow(clippy::duplicated_attributes)]
#[derive(CustomResource, Serialize, Deserialize, Clone, Debug, Default, PartialEq, JsonSchema)]
#[kube(
    group = "notification.toolkit.fluxcd.io",
    version = "v1",
    kind = "Receiver",
    plural = "receivers",
    singular = "receiver",
    category = "all",
    category = "fluxcd",
    category = "fluxcd-notifications",
    namespaced,
    status = "ReceiverStatus",
    doc = "A webhook endpoint that requests the reconciliation of Flux objects when called.",
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
    {"rule": "self.type != 'generic-oidc' || (has(self.oidcProviders) && size(self.oidcProviders) > 0)", "message": "spec.oidcProviders must be set for the 'generic-oidc' type"},
    {"rule": "self.type == 'generic-oidc' || !has(self.oidcProviders) || size(self.oidcProviders) == 0", "message": "spec.oidcProviders is only supported for the 'generic-oidc' type"},
    {"rule": "self.type != 'generic-oidc' || !has(self.secretRef)", "message": "spec.secretRef is not supported for the 'generic-oidc' type"},
    {"rule": "self.type == 'generic-oidc' || has(self.secretRef)", "message": "spec.secretRef is required unless the type is 'generic-oidc'"}
]))]
pub struct ReceiverSpec {
    /// Kind of webhook sender.
    #[serde(rename = "type")]
    #[schemars(schema_with = "receiver_type_schema")]
    pub receiver_type: String,
    /// How often to re-check the secret and webhook path.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(pattern(DURATION_PATTERN), extend("default" = "10m"))]
    pub interval: Option<String>,
    /// Event types that trigger a reconcile (for senders that send several).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub events: Option<Vec<String>>,
    /// Objects to reconcile when the webhook is called.
    pub resources: Vec<ReceiverResource>,
    /// CEL expression over `res`, `req` (and `claims`) selecting the resources to reconcile.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource_filter: Option<String>,
    /// Secret with the `token` that authenticates calls and derives the webhook path.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret_ref: Option<LocalObjectReference>,
    /// OIDC issuers whose tokens are accepted (`generic-oidc`).
    #[serde(rename = "oidcProviders", skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-kubernetes-list-type" = "map", "x-kubernetes-list-map-keys" = ["issuerURL"]))]
    pub oidc_providers: Option<Vec<OIDCProvider>>,
    /// Stop handling webhook calls.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suspend: Option<bool>,
}

/// An object a Receiver reconciles, with an optional CEL filter.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ReceiverResource {
    /// API version of the referent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub api_version: Option<String>,
    /// Kind of the referent.
    #[schemars(schema_with = "event_source_kind_schema")]
    pub kind: String,
    /// Name of the referent, or `*` for all (with `matchLabels`).
    #[schemars(length(min = 1, max = 253))]
    pub name: String,
    /// Namespace of the referent; defaults to the Receiver's namespace.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1, max = 253))]
    pub namespace: Option<String>,
    /// Labels the referents must carry when `name` is `*`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub match_labels: Option<BTreeMap<String, String>>,
    /// CEL expression over `res` and `req` deciding whether this resource is reconciled.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub filter: Option<String>,
}

/// An OIDC issuer accepted by a `generic-oidc` Receiver.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct OIDCProvider {
    /// Issuer URL.
    #[serde(rename = "issuerURL")]
    #[schemars(pattern(r"^https?://"))]
    pub issuer_url: String,
    /// Expected audience; defaults to `notification-controller`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub audience: Option<String>,
    /// CEL variables computed from the claims, usable in validations and filters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub variables: Option<Vec<OIDCVariable>>,
    /// CEL rules the token must satisfy.
    #[schemars(length(min = 1))]
    pub validations: Vec<OIDCValidation>,
}

/// A named CEL expression over the token claims.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq, JsonSchema)]
pub struct OIDCVariable {
    /// Variable name.
    pub name: String,
    /// CEL expression.
    pub expression: String,
}

/// A CEL rule the token must satisfy.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq, JsonSchema)]
pub struct OIDCValidation {
    /// CEL expression that must be true.
    pub expression: String,
    /// Message returned when the rule fails.
    pub message: String,
}

/// Observed state of a Receiver.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[schemars(extend("default" = {"observedGeneration": -1}))]
pub struct ReceiverStatus {
    /// Last generation reconciled.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub observed_generation: Option<i64>,
    /// Conditions of the object.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conditions: Option<Vec<Condition>>,
    /// Path of the webhook: `/hook/<sha256>`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub webhook_path: Option<String>,
    /// Last `reconcile.fluxcd.io/requestedAt` value handled.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_handled_reconcile_at: Option<String>,
}
