//! Figures for the Kustomization controller (not pass/fail): API requests made by a no-op reconcile of a
//! 50-object Kustomization and by one that changes one object (counted from the API server's audit log), and
//! the resident memory of `flux serve` with 100 Kustomizations. Run with
//! `cargo test --test e2e kustomize_bench -- --ignored --nocapture --test-threads=1` (alone: the audit log
//! counts every client of the cluster).

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::git_servers::{GitServers, git};
use crate::harness::{Serve, audit_lines, audit_log, ensure_crds, eventually, kubectl, shared};
use crate::source_git::gitrepo;

/// Requests completed since line `from` of the audit log that came from `flux serve` (kube-rs sends no user
/// agent; kubectl and the control plane's own components do), by verb.
fn requests_since(from: usize) -> BTreeMap<String, usize> {
    let text = std::fs::read_to_string(audit_log()).unwrap_or_default();
    let mut out = BTreeMap::new();
    for line in text.lines().skip(from) {
        let Ok(ev) = serde_json::from_str::<Value>(line) else {
            continue;
        };
        let agent = ev["userAgent"].as_str().unwrap_or_default();
        if !agent.is_empty() || ev["stage"] != "ResponseComplete" {
            continue;
        }
        let verb = ev["verb"].as_str().unwrap_or_default().to_string();
        *out.entry(verb).or_insert(0) += 1;
    }
    out
}

fn rss_kib(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.split_whitespace().next()?.parse().ok())
        .unwrap_or(0)
}

fn serve(ns: &str, logs: &std::path::Path) -> Serve {
    Serve::start_with(
        ns,
        logs,
        &[
            "--components=source-controller,kustomize-controller",
            "--enable-leader-election=false",
            "--watch-all-namespaces=false",
            "--log-level=error",
        ],
    )
}

fn field(ns: &str, kind: &str, name: &str, path: &str) -> String {
    kubectl(
        &[
            "get",
            kind,
            name,
            "-n",
            ns,
            "-o",
            &format!("jsonpath={path}"),
        ],
        None,
    )
    .stdout
}

/// Fifty objects: twenty ConfigMaps, twenty Services, ten ServiceAccounts.
fn fifty_objects(dir: &std::path::Path, port: u16) {
    let mut yaml = String::new();
    for i in 0..20 {
        yaml.push_str(&format!(
            "---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-{i}\ndata:\n  n: \"{i}\"\n"
        ));
        yaml.push_str(&format!(
            "---\napiVersion: v1\nkind: Service\nmetadata:\n  name: svc-{i}\nspec:\n  ports:\n    - port: {}\n  selector:\n    app: a{i}\n",
            if i == 0 { port } else { 80 }
        ));
    }
    for i in 0..10 {
        yaml.push_str(&format!(
            "---\napiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: sa-{i}\n"
        ));
    }
    std::fs::create_dir_all(dir.join("app")).unwrap();
    std::fs::write(dir.join("app/objects.yaml"), yaml).unwrap();
}

