//! OCIRepository end to end: Debian's docker-registry (htpasswd auth) on loopback, artifacts pushed by our
//! `flux push artifact` and by Flux v2.9.5's own CLI, a real API server and `flux serve` running the source
//! and kustomize controllers. A pushed tree becomes objects; a higher tag is applied without waiting for the
//! Kustomization's interval; failures read as source-controller reports them and apply nothing.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::harness::{Serve, ensure_crds, eventually, free_port, kubectl, shared};

const USER: &str = "ociu";
const PASSWORD: &str = "oci-pass-5f1e";

/// Debian's docker-registry with htpasswd auth over plain HTTP; its access log counts requests.
struct Registry {
    dir: tempfile::TempDir,
    child: Child,
    port: u16,
}

impl Registry {
    fn start() -> Self {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path();
        let htpasswd = Command::new("htpasswd")
            .args(["-Bbn", USER, PASSWORD])
            .output()
            .expect("htpasswd runs (apache2-utils)");
        std::fs::write(root.join("htpasswd"), htpasswd.stdout).unwrap();
        let port = free_port();
        let r = root.display();
        std::fs::write(
            root.join("config.yml"),
            format!(
                "version: 0.1\nlog: {{level: warn}}\nstorage: {{filesystem: {{rootdirectory: {r}/data}}}}\n\
                 http: {{addr: 127.0.0.1:{port}}}\nauth: {{htpasswd: {{realm: oci, path: {r}/htpasswd}}}}\n"
            ),
        )
        .unwrap();
        let log = std::fs::File::create(root.join("registry.log")).unwrap();
        let child = Command::new("docker-registry")
            .args(["serve", &root.join("config.yml").display().to_string()])
            .stdout(log.try_clone().unwrap())
            .stderr(log)
            .spawn()
            .expect("docker-registry starts");
        eventually(Duration::from_secs(10), "the registry listens", || {
            std::net::TcpStream::connect(("127.0.0.1", port)).is_ok()
        });
        Self { dir, child, port }
    }

    fn host(&self) -> String {
        format!("127.0.0.1:{}", self.port)
    }

    /// Requests made so far with a User-Agent containing `agent`.
    fn requests_by(&self, agent: &str) -> Vec<String> {
        std::fs::read_to_string(self.dir.path().join("registry.log"))
            .unwrap_or_default()
            .lines()
            .filter(|l| l.contains("\"") && l.contains(" /v2/") && l.contains(agent))
            .map(str::to_string)
            .collect()
    }
}

impl Drop for Registry {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Flux v2.9.5's own CLI: `FLUX_ORACLE` (set by tests/run.sh), else the cached build.
fn flux_oracle() -> Option<PathBuf> {
    let path = std::env::var_os("FLUX_ORACLE")
        .map(PathBuf::from)
        .or_else(|| {
            std::env::var_os("HOME")
                .map(|h| PathBuf::from(h).join(".cache/flux-e2e/flux-v2.9.5/flux"))
        })?;
    path.is_file().then_some(path)
}

struct Env {
    ns: String,
    serve: Serve,
    _logs: tempfile::TempDir,
}

impl Env {
    fn new(prefix: &str) -> Self {
        ensure_crds();
        let ns = format!("{prefix}-{}", std::process::id() % 100_000);
        kubectl(&["create", "namespace", &ns], None);
        let logs = tempfile::tempdir().expect("tempdir");
        let serve = Serve::start_with(
            &ns,
            logs.path(),
            &[
                "--components=source-controller,kustomize-controller",
                "--enable-leader-election=false",
                "--watch-all-namespaces=false",
                "--log-encoding=console",
            ],
        );
        Self {
            ns,
            serve,
            _logs: logs,
        }
    }

    fn apply(&self, yaml: &str) {
        kubectl(&["apply", "-n", &self.ns, "-f", "-"], Some(yaml)).success();
    }

    fn get(&self, kind: &str, name: &str) -> Value {
        let out = kubectl(&["get", kind, name, "-n", &self.ns, "-o", "json"], None);
        serde_json::from_str(&out.stdout).unwrap_or(Value::Null)
    }

