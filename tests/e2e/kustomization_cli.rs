//! The Kustomization CLI end to end without a controller: `flux create kustomization` times out waiting, then the
//! test writes the status a controller would and drives `get`, `tree`, `trace`, `events`, `stats`, `suspend`,
//! `reconcile` (refused while suspended), `resume`, `export` and `delete` against the real API server.

use crate::harness::{Run, ensure_crds, flux, kubectl, shared};

fn flux_in(ns: &str, args: &[&str]) -> Run {
    let mut all = vec!["-n", ns];
    all.extend_from_slice(args);
    flux(&all)
}

const REV: &str = "main@sha1:696f056df216eea4f9401adbee0ff744d4df390f";

/// Writes a Ready status with an inventory, as kustomize-controller would.
fn mark_applied(ns: &str, name: &str, inventory: &[&str]) {
    let entries: Vec<serde_json::Value> = inventory
        .iter()
        .map(|id| serde_json::json!({"id": id, "v": "v1"}))
        .collect();
    let patch = serde_json::json!({"status": {
        "observedGeneration": 1,
        "lastAppliedRevision": REV,
        "inventory": {"entries": entries},
        "conditions": [{"type": "Ready", "status": "True", "reason": "ReconciliationSucceeded",
            "message": format!("Applied revision: {REV}"), "lastTransitionTime": "2025-01-01T00:00:00Z",
            "observedGeneration": 1}],
    }});
    kubectl(
        &[
            "patch",
            "kustomization",
            name,
            "-n",
            ns,
            "--subresource=status",
            "--type=merge",
            "-p",
            &patch.to_string(),
        ],
        None,
    )
    .success();
}

