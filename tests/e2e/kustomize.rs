//! Kustomization end to end: a real git server, a real API server and `flux serve` running the source and
//! kustomize controllers. A commit becomes objects, a removed file is pruned, a hand edit is reverted, a chain
//! of dependencies reconciles in order without polling, and every failure leaves a precise Ready=False with the
//! previous objects untouched.

use std::path::Path;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::git_servers::{GitServers, git};
use crate::harness::{Serve, corpus, ensure_crds, eventually, kubectl, shared};
use crate::source_git::gitrepo;

/// One test's namespace, git servers and `flux serve` (source + kustomize controllers, this namespace only).
pub(crate) struct Env {
    pub(crate) ns: String,
    pub(crate) serve: Serve,
    pub(crate) servers: GitServers,
    pub(crate) logs: tempfile::TempDir,
}

impl Env {
    pub(crate) fn new(prefix: &str, extra: &[&str]) -> Self {
        Self::with_env(prefix, extra, &[])
    }

    /// [`Env::new`] with environment variables for `flux serve`.
    pub(crate) fn with_env(prefix: &str, extra: &[&str], env: &[(&str, &str)]) -> Self {
        ensure_crds();
        let ns = format!("{prefix}-{}", std::process::id() % 100_000);
        kubectl(&["create", "namespace", &ns], None);
        let logs = tempfile::tempdir().expect("tempdir");
        let serve = Serve::start_with_env(&ns, logs.path(), &serve_flags(extra), env);
        Self {
            ns,
            serve,
            servers: GitServers::start(),
            logs,
        }
    }

    /// Replaces `flux serve` with a new process on the same storage, started with `extra` flags.
    pub(crate) fn restart_serve(&mut self, extra: &[&str]) {
        let flags = serve_flags(extra);
        // The old process is gone already (terminated or killed by the test); its log is kept aside.
        let old = self.logs.path().join("serve.log");
        let _ = std::fs::rename(
            &old,
            self.logs.path().join(format!("serve-{}.log", unique())),
        );
        self.serve = Serve::start_with(&self.ns, self.logs.path(), &flags);
    }

    /// A repository `name` whose `app/cm.yaml` is `manifest`, with the GitRepository `repo` pointing at it.
    /// Returns the working tree (commit and push to it for new revisions) and its first commit.
    pub(crate) fn app_repo(&self, name: &str, manifest: &str) -> (std::path::PathBuf, String) {
        let work = self.servers.create_repo(name, |dir| {
            std::fs::create_dir_all(dir.join("app")).unwrap();
            std::fs::write(dir.join("app/cm.yaml"), manifest).unwrap();
        });
        let sha = git(&work, &["rev-parse", "HEAD"]).trim().to_string();
        self.apply(&gitrepo("repo", &self.servers.http_public_url(name), ""));
        (work, sha)
    }

    pub(crate) fn apply(&self, yaml: &str) {
        kubectl(&["apply", "-n", &self.ns, "-f", "-"], Some(yaml)).success();
    }

    pub(crate) fn get(&self, kind: &str, name: &str) -> Value {
        let out = kubectl(&["get", kind, name, "-n", &self.ns, "-o", "json"], None);
        serde_json::from_str(&out.stdout).unwrap_or(Value::Null)
    }

    pub(crate) fn exists(&self, kind: &str, name: &str) -> bool {
        !self.get(kind, name).is_null()
    }

    pub(crate) fn ready(&self, name: &str) -> Option<(String, String, String)> {
        self.ready_of("kustomization", name)
    }

