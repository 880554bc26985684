//! `flux migrate` in cluster mode against the real API server: a CRD labelled as Flux's whose storage version
//! moved from v1beta1 to v1 while objects were stored at v1beta1 ends with every object rewritten at v1 (its
//! managed fields too) and `status.storedVersions` reduced to `[v1]`.

use crate::harness::{exclusive, kubectl};

const CRD: &str = "widgets.migrate.e2e.fluxcd.io";

fn crd(storage: &str) -> String {
    let version = |name: &str| {
        format!(
            "  - name: {name}\n    served: true\n    storage: {}\n    schema:\n      openAPIV3Schema:\n        type: object\n        x-kubernetes-preserve-unknown-fields: true\n",
            name == storage
        )
    };
    format!(
        "apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: {CRD}\n  labels:\n    app.kubernetes.io/part-of: flux\nspec:\n  group: migrate.e2e.fluxcd.io\n  scope: Namespaced\n  names:\n    kind: Widget\n    listKind: WidgetList\n    plural: widgets\n    singular: widget\n  versions:\n{}{}",
        version("v1beta1"),
        version("v1")
    )
}

fn json(args: &[&str]) -> serde_json::Value {
    let out = kubectl(args, None).success().stdout;
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("kubectl output is not JSON: {e}\n{out}"))
}

#[test]
fn migrate_rewrites_flux_objects_at_the_storage_version() {
    // The migration touches every Flux CRD and object of the cluster.
    let _lock = exclusive();
    let ns = format!("migrate-{}", std::process::id());
    kubectl(&["create", "namespace", &ns], None).success();
    kubectl(&["apply", "-f", "-"], Some(&crd("v1beta1"))).success();
    kubectl(
        &[
            "wait",
            "--for=condition=Established",
            "--timeout=60s",
            &format!("crd/{CRD}"),
        ],
        None,
    )
    .success();
    let widget = format!(
        "apiVersion: migrate.e2e.fluxcd.io/v1beta1\nkind: Widget\nmetadata:\n  name: old\n  namespace: {ns}\nspec:\n  size: 3\n"
    );
    kubectl(&["create", "-f", "-"], Some(&widget)).success();
    // The storage version moves on; the object stays stored at v1beta1 until rewritten.
    kubectl(&["apply", "-f", "-"], Some(&crd("v1"))).success();
    let stored = json(&["get", "crd", CRD, "-o", "json"]);
    assert_eq!(
        stored["status"]["storedVersions"],
        serde_json::json!(["v1beta1", "v1"])
    );

    let run = crate::harness::flux(&["migrate"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr
            .starts_with("► starting migration of custom resources\n"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains(&format!(
            "✔ Widget/{ns}/old migrated to version v1\n✔ {CRD} migrated to storage version v1\n"
        )),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .ends_with("✔ custom resources migrated successfully\n"),
        "{}",
        run.stderr
    );

    let stored = json(&["get", "crd", CRD, "-o", "json"]);
    assert_eq!(
        stored["status"]["storedVersions"],
        serde_json::json!(["v1"])
    );
    let object = json(&[
        "get",
        "widgets.v1.migrate.e2e.fluxcd.io",
        "old",
        "-n",
        &ns,
        "-o",
        "json",
        "--show-managed-fields",
    ]);
    assert_eq!(object["spec"]["size"], 3);
    let managers = object["metadata"]["managedFields"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert!(!managers.is_empty(), "{object}");
    for m in &managers {
        assert_eq!(m["apiVersion"], "migrate.e2e.fluxcd.io/v1", "{object}");
    }

    // A second run has nothing left to do for this CRD.
    let again = crate::harness::flux(&["migrate"]);
    assert_eq!(again.code, 0, "{}", again.stderr);
    assert!(
        !again.stderr.contains(&format!("{CRD} migrated")),
        "{}",
        again.stderr
    );

    kubectl(&["delete", "crd", CRD, "--wait=false"], None).success();
    kubectl(&["delete", "namespace", &ns, "--wait=false"], None).success();
}
