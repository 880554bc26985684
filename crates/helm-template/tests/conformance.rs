//! Conformance against the real `helm template`: every corpus chart × value set in `tests/values`
//! is rendered and compared, object by object, with the golden output in `tests/golden`
//! (made with helm v4.2.4 by `tests/differential/update-goldens.sh`; `tests/golden/HELM_VERSION`
//! says which helm).
//!
//! Normalisation before comparing: both outputs are split at `# Source:` markers and each
//! document is parsed as YAML, so formatting differences do not count but every value does.
//! Generated secrets are random in both outputs, so strings that are PEM blocks (or base64 of
//! PEM blocks) become `<PEM:labels>` (checking they are well formed; key labels are reduced to
//! `PRIVATE KEY`, as our keys are ECDSA P-256 where sprig makes RSA-2048 ones), and the patterns in
//! `tests/normalize.tsv` (chart, set or `*`, regex, replacement) are applied to both texts first.
//!
//! Cases that do not match yet are listed in `tests/expected_failures.tsv` with a reason; the test
//! fails when an unlisted case fails or a listed one passes.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use base64::Engine as _;
use helm_template::{DiskFs, Options, load_path, parse_values, render};
use serde_json::Value as J;

fn corpus() -> PathBuf {
    let p = match std::env::var_os("FLUX_CORPUS") {
        Some(c) => PathBuf::from(c).join("charts"),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/charts"),
    };
    assert!(
        p.is_dir(),
        "FAIL: corpus not found at {} (set FLUX_CORPUS)",
        p.display()
    );
    p
}

fn here() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests")
}

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_default()
}

struct Rule {
    chart: String,
    set: String,
    re: regex::Regex,
    with: String,
}

fn rules() -> Vec<Rule> {
    read(&here().join("normalize.tsv"))
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            let re = regex::Regex::new(f.get(2)?).ok()?;
            Some(Rule {
                chart: f[0].into(),
                set: f.get(1)?.to_string(),
                re,
                with: f.get(3).unwrap_or(&"").to_string(),
            })
        })
        .collect()
}

fn apply_rules(text: &str, chart: &str, set: &str, rules: &[Rule]) -> String {
    let mut t = text.to_string();
    for r in rules {
        if (r.chart == "*" || r.chart == chart) && (r.set == "*" || r.set == set) {
            t = r.re.replace_all(&t, r.with.as_str()).into_owned();
        }
    }
    t
}

fn pem_labels(s: &str) -> Option<String> {
    if !s.trim_start().starts_with("-----BEGIN ") {
        return None;
    }
    let re =
        regex::Regex::new(r"-----BEGIN ([A-Z ]+)-----\n[A-Za-z0-9+/=\n]+-----END ([A-Z ]+)-----")
            .ok()?;
    let labels: Vec<String> = re
        .captures_iter(s)
        .filter(|c| c[1] == c[2])
        // our generated keys are ECDSA P-256 where sprig makes RSA-2048 ones
        .map(|c| {
            if c[1].ends_with("PRIVATE KEY") {
                "PRIVATE KEY".to_string()
            } else {
                c[1].to_string()
            }
        })
        .collect();
    if labels.is_empty() {
        None
    } else {
        Some(format!("<PEM:{}>", labels.join(",")))
    }
}

fn normalize_value(v: &mut J) {
    match v {
        J::String(s) => {
            if let Some(l) = pem_labels(s) {
                *s = l;
            } else if s.len() > 40
                && let Ok(b) = base64::engine::general_purpose::STANDARD.decode(s.trim())
                && let Some(l) = pem_labels(&String::from_utf8_lossy(&b))
            {
                *s = format!("base64{l}");
            }
        }
        J::Array(a) => a.iter_mut().for_each(normalize_value),
        J::Object(o) => o.values_mut().for_each(normalize_value),
        _ => {}
    }
}

/// Splits `helm template` output into (source, parsed object) pairs.
fn documents(text: &str) -> Vec<(String, J)> {
    let mut out = Vec::new();
    for chunk in text.split("---\n# Source: ").skip(1) {
        let (source, body) = chunk.split_once('\n').unwrap_or((chunk, ""));
        let body = body.strip_suffix("---\n").unwrap_or(body);
        let mut v = match yaml_serde::from_str::<J>(body) {
            Ok(v) => v,
            Err(_) => J::String(body.trim().to_string()),
        };
        normalize_value(&mut v);
        out.push((source.to_string(), v));
    }
    out
}

fn first_difference(a: &J, b: &J, path: &str) -> Option<String> {
    if a == b {
        return None;
    }
    match (a, b) {
        (J::Object(x), J::Object(y)) => {
            for k in x.keys().chain(y.keys()) {
                match (x.get(k), y.get(k)) {
                    (Some(p), Some(q)) => {
                        if let Some(d) = first_difference(p, q, &format!("{path}.{k}")) {
                            return Some(d);
                        }
                    }
                    (p, q) => return Some(format!("{path}.{k}: expected {p:?}, got {q:?}")),
                }
            }
            None
        }
        (J::Array(x), J::Array(y)) if x.len() == y.len() => x
            .iter()
            .zip(y)
            .enumerate()
            .find_map(|(i, (p, q))| first_difference(p, q, &format!("{path}[{i}]"))),
        _ if a == b => None,
        _ => {
            let show = |v: &J| {
                let s = v.to_string();
                if s.len() > 300 {
                    format!("{}…", &s[..300])
                } else {
                    s
                }
            };
            Some(format!("{path}: expected {}, got {}", show(a), show(b)))
        }
    }
}

