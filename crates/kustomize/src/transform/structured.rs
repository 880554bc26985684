//! Replacement targets inside a string that holds JSON or YAML, as kustomize v5.8 allows:
//! `data.config\.json.server.port` sets `server.port` inside the JSON text of
//! `data["config.json"]` and writes the text back (compact or indented JSON as it was, or YAML).

use serde_json::Value;

use crate::error::Result;
use crate::kustfile::scalar_text;

/// The scalar a path would name, field by field (`[k=v]` matches, list indexes).
fn lookup<'a>(node: &'a Value, parts: &[String]) -> Option<&'a Value> {
    let mut cur = node;
    for part in parts {
        cur = match part.strip_prefix('[').and_then(|p| p.strip_suffix(']')) {
            Some(inner) => {
                let (k, v) = inner.split_once('=')?;
                cur.as_array()?
                    .iter()
                    .find(|e| e.get(k).map(scalar_text).as_deref() == Some(v))?
            }
            None => match cur {
                Value::Array(a) => a.get(part.parse::<usize>().ok()?)?,
                _ => cur.get(part.as_str())?,
            },
        };
    }
    Some(cur)
}

fn lookup_mut<'a>(node: &'a mut Value, parts: &[String]) -> Option<&'a mut Value> {
    let mut cur = node;
    for part in parts {
        cur = match part.strip_prefix('[').and_then(|p| p.strip_suffix(']')) {
            Some(inner) => {
                let (k, v) = inner.split_once('=')?;
                cur.as_array_mut()?
                    .iter_mut()
                    .find(|e| e.get(k).map(scalar_text).as_deref() == Some(v))?
            }
            None => match cur {
                Value::Array(a) => a.get_mut(part.parse::<usize>().ok()?)?,
                _ => cur.get_mut(part.as_str())?,
            },
        };
    }
    Some(cur)
}

/// Tries the path as a way into structured text. `None` when it is not one (kustomize then
/// handles the path as an ordinary field path); `walk` sets the value inside the parsed text
/// and returns how many fields it set.
pub fn set(
    obj: &mut Value,
    parts: &[String],
    walk: &mut dyn FnMut(&mut Value, &[String]) -> Result<usize>,
) -> Option<Result<()>> {
    if parts.len() < 2 {
        return None;
    }
    // The first prefix naming a scalar whose text parses as YAML (JSON included).
    let (split, text, doc) = (1..parts.len()).find_map(|i| {
        let node = lookup(obj, &parts[..i])?;
        if node.is_object() || node.is_array() {
            return None;
        }
        let text = scalar_text(node);
        let doc = crate::yaml::parse::parse_one(&text).ok()?;
        Some((i, text, doc))
    })?;
    if !(doc.is_object() || doc.is_array()) {
        return None;
    }
    let mut doc = doc;
    match walk(&mut doc, &parts[split..]) {
        Ok(0) => return None,
        Ok(_) => {}
        Err(e) => return Some(Err(e)),
    }
    if crate::transform::replacements::check_decodable(&doc).is_err() {
        return None;
    }
    let trimmed = text.trim();
    let out = if trimmed.starts_with('{') || trimmed.starts_with('[') {
        let pretty = text.contains('\n') && text.contains("  ");
        let mut s = String::new();
        write_json(&doc, pretty, 0, &mut s);
        s
    } else {
        crate::yaml::emit::to_yaml_in_order(&doc).trim().to_string()
    };
    let field = lookup_mut(obj, &parts[..split])?;
    *field = Value::String(out);
    Some(Ok(()))
}

/// A number as Go's encoding/json writes it.
fn go_json_number(n: &serde_json::Number) -> String {
    if n.is_f64() {
        let f = n.as_f64().unwrap_or(0.0);
        let abs = f.abs();
        if abs != 0.0 && !(1e-6..1e21).contains(&abs) {
            let s = format!("{f:e}");
            // Go writes the exponent with a sign and at least two digits: 1e+21, 1e-07.
            match s.split_once('e') {
                Some((m, e)) => {
                    let (sign, digits) = match e.strip_prefix('-') {
                        Some(d) => ('-', d),
                        None => ('+', e),
                    };
                    format!("{m}e{sign}{digits:0>2}")
                }
                None => s,
            }
        } else if f.fract() == 0.0 {
            format!("{f:.0}")
        } else {
            f.to_string()
        }
    } else {
        n.to_string()
    }
}

/// A string as Go's encoding/json writes it (HTML characters escaped).
fn go_json_string(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '<' | '>' | '&' | '\u{2028}' | '\u{2029}' => {
                out.push_str(&format!("\\u{:04x}", c as u32));
            }
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Go's json.Marshal (or MarshalIndent with two spaces): map keys sorted.
fn write_json(v: &Value, pretty: bool, depth: usize, out: &mut String) {
    let newline = |out: &mut String, d: usize| {
        if pretty {
            out.push('\n');
            out.push_str(&"  ".repeat(d));
        }
    };
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(&go_json_number(n)),
        Value::String(s) => go_json_string(s, out),
        Value::Array(a) if a.is_empty() => out.push_str("[]"),
        Value::Array(a) => {
            out.push('[');
            for (i, x) in a.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                newline(out, depth + 1);
                write_json(x, pretty, depth + 1, out);
            }
            newline(out, depth);
            out.push(']');
        }
        Value::Object(m) if m.is_empty() => out.push_str("{}"),
        Value::Object(m) => {
            let mut keys: Vec<&String> = m.keys().collect();
            keys.sort();
            out.push('{');
            for (i, k) in keys.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                newline(out, depth + 1);
                go_json_string(k, out);
                out.push(':');
                if pretty {
                    out.push(' ');
                }
                write_json(&m[k.as_str()], pretty, depth + 1, out);
            }
            newline(out, depth);
            out.push('}');
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn parts(p: &str) -> Vec<String> {
        crate::transform::replacements::split_field_path(p)
    }

    fn set_port(obj: &mut Value, path: &str) -> Option<Result<()>> {
        set(obj, &parts(path), &mut |doc, rest| {
            let Some(Value::Object(m)) = lookup_mut(doc, &rest[..rest.len() - 1]) else {
                return Ok(0);
            };
            let last = rest[rest.len() - 1].clone();
            m.insert(last, json!(9090));
            Ok(1)
        })
    }

    #[test]
    fn a_path_into_json_text_rewrites_it_compact_with_sorted_keys() {
        let mut cm = json!({"data": {"config.json": "{\"c\": \"<d>\", \"a\": {\"b\": 1}}\n"}});
        assert!(set_port(&mut cm, "data.config\\.json.a.b").is_some());
        assert_eq!(
            cm["data"]["config.json"],
            json!("{\"a\":{\"b\":9090},\"c\":\"\\u003cd\\u003e\"}")
        );
    }

    #[test]
    fn a_path_into_yaml_text_rewrites_it_as_yaml_in_its_key_order() {
        let mut cm = json!({"data": {"app.yaml": "server:\n  port: 80\n  host: h\n"}});
        assert!(set_port(&mut cm, "data.app\\.yaml.server.port").is_some());
        assert_eq!(
            cm["data"]["app.yaml"],
            json!("server:\n  port: 9090\n  host: h")
        );
    }

    #[test]
    fn a_plain_field_path_is_not_structured() {
        let mut cm = json!({"data": {"a": "b"}});
        assert!(set_port(&mut cm, "data.a").is_none());
    }
}
