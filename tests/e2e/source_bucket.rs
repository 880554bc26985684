//! Bucket end to end: a real MinIO on loopback, a real API server and `flux serve` running the source and
//! kustomize controllers. Objects put into the bucket become a `sha256:` revision computed from their ETags as
//! source-controller computes it, a Kustomization applies them, a changed object makes a new revision (and an
//! unchanged bucket none), and wrong credentials or a missing bucket read as source-controller reports them.

use std::time::Duration;

use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::harness::{Serve, ensure_crds, eventually, kubectl, shared};
use crate::minio::{Minio, ROOT_PASSWORD, ROOT_USER};

/// One namespace with `flux serve` (source and kustomize controllers) reconciling it.
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

    /// Waits for `ok` on the object; on timeout, panics with its Ready condition and the serve log.
    fn wait(
        &self,
        kind: &str,
        name: &str,
        what: &str,
        mut ok: impl FnMut(&Value) -> bool,
    ) -> Value {
        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            eventually(Duration::from_secs(60), what, || ok(&self.get(kind, name)))
        }));
        if r.is_err() {
            let log = std::fs::read_to_string(&self.serve.log).unwrap_or_default();
            panic!(
                "{what}: last Ready {:?}\nserve log:\n{log}",
                self.ready(kind, name)
            );
        }
        self.get(kind, name)
    }

    fn config_value(&self) -> Option<String> {
        self.get("configmap", "app")["data"]["v"]
            .as_str()
            .map(str::to_string)
    }

    fn request_reconcile(&self, kind: &str, name: &str) -> String {
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
        stamp
    }

    fn secret(&self, name: &str, key: &str, secret: &str) {
        kubectl(
            &[
                "create",
                "secret",
                "generic",
                name,
                "-n",
                &self.ns,
                &format!("--from-literal=accesskey={key}"),
                &format!("--from-literal=secretkey={secret}"),
            ],
            None,
        )
        .success();
    }

    fn bucket(&self, name: &str, bucket: &str, endpoint: &str, secret: &str) {
        self.apply(&format!(
            "apiVersion: source.toolkit.fluxcd.io/v1\nkind: Bucket\nmetadata:\n  name: {name}\nspec:\n  \
             interval: 10m\n  provider: generic\n  bucketName: {bucket}\n  endpoint: {endpoint}\n  insecure: true\n  \
             secretRef:\n    name: {secret}\n"
        ));
    }
}

impl Drop for Env {
    fn drop(&mut self) {
        kubectl(&["delete", "namespace", &self.ns, "--wait=false"], None);
    }
}

fn config_map(value: &str) -> String {
    format!("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  v: \"{value}\"\n")
}

/// The revision source-controller gives these `(key, etag)` objects.
fn revision(objects: &[(&str, &str)]) -> String {
    let mut sorted = objects.to_vec();
    sorted.sort();
    let mut h = Sha256::new();
    for (k, e) in sorted {
        h.update(format!("{k} {e}\n"));
    }
    format!("sha256:{}", hex::encode(h.finalize()))
}

fn artifact(obj: &Value) -> (String, String) {
    let a = &obj["status"]["artifact"];
    (
        a["revision"].as_str().unwrap_or_default().to_string(),
        a["lastUpdateTime"].as_str().unwrap_or_default().to_string(),
    )
}