fn compare(expected: &str, got: &str) -> Result<(), String> {
    let (e, g) = (documents(expected), documents(got));
    for (i, (x, y)) in e.iter().zip(&g).enumerate() {
        if x.0 != y.0 {
            return Err(format!(
                "document {i}: expected source {}, got {}",
                x.0, y.0
            ));
        }
        if let Some(d) = first_difference(&x.1, &y.1, "") {
            return Err(format!("document {i} ({}): {d}", x.0));
        }
    }
    if e.len() != g.len() {
        let extra: Vec<&String> = if e.len() > g.len() {
            e[g.len()..].iter().map(|d| &d.0).collect()
        } else {
            g[e.len()..].iter().map(|d| &d.0).collect()
        };
        return Err(format!(
            "expected {} documents, got {} (first extra: {:?})",
            e.len(),
            g.len(),
            extra.first()
        ));
    }
    Ok(())
}

fn run_case(
    chart_dir: &Path,
    values_file: &Path,
    golden: &Path,
    chart: &str,
    set: &str,
    rules: &[Rule],
) -> Result<(), String> {
    let opts = Options {
        release_name: "flux-test".into(),
        namespace: "flux-system".into(),
        kube_version: "1.33.0".into(),
        ..Options::default()
    };
    let result = load_path(&DiskFs, chart_dir)
        .and_then(|c| parse_values(&read(values_file)).map(|v| (c, v)))
        .and_then(|(c, v)| render(&c, &v, &opts));
    let error_file = golden.join(format!("{set}.error"));
    if error_file.exists() {
        // the CLI adds this hint to render errors; it is not part of the error itself
        let want = read(&error_file)
            .replace("\n\nUse --debug flag to render out invalid YAML", "")
            .trim()
            .to_string();
        return match result {
            Ok(_) => Err(format!("expected error {want:?}, rendered fine")),
            Err(e) if e.to_string().trim() == want => Ok(()),
            Err(e) => Err(format!("expected error {want:?}, got {:?}", e.to_string())),
        };
    }
    let got = result
        .map_err(|e| format!("render failed: {e}"))?
        .to_helm_output(&opts);
    if let Some(dir) = std::env::var_os("HELM_DUMP") {
        let d = PathBuf::from(dir).join(chart);
        let _ = std::fs::create_dir_all(&d);
        let _ = std::fs::write(d.join(format!("{set}.yaml")), &got);
    }
    let want = read(&golden.join(format!("{set}.yaml")));
    compare(
        &apply_rules(&want, chart, set, rules),
        &apply_rules(&got, chart, set, rules),
    )
}

#[test]
fn charts_render_like_helm_template() {
    let corpus = corpus();
    let rules = rules();
    let expected: BTreeMap<String, String> = read(&here().join("expected_failures.tsv"))
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            l.split_once('\t')
                .map(|(k, r)| (k.to_string(), r.to_string()))
        })
        .collect();
    let mut cases: Vec<(String, String)> = Vec::new();
    let mut charts: Vec<_> = std::fs::read_dir(here().join("values"))
        .map(|d| d.filter_map(|e| e.ok()).collect())
        .unwrap_or_default();
    charts.sort_by_key(|e| e.file_name());
    for c in charts {
        let chart = c.file_name().to_string_lossy().into_owned();
        let mut sets: Vec<_> = std::fs::read_dir(c.path())
            .map(|d| d.filter_map(|e| e.ok()).collect())
            .unwrap_or_default();
        sets.sort_by_key(|e| e.file_name());
        for s in sets {
            let name = s
                .file_name()
                .to_string_lossy()
                .trim_end_matches(".yaml")
                .to_string();
            cases.push((chart.clone(), name));
        }
    }
    let (mut passed, mut failed, mut problems) = (0, 0, Vec::new());
    let only = std::env::var("HELM_CASE").unwrap_or_default();
    for (chart, set) in &cases {
        let key = format!("{chart}/{set}");
        if !only.is_empty() && !key.starts_with(&only) {
            continue;
        }
        let r = std::panic::catch_unwind(|| {
            let own = here().join("charts").join(chart);
            run_case(
                &if own.is_dir() {
                    own
                } else {
                    corpus.join(chart)
                },
                &here()
                    .join("values")
                    .join(chart)
                    .join(format!("{set}.yaml")),
                &here().join("golden").join(chart),
                chart,
                set,
                &rules,
            )
        })
        .unwrap_or_else(|_| Err("panicked".into()));
        match (&r, expected.get(&key)) {
            (Ok(()), None) => {
                passed += 1;
                println!("PASS {key}");
            }
            (Ok(()), Some(_)) => {
                passed += 1;
                println!(
                    "PASS {key} (listed as expected failure: remove it from expected_failures.tsv)"
                );
                problems.push(format!(
                    "{key} passes but is listed in expected_failures.tsv"
                ));
            }
            (Err(e), Some(reason)) => {
                failed += 1;
                println!("XFAIL {key}: {e}\n      reason: {reason}");
            }
            (Err(e), None) => {
                failed += 1;
                println!("FAIL {key}: {e}");
                problems.push(format!("{key}: {e}"));
            }
        }
    }
    println!(
        "helm conformance: {passed} passed, {failed} failed of {}",
        cases.len()
    );
    assert!(
        problems.is_empty(),
        "conformance problems:\n{}",
        problems.join("\n")
    );
}
