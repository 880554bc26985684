//! Strategic merge patch as kustomize (kyaml merge2) applies it: maps merge, lists merge by key
//! when the kind's schema (or, for unknown kinds, a `name` field) says so, `$patch` directives.

use std::collections::HashMap;
use std::sync::LazyLock;

use serde_json::{Map, Value};

use crate::error::{Result, patch_err};

/// kind → list path → merge key ("*" for scalar sets).
static MERGE_KEYS: LazyLock<HashMap<String, HashMap<String, String>>> = LazyLock::new(|| {
    let mut m: HashMap<String, HashMap<String, String>> = HashMap::new();
    for line in include_str!("../data/patchmeta.tsv").lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if let [kind, path, key] = cols.as_slice() {
            m.entry(kind.to_string())
                .or_default()
                .insert(path.to_string(), key.to_string());
        }
    }
    m
});

/// How a list is merged.
enum ListKind {
    Replace,
    Keyed(String),
    Set,
}

/// List paths of one kind → merge key ("*" for scalar sets).
pub type Table = HashMap<String, String>;

fn list_kind(table: Option<&Table>, path: &[String]) -> ListKind {
    // Without a schema (custom kinds) kustomize replaces lists; it does not infer merge keys.
    let Some(table) = table else {
        return ListKind::Replace;
    };
    match table.get(&path.join("/")).map(String::as_str) {
        Some("*") => ListKind::Set,
        Some(k) => ListKind::Keyed(k.to_string()),
        None => ListKind::Replace,
    }
}

#[derive(PartialEq, Eq)]
enum Directive {
    None,
    Delete,
    Replace,
}

/// Reads and strips a map's `$patch` directive.
fn map_directive(v: &mut Value) -> Result<Directive> {
    let Some(m) = v.as_object_mut() else {
        return Ok(Directive::None);
    };
    match m.remove("$patch") {
        None => Ok(Directive::None),
        Some(Value::String(s)) if s == "delete" => Ok(Directive::Delete),
        Some(Value::String(s)) if s == "replace" => Ok(Directive::Replace),
        Some(Value::String(s)) if s == "merge" => Ok(Directive::None),
        Some(other) => Err(patch_err(format!("unknown patch directive {other}"))),
    }
}

/// Reads and strips a list's `$patch` element.
fn list_directive(v: &mut Value) -> Result<Directive> {
    let Some(items) = v.as_array_mut() else {
        return Ok(Directive::None);
    };
    let mut d = Directive::None;
    let mut keep = Vec::new();
    for mut item in items.drain(..) {
        let is_directive = item
            .as_object()
            .is_some_and(|m| m.len() == 1 && m.contains_key("$patch"));
        if is_directive {
            d = map_directive(&mut item)?;
        } else {
            keep.push(item);
        }
    }
    *items = keep;
    Ok(d)
}

/// Applies `patch` to `target` (an object of `kind`); None when the patch deletes it.
pub fn apply(
    target: &Value,
    patch: &Value,
    kind: &str,
    group: &str,
    custom: Option<&super::schema::Schema>,
) -> Result<Option<Value>> {
    let mut path = Vec::new();
    // A schema given with the kustomization's `openapi` field replaces the built-in one. Only
    // built-in kinds have a built-in schema; a custom kind of the same name (a Knative Service…)
    // has none.
    let table = match custom {
        Some(schema) => schema.table(kind, group),
        None if is_builtin(kind, group) => MERGE_KEYS.get(kind),
        None => None,
    };
    walk(Some(target), Some(patch), table, &mut path)
}

/// API groups of the built-in kinds named in the merge-key table.
fn is_builtin(kind: &str, group: &str) -> bool {
    let groups: &[&str] = match kind {
        "Deployment" | "DaemonSet" | "ReplicaSet" => &["apps", "extensions"],
        "StatefulSet" | "ControllerRevision" => &["apps"],
        "Job" | "CronJob" => &["batch"],
        "Role" | "ClusterRole" | "RoleBinding" | "ClusterRoleBinding" => {
            &["rbac.authorization.k8s.io"]
        }
        "Ingress" | "NetworkPolicy" => &["networking.k8s.io", "extensions"],
        "IngressClass" => &["networking.k8s.io"],
        "HorizontalPodAutoscaler" => &["autoscaling"],
        "PodDisruptionBudget" => &["policy"],
        "MutatingWebhookConfiguration" | "ValidatingWebhookConfiguration" => {
            &["admissionregistration.k8s.io"]
        }
        "CustomResourceDefinition" => &["apiextensions.k8s.io"],
        "StorageClass" => &["storage.k8s.io"],
        "PriorityClass" => &["scheduling.k8s.io"],
        "APIService" => &["apiregistration.k8s.io"],
        "Lease" => &["coordination.k8s.io"],
        "Event" => &["", "events.k8s.io"],
        _ => &[""],
    };
    groups.contains(&group)
}

fn is_null(v: Option<&Value>) -> bool {
    matches!(v, None | Some(Value::Null))
}

pub(crate) fn walk(
    dest: Option<&Value>,
    origin: Option<&Value>,
    table: Option<&Table>,
    path: &mut Vec<String>,
) -> Result<Option<Value>> {
    let first = if !is_null(dest) { dest } else { origin };
    match first {
        Some(Value::Object(_)) => walk_map(dest, origin, table, path),
        Some(Value::Array(_)) => walk_list(dest, origin, table, path),
        _ => Ok(match origin {
            Some(Value::Null) => None,
            None => dest.cloned(),
            Some(o) => Some(o.clone()),
        }),
    }
}

