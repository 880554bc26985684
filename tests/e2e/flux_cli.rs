//! Flux's own CLI golden tests (../shared/corpus/flux-cli), run against our binary with the comparison rules of
//! the corpus README. Every case runs; those we do not pass yet are listed with a reason in
//! `flux_cli_expected_failures.tsv`, and a listed case that starts passing fails the run until it is removed.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Command, Stdio};

use serde_json::Value;

use crate::harness::{cluster, corpus, flux_bin, kubectl};

fn expected_failures() -> BTreeMap<String, String> {
    let text = include_str!("flux_cli_expected_failures.tsv");
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .map(|(c, r)| (c.to_string(), r.to_string()))
        .collect()
}

/// Replaces `{{.name}}` and `{{ .name }}` with the placeholder values.
fn render(text: &str, values: &BTreeMap<String, String>) -> String {
    let mut out = text.to_string();
    for (k, v) in values {
        out = out.replace(&format!("{{{{ .{k} }}}}"), v).replace(&format!("{{{{.{k}}}}}"), v);
    }
    out
}

fn server_version() -> String {
    let out = kubectl(&["version", "-o", "json"], None);
    let v: Value = serde_json::from_str(&out.stdout).unwrap_or_default();
    v["serverVersion"]["gitVersion"]
        .as_str()
        .unwrap_or_default()
        .trim_start_matches('v')
        .to_string()
}

/// Runs one case; `Ok` when it matches its golden, `Err(why)` otherwise.
fn run_case(dir: &Path, case: &Value, setup: bool, run_id: &str) -> Result<(), String> {
    if case.get("sequence").is_some() {
        return Err("multi-step e2e sequence: the runner does not drive sequences yet".into());
    }
    if case.get("pre_commands").is_some() {
        return Err("pre_commands are not supported by the runner yet".into());
    }
    let needs_cluster = case["needs_cluster"].as_bool().unwrap_or(false);
    let mut values = BTreeMap::new();
    if let Some(ph) = case["placeholders"].as_object() {
        for (name, spec) in ph {
            let value = match spec["kind"].as_str() {
                Some("namespace") => format!(
                    "{}-{run_id}",
                    spec["suggested"].as_str().unwrap_or("flux-system")
                ),
                Some("literal") => spec["value"].as_str().unwrap_or_default().to_string(),
                Some("path") => dir.display().to_string(),
                Some("server_version") => server_version(),
                other => return Err(format!("placeholder kind {other:?} not supported by the runner")),
            };
            values.insert(name.clone(), value);
        }
    }
    if needs_cluster && setup {
        if let Some(objects) = case["cluster"]["objects"].as_array()
            && !objects.is_empty()
        {
            return Err("preloaded cluster objects are not supported by the runner yet".into());
        }
        for ns in case["cluster"]["namespaces"].as_array().into_iter().flatten() {
            let ns = render(ns.as_str().unwrap_or_default(), &values);
            kubectl(&["create", "namespace", &ns], None);
        }
    }
    let args: Vec<String> = case["args"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|a| render(a.as_str().unwrap_or_default(), &values))
        .collect();
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg("exec \"$0\" \"$@\" 2>&1")
        .arg(flux_bin())
        .args(&args)
        .current_dir(dir)
        .stdin(Stdio::null())
        .env_remove("KUBECONFIG")
        .env_remove("FLUX_SYSTEM_NAMESPACE");
    if needs_cluster {
        cmd.env("KUBECONFIG", &cluster().kubeconfig);
    }
    let output = cmd.output().map_err(|e| format!("cannot run flux: {e}"))?;
    let combined = String::from_utf8_lossy(&output.stdout).into_owned();
    let code = output.status.code().unwrap_or(-1);
    let expects = &case["expects"];

    let codes_ok = match &expects["exit_code"] {
        Value::Number(n) => i64::from(code) == n.as_i64().unwrap_or(0),
        Value::String(s) if s == "non-zero" => code != 0,
        Value::Array(list) => list.iter().any(|c| c.as_i64() == Some(i64::from(code))),
        _ => code == 0,
    };
    if !codes_ok {
        return Err(format!("exit code {code}, expected {}; output:\n{combined}", expects["exit_code"]));
    }
    if let Some(err) = expects["error"].as_str() {
        let want = format!("✗ {err}");
        return if combined.lines().any(|l| l == want) {
            Ok(())
        } else {
            Err(format!("expected the line {want:?}; output:\n{combined}"))
        };
    }
    if let Some(part) = expects["error_contains"].as_str() {
        return if combined.contains(part) {
            Ok(())
        } else {
            Err(format!("expected the output to contain {part:?}; output:\n{combined}"))
        };
    }
    let golden = if let Some(file) = expects["output_file"].as_str() {
        let text = std::fs::read_to_string(dir.join(file)).map_err(|e| format!("golden {file}: {e}"))?;
        Some(if expects["output_is_template"].as_bool().unwrap_or(false) {
            render(&text, &values)
        } else {
            text
        })
    } else {
        expects["output"].as_str().map(str::to_string)
    };
    match golden {
        Some(want) if want != combined => Err(format!("output differs\n--- expected\n{want}\n--- got\n{combined}")),
        _ => Ok(()),
    }
}

#[test]
fn flux_cli_golden_cases() {
    let root = corpus().join("flux-cli");
    let known = expected_failures();
    let run_id = format!("{}", std::process::id() % 100_000);
    let mut dirs: Vec<_> = std::fs::read_dir(&root)
        .expect("read flux-cli corpus")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.join("case.yaml").is_file())
        .collect();
    dirs.sort();
    let (mut passed, mut unexpected, mut newly_passing) = (0, Vec::new(), Vec::new());
    for dir in &dirs {
        let name = dir.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
        let text = std::fs::read_to_string(dir.join("case.yaml")).expect("read case.yaml");
        let case: Value = yaml_serde::from_str(&text).expect("case.yaml parses");
        let listed = known.contains_key(&name);
        let result = run_case(dir, &case, !listed, &run_id);
        match (&result, listed) {
            (Ok(()), false) => {
                passed += 1;
                eprintln!("PASS {name}");
            }
            (Ok(()), true) => {
                passed += 1;
                newly_passing.push(name.clone());
                eprintln!("PASS {name} (listed as expected failure: remove it from the list)");
            }
            (Err(why), false) => {
                eprintln!("FAIL {name}: {why}");
                unexpected.push(name.clone());
            }
            (Err(_), true) => eprintln!("XFAIL {name}: {}", known[&name]),
        }
    }
    eprintln!("flux-cli corpus: {passed}/{} cases pass", dirs.len());
    let stale: Vec<&String> = known
        .keys()
        .filter(|k| !dirs.iter().any(|d| d.ends_with(k.as_str())))
        .collect();
    assert!(stale.is_empty(), "expected-failure entries without a case: {stale:?}");
    assert!(unexpected.is_empty(), "cases failing that are not listed: {unexpected:?}");
    assert!(newly_passing.is_empty(), "listed cases now pass, remove them from the list: {newly_passing:?}");
}
