//! The dyff core: compares two documents into the list of differences the
//! report shows, each a path with what was added, removed, changed or moved.

use serde_json::Value;

use super::identify::k8s_name;
use super::lists::{compare_sequences, string_sequence};
use super::node::{Kind, Node, TAG_BOOL, TAG_NULL, to_node};

pub(super) const ADDITION: char = '+';
pub(super) const REMOVAL: char = '-';
pub(super) const MODIFICATION: char = '±';
pub(super) const ORDERCHANGE: char = '⇆';

#[derive(Clone, Debug)]
pub(super) struct PathElement {
    /// List index, or -1 for map keys and named list entries.
    pub(super) idx: i64,
    /// Map key or list entry name; dot paths print only this.
    pub(super) name: String,
}

/// `None` is dyff's file-level path; an empty list is the document root.
pub(super) type Path = Option<Vec<PathElement>>;

pub(super) fn path_with(path: &[PathElement], element: PathElement) -> Vec<PathElement> {
    let mut p = path.to_vec();
    p.push(element);
    p
}

fn named(path: &[PathElement], name: &str) -> Vec<PathElement> {
    path_with(
        path,
        PathElement {
            idx: -1,
            name: name.to_string(),
        },
    )
}

#[derive(Clone, Debug)]
pub(super) struct Detail {
    pub(super) kind: char,
    pub(super) from: Option<Node>,
    pub(super) to: Option<Node>,
}

#[derive(Clone, Debug)]
pub(super) struct Diff {
    pub(super) path: Path,
    pub(super) details: Vec<Detail>,
}

fn modification(path: &[PathElement], from: &Node, to: &Node) -> Vec<Diff> {
    vec![Diff {
        path: Some(path.to_vec()),
        details: vec![Detail {
            kind: MODIFICATION,
            from: Some(from.clone()),
            to: Some(to.clone()),
        }],
    }]
}

fn yaml_bool(v: &str) -> Option<bool> {
    const TRUE: [&str; 11] = [
        "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON",
    ];
    const FALSE: [&str; 11] = [
        "n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF",
    ];
    if TRUE.contains(&v) {
        Some(true)
    } else if FALSE.contains(&v) {
        Some(false)
    } else {
        None
    }
}

pub(super) fn compare_objects(path: &[PathElement], from: &Node, to: &Node) -> Vec<Diff> {
    if from.kind != to.kind || from.tag != to.tag {
        return modification(path, from, to);
    }
    match from.kind {
        Kind::Document => match (from.content.first(), to.content.first()) {
            (Some(f), Some(t)) => compare_objects(path, f, t),
            _ => Vec::new(),
        },
        Kind::Mapping => compare_mappings(path, from, to),
        Kind::Sequence => compare_sequences(path, from, to),
        Kind::Scalar => match from.tag {
            // different spellings of null are equal
            TAG_NULL => Vec::new(),
            TAG_BOOL => {
                if yaml_bool(&from.value) != yaml_bool(&to.value) {
                    modification(path, from, to)
                } else {
                    Vec::new()
                }
            }
            _ => {
                if from.value != to.value {
                    modification(path, from, to)
                } else {
                    Vec::new()
                }
            }
        },
    }
}

fn compare_mappings(path: &[PathElement], from: &Node, to: &Node) -> Vec<Diff> {
    let mut result = Vec::new();
    let mut removals = Vec::new();
    let mut additions = Vec::new();
    for (key, from_item) in from.pairs() {
        match to.get(&key.value) {
            Some(to_item) => result.extend(compare_objects(
                &named(path, &key.value),
                from_item,
                to_item,
            )),
            None => {
                removals.push(key.clone());
                removals.push(from_item.clone());
            }
        }
    }
    for (key, to_item) in to.pairs() {
        if from.get(&key.value).is_none() {
            additions.push(key.clone());
            additions.push(to_item.clone());
        }
    }
    pack_changes(
        result,
        path,
        Vec::new(),
        Node::collection(to.kind, to.tag, additions),
        Node::collection(from.kind, from.tag, removals),
    )
}

