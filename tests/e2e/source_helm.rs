//! HelmRepository and HelmChart end to end: a real HTTP chart repository (nginx with basic auth on `/private/`)
//! holding podinfo packaged and indexed by the real `helm` v4, a GitRepository served by git http-backend, a real
//! API server and `flux serve` running the source controllers. Artifacts are downloaded from
//! `status.artifact.url` and checked against their digests and against what `helm package` wrote.

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::git_servers::{GitServers, git};
use crate::harness::{Serve, ensure_crds, eventually, flux, kubectl, shared};
use crate::helm_servers::{
    ChartServer, PASSWORD, REGISTRY_PASSWORD, REGISTRY_USER, Registry, USER, helm_bin,
};
use crate::source_git::http_get_bytes;

struct Env {
    ns: String,
    serve: Serve,
    _logs: tempfile::TempDir,
}

impl Env {
    fn new(prefix: &str) -> Self {
        Self::with_serve(prefix, Serve::start_source)
    }

    /// An environment whose `flux serve` is started by `start` (namespace, log directory).
    fn with_serve(prefix: &str, start: impl FnOnce(&str, &Path) -> Serve) -> Self {
        ensure_crds();
        let ns = format!("{prefix}-{}", std::process::id() % 100_000);
        kubectl(&["create", "namespace", &ns], None);
        let logs = tempfile::tempdir().expect("tempdir");
        let serve = start(&ns, logs.path());
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

    fn condition(&self, kind: &str, name: &str, type_: &str) -> Option<(String, String, String)> {
        let obj = self.get(kind, name);
        let c = obj["status"]["conditions"]
            .as_array()?
            .iter()
            .find(|c| c["type"] == type_)?
            .clone();
        Some((
            c["status"].as_str()?.to_string(),
            c["reason"].as_str()?.to_string(),
            c["message"].as_str()?.to_string(),
        ))
    }

    /// Waits for Ready to satisfy `ok` and returns the object.
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
                last = self.condition(kind, name, "Ready");
                last.as_ref().is_some_and(&mut ok)
            })
        }));
        if r.is_err() {
            let log = std::fs::read_to_string(&self.serve.log).unwrap_or_default();
            panic!("{what}: last Ready {last:?}\nserve log:\n{log}");
        }
        self.get(kind, name)
    }

    fn secret(&self, name: &str, user: &str, password: &str) {
        kubectl(
            &[
                "create",
                "secret",
                "generic",
                name,
                "-n",
                &self.ns,
                &format!("--from-literal=username={user}"),
                &format!("--from-literal=password={password}"),
            ],
            None,
        )
        .success();
    }

    fn events(&self) -> String {
        kubectl(&["get", "events", "-n", &self.ns, "-o", "json"], None).stdout
    }
}

impl Drop for Env {
    fn drop(&mut self) {
        kubectl(&["delete", "namespace", &self.ns, "--wait=false"], None);
    }
}

fn repository(name: &str, url: &str, extra: &str) -> String {
    format!(
        "apiVersion: source.toolkit.fluxcd.io/v1\nkind: HelmRepository\nmetadata:\n  name: {name}\nspec:\n  interval: 1h\n  url: {url}\n{extra}"
    )
}

fn chart(name: &str, kind: &str, source: &str, chart: &str, extra: &str) -> String {
    format!(
        "apiVersion: source.toolkit.fluxcd.io/v1\nkind: HelmChart\nmetadata:\n  name: {name}\nspec:\n  interval: 1h\n  chart: {chart}\n  sourceRef:\n    kind: {kind}\n    name: {source}\n{extra}"
    )
}

fn sha256(bytes: &[u8]) -> String {
    format!("sha256:{}", hex::encode(Sha256::digest(bytes)))
}

/// Downloads `status.artifact`, checks its digest and size, and returns its bytes.
fn artifact(obj: &Value) -> Vec<u8> {
    let a = &obj["status"]["artifact"];
    let url = a["url"].as_str().expect("artifact url");
    let (status, body) = http_get_bytes(url);
    assert_eq!(status, 200, "GET {url}");
    assert_eq!(
        a["digest"].as_str(),
        Some(sha256(&body).as_str()),
        "digest of {url}"
    );
    assert_eq!(a["size"].as_u64(), Some(body.len() as u64), "size of {url}");
    body
}

