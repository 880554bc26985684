//! Conformance: builds every case of the kustomize corpus and compares with kustomize's output.
//!
//! Cases this engine does not pass yet are listed, with a reason, in `expected_failures.tsv`;
//! the run fails when an unlisted case fails or a listed case passes. `UPDATE_EXPECTED_FAILURES=1`
//! rewrites the list from the current results (keeping reasons already written).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use kustomize::{BuildOptions, DiskFs, LoadRestrictor, ResourceList, SortOrder, build};

fn corpus_dir() -> PathBuf {
    match std::env::var_os("FLUX_CORPUS") {
        Some(p) => PathBuf::from(p).join("kustomize"),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/kustomize"),
    }
}

fn case_field(case_yaml: &str, key: &str) -> String {
    for line in case_yaml.lines() {
        if let Some(rest) = line.strip_prefix(&format!("{key}:")) {
            let v = rest.split(" #").next().unwrap_or("").trim();
            return v.trim_matches('"').to_string();
        }
    }
    String::new()
}

enum Outcome {
    Pass { byte_identical: bool },
    Fail(String),
}

fn run_case(dir: &Path) -> Outcome {
    let case_yaml = std::fs::read_to_string(dir.join("case.yaml")).unwrap_or_default();
    if case_field(&case_yaml, "needsHelm") == "true" {
        return Outcome::Fail("needs helm".into());
    }
    let root = case_field(&case_yaml, "buildRoot");
    let options = case_field(&case_yaml, "options");
    let input = dir.join("input");
    let build_dir = if root.is_empty() || root == "." {
        input.clone()
    } else {
        input.join(&root)
    };
    let opts = BuildOptions {
        sort: if options.contains("ReorderOptionLegacy") {
            SortOrder::Legacy
        } else {
            SortOrder::Fifo
        },
        load_restrictor: LoadRestrictor::RootOnly,
        boundary: Some(input.clone()),
    };
    let expected_text = std::fs::read_to_string(dir.join("expected.yaml")).unwrap_or_default();
    let got = match build(&DiskFs, &build_dir, &opts) {
        Ok(g) => g,
        Err(e) => return Outcome::Fail(format!("build error: {e}")),
    };
    let expected = match ResourceList::from_yaml(&expected_text) {
        Ok(e) => e,
        Err(e) => return Outcome::Fail(format!("cannot parse expected.yaml: {e}")),
    };
    let got_text = got.to_yaml();
    let reparsed = ResourceList::from_yaml(&got_text).unwrap_or_default();
    if reparsed != expected {
        let n = expected.objects.len();
        let m = got.objects.len();
        return Outcome::Fail(if n != m {
            format!("output differs: {m} objects, expected {n}")
        } else {
            "output differs".to_string()
        });
    }
    Outcome::Pass {
        byte_identical: got_text == expected_text,
    }
}

fn read_expected_failures(path: &Path) -> BTreeMap<String, String> {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let (c, r) = l.split_once('\t').unwrap_or((l, ""));
            (c.trim().to_string(), r.trim().to_string())
        })
        .collect()
}

#[test]
fn kustomize_corpus() {
    let corpus = corpus_dir();
    assert!(
        corpus.is_dir(),
        "kustomize corpus not found at {} (set FLUX_CORPUS)",
        corpus.display()
    );
    let list_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/expected_failures.tsv");
    let listed = read_expected_failures(&list_path);
    let mut cases: Vec<PathBuf> = std::fs::read_dir(&corpus)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.join("case.yaml").is_file())
                .collect()
        })
        .unwrap_or_default();
    cases.sort();
    let (mut pass, mut identical) = (0, 0);
    let mut problems = Vec::new();
    let mut failures = BTreeMap::new();
    for dir in &cases {
        let name = dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        match run_case(dir) {
            Outcome::Pass { byte_identical } => {
                pass += 1;
                if byte_identical {
                    identical += 1;
                }
                println!(
                    "PASS {name}{}",
                    if byte_identical {
                        " (byte-identical)"
                    } else {
                        ""
                    }
                );
                if listed.contains_key(&name) {
                    problems.push(format!(
                        "{name}: passes now; remove it from expected_failures.tsv"
                    ));
                }
            }
            Outcome::Fail(reason) => {
                println!("FAIL {name}: {reason}");
                if !listed.contains_key(&name) {
                    problems.push(format!("{name}: unexpected failure: {reason}"));
                }
                failures.insert(name, reason);
            }
        }
    }
    println!(
        "{pass}/{} cases pass, {identical} byte-identical",
        cases.len()
    );
    if std::env::var_os("UPDATE_EXPECTED_FAILURES").is_some() {
        let mut out =
            String::from("# case\treason (kustomize corpus cases this engine does not pass yet)\n");
        for (name, reason) in &failures {
            let keep = listed
                .get(name)
                .filter(|r| !r.is_empty())
                .cloned()
                .unwrap_or_else(|| reason.replace(['\t', '\n'], " "));
            out.push_str(&format!("{name}\t{keep}\n"));
        }
        std::fs::write(&list_path, out)
            .unwrap_or_else(|e| panic!("cannot write {}: {e}", list_path.display()));
        return;
    }
    assert_eq!(cases.len(), 213, "the corpus should hold 213 cases");
    assert!(
        problems.is_empty(),
        "conformance problems:\n{}",
        problems.join("\n")
    );
}
