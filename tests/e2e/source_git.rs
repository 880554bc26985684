//! GitRepository end to end: real git servers (nginx + git http-backend with basic auth, sshd, git daemon), a
//! real API server and `flux serve` running the source controller; artifacts downloaded from
//! `status.artifact.url` and checked file by file.

use std::collections::BTreeSet;
use std::io::Read;
use std::path::Path;
use std::time::Duration;

use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::git_servers::{GitServers, HTTP_PASSWORD, HTTP_USER, git};
use crate::harness::{Serve, ensure_crds, eventually, kubectl, shared};

pub struct Env {
    pub ns: String,
    pub serve: Serve,
    _logs: tempfile::TempDir,
}

impl Env {
    pub fn new(prefix: &str) -> Self {
        ensure_crds();
        let ns = format!("{prefix}-{}", std::process::id() % 100_000);
        kubectl(&["create", "namespace", &ns], None);
        let logs = tempfile::tempdir().expect("tempdir");
        let serve = Serve::start_source(&ns, logs.path());
        Self {
            ns,
            serve,
            _logs: logs,
        }
    }

    pub fn apply(&self, yaml: &str) {
        kubectl(&["apply", "-n", &self.ns, "-f", "-"], Some(yaml)).success();
    }

    pub fn get(&self, name: &str) -> Value {
        let out = kubectl(
            &["get", "gitrepository", name, "-n", &self.ns, "-o", "json"],
            None,
        );
        serde_json::from_str(&out.stdout).unwrap_or(Value::Null)
    }

    pub fn ready(&self, name: &str) -> Option<(String, String, String)> {
        let obj = self.get(name);
        let conds = obj["status"]["conditions"].as_array()?.clone();
        let c = conds.iter().find(|c| c["type"] == "Ready")?;
        Some((
            c["status"].as_str()?.to_string(),
            c["reason"].as_str()?.to_string(),
            c["message"].as_str()?.to_string(),
        ))
    }

    /// Waits for Ready to have `status` and returns the object.
    pub fn wait_ready(&self, name: &str, status: &str, what: &str) -> Value {
        let mut last = None;
        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            // 120 s: with a hundred e2e tests (one with a control plane of its own) on two cores, a first
            // clone has taken over 60 s.
            eventually(Duration::from_secs(120), what, || {
                last = self.ready(name);
                last.as_ref().is_some_and(|(s, _, _)| s == status)
            })
        }));
        if r.is_err() {
            let log = std::fs::read_to_string(&self.serve.log).unwrap_or_default();
            panic!("{what}: last Ready {last:?}\nserve log:\n{log}");
        }
        self.get(name)
    }

    pub fn secret(&self, name: &str, data: &[(&str, &str)]) {
        let mut args = vec![
            "create".to_string(),
            "secret".into(),
            "generic".into(),
            name.into(),
            "-n".into(),
            self.ns.clone(),
        ];
        for (k, v) in data {
            args.push(format!("--from-literal={k}={v}"));
        }
        let refs: Vec<&str> = args.iter().map(String::as_str).collect();
        kubectl(&refs, None).success();
    }
}

impl Drop for Env {
    fn drop(&mut self) {
        kubectl(&["delete", "namespace", &self.ns, "--wait=false"], None);
    }
}

pub fn gitrepo(name: &str, url: &str, extra: &str) -> String {
    format!(
        "apiVersion: source.toolkit.fluxcd.io/v1\nkind: GitRepository\nmetadata:\n  name: {name}\nspec:\n  interval: 1m\n  url: {url}\n{extra}"
    )
}