fn tar_file(tgz: &[u8], path: &str) -> Option<String> {
    use std::io::Read;
    let mut ar = tar::Archive::new(flate2::read::GzDecoder::new(tgz));
    for entry in ar.entries().ok()? {
        let mut entry = entry.ok()?;
        if entry.path().ok()?.to_string_lossy() == path {
            let mut s = String::new();
            entry.read_to_string(&mut s).ok()?;
            return Some(s);
        }
    }
    None
}

#[test]
fn a_private_repository_serves_its_index_and_charts_as_artifacts() {
    let _lock = shared();
    let repo = ChartServer::start();
    let env = Env::new("helm-src");
    env.secret("creds", USER, PASSWORD);
    env.apply(&repository(
        "podinfo",
        &repo.url("private"),
        "  secretRef:\n    name: creds\n",
    ));
    let obj = env.wait_ready("helmrepository", "podinfo", "HelmRepository Ready", |r| {
        r.0 == "True"
    });
    // The revision is the digest of the index as served; the artifact is the index as JSON, linked as index.yaml.
    let index = repo.file("index.yaml");
    let revision = sha256(&index);
    let a = &obj["status"]["artifact"];
    assert_eq!(a["revision"].as_str(), Some(revision.as_str()));
    let hex_part = revision.trim_start_matches("sha256:");
    assert_eq!(
        a["path"].as_str(),
        Some(format!("helmrepository/{}/podinfo/index-{hex_part}.yaml", env.ns).as_str())
    );
    let stored: Value = serde_json::from_slice(&artifact(&obj)).expect("index artifact is JSON");
    assert_eq!(stored["entries"]["podinfo"][0]["version"], "6.15.0");
    let url = obj["status"]["url"].as_str().expect("status.url");
    assert!(url.ends_with(&format!("/helmrepository/{}/podinfo/index.yaml", env.ns)));
    assert_eq!(http_get_bytes(url).0, 200, "GET {url}");
    let (_, reason, message) = env
        .condition("helmrepository", "podinfo", "ArtifactInStorage")
        .expect("ArtifactInStorage");
    assert_eq!(reason, "Succeeded");
    assert_eq!(message, format!("stored artifact: revision '{revision}'"));

    // A pinned range pulls the chart exactly as helm packaged it.
    env.apply(&chart(
        "pinned",
        "HelmRepository",
        "podinfo",
        "podinfo",
        "  version: 6.14.x\n",
    ));
    let obj = env.wait_ready("helmchart", "pinned", "HelmChart Ready", |r| r.0 == "True");
    let (_, reason, message) = env.condition("helmchart", "pinned", "Ready").unwrap();
    assert_eq!(reason, "ChartPullSucceeded");
    assert_eq!(message, "pulled 'podinfo' chart with version '6.14.1'");
    let a = &obj["status"]["artifact"];
    assert_eq!(a["revision"], "6.14.1");
    assert_eq!(
        a["path"].as_str(),
        Some(format!("helmchart/{}/pinned/podinfo-6.14.1.tgz", env.ns).as_str())
    );
    assert_eq!(artifact(&obj), repo.file("podinfo-6.14.1.tgz"));
    assert_eq!(obj["status"]["observedChartName"], "podinfo");
    assert_eq!(
        obj["status"]["observedSourceArtifactRevision"],
        revision.as_str()
    );

    // Values files are merged and packaged in; the generation goes into the version.
    env.apply(&chart(
        "prod",
        "HelmRepository",
        "podinfo",
        "podinfo",
        "  valuesFiles: [values.yaml, values-prod.yaml, missing.yaml]\n  ignoreMissingValuesFiles: true\n",
    ));
    let obj = env.wait_ready("helmchart", "prod", "HelmChart with values Ready", |r| {
        r.0 == "True"
    });
    let (_, reason, message) = env.condition("helmchart", "prod", "Ready").unwrap();
    assert_eq!(reason, "ChartPackageSucceeded");
    assert_eq!(
        message,
        "packaged 'podinfo' chart with version '6.15.0+1' and merged values files [values.yaml values-prod.yaml]"
    );
    assert_eq!(
        obj["status"]["observedValuesFiles"],
        serde_json::json!(["values.yaml", "values-prod.yaml"])
    );
    let tgz = artifact(&obj);
    let chart_yaml = tar_file(&tgz, "podinfo/Chart.yaml").expect("Chart.yaml");
    assert!(chart_yaml.contains("version: 6.15.0+1"), "{chart_yaml}");

    // An unchanged index stores nothing new.
    let before = env.get("helmrepository", "podinfo")["status"]["artifact"].clone();
    flux(&["reconcile", "source", "helm", "podinfo", "-n", &env.ns]).success();
    let after = env.get("helmrepository", "podinfo")["status"]["artifact"].clone();
    assert_eq!(before, after, "an unchanged index is not stored again");
    let events = env.events();
    assert!(
        events.contains("\"NewArtifact\"") && events.contains("stored fetched index of size"),
        "NewArtifact event"
    );
    assert!(
        events.contains("\"ChartPullSucceeded\""),
        "ChartPullSucceeded event"
    );

    // A new index wakes the charts that follow the latest version, long before their interval.
    env.apply(&chart("latest", "HelmRepository", "podinfo", "podinfo", ""));
    env.wait_ready("helmchart", "latest", "latest chart Ready", |r| {
        r.2.contains("'6.15.0'")
    });
    repo.publish("6.16.0");
    flux(&["reconcile", "source", "helm", "podinfo", "-n", &env.ns]).success();
    env.wait_ready("helmchart", "latest", "chart follows the new index", |r| {
        r.2.contains("'6.16.0'")
    });

    // flux get shows both kinds.
    let out = flux(&["get", "sources", "chart", "-n", &env.ns])
        .success()
        .stdout;
    assert!(out.contains("6.14.1") && out.contains("6.16.0"), "{out}");
}