fn walk_map(
    dest: Option<&Value>,
    origin: Option<&Value>,
    table: Option<&Table>,
    path: &mut Vec<String>,
) -> Result<Option<Value>> {
    if let (Some(Value::Object(_)), Some(o)) = (dest, origin)
        && !o.is_object()
        && !o.is_null()
    {
        return Err(patch_err(format!(
            "wrong node kind: expected a map at {}",
            path.join(".")
        )));
    }
    let mut origin_owned = origin.cloned();
    let base: Value;
    if is_null(dest) {
        let d = match origin_owned.as_mut() {
            Some(o) => map_directive(o)?,
            None => Directive::None,
        };
        if d == Directive::Delete {
            return Ok(None);
        }
        match &origin_owned {
            None | Some(Value::Null) => return Ok(dest.cloned()),
            Some(o) => base = o.clone(),
        }
    } else {
        match origin_owned.as_mut() {
            Some(Value::Null) => return Ok(None),
            // kyaml walks the target's whole map even where the patch says nothing, so keyed
            // lists below are merged with themselves (duplicate keys collapse).
            None => base = dest.cloned().unwrap_or(Value::Null),
            Some(o) => match map_directive(o)? {
                Directive::Delete => return Ok(None),
                Directive::Replace => base = o.clone(),
                Directive::None => base = dest.cloned().unwrap_or(Value::Null),
            },
        }
    }
    let origin_map: Map<String, Value> = origin_owned
        .as_ref()
        .and_then(|o| o.as_object())
        .cloned()
        .unwrap_or_default();
    let base_map = base.as_object().cloned().unwrap_or_default();
    let mut keys: Vec<String> = base_map.keys().cloned().collect();
    for k in origin_map.keys() {
        if !base_map.contains_key(k) {
            keys.push(k.clone());
        }
    }
    let mut out = Map::new();
    for k in keys {
        path.push(k.clone());
        let v = walk(base_map.get(&k), origin_map.get(&k), table, path)?;
        path.pop();
        if let Some(v) = v {
            out.insert(k, v);
        }
    }
    Ok(Some(Value::Object(out)))
}

fn walk_list(
    dest: Option<&Value>,
    origin: Option<&Value>,
    table: Option<&Table>,
    path: &mut Vec<String>,
) -> Result<Option<Value>> {
    let lk = list_kind(table, path);
    let mut origin_owned = origin.cloned();
    match lk {
        ListKind::Replace => Ok(match origin {
            Some(Value::Null) => None,
            None => dest.cloned(),
            Some(o) => Some(o.clone()),
        }),
        ListKind::Set | ListKind::Keyed(_) => {
            let d = match origin_owned.as_mut() {
                Some(o) => list_directive(o)?,
                None => Directive::None,
            };
            match d {
                Directive::Delete => return Ok(None),
                Directive::Replace => return Ok(origin_owned),
                Directive::None => {}
            }
            if matches!(origin_owned, Some(Value::Null)) {
                return Ok(None);
            }
            let dest_items: Vec<Value> =
                dest.and_then(|d| d.as_array()).cloned().unwrap_or_default();
            let origin_items: Vec<Value> = origin_owned
                .as_ref()
                .and_then(|o| o.as_array())
                .cloned()
                .unwrap_or_default();
            if is_null(dest) && origin_owned.is_none() {
                return Ok(dest.cloned());
            }
            match lk {
                ListKind::Set => {
                    let mut out = origin_items;
                    for d in dest_items {
                        if !out.contains(&d) {
                            out.push(d);
                        }
                    }
                    Ok(Some(Value::Array(out)))
                }
                ListKind::Keyed(key) => {
                    let keys: Vec<String> = key.split(',').map(str::to_string).collect();
                    let base = if is_null(dest) {
                        origin_items.clone()
                    } else {
                        dest_items
                    };
                    super::multikey::merge(base, origin_items, &keys, table, path)
                        .map(|l| Some(Value::Array(l)))
                }
                ListKind::Replace => Ok(None),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn containers_merge_by_name_with_patch_elements_first() {
        let target = json!({"spec": {"containers": [{"name": "a", "image": "a:1"}, {"name": "b", "image": "b"}]}});
        let patch = json!({"spec": {"containers": [{"name": "c", "image": "c"}, {"name": "a", "image": "a:2"}]}});
        let out = apply(&target, &patch, "Pod", "", None).ok().flatten();
        let names: Vec<_> = out
            .as_ref()
            .and_then(|o| o["spec"]["containers"].as_array())
            .map(|a| a.iter().map(|c| c["image"].clone()).collect())
            .unwrap_or_default();
        assert_eq!(names, vec![json!("c"), json!("a:2"), json!("b")]);
    }

    #[test]
    fn null_removes_a_field_and_delete_directive_removes_an_element() {
        let target = json!({"data": {"a": "1", "b": "2"}, "spec": {"volumes": [{"name": "v"}, {"name": "w"}]}});
        let patch =
            json!({"data": {"a": null}, "spec": {"volumes": [{"name": "v", "$patch": "delete"}]}});
        let out = apply(&target, &patch, "Pod", "", None).ok().flatten();
        assert_eq!(
            out,
            Some(json!({"data": {"b": "2"}, "spec": {"volumes": [{"name": "w"}]}}))
        );
    }

    #[test]
    fn custom_kinds_replace_lists() {
        let target = json!({"spec": {"items": [{"name": "a"}]}});
        let patch = json!({"spec": {"items": [{"name": "b"}]}});
        assert_eq!(
            apply(&target, &patch, "Widget", "example.com", None)
                .ok()
                .flatten(),
            Some(patch)
        );
    }

    #[test]
    fn top_level_delete_directive_deletes_the_object() {
        let target = json!({"kind": "ConfigMap"});
        assert_eq!(
            apply(&target, &json!({"$patch": "delete"}), "ConfigMap", "", None)
                .ok()
                .flatten(),
            None
        );
    }
}
