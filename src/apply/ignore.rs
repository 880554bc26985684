//! Drift ignore rules (`spec.ignore` of a Kustomization): for the objects a rule's target selects, the
//! fields at its JSON pointers keep their in-cluster values when applying ([`adopt_live_values`]) and are
//! removed from the live and dry-run objects before `flux diff` compares and prints them.

use regex::Regex;
use serde_json::{Map, Value};

/// A `spec.ignore` entry that cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A target field is not a valid regular expression.
    #[error("failed to create ignore rule selector: invalid {field} regex: {source}")]
    Regex {
        field: &'static str,
        #[source]
        source: regex::Error,
    },
    /// A target label or annotation selector does not parse.
    #[error(
        "failed to create ignore rule selector: invalid {field} selector: unable to parse requirement: {requirement:?}"
    )]
    Selector {
        field: &'static str,
        requirement: String,
    },
}

/// The compiled `spec.ignore` rules of one Kustomization. Empty when it has none.
#[derive(Debug, Default)]
pub struct IgnoreRules {
    rules: Vec<Rule>,
}

#[derive(Debug)]
struct Rule {
    paths: Vec<String>,
    /// `None`: the rule applies to every object.
    target: Option<Target>,
}

#[derive(Debug)]
struct Target {
    group: Option<Regex>,
    version: Option<Regex>,
    kind: Option<Regex>,
    name: Option<Regex>,
    namespace: Option<Regex>,
    labels: Vec<Requirement>,
    annotations: Vec<Requirement>,
}

impl IgnoreRules {
    /// Compiles `ks.spec.ignore`.
    pub fn from_kustomization(ks: &Value) -> Result<Self, Error> {
        let mut rules = Vec::new();
        for entry in ks
            .pointer("/spec/ignore")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let paths = entry["paths"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect();
            let target = match entry.get("target") {
                Some(t) if t.is_object() => Some(Target::compile(t)?),
                _ => None,
            };
            rules.push(Rule { paths, target });
        }
        Ok(Self { rules })
    }

    /// Whether there are no rules.
    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }

    /// The JSON pointers to ignore for `obj` (the dry-run object, so that the live and dry-run
    /// copies are stripped on the same decision, as Flux does).
    pub fn paths_for(&self, obj: &Value) -> Vec<&str> {
        self.rules
            .iter()
            .filter(|r| r.target.as_ref().is_none_or(|t| t.matches(obj)))
            .flat_map(|r| r.paths.iter().map(String::as_str))
            .collect()
    }
}

/// `manifest` with the ignored fields set to their values in `live` (or removed when `live` has none),
/// so applying it neither reverts nor removes what the rules exempt from drift correction. `None` when
/// no rule selects the object.
pub fn adopt_live_values(rules: &IgnoreRules, manifest: &Value, live: &Value) -> Option<Value> {
    let paths = rules.paths_for(manifest);
    if paths.is_empty() {
        return None;
    }
    let mut out = manifest.clone();
    for pointer in &paths {
        match live.pointer(pointer) {
            Some(value) => set_path(&mut out, pointer, value.clone()),
            None => remove_paths(&mut out, &[pointer]),
        }
    }
    Some(out)
}

/// Sets the field at `pointer`, creating intermediate objects; a pointer through a list or a scalar is
/// left alone (the list entry it names is then simply not adopted).
fn set_path(obj: &mut Value, pointer: &str, value: Value) {
    let mut cur = obj;
    let mut parts = pointer.split('/').skip(1).peekable();
    while let Some(raw) = parts.next() {
        let key = raw.replace("~1", "/").replace("~0", "~");
        if parts.peek().is_none() {
            match cur {
                Value::Object(map) => {
                    map.insert(key, value);
                }
                Value::Array(items) => {
                    if let Some(slot) = key.parse::<usize>().ok().and_then(|i| items.get_mut(i)) {
                        *slot = value;
                    }
                }
                _ => {}
            }
            return;
        }
        let next = match cur {
            Value::Object(map) => map.entry(key).or_insert_with(|| Value::Object(Map::new())),
            Value::Array(items) => match key.parse::<usize>().ok().and_then(|i| items.get_mut(i)) {
                Some(item) => item,
                None => return,
            },
            _ => return,
        };
        cur = next;
    }
}