#[test]
fn wrong_credentials_and_a_missing_version_read_as_flux_reports_them() {
    let _lock = shared();
    let repo = ChartServer::start();
    let env = Env::new("helm-fail");
    let wrong = "wrong-password-81d2";
    env.secret("wrong", USER, wrong);
    env.apply(&repository(
        "denied",
        &repo.url("private"),
        "  secretRef:\n    name: wrong\n",
    ));
    env.wait_ready("helmrepository", "denied", "Ready=False on 401", |r| {
        r.0 == "False"
    });
    let (_, reason, message) = env.condition("helmrepository", "denied", "Ready").unwrap();
    assert_eq!(reason, "Failed");
    assert_eq!(
        message,
        format!(
            "failed to fetch Helm repository index: failed to cache index to temporary file: failed to fetch {}/index.yaml : 401 Unauthorized",
            repo.url("private")
        )
    );
    let (status, fetch_reason, _) = env
        .condition("helmrepository", "denied", "FetchFailed")
        .expect("FetchFailed");
    assert_eq!((status.as_str(), fetch_reason.as_str()), ("True", "Failed"));
    let everything = format!(
        "{}{}{}",
        env.get("helmrepository", "denied"),
        env.events(),
        std::fs::read_to_string(&env.serve.log).unwrap_or_default()
    );
    assert!(!everything.contains(wrong), "the password leaked");

    // A version the index does not have stalls the chart until the spec or the index changes.
    env.apply(&repository("public", &repo.url("public"), ""));
    env.apply(&chart(
        "missing",
        "HelmRepository",
        "public",
        "podinfo",
        "  version: 9.9.9\n",
    ));
    env.wait_ready(
        "helmchart",
        "missing",
        "Ready=False on a missing version",
        |r| r.0 == "False",
    );
    let (_, reason, message) = env.condition("helmchart", "missing", "Ready").unwrap();
    assert_eq!(reason, "InvalidChartReference");
    assert_eq!(
        message,
        "invalid chart reference: failed to get chart version for remote reference: no 'podinfo' chart with version matching '9.9.9' found"
    );
    let stalled = env
        .condition("helmchart", "missing", "Stalled")
        .expect("Stalled");
    assert_eq!(stalled.1, "InvalidChartReference");

    // An OCI HelmRepository is static: no finalizer, no status.
    env.apply(&repository(
        "oci",
        "oci://127.0.0.1:5000/charts",
        "  type: oci\n",
    ));
    std::thread::sleep(Duration::from_secs(3));
    let obj = env.get("helmrepository", "oci");
    assert!(obj["status"]["conditions"].is_null(), "{obj}");
    assert!(obj["metadata"]["finalizers"].is_null(), "{obj}");
    let out = flux(&["reconcile", "source", "helm", "oci", "-n", &env.ns])
        .success()
        .stderr;
    assert!(
        out.contains("reconciliation not supported by the object"),
        "{out}"
    );
}

