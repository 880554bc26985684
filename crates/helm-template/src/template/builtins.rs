//! text/template's predefined functions: comparisons, `index`, `len`, `print*`, `not`….

use std::cmp::Ordering;

use super::exec::{Exec, FuncDef, Funcs};
use super::gofmt;
use super::value::Value;

type Res = Result<Value, String>;

/// Registers the builtins into `f`.
pub(crate) fn register(f: &mut Funcs) {
    let mut add =
        |name: &'static str, func: super::exec::FuncImpl, min: usize, max: Option<usize>| {
            f.insert(name, FuncDef { f: func, min, max });
        };
    add(
        "and",
        |_, a| Ok(a.last().cloned().unwrap_or_default()),
        1,
        None,
    );
    add(
        "or",
        |_, a| Ok(a.last().cloned().unwrap_or_default()),
        1,
        None,
    );
    add("not", |_, a| Ok(Value::Bool(!a[0].is_true())), 1, Some(1));
    add("len", len, 1, Some(1));
    add("index", index, 1, None);
    add("slice", slice, 1, None);
    add("print", |_, a| Ok(Value::str(gofmt::sprint(&a))), 0, None);
    add(
        "println",
        |_, a| Ok(Value::str(gofmt::sprintln(&a))),
        0,
        None,
    );
    add("printf", printf, 1, None);
    add("eq", eq, 1, None);
    add(
        "ne",
        |_, a| Ok(Value::Bool(!eq_values(&a[0], &a[1..])?)),
        2,
        Some(2),
    );
    add("lt", |_, a| Ok(Value::Bool(lt(&a[0], &a[1])?)), 2, Some(2));
    add(
        "le",
        |_, a| Ok(Value::Bool(lt(&a[0], &a[1])? || eq_values(&a[0], &a[1..])?)),
        2,
        Some(2),
    );
    add(
        "gt",
        |_, a| {
            Ok(Value::Bool(
                !(lt(&a[0], &a[1])? || eq_values(&a[0], &a[1..])?),
            ))
        },
        2,
        Some(2),
    );
    add("ge", |_, a| Ok(Value::Bool(!lt(&a[0], &a[1])?)), 2, Some(2));
    add(
        "html",
        |_, a| Ok(Value::str(html_escape(&escaper_text(&a)))),
        0,
        None,
    );
    add(
        "js",
        |_, a| Ok(Value::str(js_escape(&escaper_text(&a)))),
        0,
        None,
    );
    add(
        "urlquery",
        |_, a| Ok(Value::str(url_query(&escaper_text(&a)))),
        0,
        None,
    );
    add("call", |_, _| Err("call of non-function".into()), 1, None);
}

fn printf(_: &mut Exec<'_>, a: Vec<Value>) -> Res {
    let Value::Str(f) = &a[0] else {
        return Err(format!(
            "wrong type for value; expected string; got {}",
            a[0].type_name()
        ));
    };
    Ok(Value::str(gofmt::sprintf(f, &a[1..])))
}

fn len(_: &mut Exec<'_>, a: Vec<Value>) -> Res {
    let n = match &a[0] {
        Value::Str(s) => s.len(),
        Value::List(l) => l.len(),
        Value::StrList(l) => l.len(),
        Value::Bytes(b) => b.len(),
        Value::Map(m) => m.borrow().len(),
        // Go map types with methods (Helm's `files`)
        Value::Object(o) if o.is_go_map() => o.fields.len(),
        // Helm's VersionSet is a []string
        Value::Object(o) if o.type_name == "common.VersionSet" => o.fields.len(),
        Value::Nil => return Err("len of nil pointer".into()),
        other => return Err(format!("len of type {}", other.type_name())),
    };
    Ok(Value::Int(n as i64))
}

fn as_index(v: &Value) -> Result<i64, String> {
    match v {
        Value::Int(i) | Value::Int64(i) => Ok(*i),
        Value::Nil => Err("cannot index slice/array with nil".into()),
        other => Err(format!(
            "cannot index slice/array with type {}",
            other.type_name()
        )),
    }
}

