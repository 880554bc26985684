//! Splits rendered files into documents, separates hooks, and orders them as Helm installs them.

use std::collections::BTreeMap;

use serde_json::Value as J;

use crate::error::{Error, Result};

/// One rendered Kubernetes object (a YAML document) and the template it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Manifest {
    /// Template path (`podinfo/templates/deployment.yaml`).
    pub source: String,
    /// The document's text, trimmed.
    pub content: String,
    /// `apiVersion`.
    pub api_version: String,
    /// `kind`.
    pub kind: String,
    /// `metadata.name`.
    pub name: String,
}

/// A manifest annotated `helm.sh/hook`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hook {
    /// The manifest.
    pub manifest: Manifest,
    /// Events (`pre-install`, `post-upgrade`, `test`…), lower-cased, known ones only.
    pub events: Vec<String>,
    /// `helm.sh/hook-weight` (0 when absent or not a number).
    pub weight: i64,
    /// `helm.sh/hook-delete-policy` entries.
    pub delete_policies: Vec<String>,
}

impl Hook {
    /// Whether this is a test hook (`helm test`).
    pub fn is_test(&self) -> bool {
        self.events
            .iter()
            .any(|e| e == "test" || e == "test-success")
    }
}

/// Helm's install order of kinds; unknown kinds go last, alphabetically.
pub const INSTALL_ORDER: &[&str] = &[
    "PriorityClass",
    "Namespace",
    "NetworkPolicy",
    "ResourceQuota",
    "LimitRange",
    "PodSecurityPolicy",
    "PodDisruptionBudget",
    "ServiceAccount",
    "Secret",
    "SecretList",
    "ConfigMap",
    "StorageClass",
    "PersistentVolume",
    "PersistentVolumeClaim",
    "CustomResourceDefinition",
    "ClusterRole",
    "ClusterRoleList",
    "ClusterRoleBinding",
    "ClusterRoleBindingList",
    "Role",
    "RoleList",
    "RoleBinding",
    "RoleBindingList",
    "Service",
    "DaemonSet",
    "Pod",
    "ReplicationController",
    "ReplicaSet",
    "Deployment",
    "HorizontalPodAutoscaler",
    "StatefulSet",
    "Job",
    "CronJob",
    "IngressClass",
    "Ingress",
    "APIService",
    "MutatingWebhookConfiguration",
    "ValidatingWebhookConfiguration",
];

const EVENTS: &[&str] = &[
    "pre-install",
    "post-install",
    "pre-delete",
    "post-delete",
    "pre-upgrade",
    "post-upgrade",
    "pre-rollback",
    "post-rollback",
    "test",
    "test-success",
];

/// Splits a rendered file into non-empty YAML documents as helm v4's SplitManifests does: at
/// every line that starts with `---` (plus spaces or tabs); each document loses its leading
/// whitespace but keeps its trailing whitespace (so `helm template` prints a blank line after a
/// document that ends in a newline).
pub(crate) fn split_documents(text: &str) -> Vec<String> {
    split_on_separators(text.trim_start())
        .into_iter()
        .filter(|d| !d.trim().is_empty())
        .map(|d| d.trim_start().to_string())
        .collect()
}

/// Splits like Go's `regexp.MustCompile("(?m)^---[ \t]*").Split(text, -1)`.
fn split_on_separators(text: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut last = 0;
    let mut line = 0;
    loop {
        if text[line..].starts_with("---") {
            let start = line;
            let end = start
                + 3
                + text[start + 3..]
                    .bytes()
                    .take_while(|b| *b == b' ' || *b == b'\t')
                    .count();
            parts.push(&text[last..start]);
            last = end;
            // the next match can start no earlier than the next line
            match text[end..].find('\n') {
                Some(k) => line = end + k + 1,
                None => break,
            }
            continue;
        }
        match text[line..].find('\n') {
            Some(k) => line += k + 1,
            None => break,
        }
    }
    parts.push(&text[last..]);
    parts
}

struct Head {
    api_version: String,
    kind: String,
    name: String,
    annotations: BTreeMap<String, String>,
}

fn parse_head(file: &str, doc: &str) -> Result<Head> {
    use crate::funcs::yaml::{yaml_get, yaml_to_json};
    // The whole document is parsed (invalid YAML is an error, as in Helm), but only the head
    // fields are converted: documents are often large CRDs.
    let tree = crate::funcs::yaml::parse_tree(doc).map_err(|e| Error::ManifestYaml {
        file: file.to_string(),
        message: e,
    })?;
    let root = tree.unwrap_or(yaml_serde::Value::Null);
    let field = |y: Option<&yaml_serde::Value>, key: &str| {
        y.and_then(|y| yaml_get(y, key)).map(yaml_to_json)
    };
    let s = |v: Option<J>| match v {
        Some(J::String(s)) => s,
        Some(J::Null) | None => String::new(),
        Some(other) => other.to_string(),
    };
    let meta = yaml_get(&root, "metadata");
    let mut annotations = BTreeMap::new();
    if let Some(J::Object(a)) = field(meta, "annotations") {
        for (k, v) in a {
            match v {
                J::String(s) => {
                    annotations.insert(k, s);
                }
                J::Null => {}
                other => {
                    return Err(Error::ManifestYaml {
                        file: file.to_string(),
                        message: format!(
                            "error unmarshaling JSON: while decoding JSON: json: cannot unmarshal {} into Go struct field .metadata.annotations of type string",
                            json_kind(&other)
                        ),
                    });
                }
            }
        }
    }
    Ok(Head {
        api_version: s(field(Some(&root), "apiVersion")),
        kind: s(field(Some(&root), "kind")),
        name: s(field(meta, "name")),
        annotations,
    })
}

