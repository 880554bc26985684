//! How kustomize types a kustomization file: it reads it with go-yaml v2 (YAML 1.1, where plain
//! `yes`, `on`, `y` are booleans) and decodes it strictly into Go structs, so a label, annotation
//! or `sourceValue` that is not a string fails the build.

use std::sync::LazyLock;

use regex::Regex;
use serde_json::Value;

use crate::error::{Error, Result, invalid};

static BOOL_VALUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"^(?P<pre>\s*(?:-\s+)*(?:(?:"[^"]*"|'[^']*'|[^\s"'#?:\-\[\]{}][^#:]*?):\s+)?)(?P<val>y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)(?P<post>\s*(?:#.*)?)$"#,
    )
    .expect("static regex")
});

/// Rewrites YAML 1.1 booleans written as plain block values (`key: yes`, `- on`) to `true` or
/// `false`, outside block scalars, so the YAML 1.2 parser reads them as go-yaml v2 does.
pub fn yaml11_bools(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.lines().any(|l| BOOL_VALUE.is_match(l)) {
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
        if ["|", "|-", "|+", ">", ">-", ">+"]
            .iter()
            .any(|m| trimmed.ends_with(m))
        {
            block = Some(indent);
            out.push_str(line);
            continue;
        }
        match BOOL_VALUE.captures(body) {
            Some(c) => {
                let truth = matches!(
                    &c["val"],
                    "y" | "Y" | "yes" | "Yes" | "YES" | "on" | "On" | "ON"
                );
                out.push_str(&c["pre"]);
                out.push_str(if truth { "true" } else { "false" });
                out.push_str(&c["post"]);
                out.push_str(&line[body.len()..]);
            }
            None => out.push_str(line),
        }
    }
    std::borrow::Cow::Owned(out)
}

fn json_type(v: &Value) -> &'static str {
    match v {
        Value::Bool(_) => "bool",
        Value::Number(_) => "number",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
        _ => "string",
    }
}

fn mismatch(field: &str, v: &Value) -> Error {
    invalid(format!(
        "invalid Kustomization: json: cannot unmarshal {} into Go struct field {field} of type string",
        json_type(v)
    ))
}

/// A map of strings (null values are empty strings, as Go reads them).
fn check_string_map(v: Option<&Value>, field: &str) -> Result<()> {
    if let Some(Value::Object(m)) = v {
        for val in m.values() {
            if !matches!(val, Value::String(_) | Value::Null) {
                return Err(mismatch(field, val));
            }
        }
    }
    Ok(())
}

fn items<'a>(v: &'a Value, key: &str) -> impl Iterator<Item = &'a Value> {
    v.get(key).and_then(|a| a.as_array()).into_iter().flatten()
}

/// Checks the string-typed fields go's strict decoder would refuse.
pub fn check_types(k: &Value) -> Result<()> {
    check_string_map(k.get("commonLabels"), "Kustomization.commonLabels")?;
    check_string_map(
        k.get("commonAnnotations"),
        "Kustomization.commonAnnotations",
    )?;
    for l in items(k, "labels") {
        check_string_map(l.get("pairs"), "Kustomization.labels.pairs")?;
    }
    let opts = k.get("generatorOptions");
    check_string_map(
        opts.and_then(|o| o.get("labels")),
        "GeneratorOptions.generatorOptions.labels",
    )?;
    check_string_map(
        opts.and_then(|o| o.get("annotations")),
        "GeneratorOptions.generatorOptions.annotations",
    )?;
    for key in ["configMapGenerator", "secretGenerator"] {
        for g in items(k, key) {
            let o = g.get("options");
            check_string_map(
                o.and_then(|o| o.get("labels")),
                &format!("{key}.options.labels"),
            )?;
            check_string_map(
                o.and_then(|o| o.get("annotations")),
                &format!("{key}.options.annotations"),
            )?;
        }
    }
    for r in items(k, "replacements") {
        if let Some(v) = r.get("sourceValue")
            && !matches!(v, Value::String(_) | Value::Null)
        {
            return Err(mismatch(
                "ReplacementField.replacements.Replacement.sourceValue",
                v,
            ));
        }
    }
    Ok(())
}

