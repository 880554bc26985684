//! The health engine's `wait` against the real API server of the test control plane. Its only node is kwok's
//! fake one, tainted `kwok.x-k8s.io/node=fake:NoSchedule`: a Deployment that tolerates the taint rolls out, one
//! that does not never becomes available, while ConfigMaps, Services and CRDs are current at once.

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use flux::health::{Expressions, HealthCheckExpr, Status, Target, WaitError, wait};
use kube::api::{Api, DeleteParams, DynamicObject, Patch, PatchParams, PostParams};
use kube::config::{KubeConfigOptions, Kubeconfig};
use kube::core::{ApiResource, GroupVersionKind};
use serde_json::{Value, json};

const GROUP: &str = "health.example.com";

async fn client() -> kube::Client {
    let path = &crate::harness::cluster().kubeconfig;
    let kubeconfig = Kubeconfig::read_from(path).expect("readable kubeconfig");
    let config = kube::Config::from_custom_kubeconfig(kubeconfig, &KubeConfigOptions::default())
        .await
        .expect("valid kubeconfig");
    kube::Client::try_from(config).expect("client")
}

fn target(api_version: &str, kind: &str, namespace: &str, name: &str) -> Target {
    Target {
        api_version: api_version.into(),
        kind: kind.into(),
        namespace: namespace.into(),
        name: name.into(),
    }
}

fn resource(api_version: &str, kind: &str, plural: &str) -> ApiResource {
    let (group, version) = api_version.split_once('/').unwrap_or(("", api_version));
    ApiResource::from_gvk_with_plural(&GroupVersionKind::gvk(group, version, kind), plural)
}

/// Server-side applies `obj` (namespaced when `namespace` is non-empty).
async fn apply(client: &kube::Client, ar: &ApiResource, namespace: &str, obj: Value) {
    let name = obj["metadata"]["name"].as_str().expect("name").to_string();
    let api: Api<DynamicObject> = if namespace.is_empty() {
        Api::all_with(client.clone(), ar)
    } else {
        Api::namespaced_with(client.clone(), namespace, ar)
    };
    let params = PatchParams::apply("health-e2e").force();
    api.patch(&name, &params, &Patch::Apply(&obj))
        .await
        .expect("apply");
}

async fn patch_status(client: &kube::Client, namespace: &str, name: &str, conditions: Value) {
    let api: Api<DynamicObject> =
        Api::namespaced_with(client.clone(), namespace, &widget_resource());
    let patch = json!({"status": {"conditions": conditions}});
    api.patch_status(name, &PatchParams::default(), &Patch::Merge(&patch))
        .await
        .expect("patch status");
}

fn widget_resource() -> ApiResource {
    resource(&format!("{GROUP}/v1"), "Widget", "widgets")
}

fn crd_target() -> Target {
    target(
        "apiextensions.k8s.io/v1",
        "CustomResourceDefinition",
        "",
        &format!("widgets.{GROUP}"),
    )
}

/// Installs the Widget CRD (idempotent, safe from concurrent tests) and a fresh namespace for one test.
async fn setup(client: &kube::Client, test: &str) -> String {
    let crd = json!({
        "apiVersion": "apiextensions.k8s.io/v1", "kind": "CustomResourceDefinition",
        "metadata": {"name": format!("widgets.{GROUP}")},
        "spec": {"group": GROUP, "scope": "Namespaced",
            "names": {"kind": "Widget", "plural": "widgets", "singular": "widget", "listKind": "WidgetList"},
            "versions": [{"name": "v1", "served": true, "storage": true, "subresources": {"status": {}},
                "schema": {"openAPIV3Schema": {"type": "object", "x-kubernetes-preserve-unknown-fields": true}}}]}
    });
    apply(
        client,
        &resource(
            "apiextensions.k8s.io/v1",
            "CustomResourceDefinition",
            "customresourcedefinitions",
        ),
        "",
        crd,
    )
    .await;
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    let namespace = format!("health-{test}-{nanos}");
    apply(
        client,
        &resource("v1", "Namespace", "namespaces"),
        "",
        json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": namespace}}),
    )
    .await;
    // Widgets can only be created once the CRD is established, which is itself a health check.
    wait(
        client,
        &[crd_target()],
        &Expressions::default(),
        Duration::from_secs(30),
    )
    .await
    .expect("CRD established");
    namespace
}