/// Puts the changes of the collection at `path` itself (order change first,
/// then the removed and the added entries, each given as a collection that
/// may be empty) in front of the differences `list` found inside it, which
/// is the order dyff reports them in.
pub(super) fn pack_changes(
    mut list: Vec<Diff>,
    path: &[PathElement],
    order: Vec<Detail>,
    additions: Node,
    removals: Node,
) -> Vec<Diff> {
    let mut details = order;
    if !removals.content.is_empty() {
        details.push(Detail {
            kind: REMOVAL,
            from: Some(removals),
            to: None,
        });
    }
    if !additions.content.is_empty() {
        details.push(Detail {
            kind: ADDITION,
            from: None,
            to: Some(additions),
        });
    }
    if !details.is_empty() {
        list.insert(
            0,
            Diff {
                path: Some(path.to_vec()),
                details,
            },
        );
    }
    list
}

/// dyff's Kubernetes mode: documents are matched by apiVersion/kind/ns/name;
/// otherwise the single documents are compared directly.
pub(super) fn compare_documents(live: &Value, desired: &Value) -> Vec<Diff> {
    let doc = |v: &Value| -> Option<Node> {
        // a null document counts as an empty file
        (!v.is_null()).then(|| to_node(v))
    };
    let from = doc(live);
    let to = doc(desired);
    let from_name = from.as_ref().map(k8s_name);
    let to_name = to.as_ref().map(k8s_name);
    let names_ok = !matches!(from_name, Some(None)) && !matches!(to_name, Some(None));
    if !names_ok {
        return match (&from, &to) {
            (Some(f), Some(t)) => compare_objects(&[], f, t),
            _ => Vec::new(),
        };
    }
    let from_name = from_name.flatten();
    let to_name = to_name.flatten();
    let wrap = |n: &Node| Node::collection(Kind::Document, "", vec![n.clone()]);
    match (&from, &to) {
        (Some(f), Some(t)) if from_name == to_name => compare_objects(&[], f, t),
        _ => {
            let mut result = Vec::new();
            if let Some(f) = &from {
                result.push(Diff {
                    path: Some(Vec::new()),
                    details: vec![Detail {
                        kind: REMOVAL,
                        from: Some(wrap(f)),
                        to: None,
                    }],
                });
            }
            if let Some(t) = &to {
                result.push(Diff {
                    path: Some(Vec::new()),
                    details: vec![Detail {
                        kind: ADDITION,
                        from: None,
                        to: Some(wrap(t)),
                    }],
                });
            }
            if let (Some(f), Some(t)) = (from_name, to_name) {
                // one document each side with different names: dyff also
                // reports the document order as changed
                result.push(Diff {
                    path: None,
                    details: vec![Detail {
                        kind: ORDERCHANGE,
                        from: Some(string_sequence(&[f])),
                        to: Some(string_sequence(&[t])),
                    }],
                });
            }
            result
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::report;
    use serde_json::json;

    // Checked against dyff v1.10.2 (as Flux invokes it).

    /// Objects with different identities are a removed and an added document.
    #[test]
    fn different_objects_replace_the_document() {
        let live = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "old", "namespace": "default"}, "data": {"k": "v"}});
        let desired = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "new", "namespace": "default"}, "data": {"k": "v"}});
        assert_eq!(
            report(&live, &desired),
            concat!(
                "\n",
                "(root level)\n",
                "- one document removed:\n",
                "---\n",
                "apiVersion: v1\n",
                "data:\n",
                "  k: v\n",
                "kind: ConfigMap\n",
                "metadata:\n",
                "  name: old\n",
                "  namespace: default\n",
                "\n",
                "(root level)\n",
                "+ one document added:\n",
                "  ---\n",
                "  apiVersion: v1\n",
                "  data:\n",
                "    k: v\n",
                "  kind: ConfigMap\n",
                "  metadata:\n",
                "    name: new\n",
                "    namespace: default\n",
                "\n",
                "(file level)\n",
                "⇆ order changed\n",
                "- v1/ConfigMap/default/old\n",
                "+ v1/ConfigMap/default/new\n",
                "\n",
            )
        );
    }

    /// Null compares equal to null; null to value is a type change.
    #[test]
    fn nulls_are_equal_and_null_changes_are_type_changes() {
        let live = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "app", "namespace": "default"}, "spec": {"a": null, "b": null}});
        let desired = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "app", "namespace": "default"}, "spec": {"a": null, "b": {"x": 1}}});
        assert_eq!(
            report(&live, &desired),
            concat!(
                "\n",
                "spec.b\n",
                "± type change from <nil> to map\n",
                "- <nil>\n",
                "+ x: 1\n",
                "\n",
            )
        );
    }
}