#[test]
fn a_chart_in_a_git_repository_is_packaged_with_its_dependencies() {
    let _lock = shared();
    let servers = GitServers::start();
    let repo = ChartServer::start();
    let public = repo.url("public");
    let work = servers.create_repo("charts", |dir| {
        let app = dir.join("charts/app");
        let lib = dir.join("charts/lib");
        std::fs::create_dir_all(app.join("templates")).unwrap();
        std::fs::create_dir_all(lib.join("templates")).unwrap();
        std::fs::write(
            app.join("Chart.yaml"),
            format!("apiVersion: v2\nname: app\nversion: 1.2.3\ndependencies:\n- name: lib\n  version: 0.1.x\n  repository: file://../lib\n- name: podinfo\n  version: 6.14.x\n  repository: {public}\n"),
        )
        .unwrap();
        std::fs::write(app.join("values.yaml"), "replicas: 1\n").unwrap();
        std::fs::write(
            app.join("templates/cm.yaml"),
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  replicas: \"{{ .Values.replicas }}\"\n",
        )
        .unwrap();
        std::fs::write(
            lib.join("Chart.yaml"),
            "apiVersion: v2\nname: lib\nversion: 0.1.4\n",
        )
        .unwrap();
        std::fs::write(dir.join("prod.yaml"), "replicas: 3\n").unwrap();
    });
    let commit = git(&work, &["rev-parse", "HEAD"]).trim().to_string();
    let env = Env::new("helm-git");
    env.apply(&format!(
        "apiVersion: source.toolkit.fluxcd.io/v1\nkind: GitRepository\nmetadata:\n  name: charts\nspec:\n  interval: 1h\n  url: {}\n  ref:\n    branch: master\n",
        servers.http_public_url("charts")
    ));
    env.apply(&chart(
        "app",
        "GitRepository",
        "charts",
        "charts/app",
        "  reconcileStrategy: Revision\n  valuesFiles: [charts/app/values.yaml, prod.yaml]\n",
    ));
    let obj = env.wait_ready("helmchart", "app", "HelmChart from Git Ready", |r| {
        r.0 == "True"
    });
    let version = format!("1.2.3+{}.1", &commit[..12]);
    let (_, reason, message) = env.condition("helmchart", "app", "Ready").unwrap();
    assert_eq!(reason, "ChartPackageSucceeded");
    assert_eq!(
        message,
        format!(
            "packaged 'app' chart with version '{version}' and merged values files [charts/app/values.yaml prod.yaml]"
        )
    );
    assert_eq!(obj["status"]["artifact"]["revision"], version.as_str());
    let tgz = artifact(&obj);
    let values = tar_file(&tgz, "app/values.yaml").expect("values.yaml");
    assert!(values.contains("replicas: 3"), "{values}");
    assert!(
        tar_file(&tgz, "app/charts/lib/Chart.yaml").is_some(),
        "the file:// dependency is vendored"
    );
    let mut names = Vec::new();
    let mut ar = tar::Archive::new(flate2::read::GzDecoder::new(tgz.as_slice()));
    for e in ar.entries().unwrap() {
        names.push(e.unwrap().path().unwrap().display().to_string());
    }
    assert!(
        names.iter().any(|n| n == "app/charts/podinfo-6.14.1.tgz"),
        "the repository dependency is downloaded: {names:?}"
    );
    // The packaged chart renders with the real helm.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("app.tgz");
    std::fs::write(&path, &tgz).unwrap();
    let out = Command::new(helm_bin())
        .args(["template", "x", &path.display().to_string()])
        .output()
        .expect("helm template");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("replicas: \"3\""));
}

