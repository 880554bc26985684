//! The HelmRelease CLI end to end with the test acting as the controllers: `flux create helmrelease` applies and
//! times out, then a thread answers reconcile requests (writes `lastHandledReconcileAt` and Ready, as
//! helm-controller and source-controller would) while the test drives `get`, `reconcile --with-source --force
//! --reset`, `suspend`, `resume`, `debug`, `export` and `delete` against the real API server.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::harness::{Run, ensure_crds, flux, kubectl, shared};

fn flux_in(ns: &str, args: &[&str]) -> Run {
    let mut all = vec!["-n", ns];
    all.extend_from_slice(args);
    flux(&all)
}

/// Answers a pending `reconcile.fluxcd.io/requestedAt` or a new generation of one object with a Ready status, as
/// its controller would.
fn answer(ns: &str, resource: &str, name: &str, extra: serde_json::Value) {
    let got = kubectl(&["get", resource, name, "-n", ns, "-o", "json"], None);
    let Ok(obj) = serde_json::from_str::<serde_json::Value>(&got.stdout) else {
        return;
    };
    let token = obj["metadata"]["annotations"]["reconcile.fluxcd.io/requestedAt"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let generation = obj["metadata"]["generation"].as_i64().unwrap_or(1);
    // A new request or a new generation (resume clears spec.suspend) is answered once.
    if obj["status"]["lastHandledReconcileAt"]
        .as_str()
        .unwrap_or_default()
        == token
        && obj["status"]["observedGeneration"].as_i64() == Some(generation)
    {
        return;
    }
    let mut status = serde_json::json!({
        "observedGeneration": generation,
        "lastHandledReconcileAt": token,
        "conditions": [{"type": "Ready", "status": "True", "reason": "Succeeded", "message": "ok",
            "lastTransitionTime": "2025-01-01T00:00:00Z", "observedGeneration": generation}],
    });
    if let (Some(s), Some(e)) = (status.as_object_mut(), extra.as_object()) {
        s.extend(e.clone());
    }
    kubectl(
        &[
            "patch",
            resource,
            name,
            "-n",
            ns,
            "--subresource=status",
            "--type=merge",
            "-p",
            &serde_json::json!({ "status": status }).to_string(),
        ],
        None,
    );
}

#[test]
fn the_cli_drives_a_helm_release_with_the_test_as_controller() {
    let _lock = shared();
    ensure_crds();
    let ns = format!("hr-cli-{}", std::process::id());
    kubectl(&["create", "namespace", &ns], None).success();

    // Nothing reconciles it yet: the wait ends at --timeout with Flux's lines before it.
    let created = flux_in(
        &ns,
        &[
            "create",
            "hr",
            "app",
            "--chart-ref=OCIRepository/podinfo",
            "--target-namespace=apps",
            "--timeout=2s",
        ],
    );
    assert_eq!(created.code, 1, "{}", created.stderr);
    assert!(
        created.stderr.starts_with(
            "✚ generating HelmRelease\n► applying HelmRelease\n✔ HelmRelease created\n◎ waiting for HelmRelease reconciliation\n✗ timeout waiting for HelmRelease reconciliation"
        ),
        "{}",
        created.stderr
    );
    let exported = flux_in(&ns, &["export", "hr", "app"]).success().stdout;
    assert_eq!(
        exported,
        format!(
            "---\napiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: app\n  namespace: {ns}\nspec:\n  chartRef:\n    kind: OCIRepository\n    name: podinfo\n  interval: 1m0s\n  storageNamespace: apps\n  targetNamespace: apps\n"
        )
    );
    let waiting = flux_in(&ns, &["get", "hr", "--no-header", "--show-source"])
        .success()
        .stdout;
    assert_eq!(
        waiting,
        format!("app\tOCIRepository/{ns}/podinfo\t\tFalse\tFalse\twaiting to be reconciled\t\n")
    );

    kubectl(
        &["apply", "-f", "-"],
        Some(&format!(
            "apiVersion: source.toolkit.fluxcd.io/v1\nkind: OCIRepository\nmetadata:\n  name: podinfo\n  namespace: {ns}\nspec:\n  interval: 1m\n  url: oci://ghcr.io/stefanprodan/charts/podinfo\n  ref:\n    tag: 6.5.0\n"
        )),
    )
    .success();

    // The test plays helm-controller and source-controller from here on.
    let stop = Arc::new(AtomicBool::new(false));
    let controller = {
        let (stop, ns) = (stop.clone(), ns.clone());
        std::thread::spawn(move || {
            while !stop.load(Ordering::Relaxed) {
                answer(
                    &ns,
                    "ocirepository",
                    "podinfo",
                    serde_json::json!({"artifact": {"revision": "6.5.0@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
                        "path": "x", "url": "http://x/x", "digest": "sha256:00", "lastUpdateTime": "2025-01-01T00:00:00Z"}}),
                );
                answer(
                    &ns,
                    "helmrelease",
                    "app",
                    serde_json::json!({"lastAttemptedRevision": "6.5.0+0123456789ab"}),
                );
                std::thread::sleep(std::time::Duration::from_millis(300));
            }
        })
    };

    let reconciled = flux_in(
        &ns,
        &[
            "reconcile",
            "hr",
            "app",
            "--with-source",
            "--force",
            "--reset",
            "--timeout=30s",
        ],
    );
    assert_eq!(
        reconciled.stderr,
        format!(
            "► annotating OCIRepository podinfo in {ns} namespace\n✔ OCIRepository annotated\n◎ waiting for OCIRepository reconciliation\n✔ fetched revision 6.5.0@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n► annotating HelmRelease app in {ns} namespace\n✔ HelmRelease annotated\n◎ waiting for HelmRelease reconciliation\n✔ applied revision 6.5.0+0123456789ab\n"
        )
    );
    assert_eq!(reconciled.code, 0);
    let annotations = kubectl(
        &[
            "get",
            "hr",
            "app",
            "-n",
            &ns,
            "-o",
            "jsonpath={.metadata.annotations}",
        ],
        None,
    )
    .success()
    .stdout;
    let annotations: serde_json::Value = serde_json::from_str(&annotations).expect("annotations");
    let token = &annotations["reconcile.fluxcd.io/requestedAt"];
    assert!(token.is_string(), "{annotations}");
    assert_eq!(&annotations["reconcile.fluxcd.io/forceAt"], token);
    assert_eq!(&annotations["reconcile.fluxcd.io/resetAt"], token);

    let table = flux_in(&ns, &["get", "helmreleases"]).success().stdout;
    assert_eq!(
        table,
        "NAME\tREVISION          \tSUSPENDED\tREADY\tMESSAGE \napp \t6.5.0+0123456789ab\tFalse    \tTrue \tok     \t\n"
    );

    let suspended = flux_in(&ns, &["suspend", "hr", "app", "missing"]).success();
    assert_eq!(
        suspended.stderr,
        format!(
            "► suspending helmrelease app in {ns} namespace\n✔ helmrelease suspended\n✗ HelmRelease missing not found in {ns} namespace\n"
        )
    );
    let refused = flux_in(&ns, &["reconcile", "hr", "app"]);
    assert_eq!(refused.code, 1);
    assert_eq!(refused.stderr, "✗ resource is suspended\n");
    let resumed = flux_in(&ns, &["resume", "hr", "app", "--timeout=30s"]);
    assert_eq!(
        resumed.stderr,
        format!(
            "► resuming helmrelease app in {ns} namespace\n✔ helmrelease resumed\n◎ waiting for HelmRelease reconciliation\n✔ HelmRelease app reconciliation completed\n✔ applied revision 6.5.0+0123456789ab\n"
        )
    );
    stop.store(true, Ordering::Relaxed);
    let _ = controller.join();

    let status = flux_in(&ns, &["debug", "hr", "app", "--show-status"])
        .success()
        .stdout;
    assert!(
        status.starts_with("# Status documentation: https://fluxcd.io/flux/components/helm/helmreleases/#helmrelease-status\n"),
        "{status}"
    );
    assert!(
        status.contains("lastAttemptedRevision: 6.5.0+0123456789ab\n"),
        "{status}"
    );
    let both = flux_in(
        &ns,
        &["debug", "hr", "app", "--show-status", "--show-values"],
    );
    assert_eq!(
        both.stderr,
        "✗ exactly one of --show-status, --show-values, or --show-history must be set\n"
    );

    let deleted = flux_in(&ns, &["delete", "hr", "app", "-s"]).success();
    assert_eq!(
        deleted.stderr,
        format!("► deleting helmrelease app in {ns} namespace\n✔ helmrelease deleted\n")
    );
    let gone = flux_in(&ns, &["get", "hr", "app"]);
    assert_eq!(gone.code, 1);
    assert_eq!(
        gone.stderr,
        format!("✗ HelmRelease object 'app' not found in \"{ns}\" namespace\n")
    );
    kubectl(&["delete", "namespace", &ns, "--wait=false"], None);
}