    fn ready(&self, kind: &str, name: &str) -> Option<(String, String, String)> {
        let obj = self.get(kind, name);
        let c = obj["status"]["conditions"]
            .as_array()?
            .iter()
            .find(|c| c["type"] == "Ready")?
            .clone();
        Some((
            c["status"].as_str()?.to_string(),
            c["reason"].as_str()?.to_string(),
            c["message"].as_str()?.to_string(),
        ))
    }

    /// Waits for Ready to satisfy `ok`; on timeout, panics with the last condition and the serve log.
    fn wait_ready(
        &self,
        kind: &str,
        name: &str,
        what: &str,
        mut ok: impl FnMut(&(String, String, String)) -> bool,
    ) -> Value {
        let mut last = None;
        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            eventually(Duration::from_secs(60), what, || {
                last = self.ready(kind, name);
                last.as_ref().is_some_and(&mut ok)
            })
        }));
        if r.is_err() {
            let log = std::fs::read_to_string(&self.serve.log).unwrap_or_default();
            panic!("{what}: last Ready {last:?}\nserve log:\n{log}");
        }
        self.get(kind, name)
    }

    /// Waits until ConfigMap `app` holds `value`; on timeout, panics with the Kustomization's Ready and the
    /// serve log.
    fn wait_value(&self, value: &str, what: &str) {
        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            eventually(Duration::from_secs(60), what, || {
                self.config_value().as_deref() == Some(value)
            })
        }));
        if r.is_err() {
            let log = std::fs::read_to_string(&self.serve.log).unwrap_or_default();
            panic!(
                "{what}: Kustomization Ready {:?}\nserve log:\n{log}",
                self.ready("kustomization", "app")
            );
        }
    }

    /// The value of `data.v` of ConfigMap `app`, if it exists.
    fn config_value(&self) -> Option<String> {
        self.get("configmap", "app")["data"]["v"]
            .as_str()
            .map(str::to_string)
    }

    fn request_reconcile(&self, kind: &str, name: &str) {
        let stamp = format!("{:?}", std::time::SystemTime::now());
        kubectl(
            &[
                "annotate",
                "--overwrite",
                "-n",
                &self.ns,
                kind,
                name,
                &format!("reconcile.fluxcd.io/requestedAt={stamp}"),
            ],
            None,
        )
        .success();
    }

    fn docker_secret(&self, name: &str, host: &str, password: &str) {
        kubectl(
            &[
                "create",
                "secret",
                "docker-registry",
                name,
                "-n",
                &self.ns,
                &format!("--docker-server={host}"),
                &format!("--docker-username={USER}"),
                &format!("--docker-password={password}"),
            ],
            None,
        )
        .success();
    }
}

impl Drop for Env {
    fn drop(&mut self) {
        kubectl(&["delete", "namespace", &self.ns, "--wait=false"], None);
    }
}

/// A directory holding `cm.yaml`, a ConfigMap `app` with `data.v = value`.
fn tree(value: &str) -> tempfile::TempDir {
    let d = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        d.path().join("cm.yaml"),
        format!(
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  v: \"{value}\"\n"
        ),
    )
    .unwrap();
    d
}