fn index(_: &mut Exec<'_>, a: Vec<Value>) -> Res {
    let mut item = a[0].clone();
    for key in &a[1..] {
        item = match &item {
            Value::Map(m) => match key {
                Value::Str(k) => m.borrow().get(&**k).cloned().unwrap_or_default(),
                Value::Nil => Value::Nil,
                other => {
                    return Err(format!(
                        "value has type {}; should be string",
                        other.type_name()
                    ));
                }
            },
            Value::List(_) | Value::StrList(_) | Value::Bytes(_) | Value::Str(_) => {
                let i = as_index(key)?;
                let len = match &item {
                    Value::Str(s) => s.len(),
                    _ => item.as_list().map_or(0, |l| l.len()),
                };
                if i < 0 || i as usize >= len {
                    return Err(format!("index out of range: {i}"));
                }
                match &item {
                    Value::Str(s) => Value::Int(i64::from(s.as_bytes()[i as usize])),
                    _ => item
                        .as_list()
                        .and_then(|l| l.get(i as usize).cloned())
                        .unwrap_or_default(),
                }
            }
            Value::Object(o) if o.is_go_map() => match key {
                Value::Str(k) => o.fields.get(&**k).cloned().unwrap_or_default(),
                other => {
                    return Err(format!(
                        "value has type {}; should be string",
                        other.type_name()
                    ));
                }
            },
            Value::Nil => return Err("index of untyped nil".into()),
            other => return Err(format!("can't index item of type {}", other.type_name())),
        };
    }
    Ok(item)
}

fn slice(_: &mut Exec<'_>, a: Vec<Value>) -> Res {
    let item = &a[0];
    let idx: Vec<i64> = a[1..].iter().map(as_index).collect::<Result<_, _>>()?;
    if idx.len() > 3 {
        return Err(format!("too many slice indexes: {}", idx.len()));
    }
    let len = match item {
        Value::Str(s) => s.len(),
        Value::Nil => return Err("slice of untyped nil".into()),
        other => other
            .as_list()
            .map(|l| l.len())
            .ok_or_else(|| format!("can't slice item of type {}", other.type_name()))?,
    } as i64;
    let lo = idx.first().copied().unwrap_or(0);
    let hi = idx.get(1).copied().unwrap_or(len);
    if lo < 0 || hi < lo || hi > len {
        return Err(format!("index out of range: {hi}"));
    }
    Ok(match item {
        Value::Str(s) => Value::str(s.get(lo as usize..hi as usize).unwrap_or_default()),
        other => {
            Value::list(other.as_list().unwrap_or_default()[lo as usize..hi as usize].to_vec())
        }
    })
}

#[derive(PartialEq, Eq, Clone, Copy, Debug)]
enum Kind {
    Bool,
    Int,
    Float,
    Str,
    Invalid,
}

fn kind(v: &Value) -> Kind {
    match v {
        Value::Bool(_) => Kind::Bool,
        Value::Int(_) | Value::Int64(_) => Kind::Int,
        Value::Float(_) => Kind::Float,
        Value::Str(_) => Kind::Str,
        _ => Kind::Invalid,
    }
}

fn eq(_: &mut Exec<'_>, a: Vec<Value>) -> Res {
    Ok(Value::Bool(eq_values(&a[0], &a[1..])?))
}

