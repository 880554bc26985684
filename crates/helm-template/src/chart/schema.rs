//! values.schema.json: a JSON Schema validator covering the keywords charts use.

use serde_json::{Map, Value as J};

use super::load::Chart;
use crate::error::{Error, Result};

/// ValidateAgainstSchema: the chart's schema on its values, then each subchart's on its section.
pub(crate) fn validate_chart(chart: &Chart, vals: &mut Map<String, J>) -> Result<()> {
    let mut report = String::new();
    // the checks read a `J`: wrap the values for the time being instead of copying them
    let doc = J::Object(std::mem::take(vals));
    collect(chart, &doc, &mut report);
    if let J::Object(m) = doc {
        *vals = m;
    }
    if report.is_empty() {
        Ok(())
    } else {
        Err(Error::Schema(report))
    }
}

/// `doc` is the chart's values, always a `J::Object`.
fn collect(chart: &Chart, doc: &J, report: &mut String) {
    if let Some(raw) = &chart.schema {
        match serde_json::from_slice::<J>(raw) {
            Ok(schema) => {
                let mut errs = Vec::new();
                check(&schema, &schema, doc, "", &mut errs, 0);
                if !errs.is_empty() {
                    report.push_str(&format!("{}:\n", chart.name()));
                    for e in errs {
                        report.push_str(&format!("- {e}\n"));
                    }
                }
            }
            Err(e) => report.push_str(&format!("{}:\n- invalid schema: {e}\n", chart.name())),
        }
    }
    for sub in &chart.dependencies {
        match doc.get(sub.name()) {
            None | Some(J::Null) => {}
            Some(sub_doc @ J::Object(_)) => collect(sub, sub_doc, report),
            Some(_) => report.push_str(&format!(
                "{}:\ninvalid type for values: expected object (map), got {}\n",
                sub.name(),
                "string"
            )),
        }
    }
}

/// A schema pattern, compiled once per thread: `check` meets the same `pattern` for every
/// item of a list or map, and compiling dominated validation.
fn compiled(pattern: &str) -> Option<regex::Regex> {
    thread_local! {
        static CACHE: std::cell::RefCell<std::collections::HashMap<String, Option<regex::Regex>>> =
            std::cell::RefCell::new(std::collections::HashMap::new());
    }
    CACHE.with(|c| {
        c.borrow_mut()
            .entry(pattern.to_string())
            .or_insert_with(|| regex::Regex::new(pattern).ok())
            .clone()
    })
}

fn type_name(v: &J) -> &'static str {
    match v {
        J::Null => "null",
        J::Bool(_) => "boolean",
        J::Number(n) => {
            if n.as_f64().is_some_and(|f| f.fract() == 0.0) {
                "integer"
            } else {
                "number"
            }
        }
        J::String(_) => "string",
        J::Array(_) => "array",
        J::Object(_) => "object",
    }
}

fn type_ok(want: &str, v: &J) -> bool {
    let got = type_name(v);
    want == got || (want == "number" && got == "integer")
}

fn resolve<'a>(root: &'a J, r: &str) -> Option<&'a J> {
    let path = r.strip_prefix('#')?;
    if path.is_empty() {
        return Some(root);
    }
    root.pointer(path)
}

/// Where an error is, quoted as in the report; formatted only when there is an error (most
/// values pass, and building the text for each was a visible cost on large values files).
#[derive(Clone, Copy)]
struct Loc<'a>(&'a str);

impl std::fmt::Display for Loc<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "'{}'", self.0)
    }
}

