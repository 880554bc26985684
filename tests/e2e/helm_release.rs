//! HelmRelease in `flux serve`, end to end on the real API server: the podinfo chart (packaged by the real
//! `helm` v4.2.4) is installed, upgraded on a values change and uninstalled on deletion, and the real `helm`
//! reads every step from the release storage we write (`helm list`, `helm history`, `helm get values`). A
//! failed upgrade leaves the previous release serving and says why in helm-controller's words.
//!
//! The chart reaches the HelmRelease through an ExternalArtifact (its gate on), whose status a test writes
//! as any artifact producer would, with the archive in `flux serve`'s own artifact store.

use std::path::PathBuf;
use std::process::Command;
use std::time::Duration;

use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use crate::harness::{corpus, eventually, kubectl, project_root, shared};
use crate::kustomize::Env;

/// The real helm v4: `FLUX_HELM_V4` (set by tests/run.sh), else the cached build the script prints.
fn helm() -> PathBuf {
    if let Some(p) = std::env::var_os("FLUX_HELM_V4") {
        return PathBuf::from(p);
    }
    let out = Command::new("bash")
        .arg(project_root().join("tests/differential/build-oracles.sh"))
        .output()
        .expect("tests/differential/build-oracles.sh runs");
    assert!(
        out.status.success(),
        "no helm v4: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    PathBuf::from(String::from_utf8_lossy(&out.stdout).trim().to_string())
}

fn helm_run(args: &[&str]) -> String {
    let out = Command::new(helm())
        .arg(format!(
            "--kubeconfig={}",
            crate::harness::cluster().kubeconfig.display()
        ))
        .args(args)
        .output()
        .expect("helm runs");
    assert!(
        out.status.success(),
        "helm {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Packages podinfo with the real helm into the store of `env`'s `flux serve` and publishes it as the
/// ExternalArtifact `name`.
fn publish_podinfo(env: &Env, name: &str) {
    publish_chart(env, name, &corpus().join("charts/podinfo"));
}

/// Packages the chart at `chart` with the real helm into the store and publishes it as ExternalArtifact
/// `name` (revision: the chart's version).
fn publish_chart(env: &Env, name: &str, chart: &std::path::Path) {
    let rel = format!("externalartifact/{}/{name}", env.ns);
    let dir = env.logs.path().join("storage").join(&rel);
    std::fs::create_dir_all(&dir).expect("artifact dir");
    helm_run(&[
        "package",
        &chart.display().to_string(),
        "-d",
        &dir.display().to_string(),
    ]);
    let file = std::fs::read_dir(&dir)
        .expect("read artifact dir")
        .filter_map(Result::ok)
        .find(|e| e.file_name().to_string_lossy().ends_with(".tgz"))
        .expect("helm package wrote a .tgz");
    let bytes = std::fs::read(file.path()).expect("read chart");
    let file_name = file.file_name().to_string_lossy().into_owned();
    env.apply(&format!(
        "apiVersion: source.toolkit.fluxcd.io/v1\nkind: ExternalArtifact\nmetadata:\n  name: {name}\nspec: {{}}\n"
    ));
    let status = json!({"status": {"artifact": {
        "path": format!("{rel}/{file_name}"),
        "url": format!("http://{}/{rel}/{file_name}", env.serve.storage),
        "revision": "6.14.1",
        "digest": format!("sha256:{}", hex::encode(Sha256::digest(&bytes))),
        "lastUpdateTime": "2026-12-07T00:00:00Z",
        "size": bytes.len(),
    }}});
    kubectl(
        &[
            "patch",
            "externalartifact",
            name,
            "-n",
            &env.ns,
            "--subresource=status",
            "--type=merge",
            "-p",
            &status.to_string(),
        ],
        None,
    )
    .success();
}

/// A HelmRelease of the ExternalArtifact `name`, with podinfo scheduled on kwok's fake node.
fn helmrelease(name: &str, replicas: u32, extra_values: &str) -> String {
    format!(
        "apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: {name}\nspec:\n  interval: 10m\n  \
         chartRef:\n    kind: ExternalArtifact\n    name: {name}\n  values:\n    replicaCount: {replicas}\n    \
         tolerations:\n    - key: kwok.x-k8s.io/node\n      operator: Exists\n      effect: NoSchedule\n{extra_values}"
    )
}

fn ready(env: &Env, name: &str) -> Option<(String, String, String)> {
    env.ready_of("helmrelease", name)
}

fn wait_ready(
    env: &Env,
    name: &str,
    what: &str,
    cond: impl Fn(&(String, String, String)) -> bool,
) -> Value {
    env.wait_for("helmrelease", name, what, Duration::from_secs(120), cond)
}

fn history(env: &Env, name: &str) -> Vec<Value> {
    let out = helm_run(&["history", name, "-n", &env.ns, "-o", "json"]);
    serde_json::from_str(&out).unwrap_or_default()
}

fn replicas(env: &Env) -> i64 {
    env.get("deployment", "pi-podinfo")["spec"]["replicas"]
        .as_i64()
        .unwrap_or(-1)
}

#[test]
fn a_chart_is_installed_upgraded_and_uninstalled_and_helm_reads_every_step() {
    let _lock = shared();
    let env = Env::new(
        "hr-life",
        &[
            "--components=helm-controller",
            "--feature-gates=ExternalArtifact=true",
        ],
    );
    publish_podinfo(&env, "pi");
    env.apply(&helmrelease("pi", 1, ""));

    let hr = wait_ready(&env, "pi", "pi installed", |(s, r, _)| {
        s == "True" && r == "InstallSucceeded"
    });
    let (_, _, message) = ready(&env, "pi").unwrap_or_default();
    assert_eq!(
        message,
        format!(
            "Helm install succeeded for release {}/pi.v1 with chart podinfo@6.14.1",
            env.ns
        )
    );
    let list: Vec<Value> =
        serde_json::from_str(&helm_run(&["list", "-n", &env.ns, "-o", "json"])).unwrap_or_default();
    assert_eq!(list.len(), 1, "helm list: {list:?}");
    assert_eq!(list[0]["name"], "pi");
    assert_eq!(list[0]["status"], "deployed");
    assert_eq!(list[0]["chart"], "podinfo-6.14.1");
    let values: Value = serde_json::from_str(&helm_run(&[
        "get", "values", "pi", "-n", &env.ns, "-o", "json",
    ]))
    .unwrap_or_default();
    assert_eq!(values["replicaCount"], 1);
    assert!(helm_run(&["get", "manifest", "pi", "-n", &env.ns]).contains("kind: Deployment"));
    assert_eq!(hr["status"]["history"][0]["version"], 1);
    assert_eq!(hr["status"]["history"][0]["status"], "deployed");
    let inventory = hr["status"]["inventory"]["entries"].to_string();
    assert!(
        inventory.contains(&format!("{}_pi-podinfo_apps_Deployment", env.ns)),
        "{inventory}"
    );
    let deployment = env.get("deployment", "pi-podinfo");
    assert_eq!(
        deployment["metadata"]["labels"]["helm.toolkit.fluxcd.io/name"],
        "pi"
    );
    assert_eq!(
        deployment["metadata"]["annotations"]["meta.helm.sh/release-name"],
        "pi"
    );

    // A reconcile with nothing changed releases nothing.
    env.request("helmrelease", "pi");
    std::thread::sleep(Duration::from_secs(3));
    assert_eq!(
        history(&env, "pi").len(),
        1,
        "a no-op reconcile made a revision"
    );

    // A values change is an upgrade.
    env.apply(&helmrelease("pi", 2, ""));
    wait_ready(&env, "pi", "pi upgraded", |(s, r, _)| {
        s == "True" && r == "UpgradeSucceeded"
    });
    let revisions = history(&env, "pi");
    let states: Vec<&str> = revisions
        .iter()
        .filter_map(|r| r["status"].as_str())
        .collect();
    assert_eq!(states, ["superseded", "deployed"]);
    assert_eq!(replicas(&env), 2);

    // An upgrade the API server rejects fails in helm-controller's words; revision 2 keeps serving.
    env.apply(&helmrelease(
        "pi",
        3,
        "    service:\n      externalPort: not-a-port\n",
    ));
    let failed = wait_ready(&env, "pi", "pi upgrade fails", |(s, r, _)| {
        s == "False" && r == "UpgradeFailed"
    });
    let (_, _, message) = ready(&env, "pi").unwrap_or_default();
    assert!(
        message.starts_with(&format!(
            "Helm upgrade failed for release {}/pi with chart podinfo@6.14.1: ",
            env.ns
        )),
        "{message}"
    );
    assert_eq!(failed["status"]["upgradeFailures"], 1);
    let states: Vec<String> = history(&env, "pi")
        .iter()
        .filter_map(|r| r["status"].as_str().map(str::to_string))
        .collect();
    assert_eq!(states, ["superseded", "deployed", "failed"]);
    assert_eq!(
        replicas(&env),
        2,
        "the failed upgrade changed the Deployment"
    );
    let events = kubectl(
        &[
            "get",
            "events",
            "-n",
            &env.ns,
            "--field-selector",
            "involvedObject.kind=HelmRelease,involvedObject.name=pi",
            "-o",
            "jsonpath={range .items[*]}{.reason}{\"\\n\"}{end}",
        ],
        None,
    )
    .stdout;
    assert!(
        events.contains("InstallSucceeded") && events.contains("UpgradeFailed"),
        "{events}"
    );

    // Deletion uninstalls: the objects and the release records go.
    kubectl(
        &[
            "delete",
            "helmrelease",
            "pi",
            "-n",
            &env.ns,
            "--wait=true",
            "--timeout=90s",
        ],
        None,
    )
    .success();
    assert!(!env.exists("deployment", "pi-podinfo"));
    assert!(!env.exists("service", "pi-podinfo"));
    let records = kubectl(
        &[
            "get",
            "secrets",
            "-n",
            &env.ns,
            "-l",
            "owner=helm,name=pi",
            "-o",
            "name",
        ],
        None,
    );
    assert_eq!(records.stdout.trim(), "", "release records left behind");
}

#[test]
fn a_dependant_waits_for_its_dependency_and_is_released_as_soon_as_it_is_ready() {
    let _lock = shared();
    let env = Env::new(
        "hr-deps",
        &[
            "--components=helm-controller",
            "--feature-gates=ExternalArtifact=true",
        ],
    );
    // `b` is released from the same chart as `a`, but only once `a` is Ready.
    publish_podinfo(&env, "b");
    let b = helmrelease("b", 1, "").replace(
        "metadata:\n  name: b\nspec:\n",
        "metadata:\n  name: b\nspec:\n  dependsOn:\n  - name: a\n",
    );
    env.apply(&b);
    env.apply(&helmrelease("a", 1, ""));
    let (_, reason, message) = {
        wait_ready(&env, "b", "b waits for a", |(s, r, _)| {
            s == "False" && r == "DependencyNotReady"
        });
        ready(&env, "b").unwrap_or_default()
    };
    assert_eq!(reason, "DependencyNotReady");
    // helm-controller's condition carries the cause alone; the retry is only in its log.
    assert_eq!(message, format!("dependency '{}/a' is not ready", env.ns));
    assert!(
        history_or_empty(&env, "b").is_empty(),
        "b was released before a"
    );

    // The chart of `a` appears: `a` installs, and `b` follows without waiting for its 30 s retry.
    publish_podinfo(&env, "a");
    wait_ready(&env, "a", "a installed", |(s, r, _)| {
        s == "True" && r == "InstallSucceeded"
    });
    let a_ready = std::time::Instant::now();
    wait_ready(&env, "b", "b installed", |(s, r, _)| {
        s == "True" && r == "InstallSucceeded"
    });
    assert!(
        a_ready.elapsed() < Duration::from_secs(20),
        "b was released {:?} after a was Ready: the dependency did not wake it",
        a_ready.elapsed()
    );
}

/// The CRD of a namespaced, schemaless `Widget` kind in API group `group` (a chart's `crds/` file).
fn widget_crd(group: &str) -> String {
    format!(
        "apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: widgets.{group}\n\
         spec:\n  group: {group}\n  names: {{kind: Widget, plural: widgets, singular: widget, listKind: WidgetList}}\n\
         \x20 scope: Namespaced\n  versions:\n  - name: v1\n    served: true\n    storage: true\n    schema:\n\
         \x20     openAPIV3Schema: {{type: object, x-kubernetes-preserve-unknown-fields: true}}\n"
    )
}

/// A chart of one custom resource (a Widget of `group`, whose CRD the chart brings) and a ConfigMap.
fn widget_chart(dir: &std::path::Path, group: &str) -> std::path::PathBuf {
    let chart = dir.join("widget-chart");
    std::fs::create_dir_all(chart.join("templates")).expect("chart dir");
    std::fs::create_dir_all(chart.join("crds")).expect("crds dir");
    std::fs::write(
        chart.join("Chart.yaml"),
        "apiVersion: v2\nname: widget\nversion: 0.1.0\n",
    )
    .expect("Chart.yaml");
    std::fs::write(chart.join("crds/widgets.yaml"), widget_crd(group)).expect("crd");
    std::fs::write(
        chart.join("templates/widget.yaml"),
        format!(
            "apiVersion: {group}/v1\nkind: Widget\nmetadata:\n  name: {{{{ .Release.Name }}}}\n---\n\
             apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{{{ .Release.Name }}}}\ndata: {{a: b}}\n"
        ),
    )
    .expect("template");
    chart
}

/// `healthCheckExprs` hold a release until its custom resource reports Ready by the expression (kstatus alone
/// would call a status-less object Current at once); a dependency's `readyExpr` replaces the built-in Ready check;
/// a `readyExpr` that does not compile stalls the dependant with helm-controller's terminal message.
#[test]
fn cel_expressions_decide_health_and_dependency_readiness() {
    let _lock = shared();
    let env = Env::new(
        "hr-cel",
        &[
            "--components=helm-controller",
            "--feature-gates=ExternalArtifact=true",
        ],
    );
    let group = format!("{}.cel.example.com", env.ns);
    let chart = widget_chart(env.logs.path(), &group);
    for name in ["w", "early", "bad"] {
        publish_chart(&env, name, &chart);
    }
    let release = |name: &str, extra: &str| {
        format!(
            "apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: {name}\nspec:\n  interval: 10m\n  \
             timeout: 3m\n  chartRef:\n    kind: ExternalArtifact\n    name: {name}\n{extra}"
        )
    };
    env.apply(&release(
        "w",
        &format!(
            "  healthCheckExprs:\n  - apiVersion: {group}/v1\n    kind: Widget\n    current: status.phase == 'Ready'\n    \
             failed: status.phase == 'Failed'\n"
        ),
    ));
    env.apply(&release(
        "early",
        "  dependsOn:\n  - name: w\n    readyExpr: self.metadata.name == 'early' && dep.metadata.name == 'w'\n",
    ));
    env.apply(&release(
        "bad",
        "  dependsOn:\n  - name: w\n    readyExpr: 'dep.status.('\n",
    ));

    // `early` does not wait for `w`: its expression holds whatever w's state.
    wait_ready(
        &env,
        "early",
        "early released by its readyExpr",
        |(s, r, _)| s == "True" && r == "InstallSucceeded",
    );
    let bad = wait_ready(&env, "bad", "bad stalled", |(s, r, _)| {
        s == "False" && r == "InvalidCELExpression"
    });
    let (_, _, message) = condition(&bad, "Ready").unwrap_or_default();
    assert!(
        message.starts_with(
            "Reconciliation failed terminally due to configuration error: failed to evaluate dependency w: "
        ),
        "{message}"
    );
    assert_eq!(
        condition(&bad, "Stalled").map(|c| c.1).as_deref(),
        Some("InvalidCELExpression"),
        "{bad}"
    );
    assert!(history_or_empty(&env, "bad").is_empty(), "bad was released");

    // `w` is installed but waits on its Widget, which has no status yet.
    let widget = format!("widgets.{group}");
    eventually(Duration::from_secs(60), "the Widget exists", || {
        env.exists(&widget, "w")
    });
    std::thread::sleep(Duration::from_secs(3));
    assert_ne!(
        ready(&env, "w").map(|r| r.0).as_deref(),
        Some("True"),
        "w was Ready before its Widget reported Ready"
    );
    kubectl(
        &[
            "patch",
            &widget,
            "w",
            "-n",
            &env.ns,
            "--type=merge",
            "-p",
            r#"{"status":{"phase":"Ready"}}"#,
        ],
        None,
    )
    .success();
    wait_ready(&env, "w", "w healthy by its expression", |(s, r, _)| {
        s == "True" && r == "InstallSucceeded"
    });
    kubectl(&["delete", "crd", &widget, "--wait=false"], None);
}

/// `upgrade.cleanupOnFail`: an upgrade whose wait fails deletes the objects it created (the release's own
/// objects from before stay), as `helm upgrade --cleanup-on-fail` does; the failed revision is recorded.
#[test]
fn a_failed_upgrade_with_cleanup_on_fail_deletes_what_it_created() {
    let _lock = shared();
    let env = Env::new(
        "hr-cleanup",
        &[
            "--components=helm-controller",
            "--feature-gates=ExternalArtifact=true",
        ],
    );
    let chart = env.logs.path().join("cleanup-chart");
    std::fs::create_dir_all(chart.join("templates")).expect("chart dir");
    std::fs::write(
        chart.join("Chart.yaml"),
        "apiVersion: v2\nname: cleanup\nversion: 0.1.0\n",
    )
    .expect("Chart.yaml");
    std::fs::write(
        chart.join("templates/objects.yaml"),
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: base\ndata: {a: b}\n\
         {{- if .Values.extra }}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: extra\ndata: {a: b}\n\
         ---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: stuck\nspec:\n  selector:\n    matchLabels: {app: stuck}\n\
         \x20 template:\n    metadata:\n      labels: {app: stuck}\n    spec:\n      nodeSelector: {no-such-node: \"true\"}\n\
         \x20     containers:\n      - name: c\n        image: example.com/stuck:1\n{{- end }}\n",
    )
    .expect("template");
    publish_chart(&env, "cleanup", &chart);
    let release = |extra: bool| {
        format!(
            "apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: cleanup\nspec:\n  interval: 10m\n  \
             chartRef:\n    kind: ExternalArtifact\n    name: cleanup\n  upgrade:\n    cleanupOnFail: true\n    timeout: 8s\n  \
             values:\n    extra: {extra}\n"
        )
    };
    env.apply(&release(false));
    wait_ready(&env, "cleanup", "installed", |(s, r, _)| {
        s == "True" && r == "InstallSucceeded"
    });

    env.apply(&release(true));
    wait_ready(
        &env,
        "cleanup",
        "the upgrade fails its wait",
        |(s, r, _)| s == "False" && r == "UpgradeFailed",
    );
    eventually(
        Duration::from_secs(30),
        "the objects the upgrade created are deleted",
        || !env.exists("configmap", "extra") && !env.exists("deployment", "stuck"),
    );
    assert!(
        env.exists("configmap", "base"),
        "the release's own object went too"
    );
    let revisions = history(&env, "cleanup");
    assert_eq!(
        revisions.last().map(|r| r["status"].clone()),
        Some(json!("failed")),
        "{revisions:?}"
    );
}

/// `helm history` of a release that may not exist yet.
fn history_or_empty(env: &Env, name: &str) -> Vec<Value> {
    let out = Command::new(helm())
        .arg(format!(
            "--kubeconfig={}",
            crate::harness::cluster().kubeconfig.display()
        ))
        .args(["history", name, "-n", &env.ns, "-o", "json"])
        .output()
        .expect("helm runs");
    serde_json::from_str(&String::from_utf8_lossy(&out.stdout)).unwrap_or_default()
}

fn condition(obj: &Value, type_: &str) -> Option<(String, String, String)> {
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

#[test]
fn a_failed_upgrade_is_rolled_back_retried_and_stalls_when_retries_are_used_up() {
    let _lock = shared();
    let env = Env::new(
        "hr-remed",
        &[
            "--components=helm-controller",
            "--feature-gates=ExternalArtifact=true",
        ],
    );
    publish_podinfo(&env, "pi");
    let remediation = "  upgrade:\n    remediation:\n      retries: 1\n";
    let with_remediation = |replicas: u32, extra: &str| {
        helmrelease("pi", replicas, extra).replace(
            "spec:\n  interval: 10m\n",
            &format!("spec:\n  interval: 10m\n{remediation}"),
        )
    };
    env.apply(&with_remediation(1, ""));
    wait_ready(&env, "pi", "pi installed", |(s, r, _)| {
        s == "True" && r == "InstallSucceeded"
    });

    // Every upgrade attempt fails: rolled back, retried once, rolled back again (the last failure is
    // remediated when retries are set), then stalled.
    env.apply(&with_remediation(
        2,
        "    service:\n      externalPort: not-a-port\n",
    ));
    let mut last = Value::Null;
    let stalled = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        eventually(Duration::from_secs(120), "pi stalls", || {
            last = env.get("helmrelease", "pi");
            condition(&last, "Stalled")
                .is_some_and(|(s, r, _)| s == "True" && r == "RetriesExceeded")
        })
    }));
    if stalled.is_err() {
        let log = std::fs::read_to_string(&env.serve.log).unwrap_or_default();
        panic!("not stalled: {last}\nserve log:\n{log}");
    }
    let (_, _, message) = condition(&last, "Stalled").unwrap_or_default();
    assert_eq!(message, "Failed to upgrade after 2 attempt(s)");
    let (status, reason, message) = condition(&last, "Remediated").unwrap_or_default();
    assert_eq!(
        (status.as_str(), reason.as_str()),
        ("True", "RollbackSucceeded")
    );
    assert!(
        message.starts_with("Helm rollback to previous release"),
        "{message}"
    );
    let (ready, _, _) = condition(&last, "Ready").unwrap_or_default();
    assert_eq!(ready, "False");
    assert_eq!(last["status"]["upgradeFailures"], 2);

    let revisions = history(&env, "pi");
    let states: Vec<&str> = revisions
        .iter()
        .filter_map(|r| r["status"].as_str())
        .collect();
    // As Helm's rollback does, every earlier revision (failed ones too) is superseded.
    assert_eq!(
        states,
        [
            "superseded",
            "superseded",
            "superseded",
            "superseded",
            "deployed"
        ],
        "{revisions:?}"
    );
    let last_description = revisions
        .last()
        .and_then(|r| r["description"].as_str())
        .unwrap_or_default();
    assert!(
        last_description.starts_with("Rollback to "),
        "{last_description}"
    );
    assert_eq!(
        replicas(&env),
        1,
        "the rollback restores revision 1's Deployment"
    );

    // Nothing more happens until the spec changes: a reconcile request releases nothing.
    env.request("helmrelease", "pi");
    std::thread::sleep(Duration::from_secs(3));
    assert_eq!(history(&env, "pi").len(), 5);

    // A fixed spec resets the counters and upgrades.
    env.apply(&with_remediation(2, ""));
    wait_ready(&env, "pi", "pi upgraded after the fix", |(s, r, _)| {
        s == "True" && r == "UpgradeSucceeded"
    });
    let fixed = env.get("helmrelease", "pi");
    assert!(condition(&fixed, "Stalled").is_none(), "{fixed}");
    assert!(condition(&fixed, "Remediated").is_none(), "{fixed}");
    assert_eq!(replicas(&env), 2);
}

/// The uid of every object of the release, by `Kind/name`.
fn release_uids(env: &Env) -> std::collections::BTreeMap<String, String> {
    ["deployment", "service"]
        .iter()
        .map(|kind| {
            let obj = env.get(kind, "pi-podinfo");
            (
                format!("{kind}/pi-podinfo"),
                obj["metadata"]["uid"]
                    .as_str()
                    .unwrap_or_default()
                    .to_string(),
            )
        })
        .collect()
}

/// Waits until the HelmRelease is Ready at its generation with release revision `version` in its history.
fn wait_released(env: &Env, version: i64, who: &str, logs: &dyn Fn() -> String) -> Value {
    let mut last = Value::Null;
    let ok = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        eventually(
            Duration::from_secs(120),
            &format!("{who} releases v{version}"),
            || {
                last = env.get("helmrelease", "pi");
                let ready = condition(&last, "Ready").is_some_and(|(s, _, _)| s == "True");
                ready
                    && last["status"]["observedGeneration"] == last["metadata"]["generation"]
                    && last["status"]["history"][0]["version"] == version
            },
        )
    }));
    if ok.is_err() {
        panic!("{who}: not released at v{version}: {last}\n{}", logs());
    }
    last
}