/// A scalar as sigs.k8s.io/yaml turns it into a Go string field's value (numbers in Go's
/// formatting, floats at 32-bit precision, booleans as `true`/`false`).
fn go_string(v: &mut Value) {
    let s = match v {
        Value::Bool(b) => b.to_string(),
        Value::Number(n) if n.is_f64() => {
            let f = n.as_f64().unwrap_or(0.0) as f32;
            if f.abs() >= 1e21 || (f != 0.0 && f.abs() < 1e-4) {
                format!("{f:e}").replace('e', "e+").replace("e+-", "e-")
            } else {
                f.to_string()
            }
        }
        Value::Number(n) => n.to_string(),
        _ => return,
    };
    *v = Value::String(s);
}

fn go_string_map(v: Option<&mut Value>) {
    if let Some(Value::Object(m)) = v {
        m.values_mut().for_each(go_string);
    }
}

fn go_string_list(v: Option<&mut Value>) {
    if let Some(Value::Array(a)) = v {
        a.iter_mut().for_each(go_string);
    }
}

fn items_mut<'a>(v: &'a mut Value, key: &str) -> impl Iterator<Item = &'a mut Value> {
    v.get_mut(key)
        .and_then(|a| a.as_array_mut())
        .into_iter()
        .flatten()
}

/// What Flux's reading of a kustomization does to it: sigs.k8s.io/yaml decodes into kustomize's
/// Go types and turns numbers and booleans given for string fields into strings (where
/// kustomize itself refuses them).
pub fn go_strings(k: &mut Value) {
    for f in ["namePrefix", "nameSuffix", "namespace"] {
        if let Some(v) = k.get_mut(f) {
            go_string(v);
        }
    }
    for f in [
        "resources",
        "components",
        "crds",
        "bases",
        "configurations",
        "transformers",
        "generators",
    ] {
        go_string_list(k.get_mut(f));
    }
    go_string_map(k.get_mut("commonLabels"));
    go_string_map(k.get_mut("commonAnnotations"));
    for l in items_mut(k, "labels") {
        go_string_map(l.get_mut("pairs"));
    }
    if let Some(o) = k.get_mut("generatorOptions") {
        go_string_map(o.get_mut("labels"));
        go_string_map(o.get_mut("annotations"));
    }
    for key in ["configMapGenerator", "secretGenerator"] {
        for g in items_mut(k, key) {
            for f in ["name", "namespace", "behavior", "type"] {
                if let Some(v) = g.get_mut(f) {
                    go_string(v);
                }
            }
            for f in ["literals", "files", "envs"] {
                go_string_list(g.get_mut(f));
            }
            if let Some(o) = g.get_mut("options") {
                go_string_map(o.get_mut("labels"));
                go_string_map(o.get_mut("annotations"));
            }
        }
    }
    for i in items_mut(k, "images") {
        for f in ["name", "newName", "newTag", "digest"] {
            if let Some(v) = i.get_mut(f) {
                go_string(v);
            }
        }
    }
    for r in items_mut(k, "replicas") {
        if let Some(v) = r.get_mut("name") {
            go_string(v);
        }
    }
    // `sourceValue` is a *string in Go: no conversion, the decoder refuses other types.
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn plain_yes_is_a_boolean_in_a_kustomization_but_quoted_yes_is_not() {
        assert_eq!(
            yaml11_bools("a:\n  b: yes\n  c: \"yes\"\n- on # c\nd: |\n  no\n"),
            "a:\n  b: true\n  c: \"yes\"\n- true # c\nd: |\n  no\n"
        );
    }

    #[test]
    fn a_number_as_a_label_value_is_refused() {
        let e = check_types(&json!({"commonLabels": {"a": 1}})).map_err(|e| e.to_string());
        assert_eq!(
            e,
            Err("invalid Kustomization: json: cannot unmarshal number into Go struct field Kustomization.commonLabels of type string".to_string())
        );
        assert!(check_types(&json!({"commonLabels": {"a": null}})).is_ok());
    }
}