    /// The Ready condition (status, reason, message) of the `kind` object `name`.
    pub(crate) fn ready_of(&self, kind: &str, name: &str) -> Option<(String, String, String)> {
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

    /// Waits until the Kustomization's Ready condition satisfies `cond` and returns the object.
    pub(crate) fn wait(
        &self,
        name: &str,
        what: &str,
        cond: impl FnMut(&(String, String, String)) -> bool,
    ) -> Value {
        self.wait_for("kustomization", name, what, Duration::from_secs(90), cond)
    }

    /// Waits up to `within` until the Ready condition of the `kind` object `name` satisfies `cond` and returns
    /// the object; on timeout panics with the last Ready seen and the serve log.
    pub(crate) fn wait_for(
        &self,
        kind: &str,
        name: &str,
        what: &str,
        within: Duration,
        mut cond: impl FnMut(&(String, String, String)) -> bool,
    ) -> Value {
        let mut last = None;
        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            eventually(within, what, || {
                last = self.ready_of(kind, name);
                last.as_ref().is_some_and(&mut cond)
            })
        }));
        if r.is_err() {
            let log = std::fs::read_to_string(&self.serve.log).unwrap_or_default();
            panic!("{what}: last Ready {last:?}\nserve log:\n{log}");
        }
        self.get(kind, name)
    }

    pub(crate) fn wait_applied(&self, name: &str, revision_sha: &str) -> Value {
        self.wait(
            name,
            &format!("{name} applies {revision_sha}"),
            |(s, _, m)| s == "True" && m.ends_with(revision_sha),
        )
    }

    /// Asks for a reconcile the way `flux reconcile` does.
    pub(crate) fn request(&self, kind: &str, name: &str) {
        let token = format!("reconcile.fluxcd.io/requestedAt={}", unique());
        kubectl(
            &[
                "annotate",
                "--overwrite",
                "-n",
                &self.ns,
                kind,
                name,
                &token,
            ],
            None,
        )
        .success();
    }

    pub(crate) fn events(&self, name: &str) -> String {
        kubectl(
            &[
                "get",
                "events",
                "-n",
                &self.ns,
                "--field-selector",
                &format!("involvedObject.kind=Kustomization,involvedObject.name={name}"),
                "-o",
                "jsonpath={range .items[*]}{.reason}: {.message}{\"\\n\"}{end}",
            ],
            None,
        )
        .stdout
    }
}

impl Drop for Env {
    fn drop(&mut self) {
        kubectl(&["delete", "namespace", &self.ns, "--wait=false"], None);
    }
}

/// The flags of a test's `flux serve` (source and kustomize controllers, this namespace only, no leader
/// election) with `extra` added; a flag in `extra` replaces the default of the same name.
fn serve_flags<'a>(extra: &[&'a str]) -> Vec<&'a str> {
    let name = |f: &str| f.split('=').next().unwrap_or_default().to_string();
    let mut flags: Vec<&str> = [
        "--components=source-controller,kustomize-controller",
        "--enable-leader-election=false",
        "--watch-all-namespaces=false",
        "--log-encoding=console",
    ]
    .into_iter()
    .filter(|d| !extra.iter().any(|e| name(e) == name(d)))
    .collect();
    flags.extend_from_slice(extra);
    flags
}

fn unique() -> String {
    format!("{:?}", std::time::SystemTime::now())
}

pub(crate) fn ks(name: &str, path: &str, extra: &str) -> String {
    format!(
        "apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: {name}\nspec:\n  interval: 10m\n  path: {path}\n  prune: true\n  sourceRef:\n    kind: GitRepository\n    name: repo\n{extra}"
    )
}

pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

pub(crate) fn commit(work: &Path, msg: &str) -> String {
    git(work, &["add", "-A"]);
    git(work, &["commit", "-q", "-m", msg]);
    git(work, &["rev-parse", "HEAD"]).trim().to_string()
}

