//! YAML in and out as Helm does it: sigs.k8s.io/yaml parsing (numbers become float64) and
//! a go-yaml v2 style emitter for `toYaml` (sorted keys, unindented sequences, 80-column folding).

use std::collections::BTreeMap;

use crate::template::gofmt;
use crate::template::value::Value;

use super::yaml_read::{Lenient, yaml11_compat, yaml11_scalar};

/// Parses one YAML document into yaml_serde's tree (`None`: no document), after the YAML 1.1
/// rewrites; callers convert only what they need.
pub(crate) fn parse_tree(src: &str) -> Result<Option<yaml_serde::Value>, String> {
    use serde::Deserialize as _;
    // a document that is one plain scalar (`007`, `yes`)
    let single = src.trim();
    let rewritten;
    let src = match yaml11_scalar(single) {
        Some(r) if !single.contains(['\n', ':', '#', '-', '[', '{']) => {
            rewritten = r;
            rewritten.as_str()
        }
        _ => src,
    };
    let src = &*yaml11_compat(src);
    // like sigs.k8s.io/yaml, only the first document counts
    let Some(doc) = yaml_serde::Deserializer::from_str(src).next() else {
        return Ok(None);
    };
    match yaml_serde::Value::deserialize(doc) {
        Ok(v) => Ok(Some(v)),
        // go-yaml as sigs.k8s.io/yaml drives it keeps the last of duplicate keys, and reads
        // integers past 64 bits as floats
        Err(e)
            if ["duplicate entry", "as u128", "as i128"]
                .iter()
                .any(|m| e.to_string().contains(m)) =>
        {
            let doc = yaml_serde::Deserializer::from_str(src).next();
            doc.map(|d| Lenient::deserialize(d).map(|l| l.0))
                .transpose()
                .map_err(|e| format!("error converting YAML to JSON: yaml: {e}"))
        }
        Err(e) => Err(format!(
            "error converting YAML to JSON: yaml: {}",
            yaml_message(&e)
        )),
    }
}

/// The parser's message without the context go-yaml does not give (`, while parsing …`).
fn yaml_message(e: &yaml_serde::Error) -> String {
    let m = e.to_string();
    let m = match m.find(", while ") {
        Some(i) => m[..i].to_string(),
        None => m,
    };
    match m.rfind(" at line ") {
        Some(i) if m[i..].contains(" column ") => m[..i].to_string(),
        _ => m,
    }
}

/// Parses one YAML document into a template value, converting as YAML→JSON→Go would.
pub(crate) fn parse(src: &str) -> Result<Value, String> {
    Ok(parse_tree(src)?.map_or(Value::Nil, |y| from_yaml(&y)))
}

/// Parses one YAML document straight to JSON: the same result as `parse(src)?.to_json()`
/// without building the template value in between (values files can be large).
pub(crate) fn parse_json(src: &str) -> Result<serde_json::Value, String> {
    let tree = parse_tree(src)?;
    if let Some(y) = &tree {
        check_finite(y)?;
    }
    Ok(tree.map_or(serde_json::Value::Null, |y| yaml_to_json(&y)))
}

/// Helm reads YAML by converting it to JSON, which has no infinities or NaN: `.inf`, `-.inf`
/// and `.nan` make the file unreadable.
fn check_finite(y: &yaml_serde::Value) -> Result<(), String> {
    match y {
        yaml_serde::Value::Number(n) => match n.as_f64() {
            Some(f) if f.is_nan() => Err(unsupported("NaN")),
            Some(f) if f.is_infinite() => Err(unsupported(if f > 0.0 { "+Inf" } else { "-Inf" })),
            _ => Ok(()),
        },
        yaml_serde::Value::Sequence(s) => s.iter().try_for_each(check_finite),
        yaml_serde::Value::Mapping(m) => m.iter().try_for_each(|(k, v)| {
            check_finite(k)?;
            check_finite(v)
        }),
        yaml_serde::Value::Tagged(t) => check_finite(&t.value),
        _ => Ok(()),
    }
}

fn unsupported(what: &str) -> String {
    format!("error converting YAML to JSON: json: unsupported value: {what}")
}

