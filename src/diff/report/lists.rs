//! Compares two lists: entry by entry where `identify` finds an identifier,
//! otherwise by value, reporting added, removed and reordered entries.

use super::compare::{
    Detail, Diff, ORDERCHANGE, PathElement, compare_objects, pack_changes, path_with,
};
use super::identify::{Identifier, list_identifier};
use super::node::{Kind, Node, TAG_SEQ, TAG_STR};

pub(super) fn compare_sequences(path: &[PathElement], from: &Node, to: &Node) -> Vec<Diff> {
    if from.content.is_empty() && to.content.is_empty() {
        return Vec::new();
    }
    match list_identifier(from, to) {
        Some(id) => compare_named_lists(path, &id, from, to),
        None => compare_simple_lists(path, from, to),
    }
}

fn compare_named_lists(path: &[PathElement], id: &Identifier, from: &Node, to: &Node) -> Vec<Diff> {
    let mut result = Vec::new();
    let mut removals = Vec::new();
    let mut additions = Vec::new();
    let mut from_names = Vec::new();
    let mut to_names = Vec::new();
    for entry in &from.content {
        let name = id.name(entry).unwrap_or_default();
        match id.find(to, &name) {
            Some(to_entry) => {
                let p = path_with(
                    path,
                    PathElement {
                        idx: -1,
                        name: name.clone(),
                    },
                );
                result.extend(compare_objects(&p, entry, to_entry));
                from_names.push(name);
            }
            None => removals.push(entry.clone()),
        }
    }
    for entry in &to.content {
        let name = id.name(entry).unwrap_or_default();
        if id.find(from, &name).is_some() {
            to_names.push(name);
        } else {
            additions.push(entry.clone());
        }
    }
    let moved = from_names.iter().enumerate().any(|(idx, name)| {
        // dyff looks names up in a Go map, where a miss reads as index 0
        to_names.iter().position(|n| n == name).unwrap_or(0) != idx
    });
    let order = if moved {
        vec![Detail {
            kind: ORDERCHANGE,
            from: Some(string_sequence(&from_names)),
            to: Some(string_sequence(&to_names)),
        }]
    } else {
        Vec::new()
    };
    pack_changes(
        result,
        path,
        order,
        Node::collection(Kind::Sequence, TAG_SEQ, additions),
        Node::collection(Kind::Sequence, TAG_SEQ, removals),
    )
}

pub(super) fn string_sequence(names: &[String]) -> Node {
    Node::collection(
        Kind::Sequence,
        "",
        names
            .iter()
            .map(|n| Node::scalar(TAG_STR, n.clone()))
            .collect(),
    )
}

/// A canonical rendering standing in for dyff's structure hash: scalars
/// compare by value only (tags ignored) and maps ignore key order.
fn node_hash(node: &Node) -> String {
    fn quote(s: &str) -> String {
        format!("{s:?}")
    }
    match node.kind {
        Kind::Scalar => format!("s{}", quote(&node.value)),
        Kind::Sequence => {
            let parts: Vec<String> = node.content.iter().map(node_hash).collect();
            format!("[{}]", parts.join(","))
        }
        Kind::Mapping => {
            let mut parts: Vec<String> = node
                .pairs()
                .map(|(k, v)| format!("{}:{}", node_hash(k), node_hash(v)))
                .collect();
            parts.sort();
            format!("{{{}}}", parts.join(","))
        }
        Kind::Document => node.content.first().map(node_hash).unwrap_or_default(),
    }
}

