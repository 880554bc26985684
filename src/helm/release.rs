//! Helm's release record (`helm.sh/helm/v4/pkg/release/v1.Release`) as it is stored: the JSON Helm writes,
//! gzipped and base64-encoded into a Secret. Reading and writing the same format is what lets the real `helm`
//! list, inspect and roll back our releases, and lets Flux's helm-controller take them over.

use std::collections::BTreeMap;
use std::io::{Read, Write};

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use flate2::Compression;
use flate2::read::GzDecoder;
use flate2::write::GzEncoder;
use k8s_openapi::jiff::Timestamp;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// The gzip magic bytes: Helm stores releases gzipped, but reads plain JSON too.
const GZIP_MAGIC: [u8; 3] = [0x1f, 0x8b, 0x08];

/// A release's state (`common.Status`).
pub mod status {
    pub const DEPLOYED: &str = "deployed";
    pub const FAILED: &str = "failed";
    pub const SUPERSEDED: &str = "superseded";
    pub const UNINSTALLED: &str = "uninstalled";
    pub const UNINSTALLING: &str = "uninstalling";
    pub const PENDING_INSTALL: &str = "pending-install";
    pub const PENDING_UPGRADE: &str = "pending-upgrade";
    pub const PENDING_ROLLBACK: &str = "pending-rollback";

    /// A release left in one of these by an interrupted action blocks the next one until unlocked.
    pub fn is_pending(s: &str) -> bool {
        matches!(s, PENDING_INSTALL | PENDING_UPGRADE | PENDING_ROLLBACK)
    }
}

/// One release revision.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Release {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub info: Option<Info>,
    /// The chart as Helm serialises it (metadata, lock, templates, values, schema, files). Kept as JSON: the
    /// release only carries it for `helm get` and rollbacks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chart: Option<Value>,
    /// The user-supplied values (not the chart defaults).
    #[serde(default, skip_serializing_if = "Map::is_empty")]
    pub config: Map<String, Value>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub manifest: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hooks: Vec<Hook>,
    #[serde(default)]
    pub version: i64,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub namespace: String,
    /// `ssa` or `csa` (Helm v4): how the objects were applied, reused by upgrades in `auto` mode.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub apply_method: String,
}

/// `release.Info`. Times are kept as the RFC 3339 text Go wrote (or we wrote in Go's format), so a record
/// read and written again is unchanged byte for byte.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Info {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_deployed: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_deployed: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deleted: Option<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub status: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
}

/// `release.Hook`: a hook object of the release and its last run.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Hook {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub kind: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub path: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub manifest: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<String>,
    #[serde(default)]
    pub last_run: HookExecution,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub weight: i64,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub delete_policies: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub output_log_policies: Vec<String>,
}

fn is_zero(n: &i64) -> bool {
    *n == 0
}

impl Hook {
    /// Whether the hook runs on `event` (`pre-install`, `test`, …).
    pub fn runs_on(&self, event: &str) -> bool {
        self.events.iter().any(|e| e == event)
    }
}

/// `release.HookExecution`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct HookExecution {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completed_at: Option<String>,
    #[serde(default)]
    pub phase: String,
}