async fn teardown(client: &kube::Client, namespace: &str) {
    let api: Api<DynamicObject> =
        Api::all_with(client.clone(), &resource("v1", "Namespace", "namespaces"));
    let _ = api.delete(namespace, &DeleteParams::background()).await;
}

async fn create_widget(client: &kube::Client, namespace: &str, name: &str) {
    let api: Api<DynamicObject> =
        Api::namespaced_with(client.clone(), namespace, &widget_resource());
    let obj: DynamicObject = serde_json::from_value(json!({
        "apiVersion": format!("{GROUP}/v1"), "kind": "Widget", "metadata": {"name": name}, "spec": {"size": 1}
    }))
    .expect("widget");
    // Established CRDs can take a moment to be served by every handler: retry briefly.
    let mut attempts = 0;
    while let Err(e) = api.create(&PostParams::default(), &obj).await {
        attempts += 1;
        assert!(attempts < 50, "create widget: {e}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    patch_status(
        client,
        namespace,
        name,
        json!([{"type": "Ready", "status": "False", "reason": "Progressing",
        "message": "warming up", "lastTransitionTime": "2024-01-01T00:00:00Z"}]),
    )
    .await;
}

#[tokio::test]
async fn crd_config_map_and_service_become_current() {
    let client = client().await;
    let ns = setup(&client, "current").await;
    apply(&client, &resource("v1", "ConfigMap", "configmaps"), &ns,
        json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "cfg"}, "data": {"a": "b"}})).await;
    apply(
        &client,
        &resource("v1", "Service", "services"),
        &ns,
        json!({"apiVersion": "v1", "kind": "Service",
        "metadata": {"name": "svc"}, "spec": {"ports": [{"port": 80}], "selector": {"app": "x"}}}),
    )
    .await;
    let targets = [
        crd_target(),
        target("v1", "ConfigMap", &ns, "cfg"),
        target("v1", "Service", &ns, "svc"),
        target("v1", "Namespace", "", &ns),
        // Listed twice, as a hand-written `healthChecks` may do.
        target("v1", "ConfigMap", &ns, "cfg"),
    ];
    let started = Instant::now();
    let result = wait(
        &client,
        &targets,
        &Expressions::default(),
        Duration::from_secs(30),
    )
    .await;
    teardown(&client, &ns).await;
    assert_eq!(result, Ok(()));
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "took {:?}",
        started.elapsed()
    );
}

/// A one-replica Deployment `podinfo`; `tolerate` lets its Pod onto the fake node.
fn deployment(tolerate: bool) -> Value {
    let mut pod_spec =
        json!({"containers": [{"name": "podinfo", "image": "ghcr.io/stefanprodan/podinfo:6.7.0"}]});
    if tolerate {
        pod_spec["tolerations"] =
            json!([{"key": "kwok.x-k8s.io/node", "operator": "Exists", "effect": "NoSchedule"}]);
    }
    json!({
        "apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "podinfo"},
        "spec": {"replicas": 1, "selector": {"matchLabels": {"app": "podinfo"}},
            "template": {"metadata": {"labels": {"app": "podinfo"}}, "spec": pod_spec}}
    })
}

#[tokio::test]
async fn deployment_on_the_fake_node_becomes_current() {
    let client = client().await;
    let ns = setup(&client, "rollout").await;
    let deployments = resource("apps/v1", "Deployment", "deployments");
    apply(&client, &deployments, &ns, deployment(true)).await;
    let targets = [target("apps/v1", "Deployment", &ns, "podinfo")];
    let result = wait(
        &client,
        &targets,
        &Expressions::default(),
        Duration::from_secs(60),
    )
    .await;
    let api: Api<DynamicObject> = Api::namespaced_with(client.clone(), &ns, &deployments);
    let available = api
        .get("podinfo")
        .await
        .map(|d| d.data["status"]["availableReplicas"].clone());
    teardown(&client, &ns).await;
    assert_eq!(result, Ok(()));
    assert_eq!(available.ok(), Some(json!(1)));
}

