//! Identifies list entries so that two lists can be compared entry by entry:
//! by a `name`, `key`, `id` or `manager` field, by another field unique in
//! every entry, or by the Kubernetes object identity.

use super::node::{Kind, Node, TAG_STR};

/// How list entries are matched between both sides.
pub(super) enum Identifier {
    Field(String),
    Kubernetes,
}

impl Identifier {
    pub(super) fn name(&self, node: &Node) -> Option<String> {
        match self {
            Identifier::Field(f) => node.get(f).map(|v| v.value.clone()),
            Identifier::Kubernetes => k8s_name(node),
        }
    }

    pub(super) fn find<'a>(&self, seq: &'a Node, name: &str) -> Option<&'a Node> {
        for entry in &seq.content {
            // dyff gives up on the first entry without a name
            let n = self.name(entry)?;
            if n == name {
                return Some(entry);
            }
        }
        None
    }
}

/// apiVersion/kind[/namespace]/name of a Kubernetes object node.
pub(super) fn k8s_name(node: &Node) -> Option<String> {
    if node.kind != Kind::Mapping {
        return None;
    }
    let mut parts = vec![
        node.get("apiVersion")?.value.clone(),
        node.get("kind")?.value.clone(),
    ];
    let metadata = node.get("metadata")?;
    if let Some(ns) = metadata.get("namespace") {
        parts.push(ns.value.clone());
    }
    parts.push(metadata.get("name")?.value.clone());
    Some(parts.join("/"))
}

/// How the entries of the lists `a` and `b` are to be matched, tried in
/// dyff's order: a well-known field, another field unique in every entry,
/// the Kubernetes identity. `None` means the lists are compared by value.
pub(super) fn list_identifier(a: &Node, b: &Node) -> Option<Identifier> {
    identifier_from_named_lists(a, b)
        .or_else(|| non_standard_identifier(a, b))
        .or_else(|| kubernetes_entity_identifier(a, b))
}

const IDENTIFIER_CANDIDATES: [&str; 4] = ["name", "key", "id", "manager"];
const NON_STANDARD_IDENTIFIER_THRESHOLD: usize = 3;

fn identifier_from_named_lists(a: &Node, b: &Node) -> Option<Identifier> {
    let distinct_values = |seq: &Node, field: &str| -> Option<usize> {
        let mut seen: Vec<&str> = Vec::new();
        let mut found = false;
        for entry in seq.content.iter().filter(|e| e.kind == Kind::Mapping) {
            for (k, v) in entry.pairs() {
                if k.kind == Kind::Scalar && k.value == field {
                    found = true;
                    if !seen.contains(&v.value.as_str()) {
                        seen.push(&v.value);
                    }
                }
            }
        }
        found.then_some(seen.len())
    };
    IDENTIFIER_CANDIDATES
        .iter()
        .find(|field| {
            distinct_values(a, field) == Some(a.content.len())
                && distinct_values(b, field) == Some(b.content.len())
        })
        .map(|f| Identifier::Field(f.to_string()))
}

fn non_standard_identifier(a: &Node, b: &Node) -> Option<Identifier> {
    // key -> distinct string values, in order of first appearance (dyff walks
    // a Go map here, so its choice among several candidates is random).
    let counts = |seq: &Node| -> Vec<(String, Vec<String>)> {
        let mut out: Vec<(String, Vec<String>)> = Vec::new();
        if seq.content.iter().any(|e| e.kind != Kind::Mapping) {
            return out;
        }
        for entry in &seq.content {
            for (k, v) in entry.pairs() {
                if k.kind == Kind::Scalar
                    && k.tag == TAG_STR
                    && v.kind == Kind::Scalar
                    && v.tag == TAG_STR
                {
                    let idx = match out.iter().position(|(key, _)| *key == k.value) {
                        Some(i) => i,
                        None => {
                            out.push((k.value.clone(), Vec::new()));
                            out.len() - 1
                        }
                    };
                    if !out[idx].1.contains(&v.value) {
                        out[idx].1.push(v.value.clone());
                    }
                }
            }
        }
        out
    };
    let ca = counts(a);
    let cb = counts(b);
    for (key, vals_a) in &ca {
        if let Some((_, vals_b)) = cb.iter().find(|(k, _)| k == key)
            && vals_a.len() == a.content.len()
            && vals_b.len() == b.content.len()
            && vals_a.len() > NON_STANDARD_IDENTIFIER_THRESHOLD
        {
            return Some(Identifier::Field(key.clone()));
        }
    }
    None
}