/// Removes the fields at `pointers` (RFC 6901) from `obj`; missing fields are ignored. The root
/// pointer "" empties the whole object.
pub fn remove_paths(obj: &mut Value, pointers: &[&str]) {
    for pointer in pointers {
        if pointer.is_empty() {
            *obj = Value::Object(Map::new());
            continue;
        }
        let Some((parent, last)) = pointer.rsplit_once('/') else {
            continue;
        };
        let last = last.replace("~1", "/").replace("~0", "~");
        let Some(cur) = obj.pointer_mut(parent) else {
            continue;
        };
        match cur {
            Value::Object(map) => {
                map.remove(last.as_str());
            }
            Value::Array(items) => {
                if let Ok(i) = last.parse::<usize>()
                    && i < items.len()
                {
                    items.remove(i);
                }
            }
            _ => {}
        }
    }
}

impl Target {
    fn compile(t: &Value) -> Result<Self, Error> {
        let regex = |field: &'static str, key: &str| -> Result<Option<Regex>, Error> {
            match t[key].as_str().filter(|s| !s.is_empty()) {
                None => Ok(None),
                Some(p) => Regex::new(&format!("^(?:{p})$"))
                    .map(Some)
                    .map_err(|source| Error::Regex { field, source }),
            }
        };
        Ok(Self {
            group: regex("group", "group")?,
            version: regex("version", "version")?,
            kind: regex("kind", "kind")?,
            name: regex("name", "name")?,
            namespace: regex("namespace", "namespace")?,
            labels: parse_selector("label", t["labelSelector"].as_str().unwrap_or_default())?,
            annotations: parse_selector(
                "annotation",
                t["annotationSelector"].as_str().unwrap_or_default(),
            )?,
        })
    }

    fn matches(&self, obj: &Value) -> bool {
        let text = |p: &str| obj.pointer(p).and_then(Value::as_str).unwrap_or_default();
        let (group, version) = match text("/apiVersion").rsplit_once('/') {
            Some((g, v)) => (g, v),
            None => ("", text("/apiVersion")),
        };
        let is = |re: &Option<Regex>, s: &str| re.as_ref().is_none_or(|r| r.is_match(s));
        let empty = Map::new();
        let map = |p: &str| obj.pointer(p).and_then(Value::as_object).unwrap_or(&empty);
        is(&self.namespace, text("/metadata/namespace"))
            && is(&self.name, text("/metadata/name"))
            && is(&self.group, group)
            && is(&self.version, version)
            && is(&self.kind, text("/kind"))
            && self
                .labels
                .iter()
                .all(|r| r.matches(map("/metadata/labels")))
            && self
                .annotations
                .iter()
                .all(|r| r.matches(map("/metadata/annotations")))
    }
}

/// One requirement of a Kubernetes label selector (`k=v`, `k!=v`, `k in (a,b)`, `k notin (a)`,
/// `k`, `!k`).
#[derive(Debug)]
enum Requirement {
    Equals(String, String),
    NotEquals(String, String),
    In(String, Vec<String>),
    NotIn(String, Vec<String>),
    Exists(String),
    NotExists(String),
}

impl Requirement {
    fn matches(&self, m: &Map<String, Value>) -> bool {
        let get = |k: &str| m.get(k).and_then(Value::as_str);
        match self {
            Self::Equals(k, v) => get(k) == Some(v.as_str()),
            Self::NotEquals(k, v) => get(k) != Some(v.as_str()),
            Self::In(k, vs) => get(k).is_some_and(|x| vs.iter().any(|v| v == x)),
            Self::NotIn(k, vs) => get(k).is_none_or(|x| !vs.iter().any(|v| v == x)),
            Self::Exists(k) => m.contains_key(k),
            Self::NotExists(k) => !m.contains_key(k),
        }
    }
}

