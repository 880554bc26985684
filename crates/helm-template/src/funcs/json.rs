//! JSON text as Go's encoding/json writes it (`toJson`, `toPrettyJson`, `toRawJson`): sorted
//! keys, Go's float formatting (`0.000001`, `1e-7`, `1e+21`, `-0`), optional HTML escaping of
//! `<`, `>`, `&`, and `MarshalIndent`'s two-space layout.

use crate::template::value::{Value, go_json_float};

/// Writes `v` as JSON; `pretty` indents by two spaces, `html` escapes `<`, `>` and `&`.
pub(crate) fn write(v: &Value, pretty: bool, html: bool) -> String {
    let mut out = String::new();
    value(v, pretty, html, 0, &mut out);
    out
}

fn string(s: &str, html: bool, out: &mut String) {
    let quoted = serde_json::to_string(s).unwrap_or_default();
    for c in quoted.chars() {
        match c {
            '<' if html => out.push_str("\\u003c"),
            '>' if html => out.push_str("\\u003e"),
            '&' if html => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
}

fn newline(pretty: bool, depth: usize, out: &mut String) {
    if pretty {
        out.push('\n');
        out.push_str(&"  ".repeat(depth));
    }
}

fn value(v: &Value, pretty: bool, html: bool, depth: usize, out: &mut String) {
    match v {
        Value::Nil => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Int(i) | Value::Int64(i) => out.push_str(&i.to_string()),
        Value::Float(f) => out.push_str(&go_json_float(*f)),
        Value::Str(s) => string(s, html, out),
        Value::List(_) | Value::StrList(_) => {
            let items = v.as_list().unwrap_or_default();
            if items.is_empty() {
                out.push_str("[]");
                return;
            }
            out.push('[');
            for (i, x) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                newline(pretty, depth + 1, out);
                value(x, pretty, html, depth + 1, out);
            }
            newline(pretty, depth, out);
            out.push(']');
        }
        Value::Map(m) => {
            let m = m.borrow();
            if m.is_empty() {
                out.push_str("{}");
                return;
            }
            out.push('{');
            for (i, (k, x)) in m.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                newline(pretty, depth + 1, out);
                string(k, html, out);
                out.push(':');
                if pretty {
                    out.push(' ');
                }
                value(x, pretty, html, depth + 1, out);
            }
            newline(pretty, depth, out);
            out.push('}');
        }
        // bytes (base64 strings) and Go structs: through their JSON form
        other => {
            let j = other.to_json();
            value(&Value::from_json(&j), pretty, html, depth, out);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_are_written_as_go_writes_them() {
        let l = Value::list(
            [0.000001, 1e-7, 1e21, -0.0, 1e20, 0.5]
                .into_iter()
                .map(Value::Float)
                .collect(),
        );
        assert_eq!(
            write(&l, false, true),
            "[0.000001,1e-7,1e+21,-0,100000000000000000000,0.5]"
        );
    }

    #[test]
    fn raw_json_does_not_escape_html() {
        let s = Value::str("<a>&");
        assert_eq!(write(&s, false, false), "\"<a>&\"");
        assert_eq!(write(&s, false, true), "\"\\u003ca\\u003e\\u0026\"");
    }
}