/// GET over plain HTTP/1.1, returning status and body bytes.
pub fn http_get_bytes(url: &str) -> (u16, Vec<u8>) {
    use std::io::Write;
    let rest = url.strip_prefix("http://").expect("http url");
    let (addr, path) = rest.split_once('/').expect("path");
    let mut s = std::net::TcpStream::connect(addr).expect("connect artifact server");
    write!(
        s,
        "GET /{path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut buf = Vec::new();
    s.read_to_end(&mut buf).unwrap();
    let split = buf
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("headers end");
    let head = String::from_utf8_lossy(&buf[..split]).to_string();
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    (status, buf[split + 4..].to_vec())
}

/// Downloads the artifact, checks its digest and size, and returns the regular files it holds.
pub fn artifact_files(obj: &Value) -> BTreeSet<String> {
    let a = &obj["status"]["artifact"];
    let url = a["url"].as_str().expect("artifact url");
    let (status, body) = http_get_bytes(url);
    assert_eq!(status, 200, "GET {url}");
    let digest = format!("sha256:{}", hex::encode(Sha256::digest(&body)));
    assert_eq!(
        a["digest"].as_str(),
        Some(digest.as_str()),
        "digest of {url}"
    );
    assert_eq!(a["size"].as_u64(), Some(body.len() as u64));
    let mut files = BTreeSet::new();
    let mut ar = tar::Archive::new(flate2::read::GzDecoder::new(&body[..]));
    for e in ar.entries().expect("tar entries") {
        let e = e.expect("tar entry");
        assert_eq!(e.header().uid().ok(), Some(0));
        assert_eq!(e.header().mtime().ok(), Some(0));
        if e.header().entry_type() == tar::EntryType::Regular {
            files.insert(e.path().unwrap().display().to_string());
        }
    }
    files
}

fn set(items: &[&str]) -> BTreeSet<String> {
    items.iter().map(|s| s.to_string()).collect()
}

pub fn head(work: &Path) -> String {
    git(work, &["rev-parse", "HEAD"]).trim().to_string()
}

pub fn fill_app(dir: &Path) {
    std::fs::create_dir_all(dir.join("deploy")).unwrap();
    std::fs::create_dir_all(dir.join(".github/workflows")).unwrap();
    std::fs::write(dir.join("deploy/app.yaml"), "kind: ConfigMap\n").unwrap();
    std::fs::write(dir.join("deploy/secret.txt"), "ignored by .sourceignore\n").unwrap();
    std::fs::write(dir.join("deploy/.sourceignore"), "secret.txt\n").unwrap();
    std::fs::write(dir.join(".github/workflows/ci.yaml"), "on: push\n").unwrap();
    std::fs::write(dir.join("logo.png"), "png").unwrap();
    std::fs::write(dir.join("README.md"), "# app\n").unwrap();
    std::fs::create_dir_all(dir.join("other")).unwrap();
    std::fs::write(dir.join("other/x.yaml"), "x: 1\n").unwrap();
}

#[test]
fn every_transport_and_ref_kind_becomes_ready_with_the_right_revision() {
    let _lock = shared();
    let servers = GitServers::start();
    let work = servers.create_repo("app", fill_app);
    let first = head(&work);
    git(&work, &["tag", "v1.0.0"]);
    git(&work, &["tag", "-a", "v1.1.0", "-m", "release 1.1.0"]);
    git(&work, &["checkout", "-q", "-b", "dev"]);
    std::fs::write(work.join("dev.yaml"), "dev: true\n").unwrap();
    git(&work, &["add", "-A"]);
    git(&work, &["commit", "-q", "-m", "Dev work"]);
    let dev = head(&work);
    git(&work, &["checkout", "-q", "master"]);
    servers.push(&work);

    let env = Env::new("gitrepo-refs");
    env.secret(
        "basic",
        &[("username", HTTP_USER), ("password", HTTP_PASSWORD)],
    );
    env.secret(
        "ssh",
        &[
            ("identity", &servers.client_key),
            ("known_hosts", &servers.known_hosts),
        ],
    );
    let secret = |n: &str| format!("  secretRef:\n    name: {n}\n");
    let cases: Vec<(&str, String, String, String)> = vec![
        (
            "http-default",
            servers.http_public_url("app"),
            String::new(),
            format!("master@sha1:{first}"),
        ),
        (
            "http-branch",
            servers.http_private_url("app"),
            format!("{}  ref:\n    branch: dev\n", secret("basic")),
            format!("dev@sha1:{dev}"),
        ),
        (
            "http-tag",
            servers.http_private_url("app"),
            format!("{}  ref:\n    tag: v1.0.0\n", secret("basic")),
            format!("v1.0.0@sha1:{first}"),
        ),
        (
            "http-semver",
            servers.http_public_url("app"),
            "  ref:\n    semver: '>=1.0.0 <2.0.0'\n".into(),
            format!("v1.1.0@sha1:{first}"),
        ),
        (
            "ssh-branch",
            servers.ssh_url("app"),
            format!("{}  ref:\n    branch: master\n", secret("ssh")),
            format!("master@sha1:{first}"),
        ),
        (
            "ssh-name",
            servers.ssh_url("app"),
            format!("{}  ref:\n    name: refs/heads/dev\n", secret("ssh")),
            format!("refs/heads/dev@sha1:{dev}"),
        ),
        (
            "ssh-commit",
            servers.ssh_url("app"),
            format!(
                "{}  ref:\n    branch: dev\n    commit: {first}\n",
                secret("ssh")
            ),
            format!("dev@sha1:{first}"),
        ),
        (
            "http-commit-only",
            servers.http_public_url("app"),
            format!("  ref:\n    commit: {dev}\n"),
            format!("sha1:{dev}"),
        ),
        (
            "http-sparse",
            servers.http_public_url("app"),
            "  sparseCheckout:\n  - deploy\n".to_string(),
            format!("master@sha1:{first}"),
        ),
    ];
    for (name, url, extra, _) in &cases {
        env.apply(&gitrepo(name, url, extra));
    }
    let base = set(&[
        "README.md",
        "deploy/.sourceignore",
        "deploy/app.yaml",
        "other/x.yaml",
    ]);
    for (name, _, _, revision) in &cases {
        let obj = env.wait_ready(name, "True", &format!("{name} Ready"));
        assert_eq!(
            obj["status"]["artifact"]["revision"].as_str(),
            Some(revision.as_str()),
            "{name}"
        );
        let (_, reason, message) = env.ready(name).unwrap();
        assert_eq!(reason, "Succeeded");
        assert_eq!(
            message,
            format!("stored artifact for revision '{revision}'")
        );
        let mut want = base.clone();
        if revision.contains(&dev) {
            want.insert("dev.yaml".into());
        }
        if *name == "http-sparse" {
            want.remove("other/x.yaml");
        }
        assert_eq!(artifact_files(&obj), want, "{name}");
        assert_eq!(
            obj["status"]["observedGeneration"], obj["metadata"]["generation"],
            "{name}"
        );
        assert!(
            obj["metadata"]["finalizers"]
                .to_string()
                .contains("finalizers.fluxcd.io")
        );
    }
}

#[test]
fn failures_are_precise_and_the_last_good_artifact_stays_served() {
    let _lock = shared();
    let servers = GitServers::start();
    servers.create_repo("app", fill_app);
    let env = Env::new("gitrepo-fail");
    env.secret(
        "basic",
        &[("username", HTTP_USER), ("password", HTTP_PASSWORD)],
    );
    env.secret("wrong", &[("username", HTTP_USER), ("password", "nope")]);
    env.secret(
        "ssh",
        &[
            ("identity", &servers.client_key),
            ("known_hosts", &servers.known_hosts),
        ],
    );
    let other_host = "[127.0.0.1]:1 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl\n";
    let bad_known = servers.known_hosts.replace(
        &servers
            .known_hosts
            .split_whitespace()
            .nth(2)
            .unwrap_or_default()
            .to_string(),
        other_host.split_whitespace().nth(2).unwrap_or_default(),
    );
    env.secret(
        "ssh-unknown",
        &[
            ("identity", &servers.client_key),
            ("known_hosts", &bad_known),
        ],
    );

    let private = servers.http_private_url("app");
    let sec = |n: &str| format!("  secretRef:\n    name: {n}\n");
    env.apply(&gitrepo("app", &private, &sec("basic")));
    let good = env.wait_ready("app", "True", "first artifact");
    let good_url = good["status"]["artifact"]["url"]
        .as_str()
        .unwrap()
        .to_string();

    let check = |extra: String, url: &str, reason: &str, needle: &str| {
        env.apply(&gitrepo("app", url, &extra));
        eventually(
            Duration::from_secs(60),
            &format!("Ready=False {reason}"),
            || {
                env.ready("app")
                    .is_some_and(|(s, r, m)| s == "False" && r == reason && m.contains(needle))
            },
        );
        let obj = env.get("app");
        assert_eq!(
            obj["status"]["artifact"]["url"].as_str(),
            Some(good_url.as_str()),
            "artifact kept"
        );
        assert_eq!(
            http_get_bytes(&good_url).0,
            200,
            "last good artifact still served"
        );
        let fetch = obj["status"]["conditions"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["type"] == "FetchFailed")
            .cloned();
        assert_eq!(
            fetch.map(|c| c["reason"].clone()),
            Some(Value::from(reason))
        );
    };
    check(
        sec("wrong"),
        &private,
        "AuthenticationFailed",
        "unable to authenticate",
    );
    check(
        format!("{}  ref:\n    branch: nope\n", sec("basic")),
        &private,
        "GitOperationFailed",
        "couldn't find remote ref \"refs/heads/nope\"",
    );
    let closed = format!(
        "http://127.0.0.1:{}/public/app.git",
        crate::harness::free_port()
    );
    check(
        String::new(),
        &closed,
        "GitOperationFailed",
        "unable to list remote refs",
    );
    check(
        sec("ssh-unknown"),
        &servers.ssh_url("app"),
        "AuthenticationFailed",
        "host key",
    );
    check(
        sec("missing"),
        &private,
        "AuthenticationFailed",
        "failed to get secret",
    );
    // and it recovers
    env.apply(&gitrepo("app", &private, &sec("basic")));
    env.wait_ready("app", "True", "recovered");
}

#[test]
fn a_no_op_poll_lists_refs_but_fetches_nothing() {
    let _lock = shared();
    let servers = GitServers::start();
    let work = servers.create_repo("poll", fill_app);
    let env = Env::new("gitrepo-poll");
    let url = servers.http_public_url("poll");
    env.apply(&gitrepo("poll", &url, "").replace("interval: 1m", "interval: 1s"));
    let first = env.wait_ready("poll", "True", "first artifact");
    let fetches = servers.http_fetches("poll");
    let listings = servers.http_ref_listings("poll");
    assert!(
        fetches >= 1,
        "the first reconcile fetched:\n{}",
        servers.access_log()
    );
    std::thread::sleep(Duration::from_secs(5));
    assert!(
        servers.http_ref_listings("poll") >= listings + 2,
        "polls list refs:\n{}",
        servers.access_log()
    );
    assert_eq!(
        servers.http_fetches("poll"),
        fetches,
        "no fetch on unchanged remote:\n{}",
        servers.access_log()
    );
    let same = env.get("poll");
    assert_eq!(same["status"]["artifact"], first["status"]["artifact"]);
    assert_eq!(
        same["metadata"]["resourceVersion"], first["metadata"]["resourceVersion"],
        "no status write"
    );

    // a push is picked up at the next poll, with exactly one more fetch
    std::fs::write(work.join("new.yaml"), "new: 1\n").unwrap();
    git(&work, &["add", "-A"]);
    git(&work, &["commit", "-q", "-m", "Second commit"]);
    servers.push(&work);
    let want = format!("master@sha1:{}", head(&work));
    eventually(Duration::from_secs(30), "new revision", || {
        env.get("poll")["status"]["artifact"]["revision"].as_str() == Some(want.as_str())
    });
    assert!(artifact_files(&env.get("poll")).contains("new.yaml"));
    assert!(
        servers.http_fetches("poll") > fetches,
        "the push was fetched"
    );
}

#[test]
fn deleting_removes_the_artifacts() {
    let _lock = shared();
    let servers = GitServers::start();
    servers.create_repo("gone", fill_app);
    let env = Env::new("gitrepo-delete");
    env.apply(&gitrepo("gone", &servers.http_public_url("gone"), ""));
    let obj = env.wait_ready("gone", "True", "artifact");
    let url = obj["status"]["artifact"]["url"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(http_get_bytes(&url).0, 200);
    kubectl(
        &[
            "delete",
            "gitrepository",
            "gone",
            "-n",
            &env.ns,
            "--timeout=60s",
        ],
        None,
    )
    .success();
    assert_eq!(
        http_get_bytes(&url).0,
        404,
        "artifact removed by the finalizer"
    );
}

#[test]
fn the_git_engine_speaks_git_daemon() {
    let servers = GitServers::start();
    let work = servers.create_repo("daemon", fill_app);
    let remote = flux::git::Remote {
        url: servers.daemon_url("daemon"),
        auth: flux::git::Auth::default(),
        timeout: Duration::from_secs(30),
        proxy: None,
    };
    let resolved = flux::git::resolve(&remote, &flux::git::Reference::Branch("master".into()))
        .expect("resolve");
    assert_eq!(resolved.revision, format!("master@sha1:{}", head(&work)));
    let cache = tempfile::tempdir().unwrap();
    let dest = tempfile::tempdir().unwrap();
    assert!(
        flux::git::checkout(
            &remote,
            &resolved,
            &cache.path().join("c"),
            dest.path(),
            &[],
            false
        )
        .expect("checkout")
    );
    assert!(dest.path().join("deploy/app.yaml").is_file());
    let dest2 = tempfile::tempdir().unwrap();
    assert!(
        !flux::git::checkout(
            &remote,
            &resolved,
            &cache.path().join("c"),
            dest2.path(),
            &[],
            false
        )
        .expect("cached checkout"),
        "second checkout is served from the cache"
    );
    let log = std::fs::read_to_string(servers.dir.path().join("daemon.log")).unwrap_or_default();
    assert!(log.contains("upload-pack"), "{log}");
}