/// helm-controller v1.6.4 (Flux 2.9.5's own) and `flux serve` hand a release to each other: neither makes a
/// new revision when nothing changed (each recognises the other's history digests), objects keep their uids,
/// and each upgrades the other's release on a values change.
#[test]
fn releases_hand_over_between_helm_controller_and_flux_serve() {
    let Some(dir) = crate::harness::flux_controllers_dir() else {
        eprintln!(
            "skipped: FLUX_CONTROLLERS is unset (tests/e2e/flux/build.sh prints it; tests/run.sh sets it)"
        );
        return;
    };
    let _lock = crate::harness::exclusive();
    let _crds = crate::harness::FluxCrds::install(&dir);
    // This process only serves the chart archive (the ExternalArtifact's URL) to both sides.
    let env = Env::new("hr-swap", &["--components=source-controller"]);
    publish_podinfo(&env, "pi");
    let logs = env.logs.path().to_path_buf();
    let helm_controller = |tag: &str| {
        let dir_logs = logs.join(tag);
        std::fs::create_dir_all(&dir_logs).expect("log dir");
        crate::harness::FluxControllers::start_with(
            &dir,
            &["helm-controller"],
            &env.ns,
            &dir_logs,
            &["--feature-gates=ExternalArtifact=true"],
        )
    };
    let ours = |tag: &str| {
        let dir_logs = logs.join(tag);
        std::fs::create_dir_all(&dir_logs).expect("log dir");
        crate::harness::Serve::start_with(
            &env.ns,
            &dir_logs,
            &[
                "--components=helm-controller",
                "--feature-gates=ExternalArtifact=true",
                "--enable-leader-election=false",
                "--watch-all-namespaces=false",
                "--log-encoding=console",
            ],
        )
    };

    // helm-controller installs.
    let mut flux = helm_controller("hc-1");
    env.apply(&helmrelease("pi", 1, ""));
    wait_released(&env, 1, "helm-controller", &|| flux.logs());
    let uids = release_uids(&env);
    flux.stop();

    // flux serve takes over: in sync, no new revision; then a values change is its upgrade.
    let mut serve = ours("ours-1");
    env.request("helmrelease", "pi");
    let log = serve.log.clone();
    let serve_logs = move || std::fs::read_to_string(&log).unwrap_or_default();
    eventually(
        Duration::from_secs(60),
        "flux serve handles the request",
        || env.get("helmrelease", "pi")["status"]["lastHandledReconcileAt"].is_string(),
    );
    assert_eq!(
        history(&env, "pi").len(),
        1,
        "flux serve re-released helm-controller's release"
    );
    env.apply(&helmrelease("pi", 2, ""));
    wait_released(&env, 2, "flux serve", &serve_logs);
    assert_eq!(replicas(&env), 2);
    assert_eq!(release_uids(&env), uids, "objects were re-created");
    serve.terminate();

    // helm-controller takes it back: in sync at v2, then upgrades on the next change.
    let mut flux = helm_controller("hc-2");
    env.request("helmrelease", "pi");
    std::thread::sleep(Duration::from_secs(5));
    assert_eq!(
        history(&env, "pi").len(),
        2,
        "helm-controller re-released our release:\n{}",
        flux.logs()
    );
    env.apply(&helmrelease("pi", 3, ""));
    wait_released(&env, 3, "helm-controller", &|| flux.logs());
    assert_eq!(replicas(&env), 3);
    assert_eq!(release_uids(&env), uids, "objects were re-created");
    let managers = env.get("deployment", "pi-podinfo")["metadata"]["managedFields"].to_string();
    assert!(!managers.contains("\"manager\":\"flux\""), "{managers}");
    flux.stop();
    kubectl(
        &["delete", "helmrelease", "pi", "-n", &env.ns, "--wait=false"],
        None,
    );
    kubectl(
        &[
            "patch",
            "helmrelease",
            "pi",
            "-n",
            &env.ns,
            "--type=merge",
            "-p",
            r#"{"metadata":{"finalizers":null}}"#,
        ],
        None,
    );
}