#[test]
fn podinfo_syncs_prunes_applies_changes_and_reverts_hand_edits() {
    let _lock = shared();
    let env = Env::new("ks-podinfo", &[]);
    let work = env.servers.create_repo("podinfo", |dir| {
        copy_dir(
            &corpus().join("repos/podinfo/kustomize"),
            &dir.join("kustomize"),
        );
    });
    let sha = git(&work, &["rev-parse", "HEAD"]).trim().to_string();
    env.apply(&gitrepo(
        "repo",
        &env.servers.http_public_url("podinfo"),
        "",
    ));
    let extra = format!("  targetNamespace: {}\n", env.ns);
    env.apply(&ks("podinfo", "./kustomize", &extra));
    let obj = env.wait_applied("podinfo", &sha);

    // Every object is there, labelled with its owner, and listed in the inventory in Flux's format.
    for kind in ["deployment", "service", "horizontalpodautoscaler"] {
        let o = env.get(kind, "podinfo");
        assert_eq!(
            o["metadata"]["labels"]["kustomize.toolkit.fluxcd.io/name"], "podinfo",
            "{kind}"
        );
        assert_eq!(
            o["metadata"]["labels"]["kustomize.toolkit.fluxcd.io/namespace"],
            env.ns.as_str()
        );
    }
    let ids: Vec<&str> = obj["status"]["inventory"]["entries"]
        .as_array()
        .expect("inventory")
        .iter()
        .filter_map(|e| e["id"].as_str())
        .collect();
    let ns = env.ns.as_str();
    // In apply order, as Flux records it: Services before Deployments, unlisted kinds last.
    assert_eq!(
        ids,
        [
            format!("{ns}_podinfo__Service"),
            format!("{ns}_podinfo_apps_Deployment"),
            format!("{ns}_podinfo_autoscaling_HorizontalPodAutoscaler"),
        ]
    );
    assert_eq!(
        obj["status"]["lastAppliedRevision"],
        format!("master@sha1:{sha}")
    );
    assert!(
        env.events("podinfo")
            .contains(&format!("Service/{ns}/podinfo created"))
    );

    // A hand edit is reverted on the next reconcile, and the event names the object.
    kubectl(
        &[
            "patch",
            "service",
            "podinfo",
            "-n",
            ns,
            "--type=merge",
            "-p",
            r#"{"spec":{"selector":{"app":"hand-edited"}}}"#,
        ],
        None,
    )
    .success();
    env.request("kustomization", "podinfo");
    eventually(Duration::from_secs(30), "the hand edit is reverted", || {
        env.get("service", "podinfo")["spec"]["selector"]["app"] == "podinfo"
    });
    let mut events = String::new();
    let found = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        eventually(
            Duration::from_secs(10),
            "an event naming the object",
            || {
                events = env.events("podinfo");
                events.contains(&format!("Service/{ns}/podinfo configured"))
            },
        )
    }));
    assert!(
        found.is_ok(),
        "no event names the reverted Service:\n{events}"
    );

    // A change in Git is applied; a file removed from Git is pruned.
    let hpa = work.join("kustomize/hpa.yaml");
    std::fs::remove_file(&hpa).unwrap();
    let kustomization = work.join("kustomize/kustomization.yaml");
    let text = std::fs::read_to_string(&kustomization)
        .unwrap()
        .replace("  - hpa.yaml\n", "");
    std::fs::write(&kustomization, text).unwrap();
    let svc = work.join("kustomize/service.yaml");
    let text = std::fs::read_to_string(&svc)
        .unwrap()
        .replace("port: 9898", "port: 9797");
    std::fs::write(&svc, text).unwrap();
    let sha2 = commit(&work, "drop the hpa, move the port");
    env.servers.push(&work);
    env.request("gitrepository", "repo");
    // The new artifact alone wakes the Kustomization.
    env.wait_applied("podinfo", &sha2);
    assert!(
        !env.exists("horizontalpodautoscaler", "podinfo"),
        "the HPA is pruned"
    );
    assert_eq!(
        env.get("service", "podinfo")["spec"]["ports"][0]["port"],
        9797
    );
    let events = env.events("podinfo");
    assert!(
        events.contains(&format!("HorizontalPodAutoscaler/{ns}/podinfo deleted")),
        "{events}"
    );

    // Deleting the Kustomization deletes what it applied (prune: true → MirrorPrune).
    kubectl(
        &[
            "delete",
            "kustomization",
            "podinfo",
            "-n",
            ns,
            "--wait=true",
            "--timeout=60s",
        ],
        None,
    )
    .success();
    assert!(!env.exists("deployment", "podinfo"));
    assert!(!env.exists("service", "podinfo"));
}

