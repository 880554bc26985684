//! Workloads that really roll out: the control plane runs kube-scheduler and kwok with one fake node
//! (tests/e2e/controlplane), whose Pods turn Running, so kube-controller-manager takes Deployments,
//! StatefulSets and Jobs to Available, Ready and Complete, and `flux serve` health-checks them with
//! `wait: true` as Flux does on a real cluster.
//!
//! The fake node is tainted `kwok.x-k8s.io/node=fake:NoSchedule`: a workload runs only if it tolerates it,
//! which every manifest here does (through `spec.patches` for the unmodified podinfo corpus).

use serde_json::Value;

use crate::git_servers::git;
use crate::harness::{corpus, eventually, kubectl, shared};
use crate::kustomize::{Env, copy_dir, ks};
use crate::source_git::gitrepo;

/// The fake nodes' taint, tolerated in a Pod spec.
const TOLERATION: &str = "      tolerations:\n        - key: kwok.x-k8s.io/node\n          operator: Exists\n          effect: NoSchedule\n";

/// A repository `name` whose `app/workloads.yaml` is `manifests`, with the GitRepository `repo` on it;
/// returns its commit.
fn workloads_repo(env: &Env, name: &str, manifests: &str) -> String {
    let work = env.servers.create_repo(name, |dir| {
        std::fs::create_dir_all(dir.join("app")).unwrap();
        std::fs::write(dir.join("app/workloads.yaml"), manifests).unwrap();
    });
    env.apply(&gitrepo("repo", &env.servers.http_public_url(name), ""));
    git(&work, &["rev-parse", "HEAD"]).trim().to_string()
}

/// The condition `type` of a status, or `Null`.
fn condition(obj: &Value, type_: &str) -> Value {
    obj["status"]["conditions"]
        .as_array()
        .and_then(|cs| cs.iter().find(|c| c["type"] == type_))
        .cloned()
        .unwrap_or(Value::Null)
}

/// The Pods of the namespace as JSON items.
fn pods(env: &Env) -> Vec<Value> {
    let out = kubectl(&["get", "pods", "-n", &env.ns, "-o", "json"], None);
    serde_json::from_str::<Value>(&out.stdout)
        .ok()
        .and_then(|v| v["items"].as_array().cloned())
        .unwrap_or_default()
}

#[test]
fn podinfo_rolls_out_on_a_fake_node_and_the_wait_passes() {
    let _lock = shared();
    let env = Env::new("wl-podinfo", &[]);
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
    // The corpus is podinfo as published: the toleration comes from the Kustomization, as a platform team's
    // overlay would add it.
    let extra = format!(
        "  targetNamespace: {}\n  wait: true\n  timeout: 2m\n  patches:\n    - target:\n        kind: Deployment\n      patch: |\n        - op: add\n          path: /spec/template/spec/tolerations\n          value: [{{key: kwok.x-k8s.io/node, operator: Exists, effect: NoSchedule}}]\n",
        env.ns
    );
    env.apply(&ks("podinfo", "./kustomize", &extra));
    let obj = env.wait_applied("podinfo", &sha);

    let healthy = condition(&obj, "Healthy");
    assert_eq!(healthy["status"], "True", "{healthy}");
    assert_eq!(healthy["reason"], "Succeeded", "{healthy}");
    assert!(
        healthy["message"]
            .as_str()
            .is_some_and(|m| m.starts_with("Health check passed in ")),
        "{healthy}"
    );
    // Ready only after the rollout: every replica the HPA asks for (minReplicas 2) is available.
    let deployment = env.get("deployment", "podinfo");
    let available = condition(&deployment, "Available");
    assert_eq!(available["status"], "True", "{deployment}");
    let replicas = deployment["spec"]["replicas"].as_i64().unwrap_or(0);
    assert!(replicas >= 1, "{deployment}");
    assert_eq!(
        deployment["status"]["availableReplicas"].as_i64(),
        Some(replicas),
        "{deployment}"
    );
    let running: Vec<Value> = pods(&env)
        .into_iter()
        .filter(|p| p["status"]["phase"] == "Running")
        .collect();
    assert_eq!(running.len() as i64, replicas, "{running:?}");
    for pod in &running {
        assert_eq!(pod["spec"]["nodeName"], "kwok-node-0", "{pod}");
    }
    let events = env.events("podinfo");
    assert!(events.contains("Health check passed in "), "{events}");
}

