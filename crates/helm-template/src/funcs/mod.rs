//! The function table Helm gives templates: text/template builtins, sprig, and Helm's own.

pub(crate) mod case;
pub(crate) mod crypto;
pub(crate) mod dates;
pub(crate) mod decimal;
pub(crate) mod dicts;
pub(crate) mod encoding;
pub(crate) mod helm;
pub(crate) mod json;
pub(crate) mod json_syntax;
pub(crate) mod lists;
pub(crate) mod math;
pub(crate) mod paths;
pub(crate) mod regexp;
pub(crate) mod semver;
pub(crate) mod strings;
pub(crate) mod x509;
pub(crate) mod yaml;
pub(crate) mod yaml_read;

use std::rc::Rc;
use std::sync::OnceLock;

use crate::template::builtins;
use crate::template::exec::{FuncDef, FuncImpl, Funcs};
use crate::template::gofmt;
use crate::template::value::Value;

pub(crate) type Res = Result<Value, String>;

/// Adds one function to the table.
pub(crate) fn add(
    f: &mut Funcs,
    name: &'static str,
    func: FuncImpl,
    min: usize,
    max: Option<usize>,
) {
    f.insert(name, FuncDef { f: func, min, max });
}

fn build() -> Funcs {
    let mut f = Funcs::new();
    builtins::register(&mut f);
    strings::register(&mut f);
    lists::register(&mut f);
    dicts::register(&mut f);
    math::register(&mut f);
    paths::register(&mut f);
    encoding::register(&mut f);
    crypto::register(&mut f);
    dates::register(&mut f);
    semver::register(&mut f);
    helm::register(&mut f);
    f
}

/// The full function table (built once per thread).
pub(crate) fn table() -> Rc<Funcs> {
    thread_local! {
        static TABLE: Rc<Funcs> = Rc::new(build());
    }
    TABLE.with(Rc::clone)
}

/// Whether `name` is a function Helm templates know (for callers outside the engine).
pub fn is_known(name: &str) -> bool {
    static NAMES: OnceLock<Vec<&'static str>> = OnceLock::new();
    NAMES
        .get_or_init(|| build().keys().copied().collect())
        .contains(&name)
}

/// sprig's `strval`: strings as they are, byte slices as text, anything else as `%v`.
pub(crate) fn strval(v: &Value) -> String {
    match v {
        Value::Str(s) => s.to_string(),
        Value::Bytes(b) => String::from_utf8_lossy(b).into_owned(),
        Value::Nil => "<nil>".into(),
        other => gofmt::sprint_value(other),
    }
}

/// A typed `string` parameter: Go rejects other types before the call.
pub(crate) fn string_arg(v: &Value) -> Result<String, String> {
    match v {
        Value::Str(s) => Ok(s.to_string()),
        Value::Nil => Err("invalid value; expected string".into()),
        other => Err(format!(
            "wrong type for value; expected string; got {}",
            other.type_name()
        )),
    }
}

/// A typed `int` parameter.
pub(crate) fn int_arg(v: &Value) -> Result<i64, String> {
    match v {
        Value::Int(i) | Value::Int64(i) => Ok(*i),
        Value::Nil => Err("invalid value; expected int".into()),
        other => Err(format!(
            "wrong type for value; expected int; got {}",
            other.type_name()
        )),
    }
}

/// Go's `int64(f)` on amd64: truncates, and a value out of range (or NaN) becomes the minimum
/// int64 (Rust's `as` would saturate instead).
pub(crate) fn go_float_to_int(f: f64) -> i64 {
    if !(-9_223_372_036_854_775_808.0..9_223_372_036_854_775_808.0).contains(&f) {
        i64::MIN
    } else {
        f as i64
    }
}

/// cast.ToInt64: numbers truncate, strings parse (base prefixes allowed), others are 0.
pub(crate) fn to_i64(v: &Value) -> i64 {
    match v {
        Value::Int(i) | Value::Int64(i) => *i,
        Value::Float(f) => go_float_to_int(*f),
        Value::Bool(b) => i64::from(*b),
        Value::Str(s) => parse_int_str(s).unwrap_or(0),
        _ => 0,
    }
}

fn parse_int_str(s: &str) -> Option<i64> {
    let t = s.trim();
    let t = t.strip_suffix(".0").unwrap_or(t);
    let (neg, body) = match t.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let lower = body.to_ascii_lowercase();
    let n = if let Some(h) = lower.strip_prefix("0x") {
        i64::from_str_radix(h, 16).ok()?
    } else if let Some(b) = lower.strip_prefix("0b") {
        i64::from_str_radix(b, 2).ok()?
    } else if let Some(o) = lower.strip_prefix("0o") {
        i64::from_str_radix(o, 8).ok()?
    } else if lower.len() > 1 && lower.starts_with('0') {
        i64::from_str_radix(&lower[1..], 8).ok()?
    } else {
        lower.parse().ok()?
    };
    Some(if neg { -n } else { n })
}

/// cast.ToFloat64.
pub(crate) fn to_f64(v: &Value) -> f64 {
    match v {
        Value::Int(i) | Value::Int64(i) => *i as f64,
        Value::Float(f) => *f,
        Value::Bool(b) => f64::from(u8::from(*b)),
        Value::Str(s) => s.trim().parse().unwrap_or(0.0),
        _ => 0.0,
    }
}

/// sprig's `empty`.
pub(crate) fn is_empty(v: &Value) -> bool {
    !v.is_true()
}

/// A list argument of any slice type. sprig asks `reflect.TypeOf(list).Kind()` first, which
/// panics on nil, so nil is an error.
pub(crate) fn list_arg(v: &Value, func: &str) -> Result<Vec<Value>, String> {
    match v {
        Value::Nil => {
            Err("runtime error: invalid memory address or nil pointer dereference".into())
        }
        other => other
            .as_list()
            .ok_or_else(|| format!("Cannot {func} on type {}", other.kind_name())),
    }
}

#[cfg(test)]
mod tests;
