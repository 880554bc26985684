//! A HelmRelease's values: `spec.valuesFrom` in order (whole documents merged, or one value placed at
//! `targetPath`), then `spec.values` on top — the order and the messages of helm-controller.

use k8s_openapi::api::core::v1::{ConfigMap, Secret};
use kube::api::Api;
use serde_json::{Map, Value};

use crate::api::helm::ValuesReference;

/// The key read when `valuesKey` is empty.
const DEFAULT_KEY: &str = "values.yaml";

/// Why the values could not be composed; the text is the Ready message (reason `ValuesError`).
#[derive(Debug, thiserror::Error)]
pub enum ValuesError {
    #[error("could not find {kind} '{namespace}/{name}'")]
    NotFound {
        kind: String,
        namespace: String,
        name: String,
    },
    #[error("failed to get {kind} '{namespace}/{name}': {source}")]
    Get {
        kind: String,
        namespace: String,
        name: String,
        #[source]
        source: kube::Error,
    },
    #[error("missing key '{key}' in {kind} '{namespace}/{name}'")]
    MissingKey {
        kind: String,
        namespace: String,
        name: String,
        key: String,
    },
    #[error("unable to read values from key '{key}' in {kind} '{namespace}/{name}': {message}")]
    Parse {
        kind: String,
        namespace: String,
        name: String,
        key: String,
        message: String,
    },
    #[error("unsupported ValuesReference kind '{0}'")]
    Kind(String),
}

/// Composes the values of a HelmRelease in `namespace`.
pub async fn compose(
    client: &kube::Client,
    namespace: &str,
    references: &[ValuesReference],
    inline: Option<&Value>,
) -> Result<Map<String, Value>, ValuesError> {
    let mut out = Map::new();
    for r in references {
        let key = r
            .values_key
            .as_deref()
            .filter(|k| !k.is_empty())
            .unwrap_or(DEFAULT_KEY);
        let optional = r.optional.unwrap_or(false);
        let Some(text) = read(client, namespace, r, key, optional).await? else {
            continue;
        };
        match r.target_path.as_deref().filter(|p| !p.is_empty()) {
            Some(path) => {
                let value = if r.literal.unwrap_or(false) {
                    Value::String(text)
                } else {
                    typed(&text)
                };
                set_path(&mut out, path, value);
            }
            None => {
                let parsed =
                    helm_template::parse_values(&text).map_err(|e| ValuesError::Parse {
                        kind: r.kind.clone(),
                        namespace: namespace.to_string(),
                        name: r.name.clone(),
                        key: key.to_string(),
                        message: e.to_string(),
                    })?;
                merge(&mut out, parsed);
            }
        }
    }
    if let Some(Value::Object(values)) = inline {
        merge(&mut out, values.clone());
    }
    Ok(out)
}

async fn read(
    client: &kube::Client,
    namespace: &str,
    r: &ValuesReference,
    key: &str,
    optional: bool,
) -> Result<Option<String>, ValuesError> {
    let not_found = || ValuesError::NotFound {
        kind: r.kind.clone(),
        namespace: namespace.to_string(),
        name: r.name.clone(),
    };
    let get_err = |source| ValuesError::Get {
        kind: r.kind.clone(),
        namespace: namespace.to_string(),
        name: r.name.clone(),
        source,
    };
    let data: Option<String> = match r.kind.as_str() {
        "ConfigMap" => {
            let api: Api<ConfigMap> = Api::namespaced(client.clone(), namespace);
            match api.get_opt(&r.name).await.map_err(get_err)? {
                None if optional => return Ok(None),
                None => return Err(not_found()),
                Some(cm) => cm.data.and_then(|d| d.get(key).cloned()),
            }
        }
        "Secret" => {
            let api: Api<Secret> = Api::namespaced(client.clone(), namespace);
            match api.get_opt(&r.name).await.map_err(get_err)? {
                None if optional => return Ok(None),
                None => return Err(not_found()),
                Some(s) => s.data.and_then(|d| {
                    d.get(key)
                        .map(|b| String::from_utf8_lossy(&b.0).into_owned())
                }),
            }
        }
        other => return Err(ValuesError::Kind(other.to_string())),
    };
    match data {
        Some(text) => Ok(Some(text)),
        None if optional => Ok(None),
        None => Err(ValuesError::MissingKey {
            kind: r.kind.clone(),
            namespace: namespace.to_string(),
            name: r.name.clone(),
            key: key.to_string(),
        }),
    }
}

/// Deep merge: maps merge key by key, anything else in `over` replaces what `base` had.
pub fn merge(base: &mut Map<String, Value>, over: Map<String, Value>) {
    for (k, v) in over {
        match (base.get_mut(&k), v) {
            (Some(Value::Object(b)), Value::Object(o)) => merge(b, o),
            (_, v) => {
                base.insert(k, v);
            }
        }
    }
}

/// A `--set` value typed as Helm's strvals types it: booleans, integers and `null`; anything else is text.
fn typed(text: &str) -> Value {
    match text {
        "true" => Value::Bool(true),
        "false" => Value::Bool(false),
        "null" => Value::Null,
        _ => text
            .parse::<i64>()
            .ok()
            .filter(|_| !text.starts_with('0') || text == "0")
            .map(Value::from)
            .unwrap_or_else(|| Value::String(text.to_string())),
    }
}

/// Places `value` at a dotted `path` (`a.b.c`, `\.` for a literal dot), creating maps on the way.
fn set_path(root: &mut Map<String, Value>, path: &str, value: Value) {
    let mut keys = Vec::new();
    let mut current = String::new();
    let mut chars = path.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek() == Some(&'.') => {
                current.push('.');
                chars.next();
            }
            '.' => keys.push(std::mem::take(&mut current)),
            c => current.push(c),
        }
    }
    keys.push(current);
    let Some((last, parents)) = keys.split_last() else {
        return;
    };
    let mut node = root;
    for k in parents {
        let entry = node
            .entry(k.clone())
            .or_insert_with(|| Value::Object(Map::new()));
        if !entry.is_object() {
            *entry = Value::Object(Map::new());
        }
        let Value::Object(next) = entry else { return };
        node = next;
    }
    node.insert(last.clone(), value);
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn map(v: Value) -> Map<String, Value> {
        v.as_object().cloned().unwrap_or_default()
    }

    #[test]
    fn later_sources_win_and_maps_merge() {
        let mut base = map(json!({"a": {"x": 1, "y": 2}, "b": [1]}));
        merge(&mut base, map(json!({"a": {"y": 3}, "b": [2]})));
        assert_eq!(
            Value::Object(base),
            json!({"a": {"x": 1, "y": 3}, "b": [2]})
        );
    }

    #[test]
    fn target_paths_create_maps_and_honour_escaped_dots() {
        let mut root = Map::new();
        set_path(
            &mut root,
            "ingress.annotations.example\\.com/x",
            typed("true"),
        );
        set_path(&mut root, "replicas", typed("3"));
        set_path(&mut root, "tag", typed("007"));
        assert_eq!(
            Value::Object(root),
            json!({"ingress": {"annotations": {"example.com/x": true}}, "replicas": 3, "tag": "007"})
        );
    }
}