/// `from_yaml(y).to_json()` in one pass: keys sorted and deduplicated as the template map does.
pub(crate) fn yaml_to_json(y: &yaml_serde::Value) -> serde_json::Value {
    use serde_json::Value as J;
    match y {
        yaml_serde::Value::Null => J::Null,
        yaml_serde::Value::Bool(b) => J::Bool(*b),
        yaml_serde::Value::Number(n) => {
            crate::template::value::float_json(n.as_f64().unwrap_or(0.0))
        }
        yaml_serde::Value::String(s) => J::String(s.clone()),
        yaml_serde::Value::Sequence(s) => J::Array(s.iter().map(yaml_to_json).collect()),
        yaml_serde::Value::Mapping(m) => {
            let mut sorted = BTreeMap::new();
            for (k, v) in m {
                sorted.insert(key_string(k), v);
            }
            J::Object(
                sorted
                    .into_iter()
                    .map(|(k, v)| (k, yaml_to_json(v)))
                    .collect(),
            )
        }
        yaml_serde::Value::Tagged(t) => yaml_to_json(&t.value),
    }
}

/// The last entry of a mapping whose key reads as `key` (later duplicates win, as in
/// [`from_yaml`]); `None` for anything but a mapping.
pub(crate) fn yaml_get<'a>(y: &'a yaml_serde::Value, key: &str) -> Option<&'a yaml_serde::Value> {
    match y {
        yaml_serde::Value::Mapping(m) => m
            .iter()
            .filter(|(k, _)| key_string(k) == key)
            .last()
            .map(|(_, v)| v),
        yaml_serde::Value::Tagged(t) => yaml_get(&t.value, key),
        _ => None,
    }
}

/// Converts a parsed YAML value.
pub(crate) fn from_yaml(y: &yaml_serde::Value) -> Value {
    match y {
        yaml_serde::Value::Null => Value::Nil,
        yaml_serde::Value::Bool(b) => Value::Bool(*b),
        yaml_serde::Value::Number(n) => Value::Float(n.as_f64().unwrap_or(0.0)),
        yaml_serde::Value::String(s) => Value::str(s.as_str()),
        yaml_serde::Value::Sequence(s) => Value::list(s.iter().map(from_yaml).collect()),
        yaml_serde::Value::Mapping(m) => {
            let mut out = BTreeMap::new();
            for (k, v) in m {
                out.insert(key_string(k), from_yaml(v));
            }
            Value::map(out)
        }
        yaml_serde::Value::Tagged(t) => from_yaml(&t.value),
    }
}

fn key_string(k: &yaml_serde::Value) -> String {
    match k {
        yaml_serde::Value::String(s) => s.clone(),
        yaml_serde::Value::Bool(b) => b.to_string(),
        yaml_serde::Value::Number(n) => {
            let f = n.as_f64().unwrap_or(0.0);
            if f.fract() == 0.0 && f.abs() < 1e18 {
                format!("{}", f as i64)
            } else {
                gofmt::strconv_g(f)
            }
        }
        yaml_serde::Value::Null => "null".into(),
        other => yaml_serde::to_string(other)
            .unwrap_or_default()
            .trim()
            .to_string(),
    }
}

/// `toYaml`: marshals like sigs.k8s.io/yaml (through JSON, then go-yaml v2), without the final newline.
pub(crate) fn to_yaml(v: &Value) -> String {
    let mut out = String::new();
    let j = normalize(v);
    emit_node(&mut out, &j, 0, Ctx::Top);
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out
}

/// A value after the JSON round trip: integral floats become ints.
#[derive(Debug, Clone)]
enum N {
    Null,
    Bool(bool),
    Int(i128),
    Float(f64),
    Str(String),
    List(Vec<N>),
    Map(Vec<(String, N)>),
}

