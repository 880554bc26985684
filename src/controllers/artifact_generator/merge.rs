//! The Merge copy strategy: YAML files deep-merged as Helm merges values files (maps merge key by key, any other
//! value, lists included, is replaced by the overlay's), as source-watcher's `internal/builder/merge.go` does.
//!
//! Each file may hold several documents; they are merged into one map first. The result is written with keys
//! sorted, as Go's YAML marshalling of a map writes it.

use serde_json::{Map, Value};

/// Why two YAML files could not be merged.
#[derive(Debug, thiserror::Error)]
pub enum MergeError {
    /// A document is not valid YAML.
    #[error("error reading YAML document: {0}")]
    Read(String),
    /// A document is valid YAML but not a map.
    #[error("cannot unmarshal YAML document: expected a map, got {0}")]
    NotAMap(&'static str),
}

/// Merges the YAML `overlay` into the YAML `base` and returns the merged document.
pub fn merge_files(overlay: &[u8], base: &[u8]) -> Result<Vec<u8>, MergeError> {
    let base = load(base)?;
    let overlay = load(overlay)?;
    let merged = merge_maps(base, overlay);
    Ok(kustomize::to_yaml(&crate::objects::sort_keys(Value::Object(merged))).into_bytes())
}

/// Every document of a YAML stream merged, in order, into one map.
fn load(bytes: &[u8]) -> Result<Map<String, Value>, MergeError> {
    let mut out = Map::new();
    for doc in yaml_serde::Deserializer::from_slice(bytes) {
        let value = <Value as serde::Deserialize>::deserialize(doc)
            .map_err(|e| MergeError::Read(e.to_string()))?;
        let map = match value {
            Value::Null => Map::new(),
            Value::Object(map) => map,
            Value::Array(_) => return Err(MergeError::NotAMap("a list")),
            Value::String(_) => return Err(MergeError::NotAMap("a string")),
            Value::Number(_) => return Err(MergeError::NotAMap("a number")),
            Value::Bool(_) => return Err(MergeError::NotAMap("a boolean")),
        };
        out = merge_maps(out, map);
    }
    Ok(out)
}

/// Deep merge: a key whose values are maps on both sides merges recursively; otherwise the overlay wins.
pub fn merge_maps(mut base: Map<String, Value>, overlay: Map<String, Value>) -> Map<String, Value> {
    for (key, value) in overlay {
        let merged = match (base.remove(&key), value) {
            (Some(Value::Object(b)), Value::Object(o)) => Value::Object(merge_maps(b, o)),
            (_, v) => v,
        };
        base.insert(key, merged);
    }
    base
}

#[cfg(test)]
mod tests {
    use super::*;

    fn merged(base: &str, overlay: &str) -> String {
        String::from_utf8(merge_files(overlay.as_bytes(), base.as_bytes()).unwrap()).unwrap()
    }

    #[test]
    fn nested_maps_merge_and_lists_are_replaced() {
        let out = merged(
            "replicas: 1\nimage:\n  repository: app\n  tag: v1\nports: [80, 443]\n",
            "image:\n  tag: v2\nports: [8080]\n",
        );
        assert_eq!(
            out,
            "image:\n  repository: app\n  tag: v2\nports:\n- 8080\nreplicas: 1\n"
        );
    }

    #[test]
    fn a_scalar_replaces_a_map_and_a_map_replaces_a_scalar() {
        let out = merged("a:\n  b: 1\nc: 2\n", "a: x\nc:\n  d: 3\n");
        assert_eq!(out, "a: x\nc:\n  d: 3\n");
    }

    #[test]
    fn documents_of_one_file_are_merged_first() {
        let out = merged("a: 1\n---\nb: 2\n---\na: 3\n", "c: 4\n");
        assert_eq!(out, "a: 3\nb: 2\nc: 4\n");
    }

    #[test]
    fn a_list_document_is_refused() {
        let err = merge_files(b"a: 1\n", b"- x\n").unwrap_err();
        assert_eq!(
            err.to_string(),
            "cannot unmarshal YAML document: expected a map, got a list"
        );
    }
}