#[test]
#[ignore = "benchmark: prints figures, run with --ignored --nocapture"]
fn api_requests_of_a_no_op_and_a_one_object_reconcile() {
    let _lock = shared();
    ensure_crds();
    let ns = format!("ks-bench-{}", std::process::id() % 100_000);
    kubectl(&["create", "namespace", &ns], None);
    let logs = tempfile::tempdir().unwrap();
    let _serve = serve(&ns, logs.path());
    let servers = GitServers::start();
    let work = servers.create_repo("fifty", |d| fifty_objects(d, 80));
    let apply = |y: &str| kubectl(&["apply", "-n", &ns, "-f", "-"], Some(y)).success();
    apply(&gitrepo("repo", &servers.http_public_url("fifty"), ""));
    apply(&format!(
        "apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: fifty\nspec:\n  interval: 1h\n  path: ./app\n  prune: true\n  targetNamespace: {ns}\n  sourceRef:\n    kind: GitRepository\n    name: repo\n"
    ));
    let sha = git(&work, &["rev-parse", "HEAD"]).trim().to_string();
    eventually(Duration::from_secs(60), "fifty Ready", || {
        field(
            &ns,
            "kustomization",
            "fifty",
            "{.status.lastAppliedRevision}",
        )
        .ends_with(&sha)
    });
    // A first no-op warms the apply cache with the live resource versions after the create.
    let reconcile = |what: &str| {
        let token = format!("{what}-{:?}", Instant::now());
        kubectl(
            &[
                "annotate",
                "--overwrite",
                "-n",
                &ns,
                "kustomization",
                "fifty",
                &format!("reconcile.fluxcd.io/requestedAt={token}"),
            ],
            None,
        )
        .success();
        eventually(Duration::from_secs(60), what, || {
            field(
                &ns,
                "kustomization",
                "fifty",
                "{.status.lastHandledReconcileAt}",
            ) == token
        });
    };
    reconcile("warm-up");
    std::thread::sleep(Duration::from_secs(1));
    let from = audit_lines();
    reconcile("no-op");
    std::thread::sleep(Duration::from_secs(1));
    let no_op = requests_since(from);
    println!(
        "no-op reconcile of 50 objects: {} requests {no_op:?}",
        no_op.values().sum::<usize>()
    );

    fifty_objects(&work, 81);
    git(&work, &["commit", "-qam", "one port"]);
    servers.push(&work);
    let sha2 = git(&work, &["rev-parse", "HEAD"]).trim().to_string();
    let from = audit_lines();
    kubectl(
        &[
            "annotate",
            "--overwrite",
            "-n",
            &ns,
            "gitrepository",
            "repo",
            &format!("reconcile.fluxcd.io/requestedAt={sha2}"),
        ],
        None,
    )
    .success();
    eventually(Duration::from_secs(60), "one object applied", || {
        field(
            &ns,
            "kustomization",
            "fifty",
            "{.status.lastAppliedRevision}",
        )
        .ends_with(&sha2)
    });
    std::thread::sleep(Duration::from_secs(1));
    let one = requests_since(from);
    println!(
        "reconcile changing 1 of 50 objects (incl. the GitRepository's own requests): {} requests {one:?}",
        one.values().sum::<usize>()
    );
    kubectl(&["delete", "namespace", &ns, "--wait=false"], None);
}

#[test]
#[ignore = "benchmark: prints figures, run with --ignored --nocapture"]
fn rss_of_serve_with_100_kustomizations() {
    let _lock = shared();
    ensure_crds();
    let ns = format!("ks-rss-{}", std::process::id() % 100_000);
    kubectl(&["create", "namespace", &ns], None);
    let logs = tempfile::tempdir().unwrap();
    let serve = serve(&ns, logs.path());
    let servers = GitServers::start();
    servers.create_repo("many", |d| {
        for i in 0..100 {
            let p = d.join(format!("app{i}"));
            std::fs::create_dir_all(&p).unwrap();
            std::fs::write(
                p.join("cm.yaml"),
                format!("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-{i}\ndata:\n  n: \"{i}\"\n"),
            )
            .unwrap();
        }
    });
    std::thread::sleep(Duration::from_secs(2));
    let idle = rss_kib(serve.pid());
    let mut yaml = gitrepo("repo", &servers.http_public_url("many"), "");
    for i in 0..100 {
        yaml.push_str(&format!(
            "---\napiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: app{i}\nspec:\n  interval: 10m\n  path: ./app{i}\n  prune: true\n  targetNamespace: {ns}\n  sourceRef:\n    kind: GitRepository\n    name: repo\n"
        ));
    }
    let started = Instant::now();
    kubectl(&["apply", "-n", &ns, "-f", "-"], Some(&yaml)).success();
    eventually(Duration::from_secs(300), "100 Kustomizations Ready", || {
        let out = kubectl(
            &["get", "kustomizations", "-n", &ns, "-o", r#"jsonpath={range .items[*]}{.status.conditions[?(@.type=="Ready")].status}{"\n"}{end}"#],
            None,
        )
        .stdout;
        out.lines().filter(|l| *l == "True").count() == 100
    });
    let ready_in = started.elapsed();
    std::thread::sleep(Duration::from_secs(2));
    let busy = rss_kib(serve.pid());
    println!(
        "flux serve RSS: idle {idle} KiB, with 100 Ready Kustomizations {busy} KiB; all Ready in {ready_in:?}"
    );
    kubectl(&["delete", "namespace", &ns, "--wait=false"], None);
}
