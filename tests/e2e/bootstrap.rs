//! `flux bootstrap git` end to end: a real git server (nginx + `git http-backend` with basic auth), the real
//! API server and `flux serve` (source and kustomize controllers). Bootstrap commits the manifests, installs,
//! and the cluster then syncs itself from the repository; a re-run commits nothing; a later commit rolls out.

use std::path::Path;
use std::time::Duration;

use crate::git_servers::{GitServers, HTTP_PASSWORD, HTTP_USER, git};
use crate::harness::{Serve, ensure_crds, eventually, exclusive, flux, kubectl};

fn bootstrap(ns: &str, url: &str, password: &str) -> crate::harness::Run {
    flux(&[
        "bootstrap",
        "git",
        &format!("--url={url}"),
        "--allow-insecure-http",
        &format!("--username={HTTP_USER}"),
        &format!("--password={password}"),
        "--path=clusters/dev",
        "--components=source-controller,kustomize-controller",
        "-n",
        ns,
        "--timeout=2m",
    ])
}

/// The commit `main` points at in the bare repository.
fn main_head(bare: &Path) -> String {
    git(bare, &["rev-parse", "refs/heads/main"])
        .trim()
        .to_string()
}

#[test]
fn bootstrap_git_over_http_syncs_the_cluster_from_the_repository() {
    let _lock = exclusive();
    ensure_crds();
    let ns = format!("bs-{}", std::process::id() % 100_000);
    let servers = GitServers::start();
    servers.create_repo("fleet", |dir| {
        std::fs::write(dir.join("README.md"), "# fleet\n").unwrap();
    });
    let bare = servers.repos().join("fleet.git");
    let url = servers.http_private_url("fleet");
    let logs = tempfile::tempdir().unwrap();
    let _serve = Serve::start_with(
        &ns,
        logs.path(),
        &[
            "--components=source-controller,kustomize-controller",
            "--watch-all-namespaces=false",
            "--log-encoding=console",
        ],
    );

    // A wrong password stops at the clone step with exit 1 and one clear line.
    let wrong = bootstrap(&ns, &url, "wrong");
    assert_eq!(wrong.code, 1, "{}", wrong.stderr);
    assert!(
        wrong.stderr.contains("failed to clone repository")
            && wrong.stderr.contains("authenticate"),
        "{}",
        wrong.stderr
    );

    // Fixing the cause, the same command completes.
    let run = bootstrap(&ns, &url, HTTP_PASSWORD);
    let log = std::fs::read_to_string(logs.path().join("serve.log")).unwrap_or_default();
    assert_eq!(
        run.code, 0,
        "stdout:\n{}\nstderr:\n{}\nserve:\n{log}",
        run.stdout, run.stderr
    );
    let out = format!("{}{}", run.stdout, run.stderr);
    for line in [
        "committed component manifests to \"main\"",
        "committed sync manifests to \"main\"",
        "✔ Kustomization reconciled successfully",
        "✔ all components are healthy",
    ] {
        assert!(out.contains(line), "missing {line:?} in:\n{out}");
    }
    let head = main_head(&bare);
    let files = git(&bare, &["ls-tree", "-r", "--name-only", "main"]);
    // Under `<path>/<namespace>`, as Flux lays them out (`clusters/dev/flux-system` by default).
    for f in [
        "gotk-components.yaml",
        "gotk-sync.yaml",
        "kustomization.yaml",
    ] {
        let f = format!("clusters/dev/{ns}/{f}");
        assert!(files.contains(&f), "{f} not committed:\n{files}");
    }
    let applied = kubectl(
        &[
            "get",
            "kustomization",
            &ns,
            "-n",
            &ns,
            "-o",
            "jsonpath={.status.lastAppliedRevision}",
        ],
        None,
    );
    assert_eq!(applied.stdout, format!("main@sha1:{head}"));
    // The pull credentials are in the Secret, and never in the output.
    assert!(!out.contains(HTTP_PASSWORD));

    // A second run changes nothing in the repository.
    let again = bootstrap(&ns, &url, HTTP_PASSWORD);
    assert_eq!(again.code, 0, "{}", again.stderr);
    let out = format!("{}{}", again.stdout, again.stderr);
    assert!(out.contains("component manifests are up to date"), "{out}");
    assert!(out.contains("sync manifests are up to date"), "{out}");
    assert_eq!(main_head(&bare), head, "a re-run must not commit");

    let work = tempfile::tempdir().unwrap();
    let clone = work.path().join("fleet");
    git(
        work.path(),
        &[
            "clone",
            "-q",
            "--branch",
            "main",
            &bare.display().to_string(),
            "fleet",
        ],
    );
    // Drift: someone edited the generated components in the repository; a re-run restores them.
    let components = clone.join(format!("clusters/dev/{ns}/gotk-components.yaml"));
    let generated = std::fs::read_to_string(&components).unwrap();
    std::fs::write(&components, "# edited by hand\n").unwrap();
    git(&clone, &["commit", "-q", "-am", "edit components"]);
    git(&clone, &["push", "-q", "origin", "main"]);
    let repaired = bootstrap(&ns, &url, HTTP_PASSWORD);
    assert_eq!(repaired.code, 0, "{}", repaired.stderr);
    assert!(
        format!("{}{}", repaired.stdout, repaired.stderr).contains("committed component manifests"),
        "{}",
        repaired.stderr
    );
    git(&clone, &["pull", "-q", "origin", "main"]);
    assert_eq!(std::fs::read_to_string(&components).unwrap(), generated);

    // A commit adding an app under clusters/dev rolls out without touching the cluster by hand.
    std::fs::write(
        clone.join("clusters/dev/app.yaml"),
        format!("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\n  namespace: {ns}\ndata:\n  from: git\n"),
    )
    .unwrap();
    git(&clone, &["add", "-A"]);
    git(&clone, &["commit", "-q", "-m", "add app"]);
    git(&clone, &["push", "-q", "origin", "main"]);
    let reconcile = flux(&[
        "reconcile",
        "kustomization",
        &ns,
        "--with-source",
        "-n",
        &ns,
    ]);
    assert_eq!(reconcile.code, 0, "{}", reconcile.stderr);
    eventually(Duration::from_secs(30), "the app rolls out", || {
        kubectl(
            &[
                "get",
                "configmap",
                "app",
                "-n",
                &ns,
                "-o",
                "jsonpath={.data.from}",
            ],
            None,
        )
        .stdout
            == "git"
    });

    // Leave the cluster as the other tests expect it: no Flux in this namespace, CRDs back.
    drop(_serve);
    flux(&["uninstall", "--silent", "-n", &ns]);
    ensure_crds();
}

