//! Encodings and digests: base64/32, sha*sum, JSON, YAML and TOML in and out.

use base64::Engine as _;
use sha2::Digest as _;

use super::{Res, add, string_arg, strval, yaml};
use crate::template::exec::{Exec, Funcs};
use crate::template::value::Value;

type E<'a, 'b> = &'a mut Exec<'b>;

fn s(v: String) -> Res {
    Ok(Value::str(v))
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

pub(crate) fn register(f: &mut Funcs) {
    add(
        f,
        "b64enc",
        |_: E, a| s(base64::engine::general_purpose::STANDARD.encode(string_arg(&a[0])?)),
        1,
        Some(1),
    );
    add(
        f,
        "b64dec",
        |_: E, a| {
            let v = string_arg(&a[0])?;
            s(
                match base64::engine::general_purpose::STANDARD.decode(v.as_bytes()) {
                    Ok(b) => String::from_utf8_lossy(&b).into_owned(),
                    Err(e) => go_base64_error(&v, &e),
                },
            )
        },
        1,
        Some(1),
    );
    add(
        f,
        "b32enc",
        |_: E, a| s(base32(string_arg(&a[0])?.as_bytes())),
        1,
        Some(1),
    );
    add(
        f,
        "sha1sum",
        |_: E, a| {
            use sha1::Digest as _;
            s(hex(&sha1::Sha1::digest(string_arg(&a[0])?.as_bytes())))
        },
        1,
        Some(1),
    );
    add(
        f,
        "sha256sum",
        |_: E, a| s(hex(&sha2::Sha256::digest(string_arg(&a[0])?.as_bytes()))),
        1,
        Some(1),
    );
    add(
        f,
        "sha512sum",
        |_: E, a| s(hex(&sha2::Sha512::digest(string_arg(&a[0])?.as_bytes()))),
        1,
        Some(1),
    );
    add(
        f,
        "adler32sum",
        |_: E, a| s(adler32(string_arg(&a[0])?.as_bytes()).to_string()),
        1,
        Some(1),
    );
    for name in ["toJson", "mustToJson"] {
        add(f, name, |_: E, a| s(to_json(&a[0], false)), 1, Some(1));
    }
    for name in ["toRawJson", "mustToRawJson"] {
        add(
            f,
            name,
            |_: E, a| s(super::json::write(&a[0], false, false)),
            1,
            Some(1),
        );
    }
    for name in ["toPrettyJson", "mustToPrettyJson"] {
        add(f, name, |_: E, a| s(to_json(&a[0], true)), 1, Some(1));
    }
    for name in ["fromJson", "mustFromJson"] {
        add(
            f,
            name,
            |_: E, a| {
                let v = string_arg(&a[0])?;
                if let Some(e) = super::json_syntax::syntax_error(&v) {
                    return Ok(error_map(&e));
                }
                Ok(match serde_json::from_str::<serde_json::Value>(&v) {
                    Ok(j @ serde_json::Value::Object(_)) => Value::from_json(&j),
                    Ok(serde_json::Value::Null) => Value::empty_map(),
                    Ok(j) => error_map(&format!(
                        "json: cannot unmarshal {} into Go value of type map[string]interface {{}}",
                        json_kind(&Value::from_json(&j))
                    )),
                    Err(e) => error_map(&e.to_string()),
                })
            },
            1,
            Some(1),
        );
    }
    add(
        f,
        "fromJsonArray",
        |_: E, a| {
            let v = string_arg(&a[0])?;
            if let Some(e) = super::json_syntax::syntax_error(&v) {
                return Ok(Value::list(vec![Value::str(e)]));
            }
            Ok(match serde_json::from_str::<serde_json::Value>(&v) {
                Ok(j @ serde_json::Value::Array(_)) => Value::from_json(&j),
                // `null` leaves the nil slice alone
                Ok(serde_json::Value::Null) => Value::list(Vec::new()),
                Ok(j) => Value::list(vec![Value::str(format!(
                    "json: cannot unmarshal {} into Go value of type []interface {{}}",
                    json_kind(&Value::from_json(&j))
                ))]),
                Err(e) => Value::list(vec![Value::str(e.to_string())]),
            })
        },
        1,
        Some(1),
    );
    add(
        f,
        "toYaml",
        |_: E, a| s(yaml::to_yaml(&a[0]).trim_end_matches('\n').to_string()),
        1,
        Some(1),
    );
    add(
        f,
        "toYamlPretty",
        |_: E, a| s(yaml::to_yaml(&a[0]).trim_end_matches('\n').to_string()),
        1,
        Some(1),
    );
    add(
        f,
        "fromYaml",
        |_: E, a| {
            let v = string_arg(&a[0])?;
            Ok(match yaml::parse(&v) {
                Ok(m @ Value::Map(_)) => m,
                Ok(Value::Nil) => Value::empty_map(),
                Ok(other) => error_map(&format!(
                    "error unmarshaling JSON: while decoding JSON: json: cannot unmarshal {} into Go value of type map[string]interface {{}}",
                    json_kind(&other)
                )),
                Err(e) => error_map(&e),
            })
        },
        1,
        Some(1),
    );
    add(
        f,
        "fromYamlArray",
        |_: E, a| {
            let v = string_arg(&a[0])?;
            Ok(match yaml::parse(&v) {
                Ok(l @ Value::List(_)) => l,
                Ok(Value::Nil) => Value::list(Vec::new()),
                Ok(other) => Value::list(vec![Value::str(format!(
                    "error unmarshaling JSON: while decoding JSON: json: cannot unmarshal {} into Go value of type []interface {{}}",
                    json_kind(&other)
                ))]),
                Err(e) => Value::list(vec![Value::str(e)]),
            })
        },
        1,
        Some(1),
    );
    add(
        f,
        "b32dec",
        |_: E, a| {
            let v = string_arg(&a[0])?;
            s(match base32_decode(&v) {
                Some(b) => String::from_utf8_lossy(&b).into_owned(),
                None => "illegal base32 data".into(),
            })
        },
        1,
        Some(1),
    );
    add(
        f,
        "fromToml",
        |_: E, a| {
            let v = string_arg(&a[0])?;
            Ok(match v.parse::<toml::Table>() {
                Ok(t) => from_toml(&toml::Value::Table(t)),
                Err(e) => error_map(&e.to_string()),
            })
        },
        1,
        Some(1),
    );
    add(f, "toToml", |_: E, a| s(to_toml(&a[0])), 1, Some(1));
}

/// Go's `illegal base64 data at input byte N`: the first byte outside the alphabet, else the
/// start of the incomplete last group.
fn go_base64_error(v: &str, e: &base64::DecodeError) -> String {
    let at = match e {
        base64::DecodeError::InvalidByte(i, _) => *i,
        _ => v.len() - v.trim_end_matches('=').len() % 4,
    };
    let at = v
        .bytes()
        .position(|c| !(c.is_ascii_alphanumeric() || c == b'+' || c == b'/' || c == b'='))
        .unwrap_or(at);
    format!("illegal base64 data at input byte {at}")
}

/// The JSON kind encoding/json names in unmarshal errors.
fn json_kind(v: &Value) -> &'static str {
    match v {
        Value::Map(_) | Value::Object(_) => "object",
        Value::List(_) | Value::StrList(_) => "array",
        Value::Str(_) | Value::Bytes(_) => "string",
        Value::Bool(_) => "bool",
        Value::Nil => "null",
        _ => "number",
    }
}