fn kubernetes_entity_identifier(a: &Node, b: &Node) -> Option<Identifier> {
    let all = |seq: &Node| seq.content.iter().all(|e| k8s_name(e).is_some());
    (all(a) && all(b)).then_some(Identifier::Kubernetes)
}

#[cfg(test)]
mod tests {
    use super::super::report;
    use serde_json::json;

    // Checked against dyff v1.10.2 (as Flux invokes it).

    /// List entries with a `name` are matched by name; unmatched ones are added or removed.
    #[test]
    fn named_list_entries_added_and_removed() {
        let live = json!({"apiVersion": "v1", "kind": "Service", "metadata": {"name": "app", "namespace": "default"}, "spec": {"ports": [{"name": "http", "port": 80}, {"name": "grpc", "port": 9999}]}});
        let desired = json!({"apiVersion": "v1", "kind": "Service", "metadata": {"name": "app", "namespace": "default"}, "spec": {"ports": [{"name": "http", "port": 80}, {"name": "metrics", "port": 9797, "protocol": "TCP"}]}});
        assert_eq!(
            report(&live, &desired),
            concat!(
                "\n",
                "spec.ports\n",
                "- one list entry removed:   + one list entry added:\n",
                "- name: grpc                  - name: metrics\n",
                "  port: 9999                    port: 9797\n",
                "                                protocol: TCP\n",
                "\n",
            )
        );
    }

    /// Lists of Kubernetes objects are matched by apiVersion/kind/namespace/name.
    #[test]
    fn kubernetes_entity_list() {
        let live = json!({"apiVersion": "v1", "kind": "List", "metadata": {"name": "app", "namespace": "default"}, "items": [{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "a", "namespace": "default"}, "data": {"k": "1"}}, {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "b", "namespace": "default"}}]});
        let desired = json!({"apiVersion": "v1", "kind": "List", "metadata": {"name": "app", "namespace": "default"}, "items": [{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "a", "namespace": "default"}, "data": {"k": "2"}}, {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "c", "namespace": "default"}}]});
        assert_eq!(
            report(&live, &desired),
            concat!(
                "\n",
                "items\n",
                "- one list entry removed:   + one list entry added:\n",
                "- apiVersion: v1              - apiVersion: v1\n",
                "  kind: ConfigMap               kind: ConfigMap\n",
                "  metadata:                     metadata:\n",
                "    name: b                       name: c\n",
                "    namespace: default            namespace: default\n",
                "\n",
                "items.v1/ConfigMap/default/a.data.k\n",
                "± value change\n",
                "- 1\n",
                "+ 2\n",
                "\n",
            )
        );
    }

    /// Kubernetes mode also matches entries by `manager`.
    #[test]
    fn managed_fields_style_manager_identifier() {
        let live = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "app", "namespace": "default"}, "spec": {"m": [{"manager": "kubectl", "op": "Apply"}, {"manager": "flux", "op": "Apply"}]}});
        let desired = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "app", "namespace": "default"}, "spec": {"m": [{"manager": "flux", "op": "Update"}, {"manager": "helm", "op": "Apply"}]}});
        assert_eq!(
            report(&live, &desired),
            concat!(
                "\n",
                "spec.m\n",
                "- one list entry removed:   + one list entry added:\n",
                "- manager: kubectl            - manager: helm\n",
                "  op: Apply                     op: Apply\n",
                "\n",
                "spec.m.flux.op\n",
                "± value change\n",
                "- Apply\n",
                "+ Update\n",
                "\n",
            )
        );
    }
}