#[test]
fn bucket_objects_are_applied_and_a_changed_object_makes_a_new_revision() {
    let _guard = shared();
    let minio = Minio::start();
    minio.create_bucket("app");
    let cm = minio.put("app", "deploy/cm.yaml", &config_map("one"));
    // Excluded by the bucket's own .sourceignore: not in the index, not applied.
    minio.put("app", ".sourceignore", "*.txt\n");
    minio.put("app", "deploy/notes.txt", "not yaml");
    let env = Env::new("bucket");
    env.secret("minio", ROOT_USER, ROOT_PASSWORD);
    env.bucket("app", "app", &minio.endpoint(), "minio");
    env.apply(&format!(
        "apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: app\nspec:\n  \
         interval: 10m\n  prune: true\n  path: ./deploy\n  targetNamespace: {}\n  sourceRef:\n    kind: Bucket\n    \
         name: app\n",
        env.ns
    ));
    let first = revision(&[("deploy/cm.yaml", &cm)]);
    let obj = env.wait("bucket", "app", "the Bucket stores an artifact", |o| {
        artifact(o).0 == first
    });
    assert_eq!(
        env.ready("bucket", "app"),
        Some((
            "True".into(),
            "Succeeded".into(),
            format!("stored artifact: revision '{first}'")
        ))
    );
    let hex = first.trim_start_matches("sha256:");
    assert_eq!(
        obj["status"]["artifact"]["path"].as_str(),
        Some(format!("bucket/{}/app/{hex}.tar.gz", env.ns).as_str())
    );
    env.wait("kustomization", "app", "the ConfigMap is applied", |_| {
        env.config_value().as_deref() == Some("one")
    });

    // Unchanged bucket: a requested reconcile stores nothing new.
    let (_, stored_at) = artifact(&obj);
    let stamp = env.request_reconcile("bucket", "app");
    let obj = env.wait("bucket", "app", "the request is handled", |o| {
        o["status"]["lastHandledReconcileAt"].as_str() == Some(stamp.as_str())
    });
    assert_eq!(artifact(&obj), (first.clone(), stored_at));

    // A changed object: a new revision, applied without waiting for the Kustomization's interval.
    let cm = minio.put("app", "deploy/cm.yaml", &config_map("two"));
    let second = revision(&[("deploy/cm.yaml", &cm)]);
    assert_ne!(first, second);
    env.request_reconcile("bucket", "app");
    env.wait("bucket", "app", "the Bucket stores the new revision", |o| {
        artifact(o).0 == second
    });
    eventually(Duration::from_secs(60), "the new value is applied", || {
        env.config_value().as_deref() == Some("two")
    });
    let events = kubectl(
        &[
            "get",
            "events",
            "-n",
            &env.ns,
            "--field-selector",
            "involvedObject.kind=Bucket,reason=NewArtifact",
            "-o",
            "jsonpath={.items[*].message}",
        ],
        None,
    );
    assert!(
        events
            .stdout
            .contains("stored artifact with 1 fetched files from 'app' bucket"),
        "NewArtifact events: {}",
        events.stdout
    );
}

#[test]
fn wrong_credentials_and_a_missing_bucket_read_as_source_controller_reports_them() {
    let _guard = shared();
    let minio = Minio::start();
    minio.create_bucket("app");
    minio.put("app", "cm.yaml", &config_map("one"));
    let env = Env::new("bucket-fail");
    env.secret("wrong", "nobody", "not-the-password");
    env.secret("minio", ROOT_USER, ROOT_PASSWORD);
    env.bucket("denied", "app", &minio.endpoint(), "wrong");
    env.bucket("missing", "nope", &minio.endpoint(), "minio");
    env.wait("bucket", "denied", "wrong credentials fail", |o| {
        o["status"]["conditions"].is_array() && o["status"]["artifact"].is_null()
    });
    eventually(Duration::from_secs(60), "denied is not ready", || {
        env.ready("bucket", "denied")
            .is_some_and(|r| r.0 == "False")
    });
    assert_eq!(
        env.ready("bucket", "denied"),
        Some((
            "False".into(),
            "BucketOperationFailed".into(),
            "failed to confirm existence of 'app' bucket: The Access Key Id you provided does not exist in our records.".into()
        ))
    );
    let obj = env.get("bucket", "denied");
    let fetch_failed = obj["status"]["conditions"]
        .as_array()
        .and_then(|c| c.iter().find(|c| c["type"] == "FetchFailed").cloned());
    assert_eq!(
        fetch_failed.as_ref().and_then(|c| c["status"].as_str()),
        Some("True")
    );
    eventually(Duration::from_secs(60), "missing is not ready", || {
        env.ready("bucket", "missing")
            .is_some_and(|r| r.0 == "False")
    });
    assert_eq!(
        env.ready("bucket", "missing"),
        Some((
            "False".into(),
            "BucketOperationFailed".into(),
            "bucket 'nope' not found".into()
        ))
    );
}