fn error_map(msg: &str) -> Value {
    let mut m = std::collections::BTreeMap::new();
    m.insert("Error".to_string(), Value::str(msg));
    Value::map(m)
}

/// Go's json.Marshal (HTML-escaped, sorted keys), or MarshalIndent with two spaces.
pub(crate) fn to_json(v: &Value, pretty: bool) -> String {
    super::json::write(v, pretty, true)
}

fn base32(b: &[u8]) -> String {
    const A: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    let mut out = String::new();
    for chunk in b.chunks(5) {
        let mut buf = [0u8; 5];
        buf[..chunk.len()].copy_from_slice(chunk);
        let n = buf.iter().fold(0u64, |acc, x| (acc << 8) | u64::from(*x));
        let chars = (chunk.len() * 8).div_ceil(5);
        for i in 0..8 {
            if i < chars {
                out.push(A[((n >> (35 - i * 5)) & 31) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

fn base32_decode(s: &str) -> Option<Vec<u8>> {
    const A: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    let mut bits = 0u64;
    let mut n = 0;
    let mut out = Vec::new();
    for c in s.trim_end_matches('=').bytes() {
        let v = A.iter().position(|x| *x == c)? as u64;
        bits = (bits << 5) | v;
        n += 5;
        if n >= 8 {
            n -= 8;
            out.push((bits >> n) as u8);
            bits &= (1 << n) - 1;
        }
    }
    Some(out)
}

fn adler32(b: &[u8]) -> u32 {
    let (mut a, mut s) = (1u32, 0u32);
    for x in b {
        a = (a + u32::from(*x)) % 65521;
        s = (s + a) % 65521;
    }
    (s << 16) | a
}

/// TOML as BurntSushi/toml encodes a map: scalars first, then tables.
fn to_toml(v: &Value) -> String {
    let mut out = String::new();
    if let Value::Map(m) = v {
        write_table(&mut out, &m.borrow(), "");
    }
    out
}

fn write_table(out: &mut String, m: &std::collections::BTreeMap<String, Value>, prefix: &str) {
    let depth = if prefix.is_empty() {
        0
    } else {
        prefix.split('.').count()
    };
    let pad = "  ".repeat(depth);
    for (k, v) in m {
        if !matches!(v, Value::Map(_)) {
            out.push_str(&format!("{pad}{k} = {}\n", toml_value(v)));
        }
    }
    for (k, v) in m {
        if let Value::Map(sub) = v {
            let name = if prefix.is_empty() {
                k.clone()
            } else {
                format!("{prefix}.{k}")
            };
            out.push_str(&format!("\n{pad}[{name}]\n"));
            write_table(out, &sub.borrow(), &name);
        }
    }
}

fn toml_value(v: &Value) -> String {
    match v {
        Value::Str(s) => format!("{s:?}"),
        Value::Float(f) if f.fract() == 0.0 => format!("{f:.1}"),
        Value::List(_) | Value::StrList(_) => {
            let items: Vec<String> = v
                .as_list()
                .unwrap_or_default()
                .iter()
                .map(toml_value)
                .collect();
            format!("[{}]", items.join(", "))
        }
        other => strval(other),
    }
}

/// go-toml's decoding into `interface{}`: integers are int64, tables maps.
fn from_toml(v: &toml::Value) -> Value {
    match v {
        toml::Value::String(s) => Value::str(s.as_str()),
        toml::Value::Integer(i) => Value::Int64(*i),
        toml::Value::Float(f) => Value::Float(*f),
        toml::Value::Boolean(b) => Value::Bool(*b),
        toml::Value::Datetime(d) => Value::str(d.to_string()),
        toml::Value::Array(a) => Value::list(a.iter().map(from_toml).collect()),
        toml::Value::Table(t) => {
            Value::map(t.iter().map(|(k, v)| (k.clone(), from_toml(v))).collect())
        }
    }
}
