//! ytbx.RestructureObject: puts the keys of added and removed maps in a
//! human-friendly order (`name` first, deeper values last) before display.

use super::go_sort::go_sort;
use super::node::{Kind, Node};

const KNOWN_KEY_ORDERS: &[&[&str]] = &[
    &[
        "name",
        "director_uuid",
        "releases",
        "instance_groups",
        "networks",
        "resource_pools",
        "compilation",
    ],
    &["name", "url", "version", "sha1"],
    &["jobs", "resources", "resource_types"],
    &["name", "type", "source"],
    &["get"],
    &["put"],
    &["task"],
    &["releases", "instance_groups", "configuration", "variables"],
    &["auth", "templates"],
    &["name"],
    &["key"],
    &["id"],
];

pub(super) fn restructure(node: &mut Node) {
    match node.kind {
        Kind::Document | Kind::Sequence => node.content.iter_mut().for_each(restructure),
        Kind::Mapping => {
            let keys: Vec<String> = node.pairs().map(|(k, _)| k.value.clone()).collect();
            let mut best: Option<(usize, usize)> = None;
            for (idx, candidate) in KNOWN_KEY_ORDERS.iter().enumerate() {
                let hits = candidate
                    .iter()
                    .filter(|c| keys.iter().any(|k| k == *c))
                    .count();
                if hits > 0 && best.is_none_or(|(_, top)| hits > top) {
                    best = Some((idx, hits));
                }
            }
            if let Some((idx, _)) = best {
                reorder_keys(node, KNOWN_KEY_ORDERS[idx], &keys);
            }
            for i in (1..node.content.len()).step_by(2) {
                restructure(&mut node.content[i]);
            }
        }
        Kind::Scalar => {}
    }
}

fn reorder_keys(node: &mut Node, order: &[&str], keys: &[String]) {
    let first: Vec<String> = order
        .iter()
        .filter(|o| keys.iter().any(|k| k == *o))
        .map(|s| s.to_string())
        .collect();
    // Deeper structures go to the end (with Go's unstable sort).
    let mut remaining: Vec<(String, usize)> = keys
        .iter()
        .filter(|k| !first.contains(k))
        .map(|k| (k.clone(), node.get(k).map(max_depth).unwrap_or(0)))
        .collect();
    go_sort(&mut remaining, &|a, b| a.1 < b.1);
    let remaining: Vec<String> = remaining.into_iter().map(|(k, _)| k).collect();
    let mut content = Vec::with_capacity(node.content.len());
    for key in first.iter().chain(remaining.iter()) {
        if let Some(i) = (0..node.content.len())
            .step_by(2)
            .rfind(|&i| node.content[i].value == *key)
        {
            content.push(node.content[i].clone());
            if let Some(v) = node.content.get(i + 1) {
                content.push(v.clone());
            }
        }
    }
    node.content = content;
}

/// The deepest leaf path length below `node`, counted the ytbx way (a named
/// list entry counts as one element and skips its identifier field).
fn max_depth(node: &Node) -> usize {
    fn walk(node: &Node, depth: usize, max: &mut usize) {
        match node.kind {
            Kind::Document => {
                if let Some(c) = node.content.first() {
                    walk(c, depth, max);
                }
            }
            Kind::Sequence => match named_list_identifier(node) {
                Some(id) => {
                    for entry in &node.content {
                        for (k, v) in entry.pairs() {
                            if k.value != id {
                                walk(v, depth + 2, max);
                            }
                        }
                    }
                }
                None => node.content.iter().for_each(|e| walk(e, depth + 1, max)),
            },
            Kind::Mapping => node.pairs().for_each(|(_, v)| walk(v, depth + 1, max)),
            Kind::Scalar => *max = (*max).max(depth),
        }
    }
    let mut max = 0;
    walk(node, 0, &mut max);
    max
}

fn named_list_identifier(seq: &Node) -> Option<&'static str> {
    ["name", "key", "id"].into_iter().find(|id| {
        let count = seq
            .content
            .iter()
            .flat_map(|e| e.pairs())
            .filter(|(k, _)| k.value == *id)
            .count();
        count > 0 && count == seq.content.len()
    })
}

#[cfg(test)]
mod tests {
    use super::super::report;
    use serde_json::json;

    // Checked against dyff v1.10.2 (as Flux invokes it).

    /// Added maps are restructured: `name` first, deeper values last.
    #[test]
    fn added_list_entry_puts_name_first() {
        let live = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "app", "namespace": "default"}, "spec": {"containers": [{"name": "app", "image": "app:1"}]}});
        let desired = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "app", "namespace": "default"}, "spec": {"containers": [{"name": "app", "image": "app:1"}, {"resources": {"limits": {"cpu": "1"}}, "env": [], "image": "sidecar:1", "name": "sidecar", "args": ["--x", "-y"]}]}});
        assert_eq!(
            report(&live, &desired),
            concat!(
                "\n",
                "spec.containers\n",
                "+ one list entry added:\n",
                "  - name: sidecar\n",
                "    env: []\n",
                "    image: \"sidecar:1\"\n",
                "    args:\n",
                "    - \"--x\"\n",
                "    - \"-y\"\n",
                "    resources:\n",
                "      limits:\n",
                "        cpu: 1\n",
                "\n",
            )
        );
    }
}
