//! Decides whether a dry-run result differs from the live object, and strips server noise so a
//! caller can print a readable diff.

use serde_json::{Map, Value};

/// Metadata fields the server writes on its own; they never count as drift and are hidden in
/// diffs.
const NOISY_METADATA: [&str; 7] = [
    "managedFields",
    "resourceVersion",
    "generation",
    "uid",
    "creationTimestamp",
    "selfLink",
    "deletionGracePeriodSeconds",
];

/// True if applying would change the live object. A dry-run result without a resourceVersion
/// means the object does not exist yet. Labels and annotations are compared on their own (empty
/// and missing maps are equal); everything else is compared without `metadata` and `status`.
pub fn has_drifted(live: &Value, dry_run: &Value) -> bool {
    let rv = dry_run
        .pointer("/metadata/resourceVersion")
        .and_then(Value::as_str)
        .unwrap_or_default();
    if rv.is_empty() {
        return true;
    }
    for field in ["labels", "annotations"] {
        if string_map(live, field) != string_map(dry_run, field) {
            return true;
        }
    }
    without_meta_and_status(live) != without_meta_and_status(dry_run)
}

fn string_map<'a>(obj: &'a Value, field: &str) -> Option<&'a Map<String, Value>> {
    obj.get("metadata")
        .and_then(|m| m.get(field))
        .and_then(Value::as_object)
        .filter(|m| !m.is_empty())
}

fn without_meta_and_status(obj: &Value) -> Value {
    match obj {
        Value::Object(map) => Value::Object(
            map.iter()
                .filter(|(k, _)| k.as_str() != "metadata" && k.as_str() != "status")
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
        ),
        other => other.clone(),
    }
}

/// A copy of `obj` without `status` and server-written metadata, for printing diffs.
pub fn strip_noise(obj: &Value) -> Value {
    let mut out = obj.clone();
    if let Some(map) = out.as_object_mut() {
        map.remove("status");
        if let Some(meta) = map.get_mut("metadata").and_then(Value::as_object_mut) {
            for key in NOISY_METADATA {
                meta.remove(key);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn new_object_has_drifted() {
        assert!(has_drifted(&json!({}), &json!({"metadata": {}})));
    }

    #[test]
    fn server_bookkeeping_is_not_drift() {
        let live = json!({"metadata": {"resourceVersion": "1", "managedFields": [1], "labels": {}},
                          "data": {"a": "1"}, "status": {"x": 1}});
        let dry = json!({"metadata": {"resourceVersion": "1", "managedFields": [2]},
                         "data": {"a": "1"}, "status": {"x": 2}});
        assert!(!has_drifted(&live, &dry));
    }

    #[test]
    fn changed_data_or_annotations_are_drift() {
        let live = json!({"metadata": {"resourceVersion": "1"}, "data": {"a": "1"}});
        let dry = json!({"metadata": {"resourceVersion": "1"}, "data": {"a": "2"}});
        assert!(has_drifted(&live, &dry));
        let dry = json!({"metadata": {"resourceVersion": "1", "annotations": {"x": "y"}}, "data": {"a": "1"}});
        assert!(has_drifted(&live, &dry));
    }

    #[test]
    fn noise_is_stripped_for_diffs() {
        let obj = json!({"metadata": {"name": "a", "uid": "u", "managedFields": []}, "status": {}});
        assert_eq!(strip_noise(&obj), json!({"metadata": {"name": "a"}}));
    }
}
