//! Bad connection settings end in one clear `✗` line and exit code 1, never a panic or a stack of output.

use crate::harness::{flux_raw, free_port};

fn assert_one_clear_line(run: &crate::harness::Run, expected: &str) {
    assert_eq!(run.code, 1, "stderr: {}", run.stderr);
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    let lines: Vec<&str> = run.stderr.lines().filter(|l| l.starts_with('✗')).collect();
    assert_eq!(
        lines.len(),
        1,
        "expected one failure line, got:\n{}",
        run.stderr
    );
    assert!(
        lines[0].contains(expected),
        "{:?} does not mention {expected:?}",
        lines[0]
    );
}

#[test]
fn a_garbled_kubeconfig_is_one_clear_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("kubeconfig");
    std::fs::write(&path, "this: is: not: a kubeconfig\n\t- [").expect("write");
    let run = flux_raw(
        &[
            "check",
            "--pre",
            &format!("--kubeconfig={}", path.display()),
        ],
        &[],
    );
    assert_one_clear_line(
        &run,
        &format!("failed to read kubeconfig {}", path.display()),
    );
}

#[test]
fn a_missing_kubeconfig_file_is_one_clear_line() {
    let run = flux_raw(&["install", "--kubeconfig=/nonexistent/kubeconfig"], &[]);
    assert_one_clear_line(&run, "failed to read kubeconfig /nonexistent/kubeconfig");
}

#[test]
fn an_unreachable_api_server_is_one_clear_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("kubeconfig");
    let port = free_port();
    let config = format!(
        "apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster:\n    server: https://127.0.0.1:{port}\n    insecure-skip-tls-verify: true\nusers:\n- name: u\n  user:\n    token: abc\ncontexts:\n- name: x\n  context:\n    cluster: c\n    user: u\ncurrent-context: x\n"
    );
    std::fs::write(&path, config).expect("write");
    let run = flux_raw(
        &[
            "check",
            "--pre",
            &format!("--kubeconfig={}", path.display()),
        ],
        &[],
    );
    assert_one_clear_line(&run, "cannot reach the Kubernetes API server");
}

#[test]
fn an_unknown_context_is_one_clear_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("kubeconfig");
    std::fs::write(
        &path,
        "apiVersion: v1\nkind: Config\nclusters: []\ncontexts: []\nusers: []\n",
    )
    .expect("write");
    let run = flux_raw(
        &[
            "check",
            "--pre",
            "--context=nope",
            &format!("--kubeconfig={}", path.display()),
        ],
        &[],
    );
    assert_one_clear_line(&run, "invalid kubeconfig");
}
