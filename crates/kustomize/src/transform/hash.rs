//! Content hash suffixes for generated ConfigMaps and Secrets, computed like kustomize's hasher.

use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

use crate::error::Result;
use crate::resource::Resource;

/// Appends `-<hash>` to the name of every object that asks for it.
pub fn add_hashes(rs: &mut [Resource]) -> Result<()> {
    for r in rs.iter_mut() {
        if !r.needs_hash {
            continue;
        }
        let h = hash(&r.obj);
        r.store_previous_id();
        let name = format!("{}-{}", r.name(), h);
        r.set_name(&name);
        r.needs_hash = false;
    }
    Ok(())
}

/// kustomize's name hash of an object.
pub fn hash(obj: &Value) -> String {
    let kind = obj.get("kind").and_then(|k| k.as_str()).unwrap_or("");
    // kustomize looks the name up as one field called "metadata/name", which never exists, so
    // the name always hashes as "".
    let name = Value::String(String::new());
    let field = |f: &str| obj.get(f).cloned().unwrap_or(Value::String(String::new()));
    let encoded = match kind {
        "ConfigMap" => {
            let mut m = Map::new();
            m.insert("kind".into(), Value::String("ConfigMap".into()));
            m.insert("name".into(), name);
            m.insert("data".into(), field("data"));
            if let Some(b) = obj.get("binaryData").filter(|b| b.is_object()) {
                m.insert("binaryData".into(), b.clone());
            }
            go_json(&Value::Object(m))
        }
        "Secret" => {
            let mut m = Map::new();
            m.insert("kind".into(), Value::String("Secret".into()));
            m.insert("type".into(), field("type"));
            m.insert("name".into(), name);
            m.insert("data".into(), field("data"));
            if let Some(b) = obj.get("stringData").filter(|b| b.is_object()) {
                m.insert("stringData".into(), b.clone());
            }
            go_json(&Value::Object(m))
        }
        _ => go_json(obj),
    };
    encode(&hex(&Sha256::digest(encoded.as_bytes())))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The first ten hex digits with the vowel-like ones swapped, so no words appear.
fn encode(hex: &str) -> String {
    hex.chars()
        .take(10)
        .map(|c| match c {
            '0' => 'g',
            '1' => 'h',
            '3' => 'k',
            'a' => 'm',
            'e' => 't',
            other => other,
        })
        .collect()
}

/// JSON as Go's encoding/json writes it: map keys sorted, HTML characters escaped.
pub fn go_json(v: &Value) -> String {
    let mut out = String::new();
    write_go_json(v, &mut out);
    out
}

fn write_go_json(v: &Value, out: &mut String) {
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(&n.to_string()),
        Value::String(s) => write_go_string(s, out),
        Value::Array(a) => {
            out.push('[');
            for (i, x) in a.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_go_json(x, out);
            }
            out.push(']');
        }
        Value::Object(m) => {
            let mut keys: Vec<&String> = m.keys().collect();
            keys.sort();
            out.push('{');
            for (i, k) in keys.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_go_string(k, out);
                out.push(':');
                write_go_json(&m[k.as_str()], out);
            }
            out.push('}');
        }
    }
}

fn write_go_string(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '<' | '>' | '&' | '\u{2028}' | '\u{2029}' => {
                out.push_str(&format!("\\u{:04x}", c as u32))
            }
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn config_map_hash_matches_kustomize() {
        // kustomize's hasher test: an empty ConfigMap hashes to 6ct58987ht, whatever its name.
        let cm = json!({"kind": "ConfigMap", "metadata": {"name": "foo"}});
        assert_eq!(hash(&cm), "6ct58987ht");
    }
}