#[test]
fn a_chain_of_five_dependencies_reconciles_in_order_without_polling() {
    let _lock = shared();
    // A dependency poll of 10 minutes: only events can make this chain finish within the test's wait.
    let env = Env::new("ks-chain", &["--requeue-dependency=10m"]);
    let work = env.servers.create_repo("chain", |dir| {
        for i in 1..=5 {
            let d = dir.join(format!("step{i}"));
            std::fs::create_dir_all(&d).unwrap();
            std::fs::write(
                d.join("cm.yaml"),
                format!("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: step{i}\ndata:\n  step: \"{i}\"\n"),
            )
            .unwrap();
        }
    });
    let sha = git(&work, &["rev-parse", "HEAD"]).trim().to_string();
    let started = Instant::now();
    let mut yaml = gitrepo("repo", &env.servers.http_public_url("chain"), "");
    for i in 1..=5 {
        let deps = if i > 1 {
            format!("  dependsOn:\n    - name: step{}\n", i - 1)
        } else {
            String::new()
        };
        yaml.push_str(&format!(
            "---\n{}",
            ks(
                &format!("step{i}"),
                &format!("./step{i}"),
                &format!("  targetNamespace: {}\n{deps}", env.ns)
            )
        ));
    }
    env.apply(&yaml);
    env.wait_applied("step5", &sha);
    let elapsed = started.elapsed();
    println!("chain of 5 Kustomizations Ready in {elapsed:?}");

    // Each step turned Ready after the one it depends on.
    let ready_at = |i: usize| -> String {
        let o = env.get("kustomization", &format!("step{i}"));
        o["status"]["conditions"]
            .as_array()
            .and_then(|c| c.iter().find(|c| c["type"] == "Ready"))
            .and_then(|c| c["lastTransitionTime"].as_str())
            .unwrap_or_default()
            .to_string()
    };
    for i in 1..5 {
        assert!(
            ready_at(i) <= ready_at(i + 1),
            "step{i} Ready before step{}",
            i + 1
        );
        assert!(env.exists("configmap", &format!("step{i}")));
    }
    // The dependants waited with Flux's reason while their dependency was not ready.
    assert!(
        env.events("step5")
            .contains("Dependencies do not meet ready condition")
    );
}

#[test]
fn failures_are_precise_and_leave_the_previous_objects_untouched() {
    let _lock = shared();
    let env = Env::new("ks-fail", &[]);
    let ns = env.ns.clone();
    let (work, sha) = env.app_repo(
        "fail",
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: good\ndata:\n  ready: \"yes\"\n",
    );
    let target = format!("  targetNamespace: {ns}\n");
    env.apply(&ks("app", "./app", &target));
    env.wait_applied("app", &sha);
    let good_uid = env.get("configmap", "good")["metadata"]["uid"].clone();

    let push = |file: &str, content: &str, msg: &str| {
        std::fs::write(work.join(file), content).unwrap();
        let sha = commit(&work, msg);
        env.servers.push(&work);
        env.request("gitrepository", "repo");
        sha
    };

    // A broken manifest: BuildFailed naming the file; the last applied revision stays.
    push(
        "app/broken.yaml",
        "apiVersion: v1\nkind: ConfigMap\nmetadata: [\n",
        "broken",
    );
    std::fs::remove_file(work.join("app/broken.yaml")).unwrap();
    env.wait("app", "a build failure", |(s, r, _)| {
        s == "False" && r == "BuildFailed"
    });
    let (_, _, message) = env.ready("app").expect("a Ready condition");
    assert!(message.contains("broken.yaml"), "{message}");
    assert_eq!(
        env.get("kustomization", "app")["status"]["lastAppliedRevision"],
        format!("master@sha1:{sha}")
    );
    assert_eq!(env.get("configmap", "good")["metadata"]["uid"], good_uid);

    // An admission rejection: ReconciliationFailed naming the object.
    push(
        "app/broken.yaml",
        "apiVersion: v1\nkind: Service\nmetadata:\n  name: bad\nspec:\n  ports:\n    - port: 99999\n",
        "invalid port",
    );
    std::fs::remove_file(work.join("app/broken.yaml")).unwrap();
    env.wait("app", "an admission rejection", |(s, r, m)| {
        s == "False" && r == "ReconciliationFailed" && m.contains(&format!("Service/{ns}/bad"))
    });
    assert_eq!(env.get("configmap", "good")["metadata"]["uid"], good_uid);
    assert!(!env.exists("service", "bad"));
    let sha_ok = commit(&work, "fixed");
    env.servers.push(&work);
    env.request("gitrepository", "repo");
    env.wait_applied("app", &sha_ok);

    // A failing health check (CEL, fail-fast): HealthCheckFailed and Healthy=False.
    push(
        "app/cm.yaml",
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: good\ndata:\n  ready: \"no\"\n",
        "unhealthy",
    );
    env.apply(&ks(
        "app",
        "./app",
        &format!(
            "{target}  healthChecks:\n    - apiVersion: v1\n      kind: ConfigMap\n      name: good\n  healthCheckExprs:\n    - apiVersion: v1\n      kind: ConfigMap\n      current: data.ready == 'yes'\n      failed: data.ready == 'no'\n"
        ),
    ));
    let obj = env.wait("app", "a failed health check", |(s, r, _)| {
        s == "False" && r == "HealthCheckFailed"
    });
    let healthy = obj["status"]["conditions"]
        .as_array()
        .and_then(|c| c.iter().find(|c| c["type"] == "Healthy"))
        .cloned()
        .unwrap_or(Value::Null);
    assert_eq!(healthy["status"], "False", "{healthy}");
    assert!(
        healthy["message"]
            .as_str()
            .unwrap_or_default()
            .contains(&format!("ConfigMap/{ns}/good")),
        "{healthy}"
    );

    // A missing SOPS key Secret: BuildFailed naming the Secret.
    env.apply(&ks(
        "app",
        "./app",
        &format!(
            "{target}  decryption:\n    provider: sops\n    secretRef:\n      name: sops-age\n"
        ),
    ));
    env.wait("app", "a missing decryption secret", |(s, r, m)| {
        s == "False" && r == "BuildFailed" && m.contains("sops-age")
    });

    // An impersonated service account without permissions: the API server's refusal, nothing applied.
    kubectl(&["create", "serviceaccount", "nobody", "-n", &ns], None).success();
    env.apply(&ks(
        "app",
        "./app",
        &format!("{target}  serviceAccountName: nobody\n"),
    ));
    env.wait("app", "a forbidden apply", |(s, r, m)| {
        s == "False" && r == "ReconciliationFailed" && m.contains("forbidden")
    });
    assert_eq!(env.get("configmap", "good")["metadata"]["uid"], good_uid);
    let events = env.events("app");
    assert!(events.contains("BuildFailed"), "{events}");
    assert!(events.contains("HealthCheckFailed"), "{events}");
}