fn json_kind(v: &J) -> &'static str {
    match v {
        J::Number(_) => "number",
        J::Bool(_) => "bool",
        J::Array(_) => "array",
        J::Object(_) => "object",
        _ => "string",
    }
}

fn kind_rank(kind: &str) -> Option<usize> {
    INSTALL_ORDER.iter().position(|k| *k == kind)
}

/// Stable sort by install order (lessByKind).
fn sort_by_kind<T>(items: &mut [T], kind: impl Fn(&T) -> &str) {
    items.sort_by(|a, b| {
        let (ka, kb) = (kind(a), kind(b));
        match (kind_rank(ka), kind_rank(kb)) {
            (Some(x), Some(y)) => x.cmp(&y),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => ka.cmp(kb),
        }
    });
}

/// Helm's SortManifests: files in path order, documents in file order, then by kind.
pub(crate) fn sort_manifests(
    files: &BTreeMap<String, String>,
) -> Result<(Vec<Hook>, Vec<Manifest>)> {
    let mut hooks = Vec::new();
    let mut generic = Vec::new();
    for (path, content) in files {
        let base = path.rsplit('/').next().unwrap_or(path);
        if base.starts_with('_') || content.trim().is_empty() {
            continue;
        }
        for doc in split_documents(content) {
            let head = parse_head(path, &doc)?;
            let m = Manifest {
                source: path.clone(),
                content: doc,
                api_version: head.api_version,
                kind: head.kind,
                name: head.name,
            };
            let Some(types) = head.annotations.get("helm.sh/hook") else {
                generic.push(m);
                continue;
            };
            let events = types
                .split(',')
                .map(|t| t.trim().to_lowercase())
                .filter(|t| EVENTS.contains(&t.as_str()))
                .collect();
            let weight = head
                .annotations
                .get("helm.sh/hook-weight")
                .and_then(|w| w.trim().parse().ok())
                .unwrap_or(0);
            let delete_policies = head
                .annotations
                .get("helm.sh/hook-delete-policy")
                .map(|p| {
                    p.split(',')
                        .map(|x| x.trim().to_string())
                        .filter(|x| !x.is_empty())
                        .collect()
                })
                .unwrap_or_default();
            hooks.push(Hook {
                manifest: m,
                events,
                weight,
                delete_policies,
            });
        }
    }
    sort_by_kind(&mut generic, |m| &m.kind);
    sort_by_kind(&mut hooks, |h| &h.manifest.kind);
    Ok((hooks, generic))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separators_split_as_the_regex_does() {
        let re = regex::Regex::new(r"(?m)^---[ \t]*").unwrap();
        for text in [
            "",
            "---",
            "---\n---",
            "a\n---\nb",
            "a  \n\n---  \n b\n--- c",
            "---x\n---\ny",
            "a\u{a0}\n---\u{2003}\nb",
            "a\n----\nb\n\n",
            "x---\n\t\n---\n---\n",
            "\n---",
            "---\n",
            "a\n---",
            "a\n---\t \nb\n---",
            "a\n---x---\n---\n",
        ] {
            let want: Vec<&str> = re.split(text).collect();
            assert_eq!(split_on_separators(text), want, "{text:?}");
        }
    }

    #[test]
    fn documents_split_on_separators() {
        let d = split_documents("---\na: 1\n---\n\n---\nb: 2\n");
        // documents keep their trailing whitespace (helm v4)
        assert_eq!(d, vec!["a: 1\n".to_string(), "b: 2\n".to_string()]);
        assert_eq!(
            split_documents("a: 1\n---\nb: 2  \n\n"),
            vec!["a: 1\n".to_string(), "b: 2  \n\n".to_string()]
        );
    }

    #[test]
    fn manifests_sort_by_install_order_then_path() {
        let mut files = BTreeMap::new();
        files.insert(
            "c/templates/a.yaml".to_string(),
            "kind: Deployment\nmetadata:\n  name: a\n".to_string(),
        );
        files.insert(
            "c/templates/b.yaml".to_string(),
            "kind: Service\nmetadata:\n  name: b\n".to_string(),
        );
        files.insert("c/templates/h.yaml".to_string(), "kind: Job\nmetadata:\n  name: h\n  annotations:\n    helm.sh/hook: pre-install\n    helm.sh/hook-weight: \"-5\"\n".to_string());
        let (hooks, m) = sort_manifests(&files).unwrap();
        assert_eq!(
            m.iter().map(|m| m.kind.as_str()).collect::<Vec<_>>(),
            vec!["Service", "Deployment"]
        );
        assert_eq!(hooks[0].weight, -5);
        assert_eq!(hooks[0].events, vec!["pre-install".to_string()]);
    }
}