#[test]
fn the_cli_drives_a_kustomization_without_a_controller() {
    let _lock = shared();
    ensure_crds();
    let ns = format!("ks-cli-{}", std::process::id());
    kubectl(&["create", "namespace", &ns], None).success();

    // Nothing reconciles it: the wait ends at --timeout with Flux's lines before it.
    let created = flux_in(
        &ns,
        &[
            "create",
            "kustomization",
            "app",
            "--source=app",
            "--path=./deploy",
            "--prune",
            "--timeout=3s",
        ],
    );
    assert_eq!(created.code, 1, "{}", created.stderr);
    assert!(
        created.stderr.starts_with(
            "✚ generating Kustomization\n► applying Kustomization\n✔ Kustomization created\n◎ waiting for Kustomization reconciliation\n✗ timeout waiting for Kustomization reconciliation"
        ),
        "{}",
        created.stderr
    );
    let exported = flux_in(&ns, &["export", "ks", "app"]).success().stdout;
    assert_eq!(
        exported,
        format!(
            "---\napiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: app\n  namespace: {ns}\nspec:\n  interval: 1m0s\n  path: ./deploy\n  prune: true\n  sourceRef:\n    kind: GitRepository\n    name: app\n"
        )
    );
    let waiting = flux_in(&ns, &["get", "ks", "--no-header"]).success().stdout;
    assert_eq!(waiting, "app\t\tFalse\tFalse\twaiting to be reconciled\t\n");

    // Act as the controller: a child Kustomization and an inventory.
    let child = flux_in(&ns, &["create", "ks", "child", "--source=app", "--export"])
        .success()
        .stdout;
    kubectl(&["apply", "-f", "-"], Some(&child)).success();
    mark_applied(
        &ns,
        "app",
        &[
            &format!("_{ns}__Namespace"),
            &format!("{ns}_child_kustomize.toolkit.fluxcd.io_Kustomization"),
            &format!("{ns}_app_source.toolkit.fluxcd.io_GitRepository"),
        ],
    );
    mark_applied(&ns, "child", &[&format!("{ns}_cm_apps_Deployment")]);

    let table = flux_in(&ns, &["get", "kustomizations"]).success().stdout;
    assert!(
        table.contains(
            "app  \tmain@sha1:696f056d\tFalse    \tTrue \tApplied revision: main@sha1:696f056d\t"
        ),
        "{table}"
    );
    let tree = flux_in(&ns, &["tree", "ks", "app"]).success().stdout;
    assert_eq!(
        tree,
        format!(
            "Kustomization/{ns}/app\n├── Namespace/{ns}\n├── Kustomization/{ns}/child\n│   └── Deployment/{ns}/cm\n└── GitRepository/{ns}/app\n\n"
        )
    );
    let compact = flux_in(&ns, &["tree", "ks", "app", "--compact", "-o", "json"])
        .success()
        .stdout;
    let v: serde_json::Value = serde_json::from_str(&compact).expect("tree json");
    assert_eq!(v["resources"][0]["resource"]["Name"], "child");
    assert!(v["resources"][0].get("resources").is_none());

    // Trace a labelled object back to the Kustomization and its (never reconciled) source.
    kubectl(
        &["apply", "-f", "-"],
        Some(&format!(
            "apiVersion: source.toolkit.fluxcd.io/v1\nkind: GitRepository\nmetadata:\n  name: app\n  namespace: {ns}\nspec:\n  interval: 1m\n  url: https://example.com/app\n  ref:\n    branch: main\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\n  namespace: {ns}\n  labels:\n    kustomize.toolkit.fluxcd.io/name: app\n    kustomize.toolkit.fluxcd.io/namespace: {ns}\n"
        )),
    )
    .success();
    let trace = flux_in(&ns, &["trace", "configmap", "cm"]).success().stdout;
    assert_eq!(
        trace,
        format!(
            "\nObject:          ConfigMap/cm\nNamespace:       {ns}\nStatus:          Managed by Flux\n---\nKustomization:   app\nNamespace:       {ns}\nPath:            ./deploy\nRevision:        {REV}\nStatus:          Last reconciled at 2025-01-01 00:00:00 +0000 UTC\nMessage:         Applied revision: {REV}\n---\nGitRepository:   app\nNamespace:       {ns}\nURL:             https://example.com/app\nBranch:          main\nStatus:          Unknown\n"
        )
    );

    // Events of Flux objects only.
    kubectl(
        &["create", "-f", "-"],
        Some(&format!(
            "apiVersion: v1\nkind: Event\nmetadata:\n  name: app.1\n  namespace: {ns}\ninvolvedObject:\n  kind: Kustomization\n  name: app\n  namespace: {ns}\nreason: ReconciliationSucceeded\nmessage: applied\ntype: Normal\nfirstTimestamp: \"2025-01-01T00:00:00Z\"\nlastTimestamp: \"2025-01-01T00:00:00Z\"\ncount: 1\n"
        )),
    )
    .success();
    let events = flux_in(&ns, &["events", "--for", "Kustomization/app"])
        .success()
        .stdout;
    assert!(events.starts_with("LAST SEEN"), "{events}");
    assert!(
        events.contains("\tNormal\tReconciliationSucceeded\tKustomization/app\tapplied"),
        "{events}"
    );
    let warnings = flux_in(&ns, &["events", "--types", "Warning"]);
    assert!(
        warnings
            .stderr
            .contains(&format!("✗ No events found in {ns} namespace.")),
        "{}",
        warnings.stderr
    );
    let stats = flux_in(&ns, &["stats"]).success().stdout;
    assert!(
        stats.contains("Kustomization        \t2      \t0      \t0        \t-"),
        "{stats}"
    );

    // Suspend refuses reconciles; resume without waiting.
    let suspended = flux_in(&ns, &["suspend", "ks", "app", "missing"]).success();
    assert_eq!(
        suspended.stderr,
        format!(
            "► suspending kustomization app in {ns} namespace\n✔ kustomization suspended\n✗ Kustomization missing not found in {ns} namespace\n"
        )
    );
    let refused = flux_in(&ns, &["reconcile", "ks", "app", "--with-source"]);
    assert_eq!(refused.code, 1);
    assert!(
        refused.stderr.contains("✗ resource is suspended"),
        "{}",
        refused.stderr
    );
    let resumed = flux_in(&ns, &["resume", "ks", "app", "--wait=false"]).success();
    assert_eq!(
        resumed.stderr,
        format!("► resuming kustomization app in {ns} namespace\n✔ kustomization resumed\n")
    );

    let deleted = flux_in(&ns, &["delete", "ks", "app", "-s"]).success();
    assert!(
        deleted.stderr.ends_with("✔ kustomization deleted\n"),
        "{}",
        deleted.stderr
    );
    let gone = flux_in(&ns, &["get", "ks", "app"]);
    assert_eq!(gone.code, 1);
    assert!(
        gone.stderr.contains(&format!(
            "✗ Kustomization object 'app' not found in \"{ns}\" namespace"
        )),
        "{}",
        gone.stderr
    );
    kubectl(&["delete", "namespace", &ns, "--wait=false"], None);
}