#[test]
fn the_multi_tenancy_tenants_tree_syncs_with_impersonation() {
    let _lock = shared();
    let env = Env::new("ks-tenants", &[]);
    let ns = env.ns.clone();
    let work = env.servers.create_repo("fleet", |dir| {
        copy_dir(
            &corpus().join("repos/flux2-multi-tenancy/tenants"),
            &dir.join("tenants"),
        );
    });
    let sha = git(&work, &["rev-parse", "HEAD"]).trim().to_string();
    // The fleet repository's `tenants` Kustomization impersonates kustomize-controller, which Flux's install
    // binds to cluster-admin.
    kubectl(
        &[
            "create",
            "serviceaccount",
            "kustomize-controller",
            "-n",
            &ns,
        ],
        None,
    )
    .success();
    kubectl(
        &[
            "create",
            "clusterrolebinding",
            &format!("{ns}-reconciler"),
            "--clusterrole=cluster-admin",
            &format!("--serviceaccount={ns}:kustomize-controller"),
        ],
        None,
    )
    .success();
    env.apply(&gitrepo("repo", &env.servers.http_public_url("fleet"), ""));
    env.apply(&ks(
        "tenants",
        "./tenants/staging",
        "  serviceAccountName: kustomize-controller\n",
    ));
    env.wait_applied("tenants", &sha);
    for (kind, name) in [
        ("serviceaccount", "dev-team"),
        ("rolebinding", "gotk-reconciler"),
        ("gitrepository", "dev-team"),
        ("kustomization", "dev-team"),
    ] {
        let out = kubectl(&["get", kind, name, "-n", "apps", "-o", "name"], None);
        assert!(out.stdout.contains(name), "{kind}/{name} in apps");
    }
    // The staging patch reached the nested Kustomization.
    let nested = kubectl(
        &[
            "get",
            "kustomization",
            "dev-team",
            "-n",
            "apps",
            "-o",
            "jsonpath={.spec.path}",
        ],
        None,
    );
    assert_eq!(nested.stdout, "./staging");
    kubectl(
        &[
            "delete",
            "kustomization",
            "tenants",
            "-n",
            &ns,
            "--wait=true",
            "--timeout=60s",
        ],
        None,
    )
    .success();
    kubectl(
        &["delete", "clusterrolebinding", &format!("{ns}-reconciler")],
        None,
    );
}

