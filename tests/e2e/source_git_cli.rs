//! The GitRepository CLI end to end: `flux create source git` with generated credentials, `get`, `reconcile`
//! after a push, `suspend`/`resume`, `export --with-credentials`, `include`, `delete`, against real git servers
//! and `flux serve`.

use std::time::{Duration, Instant};

use crate::git_servers::{GitServers, HTTP_PASSWORD, HTTP_USER, git};
use crate::harness::{Run, eventually, flux, shared};
use crate::source_git::{Env, artifact_files, fill_app, gitrepo, head};

fn flux_in(ns: &str, args: &[&str]) -> Run {
    let mut all = vec!["-n", ns];
    all.extend_from_slice(args);
    flux(&all)
}

#[test]
fn the_cli_drives_a_git_source_through_its_life() {
    let _lock = shared();
    let servers = GitServers::start();
    let work = servers.create_repo("app", fill_app);
    let env = Env::new("gitrepo-cli");
    let ns = env.ns.clone();
    let url = servers.http_private_url("app");

    let started = Instant::now();
    let created = flux_in(
        &ns,
        &[
            "create",
            "source",
            "git",
            "app",
            "--url",
            &url,
            "--branch=master",
            "--username",
            HTTP_USER,
            "--password",
            HTTP_PASSWORD,
            "--timeout=60s",
        ],
    )
    .success();
    eprintln!("create source git → Ready in {:?}", started.elapsed());
    let rev = format!("master@sha1:{}", head(&work));
    assert!(
        created
            .stderr
            .contains(&format!("✔ fetched revision: {rev}")),
        "{}",
        created.stderr
    );
    assert!(
        created.stderr.contains("✔ authentication configured"),
        "{}",
        created.stderr
    );
    assert!(
        !created.stderr.contains(HTTP_PASSWORD),
        "no secret in the output"
    );

    let table = flux_in(&ns, &["get", "sources", "git"]).success().stdout;
    let short = &rev[..rev.len() - 32];
    assert!(table.starts_with("NAME"), "{table}");
    assert!(
        table.contains(&format!(
            "app \t{short}\tFalse    \tTrue \tstored artifact for revision '{short}'"
        )),
        "{table}"
    );

    // a push, then reconcile returns with the new revision
    std::fs::write(work.join("v2.yaml"), "v: 2\n").unwrap();
    git(&work, &["add", "-A"]);
    git(&work, &["commit", "-q", "-m", "Second commit"]);
    servers.push(&work);
    let started = Instant::now();
    let rec = flux_in(&ns, &["reconcile", "source", "git", "app"]).success();
    eprintln!("reconcile source git → Ready in {:?}", started.elapsed());
    let rev2 = format!("master@sha1:{}", head(&work));
    assert!(
        rec.stderr.contains(&format!("✔ fetched revision {rev2}")),
        "{}",
        rec.stderr
    );
    assert!(artifact_files(&env.get("app")).contains("v2.yaml"));

    // suspend / resume
    flux_in(&ns, &["suspend", "source", "git", "app"]).success();
    assert!(
        flux_in(&ns, &["get", "sources", "git", "--no-header"])
            .stdout
            .contains("\tTrue\t")
    );
    let refused = flux_in(&ns, &["reconcile", "source", "git", "app"]);
    assert_eq!(refused.code, 1);
    assert!(
        refused.stderr.contains("✗ resource is suspended"),
        "{}",
        refused.stderr
    );
    let resumed = flux_in(&ns, &["resume", "source", "git", "app"]).success();
    assert!(
        resumed.stderr.contains("✔ source git resumed"),
        "{}",
        resumed.stderr
    );

    // export with credentials
    let exported = flux_in(
        &ns,
        &["export", "source", "git", "app", "--with-credentials"],
    )
    .success()
    .stdout;
    assert!(
        exported.starts_with("---\napiVersion: source.toolkit.fluxcd.io/v1\nkind: GitRepository\n"),
        "{exported}"
    );
    assert!(
        exported.contains("kind: Secret") && exported.contains("secretRef:\n    name: app"),
        "{exported}"
    );
    assert!(!exported.contains("status:"));

    // include: another repository's artifact copied under toPath
    servers.create_repo("lib", |d| {
        std::fs::write(d.join("lib.yaml"), "lib: 1\n").unwrap()
    });
    env.apply(&gitrepo(
        "with-app",
        &servers.http_public_url("lib"),
        "  include:\n  - repository:\n      name: app\n    fromPath: deploy\n    toPath: vendor/app\n",
    ));
    let obj = env.wait_ready("with-app", "True", "include Ready");
    let files = artifact_files(&obj);
    assert!(
        files.contains("lib.yaml") && files.contains("vendor/app/app.yaml"),
        "{files:?}"
    );

    // a new artifact of the included repository re-triggers the includer
    std::fs::write(work.join("deploy/extra.yaml"), "extra: 1\n").unwrap();
    git(&work, &["add", "-A"]);
    git(&work, &["commit", "-q", "-m", "Third commit"]);
    servers.push(&work);
    flux_in(&ns, &["reconcile", "source", "git", "app"]).success();
    eventually(
        Duration::from_secs(30),
        "the includer to pick up the change",
        || artifact_files(&env.get("with-app")).contains("vendor/app/extra.yaml"),
    );
    let included = env.get("with-app")["status"]["includedArtifacts"][0]["revision"].clone();
    assert_eq!(
        included.as_str(),
        Some(format!("master@sha1:{}", head(&work)).as_str())
    );

    // a failing reconcile exits 1 with the condition's message
    env.apply(&gitrepo(
        "broken",
        &url,
        "  secretRef:\n    name: app\n  ref:\n    branch: nope\n",
    ));
    eventually(Duration::from_secs(30), "broken fails", || {
        env.ready("broken").is_some_and(|r| r.0 == "False")
    });
    let failed = flux_in(&ns, &["reconcile", "source", "git", "broken"]);
    assert_eq!(failed.code, 1);
    assert!(
        failed
            .stderr
            .contains("✗ failed to checkout and determine revision"),
        "{}",
        failed.stderr
    );
    let not_ready = flux_in(
        &ns,
        &[
            "get",
            "sources",
            "git",
            "--status-selector",
            "ready=false",
            "--no-header",
        ],
    )
    .stdout;
    assert!(not_ready.starts_with("broken"), "{not_ready}");

    flux_in(&ns, &["delete", "source", "git", "app", "-s"]).success();
    eventually(Duration::from_secs(30), "app gone", || {
        env.get("app").is_null()
    });
}