/// Pushes `dir` with `flux` (ours or Flux's) and returns the manifest digest.
fn push(bin: &Path, url: &str, dir: &Path) -> String {
    let out = Command::new(bin)
        .args([
            "push",
            "artifact",
            url,
            &format!("--path={}", dir.display()),
            "--source=https://git.example.com/app",
            "--revision=main@sha1:0123456789abcdef0123456789abcdef01234567",
            &format!("--creds={USER}:{PASSWORD}"),
            "--insecure-registry",
            "--output=json",
        ])
        .stdin(Stdio::null())
        .output()
        .expect("flux push runs");
    assert!(
        out.status.success(),
        "{} push failed: {}",
        bin.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    let info: Value = serde_json::from_slice(&out.stdout).expect("push prints JSON");
    info["digest"].as_str().unwrap_or_default().to_string()
}

fn oci_repository(name: &str, url: &str, reference: &str, extra: &str) -> String {
    format!(
        "apiVersion: source.toolkit.fluxcd.io/v1\nkind: OCIRepository\nmetadata:\n  name: {name}\nspec:\n  interval: 1h\n  url: {url}\n  insecure: true\n  ref:\n{reference}\n{extra}"
    )
}

fn kustomization(name: &str, source: &str, ns: &str) -> String {
    format!(
        "apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: {name}\nspec:\n  interval: 1h\n  path: ./\n  prune: true\n  targetNamespace: {ns}\n  sourceRef:\n    kind: OCIRepository\n    name: {source}\n"
    )
}

#[test]
fn a_pushed_artifact_is_applied_and_a_higher_tag_wakes_the_kustomization() {
    let _guard = shared();
    let registry = Registry::start();
    let env = Env::new("oci-sync");
    let ours = crate::harness::flux_bin();
    let url = format!("oci://{}/apps/app", registry.host());
    let first = push(&ours, &format!("{url}:1.0.0"), tree("one").path());
    env.docker_secret("regcred", &registry.host(), PASSWORD);
    env.apply(&oci_repository(
        "app",
        &url,
        "    semver: \">=1.0.0\"",
        "  secretRef:\n    name: regcred\n",
    ));
    env.apply(&kustomization("app", "app", &env.ns));
    let repo = env.wait_ready("ocirepository", "app", "the first artifact", |r| {
        r.0 == "True"
    });
    let revision = format!("1.0.0@{first}");
    assert_eq!(repo["status"]["artifact"]["revision"], revision.as_str());
    assert_eq!(
        repo["status"]["conditions"]
            .as_array()
            .and_then(|c| c.iter().find(|c| c["type"] == "Ready"))
            .map(|c| c["message"].clone()),
        Some(Value::from(format!(
            "stored artifact for digest '{revision}'"
        )))
    );
    let path = repo["status"]["artifact"]["path"]
        .as_str()
        .unwrap_or_default();
    assert_eq!(
        path,
        format!(
            "ocirepository/{}/app/{}.tar.gz",
            env.ns,
            first.trim_start_matches("sha256:")
        )
    );
    assert_eq!(
        repo["status"]["artifact"]["metadata"]["org.opencontainers.image.revision"],
        "main@sha1:0123456789abcdef0123456789abcdef01234567"
    );
    env.wait_value("one", "the first revision is applied");

    // A no-op reconcile: the digest is resolved without pulling anything.
    let before = registry.requests_by("source-controller").len();
    env.request_reconcile("ocirepository", "app");
    eventually(Duration::from_secs(30), "the requested reconcile", || {
        env.get("ocirepository", "app")["status"]["lastHandledReconcileAt"].is_string()
    });
    std::thread::sleep(Duration::from_millis(500));
    let noop: Vec<String> = registry.requests_by("source-controller")[before..].to_vec();
    eprintln!(
        "no-op reconcile: {} registry requests: {noop:#?}",
        noop.len()
    );
    assert!(
        noop.iter().all(|l| !l.contains("/blobs/")),
        "a no-op reconcile pulls nothing: {noop:#?}"
    );
    assert!(noop.len() <= 4, "{noop:#?}");

    // A higher tag: once the OCIRepository has it, the Kustomization applies it without its 1h interval.
    let second = push(&ours, &format!("{url}:1.1.0"), tree("two").path());
    env.request_reconcile("ocirepository", "app");
    let revision = format!("1.1.0@{second}");
    env.wait_ready("ocirepository", "app", "the higher tag", |r| {
        r.2.contains(&revision)
    });
    let noticed = Instant::now();
    env.wait_value("two", "the higher tag is applied");
    let lag = noticed.elapsed();
    eprintln!("new artifact → applied: {lag:?}");
    assert!(lag < Duration::from_secs(10), "applied after {lag:?}");

    // Flux's own CLI pulls what we pushed, and we consume what it pushes.
    if let Some(oracle) = flux_oracle() {
        let out = tempfile::tempdir().unwrap();
        let pulled = Command::new(&oracle)
            .args([
                "pull",
                "artifact",
                &format!("{url}:1.1.0"),
                &format!("--output={}", out.path().display()),
                &format!("--creds={USER}:{PASSWORD}"),
                "--insecure-registry",
            ])
            .output()
            .expect("flux v2.9.5 runs");
        assert!(
            pulled.status.success(),
            "{}",
            String::from_utf8_lossy(&pulled.stderr)
        );
        let text = std::fs::read_to_string(out.path().join("cm.yaml")).unwrap_or_default();
        assert!(text.contains("v: \"two\""), "{text}");
        let stderr = String::from_utf8_lossy(&pulled.stderr);
        assert!(
            stderr.contains("revision main@sha1:0123456789abcdef0123456789abcdef01234567"),
            "{stderr}"
        );

        let third = push(&oracle, &format!("{url}:2.0.0"), tree("three").path());
        env.request_reconcile("ocirepository", "app");
        let revision = format!("2.0.0@{third}");
        env.wait_ready("ocirepository", "app", "Flux's artifact", |r| {
            r.2.contains(&revision)
        });
        env.wait_value("three", "Flux's artifact is applied");
    } else {
        eprintln!("Flux v2.9.5's CLI not found (FLUX_ORACLE): interop half skipped");
    }
}

#[test]
fn failures_read_as_source_controller_reports_them_and_apply_nothing() {
    let _guard = shared();
    let registry = Registry::start();
    let env = Env::new("oci-fail");
    let url = format!("oci://{}/apps/app", registry.host());
    push(
        &crate::harness::flux_bin(),
        &format!("{url}:1.0.0"),
        tree("one").path(),
    );
    env.docker_secret("wrong", &registry.host(), "not-the-password");
    env.docker_secret("regcred", &registry.host(), PASSWORD);

    env.apply(&oci_repository(
        "wrong-creds",
        &url,
        "    tag: 1.0.0",
        "  secretRef:\n    name: wrong\n",
    ));
    env.apply(&kustomization("app", "wrong-creds", &env.ns));
    let (_, reason, message) = env
        .ready("ocirepository", "wrong-creds")
        .filter(|r| r.0 == "False")
        .unwrap_or_else(|| {
            env.wait_ready("ocirepository", "wrong-creds", "wrong credentials", |r| {
                r.0 == "False"
            });
            env.ready("ocirepository", "wrong-creds")
                .unwrap_or_default()
        });
    assert_eq!(reason, "OCIArtifactPullFailed");
    assert!(
        message.starts_with(&format!(
            "failed to determine artifact digest: GET http://{}/v2/apps/app/manifests/1.0.0: UNAUTHORIZED: authentication required",
            registry.host()
        )),
        "{message}"
    );
    assert!(!message.contains("not-the-password") && !message.contains(PASSWORD));

    env.apply(&oci_repository(
        "unknown-tag",
        &url,
        "    tag: 9.9.9",
        "  secretRef:\n    name: regcred\n",
    ));
    env.wait_ready("ocirepository", "unknown-tag", "an unknown tag", |r| {
        r.0 == "False"
    });
    let (_, reason, message) = env
        .ready("ocirepository", "unknown-tag")
        .unwrap_or_default();
    assert_eq!(reason, "OCIArtifactPullFailed");
    assert!(
        message.starts_with(&format!(
            "failed to determine artifact digest: GET http://{}/v2/apps/app/manifests/9.9.9: MANIFEST_UNKNOWN: manifest unknown",
            registry.host()
        )),
        "{message}"
    );

    env.apply(&oci_repository(
        "no-match",
        &url,
        "    semver: \">=5.0.0\"",
        "  secretRef:\n    name: regcred\n",
    ));
    env.wait_ready(
        "ocirepository",
        "no-match",
        "a range nothing matches",
        |r| r.0 == "False",
    );
    let (_, reason, message) = env.ready("ocirepository", "no-match").unwrap_or_default();
    assert_eq!(reason, "ReadOperationFailed");
    assert_eq!(
        message,
        format!(
            "failed to determine the artifact tag for '{url}': no match found for semver: >=5.0.0"
        )
    );

    let down = format!("oci://127.0.0.1:{}/apps/app", free_port());
    env.apply(&oci_repository("down", &down, "    tag: 1.0.0", ""));
    env.wait_ready("ocirepository", "down", "a registry that is down", |r| {
        r.0 == "False"
    });
    let (_, reason, message) = env.ready("ocirepository", "down").unwrap_or_default();
    assert_eq!(reason, "OCIArtifactPullFailed");
    assert!(
        message.starts_with("failed to determine artifact digest: Head \"http://127.0.0.1:")
            && message.contains("Connection refused"),
        "{message}"
    );

    env.apply(&oci_repository(
        "tagged-url",
        &format!("{url}:1.0.0"),
        "    tag: 1.0.0",
        "",
    ));
    env.wait_ready("ocirepository", "tagged-url", "a URL with a tag", |r| {
        r.0 == "False"
    });
    let obj = env.get("ocirepository", "tagged-url");
    let stalled = obj["status"]["conditions"]
        .as_array()
        .and_then(|c| c.iter().find(|c| c["type"] == "Stalled"))
        .map(|c| c["reason"].clone());
    assert_eq!(stalled, Some(Value::from("URLInvalid")));

    // The Kustomization on the failing source applied nothing.
    std::thread::sleep(Duration::from_secs(2));
    assert_eq!(env.config_value(), None);
    assert!(
        !registry
            .requests_by("source-controller")
            .iter()
            .any(|l| l.contains("/blobs/")),
        "no failing OCIRepository pulled a layer"
    );
}

#[test]
fn the_source_oci_commands_create_list_suspend_export_and_delete() {
    let _guard = shared();
    let registry = Registry::start();
    let env = Env::new("oci-cli");
    let url = format!("oci://{}/apps/cli", registry.host());
    let digest = push(
        &crate::harness::flux_bin(),
        &format!("{url}:1.0.0"),
        tree("one").path(),
    );
    let ns = env.ns.as_str();
    let created = crate::harness::flux(&[
        "create",
        "secret",
        "oci",
        "regcred",
        "-n",
        ns,
        "--url",
        &registry.host(),
        "--username",
        USER,
        &format!("--password={PASSWORD}"),
    ])
    .success();
    assert!(!created.stderr.contains(PASSWORD), "{}", created.stderr);
    let created = crate::harness::flux(&[
        "create",
        "source",
        "oci",
        "cli",
        "-n",
        ns,
        &format!("--url={url}"),
        "--tag=1.0.0",
        "--secret-ref=regcred",
        "--insecure",
        "--interval=1h",
        "--timeout=1m",
    ])
    .success();
    assert!(
        created
            .stderr
            .contains(&format!("✔ fetched revision: 1.0.0@{digest}")),
        "{}",
        created.stderr
    );
    let listed = crate::harness::flux(&["get", "sources", "oci", "-n", ns]).success();
    assert!(
        listed.stdout.contains(&format!("1.0.0@{digest}")) && listed.stdout.contains("True"),
        "{}",
        listed.stdout
    );
    crate::harness::flux(&["suspend", "source", "oci", "cli", "-n", ns]).success();
    assert_eq!(env.get("ocirepository", "cli")["spec"]["suspend"], true);
    crate::harness::flux(&["resume", "source", "oci", "cli", "-n", ns]).success();
    let reconciled =
        crate::harness::flux(&["reconcile", "source", "oci", "cli", "-n", ns]).success();
    assert!(
        reconciled
            .stderr
            .contains(&format!("fetched revision 1.0.0@{digest}")),
        "{}",
        reconciled.stderr
    );
    let exported = crate::harness::flux(&["export", "source", "oci", "cli", "-n", ns]).success();
    assert!(
        exported.stdout.contains("kind: OCIRepository")
            && exported.stdout.contains("secretRef:\n    name: regcred")
            && !exported.stdout.contains("status:"),
        "{}",
        exported.stdout
    );
    crate::harness::flux(&["delete", "source", "oci", "cli", "-n", ns, "--silent"]).success();
    eventually(Duration::from_secs(30), "the OCIRepository is gone", || {
        env.get("ocirepository", "cli").is_null()
    });
}

/// Packages the corpus podinfo chart at `version` with the real helm v4 and pushes it to `registry` under
/// `charts/podinfo`.
fn push_chart(registry: &Registry, version: &str) {
    let helm = crate::helm_servers::helm_bin();
    let work = tempfile::tempdir().expect("tempdir");
    let chart = work.path().join("podinfo");
    crate::kustomize::copy_dir(&crate::harness::corpus().join("charts/podinfo"), &chart);
    let meta = std::fs::read_to_string(chart.join("Chart.yaml")).unwrap_or_default();
    std::fs::write(
        chart.join("Chart.yaml"),
        meta.replace("version: 6.14.1", &format!("version: {version}")),
    )
    .unwrap();
    let config = work.path().join("registry.json");
    let run = |args: &[&str]| {
        let out = Command::new(&helm)
            .args(args)
            .env("HELM_REGISTRY_CONFIG", &config)
            .current_dir(work.path())
            .output()
            .expect("helm runs");
        assert!(
            out.status.success(),
            "helm {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    run(&[
        "registry",
        "login",
        &registry.host(),
        "-u",
        USER,
        "-p",
        PASSWORD,
        "--plain-http",
    ]);
    run(&["package", "podinfo"]);
    run(&[
        "push",
        &format!("podinfo-{version}.tgz"),
        &format!("oci://{}/charts", registry.host()),
        "--plain-http",
    ]);
}

#[test]
fn a_helm_release_installs_the_chart_of_an_oci_repository_and_upgrades_on_a_new_tag() {
    let _guard = shared();
    let registry = Registry::start();
    push_chart(&registry, "6.14.1");
    let env = crate::kustomize::Env::new(
        "oci-hr",
        &["--components=source-controller,helm-controller"],
    );
    let ns = env.ns.clone();
    kubectl(
        &[
            "create",
            "secret",
            "docker-registry",
            "regcred",
            "-n",
            &ns,
            &format!("--docker-server={}", registry.host()),
            &format!("--docker-username={USER}"),
            &format!("--docker-password={PASSWORD}"),
        ],
        None,
    )
    .success();
    env.apply(&format!(
        "apiVersion: source.toolkit.fluxcd.io/v1\nkind: OCIRepository\nmetadata:\n  name: podinfo\nspec:\n  \
         interval: 1h\n  url: oci://{}/charts/podinfo\n  insecure: true\n  secretRef:\n    name: regcred\n  \
         ref:\n    semver: \">=6.0.0\"\n  layerSelector:\n    mediaType: application/vnd.cncf.helm.chart.content.v1.tar+gzip\n    \
         operation: copy\n",
        registry.host()
    ));
    env.apply(
        "apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: pi\nspec:\n  interval: 1h\n  \
         chartRef:\n    kind: OCIRepository\n    name: podinfo\n  values:\n    replicaCount: 1\n    \
         tolerations:\n    - key: kwok.x-k8s.io/node\n      operator: Exists\n      effect: NoSchedule\n",
    );
    let released = |version: &str| {
        let hr = env.get("helmrelease", "pi");
        hr["status"]["history"][0]["chartVersion"]
            .as_str()
            .is_some_and(|v| v.starts_with(version))
            && hr["status"]["history"][0]["status"] == "deployed"
    };
    let wait = |version: &str, what: &str| {
        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            eventually(Duration::from_secs(90), what, || released(version))
        }));
        if r.is_err() {
            let log = std::fs::read_to_string(&env.serve.log).unwrap_or_default();
            panic!(
                "{what}: HelmRelease {}\nOCIRepository {}\nserve log:\n{log}",
                env.get("helmrelease", "pi")["status"],
                env.get("ocirepository", "podinfo")["status"]
            );
        }
    };
    wait("6.14.1", "the chart of the OCIRepository is installed");
    let repo = env.get("ocirepository", "podinfo");
    let path = repo["status"]["artifact"]["path"]
        .as_str()
        .unwrap_or_default();
    assert!(
        path.ends_with(".tgz"),
        "a copied layer keeps its .tgz: {path}"
    );

    push_chart(&registry, "6.14.2");
    env.request("ocirepository", "podinfo");
    wait("6.14.2", "the new chart tag is upgraded to");
}
