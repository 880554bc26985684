//! Strategic merge of a keyed list (by `name`, or by several fields where the schema gives
//! `x-kubernetes-list-map-keys`: Service ports by port and protocol, container ports, topology
//! spread constraints), step for step as kyaml's merge walker does it with kustomize's
//! "prepend" option, odd results included: an element whose keys are only partly given is
//! matched on the keys it has, a later element with the same key replaces an earlier one, and
//! elements without the key can push the others out.

use serde_json::Value;

use super::smp::{Table, walk};
use crate::error::Result;
use crate::kustfile::scalar_text;
use crate::yaml::resolve::resolve_plain;

/// A field's text as kyaml compares it; maps, lists and nulls have none.
fn text(v: &Value) -> String {
    match v {
        Value::Object(_) | Value::Array(_) | Value::Null => String::new(),
        other => scalar_text(other),
    }
}

/// The element's text for each key (empty when the field is missing or empty).
fn key_values(elem: &Value, keys: &[String]) -> Vec<String> {
    keys.iter()
        .map(|k| elem.get(k).map(text).unwrap_or_default())
        .collect()
}

/// Two key tuples that agree somewhere and never disagree on given values merge into one.
fn combine(a: &[String], b: &[String]) -> Option<Vec<String>> {
    if a.len() != b.len() {
        return None;
    }
    let mut common = false;
    let mut out = Vec::with_capacity(a.len());
    for (x, y) in a.iter().zip(b) {
        if x == y {
            common = true;
            out.push(x.clone());
        } else if !x.is_empty() && !y.is_empty() {
            return None;
        } else if x.is_empty() {
            out.push(y.clone());
        } else {
            out.push(x.clone());
        }
    }
    common.then_some(out)
}

/// The keys some tuple gives a value for, and this tuple's values for them.
fn valid_keys(
    all: &[Vec<String>],
    values: &[String],
    keys: &[String],
) -> (Vec<String>, Vec<String>) {
    let given: Vec<bool> = (0..keys.len())
        .map(|i| all.iter().any(|v| v.get(i).is_some_and(|x| !x.is_empty())))
        .collect();
    if !given.iter().any(|g| *g) {
        return (keys.to_vec(), values.to_vec());
    }
    let vk = keys
        .iter()
        .zip(&given)
        .filter(|(_, g)| **g)
        .map(|(k, _)| k.clone())
        .collect();
    let vv = values
        .iter()
        .zip(&given)
        .filter(|(_, g)| **g)
        .map(|(v, _)| v.clone())
        .collect();
    (vk, vv)
}

/// The first map element whose fields have exactly these texts.
fn find(list: &[Value], keys: &[String], values: &[String]) -> Option<usize> {
    list.iter().position(|e| {
        e.is_object()
            && keys.iter().zip(values).all(|(k, v)| {
                e.get(k)
                    .is_some_and(|f| !f.is_null() && text(f) == *v || f.is_null() && v.is_empty())
            })
    })
}

/// kyaml's element setter: every element matching the keys is replaced by `element` (or
/// removed when there is none); with no match `element` is appended. Empty elements are
/// dropped on the way, and a matcher with no values keeps no other map element.
fn set_element(
    list: Vec<Value>,
    element: Option<&Value>,
    keys: &[String],
    values: &[String],
) -> Vec<Value> {
    let mut out = Vec::new();
    let mut matched = false;
    for elem in list {
        if elem.is_null() || elem.as_object().is_some_and(|m| m.is_empty()) {
            continue;
        }
        if !elem.is_object() {
            out.push(elem);
            continue;
        }
        let mut hit = false;
        let mut found = true;
        for (j, k) in keys.iter().enumerate() {
            if let Some(v) = values.get(j) {
                hit = match elem.get(k) {
                    None => false,
                    Some(f) => v.is_empty() || text(f) == *v,
                };
            }
            if !hit {
                found = false;
                break;
            }
        }
        if !found {
            if !values.is_empty() {
                out.push(elem);
            }
            continue;
        }
        matched = true;
        if let Some(e) = element {
            out.push(e.clone());
        }
    }
    if let Some(e) = element
        && !matched
    {
        out.push(e.clone());
    }
    out
}

