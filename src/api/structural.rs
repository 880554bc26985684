//! Checks that a CRD schema is structural, as the API server demands, so a bad schema fails a test instead of an
//! install.

use serde_json::Value;

/// Every rule of a structural schema the node at `path` and its children break, as readable messages.
///
/// Checked: no `$ref`/`definitions`, no `anyOf`/`oneOf`/`allOf`/`not`, a single string `type` on every node
/// except `x-kubernetes-preserve-unknown-fields` and `x-kubernetes-int-or-string` nodes, `items` on arrays,
/// `properties` and `additionalProperties` never together, and defaults inside their enum.
pub fn violations(schema: &Value) -> Vec<String> {
    let mut out = Vec::new();
    walk(schema, "", &mut out);
    out
}

fn walk(node: &Value, path: &str, out: &mut Vec<String>) {
    let Some(obj) = node.as_object() else {
        out.push(format!("{path}: schema node is not an object"));
        return;
    };
    for key in [
        "$ref",
        "definitions",
        "$defs",
        "anyOf",
        "oneOf",
        "allOf",
        "not",
        "const",
    ] {
        if obj.contains_key(key) {
            out.push(format!("{path}: `{key}` is not allowed"));
        }
    }
    let flag = |key: &str| obj.get(key).and_then(Value::as_bool).unwrap_or(false);
    let untyped_ok =
        flag("x-kubernetes-preserve-unknown-fields") || flag("x-kubernetes-int-or-string");
    let ty = match obj.get("type") {
        Some(Value::String(t)) => Some(t.as_str()),
        Some(other) => {
            out.push(format!("{path}: `type` must be one string, got {other}"));
            None
        }
        None => {
            if !untyped_ok {
                out.push(format!("{path}: missing `type`"));
            }
            None
        }
    };
    if ty == Some("array") && !obj.contains_key("items") {
        out.push(format!("{path}: array without `items`"));
    }
    if obj.contains_key("properties") && obj.contains_key("additionalProperties") {
        out.push(format!(
            "{path}: `properties` and `additionalProperties` together"
        ));
    }
    if let (Some(default), Some(Value::Array(values))) = (obj.get("default"), obj.get("enum"))
        && !values.contains(default)
    {
        out.push(format!("{path}: default {default} is not in the enum"));
    }
    if let Some(Value::Object(props)) = obj.get("properties") {
        for (name, child) in props {
            walk(child, &format!("{path}.{name}"), out);
        }
    }
    if let Some(items) = obj.get("items") {
        walk(items, &format!("{path}[]"), out);
    }
    if let Some(extra) = obj.get("additionalProperties")
        && extra.is_object()
    {
        walk(extra, &format!("{path}{{}}"), out);
    }
}
