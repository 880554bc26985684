//! Reads fields of an unstructured object with kstatus's leniency: wrong or missing values fall back to defaults.

use serde_json::Value;

/// Walks `path` through nested maps; `None` when a step is missing or not a map.
pub(super) fn field<'a>(obj: &'a Value, path: &[&str]) -> Option<&'a Value> {
    path.iter().try_fold(obj, |v, key| v.as_object()?.get(*key))
}

/// An integer field, or `default` when absent or not an integer. Go's JSON decoding keeps only integral
/// numbers as integers, so `1.5` (and `1.0`, which serde also reads as a float) counts as "not an integer".
pub(super) fn int_field(obj: &Value, path: &[&str], default: i64) -> i64 {
    field(obj, path).and_then(Value::as_i64).unwrap_or(default)
}

/// A string field, or `default` when absent or not a string.
pub(super) fn str_field<'a>(obj: &'a Value, path: &[&str], default: &'a str) -> &'a str {
    field(obj, path).and_then(Value::as_str).unwrap_or(default)
}

/// A boolean field, or `default` when absent or not a boolean.
pub(super) fn bool_field(obj: &Value, path: &[&str], default: bool) -> bool {
    field(obj, path).and_then(Value::as_bool).unwrap_or(default)
}

/// An integer that must be an integer when present: kstatus errors (status `Unknown`) rather than guessing
/// on `metadata.generation` and `status.observedGeneration`.
pub(super) fn strict_int(obj: &Value, path: &[&str]) -> Result<Option<i64>, String> {
    match field(obj, path) {
        None | Some(Value::Null) => Ok(None),
        Some(v) => v.as_i64().map(Some).ok_or_else(|| {
            format!(
                "looking up {} from resource: .{} accessor error: {v} is not an int64",
                path.join("."),
                path.join(".")
            )
        }),
    }
}

/// One entry of `status.conditions`, with missing strings read as empty (as Go's decoder does).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Condition {
    pub(super) type_: String,
    pub(super) status: String,
    pub(super) reason: String,
    pub(super) message: String,
}

/// `status.conditions` as a list; a malformed list is an error (kstatus reports such objects as `Unknown`).
pub(super) fn conditions(obj: &Value) -> Result<Vec<Condition>, String> {
    let status = match obj.get("status") {
        None | Some(Value::Null) => return Ok(Vec::new()),
        Some(Value::Object(status)) => status,
        Some(other) => return Err(format!("status is not an object: {other}")),
    };
    let list = match status.get("conditions") {
        None | Some(Value::Null) => return Ok(Vec::new()),
        Some(Value::Array(list)) => list,
        Some(other) => return Err(format!("status.conditions is not a list: {other}")),
    };
    list.iter()
        .map(|entry| {
            let map = entry
                .as_object()
                .ok_or_else(|| format!("status.conditions entry is not an object: {entry}"))?;
            let text = |key: &str| -> Result<String, String> {
                match map.get(key) {
                    None | Some(Value::Null) => Ok(String::new()),
                    Some(Value::String(s)) => Ok(s.clone()),
                    Some(other) => Err(format!(
                        "status.conditions[].{key} is not a string: {other}"
                    )),
                }
            };
            Ok(Condition {
                type_: text("type")?,
                status: text("status")?,
                reason: text("reason")?,
                message: text("message")?,
            })
        })
        .collect()
}

/// The first condition of `type_` whose status is `status`.
pub(super) fn find_condition<'a>(
    conds: &'a [Condition],
    type_: &str,
    status: &str,
) -> Option<&'a Condition> {
    conds
        .iter()
        .find(|c| c.type_ == type_ && c.status == status)
}

/// The API group of an `apiVersion` (`apps/v1` → `apps`, `v1` → core ""). Like Go's `ParseGroupVersion`, a
/// malformed value (more than one `/`) yields the core group.
pub(super) fn group_of(api_version: &str) -> &str {
    match api_version.split_once('/') {
        Some((group, version)) if !version.contains('/') => group,
        _ => "",
    }
}

/// `apiVersion` and `kind` of an object, empty when missing.
pub(super) fn type_of(obj: &Value) -> (&str, &str) {
    (
        str_field(obj, &["apiVersion"], ""),
        str_field(obj, &["kind"], ""),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn group_comes_from_api_version() {
        assert_eq!(group_of("apps/v1"), "apps");
        assert_eq!(group_of("v1"), "");
        assert_eq!(group_of("a/b/c"), "");
    }

    #[test]
    fn float_is_not_an_int() {
        let obj = json!({"spec": {"replicas": 2.5}});
        assert_eq!(int_field(&obj, &["spec", "replicas"], 1), 1);
    }

    #[test]
    fn malformed_conditions_are_an_error() {
        assert!(conditions(&json!({"status": {"conditions": "x"}})).is_err());
        assert!(conditions(&json!({"status": {"conditions": [{"type": 1}]}})).is_err());
        assert_eq!(conditions(&json!({"status": {}})), Ok(vec![]));
    }

    #[test]
    fn generation_of_wrong_type_is_an_error() {
        let obj = json!({"metadata": {"generation": "1"}});
        assert!(strict_int(&obj, &["metadata", "generation"]).is_err());
        assert_eq!(
            strict_int(&json!({}), &["metadata", "generation"]),
            Ok(None)
        );
    }
}