/// Go's `eq arg1 arg2...`: true when arg1 equals any of the others.
pub(crate) fn eq_values(a: &Value, rest: &[Value]) -> Result<bool, String> {
    if rest.is_empty() {
        return Err("missing argument for comparison".into());
    }
    let k1 = kind(a);
    for b in rest {
        let k2 = kind(b);
        let truth = if k1 != k2 {
            if !matches!(a, Value::Nil) && !matches!(b, Value::Nil) {
                return Err(format!(
                    "incompatible types for comparison: {} and {}",
                    a.type_name(),
                    b.type_name()
                ));
            }
            false
        } else {
            match (a, b) {
                (Value::Bool(x), Value::Bool(y)) => x == y,
                (Value::Int(x) | Value::Int64(x), Value::Int(y) | Value::Int64(y)) => x == y,
                (Value::Float(x), Value::Float(y)) => x == y,
                (Value::Str(x), Value::Str(y)) => x == y,
                (Value::Nil, Value::Nil) => true,
                (Value::Nil, _) | (_, Value::Nil) => false,
                (x, y) if x.kind_name() != y.kind_name() => {
                    return Err(format!(
                        "non-comparable types {}: {}, {}: {}",
                        gofmt::sprint_value(x),
                        x.type_name(),
                        y.type_name(),
                        gofmt::sprint_value(y)
                    ));
                }
                (x, _) => {
                    return Err(format!(
                        "non-comparable type {}: {}",
                        gofmt::sprint_value(x),
                        x.type_name()
                    ));
                }
            }
        };
        if truth {
            return Ok(true);
        }
    }
    Ok(false)
}

fn lt(a: &Value, b: &Value) -> Result<bool, String> {
    let (k1, k2) = (kind(a), kind(b));
    if k1 == Kind::Invalid || k2 == Kind::Invalid {
        return Err("invalid type for comparison".into());
    }
    if k1 != k2 {
        return Err(format!(
            "incompatible types for comparison: {} and {}",
            a.type_name(),
            b.type_name()
        ));
    }
    Ok(match (a, b) {
        (Value::Int(x) | Value::Int64(x), Value::Int(y) | Value::Int64(y)) => x < y,
        (Value::Float(x), Value::Float(y)) => x.partial_cmp(y) == Some(Ordering::Less),
        (Value::Str(x), Value::Str(y)) => x < y,
        _ => return Err("invalid type for comparison".into()),
    })
}

fn html_escape(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        match c {
            '"' => out.push_str("&#34;"),
            '\'' => out.push_str("&#39;"),
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\0' => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

/// The text the `html`, `js` and `urlquery` escapers work on: one string as it is, else the
/// arguments printed as fmt.Sprint does, with nil printed as `<no value>`.
fn escaper_text(a: &[Value]) -> String {
    if let [Value::Str(s)] = a {
        return s.to_string();
    }
    let args: Vec<Value> = a
        .iter()
        .map(|v| match v {
            Value::Nil => Value::str("<no value>"),
            v => v.clone(),
        })
        .collect();
    gofmt::sprint(&args)
}

/// Go's JSEscapeString: quotes, backslash, `<>&=` escaped, control characters as `\u00XX`,
/// non-printable non-ASCII characters as `\uXXXX`.
fn js_escape(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\'' => out.push_str("\\'"),
            '"' => out.push_str("\\\""),
            '<' => out.push_str("\\u003C"),
            '>' => out.push_str("\\u003E"),
            '&' => out.push_str("\\u0026"),
            '=' => out.push_str("\\u003D"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u00{:02X}", c as u32)),
            c if !c.is_ascii() && !is_go_printable(c) => {
                out.push_str(&format!("\\u{:04X}", c as u32))
            }
            c => out.push(c),
        }
    }
    out
}

/// Go's unicode.IsPrint for non-ASCII: letters, marks, numbers, punctuation and symbols (no
/// spaces other than U+0020, no control or format characters).
fn is_go_printable(c: char) -> bool {
    static RE: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| regex::Regex::new(r"^[\p{L}\p{M}\p{N}\p{P}\p{S}]$").ok());
    let mut buf = [0u8; 4];
    re.as_ref()
        .is_some_and(|re| re.is_match(c.encode_utf8(&mut buf)))
}

/// Go's `url.QueryEscape`.
pub(crate) fn url_query(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            b' ' => out.push('+'),
            b => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}