#[test]
fn sops_secrets_and_generator_sources_are_decrypted_with_the_age_key() {
    let _lock = shared();
    let env = Env::new("ks-sops", &[]);
    let ns = env.ns.clone();
    let data = crate::harness::project_root().join("tests/data/sops");
    let work = env.servers.create_repo("sops", |dir| {
        let app = dir.join("app");
        std::fs::create_dir_all(&app).unwrap();
        std::fs::copy(data.join("secret.enc.yaml"), app.join("secret.yaml")).unwrap();
        std::fs::copy(data.join("app.enc.env"), app.join("app.env")).unwrap();
        std::fs::write(
            app.join("kustomization.yaml"),
            "resources:\n  - secret.yaml\nsecretGenerator:\n  - name: gen\n    envs:\n      - app.env\n",
        )
        .unwrap();
    });
    let sha = git(&work, &["rev-parse", "HEAD"]).trim().to_string();
    let key = std::fs::read_to_string(data.join("keys/first.agekey")).unwrap();
    kubectl(
        &[
            "create",
            "secret",
            "generic",
            "sops-age",
            "-n",
            &ns,
            &format!("--from-literal=age.agekey={key}"),
        ],
        None,
    )
    .success();
    env.apply(&gitrepo("repo", &env.servers.http_public_url("sops"), ""));
    env.apply(&ks(
        "app",
        "./app",
        &format!("  targetNamespace: {ns}\n  decryption:\n    provider: sops\n    secretRef:\n      name: sops-age\n"),
    ));
    env.wait_applied("app", &sha);
    let decode = |v: &Value| {
        use base64::Engine;
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(v.as_str().unwrap_or_default())
            .unwrap_or_default();
        String::from_utf8(bytes).unwrap_or_default()
    };
    let secret = env.get("secret", "db-credentials");
    assert_eq!(
        decode(&secret["data"]["password"]),
        "s3cr3t: with colon & <html>"
    );
    assert_eq!(decode(&secret["data"]["token"]), "super-secret-token");
    assert!(secret.get("sops").is_none());
    let names = kubectl(&["get", "secrets", "-n", &ns, "-o", "name"], None).stdout;
    let generated = names
        .lines()
        .find_map(|l| l.strip_prefix("secret/").filter(|n| n.starts_with("gen-")))
        .expect("the generated Secret");
    let gen_secret = env.get("secret", generated);
    assert_eq!(decode(&gen_secret["data"]["DB_PASSWORD"]), "p@ss=word");

    // A key that does not match the recipients: BuildFailed naming the object, nothing applied anew.
    let wrong = std::fs::read_to_string(data.join("keys/wrong.agekey")).unwrap();
    kubectl(&["delete", "secret", "sops-age", "-n", &ns], None).success();
    kubectl(
        &[
            "create",
            "secret",
            "generic",
            "sops-age",
            "-n",
            &ns,
            &format!("--from-literal=age.agekey={wrong}"),
        ],
        None,
    )
    .success();
    env.request("kustomization", "app");
    env.wait("app", "a decryption failure", |(s, r, m)| {
        s == "False" && r == "BuildFailed" && m.contains("no age identity")
    });
    let (_, _, message) = env.ready("app").expect("a Ready condition");
    assert!(!message.contains("AGE-SECRET-KEY"), "{message}");
}