/// Post-renderers (kustomize patches and images) and commonMetadata reach every object, hooks included
/// (`combined`, Flux 2.9's default); a post-install hook Job runs to completion before the release is
/// deployed.
#[test]
fn post_renderers_and_hooks_shape_what_is_released() {
    let _lock = shared();
    let env = Env::new(
        "hr-post",
        &[
            "--components=helm-controller",
            "--feature-gates=ExternalArtifact=true",
        ],
    );
    publish_podinfo(&env, "pi");
    let extra = "    hooks:\n      postInstall:\n        job:\n          enabled: true\n          \
                 hookDeletePolicy: before-hook-creation\n";
    let spec_extra = "  commonMetadata:\n    labels:\n      team: blue\n  postRenderers:\n  - kustomize:\n      \
                      images:\n      - name: ghcr.io/stefanprodan/podinfo\n        newTag: 6.0.0\n      patches:\n      \
                      - target:\n          kind: Job\n        patch: |\n          - op: add\n            \
                      path: /spec/template/spec/tolerations\n            value:\n            - key: kwok.x-k8s.io/node\n              \
                      operator: Exists\n              effect: NoSchedule\n";
    let hr = helmrelease("pi", 1, extra).replace(
        "spec:\n  interval: 10m\n",
        &format!("spec:\n  interval: 10m\n{spec_extra}"),
    );
    env.apply(&hr);
    wait_ready(&env, "pi", "pi installed", |(s, r, _)| {
        s == "True" && r == "InstallSucceeded"
    });

    let deployment = env.get("deployment", "pi-podinfo");
    let image = deployment["spec"]["template"]["spec"]["containers"][0]["image"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert_eq!(
        image, "ghcr.io/stefanprodan/podinfo:6.0.0",
        "the images post-renderer"
    );
    assert_eq!(
        deployment["metadata"]["labels"]["team"], "blue",
        "commonMetadata"
    );
    assert_eq!(
        deployment["metadata"]["labels"]["helm.toolkit.fluxcd.io/name"],
        "pi"
    );

    // The hook Job was post-rendered too (it could only be scheduled with the patched toleration) and
    // completed before the release was recorded as deployed.
    let job = env.get("job", "pi-podinfo-post-install");
    assert_eq!(
        job["spec"]["template"]["spec"]["tolerations"][0]["key"],
        "kwok.x-k8s.io/node"
    );
    assert_eq!(job["metadata"]["labels"]["team"], "blue");
    assert_eq!(job["status"]["succeeded"], 1, "{job}");
    let hooks = helm_run(&["get", "hooks", "pi", "-n", &env.ns]);
    assert!(hooks.contains("helm.sh/hook: post-install"), "{hooks}");
    assert!(hooks.contains("kwok.x-k8s.io/node"), "{hooks}");
}

/// A chart's view of the cluster is the live API server's (kinds included, none of `helm template`'s
/// built-in list), and its `crds/` are created before its objects and listed in the inventory.
#[test]
fn a_chart_sees_the_live_cluster_and_its_crds_are_created_first() {
    let _lock = shared();
    let env = Env::new(
        "hr-caps",
        &[
            "--components=helm-controller",
            "--feature-gates=ExternalArtifact=true",
        ],
    );
    let chart = env.logs.path().join("caps-chart");
    std::fs::create_dir_all(chart.join("templates")).expect("chart dir");
    std::fs::create_dir_all(chart.join("crds")).expect("crds dir");
    std::fs::write(
        chart.join("Chart.yaml"),
        "apiVersion: v2\nname: caps\nversion: 0.1.0\n",
    )
    .expect("Chart.yaml");
    let group = format!("{}.caps.example.com", env.ns);
    std::fs::write(chart.join("crds/widgets.yaml"), widget_crd(&group)).expect("crd");
    std::fs::write(
        chart.join("templates/caps.yaml"),
        format!(
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: caps\ndata:\n\
             \x20 deployment: {{{{ .Capabilities.APIVersions.Has \"apps/v1/Deployment\" | quote }}}}\n\
             \x20 legacy: {{{{ .Capabilities.APIVersions.Has \"apps/v1beta1\" | quote }}}}\n\
             \x20 kube: {{{{ .Capabilities.KubeVersion.Version | quote }}}}\n\
             ---\napiVersion: {group}/v1\nkind: Widget\nmetadata:\n  name: w\n"
        ),
    )
    .expect("template");
    publish_chart(&env, "caps", &chart);
    env.apply(
        "apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: caps\nspec:\n  interval: 10m\n  \
         chartRef:\n    kind: ExternalArtifact\n    name: caps\n",
    );
    let hr = wait_ready(&env, "caps", "caps installed", |(s, r, _)| {
        s == "True" && r == "InstallSucceeded"
    });
    let cm = env.get("configmap", "caps");
    assert_eq!(cm["data"]["deployment"], "true", "{cm}");
    assert_eq!(
        cm["data"]["legacy"], "false",
        "a built-in API version leaked into a live install: {cm}"
    );
    let server = kubectl(&["version", "-o", "json"], None).stdout;
    let server: Value = serde_json::from_str(&server).unwrap_or_default();
    assert_eq!(
        cm["data"]["kube"], server["serverVersion"]["gitVersion"],
        "{cm}"
    );
    // By its full resource name: other runs' Widget kinds may still be served under other groups.
    assert!(
        env.exists(&format!("widgets.{group}"), "w"),
        "the custom resource of the chart's own CRD"
    );
    let inventory = hr["status"]["inventory"]["entries"].to_string();
    assert!(
        inventory.contains(&format!(
            "_widgets.{group}_apiextensions.k8s.io_CustomResourceDefinition"
        )),
        "{inventory}"
    );
    kubectl(
        &["delete", "crd", &format!("widgets.{group}"), "--wait=false"],
        None,
    );
}

/// With `driftDetection.mode: enabled`, a hand edit of a released object is reported (`Drifted=True`, a
/// warning event) and corrected in place on the next reconcile, without a new Helm revision.
#[test]
fn drift_is_detected_and_corrected_without_a_new_revision() {
    let _lock = shared();
    let env = Env::new(
        "hr-drift",
        &[
            "--components=helm-controller",
            "--feature-gates=ExternalArtifact=true",
        ],
    );
    publish_podinfo(&env, "pi");
    let hr = helmrelease("pi", 1, "").replace(
        "spec:\n  interval: 10m\n",
        "spec:\n  interval: 10m\n  driftDetection:\n    mode: enabled\n",
    );
    env.apply(&hr);
    wait_ready(&env, "pi", "pi installed", |(s, r, _)| {
        s == "True" && r == "InstallSucceeded"
    });
    env.request("helmrelease", "pi");
    eventually(Duration::from_secs(60), "no drift recorded", || {
        condition(&env.get("helmrelease", "pi"), "Drifted")
            .is_some_and(|(s, r, _)| s == "False" && r == "NoDriftDetected")
    });

    kubectl(
        &[
            "scale",
            "deployment",
            "pi-podinfo",
            "-n",
            &env.ns,
            "--replicas=4",
        ],
        None,
    )
    .success();
    env.request("helmrelease", "pi");
    eventually(Duration::from_secs(60), "drift corrected", || {
        replicas(&env) == 1
    });
    let obj = env.get("helmrelease", "pi");
    let (status, reason, message) = condition(&obj, "Drifted").unwrap_or_default();
    assert_eq!(
        (status.as_str(), reason.as_str()),
        ("True", "DriftDetected"),
        "{obj}"
    );
    assert!(
        message.contains(&format!("Deployment/{}/pi-podinfo", env.ns)),
        "{message}"
    );
    assert_eq!(
        history(&env, "pi").len(),
        1,
        "drift correction made a Helm revision"
    );
}

/// `flux diff helmrelease` shows what a values change would do before it is applied (exit 1), from the
/// source's chart or a local one, and exits 0 once the release matches.
#[test]
fn diff_shows_a_values_change_before_it_is_applied() {
    let _lock = shared();
    let env = Env::new(
        "hr-diff",
        &[
            "--components=source-controller,helm-controller",
            "--feature-gates=ExternalArtifact=true",
        ],
    );
    publish_podinfo(&env, "pi");
    env.apply(&helmrelease("pi", 1, ""));
    wait_ready(&env, "pi", "pi installed", |(s, r, _)| {
        s == "True" && r == "InstallSucceeded"
    });

    // Nothing differs: exit 0, nothing printed as changed.
    let same = crate::harness::flux(&["diff", "helmrelease", "pi", "-n", &env.ns]);
    assert_eq!(same.code, 0, "{}\n{}", same.stdout, same.stderr);
    assert!(!same.stderr.contains("drifted"), "{}", same.stderr);

    // A local values file would scale the Deployment: reported as drifted, exit 1, and nothing applied.
    let values = env.logs.path().join("more.yaml");
    std::fs::write(&values, "replicaCount: 3\n").expect("values file");
    let changed = crate::harness::flux(&[
        "diff",
        "helmrelease",
        "pi",
        "-n",
        &env.ns,
        "--chart-path",
        &corpus().join("charts/podinfo").display().to_string(),
        "-f",
        &values.display().to_string(),
    ]);
    assert_eq!(changed.code, 1, "{}\n{}", changed.stdout, changed.stderr);
    assert!(
        changed
            .stderr
            .contains(&format!("► Deployment/{}/pi-podinfo drifted", env.ns)),
        "{}",
        changed.stderr
    );
    assert!(changed.stderr.contains("replicas"), "{}", changed.stderr);
    assert_eq!(replicas(&env), 1, "the diff applied something");
    assert_eq!(history(&env, "pi").len(), 1);
}

/// `spec.test`: the chart's test hooks run after the install (Ready as `TestSucceeded`, each run in the
/// history's `testHooks`); a test that cannot pass fails the upgrade it followed, which is then rolled back.
#[test]
fn tests_run_after_a_release_and_a_failing_test_is_remediated() {
    let _lock = shared();
    let env = Env::new(
        "hr-test",
        &[
            "--components=helm-controller",
            "--feature-gates=ExternalArtifact=true",
        ],
    );
    let chart = env.logs.path().join("tested-chart");
    std::fs::create_dir_all(chart.join("templates/tests")).expect("chart dir");
    std::fs::write(
        chart.join("Chart.yaml"),
        "apiVersion: v2\nname: tested\nversion: 0.1.0\n",
    )
    .expect("Chart.yaml");
    std::fs::write(
        chart.join("templates/cm.yaml"),
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: tested\ndata:\n  v: {{ .Values.v | quote }}\n",
    )
    .expect("template");
    // A test Job kwok's node runs to completion, and (once `breakTests` is set) one no node will take.
    let job = |name: &str, tolerate: bool| {
        let toleration = if tolerate {
            "      tolerations:\n      - key: kwok.x-k8s.io/node\n        operator: Exists\n        effect: NoSchedule\n"
        } else {
            ""
        };
        format!(
            "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: {name}\n  annotations:\n    helm.sh/hook: test\n\
             spec:\n  backoffLimit: 0\n  template:\n    spec:\n      restartPolicy: Never\n{toleration}\
             \x20     containers:\n      - name: t\n        image: busybox\n"
        )
    };
    std::fs::write(
        chart.join("templates/tests/ok.yaml"),
        job("tested-ok", true),
    )
    .expect("ok test");
    std::fs::write(
        chart.join("templates/tests/stuck.yaml"),
        format!(
            "{{{{- if .Values.breakTests }}}}\n{}{{{{- end }}}}\n",
            job("tested-stuck", false)
        ),
    )
    .expect("stuck test");
    publish_chart(&env, "tested", &chart);
    let hr = |v: u32, break_tests: bool| {
        format!(
            "apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: tested\nspec:\n  \
             interval: 10m\n  chartRef:\n    kind: ExternalArtifact\n    name: tested\n  test:\n    enable: true\n    \
             timeout: 15s\n  upgrade:\n    remediation:\n      retries: 0\n      remediateLastFailure: true\n  \
             values:\n    v: \"{v}\"\n    breakTests: {break_tests}\n"
        )
    };
    // Installed without tests first; enabling them later tests the release in place (no new revision).
    env.apply(&hr(1, false).replace("    enable: true\n", "    enable: false\n"));
    wait_ready(&env, "tested", "tested installed", |(s, r, _)| {
        s == "True" && r == "InstallSucceeded"
    });
    env.apply(&hr(1, false));
    let obj = wait_ready(
        &env,
        "tested",
        "tested installed and tested",
        |(s, r, _)| s == "True" && r == "TestSucceeded",
    );
    let ns = &env.ns;
    assert_eq!(
        condition(&obj, "TestSuccess"),
        Some((
            "True".to_string(),
            "TestSucceeded".to_string(),
            format!(
                "Helm test succeeded for release {ns}/tested.v1 with chart tested@0.1.0: \
                 1 test hook completed successfully"
            )
        ))
    );
    let hooks = &obj["status"]["history"][0]["testHooks"];
    assert_eq!(hooks["tested-ok"]["phase"], "Succeeded", "{hooks}");
    assert!(hooks["tested-ok"]["lastCompleted"].is_string(), "{hooks}");
    // The run is in Helm's own record of the release.
    let status = helm_run(&["status", "tested", "-n", ns, "-o", "json"]);
    assert!(status.contains("\"Succeeded\""), "{status}");

    env.apply(&hr(2, true));
    let obj = wait_ready(&env, "tested", "failed test remediated", |(s, r, _)| {
        s == "False" && r == "RollbackSucceeded"
    });
    let (status, reason, message) = condition(&obj, "TestSuccess").unwrap_or_default();
    assert_eq!((status.as_str(), reason.as_str()), ("False", "TestFailed"));
    assert!(
        message.starts_with(&format!(
            "Helm test failed for release {ns}/tested.v2 with chart tested@0.1.0: "
        )),
        "{message}"
    );
    assert_eq!(
        env.get("configmap", "tested")["data"]["v"],
        "1",
        "rolled back to the tested revision"
    );
    let versions: Vec<i64> = history(&env, "tested")
        .iter()
        .filter_map(|r| r["revision"].as_i64())
        .collect();
    assert_eq!(versions, vec![1, 2, 3], "install, upgrade, rollback");
}

/// `install.strategy.name: RetryOnFailure`: a failed install is not remediated (no uninstall) but retried
/// after `retryInterval` as an upgrade of the failed release, until a fixed spec releases it.
#[test]
fn retry_on_failure_retries_without_remediation() {
    let _lock = shared();
    let env = Env::new(
        "hr-retry",
        &[
            "--components=helm-controller",
            "--feature-gates=ExternalArtifact=true",
        ],
    );
    publish_podinfo(&env, "pi");
    // Both actions retry, as flux2-kustomize-helm-example sets them: the retry of a failed install is an upgrade.
    let strategy = "  install:\n    strategy:\n      name: RetryOnFailure\n      retryInterval: 2s\n  \
                    upgrade:\n    strategy:\n      name: RetryOnFailure\n      retryInterval: 2s\n";
    let with_strategy = |extra: &str| {
        helmrelease("pi", 1, extra).replace(
            "spec:\n  interval: 10m\n",
            &format!("spec:\n  interval: 10m\n{strategy}"),
        )
    };
    env.apply(&with_strategy(
        "    service:\n      externalPort: not-a-port\n",
    ));
    let mut last = Value::Null;
    let retried = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        eventually(Duration::from_secs(120), "pi retried", || {
            let retried = history_or_empty(&env, "pi").len() >= 2;
            last = env.get("helmrelease", "pi");
            retried
                && condition(&last, "Reconciling")
                    .is_some_and(|(_, r, _)| r == "ProgressingWithRetry")
        })
    }));
    if retried.is_err() {
        let log = std::fs::read_to_string(&env.serve.log).unwrap_or_default();
        panic!("not retried: {last}\nserve log:\n{log}");
    }
    let (status, reason, message) = condition(&last, "Reconciling").unwrap_or_default();
    assert_eq!(
        (status.as_str(), reason.as_str(), message.as_str()),
        ("True", "ProgressingWithRetry", "retrying after 2s"),
        "{last}"
    );
    assert!(condition(&last, "Remediated").is_none(), "{last}");
    // Failed revisions pile up: the install, then upgrades of it; none was uninstalled. The newest may be the
    // next retry, still under way (`pending-upgrade`) when the history is read.
    let mut states: Vec<String> = history_or_empty(&env, "pi")
        .iter()
        .filter_map(|r| r["status"].as_str().map(str::to_string))
        .collect();
    if states.last().is_some_and(|s| s == "pending-upgrade") {
        states.pop();
    }
    assert!(
        states.len() >= 2 && states.iter().all(|s| s == "failed"),
        "{states:?}"
    );

    env.apply(&with_strategy(""));
    wait_ready(&env, "pi", "pi released after the fix", |(s, r, _)| {
        s == "True" && r == "UpgradeSucceeded"
    });
}

/// A release left `pending-install` by a killed `flux serve` (its pre-install hook never finished) is unlocked
/// after the restart (marked failed, helm-controller's description) and upgraded to what the spec asks now.
#[test]
fn an_interrupted_release_is_unlocked_and_upgraded() {
    let _lock = shared();
    let flags = [
        "--components=helm-controller",
        "--feature-gates=ExternalArtifact=true",
    ];
    let mut env = Env::new("hr-unlock", &flags);
    let chart = env.logs.path().join("locked-chart");
    std::fs::create_dir_all(chart.join("templates")).expect("chart dir");
    std::fs::write(
        chart.join("Chart.yaml"),
        "apiVersion: v2\nname: locked\nversion: 0.1.0\n",
    )
    .expect("Chart.yaml");
    std::fs::write(
        chart.join("templates/cm.yaml"),
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: locked\ndata:\n  hook: {{ .Values.hook | quote }}\n",
    )
    .expect("template");
    // A pre-install hook Job no node takes: the install waits on it until the process is killed.
    std::fs::write(
        chart.join("templates/hook.yaml"),
        "{{- if .Values.hook }}\napiVersion: batch/v1\nkind: Job\nmetadata:\n  name: locked-hook\n  annotations:\n    \
         helm.sh/hook: pre-install\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n      \
         - name: h\n        image: busybox\n{{- end }}\n",
    )
    .expect("hook");
    publish_chart(&env, "locked", &chart);
    let hr = |hook: bool| {
        format!(
            "apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: locked\nspec:\n  \
             interval: 10m\n  timeout: 10m\n  chartRef:\n    kind: ExternalArtifact\n    name: locked\n  values:\n    \
             hook: {hook}\n"
        )
    };
    env.apply(&hr(true));
    eventually(Duration::from_secs(60), "locked pending-install", || {
        history_or_empty(&env, "locked")
            .first()
            .is_some_and(|r| r["status"] == "pending-install")
    });
    env.serve.kill();
    env.apply(&hr(false));
    env.restart_serve(&flags);
    // The artifact is served from the new process's address.
    publish_chart(&env, "locked", &chart);
    wait_ready(
        &env,
        "locked",
        "locked unlocked and upgraded",
        |(s, r, _)| s == "True" && r == "UpgradeSucceeded",
    );
    let revisions = history(&env, "locked");
    let summary: Vec<(String, String)> = revisions
        .iter()
        .map(|r| {
            (
                r["status"].as_str().unwrap_or_default().to_string(),
                r["description"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect();
    assert_eq!(
        summary.first(),
        Some(&(
            "failed".to_string(),
            "Release unlocked from stale 'pending-install' state".to_string()
        )),
        "{summary:?}"
    );
    assert_eq!(
        summary.last().map(|(s, _)| s.as_str()),
        Some("deployed"),
        "{summary:?}"
    );
    assert_eq!(env.get("configmap", "locked")["data"]["hook"], "false");
    let events = kubectl(
        &[
            "get",
            "events",
            "-n",
            &env.ns,
            "--field-selector",
            "reason=PendingRelease",
            "-o",
            "json",
        ],
        None,
    )
    .stdout;
    assert!(
        events.contains(&format!(
            "Unlocked Helm release {}/locked.v1 with chart locked@0.1.0 in pending-install state",
            env.ns
        )),
        "{events}"
    );
}

#[test]
fn a_release_goes_where_its_kubeconfig_points_as_its_service_account() {
    let _lock = shared();
    let flags = [
        "--components=helm-controller",
        "--feature-gates=ExternalArtifact=true",
    ];
    let env = Env::new("hr-tenant", &flags);
    let ns = env.ns.clone();
    let chart = env.logs.path().join("tenant-chart");
    std::fs::create_dir_all(chart.join("templates")).expect("chart dir");
    std::fs::write(
        chart.join("Chart.yaml"),
        "apiVersion: v2\nname: tenant\nversion: 0.1.0\n",
    )
    .expect("Chart.yaml");
    std::fs::write(
        chart.join("templates/objects.yaml"),
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}-cm\ndata:\n  by: tenant\n\
         {{- if .Values.clusterRole }}\n---\napiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  \
         name: {{ .Release.Name }}-{{ .Release.Namespace }}\nrules: []\n{{- end }}\n",
    )
    .expect("template");
    publish_chart(&env, "tenant", &chart);
    // The tenant may manage ConfigMaps and Helm's release Secrets in its namespace, nothing cluster-wide.
    env.apply(
        "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: tenant\n---\n\
         apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: tenant\nrules:\n\
         - apiGroups: [\"\"]\n  resources: [configmaps, secrets]\n  verbs: [\"*\"]\n---\n\
         apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata:\n  name: tenant\n\
         roleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: Role\n  name: tenant\n\
         subjects:\n- kind: ServiceAccount\n  name: tenant\n",
    );
    let hr = |name: &str, spec: &str, cluster_role: bool| {
        format!(
            "apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: {name}\nspec:\n  \
             interval: 10m\n  chartRef:\n    kind: ExternalArtifact\n    name: tenant\n  values:\n    \
             clusterRole: {cluster_role}\n{spec}"
        )
    };
    env.apply(&hr("allowed", "  serviceAccountName: tenant\n", false));
    env.apply(&hr("denied", "  serviceAccountName: tenant\n", true));
    // The "remote" cluster is the test control plane itself, reached through the Secret's kubeconfig.
    kubectl(
        &[
            "create",
            "secret",
            "generic",
            "remote",
            "-n",
            &ns,
            &format!(
                "--from-file=value={}",
                crate::harness::kubeconfig().display()
            ),
        ],
        None,
    )
    .success();
    env.apply(&hr(
        "remote",
        "  kubeConfig:\n    secretRef:\n      name: remote\n",
        true,
    ));
    env.apply(&hr(
        "nowhere",
        "  kubeConfig:\n    secretRef:\n      name: missing\n",
        false,
    ));

    wait_ready(
        &env,
        "allowed",
        "allowed installed as the tenant",
        |(s, r, _)| s == "True" && r == "InstallSucceeded",
    );
    assert_eq!(env.get("configmap", "allowed-cm")["data"]["by"], "tenant");
    let denied = wait_ready(&env, "denied", "denied refused", |(s, r, _)| {
        s == "False" && r == "InstallFailed"
    });
    let message = condition(&denied, "Ready").map(|c| c.2).unwrap_or_default();
    assert!(
        message.contains("forbidden")
            && message.contains(&format!("system:serviceaccount:{ns}:tenant")),
        "{message}"
    );
    assert!(
        env.get("clusterrole", &format!("denied-{ns}")).is_null(),
        "the tenant created a ClusterRole"
    );
    wait_ready(&env, "remote", "remote installed", |(s, r, _)| {
        s == "True" && r == "InstallSucceeded"
    });
    assert!(!env.get("clusterrole", &format!("remote-{ns}")).is_null());
    wait_ready(&env, "nowhere", "nowhere refused", |(s, r, m)| {
        s == "False"
            && r == "RESTClientError"
            && m.starts_with(&format!("could not get KubeConfig secret '{ns}/missing': "))
    });
    kubectl(&["delete", "clusterrole", &format!("remote-{ns}")], None);
}

/// Requests from `flux serve`'s helm-controller in namespace `ns` since line `from` of the audit log, as
/// `verb resource` strings.
fn helm_controller_requests(from: usize, ns: &str) -> Vec<String> {
    std::fs::read_to_string(crate::harness::audit_log())
        .unwrap_or_default()
        .lines()
        .skip(from)
        .filter_map(|line| serde_json::from_str::<Value>(line).ok())
        .filter(|ev| {
            ev["stage"] == "ResponseComplete"
                && ev["userAgent"]
                    .as_str()
                    .is_some_and(|a| a.starts_with("helm-controller/"))
                && ev["objectRef"]["namespace"] == ns
        })
        .map(|ev| {
            format!(
                "{} {}",
                ev["verb"].as_str().unwrap_or_default(),
                ev["objectRef"]["resource"].as_str().unwrap_or_default()
            )
        })
        .collect()
}

/// Asks for a reconcile and waits until it was handled.
fn reconcile_now(env: &Env, name: &str) {
    env.request("helmrelease", name);
    let token =
        env.get("helmrelease", name)["metadata"]["annotations"]["reconcile.fluxcd.io/requestedAt"]
            .as_str()
            .unwrap_or_default()
            .to_string();
    eventually(Duration::from_secs(60), "the request to be handled", || {
        env.get("helmrelease", name)["status"]["lastHandledReconcileAt"] == token.as_str()
    });
}

#[test]
fn an_untouched_release_is_not_reread_and_a_hand_made_revision_is_still_noticed() {
    let _lock = shared();
    let env = Env::new(
        "hr-noop",
        &[
            "--components=helm-controller",
            "--feature-gates=ExternalArtifact=true",
        ],
    );
    publish_podinfo(&env, "hand");
    env.apply(&helmrelease("hand", 1, ""));
    wait_ready(&env, "hand", "hand installed", |(s, r, _)| {
        s == "True" && r == "InstallSucceeded"
    });
    // The first reconcile after the install reads the records and finds them in sync; the next one trusts that.
    reconcile_now(&env, "hand");
    let from = crate::harness::audit_lines();
    reconcile_now(&env, "hand");
    std::thread::sleep(Duration::from_secs(2));
    let requests = helm_controller_requests(from, &env.ns);
    assert!(
        !requests.iter().any(|r| r.ends_with(" secrets")),
        "a no-op reconcile read the release records: {requests:?}"
    );
    assert_eq!(history(&env, "hand").len(), 1);

    // `helm upgrade` by hand changes the records: the next reconcile reads them and takes the release back.
    helm_run(&[
        "upgrade",
        "hand",
        &corpus().join("charts/podinfo").display().to_string(),
        "-n",
        &env.ns,
        "--reuse-values",
        "--set",
        "replicaCount=3",
        "--force-conflicts",
    ]);
    assert_eq!(replicas_of(&env, "hand-podinfo"), 3);
    reconcile_now(&env, "hand");
    wait_ready(&env, "hand", "hand taken back", |(s, r, _)| {
        s == "True" && r == "UpgradeSucceeded"
    });
    assert_eq!(history(&env, "hand").len(), 3);
    assert_eq!(replicas_of(&env, "hand-podinfo"), 1);
}

fn replicas_of(env: &Env, deployment: &str) -> i64 {
    env.get("deployment", deployment)["spec"]["replicas"]
        .as_i64()
        .unwrap_or(-1)
}
