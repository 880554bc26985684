//! Breaks generated trees the ways real repositories break: truncated or garbled YAML, wrong
//! field types, missing files and bases, cycles, duplicates, deep nesting, binary bytes.

use serde_json::{Value, json};

use super::generator::Tree;
use super::rng::Rng;

/// The kinds of damage, by name (a case's class when it diverges).
pub const MUTATIONS: &[&str] = &[
    "truncate",
    "garble",
    "wrong-type",
    "missing-file",
    "missing-base",
    "cycle",
    "duplicate",
    "deep-nesting",
    "binary-bytes",
    "second-document",
    "no-name",
];

fn kustomization_files(t: &Tree) -> Vec<String> {
    t.files
        .keys()
        .filter(|p| {
            let n = p.rsplit('/').next().unwrap_or("");
            n == "kustomization.yaml" || n == "kustomization.yml" || n == "Kustomization"
        })
        .cloned()
        .collect()
}

fn root_kustomization(t: &Tree) -> Option<String> {
    kustomization_files(t)
        .into_iter()
        .find(|p| p.rsplit_once('/').map(|(d, _)| d) == Some(t.root.as_str()))
}

fn resource_files(t: &Tree) -> Vec<String> {
    t.files
        .keys()
        .filter(|p| p.contains("/res") && p.ends_with(".yaml"))
        .cloned()
        .collect()
}

fn edit_yaml(t: &mut Tree, path: &str, f: impl FnOnce(&mut Value)) {
    let Some(bytes) = t.files.get(path) else {
        return;
    };
    let mut v: Value = yaml_serde::from_slice(bytes).unwrap_or(json!({}));
    f(&mut v);
    let text = yaml_serde::to_string(&v).unwrap_or_default();
    t.files.insert(path.to_string(), text.into_bytes());
}

fn push_resource(v: &mut Value, entry: &str) {
    if !v.is_object() {
        *v = json!({});
    }
    match v.get_mut("resources").and_then(|r| r.as_array_mut()) {
        Some(a) => a.push(json!(entry)),
        None => v["resources"] = json!([entry]),
    }
}

fn char_boundary(s: &[u8], mut i: usize) -> usize {
    while i > 0 && i < s.len() && (s[i] & 0xC0) == 0x80 {
        i -= 1;
    }
    i
}

/// Applies one random mutation to `t`; returns its name.
pub fn mutate(t: &mut Tree, rng: &mut Rng) -> &'static str {
    let which = MUTATIONS[rng.below(MUTATIONS.len())];
    let files: Vec<String> = t.files.keys().cloned().collect();
    let root_k = root_kustomization(t).unwrap_or_default();
    match which {
        "truncate" => {
            let f = rng.pick(&files).clone();
            if let Some(b) = t.files.get_mut(&f) {
                let cut = char_boundary(b, rng.below(b.len().max(1)));
                b.truncate(cut);
            }
        }
        "garble" => {
            let f = rng.pick(&files).clone();
            let junk: &[&str] = &[
                ": [", "\t", "{", "\"", "- -", ": : :", "  x: y\n", "&a *b", "!!int x",
            ];
            let j = *rng.pick(junk);
            if let Some(b) = t.files.get_mut(&f) {
                let at = char_boundary(b, rng.below(b.len().max(1)));
                b.splice(at..at, j.bytes());
            }
        }
        "wrong-type" => {
            let choice = rng.below(6);
            edit_yaml(t, &root_k, |v| match choice {
                0 => v["resources"] = json!("res0.yaml"),
                1 => v["namePrefix"] = json!(["a"]),
                2 => v["commonLabels"] = json!(["a", "b"]),
                3 => v["images"] = json!("nginx"),
                4 => v["replicas"] = json!([{"name": "x", "count": "three"}]),
                _ => v["patches"] = json!({"path": "p.yaml"}),
            });
        }
        "missing-file" => {
            let res = resource_files(t);
            if !res.is_empty() {
                let f = rng.pick(&res).clone();
                t.files.remove(&f);
            }
        }
        "missing-base" => edit_yaml(t, &root_k, |v| push_resource(v, "../no-such-base")),
        "cycle" => {
            let ks = kustomization_files(t);
            let k = rng.pick(&ks).clone();
            let depth = k.matches('/').count();
            let up = "../".repeat(depth.saturating_sub(1));
            let target = if up.is_empty() {
                "../app".to_string()
            } else {
                format!("{up}app")
            };
            edit_yaml(t, &k, |v| push_resource(v, &target));
        }
        "duplicate" => {
            edit_yaml(t, &root_k, |v| {
                let first = v
                    .get("resources")
                    .and_then(|r| r.as_array())
                    .and_then(|a| a.first())
                    .cloned();
                if let Some(first) = first
                    && let Some(s) = first.as_str()
                {
                    push_resource(v, s);
                }
            });
        }
        "deep-nesting" => {
            let res = resource_files(t);
            if !res.is_empty() {
                let f = rng.pick(&res).clone();
                let n = *rng.pick(&[64usize, 200, 1000, 5000]);
                let deep = format!("{}{}", "[".repeat(n), "]".repeat(n));
                let text = format!(
                    "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: deep-{n}\ndata:\n  a: \"1\"\nspec:\n  deep: {deep}\n"
                );
                t.files.insert(f, text.into_bytes());
            }
        }
        "binary-bytes" => {
            let f = rng.pick(&files).clone();
            if let Some(b) = t.files.get_mut(&f) {
                let at = char_boundary(b, rng.below(b.len().max(1)));
                let bytes: &[&[u8]] = &[b"\x00", b"\xff\xfe", b"\x1b[0m", b"\xef\xbb\xbf", b"\x07"];
                b.splice(at..at, rng.pick(bytes).iter().copied());
            }
        }
        "second-document" => {
            if let Some(b) = t.files.get_mut(&root_k) {
                let tail: &[&str] = &["---\nnamePrefix: second-\n", "---\nfoo: [\n", "---\n- a\n"];
                b.extend_from_slice(rng.pick(tail).as_bytes());
            }
        }
        _ => {
            let res = resource_files(t);
            if !res.is_empty() {
                let f = rng.pick(&res).clone();
                if let Some(b) = t.files.get_mut(&f) {
                    let text = String::from_utf8_lossy(b).to_string();
                    let cut: String = text
                        .lines()
                        .filter(|l| !l.trim_start().starts_with("name:") || l.starts_with("    "))
                        .map(|l| format!("{l}\n"))
                        .collect();
                    *b = cut.into_bytes();
                }
            }
        }
    }
    which
}
