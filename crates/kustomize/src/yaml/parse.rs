//! Reads YAML (one or many documents) into JSON values, with located errors.

use std::sync::LazyLock;

use regex::Regex;
use serde::Deserialize;
use serde_json::{Map, Value};

use crate::error::{Error, ErrorKind, Result};

static INT_VALUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"^(?P<pre>\s*(?:-\s+)*(?:(?:"[^"]*"|'[^']*'|[^\s"'#?:\-\[\]{}][^#:]*?):\s+)?)(?P<val>[-+]?[0-9][0-9_]*)(?P<post>\s*(?:#.*)?)$"#,
    )
    .expect("static regex")
});

/// kustomize reads resources with go-yaml v3, which still takes plain `0644` as an octal
/// integer and ignores `_` in numbers (`1_000`); the YAML 1.2 parser here would keep them as
/// strings. Such plain values (outside block scalars) are rewritten to their decimal value first.
fn yaml11_ints(text: &str) -> std::borrow::Cow<'_, str> {
    let candidate = |v: &str| {
        let body = v.trim_start_matches(['-', '+']);
        v.contains('_') || (body.len() > 1 && body.starts_with('0')) || body.len() > 19
    };
    if !text
        .lines()
        .any(|l| INT_VALUE.captures(l).is_some_and(|c| candidate(&c["val"])))
    {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut block: Option<usize> = None;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        let indent = body.len() - body.trim_start().len();
        if let Some(b) = block {
            if body.trim().is_empty() || indent > b {
                out.push_str(line);
                continue;
            }
            block = None;
        }
        let trimmed = body.trim_end();
        if trimmed.ends_with('|')
            || trimmed.ends_with("|-")
            || trimmed.ends_with("|+")
            || trimmed.ends_with('>')
            || trimmed.ends_with(">-")
            || trimmed.ends_with(">+")
        {
            block = Some(indent);
            out.push_str(line);
            continue;
        }
        let rewritten = INT_VALUE.captures(body).and_then(|c| {
            let val = &c["val"];
            if !candidate(val) {
                return None;
            }
            let clean = val.replace('_', "");
            let (neg, digits) = match clean.strip_prefix('-') {
                Some(d) => (true, d.to_string()),
                None => (false, clean.trim_start_matches('+').to_string()),
            };
            // Octal when the digits allow it; otherwise go-yaml falls back to reading a float
            // (`08` is 8).
            let n = if digits.len() > 1 && digits.starts_with('0') {
                i64::from_str_radix(&digits[1..], 8)
                    .or_else(|_| digits.parse::<i64>())
                    .ok()
            } else {
                digits.parse::<i64>().ok()
            };
            let text = match n {
                Some(n) => (if neg { -n } else { n }).to_string(),
                // Beyond 64 bits go-yaml reads a float.
                None if digits.parse::<u64>().is_err() => {
                    format!("{}{digits}e0", if neg { "-" } else { "" })
                }
                None => return None,
            };
            Some(format!(
                "{}{}{}{}",
                &c["pre"],
                text,
                &c["post"],
                &line[body.len()..]
            ))
        });
        match rewritten {
            Some(r) => out.push_str(&r),
            None => out.push_str(line),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Parses every document of a YAML stream; empty documents are dropped.
pub fn parse_documents(text: &str) -> Result<Vec<Value>> {
    let text = &*yaml11_ints(text);
    let mut out = Vec::new();
    for doc in yaml_serde::Deserializer::from_str(text) {
        let mut v = match yaml_serde::Value::deserialize(doc) {
            Ok(v) => v,
            Err(e) if e.to_string().contains("duplicate entry") => {
                return parse_allowing_duplicates(text);
            }
            Err(e) => return Err(yaml_error(e)),
        };
        v.apply_merge().map_err(yaml_error)?;
        let v = to_json(v)?;
        if !v.is_null() {
            out.push(v);
        }
    }
    Ok(out)
}

/// Like kustomize (which reads through JSON), a repeated key keeps its last value.
fn parse_allowing_duplicates(text: &str) -> Result<Vec<Value>> {
    let mut out = Vec::new();
    for doc in yaml_serde::Deserializer::from_str(text) {
        let v = Value::deserialize(doc).map_err(yaml_error)?;
        if !v.is_null() {
            out.push(v);
        }
    }
    Ok(out)
}

/// Parses a stream of Kubernetes objects as kustomize reads them (go-yaml v3): like
/// [`parse_documents`], with plain timestamps read as times.
pub fn parse_objects(text: &str) -> Result<Vec<Value>> {
    parse_documents(&super::timestamp::plain_timestamps(text))
}

/// A file's text; YAML must be UTF-8 (go-yaml: "invalid leading UTF-8 octet").
pub fn utf8(bytes: &[u8]) -> Result<&str> {
    std::str::from_utf8(bytes).map_err(|e| {
        let before = &bytes[..e.valid_up_to()];
        let line = before.iter().filter(|b| **b == b'\n').count() + 1;
        let col = before.len()
            - before
                .iter()
                .rposition(|b| *b == b'\n')
                .map_or(0, |i| i + 1)
            + 1;
        Error::new(ErrorKind::Yaml("invalid leading UTF-8 octet".into())).at(line, col)
    })
}

/// Parses one YAML document (null when empty).
pub fn parse_one(text: &str) -> Result<Value> {
    let mut docs = parse_documents(text)?;
    match docs.len() {
        0 => Ok(Value::Null),
        1 => Ok(docs.remove(0)),
        _ => Err(Error::new(ErrorKind::Yaml(
            "expected one document, found several".into(),
        ))),
    }
}

/// Turns a yaml_serde error into ours, keeping the line and column.
pub fn yaml_error(e: yaml_serde::Error) -> Error {
    let mut msg = e.to_string();
    // yaml_serde appends " at line L column C"; the location is kept separately.
    if let Some(i) = msg.find(" at line ") {
        msg.truncate(i);
    }
    let err = Error::new(ErrorKind::Yaml(msg));
    match e.location() {
        Some(l) => err.at(l.line(), l.column()),
        None => err,
    }
}

/// Converts a YAML value to JSON; non-string keys become their text.
pub fn to_json(v: yaml_serde::Value) -> Result<Value> {
    Ok(match v {
        yaml_serde::Value::Null => Value::Null,
        yaml_serde::Value::Bool(b) => Value::Bool(b),
        yaml_serde::Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                Value::from(i)
            } else if let Some(u) = n.as_u64() {
                Value::from(u)
            } else {
                let f = n.as_f64().unwrap_or(0.0);
                match serde_json::Number::from_f64(f) {
                    Some(n) => Value::Number(n),
                    None => {
                        return Err(Error::new(ErrorKind::Yaml(format!(
                            "unsupported value: {f} cannot be written as JSON"
                        ))));
                    }
                }
            }
        }
        yaml_serde::Value::String(s) => Value::String(s),
        yaml_serde::Value::Sequence(seq) => {
            Value::Array(seq.into_iter().map(to_json).collect::<Result<_>>()?)
        }
        yaml_serde::Value::Mapping(m) => {
            let mut out = Map::new();
            for (k, v) in m {
                let key = match k {
                    yaml_serde::Value::String(s) => s,
                    yaml_serde::Value::Null => "null".into(),
                    yaml_serde::Value::Bool(b) => b.to_string(),
                    yaml_serde::Value::Number(n) => n.to_string(),
                    other => {
                        return Err(Error::new(ErrorKind::Yaml(format!(
                            "unsupported map key {other:?}"
                        ))));
                    }
                };
                out.insert(key, to_json(v)?);
            }
            Value::Object(out)
        }
        // go-yaml takes a scalar under a tag it does not know (`!bang 5`) as its text.
        yaml_serde::Value::Tagged(t) => match to_json(t.value)? {
            Value::Null => Value::String(String::new()),
            Value::Bool(b) => Value::String(b.to_string()),
            Value::Number(n) => Value::String(n.to_string()),
            other => other,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_octal_and_underscored_ints_are_numbers() {
        let v = parse_one("mode: 0644\nn: 1_000\ns: \"0644\"\nb: |\n  0644\nz: 0\n").ok();
        assert_eq!(
            v,
            Some(serde_json::json!({"mode": 420, "n": 1000, "s": "0644", "b": "0644\n", "z": 0}))
        );
    }

    #[test]
    fn integers_beyond_64_bits_read_as_floats() {
        assert_eq!(
            yaml11_ints("spec:\n  e: 100000000000000000000\n"),
            "spec:\n  e: 100000000000000000000e0\n"
        );
        let v = parse_one("spec:\n  e: 100000000000000000000\n").map_err(|e| e.to_string());
        assert_eq!(v, Ok(serde_json::json!({"spec": {"e": 1e20}})));
    }
}
