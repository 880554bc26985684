//! Flux's event as its controllers send it to notification-controller (`event.toolkit.fluxcd.io` v1beta1 JSON):
//! the involved object, a severity, reason, message and group-prefixed metadata such as
//! `kustomize.toolkit.fluxcd.io/revision`.

use std::collections::BTreeMap;

use k8s_openapi::api::core::v1::ObjectReference;
use serde::{Deserialize, Serialize};

/// API group of the event metadata keys that objects carry as annotations (`event.toolkit.fluxcd.io/<key>`).
pub const EVENT_GROUP: &str = "event.toolkit.fluxcd.io";
/// Severity of informational events (Kubernetes `Normal`).
pub const SEVERITY_INFO: &str = "info";
/// Severity of failures (Kubernetes `Warning`).
pub const SEVERITY_ERROR: &str = "error";
/// Severity of events only meant for the Kubernetes event log; never forwarded.
pub const SEVERITY_TRACE: &str = "trace";

/// Metadata key of the revision an event is about.
pub const META_REVISION: &str = "revision";
/// Metadata key of the origin revision (the source's upstream revision).
pub const META_ORIGIN_REVISION: &str = "originRevision";
/// Metadata key of a token that makes otherwise identical events distinct for the rate limit.
pub const META_TOKEN: &str = "token";
/// Metadata key of a checksum, dropped on receipt.
pub const META_CHECKSUM: &str = "checksum";
/// Metadata key of a digest, dropped on receipt.
pub const META_DIGEST: &str = "digest";
/// Metadata key of the commit a commit status is written on.
pub const META_COMMIT: &str = "commit";
/// Metadata key marking an event as a commit status update.
pub const META_COMMIT_STATUS: &str = "commit_status";
/// The value of [`META_COMMIT_STATUS`] that marks an update.
pub const META_COMMIT_STATUS_UPDATE: &str = "update";
/// Metadata key of the change request (pull/merge request) a comment goes to.
pub const META_CHANGE_REQUEST: &str = "change_request";

/// One event, as the HTTP events endpoint receives it and providers are given it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Event {
    /// The object the event is about.
    pub involved_object: ObjectReference,
    /// `info`, `error` or `trace`.
    #[serde(default)]
    pub severity: String,
    /// When it happened (RFC 3339).
    #[serde(default)]
    pub timestamp: String,
    /// Human-readable description.
    #[serde(default)]
    pub message: String,
    /// PascalCase reason, e.g. `ReconciliationSucceeded`.
    #[serde(default)]
    pub reason: String,
    /// Group-prefixed metadata (after routing: the combined metadata with prefixes stripped).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub metadata: BTreeMap<String, String>,
    /// The controller that emitted the event, e.g. `kustomize-controller`.
    #[serde(default)]
    pub reporting_controller: String,
    /// The instance (host) that emitted it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reporting_instance: String,
}

impl Event {
    /// Kind of the involved object.
    pub fn kind(&self) -> &str {
        self.involved_object.kind.as_deref().unwrap_or_default()
    }

    /// Name of the involved object.
    pub fn name(&self) -> &str {
        self.involved_object.name.as_deref().unwrap_or_default()
    }

    /// Namespace of the involved object.
    pub fn namespace(&self) -> &str {
        self.involved_object
            .namespace
            .as_deref()
            .unwrap_or_default()
    }

    /// API group of the involved object (`""` for the core group).
    pub fn group(&self) -> &str {
        let api_version = self.involved_object.api_version.as_deref().unwrap_or("");
        match api_version.split_once('/') {
            Some((group, _)) => group,
            None => "",
        }
    }

    /// The value of `<involved object's group>/<key>` in the metadata as it arrived.
    pub fn object_metadata(&self, key: &str) -> Option<&str> {
        self.metadata
            .get(&format!("{}/{key}", self.group()))
            .map(String::as_str)
    }

    /// The revision of the event after routing (metadata keys stripped of their prefixes): `commit`, else
    /// `originRevision`, else `revision`, as Flux looks it up.
    pub fn revision(&self) -> Option<&str> {
        [META_COMMIT, META_ORIGIN_REVISION, META_REVISION]
            .iter()
            .find_map(|k| self.metadata.get(*k))
            .map(String::as_str)
    }