fn normalize(v: &Value) -> N {
    match v {
        Value::Nil => N::Null,
        Value::Bool(b) => N::Bool(*b),
        Value::Int(i) | Value::Int64(i) => N::Int(i128::from(*i)),
        // toYaml goes through JSON: a whole float's JSON digits read back as an integer when
        // they fit int64/uint64, else as a float again
        Value::Float(f) => match crate::template::value::go_whole_digits(*f)
            .and_then(|d| d.parse::<i128>().ok())
            .filter(|n| *n >= i128::from(i64::MIN) && *n <= i128::from(u64::MAX))
        {
            Some(n) => N::Int(n),
            None => N::Float(*f),
        },
        Value::Str(s) => N::Str(s.to_string()),
        Value::Bytes(_) => match v.to_json() {
            serde_json::Value::String(s) => N::Str(s),
            _ => N::Null,
        },
        Value::List(_) | Value::StrList(_) => N::List(
            v.as_list()
                .unwrap_or_default()
                .iter()
                .map(normalize)
                .collect(),
        ),
        Value::Map(m) => N::Map(
            m.borrow()
                .iter()
                .map(|(k, x)| (k.clone(), normalize(x)))
                .collect(),
        ),
        Value::Object(o) => N::Map(
            o.fields
                .iter()
                .map(|(k, x)| (k.clone(), normalize(x)))
                .collect(),
        ),
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Ctx {
    Top,
    MapValue,
    SeqItem,
}

const WIDTH: usize = 80;

fn emit_node(out: &mut String, n: &N, indent: usize, ctx: Ctx) {
    match n {
        N::Map(m) if !m.is_empty() => {
            if ctx == Ctx::MapValue {
                out.push('\n');
            }
            for (i, (k, v)) in m.iter().enumerate() {
                if i > 0 || ctx != Ctx::SeqItem {
                    out.push_str(&" ".repeat(indent));
                }
                out.push_str(&scalar_str(k, indent, false));
                out.push(':');
                match v {
                    N::Map(vm) if !vm.is_empty() => emit_node(out, v, indent + 2, Ctx::MapValue),
                    N::List(vl) if !vl.is_empty() => {
                        out.push('\n');
                        emit_seq(out, vl, indent);
                    }
                    _ => {
                        out.push(' ');
                        let col = column(out);
                        emit_scalar(out, v, indent + 2, col);
                        out.push('\n');
                    }
                }
            }
        }
        N::List(l) if !l.is_empty() => emit_seq(out, l, indent),
        other => {
            // go-yaml indents a scalar one step past its container (the root is at -1 → 2)
            let col = column(out);
            emit_scalar(out, other, indent + 2, col);
            out.push('\n');
        }
    }
}

fn emit_seq(out: &mut String, l: &[N], indent: usize) {
    for item in l {
        out.push_str(&" ".repeat(indent));
        out.push_str("- ");
        match item {
            N::Map(m) if !m.is_empty() => emit_node(out, item, indent + 2, Ctx::SeqItem),
            N::List(il) if !il.is_empty() => {
                // nested sequence starts on the same line
                let mut inner = String::new();
                emit_seq(&mut inner, il, indent + 2);
                out.push_str(inner.trim_start());
            }
            _ => {
                let col = column(out);
                emit_scalar(out, item, indent + 2, col);
                out.push('\n');
            }
        }
    }
}

fn column(out: &str) -> usize {
    out.rsplit('\n').next().map_or(0, |l| l.chars().count())
}

fn emit_scalar(out: &mut String, n: &N, indent: usize, col: usize) {
    match n {
        N::Null => out.push_str("null"),
        N::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        N::Int(i) => out.push_str(&i.to_string()),
        N::Float(f) => out.push_str(&float_yaml(*f)),
        N::Str(s) => {
            if s.contains('\n') && block_allowed(s) {
                emit_literal(out, s, indent);
            } else {
                out.push_str(&fold(&scalar_str(s, indent, true), indent, col));
            }
        }
        N::Map(_) => out.push_str("{}"),
        N::List(_) => out.push_str("[]"),
    }
}

fn float_yaml(f: f64) -> String {
    if f.is_nan() {
        return ".nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 {
            "+.inf".into()
        } else {
            "-.inf".into()
        };
    }
    gofmt::strconv_g(f)
}

fn emit_literal(out: &mut String, s: &str, indent: usize) {
    let chomp = if s.ends_with("\n\n") || s == "\n" {
        "+"
    } else if s.ends_with('\n') {
        ""
    } else {
        "-"
    };
    out.push('|');
    if s.starts_with(' ') || s.starts_with('\n') {
        out.push('2');
    }
    out.push_str(chomp);
    let body = s.strip_suffix('\n').unwrap_or(s);
    let pad = " ".repeat(indent.max(2));
    for line in body.split('\n') {
        out.push('\n');
        if !line.is_empty() {
            out.push_str(&pad);
            out.push_str(line);
        }
    }
}

fn block_allowed(s: &str) -> bool {
    // go-yaml refuses block style when a line ends in a space or the text has special characters
    !s.split('\n').any(|l| l.ends_with(' ') || l.ends_with('\t'))
        && !s
            .chars()
            .any(|c| (c < ' ' && c != '\n' && c != '\t') || c == '\u{feff}')
        && !s.starts_with(' ')
}

/// Folds a plain or single-quoted scalar at spaces past column 80, as go-yaml v2 does.
fn fold(s: &str, indent: usize, start_col: usize) -> String {
    if s.starts_with('"') || start_col + s.chars().count() <= WIDTH {
        return s.to_string();
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::new();
    let mut col = start_col;
    let mut prev_space = false;
    let last = chars.len().saturating_sub(1);
    for (i, &c) in chars.iter().enumerate() {
        if c == ' ' {
            let next_space = chars.get(i + 1) == Some(&' ');
            let quoted_edge = s.starts_with('\'') && (i == 0 || i == last);
            if !prev_space && col > WIDTH && !next_space && !quoted_edge {
                out.push('\n');
                out.push_str(&" ".repeat(indent));
                col = indent;
            } else {
                out.push(c);
                col += 1;
            }
            prev_space = true;
        } else {
            out.push(c);
            col += 1;
            prev_space = false;
        }
    }
    out
}

/// Renders a string scalar in go-yaml v2's chosen style: plain, single or double quoted.
fn scalar_str(s: &str, _indent: usize, _value: bool) -> String {
    if needs_double(s) {
        return double_quote(s);
    }
    if resolves_to_non_string(s) {
        return double_quote(s);
    }
    if plain_allowed(s) {
        return s.to_string();
    }
    format!("'{}'", s.replace('\'', "''"))
}

fn needs_double(s: &str) -> bool {
    s.chars().any(|c| {
        (c < ' ' && c != '\n')
            || c == '\u{2028}'
            || c == '\u{2029}'
            || (c != '\n' && !is_printable(c))
    })
}

fn double_quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\0' => out.push_str("\\0"),
            '\u{7}' => out.push_str("\\a"),
            '\u{8}' => out.push_str("\\b"),
            '\u{b}' => out.push_str("\\v"),
            '\u{c}' => out.push_str("\\f"),
            '\u{1b}' => out.push_str("\\e"),
            '\u{85}' => out.push_str("\\N"),
            '\u{2028}' => out.push_str("\\L"),
            '\u{2029}' => out.push_str("\\P"),
            // go-yaml escapes what it deems unprintable, by size
            c if !is_printable(c) => {
                let n = c as u32;
                if n <= 0xff {
                    out.push_str(&format!("\\x{n:02X}"));
                } else if n <= 0xffff {
                    out.push_str(&format!("\\u{n:04X}"));
                } else {
                    out.push_str(&format!("\\U{n:08X}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Would go-yaml v2 resolve this plain text to something other than a string?
pub(crate) fn resolves_to_non_string(s: &str) -> bool {
    if s.is_empty() {
        return true;
    }
    const SPECIAL: &[&str] = &[
        "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True", "TRUE", "false",
        "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF", "~", "null", "Null", "NULL",
        ".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf",
        "-.Inf", "-.INF", "<<",
    ];
    if SPECIAL.contains(&s) {
        return true;
    }
    let first = s.as_bytes()[0];
    if !(first.is_ascii_digit() || matches!(first, b'+' | b'-' | b'.')) {
        return false;
    }
    let plain = s.replace('_', "");
    if plain.parse::<i64>().is_ok() || plain.parse::<u64>().is_ok() {
        return true;
    }
    let lower = plain.to_ascii_lowercase();
    let body = lower.trim_start_matches(['+', '-']);
    if let Some(h) = body.strip_prefix("0x")
        && !h.is_empty()
        && h.chars().all(|c| c.is_ascii_hexdigit())
    {
        return true;
    }
    if let Some(b) = body.strip_prefix("0b")
        && !b.is_empty()
        && b.chars().all(|c| c == '0' || c == '1')
    {
        return true;
    }
    if is_yaml_float(&plain) {
        return true;
    }
    // base 60 (sexagesimal) numbers like 1:20 are floats in YAML 1.1
    if body.contains(':')
        && body
            .split(':')
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit() || c == '.'))
    {
        return true;
    }
    // timestamps
    is_timestamp(s)
}

/// go-yaml's float pattern `^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`, matched by
/// hand: compiling the regex cost more than a whole small chart's rendering.
fn is_yaml_float(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = |i: usize| b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    let mut i = usize::from(matches!(b.first(), Some(b'+' | b'-')));
    let int = digits(i);
    i += int;
    if b.get(i) == Some(&b'.') {
        let frac = digits(i + 1);
        if int == 0 && frac == 0 {
            return false;
        }
        i += 1 + frac;
    } else if int == 0 {
        return false;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let exp = digits(i);
        if exp == 0 {
            return false;
        }
        i += exp;
    }
    i == b.len()
}

/// `^\d{4}-\d{1,2}-\d{1,2}([Tt ]|$)`, by hand for ASCII text (see [`is_yaml_float`]); `\d` is
/// Unicode-aware, so other text still goes through the regex.
fn is_timestamp(s: &str) -> bool {
    if !s.is_ascii() {
        static TIMESTAMP: std::sync::LazyLock<Option<regex::Regex>> =
            std::sync::LazyLock::new(|| regex::Regex::new(r"^\d{4}-\d{1,2}-\d{1,2}([Tt ]|$)").ok());
        return TIMESTAMP.as_ref().is_some_and(|r| r.is_match(s));
    }
    let b = s.as_bytes();
    let digits = |i: usize| {
        b[i.min(b.len())..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    if digits(0) != 4 || b.get(4) != Some(&b'-') {
        return false;
    }
    let month = digits(5);
    if !(1..=2).contains(&month) || b.get(5 + month) != Some(&b'-') {
        return false;
    }
    let day_at = 6 + month;
    let day = digits(day_at);
    (1..=2).contains(&day) && matches!(b.get(day_at + day), None | Some(b'T' | b't' | b' '))
}

/// Whether go-yaml's emitter may write this text as a plain scalar.
fn plain_allowed(s: &str) -> bool {
    let chars: Vec<char> = s.chars().collect();
    let first = chars[0];
    if matches!(
        first,
        '-' | '?'
            | ':'
            | ','
            | '['
            | ']'
            | '{'
            | '}'
            | '#'
            | '&'
            | '*'
            | '!'
            | '|'
            | '>'
            | '\''
            | '"'
            | '%'
            | '@'
            | '`'
    ) {
        // "-", "?" and ":" are allowed when followed by a non-space character
        let followed = chars.get(1).is_some_and(|c| *c != ' ');
        if !(matches!(first, '-' | '?' | ':') && followed) {
            return false;
        }
    }
    if first == ' ' || chars[chars.len() - 1] == ' ' {
        return false;
    }
    if s.starts_with("---") || s.starts_with("...") {
        return false;
    }
    for (i, &c) in chars.iter().enumerate() {
        let next = chars.get(i + 1).copied();
        let prev = if i > 0 { Some(chars[i - 1]) } else { None };
        match c {
            ':' if next.is_none_or(|n| n == ' ') => return false,
            '#' if prev == Some(' ') => return false,
            ',' | '[' | ']' | '{' | '}' => {}
            '\t' => return false,
            c if !is_printable(c) => return false,
            _ => {}
        }
        if c == '\n' {
            return false;
        }
    }
    true
}

/// go-yaml's is_printable: no controls, no BOM, and nothing past U+FFFD (it never accepts a
/// four-byte UTF-8 sequence, so emoji are escaped as `\U0001F389`).
fn is_printable(c: char) -> bool {
    matches!(c, '\u{a}' | '\u{20}'..='\u{7e}' | '\u{a0}'..='\u{d7ff}' | '\u{e000}'..='\u{fffd}')
        && c != '\u{feff}'
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::funcs::yaml_read::may_need_yaml11_compat;

    fn y(src: &str) -> String {
        to_yaml(&parse(src).unwrap_or_default())
    }

    #[test]
    fn the_yaml11_prefilter_only_skips_text_without_candidates() {
        for (src, want) in [
            ("a: b\n# turn this on: yes\nc: d # or no\n", false),
            ("a: 0x10\nb: 10\nc: 0\n", false),
            ("a: on\n", true),
            ("- yes: 1\n", true),
            ("m: 0755\n", true),
            ("f: [x, N]\n", true),
        ] {
            assert_eq!(may_need_yaml11_compat(src), want, "{src:?}");
            if !want {
                assert!(matches!(yaml11_compat(src), std::borrow::Cow::Borrowed(_)));
            }
        }
    }

    #[test]
    fn float_and_timestamp_checks_agree_with_the_patterns() {
        let float =
            regex::Regex::new(r"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$").unwrap();
        let ts = regex::Regex::new(r"^\d{4}-\d{1,2}-\d{1,2}([Tt ]|$)").unwrap();
        for s in [
            "",
            ".",
            "+",
            "-.5",
            "1.",
            "1.e5",
            ".e5",
            "1e",
            "1e+",
            "1e+7",
            "+1.5E-3",
            "12",
            "1x",
            "1.5.",
            "2024-1-1",
            "2024-01-01T00:00",
            "2024-01-011",
            "2024-001-01",
            "20240-1-1",
            "2024-1-1 x",
            "2024-1-1x",
            "2024-1-",
            "2024--1",
            "1e5x",
            "٣.٣",
            "٢٠٢٤-1-1",
        ] {
            assert_eq!(is_yaml_float(s), float.is_match(s), "float {s:?}");
            assert_eq!(is_timestamp(s), ts.is_match(s), "timestamp {s:?}");
        }
    }

    #[test]
    fn maps_sort_and_sequences_do_not_indent() {
        assert_eq!(
            y("b: 1\na:\n  - x\n  - w: 2\n    z: [1]\n"),
            "a:\n- x\n- w: 2\n  z:\n  - 1\nb: 1\n"
        );
    }

    #[test]
    fn strings_are_quoted_when_needed() {
        assert_eq!(
            y("a: '123'\nb: 'true'\nc: ''\nd: '*x'\ne: 'a: b'\nf: x\n"),
            "a: \"123\"\nb: \"true\"\nc: \"\"\nd: '*x'\ne: 'a: b'\nf: x\n"
        );
    }

    #[test]
    fn multiline_strings_use_literal_blocks() {
        assert_eq!(
            y("a: \"x\\ny\\n\"\nb: \"x\\ny\"\n"),
            "a: |\n  x\n  y\nb: |-\n  x\n  y\n"
        );
    }

    #[test]
    fn empty_collections_and_numbers() {
        assert_eq!(
            y("a: {}\nb: []\nc: 1.5\nd: 1000000\ne: null\n"),
            "a: {}\nb: []\nc: 1.5\nd: 1000000\ne: null\n"
        );
    }
}

#[cfg(test)]
mod multi_doc_tests {
    #[test]
    fn yaml_1_1_booleans_and_octals_resolve_like_go_yaml_v2() {
        let v = super::parse(
            "a: yes\nb: off\nc: 0755\nd: \"yes\"\ne: |\n  on: yes\nl:\n  - no\nyes: 1\nf: [x, y, 010]\ng: {n: on, k: v}\n",
        )
        .unwrap();
        assert_eq!(
            v.to_json(),
            serde_json::json!({"a": true, "b": false, "c": 493, "d": "yes", "e": "on: yes\n", "l": [false], "true": 1, "f": ["x", true, 8], "g": {"false": true, "k": "v"}})
        );
    }

    #[test]
    fn only_the_first_document_is_read() {
        let v = super::parse("---\na: 1\n---\nb: 2\n").unwrap();
        assert_eq!(v.to_json(), serde_json::json!({"a": 1}));
        let v = super::parse("a: 1\n---\n").unwrap();
        assert_eq!(v.to_json(), serde_json::json!({"a": 1}));
    }
}