/// Why a stored record could not be read.
#[derive(Debug, thiserror::Error)]
pub enum DecodeError {
    #[error("release data is not base64: {0}")]
    Base64(#[source] base64::DecodeError),
    #[error("release data is not gzip: {0}")]
    Gzip(#[source] std::io::Error),
    #[error("release data is not a release record: {0}")]
    Json(#[source] serde_json::Error),
}

impl Release {
    /// The status of this revision (`""` when the record has no info).
    pub fn status(&self) -> &str {
        self.info.as_ref().map(|i| i.status.as_str()).unwrap_or("")
    }

    /// `chart.metadata`, or an empty object.
    pub fn chart_metadata(&self) -> Map<String, Value> {
        self.chart
            .as_ref()
            .and_then(|c| c.get("metadata"))
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default()
    }

    /// `chart.metadata.<key>` as text.
    pub fn chart_field(&self, key: &str) -> String {
        self.chart_metadata()
            .get(key)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string()
    }

    /// The value of the Secret's `release` key: base64 of the gzipped JSON, as Helm's Secret driver writes.
    /// (The Secret's `data` encodes it once more, as for any Secret.)
    pub fn encode(&self) -> String {
        let json = serde_json::to_vec(self).unwrap_or_default();
        let mut gz = GzEncoder::new(Vec::new(), Compression::best());
        // Writing to a Vec cannot fail.
        let _ = gz.write_all(&json);
        let bytes = gz.finish().unwrap_or_default();
        STANDARD.encode(bytes)
    }

    /// Reads a record from a Secret's `release` value (base64 text; gzipped or plain JSON inside).
    pub fn decode(text: &[u8]) -> Result<Release, DecodeError> {
        let raw = STANDARD.decode(text).map_err(DecodeError::Base64)?;
        let json = if raw.starts_with(&GZIP_MAGIC) {
            let mut out = Vec::new();
            GzDecoder::new(raw.as_slice())
                .read_to_end(&mut out)
                .map_err(DecodeError::Gzip)?;
            out
        } else {
            raw
        };
        serde_json::from_slice(&json).map_err(DecodeError::Json)
    }

    /// The labels Helm's Secret driver puts on the record's Secret.
    pub fn storage_labels(&self, modified_at: i64) -> BTreeMap<String, String> {
        BTreeMap::from([
            ("name".to_string(), self.name.clone()),
            ("owner".to_string(), "helm".to_string()),
            ("status".to_string(), self.status().to_string()),
            ("version".to_string(), self.version.to_string()),
            ("modifiedAt".to_string(), modified_at.to_string()),
        ])
    }
}

/// The current time as Go's `time.Time` JSON text (RFC 3339 with nanoseconds, trailing zeros dropped).
pub fn go_time_now() -> String {
    go_time(Timestamp::now())
}

/// `t` (UTC) as Go writes a `time.Time` in JSON.
pub fn go_time(t: Timestamp) -> String {
    let base = t.strftime("%Y-%m-%dT%H:%M:%S").to_string();
    let nanos = t.subsec_nanosecond();
    if nanos == 0 {
        return format!("{base}Z");
    }
    let frac = format!("{nanos:09}");
    format!("{base}.{}Z", frac.trim_end_matches('0'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn go_time_trims_trailing_zeros_like_go() {
        let t: Option<Timestamp> = "2026-12-07T16:43:52.625900000Z".parse().ok();
        assert_eq!(t.map(go_time).as_deref(), Some("2026-12-07T16:43:52.6259Z"));
        let whole = Timestamp::from_second(1_796_661_832).ok();
        assert_eq!(whole.map(go_time).as_deref(), Some("2026-12-07T16:43:52Z"));
    }

    #[test]
    fn encode_then_decode_keeps_the_record() {
        let rel = Release {
            name: "pi".into(),
            info: Some(Info {
                status: status::DEPLOYED.into(),
                description: "Install complete".into(),
                ..Info::default()
            }),
            config: serde_json::from_str(r#"{"replicaCount":1}"#).unwrap_or_default(),
            manifest: "---\n# Source: a\nkind: ConfigMap\n".into(),
            version: 1,
            namespace: "default".into(),
            apply_method: "ssa".into(),
            ..Release::default()
        };
        let back = Release::decode(rel.encode().as_bytes()).ok();
        assert_eq!(back, Some(rel));
    }

    #[test]
    fn decode_reads_plain_json_records_too() {
        let plain = STANDARD.encode(br#"{"name":"x","version":3,"info":{"status":"failed"}}"#);
        let rel = Release::decode(plain.as_bytes()).ok();
        assert_eq!(rel.as_ref().map(|r| r.status()), Some("failed"));
        assert_eq!(rel.map(|r| r.version), Some(3));
        assert!(Release::decode(b"%%%").is_err());
    }
}