    /// `kind/namespace/name` of the involved object, as Flux writes it in its messages.
    pub fn object_string(&self) -> String {
        format!("{}/{}/{}", self.kind(), self.namespace(), self.name())
    }

    /// Drops the metadata no Alert may see: keys outside the event group and the involved object's group,
    /// and the object's `checksum` and `digest` (done on receipt, as Flux's event server does).
    pub fn clean_metadata(&mut self) {
        let object_prefix = format!("{}/", self.group());
        let event_prefix = format!("{EVENT_GROUP}/");
        let excluded = [
            format!("{object_prefix}{META_CHECKSUM}"),
            format!("{object_prefix}{META_DIGEST}"),
        ];
        self.metadata.retain(|k, _| {
            !excluded.iter().any(|x| x.eq_ignore_ascii_case(k))
                && (k.starts_with(&event_prefix) || k.starts_with(&object_prefix))
        });
    }
}

/// The commit SHA in a Flux revision: `main@sha1:<hex>`, `sha1:<hex>`, `main/<hex>` (the pre-2.0 form) or a bare
/// 40/64-character hex string. `None` when the revision names no commit (an OCI digest is `sha256:` of a
/// manifest, not a commit; Flux rejects it too).
pub fn commit_sha(revision: &str) -> Option<String> {
    let tail = revision.rsplit('@').next().unwrap_or(revision);
    let hex = if let Some(h) = tail.strip_prefix("sha1:") {
        h
    } else if let Some(h) = tail.strip_prefix("sha256:") {
        h
    } else if let Some((_, h)) = tail.rsplit_once('/') {
        h
    } else {
        tail
    };
    let valid = (hex.len() == 40 || hex.len() == 64) && hex.bytes().all(|b| b.is_ascii_hexdigit());
    valid.then(|| hex.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(api_version: &str, meta: &[(&str, &str)]) -> Event {
        Event {
            involved_object: ObjectReference {
                api_version: Some(api_version.into()),
                kind: Some("Kustomization".into()),
                name: Some("apps".into()),
                namespace: Some("flux-system".into()),
                ..Default::default()
            },
            metadata: meta
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            ..Default::default()
        }
    }

    #[test]
    fn commit_sha_reads_every_revision_form() {
        let sha = "0123456789abcdef0123456789abcdef01234567";
        assert_eq!(
            commit_sha(&format!("main@sha1:{sha}")).as_deref(),
            Some(sha)
        );
        assert_eq!(commit_sha(&format!("sha1:{sha}")).as_deref(), Some(sha));
        assert_eq!(commit_sha(&format!("main/{sha}")).as_deref(), Some(sha));
        assert_eq!(commit_sha(sha).as_deref(), Some(sha));
        assert_eq!(commit_sha("v1.0.0"), None);
        assert_eq!(commit_sha("main@sha1:xyz"), None);
    }

    #[test]
    fn cleaning_keeps_only_the_object_and_event_groups_without_checksums() {
        let mut e = event(
            "kustomize.toolkit.fluxcd.io/v1",
            &[
                ("kustomize.toolkit.fluxcd.io/revision", "main@sha1:abc"),
                ("kustomize.toolkit.fluxcd.io/checksum", "x"),
                ("event.toolkit.fluxcd.io/env", "prod"),
                ("other.io/key", "dropped"),
            ],
        );
        e.clean_metadata();
        let keys: Vec<&str> = e.metadata.keys().map(String::as_str).collect();
        assert_eq!(
            keys,
            [
                "event.toolkit.fluxcd.io/env",
                "kustomize.toolkit.fluxcd.io/revision"
            ]
        );
    }

    #[test]
    fn the_event_json_uses_fluxs_field_names() {
        let e = event("kustomize.toolkit.fluxcd.io/v1", &[]);
        let json = serde_json::to_value(&e).unwrap_or_default();
        assert!(json.get("involvedObject").is_some());
        assert!(json.get("reportingController").is_some());
        assert!(json.get("metadata").is_none(), "empty metadata is omitted");
    }
}