fn parse_selector(field: &'static str, s: &str) -> Result<Vec<Requirement>, Error> {
    // Split on commas outside parentheses.
    let mut parts = Vec::new();
    let (mut depth, mut cur) = (0i32, String::new());
    for c in s.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(std::mem::take(&mut cur));
                continue;
            }
            _ => {}
        }
        cur.push(c);
    }
    parts.push(cur);
    let set = |rest: &str| -> Vec<String> {
        rest.trim()
            .trim_start_matches('(')
            .trim_end_matches(')')
            .split(',')
            .map(|x| x.trim().to_string())
            .collect()
    };
    let mut out = Vec::new();
    for part in parts.iter().map(|p| p.trim()).filter(|p| !p.is_empty()) {
        let req = if let Some(k) = part.strip_prefix('!') {
            Requirement::NotExists(k.trim().to_string())
        } else if let Some((k, v)) = part.split_once("!=") {
            Requirement::NotEquals(k.trim().into(), v.trim().into())
        } else if let Some((k, v)) = part.split_once("==").or_else(|| part.split_once('=')) {
            Requirement::Equals(k.trim().into(), v.trim().into())
        } else if let Some((k, rest)) = part.split_once(" notin ") {
            Requirement::NotIn(k.trim().into(), set(rest))
        } else if let Some((k, rest)) = part.split_once(" in ") {
            Requirement::In(k.trim().into(), set(rest))
        } else if part
            .chars()
            .all(|c| c.is_alphanumeric() || "-_./".contains(c))
        {
            Requirement::Exists(part.to_string())
        } else {
            return Err(Error::Selector {
                field,
                requirement: part.to_string(),
            });
        };
        out.push(req);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn service() -> Value {
        json!({"apiVersion": "v1", "kind": "Service",
               "metadata": {"name": "podinfo", "namespace": "default", "labels": {"app": "podinfo"}},
               "spec": {"ports": [{"port": 1}], "type": "ClusterIP"}})
    }

    #[test]
    fn ignored_fields_take_their_live_values_or_are_dropped() {
        let ks = json!({"spec": {"ignore": [
            {"paths": ["/spec/ports/0/port", "/metadata/annotations/owner", "/spec/missing"],
             "target": {"kind": "Service"}}
        ]}});
        let rules = IgnoreRules::from_kustomization(&ks).unwrap_or_default();
        let mut desired = service();
        desired["spec"]["missing"] = json!("ours");
        let mut live = service();
        live["spec"]["ports"][0]["port"] = json!(9);
        live["metadata"]["annotations"] = json!({"owner": "team-a"});
        let adjusted = adopt_live_values(&rules, &desired, &live).unwrap_or_default();
        assert_eq!(adjusted["spec"]["ports"][0]["port"], 9);
        assert_eq!(adjusted["metadata"]["annotations"]["owner"], "team-a");
        assert!(adjusted["spec"].get("missing").is_none());
        assert_eq!(adjusted["spec"]["type"], "ClusterIP");
        let configmap = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "a"}});
        assert!(adopt_live_values(&rules, &configmap, &configmap).is_none());
    }

    #[test]
    fn a_rule_applies_only_to_the_kinds_its_target_selects() {
        let ks = json!({"spec": {"ignore": [{"paths": ["/spec/ports"], "target": {"kind": "Service"}}]}});
        let rules = IgnoreRules::from_kustomization(&ks).unwrap();
        assert_eq!(rules.paths_for(&service()), vec!["/spec/ports"]);
        let cm = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "a"}});
        assert!(rules.paths_for(&cm).is_empty());
    }

    #[test]
    fn label_selectors_narrow_the_target() {
        let ks = json!({"spec": {"ignore": [{"paths": ["/spec"], "target": {"labelSelector": "app in (other)"}}]}});
        let rules = IgnoreRules::from_kustomization(&ks).unwrap();
        assert!(rules.paths_for(&service()).is_empty());
    }

    #[test]
    fn ignored_paths_are_removed_and_missing_ones_skipped() {
        let mut obj = service();
        remove_paths(
            &mut obj,
            &["/spec/ports", "/spec/missing/deep", "/metadata/labels/app"],
        );
        assert_eq!(obj["spec"], json!({"type": "ClusterIP"}));
        assert_eq!(obj["metadata"]["labels"], json!({}));
    }
}
