//! A custom OpenAPI schema (the kustomization's `openapi: {path: …}`): merge keys for
//! strategic-merge patches of the kinds it defines. Like kustomize, it replaces the built-in
//! schema for the whole build.

use std::collections::HashMap;

use serde_json::Value;

use super::smp::Table;
use crate::error::{Result, invalid};
use crate::yaml::parse::parse_one;

/// Merge keys by kind (with the groups each kind is defined for).
#[derive(Debug, Clone, Default)]
pub struct Schema {
    kinds: HashMap<String, (Vec<String>, Table)>,
}

impl Schema {
    /// Reads an OpenAPI v2 document (JSON or YAML) with a `definitions` map.
    pub fn parse(bytes: &[u8]) -> Result<Schema> {
        let doc = parse_one(&String::from_utf8_lossy(bytes))?;
        let defs = doc
            .get("definitions")
            .and_then(|d| d.as_object())
            .ok_or_else(|| invalid("openapi schema has no definitions"))?;
        let mut kinds: HashMap<String, (Vec<String>, Table)> = HashMap::new();
        for def in defs.values() {
            let Some(gvks) = def
                .get("x-kubernetes-group-version-kind")
                .and_then(|g| g.as_array())
            else {
                continue;
            };
            let mut table = Table::new();
            collect(defs, def, &mut Vec::new(), &mut table, 0);
            for gvk in gvks {
                let kind = gvk
                    .get("kind")
                    .and_then(|k| k.as_str())
                    .unwrap_or("")
                    .to_string();
                let group = gvk
                    .get("group")
                    .and_then(|k| k.as_str())
                    .unwrap_or("")
                    .to_string();
                let entry = kinds.entry(kind).or_default();
                if !entry.0.contains(&group) {
                    entry.0.push(group);
                }
                entry.1.extend(table.clone());
            }
        }
        Ok(Schema { kinds })
    }

    /// The merge keys of `kind` in `group`, when the schema defines it.
    pub fn table(&self, kind: &str, group: &str) -> Option<&Table> {
        self.kinds
            .get(kind)
            .filter(|(groups, _)| groups.iter().any(|g| g == group))
            .map(|(_, t)| t)
    }
}

fn resolve<'a>(defs: &'a serde_json::Map<String, Value>, v: &'a Value) -> &'a Value {
    match v
        .get("$ref")
        .and_then(|r| r.as_str())
        .and_then(|r| r.strip_prefix("#/definitions/"))
    {
        Some(name) => defs.get(name).unwrap_or(v),
        None => v,
    }
}

fn collect(
    defs: &serde_json::Map<String, Value>,
    schema: &Value,
    path: &mut Vec<String>,
    out: &mut Table,
    depth: usize,
) {
    if depth > 24 {
        return;
    }
    let schema = resolve(defs, schema);
    let Some(props) = schema.get("properties").and_then(|p| p.as_object()) else {
        return;
    };
    for (name, prop) in props {
        path.push(name.clone());
        let strategy = prop
            .get("x-kubernetes-patch-strategy")
            .and_then(|s| s.as_str())
            .unwrap_or("");
        let is_list = prop.get("type").and_then(|t| t.as_str()) == Some("array");
        if is_list && strategy.split(',').any(|s| s == "merge") {
            // kyaml prefers the list-map keys (several) to the patch merge key (one).
            let map_keys: Vec<&str> = prop
                .get("x-kubernetes-list-map-keys")
                .and_then(|k| k.as_array())
                .map(|a| a.iter().filter_map(|k| k.as_str()).collect())
                .unwrap_or_default();
            let key = if map_keys.is_empty() {
                prop.get("x-kubernetes-patch-merge-key")
                    .and_then(|k| k.as_str())
                    .unwrap_or("*")
                    .to_string()
            } else {
                map_keys.join(",")
            };
            out.insert(path.join("/"), key);
        }
        match prop.get("items") {
            Some(items) if is_list => collect(defs, items, path, out, depth + 1),
            _ => collect(defs, prop, path, out, depth + 1),
        }
        path.pop();
    }
}