/// Puts the target's elements after the merged ones, each replacing what shares its keys.
fn append_list(mut dst: Vec<Value>, src: &[Value], keys: &[String]) -> Vec<Value> {
    for elem in src {
        let mut values = Vec::new();
        for k in keys {
            match elem.get(k) {
                None => dst.push(elem.clone()),
                Some(f) => values.push(text(f)),
            }
        }
        if keys.len() > 1 {
            dst = set_element(dst, None, keys, &values);
        }
        dst = set_element(dst, Some(elem), keys, &values);
    }
    dst
}

/// Merges the patch's list (`origin`) into the target's (`dest`), keyed by `keys`.
pub fn merge(
    dest: Vec<Value>,
    origin: Vec<Value>,
    keys: &[String],
    table: Option<&Table>,
    path: &mut Vec<String>,
) -> Result<Vec<Value>> {
    let mut dest = dest;
    let mut tuples: Vec<Vec<String>> = Vec::new();
    for elem in origin.iter().chain(dest.iter()) {
        let t = key_values(elem, keys);
        if !tuples.contains(&t) {
            tuples.push(t);
        }
    }
    if keys.len() > 1 {
        for i in 0..tuples.len() {
            let first = tuples[i].clone();
            for j in 0..tuples.len() {
                if let Some(m) = combine(&first, &tuples[j]) {
                    tuples[i] = m.clone();
                    tuples[j] = m;
                }
            }
        }
    }
    let mut items: Vec<Value> = Vec::new();
    let mut last_keys = keys.to_vec();
    for values in &tuples {
        let (vk, vv) = valid_keys(&tuples, values, keys);
        let (mk, mv) = valid_keys(std::slice::from_ref(&vv), &vv, &vk);
        let di = find(&dest, &mk, &mv);
        let d = di.map(|i| dest[i].clone());
        let o = find(&origin, &mk, &mv).map(|i| origin[i].clone());
        // kyaml merges into the target's element in place, unless the patch element replaces it.
        let replaces = o
            .as_ref()
            .and_then(|o| o.get("$patch"))
            .and_then(|p| p.as_str())
            == Some("replace");
        let val = walk(d.as_ref(), o.as_ref(), table, path)?;
        last_keys.clone_from(&vk);
        let mut val = match val {
            None => None,
            Some(Value::Object(m)) if m.is_empty() => None,
            Some(v) => Some(v),
        };
        let Some(v) = val.as_mut() else {
            dest = set_element(dest, None, &vk, &vv);
            continue;
        };
        if let Some(m) = v.as_object_mut() {
            for (k, x) in vk.iter().zip(&vv) {
                if !m.contains_key(k) && !x.is_empty() {
                    let typed = resolve_plain(x)
                        .map(|(_, v)| v)
                        .unwrap_or(Value::String(x.clone()));
                    m.insert(k.clone(), typed);
                }
            }
        }
        if let Some(i) = di
            && !replaces
        {
            dest[i] = v.clone();
        }
        items = set_element(items, Some(v), &vk, &vv);
    }
    if tuples.is_empty() {
        return Ok(dest);
    }
    Ok(append_list(items, &dest, &last_keys))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn keys() -> Vec<String> {
        vec!["port".into(), "protocol".into()]
    }

    #[test]
    fn a_patched_port_that_names_its_protocol_leaves_the_target_port_as_it_was() {
        // kustomize v5.8.1: the patch's port 80/TCP merges into nothing and is replaced by the
        // target's port 80 again.
        let dest = vec![
            json!({"port": 80, "targetPort": 8080}),
            json!({"port": 80, "protocol": "UDP", "name": "dns"}),
            json!({"port": 81}),
        ];
        let origin = vec![
            json!({"port": 80, "protocol": "TCP", "targetPort": 9090}),
            json!({"port": 443, "name": "https"}),
        ];
        let out = merge(dest, origin, &keys(), None, &mut Vec::new()).ok();
        assert_eq!(
            out,
            Some(vec![
                json!({"port": 443, "name": "https"}),
                json!({"port": 80, "targetPort": 8080}),
                json!({"port": 80, "protocol": "UDP", "name": "dns"}),
                json!({"port": 81}),
            ])
        );
    }
}
