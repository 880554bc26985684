//! Writing JSON the way SOPS does (Go's `encoding/json` with tab indentation), so a decrypted JSON file is
//! byte-for-byte what `sops -d` prints.

use serde_json::{Map, Number, Value};

/// Serialises a decrypted JSON document: tab-indented, `": "` separators, HTML characters escaped, floats in
/// Go's notation, and a final newline.
pub(crate) fn to_go_json(root: &Map<String, Value>) -> String {
    let mut out = String::new();
    write_object(&mut out, root, 0);
    out.push('\n');
    out
}

fn write_value(out: &mut String, v: &Value, depth: usize) {
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(&number(n)),
        Value::String(s) => write_string(out, s),
        Value::Array(items) => {
            if items.is_empty() {
                out.push_str("[]");
                return;
            }
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                newline(out, depth + 1);
                write_value(out, item, depth + 1);
            }
            newline(out, depth);
            out.push(']');
        }
        Value::Object(m) => write_object(out, m, depth),
    }
}

fn write_object(out: &mut String, m: &Map<String, Value>, depth: usize) {
    if m.is_empty() {
        out.push_str("{}");
        return;
    }
    out.push('{');
    for (i, (k, v)) in m.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        newline(out, depth + 1);
        write_string(out, k);
        out.push_str(": ");
        write_value(out, v, depth + 1);
    }
    newline(out, depth);
    out.push('}');
}

fn newline(out: &mut String, depth: usize) {
    out.push('\n');
    out.extend(std::iter::repeat_n('\t', depth));
}

/// Go's string escaping: `<`, `>`, `&`, U+2028 and U+2029 as `\u` escapes, control characters as short escapes
/// where JSON has them.
fn write_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '<' | '>' | '&' | '\u{2028}' | '\u{2029}' => {
                out.push_str(&format!("\\u{:04x}", c as u32))
            }
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Go marshals float64 in plain notation unless the exponent is below -6 or at least 21, and then as `1e+21`
/// / `1e-7`.
fn number(n: &Number) -> String {
    if n.is_i64() || n.is_u64() {
        return n.to_string();
    }
    let Some(f) = n.as_f64() else {
        return n.to_string();
    };
    let abs = f.abs();
    if abs != 0.0 && !(1e-6..1e21).contains(&abs) {
        let e = format!("{f:e}");
        match e.split_once('e') {
            Some((mantissa, exp)) if !exp.starts_with('-') => format!("{mantissa}e+{exp}"),
            _ => e,
        }
    } else {
        format!("{f}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn output_matches_go_encoding_json() {
        let v = json!({"a": [1, 2.5, 1000.0, 1e21, 1e-7], "h": "<&>", "e": {}, "l": []});
        let Value::Object(m) = v else { unreachable!() };
        assert_eq!(
            to_go_json(&m),
            "{\n\t\"a\": [\n\t\t1,\n\t\t2.5,\n\t\t1000,\n\t\t1e+21,\n\t\t1e-7\n\t],\n\t\"h\": \"\\u003c\\u0026\\u003e\",\n\t\"e\": {},\n\t\"l\": []\n}\n"
        );
    }
}