#[test]
fn a_chart_is_pulled_from_an_oci_registry_with_credentials() {
    let _lock = shared();
    let charts = ChartServer::start();
    let registry = Registry::start(&charts);
    let env = Env::new("helm-oci");
    env.secret("registry", REGISTRY_USER, REGISTRY_PASSWORD);
    env.apply(&repository(
        "registry",
        &format!("oci://127.0.0.1:{}/charts", registry.port),
        "  type: oci\n  insecure: true\n  secretRef:\n    name: registry\n",
    ));
    env.apply(&chart(
        "podinfo",
        "HelmRepository",
        "registry",
        "podinfo",
        "  version: '>=6.0.0 <6.15.0'\n",
    ));
    let obj = env.wait_ready("helmchart", "podinfo", "OCI chart Ready", |r| r.0 == "True");
    let (_, reason, message) = env.condition("helmchart", "podinfo", "Ready").unwrap();
    assert_eq!(reason, "ChartPullSucceeded");
    assert_eq!(message, "pulled 'podinfo' chart with version '6.14.1'");
    assert_eq!(artifact(&obj), charts.file("podinfo-6.14.1.tgz"));
    // The repository stays static: no status, no finalizer.
    let repo = env.get("helmrepository", "registry");
    assert!(repo["status"]["conditions"].is_null(), "{repo}");

    // Without credentials the registry refuses the pull: AuthenticationFailed, no secret in the message.
    env.apply(&repository(
        "anonymous",
        &format!("oci://127.0.0.1:{}/charts", registry.port),
        "  type: oci\n  insecure: true\n",
    ));
    env.apply(&chart(
        "denied",
        "HelmRepository",
        "anonymous",
        "podinfo",
        "  version: 6.15.0\n",
    ));
    env.wait_ready(
        "helmchart",
        "denied",
        "Ready=False without credentials",
        |r| r.0 == "False",
    );
    let (_, reason, message) = env.condition("helmchart", "denied", "Ready").unwrap();
    assert_eq!(reason, "AuthenticationFailed", "{message}");
    assert!(message.contains("401"), "{message}");
    assert!(!message.contains(REGISTRY_PASSWORD));
}

