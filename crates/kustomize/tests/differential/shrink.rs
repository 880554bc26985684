//! Shrinks a diverging tree to a small one that still diverges the same way, and prints it as a
//! shell script that recreates it.

use std::path::Path;

use super::generator::Tree;
use super::oracle::{Oracles, Outcome, compare, oracle, ours, write_tree};

/// The end of the oracle's error (paths removed): shrinking keeps it, so that a smaller tree
/// fails for the same reason rather than for a new one.
fn fingerprint(out: &Outcome, dir: &Path) -> Option<String> {
    let Outcome::Err(e) = out else { return None };
    let e = e.replace(&format!("{}/", dir.display()), "");
    let line = e.lines().last().unwrap_or("").trim();
    let tail: String = line.chars().rev().take(40).collect();
    Some(tail.chars().rev().collect())
}

/// Whether `t` still shows a divergence of `class` (with the oracle failing the same way).
fn still_diverges(o: &Oracles, t: &Tree, dir: &Path, class: &str, want: &Option<String>) -> bool {
    write_tree(t, dir);
    let a = oracle(o, t, dir);
    if fingerprint(&a, dir) != *want {
        return false;
    }
    let b = ours(t, dir);
    compare(t, &a, &b).is_some_and(|d| d.class == class)
}

/// Removes files, then runs of lines, while the divergence stays; at most `budget` builds.
pub fn shrink(o: &Oracles, t: &Tree, dir: &Path, class: &str, budget: usize) -> Tree {
    write_tree(t, dir);
    let want = fingerprint(&oracle(o, t, dir), dir);
    let mut best = t.clone();
    let mut tries = 0;
    let keep: Vec<String> = best.flux_ks.iter().cloned().collect();
    let paths: Vec<String> = best.files.keys().cloned().collect();
    for p in paths {
        if tries >= budget || keep.contains(&p) {
            continue;
        }
        let mut cand = best.clone();
        cand.files.remove(&p);
        tries += 1;
        if still_diverges(o, &cand, dir, class, &want) {
            best = cand;
        }
    }
    let paths: Vec<String> = best.files.keys().cloned().collect();
    for p in paths {
        let mut chunk = best
            .files
            .get(&p)
            .map(|b| String::from_utf8_lossy(b).lines().count())
            .unwrap_or(0)
            / 2;
        while chunk >= 1 && tries < budget {
            let mut start = 0;
            while let Some(bytes) = best.files.get(&p) {
                let text = String::from_utf8_lossy(bytes).to_string();
                let lines: Vec<&str> = text.split_inclusive('\n').collect();
                if start >= lines.len() || tries >= budget {
                    break;
                }
                let end = (start + chunk).min(lines.len());
                let cand_text: String = lines[..start].concat() + &lines[end..].concat();
                let mut cand = best.clone();
                cand.files.insert(p.clone(), cand_text.into_bytes());
                tries += 1;
                if still_diverges(o, &cand, dir, class, &want) {
                    best = cand;
                } else {
                    start = end;
                }
            }
            chunk /= 2;
        }
    }
    write_tree(&best, dir);
    best
}

/// A shell script that recreates the tree and runs both builds.
pub fn script(t: &Tree) -> String {
    let mut s = String::from("d=$(mktemp -d) && cd \"$d\"\n");
    let mut dirs: Vec<&str> = t
        .files
        .keys()
        .filter_map(|p| p.rsplit_once('/').map(|(d, _)| d))
        .collect();
    dirs.sort_unstable();
    dirs.dedup();
    if !dirs.is_empty() {
        s.push_str(&format!("mkdir -p '{}'\n", dirs.join("' '")));
    }
    for (p, bytes) in &t.files {
        let text = String::from_utf8_lossy(bytes);
        if bytes.is_empty() {
            s.push_str(&format!(": > '{p}'\n"));
        } else if bytes.iter().any(|b| *b < 0x09 || *b == 0x7f)
            || std::str::from_utf8(bytes).is_err()
        {
            let esc: String = bytes.iter().map(|b| format!("\\x{b:02x}")).collect();
            s.push_str(&format!("printf '{esc}' > '{p}'\n"));
        } else if text.ends_with('\n') {
            s.push_str(&format!("cat > '{p}' <<'EOF_'\n{text}EOF_\n"));
        } else {
            s.push_str(&format!(
                "printf '%s' '{}' > '{p}'\n",
                text.replace('\'', "'\\''")
            ));
        }
    }
    match &t.flux_ks {
        Some(ks) => s.push_str(&format!(
            "flux build kustomization diff --dry-run --path {} --kustomization-file {ks}\n",
            t.root
        )),
        None => s.push_str(&format!("kustomize build {}\n", t.root)),
    }
    s
}