#[test]
fn drift_ignore_rules_keep_the_in_cluster_value() {
    let _lock = shared();
    let env = Env::new("ks-ignore", &[]);
    let ns = env.ns.clone();
    let (_, sha) = env.app_repo("ignore", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  replicas: \"1\"\n  mode: git\n");
    env.apply(&ks(
        "app",
        "./app",
        &format!(
            "  targetNamespace: {ns}\n  ignore:\n    - paths: [\"/data/replicas\"]\n      target:\n        kind: ConfigMap\n"
        ),
    ));
    env.wait_applied("app", &sha);
    kubectl(
        &[
            "patch",
            "configmap",
            "settings",
            "-n",
            &ns,
            "--type=merge",
            "-p",
            r#"{"data":{"replicas":"5","mode":"hand"}}"#,
        ],
        None,
    )
    .success();
    env.request("kustomization", "app");
    eventually(
        Duration::from_secs(30),
        "the unignored field is reverted",
        || env.get("configmap", "settings")["data"]["mode"] == "git",
    );
    // The ignored field keeps the value set in the cluster.
    assert_eq!(env.get("configmap", "settings")["data"]["replicas"], "5");
}

#[test]
fn a_new_revision_cancels_a_running_health_check() {
    let _lock = shared();
    // Flux 2.9 cancels only with this gate (off by default).
    let env = Env::new(
        "ks-cancel",
        &["--feature-gates=CancelHealthCheckOnNewRevision=true"],
    );
    let ns = env.ns.clone();
    let cm = |ready: &str| {
        format!(
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: gate\ndata:\n  ready: \"{ready}\"\n"
        )
    };
    let (work, _) = env.app_repo("cancel", &cm("no"));
    // Health never passes for the first commit, and the timeout is long: only a cancellation lets the fix
    // through quickly.
    env.apply(&ks(
        "app",
        "./app",
        &format!(
            "  targetNamespace: {ns}\n  timeout: 10m\n  healthChecks:\n    - apiVersion: v1\n      kind: ConfigMap\n      name: gate\n  healthCheckExprs:\n    - apiVersion: v1\n      kind: ConfigMap\n      current: data.ready == 'yes'\n"
        ),
    ));
    eventually(Duration::from_secs(60), "the health check runs", || {
        let o = env.get("kustomization", "app");
        o["status"]["conditions"].as_array().is_some_and(|c| {
            c.iter()
                .any(|c| c["type"] == "Healthy" && c["status"] == "Unknown")
        })
    });
    std::fs::write(work.join("app/cm.yaml"), cm("yes")).unwrap();
    let sha = commit(&work, "ready");
    env.servers.push(&work);
    env.request("gitrepository", "repo");
    env.wait_applied("app", &sha);
    let events = env.events("app");
    assert!(
        events.contains(
            "Health checks canceled due to new reconciliation triggered by GitRepository/"
        ),
        "{events}"
    );
}

#[test]
fn a_kubeconfig_secret_targets_another_cluster_connection() {
    let _lock = shared();
    let env = Env::new("ks-remote", &[]);
    let ns = env.ns.clone();
    let (_, sha) = env.app_repo(
        "remote",
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: remote\ndata:\n  via: kubeconfig\n",
    );
    // The "remote" cluster is the test control plane itself, reached through the Secret's kubeconfig.
    let kubeconfig = crate::harness::cluster().kubeconfig.display().to_string();
    kubectl(
        &[
            "create",
            "secret",
            "generic",
            "remote-kubeconfig",
            "-n",
            &ns,
            &format!("--from-file=value={kubeconfig}"),
        ],
        None,
    )
    .success();
    env.apply(&ks(
        "app",
        "./app",
        &format!("  targetNamespace: {ns}\n  kubeConfig:\n    secretRef:\n      name: remote-kubeconfig\n"),
    ));
    env.wait_applied("app", &sha);
    assert_eq!(env.get("configmap", "remote")["data"]["via"], "kubeconfig");

    // A Secret without a kubeconfig: a precise failure naming the key.
    kubectl(
        &[
            "create",
            "secret",
            "generic",
            "empty",
            "-n",
            &ns,
            "--from-literal=other=x",
        ],
        None,
    )
    .success();
    env.apply(&ks(
        "app",
        "./app",
        &format!("  targetNamespace: {ns}\n  kubeConfig:\n    secretRef:\n      name: empty\n"),
    ));
    env.wait("app", "a missing kubeconfig", |(s, r, m)| {
        s == "False"
            && r == "ReconciliationFailed"
            && m.contains("has no kubeconfig under key 'value'")
    });
}