/// The value of `key` in a Secret's `data`, decoded.
fn secret_value(ns: &str, name: &str, key: &str) -> String {
    use base64::Engine;
    let out = crate::harness::kubectl(&["get", "secret", name, "-n", ns, "-o", "json"], None);
    let obj: serde_json::Value = serde_json::from_str(&out.stdout).unwrap_or_default();
    let b64 = obj["data"][key].as_str().unwrap_or_default();
    let raw = base64::engine::general_purpose::STANDARD
        .decode(b64)
        .unwrap_or_default();
    String::from_utf8(raw).unwrap_or_default()
}

#[test]
fn create_secret_git_generates_a_deploy_key_that_fetches_over_ssh() {
    let _lock = shared();
    let servers = GitServers::start();
    let work = servers.create_repo("app", fill_app);
    let env = Env::new("gitsecret-cli");
    let ns = env.ns.clone();
    let url = servers.ssh_url("app");

    // --export: the Secret with a fresh key pair and the scanned host key, nothing applied
    let exported = flux_in(
        &ns,
        &[
            "create",
            "secret",
            "git",
            "exported",
            "--url",
            &url,
            "--ssh-key-algorithm=ed25519",
            "--export",
        ],
    )
    .success()
    .stdout;
    let doc: serde_json::Value = yaml_serde::from_str(&exported).expect("exported YAML");
    let data = &doc["stringData"];
    assert!(
        data["identity"]
            .as_str()
            .is_some_and(|k| k.starts_with("-----BEGIN OPENSSH PRIVATE KEY-----")),
        "{exported}"
    );
    assert!(
        data["identity.pub"]
            .as_str()
            .is_some_and(|k| k.starts_with("ssh-ed25519 ")),
        "{exported}"
    );
    assert!(
        data["known_hosts"]
            .as_str()
            .is_some_and(|k| k.starts_with(&format!("[127.0.0.1]:{} ", servers.ssh_port))),
        "{exported}"
    );

    // applied: the deploy key is printed; once authorised, a GitRepository fetches with it
    let created = flux_in(&ns, &["create", "secret", "git", "deploy", "--url", &url]).success();
    let public = secret_value(&ns, "deploy", "identity.pub");
    assert!(public.starts_with("ecdsa-sha2-nistp384 "), "{public}");
    assert!(
        created
            .stderr
            .contains(&format!("✚ deploy key: {}", public.trim_end())),
        "{}",
        created.stderr
    );
    assert!(!secret_value(&ns, "deploy", "known_hosts").is_empty());
    servers.authorize_key(&public);
    env.apply(&gitrepo("app", &url, "  secretRef:\n    name: deploy\n"));
    let obj = env.wait_ready("app", "True", "fetch with the generated deploy key");
    assert_eq!(
        obj["status"]["artifact"]["revision"].as_str(),
        Some(format!("master@sha1:{}", head(&work)).as_str())
    );
    assert!(artifact_files(&obj).contains("deploy/app.yaml"));

    // `create source git` with an SSH URL generates a key too, and will not apply without a confirmation
    let refused = flux_in(
        &ns,
        &[
            "create",
            "source",
            "git",
            "gen",
            "--url",
            &url,
            "--branch=master",
        ],
    );
    assert_ne!(refused.code, 0);
    assert!(
        refused
            .stderr
            .contains("✚ deploy key: ecdsa-sha2-nistp384 "),
        "{}",
        refused.stderr
    );
    assert!(refused.stderr.contains("aborting"), "{}", refused.stderr);
    let absent = crate::harness::kubectl(&["get", "gitrepository", "gen", "-n", &ns], None);
    assert_ne!(absent.code, 0, "nothing applied after the refusal");
}