fn check(root: &J, s: &J, v: &J, at: &str, errs: &mut Vec<String>, depth: usize) {
    if depth > 64 {
        return;
    }
    let loc = Loc(at);
    let s = match s {
        J::Bool(false) => {
            errs.push(format!("at {loc}: false schema"));
            return;
        }
        J::Object(m) => m,
        _ => return,
    };
    if let Some(J::String(r)) = s.get("$ref")
        && let Some(target) = resolve(root, r)
    {
        check(root, target, v, at, errs, depth + 1);
    }
    match s.get("type") {
        Some(J::String(t)) if !type_ok(t, v) => {
            errs.push(format!("at {loc}: got {}, want {t}", type_name(v)));
            return;
        }
        Some(J::Array(ts)) if !ts.iter().any(|t| t.as_str().is_some_and(|t| type_ok(t, v))) => {
            let want: Vec<&str> = ts.iter().filter_map(J::as_str).collect();
            errs.push(format!(
                "at {loc}: got {}, want {}",
                type_name(v),
                want.join(" or ")
            ));
            return;
        }
        _ => {}
    }
    if let Some(J::Array(e)) = s.get("enum")
        && !e.iter().any(|x| json_eq(x, v))
    {
        let opts: Vec<String> = e.iter().map(|x| x.to_string()).collect();
        errs.push(format!(
            "at {loc}: value must be one of {}",
            opts.join(", ")
        ));
    }
    if let Some(c) = s.get("const")
        && !json_eq(c, v)
    {
        errs.push(format!("at {loc}: value must be {c}"));
    }
    for key in ["allOf", "anyOf", "oneOf"] {
        if let Some(J::Array(subs)) = s.get(key) {
            let results: Vec<Vec<String>> = subs
                .iter()
                .map(|sub| {
                    let mut e = Vec::new();
                    check(root, sub, v, at, &mut e, depth + 1);
                    e
                })
                .collect();
            let passing = results.iter().filter(|e| e.is_empty()).count();
            match key {
                "allOf" => errs.extend(results.into_iter().flatten()),
                "anyOf" if passing == 0 => errs.push(format!("at {loc}: anyOf failed")),
                "oneOf" if passing != 1 => errs.push(format!(
                    "at {loc}: oneOf failed, {passing} subschemas matched"
                )),
                _ => {}
            }
        }
    }
    if let Some(n) = s.get("not") {
        let mut e = Vec::new();
        check(root, n, v, at, &mut e, depth + 1);
        if e.is_empty() {
            errs.push(format!("at {loc}: not failed"));
        }
    }
    if let Some(cond) = s.get("if") {
        let mut e = Vec::new();
        check(root, cond, v, at, &mut e, depth + 1);
        let branch = if e.is_empty() {
            s.get("then")
        } else {
            s.get("else")
        };
        if let Some(b) = branch {
            check(root, b, v, at, errs, depth + 1);
        }
    }
    match v {
        J::Object(obj) => check_object(root, s, obj, at, loc, errs, depth),
        J::Array(items) => {
            if let Some(min) = s.get("minItems").and_then(J::as_u64)
                && (items.len() as u64) < min
            {
                errs.push(format!(
                    "at {loc}: minItems: got {}, want {min}",
                    items.len()
                ));
            }
            if let Some(max) = s.get("maxItems").and_then(J::as_u64)
                && items.len() as u64 > max
            {
                errs.push(format!(
                    "at {loc}: maxItems: got {}, want {max}",
                    items.len()
                ));
            }
            match s.get("items") {
                Some(J::Array(tuple)) => {
                    for (i, (sub, x)) in tuple.iter().zip(items).enumerate() {
                        check(root, sub, x, &format!("{at}/{i}"), errs, depth + 1);
                    }
                }
                Some(sub) => {
                    for (i, x) in items.iter().enumerate() {
                        check(root, sub, x, &format!("{at}/{i}"), errs, depth + 1);
                    }
                }
                None => {}
            }
        }
        J::String(text) => {
            let n = text.chars().count() as u64;
            if let Some(min) = s.get("minLength").and_then(J::as_u64)
                && n < min
            {
                errs.push(format!("at {loc}: minLength: got {n}, want {min}"));
            }
            if let Some(max) = s.get("maxLength").and_then(J::as_u64)
                && n > max
            {
                errs.push(format!("at {loc}: maxLength: got {n}, want {max}"));
            }
            if let Some(J::String(p)) = s.get("pattern")
                && compiled(p).is_some_and(|r| !r.is_match(text))
            {
                errs.push(format!("at {loc}: '{text}' does not match pattern '{p}'"));
            }
        }
        J::Number(num) => {
            let x = num.as_f64().unwrap_or(0.0);
            let lim = |k: &str| s.get(k).and_then(J::as_f64);
            if lim("minimum").is_some_and(|m| x < m) {
                errs.push(format!(
                    "at {loc}: minimum: got {x}, want {}",
                    lim("minimum").unwrap_or(0.0)
                ));
            }
            if lim("maximum").is_some_and(|m| x > m) {
                errs.push(format!(
                    "at {loc}: maximum: got {x}, want {}",
                    lim("maximum").unwrap_or(0.0)
                ));
            }
            if lim("exclusiveMinimum").is_some_and(|m| x <= m) {
                errs.push(format!("at {loc}: exclusiveMinimum: got {x}"));
            }
            if lim("exclusiveMaximum").is_some_and(|m| x >= m) {
                errs.push(format!("at {loc}: exclusiveMaximum: got {x}"));
            }
        }
        _ => {}
    }
}

fn check_object(
    root: &J,
    s: &Map<String, J>,
    obj: &Map<String, J>,
    at: &str,
    loc: Loc<'_>,
    errs: &mut Vec<String>,
    depth: usize,
) {
    if let Some(J::Array(req)) = s.get("required") {
        let missing: Vec<String> = req
            .iter()
            .filter_map(J::as_str)
            .filter(|k| !obj.contains_key(*k))
            .map(|k| format!("'{k}'"))
            .collect();
        if !missing.is_empty() {
            errs.push(format!("at {loc}: missing property {}", missing.join(", ")));
        }
    }
    let props = s.get("properties").and_then(J::as_object);
    let patterns: Vec<(regex::Regex, &J)> = s
        .get("patternProperties")
        .and_then(J::as_object)
        .map(|m| {
            m.iter()
                .filter_map(|(p, sub)| compiled(p).map(|r| (r, sub)))
                .collect()
        })
        .unwrap_or_default();
    for (k, x) in obj {
        let sub_at = format!("{at}/{k}");
        let mut matched = false;
        if let Some(sub) = props.and_then(|p| p.get(k)) {
            matched = true;
            check(root, sub, x, &sub_at, errs, depth + 1);
        }
        for (r, sub) in &patterns {
            if r.is_match(k) {
                matched = true;
                check(root, sub, x, &sub_at, errs, depth + 1);
            }
        }
        if !matched {
            match s.get("additionalProperties") {
                Some(J::Bool(false)) => {
                    errs.push(format!("at {loc}: additional properties '{k}' not allowed"))
                }
                Some(sub @ J::Object(_)) => check(root, sub, x, &sub_at, errs, depth + 1),
                _ => {}
            }
        }
    }
}

fn json_eq(a: &J, b: &J) -> bool {
    match (a, b) {
        (J::Number(x), J::Number(y)) => x.as_f64() == y.as_f64(),
        _ => a == b,
    }
}