#[tokio::test]
async fn deployment_whose_pods_no_node_accepts_times_out_with_flux_message() {
    let client = client().await;
    let ns = setup(&client, "deploy").await;
    apply(
        &client,
        &resource("apps/v1", "Deployment", "deployments"),
        &ns,
        deployment(false),
    )
    .await;
    let targets = [
        target("apps/v1", "Deployment", &ns, "podinfo"),
        target("v1", "ConfigMap", &ns, "missing"),
    ];
    let started = Instant::now();
    let result = wait(
        &client,
        &targets,
        &Expressions::default(),
        Duration::from_secs(3),
    )
    .await;
    teardown(&client, &ns).await;
    let err = result.expect_err("a Deployment never becomes available without a node for its Pods");
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "took {:?}",
        started.elapsed()
    );
    assert!(matches!(err, WaitError::Timeout { .. }));
    assert_eq!(
        err.to_string(),
        format!(
            "timeout waiting for: [Deployment/{ns}/podinfo status: 'InProgress', ConfigMap/{ns}/missing status: \
             'NotFound']"
        )
    );
}

#[tokio::test]
async fn unknown_kind_reports_not_found() {
    let client = client().await;
    let targets = [target("nope.example.com/v1", "Gizmo", "default", "g")];
    let err = wait(
        &client,
        &targets,
        &Expressions::default(),
        Duration::from_secs(2),
    )
    .await
    .expect_err("kind is not served");
    assert_eq!(
        err.to_string(),
        "timeout waiting for: [Gizmo/default/g status: 'NotFound']"
    );
    let health = err.statuses()[0].health.as_ref().map(|h| h.status);
    assert_eq!(health, Some(Status::NotFound));
}

#[tokio::test]
async fn custom_resource_turning_ready_ends_the_wait_at_once() {
    let client = client().await;
    let ns = setup(&client, "ready").await;
    create_widget(&client, &ns, "w").await;
    let targets = [target(&format!("{GROUP}/v1"), "Widget", &ns, "w")];
    let exprs = Expressions::default();
    let waiting = wait(&client, &targets, &exprs, Duration::from_secs(30));
    let flip = async {
        tokio::time::sleep(Duration::from_secs(2)).await;
        patch_status(
            &client,
            &ns,
            "w",
            json!([{"type": "Ready", "status": "True", "reason": "Succeeded",
            "message": "ok", "lastTransitionTime": "2024-01-01T00:00:00Z"}]),
        )
        .await;
        Instant::now()
    };
    let (result, patched_at) = tokio::join!(waiting, flip);
    let lag = patched_at.elapsed();
    teardown(&client, &ns).await;
    assert_eq!(result, Ok(()));
    assert!(
        lag < Duration::from_secs(1),
        "returned {lag:?} after the patch"
    );
}

#[tokio::test]
async fn stalled_custom_resource_fails_fast() {
    let client = client().await;
    let ns = setup(&client, "stalled").await;
    create_widget(&client, &ns, "w").await;
    let targets = [target(&format!("{GROUP}/v1"), "Widget", &ns, "w")];
    let exprs = Expressions::default();
    let started = Instant::now();
    let waiting = wait(&client, &targets, &exprs, Duration::from_secs(30));
    let stall = async {
        tokio::time::sleep(Duration::from_secs(1)).await;
        patch_status(
            &client,
            &ns,
            "w",
            json!([{"type": "Stalled", "status": "True", "reason": "Broken",
            "message": "cannot recover", "lastTransitionTime": "2024-01-01T00:00:00Z"}]),
        )
        .await;
    };
    let (result, ()) = tokio::join!(waiting, stall);
    teardown(&client, &ns).await;
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "took {:?}",
        started.elapsed()
    );
    assert_eq!(
        result.map_err(|e| e.to_string()),
        Err(format!(
            "failed early due to stalled resources: [Widget/{ns}/w status: 'Failed']"
        ))
    );
}

