//! SOPS YAML files: one or more documents, the `sops` metadata in the first.

use serde::Deserialize as _;
use serde_json::{Map, Value};

use super::error::{Error, Result};

/// Parses every document of a YAML stream into a mapping (an empty document is an empty mapping, as in SOPS).
/// Comments are dropped: SOPS keeps them out of the MAC, so nothing is lost for verification.
pub(crate) fn parse(bytes: &[u8]) -> Result<Vec<Map<String, Value>>> {
    let mut docs = Vec::new();
    for (i, doc) in yaml_serde::Deserializer::from_slice(bytes).enumerate() {
        let value = Value::deserialize(doc).map_err(|e| Error::Load {
            format: "YAML",
            reason: format!("document {}: {e}", i + 1),
        })?;
        docs.push(match value {
            Value::Object(m) => m,
            Value::Null => Map::new(),
            _ => {
                return Err(Error::Load {
                    format: "YAML",
                    reason: format!("document {} is not a mapping", i + 1),
                });
            }
        });
    }
    Ok(docs)
}

/// Writes the documents back as a YAML stream. The layout is ours (two-space indent, no comments), not
/// go-yaml's; the data is the same as `sops -d` prints.
pub(crate) fn emit(docs: Vec<Map<String, Value>>) -> Result<Vec<u8>> {
    let mut out = String::new();
    for (i, doc) in docs.into_iter().enumerate() {
        if i > 0 {
            out.push_str("---\n");
        }
        let text = yaml_serde::to_string(&Value::Object(doc)).map_err(|e| Error::Emit {
            format: "YAML",
            reason: e.to_string(),
        })?;
        out.push_str(&text);
    }
    Ok(out.into_bytes())
}
