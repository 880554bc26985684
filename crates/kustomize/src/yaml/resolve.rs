//! go-yaml v3's reading of a plain scalar's text, with or without a tag: what a replacement
//! needs when it copies only the text of a value into a node that keeps its own type.

use serde_json::{Number, Value};

/// The YAML types a scalar resolves to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tag {
    Null,
    Bool,
    Int,
    Float,
    Str,
    Timestamp,
}

impl Tag {
    /// The short tag as go-yaml spells it in messages (`!!int`).
    pub fn short(self) -> &'static str {
        match self {
            Tag::Null => "!!null",
            Tag::Bool => "!!bool",
            Tag::Int => "!!int",
            Tag::Float => "!!float",
            Tag::Str => "!!str",
            Tag::Timestamp => "!!timestamp",
        }
    }

    /// The tag a parsed value carries (a number with a fraction or exponent is a float).
    pub fn of(v: &Value) -> Option<Tag> {
        Some(match v {
            Value::Null => Tag::Null,
            Value::Bool(_) => Tag::Bool,
            Value::Number(n) if n.is_f64() => Tag::Float,
            Value::Number(_) => Tag::Int,
            Value::String(_) => Tag::Str,
            _ => return None,
        })
    }
}

/// strconv.ParseInt(s, 0, 64), then ParseUint: Go's base prefixes and a leading-zero octal.
fn go_int(s: &str) -> Option<Value> {
    let (neg, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let (digits, radix) = if let Some(d) = body.strip_prefix("0x").or(body.strip_prefix("0X")) {
        (d, 16)
    } else if let Some(d) = body.strip_prefix("0b").or(body.strip_prefix("0B")) {
        (d, 2)
    } else if let Some(d) = body.strip_prefix("0o").or(body.strip_prefix("0O")) {
        (d, 8)
    } else if body.len() > 1 && body.starts_with('0') {
        (&body[1..], 8)
    } else {
        (body, 10)
    };
    if digits.is_empty() || digits.starts_with(['+', '-']) {
        return None;
    }
    let u = u64::from_str_radix(digits, radix).ok()?;
    if neg {
        let i = match i64::try_from(u) {
            Ok(i) => -i,
            Err(_) if u == 1 << 63 => i64::MIN,
            Err(_) => return None,
        };
        Some(Value::from(i))
    } else {
        Some(Value::from(u))
    }
}

/// go-yaml v3's float syntax (`yamlStyleFloat`), then strconv.ParseFloat.
fn yaml_float(s: &str) -> Option<f64> {
    let body = s.strip_prefix(['-', '+']).unwrap_or(s);
    let (mantissa, exp) = match body.find(['e', 'E']) {
        Some(i) => (&body[..i], Some(&body[i + 1..])),
        None => (body, None),
    };
    let digits = |d: &str| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit());
    let mantissa_ok = match mantissa.split_once('.') {
        Some(("", frac)) => digits(frac),
        Some((int, frac)) => digits(int) && (frac.is_empty() || digits(frac)),
        None => digits(mantissa),
    };
    let exp_ok = exp.is_none_or(|e| digits(e.strip_prefix(['-', '+']).unwrap_or(e)));
    if mantissa_ok && exp_ok {
        s.parse::<f64>().ok()
    } else {
        None
    }
}

fn is_timestamp(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 10
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4] == b'-'
        && b[5..7].iter().all(u8::is_ascii_digit)
        && b[7] == b'-'
        && b[8..10].iter().all(u8::is_ascii_digit)
}

/// What a plain (untagged, unquoted) scalar with this text reads as. Infinities and NaN come
/// back as `Err(Tag::Float)`: they exist in YAML but not in JSON.
pub fn resolve_plain(text: &str) -> Result<(Tag, Value), Tag> {
    match text {
        "" | "~" | "null" | "Null" | "NULL" => return Ok((Tag::Null, Value::Null)),
        "true" | "True" | "TRUE" => return Ok((Tag::Bool, Value::Bool(true))),
        "false" | "False" | "FALSE" => return Ok((Tag::Bool, Value::Bool(false))),
        ".inf" | ".Inf" | ".INF" | "+.inf" | "+.Inf" | "+.INF" | "-.inf" | "-.Inf" | "-.INF"
        | ".nan" | ".NaN" | ".NAN" => return Err(Tag::Float),
        _ => {}
    }
    let first = text.as_bytes()[0];
    if first.is_ascii_digit() || matches!(first, b'-' | b'+' | b'.') {
        if is_timestamp(text) {
            return Ok((Tag::Timestamp, Value::String(text.to_string())));
        }
        let plain = text.replace('_', "");
        if let Some(v) = go_int(&plain) {
            return Ok((Tag::Int, v));
        }
        if let Some(f) = yaml_float(&plain) {
            return Number::from_f64(f)
                .map(|n| (Tag::Float, Value::Number(n)))
                .ok_or(Tag::Float);
        }
    }
    Ok((Tag::Str, Value::String(text.to_string())))
}

/// Reads `text` as a node tagged `tag` would be read (go-yaml v3's decode of a tagged scalar):
/// a string takes any text, a float also takes an integer; anything else must resolve to the
/// tag itself. The error is go-yaml's message.
pub fn decode_tagged(tag: Tag, text: &str) -> Result<Value, String> {
    if tag == Tag::Str || tag == Tag::Timestamp {
        return Ok(Value::String(text.to_string()));
    }
    let fail = |rtag: Tag| {
        format!(
            "cannot decode {} `{text}` as a {}",
            rtag.short(),
            tag.short()
        )
    };
    match resolve_plain(text) {
        Ok((rtag, v)) if rtag == tag => Ok(v),
        Ok((Tag::Int, v)) if tag == Tag::Float => Ok(v
            .as_f64()
            .and_then(Number::from_f64)
            .map(Value::Number)
            .unwrap_or(v)),
        Ok((rtag, _)) => Err(fail(rtag)),
        Err(_) if tag == Tag::Float => Err(format!("json: unsupported value: {text}")),
        Err(rtag) => Err(fail(rtag)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn go_number_forms_resolve_to_ints() {
        for (text, n) in [
            ("0x1F", 31),
            ("0755", 493),
            ("1_000", 1000),
            ("+5", 5),
            ("0o17", 15),
        ] {
            assert_eq!(resolve_plain(text), Ok((Tag::Int, json!(n))), "{text}");
        }
    }

    #[test]
    fn a_float_node_takes_an_integer_but_an_int_node_refuses_a_float() {
        assert_eq!(decode_tagged(Tag::Float, "8080"), Ok(json!(8080.0)));
        assert_eq!(
            decode_tagged(Tag::Int, "1e3"),
            Err("cannot decode !!float `1e3` as a !!int".to_string())
        );
    }

    #[test]
    fn a_bool_node_refuses_yaml_1_1_words() {
        assert_eq!(
            decode_tagged(Tag::Bool, "yes"),
            Err("cannot decode !!str `yes` as a !!bool".to_string())
        );
        assert_eq!(decode_tagged(Tag::Bool, "True"), Ok(json!(true)));
    }
}