#[test]
fn bootstrap_git_over_ssh_uses_the_deploy_key_and_scans_the_host_key() {
    let _lock = exclusive();
    ensure_crds();
    let ns = format!("bs-ssh-{}", std::process::id() % 100_000);
    let servers = GitServers::start();
    servers.create_repo("fleet-ssh", |dir| {
        std::fs::write(dir.join("README.md"), "# fleet\n").unwrap();
    });
    let bare = servers.repos().join("fleet-ssh.git");
    let keys = tempfile::tempdir().unwrap();
    let key = keys.path().join("deploy-key");
    std::fs::write(&key, &servers.client_key).unwrap();
    let logs = tempfile::tempdir().unwrap();
    let _serve = Serve::start_with(
        &ns,
        logs.path(),
        &[
            "--components=source-controller,kustomize-controller",
            "--watch-all-namespaces=false",
        ],
    );
    let run = flux(&[
        "bootstrap",
        "git",
        &format!("--url={}", servers.ssh_url("fleet-ssh")),
        &format!("--private-key-file={}", key.display()),
        "--ssh-hostkey-algos=ssh-ed25519",
        "--path=clusters/prod",
        "--components=source-controller,kustomize-controller",
        "-n",
        &ns,
        "--timeout=2m",
    ]);
    assert_eq!(
        run.code, 0,
        "stdout:\n{}\nstderr:\n{}",
        run.stdout, run.stderr
    );
    let head = main_head(&bare);
    let applied = kubectl(
        &[
            "get",
            "kustomization",
            &ns,
            "-n",
            &ns,
            "-o",
            "jsonpath={.status.lastAppliedRevision}",
        ],
        None,
    );
    assert_eq!(applied.stdout, format!("main@sha1:{head}"));
    // The cluster pulls over SSH with the same key and the scanned host key.
    let secret_keys = kubectl(
        &[
            "get",
            "secret",
            "flux-system",
            "-n",
            &ns,
            "-o",
            "jsonpath={.data}",
        ],
        None,
    );
    assert!(
        secret_keys.stdout.contains("\"identity\"")
            && secret_keys.stdout.contains("\"known_hosts\"")
    );
    // `--ssh-hostkey-algos` limited the scan to the ed25519 host key.
    let known_hosts = kubectl(
        &[
            "get",
            "secret",
            "flux-system",
            "-n",
            &ns,
            "-o",
            "go-template={{index .data \"known_hosts\" | base64decode}}",
        ],
        None,
    )
    .stdout;
    assert!(
        !known_hosts.is_empty() && known_hosts.lines().all(|l| l.contains(" ssh-ed25519 ")),
        "{known_hosts}"
    );
    let out = format!("{}{}", run.stdout, run.stderr);
    assert!(!out.contains("PRIVATE KEY"), "{out}");

    drop(_serve);
    flux(&["uninstall", "--silent", "-n", &ns]);
    ensure_crds();
}

#[test]
fn bootstrap_asks_before_taking_over_a_flux_installed_by_another_tool() {
    let _lock = exclusive();
    ensure_crds();
    let crd = "crd/gitrepositories.source.toolkit.fluxcd.io";
    kubectl(
        &[
            "label",
            crd,
            "app.kubernetes.io/managed-by=Helm",
            "--overwrite",
        ],
        None,
    )
    .success();
    let args = |force: bool| {
        let mut a = vec![
            "bootstrap",
            "git",
            "--url=https://127.0.0.1:1/fleet.git",
            "--username=u",
            "--password=p",
            "--timeout=20s",
        ];
        if force {
            a.push("--force");
        }
        a
    };
    // No terminal to confirm on: bootstrap stops before touching anything.
    let refused = flux(&args(false));
    assert_eq!(refused.code, 1, "{}", refused.stderr);
    assert!(
        refused
            .stderr
            .contains("has been installed on this cluster with Helm!")
            && refused.stderr.contains("bootstrap cancelled")
            && !refused.stderr.contains("clone"),
        "{}",
        refused.stderr
    );
    // --force goes on (and fails later, at the unreachable repository).
    let forced = flux(&args(true));
    kubectl(&["label", crd, "app.kubernetes.io/managed-by-"], None).success();
    assert_eq!(forced.code, 1, "{}", forced.stderr);
    assert!(
        forced.stderr.contains("failed to clone repository"),
        "{}",
        forced.stderr
    );
}