#[test]
fn unschedulable_deployment_fails_the_health_check_with_fluxs_message() {
    let _lock = shared();
    let env = Env::new("wl-stuck", &[]);
    let ns = &env.ns;
    // Tolerates the fake node's taint but asks for a label no node has: the scheduler leaves it Pending.
    let manifests = format!(
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: stuck\nspec:\n  replicas: 1\n  selector:\n    matchLabels:\n      app: stuck\n  template:\n    metadata:\n      labels:\n        app: stuck\n    spec:\n      nodeSelector:\n        disktype: nvme-that-no-node-has\n{TOLERATION}      containers:\n        - name: app\n          image: registry.k8s.io/pause:3.10\n"
    );
    workloads_repo(&env, "stuck", &manifests);
    // Flux never waits less than 30s (Kustomization.GetTimeout): a shorter timeout would be raised to it.
    env.apply(&ks(
        "app",
        "./app",
        &format!("  targetNamespace: {ns}\n  wait: true\n  timeout: 30s\n"),
    ));
    let obj = env.wait("app", "a failed health check", |(s, r, _)| {
        s == "False" && r == "HealthCheckFailed"
    });

    // kustomize-controller v1.9.5 (checkHealth, with fluxcd/pkg/ssa WaitForSetWithContext): Healthy holds the
    // wait's error, Ready prefixes it with the time the check took.
    let summary = format!("timeout waiting for: [Deployment/{ns}/stuck status: 'InProgress']");
    let healthy = condition(&obj, "Healthy");
    assert_eq!(healthy["status"], "False", "{healthy}");
    assert_eq!(healthy["reason"], "HealthCheckFailed", "{healthy}");
    assert_eq!(healthy["message"], summary.as_str(), "{healthy}");
    let ready = condition(&obj, "Ready");
    let message = ready["message"].as_str().unwrap_or_default();
    let elapsed = message
        .strip_prefix("health check failed after ")
        .and_then(|rest| rest.strip_suffix(&format!(": {summary}")))
        .unwrap_or_else(|| panic!("unexpected Ready message: {message}"));
    // A Go duration just past the 30s timeout, such as `30.001234567s`.
    let seconds: f64 = elapsed
        .strip_suffix('s')
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("not a duration in seconds: {elapsed}"));
    assert!((30.0..40.0).contains(&seconds), "{elapsed}");

    // The scheduler saw the Pod and refused it for the node selector.
    let mut pod_status = Value::Null;
    eventually(
        std::time::Duration::from_secs(30),
        "the Pod to be marked unschedulable",
        || {
            pod_status = pods(&env)
                .first()
                .map(|p| condition(p, "PodScheduled"))
                .unwrap_or(Value::Null);
            pod_status["reason"] == "Unschedulable"
        },
    );
    assert_eq!(pod_status["status"], "False", "{pod_status}");
    assert!(
        pod_status["message"]
            .as_str()
            .is_some_and(|m| m.contains("node affinity/selector")),
        "{pod_status}"
    );
    let events = env.events("app");
    assert!(
        events.contains("health check failed after ") && events.contains(&summary),
        "{events}"
    );
}

#[test]
fn statefulset_becomes_ready_and_job_completes() {
    let _lock = shared();
    let env = Env::new("wl-sts-job", &[]);
    let ns = &env.ns;
    let manifests = format!(
        "apiVersion: v1\nkind: Service\nmetadata:\n  name: db\nspec:\n  clusterIP: None\n  selector:\n    app: db\n  ports:\n    - port: 5432\n\
---\napiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: db\nspec:\n  serviceName: db\n  replicas: 2\n  selector:\n    matchLabels:\n      app: db\n  template:\n    metadata:\n      labels:\n        app: db\n    spec:\n{TOLERATION}      containers:\n        - name: db\n          image: registry.k8s.io/pause:3.10\n\
---\napiVersion: batch/v1\nkind: Job\nmetadata:\n  name: migrate\nspec:\n  backoffLimit: 0\n  template:\n    spec:\n      restartPolicy: Never\n{TOLERATION}      containers:\n        - name: migrate\n          image: registry.k8s.io/pause:3.10\n"
    );
    let sha = workloads_repo(&env, "sts-job", &manifests);
    env.apply(&ks(
        "app",
        "./app",
        &format!("  targetNamespace: {ns}\n  wait: true\n  timeout: 2m\n"),
    ));
    let obj = env.wait_applied("app", &sha);
    let healthy = condition(&obj, "Healthy");
    assert_eq!(healthy["status"], "True", "{healthy}");

    let sts = env.get("statefulset", "db");
    assert_eq!(sts["status"]["readyReplicas"], 2, "{sts}");
    assert_eq!(sts["status"]["availableReplicas"], 2, "{sts}");
    let job = env.get("job", "migrate");
    assert_eq!(condition(&job, "Complete")["status"], "True", "{job}");
    assert_eq!(job["status"]["succeeded"], 1, "{job}");
    // Ordered pod management: db-0 and db-1 both run on the fake node.
    let mut names: Vec<String> = pods(&env)
        .iter()
        .filter(|p| p["status"]["phase"] == "Running")
        .filter_map(|p| p["metadata"]["name"].as_str().map(str::to_string))
        .collect();
    names.sort();
    assert_eq!(names, ["db-0", "db-1"]);
}
