//! Memory of what we last applied, so a no-op reconcile costs one LIST per (kind, namespace)
//! instead of a GET and a dry-run per object.
//!
//! An entry says: "desired manifest with digest D was applied (or dry-run found it unchanged) and
//! the live object then had resourceVersion R". If the manifest still hashes to D and the live
//! object still has R, nobody wrote to it since, so a dry-run would again say unchanged. Any
//! write (a `kubectl edit`, a controller's status update) bumps R and sends the object down the
//! normal dry-run path, so drift is still detected and reverted.

use std::collections::HashMap;
use std::sync::Mutex;

use serde_json::Value;
use sha2::{Digest, Sha256};

use super::object_ref::ObjectRef;

/// sha256 of the desired object's JSON, hex encoded.
pub fn digest(desired: &Value) -> String {
    let bytes = serde_json::to_vec(desired).unwrap_or_default();
    hex::encode(Sha256::digest(&bytes))
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct Entry {
    digest: String,
    resource_version: String,
}

/// Per-Applier cache of the last known-good (digest, resourceVersion) per object.
#[derive(Debug, Default)]
pub struct ApplyCache {
    entries: Mutex<HashMap<ObjectRef, Entry>>,
}

impl ApplyCache {
    /// Records that the live object at `resource_version` matches the manifest with `digest`.
    pub fn record(&self, object: &ObjectRef, digest: &str, resource_version: &str) {
        if resource_version.is_empty() {
            return;
        }
        if let Ok(mut map) = self.entries.lock() {
            map.insert(
                object.clone(),
                Entry {
                    digest: digest.to_string(),
                    resource_version: resource_version.to_string(),
                },
            );
        }
    }

    /// Forgets an object (after a failure or a delete), so the next apply takes the full path.
    pub fn forget(&self, object: &ObjectRef) {
        if let Ok(mut map) = self.entries.lock() {
            map.remove(object);
        }
    }

    /// The resourceVersion recorded for `object` if it was recorded with this `digest`.
    pub fn resource_version_for(&self, object: &ObjectRef, digest: &str) -> Option<String> {
        let map = self.entries.lock().ok()?;
        map.get(object)
            .filter(|e| e.digest == digest)
            .map(|e| e.resource_version.clone())
    }

    /// True if a live object at `live_rv` is known to match the manifest with `digest`.
    #[cfg(test)]
    pub fn is_unchanged(&self, object: &ObjectRef, digest: &str, live_rv: &str) -> bool {
        self.resource_version_for(object, digest)
            .is_some_and(|rv| rv == live_rv)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn cm() -> ObjectRef {
        ObjectRef {
            group: String::new(),
            version: "v1".into(),
            kind: "ConfigMap".into(),
            namespace: "a".into(),
            name: "b".into(),
        }
    }

    #[test]
    fn hit_needs_same_digest_and_same_resource_version() {
        let cache = ApplyCache::default();
        let d = digest(&json!({"data": {"a": "1"}}));
        cache.record(&cm(), &d, "42");
        assert!(cache.is_unchanged(&cm(), &d, "42"));
        assert!(
            !cache.is_unchanged(&cm(), &d, "43"),
            "a hand edit bumps the resourceVersion"
        );
        let other = digest(&json!({"data": {"a": "2"}}));
        assert!(
            !cache.is_unchanged(&cm(), &other, "42"),
            "a new manifest must be applied"
        );
        cache.forget(&cm());
        assert!(!cache.is_unchanged(&cm(), &d, "42"));
    }

    #[test]
    fn digest_is_stable_and_content_sensitive() {
        assert_eq!(digest(&json!({"a": 1})), digest(&json!({"a": 1})));
        assert_ne!(digest(&json!({"a": 1})), digest(&json!({"a": 2})));
        assert_eq!(digest(&json!({})).len(), 64);
    }
}