#[tokio::test]
async fn cel_expression_decides_custom_resource_health() {
    let client = client().await;
    let ns = setup(&client, "cel").await;
    create_widget(&client, &ns, "w").await;
    let exprs = Expressions::compile(&[HealthCheckExpr {
        api_version: format!("{GROUP}/v1"),
        kind: Some("Widget".into()),
        current: "status.conditions.exists(c, c.type == 'Ready' && c.message == 'warming up')"
            .into(),
        in_progress: None,
        failed: None,
    }])
    .expect("valid expression");
    let targets = [target(&format!("{GROUP}/v1"), "Widget", &ns, "w")];
    let result = wait(&client, &targets, &exprs, Duration::from_secs(10)).await;
    teardown(&client, &ns).await;
    assert_eq!(result, Ok(()));
}

#[tokio::test]
async fn kind_installed_mid_wait_is_picked_up() {
    let client = client().await;
    let ns = setup(&client, "late-crd").await;
    let group = "sprockets.health.example.com";
    let crd_resource = resource(
        "apiextensions.k8s.io/v1",
        "CustomResourceDefinition",
        "customresourcedefinitions",
    );
    let targets = [target(&format!("{group}/v1"), "Sprocket", &ns, "s")];
    let exprs = Expressions::default();
    let started = Instant::now();
    let waiting = wait(&client, &targets, &exprs, Duration::from_secs(30));
    let install = async {
        tokio::time::sleep(Duration::from_secs(1)).await;
        let crd = json!({
            "apiVersion": "apiextensions.k8s.io/v1", "kind": "CustomResourceDefinition",
            "metadata": {"name": format!("sprockets.{group}")},
            "spec": {"group": group, "scope": "Namespaced",
                "names": {"kind": "Sprocket", "plural": "sprockets", "singular": "sprocket"},
                "versions": [{"name": "v1", "served": true, "storage": true,
                    "schema": {"openAPIV3Schema": {"type": "object",
                        "x-kubernetes-preserve-unknown-fields": true}}}]}
        });
        apply(&client, &crd_resource, "", crd).await;
        let crd_target = target(
            "apiextensions.k8s.io/v1",
            "CustomResourceDefinition",
            "",
            &format!("sprockets.{group}"),
        );
        wait(
            &client,
            &[crd_target],
            &Expressions::default(),
            Duration::from_secs(20),
        )
        .await
        .expect("CRD established");
        let sprocket = resource(&format!("{group}/v1"), "Sprocket", "sprockets");
        let obj = json!({"apiVersion": format!("{group}/v1"), "kind": "Sprocket",
            "metadata": {"name": "s"}});
        // The new resource may take a moment to be served after Established.
        let api: Api<DynamicObject> = Api::namespaced_with(client.clone(), &ns, &sprocket);
        let params = PatchParams::apply("health-e2e").force();
        let mut attempts = 0;
        while let Err(e) = api.patch("s", &params, &Patch::Apply(&obj)).await {
            attempts += 1;
            assert!(attempts < 50, "apply sprocket: {e}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    };
    let (result, ()) = tokio::join!(waiting, install);
    let api: Api<DynamicObject> = Api::all_with(client.clone(), &crd_resource);
    let _ = api
        .delete(&format!("sprockets.{group}"), &DeleteParams::background())
        .await;
    teardown(&client, &ns).await;
    assert_eq!(result, Ok(()));
    // Rediscovery runs every 5s, so the wait ends within one interval of the kind appearing.
    assert!(
        started.elapsed() < Duration::from_secs(12),
        "took {:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn namespaced_target_without_namespace_is_unknown() {
    let client = client().await;
    let targets = [target("v1", "ConfigMap", "", "cfg")];
    let err = wait(
        &client,
        &targets,
        &Expressions::default(),
        Duration::from_secs(1),
    )
    .await
    .expect_err("namespace is required");
    assert_eq!(
        err.to_string(),
        "timeout waiting for: [ConfigMap/cfg status: 'Unknown': resource ConfigMap cfg is namespace \
         scoped, but namespace is not set]"
    );
}

#[tokio::test]
async fn dropping_the_wait_cancels_it() {
    let client = client().await;
    let targets = [target("v1", "ConfigMap", "default", "never-created")];
    let exprs = Expressions::default();
    let started = Instant::now();
    let outcome = tokio::time::timeout(
        Duration::from_millis(500),
        wait(&client, &targets, &exprs, Duration::from_secs(60)),
    )
    .await;
    assert!(outcome.is_err(), "wait should still be running");
    assert!(started.elapsed() < Duration::from_secs(2));
}