#[test]
fn a_repository_behind_a_private_ca_and_one_created_by_the_cli() {
    let _lock = shared();
    let repo = ChartServer::start();
    let env = Env::new("helm-tls");
    // Without the CA the server certificate is refused.
    env.apply(&repository("untrusted", &repo.https_url("public"), ""));
    env.wait_ready(
        "helmrepository",
        "untrusted",
        "Ready=False on an unknown CA",
        |r| r.0 == "False",
    );
    let (_, reason, message) = env
        .condition("helmrepository", "untrusted", "Ready")
        .unwrap();
    assert_eq!(reason, "Failed");
    assert!(message.contains("certificate"), "{message}");
    // With certSecretRef's ca.crt it verifies.
    let ca = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(ca.path(), repo.ca_pem()).unwrap();
    kubectl(
        &[
            "create",
            "secret",
            "generic",
            "ca",
            "-n",
            &env.ns,
            &format!("--from-file=ca.crt={}", ca.path().display()),
        ],
        None,
    )
    .success();
    env.apply(&repository(
        "trusted",
        &repo.https_url("public"),
        "  certSecretRef:\n    name: ca\n",
    ));
    env.apply(&chart(
        "tls",
        "HelmRepository",
        "trusted",
        "podinfo",
        "  version: 6.14.1\n",
    ));
    let obj = env.wait_ready("helmchart", "tls", "chart over HTTPS Ready", |r| {
        r.0 == "True"
    });
    assert_eq!(artifact(&obj), repo.file("podinfo-6.14.1.tgz"));

    // `flux create source helm` with credentials writes the helm-<name> Secret and waits for the index.
    let run = flux(&[
        "create",
        "source",
        "helm",
        "cli",
        &format!("--url={}", repo.url("private")),
        "--username",
        USER,
        "--password",
        PASSWORD,
        "-n",
        &env.ns,
        "--timeout=60s",
    ])
    .success();
    assert!(
        run.stderr.contains("✔ fetched revision: sha256:"),
        "{}",
        run.stderr
    );
    let secret = kubectl(&["get", "secret", "helm-cli", "-n", &env.ns], None);
    assert_eq!(secret.code, 0, "the credentials Secret exists");
    let run = flux(&[
        "create",
        "source",
        "chart",
        "cli",
        "--source=HelmRepository/cli",
        "--chart=podinfo",
        "--chart-version=6.14.x",
        "-n",
        &env.ns,
        "--timeout=60s",
    ])
    .success();
    assert!(
        run.stderr.contains("✔ fetched revision: 6.14.1"),
        "{}",
        run.stderr
    );
    let run = flux(&["suspend", "source", "chart", "cli", "-n", &env.ns]).success();
    assert!(run.stderr.contains("suspend"), "{}", run.stderr);
    let out = flux(&["get", "sources", "chart", "cli", "-n", &env.ns])
        .success()
        .stdout;
    assert!(out.contains("True     \tTrue"), "{out}");
    flux(&["resume", "source", "chart", "cli", "-n", &env.ns]).success();
    flux(&["delete", "source", "chart", "cli", "-s", "-n", &env.ns]).success();
    eventually(
        Duration::from_secs(30),
        "the HelmChart to be deleted",
        || kubectl(&["get", "helmchart", "cli", "-n", &env.ns], None).code != 0,
    );
}

#[test]
fn a_helm_release_installs_the_chart_its_helmchart_built() {
    let _lock = shared();
    let repo = ChartServer::start();
    let env = Env::with_serve("helm-hr", |ns, logs| {
        Serve::start_with(
            ns,
            logs,
            &[
                "--components=source-controller,helm-controller",
                "--enable-leader-election=false",
                "--watch-all-namespaces=false",
            ],
        )
    });
    env.secret("creds", USER, PASSWORD);
    env.apply(&repository(
        "podinfo",
        &repo.url("private"),
        "  secretRef:\n    name: creds\n",
    ));
    env.apply(
        "apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: pi\nspec:\n  interval: 10m\n  \
         chart:\n    spec:\n      chart: podinfo\n      version: 6.14.x\n      sourceRef:\n        kind: HelmRepository\n        \
         name: podinfo\n  values:\n    replicaCount: 1\n    tolerations:\n    - key: kwok.x-k8s.io/node\n      \
         operator: Exists\n      effect: NoSchedule\n",
    );
    // The HelmRelease's HelmChart `<ns>-pi` is built by our controller from the private repository.
    let chart_name = format!("{}-pi", env.ns);
    let obj = env.wait_ready(
        "helmchart",
        &chart_name,
        "the HelmRelease's HelmChart",
        |r| r.0 == "True",
    );
    assert_eq!(obj["status"]["artifact"]["revision"], "6.14.1");
    let mut last = None;
    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        eventually(Duration::from_secs(180), "the HelmRelease Ready", || {
            last = env.condition("helmrelease", "pi", "Ready");
            last.as_ref().is_some_and(|r| r.0 == "True")
        })
    }));
    if r.is_err() {
        let log = std::fs::read_to_string(&env.serve.log).unwrap_or_default();
        let chart = env.get("helmchart", &chart_name);
        panic!("HelmRelease not Ready: {last:?}\nHelmChart: {chart}\nserve log:\n{log}");
    }
    let hr = env.get("helmrelease", "pi");
    assert_eq!(hr["status"]["history"][0]["chartVersion"], "6.14.1", "{hr}");
}