fn compare_simple_lists(path: &[PathElement], from: &Node, to: &Node) -> Vec<Diff> {
    if from.content.len() == 1 && to.content.len() == 1 {
        let p = path_with(
            path,
            PathElement {
                idx: 0,
                name: String::new(),
            },
        );
        return compare_objects(&p, &from.content[0], &to.content[0]);
    }
    let from_hashes: Vec<String> = from.content.iter().map(node_hash).collect();
    let to_hashes: Vec<String> = to.content.iter().map(node_hash).collect();
    let count = |hashes: &[String], h: &str| hashes.iter().filter(|x| *x == h).count();

    let mut removals: Vec<Node> = Vec::new();
    let mut additions: Vec<Node> = Vec::new();
    let mut from_common = Vec::new();
    let mut to_common = Vec::new();
    let contains = |list: &[Node], h: &str| list.iter().any(|n| node_hash(n) == h);

    for (idx, h) in from_hashes.iter().enumerate() {
        let in_to = count(&to_hashes, h);
        if in_to > 0 {
            from_common.push(h.clone());
        }
        let in_from = count(&from_hashes, h);
        if in_to == 0 {
            removals.push(from.content[idx].clone());
        } else if in_from > in_to && !contains(&removals, h) {
            for _ in 0..in_from - in_to {
                removals.push(from.content[idx].clone());
            }
        }
    }
    for (idx, h) in to_hashes.iter().enumerate() {
        let in_from = count(&from_hashes, h);
        if in_from > 0 {
            to_common.push(h.clone());
        }
        let in_to = count(&to_hashes, h);
        if in_from == 0 {
            additions.push(to.content[idx].clone());
        } else if in_from < in_to && !contains(&additions, h) {
            for _ in 0..in_to - in_from {
                additions.push(to.content[idx].clone());
            }
        }
    }
    let mut order = Vec::new();
    if from_common.len() == to_common.len() && from_common != to_common {
        // the common entries themselves, each in its own list's order
        let pick = |hashes: &[String], nodes: &[Node], other: &[String]| -> Vec<Node> {
            hashes
                .iter()
                .zip(nodes)
                .filter(|(h, _)| other.contains(h))
                .map(|(_, n)| n.clone())
                .collect()
        };
        let from_nodes = pick(&from_hashes, &from.content, &to_hashes);
        let to_nodes = pick(&to_hashes, &to.content, &from_hashes);
        order.push(Detail {
            kind: ORDERCHANGE,
            from: Some(Node::collection(Kind::Sequence, "", from_nodes)),
            to: Some(Node::collection(Kind::Sequence, "", to_nodes)),
        });
    }
    pack_changes(
        Vec::new(),
        path,
        order,
        Node::collection(Kind::Sequence, TAG_SEQ, additions),
        Node::collection(Kind::Sequence, TAG_SEQ, removals),
    )
}

#[cfg(test)]
mod tests {
    use super::super::report;
    use serde_json::json;

    // Checked against dyff v1.10.2 (as Flux invokes it).

    /// Reordered named entries are reported as an order change of the names.
    #[test]
    fn named_list_order_change() {
        let live = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "app", "namespace": "default"}, "spec": {"containers": [{"name": "a", "image": "x"}, {"name": "b", "image": "y"}, {"name": "c", "image": "z"}]}});
        let desired = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "app", "namespace": "default"}, "spec": {"containers": [{"name": "c", "image": "z"}, {"name": "a", "image": "x"}, {"name": "b", "image": "y2"}]}});
        assert_eq!(
            report(&live, &desired),
            concat!(
                "\n",
                "spec.containers\n",
                "⇆ order changed\n",
                "- a, b, c\n",
                "+ c, a, b\n",
                "\n",
                "spec.containers.b.image\n",
                "± value change\n",
                "- y\n",
                "+ y2\n",
                "\n",
            )
        );
    }

    /// Lists without identifiers are compared by value.
    #[test]
    fn simple_list_order_change_and_addition() {
        let live = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "app", "namespace": "default"}, "spec": {"args": ["--a", "--b", "--c"]}});
        let desired = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "app", "namespace": "default"}, "spec": {"args": ["--c", "--b", "--a", "--d"]}});
        assert_eq!(
            report(&live, &desired),
            concat!(
                "\n",
                "spec.args\n",
                "⇆ order changed   + one list entry added:\n",
                "- --a, --b, --c     - \"--d\"\n",
                "+ --c, --b, --a\n",
                "\n",
            )
        );
    }

    /// Two one-entry lists compare their entries directly (path index 0).
    #[test]
    fn single_entry_lists_compared_by_index() {
        let live = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "app", "namespace": "default"}, "spec": {"rules": [{"host": "a.example.com", "port": 1}]}});
        let desired = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "app", "namespace": "default"}, "spec": {"rules": [{"host": "b.example.com", "port": 1}]}});
        assert_eq!(
            report(&live, &desired),
            concat!(
                "\n",
                "spec.rules.0.host\n",
                "± value change\n",
                "- a.example.com\n",
                "+ b.example.com\n",
                "\n",
            )
        );
    }

    /// Duplicates in value lists are counted.
    #[test]
    fn duplicate_list_entries() {
        let live = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "app", "namespace": "default"}, "spec": {"l": ["a", "a", "b"]}});
        let desired = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "app", "namespace": "default"}, "spec": {"l": ["a", "b", "b", "b"]}});
        assert_eq!(
            report(&live, &desired),
            concat!(
                "\n",
                "spec.l\n",
                "- one list entry removed:   + two list entries added:\n",
                "- a                           - b\n",
                "                              - b\n",
                "\n",
            )
        );
    }
}
