//! Unit tests of the generated CRDs: structural schemas, names, versions, defaults, printer columns, labels.

use std::collections::BTreeSet;

use k8s_openapi::apiextensions_apiserver::pkg::apis::apiextensions::v1::{
    CustomResourceDefinition, CustomResourceDefinitionVersion,
};
use serde_json::{Value, json};

use super::*;

fn crd(kind: &str) -> CustomResourceDefinition {
    crds()
        .into_iter()
        .find(|c| c.spec.names.kind == kind)
        .unwrap_or_else(|| panic!("no CRD for {kind}"))
}

fn stored(crd: &CustomResourceDefinition) -> &CustomResourceDefinitionVersion {
    let stored: Vec<_> = crd.spec.versions.iter().filter(|v| v.storage).collect();
    assert_eq!(
        stored.len(),
        1,
        "{} must store exactly one version",
        crd.spec.names.kind
    );
    stored[0]
}

fn schema(kind: &str) -> Value {
    let crd = crd(kind);
    let v = stored(&crd);
    serde_json::to_value(
        v.schema
            .as_ref()
            .and_then(|s| s.open_api_v3_schema.as_ref()),
    )
    .unwrap_or(Value::Null)
}

/// The schema node at a dotted path, `[]` stepping into array items.
fn node(schema: &Value, path: &str) -> Value {
    let mut cur = schema.clone();
    for part in path.split('.') {
        let (name, items) = match part.strip_suffix("[]") {
            Some(name) => (name, true),
            None => (part, false),
        };
        cur = cur["properties"][name].clone();
        if items {
            cur = cur["items"].clone();
        }
    }
    assert!(!cur.is_null(), "no schema node at {path}");
    cur
}

#[test]
fn every_schema_is_structural() {
    for crd in crds() {
        for version in &crd.spec.versions {
            let schema = serde_json::to_value(&version.schema).unwrap_or(Value::Null);
            let problems = structural::violations(&schema["openAPIV3Schema"]);
            assert!(
                problems.is_empty(),
                "{} {}: {problems:#?}",
                crd.spec.names.kind,
                version.name
            );
        }
    }
}

#[test]
fn structural_check_catches_refs_and_untyped_nodes() {
    let bad = json!({
        "type": "object",
        "properties": {
            "a": {"$ref": "#/definitions/A"},
            "b": {"description": "no type"},
            "c": {"type": ["string", "null"]},
            "d": {"type": "object", "properties": {}, "additionalProperties": {"type": "string"}},
            "e": {"x-kubernetes-preserve-unknown-fields": true},
            "f": {"x-kubernetes-int-or-string": true},
            "g": {"type": "string", "enum": ["x"], "default": "y"},
        }
    });
    let problems = structural::violations(&bad);
    assert_eq!(problems.len(), 6, "{problems:#?}");
}

#[test]
fn crds_come_in_install_order_source_first() {
    let names: Vec<String> = crds().iter().map(|c| c.spec.names.kind.clone()).collect();
    assert_eq!(
        names,
        [
            "GitRepository",
            "HelmRepository",
            "HelmChart",
            "Bucket",
            "OCIRepository",
            "ExternalArtifact",
            "Kustomization",
            "HelmRelease",
            "Provider",
            "Alert",
            "Receiver",
            "ImageRepository",
            "ImagePolicy",
            "ImageUpdateAutomation",
            "ArtifactGenerator",
        ]
    );
}

#[test]
fn crd_names_groups_and_storage_versions_match_flux() {
    let expected = [
        ("gitrepositories.source.toolkit.fluxcd.io", "v1"),
        ("helmrepositories.source.toolkit.fluxcd.io", "v1"),
        ("helmcharts.source.toolkit.fluxcd.io", "v1"),
        ("buckets.source.toolkit.fluxcd.io", "v1"),
        ("ocirepositories.source.toolkit.fluxcd.io", "v1"),
        ("externalartifacts.source.toolkit.fluxcd.io", "v1"),
        ("kustomizations.kustomize.toolkit.fluxcd.io", "v1"),
        ("helmreleases.helm.toolkit.fluxcd.io", "v2"),
        ("providers.notification.toolkit.fluxcd.io", "v1beta3"),
        ("alerts.notification.toolkit.fluxcd.io", "v1beta3"),
        ("receivers.notification.toolkit.fluxcd.io", "v1"),
        ("imagerepositories.image.toolkit.fluxcd.io", "v1"),
        ("imagepolicies.image.toolkit.fluxcd.io", "v1"),
        ("imageupdateautomations.image.toolkit.fluxcd.io", "v1"),
        ("artifactgenerators.source.extensions.fluxcd.io", "v1beta1"),
    ];
    let got: Vec<(String, String)> = crds()
        .iter()
        .map(|c| {
            (
                c.metadata.name.clone().unwrap_or_default(),
                stored(c).name.clone(),
            )
        })
        .collect();
    let want: Vec<(String, String)> = expected
        .iter()
        .map(|(n, v)| (n.to_string(), v.to_string()))
        .collect();
    assert_eq!(got, want);
    for c in crds() {
        assert_eq!(c.spec.scope, "Namespaced");
        assert_eq!(
            c.spec.names.list_kind.as_deref(),
            Some(format!("{}List", c.spec.names.kind).as_str())
        );
    }
}

#[test]
fn short_names_and_categories_match_flux() {
    let expected: &[(&str, &[&str], &str)] = &[
        ("GitRepository", &["gitrepo"], "fluxcd-sources"),
        ("HelmRepository", &["helmrepo"], "fluxcd-sources"),
        ("HelmChart", &["hc"], "fluxcd-sources"),
        ("Bucket", &[], "fluxcd-sources"),
        ("OCIRepository", &["ocirepo"], "fluxcd-sources"),
        ("ExternalArtifact", &["ea"], "fluxcd-sources"),
        ("Kustomization", &["ks"], "fluxcd-appliers"),
        ("HelmRelease", &["hr"], "fluxcd-appliers"),
        ("Provider", &[], "fluxcd-notifications"),
        ("Alert", &[], "fluxcd-notifications"),
        ("Receiver", &[], "fluxcd-notifications"),
        (
            "ImageRepository",
            &["imgrepo", "imagerepo"],
            "fluxcd-images",
        ),
        ("ImagePolicy", &["imgpol", "imagepol"], "fluxcd-images"),
        (
            "ImageUpdateAutomation",
            &["iua", "imgupd", "imgauto"],
            "fluxcd-images",
        ),
        ("ArtifactGenerator", &["ag"], "fluxcd-sources"),
    ];
    for (kind, short, category) in expected {
        let names = crd(kind).spec.names;
        assert_eq!(names.short_names.unwrap_or_default(), *short, "{kind}");
        assert_eq!(
            names.categories.unwrap_or_default(),
            ["all", "fluxcd", category],
            "{kind}"
        );
    }
}

#[test]
fn deprecated_versions_are_served_but_not_stored() {
    let expected: &[(&str, &[&str])] = &[
        ("GitRepository", &["v1", "v1beta2"]),
        ("OCIRepository", &["v1", "v1beta2"]),
        ("ExternalArtifact", &["v1"]),
        ("Kustomization", &["v1", "v1beta2"]),
        ("HelmRelease", &["v2", "v2beta1", "v2beta2"]),
        ("Provider", &["v1beta2", "v1beta3"]),
        ("Alert", &["v1beta2", "v1beta3"]),
        ("Receiver", &["v1", "v1beta2"]),
        ("ImageUpdateAutomation", &["v1", "v1beta2"]),
    ];
    for (kind, versions) in expected {
        let crd = crd(kind);
        let names: Vec<&str> = crd.spec.versions.iter().map(|v| v.name.as_str()).collect();
        assert_eq!(names, *versions, "{kind}");
        for v in &crd.spec.versions {
            assert!(v.served, "{kind} {}", v.name);
            assert_eq!(
                v.deprecated.unwrap_or(false),
                !v.storage,
                "{kind} {}",
                v.name
            );
        }
    }
    let hr = crd("HelmRelease");
    let beta = hr
        .spec
        .versions
        .iter()
        .find(|v| v.name == "v2beta2")
        .map(|v| v.deprecation_warning.clone());
    assert_eq!(
        beta,
        Some(Some(
            "v2beta2 HelmRelease is deprecated, upgrade to v2".into()
        ))
    );
}

#[test]
fn deprecated_version_accepts_any_spec() {
    let crd = crd("Kustomization");
    let old = crd
        .spec
        .versions
        .iter()
        .find(|v| v.name == "v1beta2")
        .cloned();
    let schema = serde_json::to_value(old.and_then(|v| v.schema)).unwrap_or(Value::Null);
    assert_eq!(
        schema["openAPIV3Schema"]["properties"]["spec"]["x-kubernetes-preserve-unknown-fields"],
        true
    );
}

#[test]
fn printer_columns_match_flux() {
    let columns = |kind: &str| -> Vec<(String, String, Option<i32>)> {
        let crd = crd(kind);
        stored(&crd)
            .additional_printer_columns
            .clone()
            .unwrap_or_default()
            .into_iter()
            .map(|c| (c.name, c.json_path, c.priority))
            .collect()
    };
    let ready = r#".status.conditions[?(@.type=="Ready")].status"#;
    let status = r#".status.conditions[?(@.type=="Ready")].message"#;
    let age = ".metadata.creationTimestamp";
    let col = |n: &str, p: &str| (n.to_string(), p.to_string(), None);
    assert_eq!(
        columns("GitRepository"),
        [
            col("URL", ".spec.url"),
            col("Age", age),
            col("Ready", ready),
            col("Status", status)
        ]
    );
    assert_eq!(
        columns("OCIRepository"),
        [
            col("URL", ".spec.url"),
            col("Ready", ready),
            col("Status", status),
            col("Age", age)
        ]
    );
    assert_eq!(
        columns("HelmChart"),
        [
            col("Chart", ".spec.chart"),
            col("Version", ".spec.version"),
            col("Source Kind", ".spec.sourceRef.kind"),
            col("Source Name", ".spec.sourceRef.name"),
            col("Age", age),
            col("Ready", ready),
            col("Status", status)
        ]
    );
    assert_eq!(
        columns("Kustomization"),
        [col("Age", age), col("Ready", ready), col("Status", status)]
    );
    assert_eq!(
        columns("HelmRelease"),
        [col("Age", age), col("Ready", ready), col("Status", status)]
    );
    assert_eq!(columns("Alert"), [col("Age", age)]);
    assert_eq!(
        columns("ImageRepository"),
        [
            col("Image", ".spec.image"),
            col("Tags", ".status.lastScanResult.tagCount"),
            col("Ready", ready),
            col("Status", status),
            (
                "Last scan".into(),
                ".status.lastScanResult.scanTime".into(),
                Some(1)
            ),
            col("Age", age)
        ]
    );
    // Before v1beta3 Alerts had a status and showed it.
    let alert = crd("Alert");
    let old = alert
        .spec
        .versions
        .iter()
        .find(|v| v.name == "v1beta2")
        .cloned();
    assert_eq!(
        old.and_then(|v| v.additional_printer_columns)
            .map(|c| c.len()),
        Some(3)
    );
}

#[test]
fn status_subresource_only_where_flux_has_status() {
    for crd in crds() {
        let kind = crd.spec.names.kind.clone();
        let has_status = stored(&crd)
            .subresources
            .as_ref()
            .and_then(|s| s.status.as_ref())
            .is_some();
        assert_eq!(has_status, kind != "Provider" && kind != "Alert", "{kind}");
    }
}

#[test]
fn defaults_match_flux() {
    let cases = [
        ("GitRepository", "spec.timeout", json!("60s")),
        ("GitRepository", "spec.verify.mode", json!("HEAD")),
        ("OCIRepository", "spec.provider", json!("generic")),
        ("OCIRepository", "spec.timeout", json!("60s")),
        ("OCIRepository", "spec.verify.provider", json!("cosign")),
        ("HelmRepository", "spec.provider", json!("generic")),
        ("HelmChart", "spec.version", json!("*")),
        ("HelmChart", "spec.reconcileStrategy", json!("ChartVersion")),
        ("Bucket", "spec.provider", json!("generic")),
        ("Bucket", "spec.timeout", json!("60s")),
        ("Kustomization", "spec.force", json!(false)),
        (
            "Kustomization",
            "spec.postBuild.substituteFrom[].optional",
            json!(false),
        ),
        ("HelmRelease", "spec.chart.spec.version", json!("*")),
        (
            "HelmRelease",
            "spec.chart.spec.reconcileStrategy",
            json!("ChartVersion"),
        ),
        (
            "HelmRelease",
            "spec.chart.spec.verify.provider",
            json!("cosign"),
        ),
        (
            "HelmRelease",
            "spec.uninstall.deletionPropagation",
            json!("background"),
        ),
        ("Alert", "spec.eventSeverity", json!("info")),
        ("Receiver", "spec.interval", json!("10m")),
        (
            "ImageRepository",
            "spec.exclusionList",
            json!(["^.*\\.sig$"]),
        ),
        ("ImageRepository", "spec.provider", json!("generic")),
        ("ImagePolicy", "spec.digestReflectionPolicy", json!("Never")),
        (
            "ImagePolicy",
            "spec.policy.alphabetical.order",
            json!("asc"),
        ),
        (
            "ImageUpdateAutomation",
            "spec.sourceRef.kind",
            json!("GitRepository"),
        ),
        (
            "ImageUpdateAutomation",
            "spec.update",
            json!({"strategy": "Setters"}),
        ),
        ("Kustomization", "status", json!({"observedGeneration": -1})),
    ];
    for (kind, path, default) in cases {
        assert_eq!(
            node(&schema(kind), path)["default"],
            default,
            "{kind} {path}"
        );
    }
}

#[test]
fn enums_required_fields_and_patterns_match_flux() {
    let ks = schema("Kustomization");
    assert_eq!(
        node(&ks, "spec.sourceRef.kind")["enum"],
        json!([
            "OCIRepository",
            "GitRepository",
            "Bucket",
            "ExternalArtifact"
        ])
    );
    assert_eq!(
        node(&ks, "spec.deletionPolicy")["enum"],
        json!(["MirrorPrune", "Delete", "WaitForTermination", "Orphan"])
    );
    let required: BTreeSet<String> =
        serde_json::from_value(node(&ks, "spec")["required"].clone()).unwrap_or_default();
    assert_eq!(
        required,
        BTreeSet::from(["interval".into(), "prune".into(), "sourceRef".into()])
    );
    assert_eq!(
        node(&ks, "spec.interval")["pattern"],
        meta::DURATION_PATTERN
    );
    // Every required field of every kind, as Flux's CRDs have them (required-with-default fields are optional here:
    // the API server fills them in before validating).
    let required = |kind: &str, path: &str| node(&schema(kind), path)["required"].clone();
    assert_eq!(required("HelmRelease", "spec"), json!(["interval"]));
    assert_eq!(
        required("GitRepository", "spec"),
        json!(["interval", "url"])
    );
    assert_eq!(
        required("Bucket", "spec"),
        json!(["bucketName", "endpoint", "interval"])
    );
    assert_eq!(
        required("HelmChart", "spec"),
        json!(["chart", "interval", "sourceRef"])
    );
    assert_eq!(required("Provider", "spec"), json!(["type"]));
    assert_eq!(
        required("Alert", "spec"),
        json!(["eventSources", "providerRef"])
    );
    assert_eq!(required("Receiver", "spec"), json!(["resources", "type"]));
    assert_eq!(
        required("ImagePolicy", "spec"),
        json!(["imageRepositoryRef", "policy"])
    );
    assert_eq!(
        required("ImageRepository", "spec"),
        json!(["image", "interval"])
    );
    assert_eq!(
        required("ImageUpdateAutomation", "spec"),
        json!(["interval", "sourceRef"])
    );
    assert_eq!(
        required("OCIRepository", "spec"),
        json!(["interval", "url"])
    );
    assert_eq!(required("HelmRepository", "spec"), json!(["url"]));
    let git = schema("GitRepository");
    assert_eq!(
        node(&git, "spec.verify.mode")["enum"],
        json!(["head", "HEAD", "Tag", "TagAndHEAD"])
    );
    assert_eq!(node(&git, "spec.timeout")["pattern"], meta::TIMEOUT_PATTERN);
    assert_eq!(
        node(&git, "status.artifact.digest")["pattern"],
        meta::DIGEST_PATTERN
    );
    let provider = schema("Provider");
    assert_eq!(
        node(&provider, "spec.type")["enum"]
            .as_array()
            .map(Vec::len),
        Some(notification::PROVIDER_TYPES.len())
    );
    let iua = schema("ImageUpdateAutomation");
    assert_eq!(
        node(&iua, "spec.git.commit.signingKey.type")["enum"],
        json!(["gpg", "ssh"])
    );
}

#[test]
fn schemas_have_no_nullable_fields_like_flux() {
    for crd in crds() {
        let text = serde_json::to_string(&crd).unwrap_or_default();
        assert!(!text.contains("\"nullable\""), "{}", crd.spec.names.kind);
    }
}

#[test]
fn free_form_fields_preserve_unknown_fields() {
    let values = node(&schema("HelmRelease"), "spec.values");
    assert_eq!(
        values,
        json!({"description": "Inline Helm values, merged last.", "x-kubernetes-preserve-unknown-fields": true})
    );
}

#[test]
fn field_descriptions_win_over_type_descriptions() {
    let git = schema("GitRepository");
    assert_eq!(
        node(&git, "spec.provider")["description"],
        "Authentication provider; `generic` uses `secretRef`."
    );
}

#[test]
fn cel_validations_are_kept() {
    let hr = schema("HelmRelease");
    let rules = node(&hr, "spec")["x-kubernetes-validations"].clone();
    assert_eq!(rules.as_array().map(Vec::len), Some(1));
    let bucket = schema("Bucket");
    assert_eq!(
        node(&bucket, "spec")["x-kubernetes-validations"]
            .as_array()
            .map(Vec::len),
        Some(7)
    );
}

#[test]
fn crds_are_labelled_with_their_component() {
    for crd in crds() {
        let labels = crd.metadata.labels.clone().unwrap_or_default();
        assert_eq!(
            labels.get("app.kubernetes.io/part-of").map(String::as_str),
            Some("flux")
        );
        let component = labels
            .get("app.kubernetes.io/component")
            .cloned()
            .unwrap_or_default();
        assert_eq!(component_of(&crd.spec.names.kind), Some(component.as_str()));
    }
    assert_eq!(component_of("Kustomization"), Some(KUSTOMIZE_CONTROLLER));
    assert_eq!(component_of("Deployment"), None);
}

#[test]
fn components_select_their_crds() {
    let kinds = |components: &[&str]| -> Vec<String> {
        crds_for_components(components)
            .into_iter()
            .map(|c| c.spec.names.kind)
            .collect()
    };
    assert_eq!(
        kinds(&[HELM_CONTROLLER, KUSTOMIZE_CONTROLLER]),
        ["Kustomization", "HelmRelease"]
    );
    assert_eq!(
        kinds(&[IMAGE_REFLECTOR_CONTROLLER]),
        ["ImageRepository", "ImagePolicy"]
    );
    assert_eq!(
        kinds(&[IMAGE_AUTOMATION_CONTROLLER]),
        ["ImageUpdateAutomation"]
    );
    assert_eq!(
        kinds(&[NOTIFICATION_CONTROLLER]),
        ["Provider", "Alert", "Receiver"]
    );
    assert_eq!(kinds(&[SOURCE_CONTROLLER]).len(), 6);
    assert_eq!(kinds(&[SOURCE_WATCHER]), ["ArtifactGenerator"]);
    assert!(kinds(&["nope"]).is_empty());
    let all = [
        SOURCE_CONTROLLER,
        KUSTOMIZE_CONTROLLER,
        HELM_CONTROLLER,
        NOTIFICATION_CONTROLLER,
        IMAGE_REFLECTOR_CONTROLLER,
        IMAGE_AUTOMATION_CONTROLLER,
        SOURCE_WATCHER,
    ];
    assert_eq!(crds_for_components(&all), crds());
}

#[test]
fn crds_are_deterministic() {
    let a = serde_json::to_string(&crds()).unwrap_or_default();
    let b = serde_json::to_string(&crds()).unwrap_or_default();
    assert_eq!(a, b);
}

#[test]
fn flux_object_reads_suspend_conditions_and_requests() {
    let ks: kustomize::Kustomization = serde_json::from_value(json!({
        "apiVersion": "kustomize.toolkit.fluxcd.io/v1",
        "kind": "Kustomization",
        "metadata": {"name": "apps", "namespace": "flux-system",
                     "annotations": {"reconcile.fluxcd.io/requestedAt": "2"}},
        "spec": {"interval": "10m", "prune": true, "suspend": true,
                 "sourceRef": {"kind": "GitRepository", "name": "flux-system"}},
        "status": {"observedGeneration": 3, "lastHandledReconcileAt": "1",
                   "conditions": [{"type": "Ready", "status": "True", "reason": "ReconciliationSucceeded",
                                   "message": "Applied revision: main@sha1:abc",
                                   "lastTransitionTime": "2026-01-01T00:00:00Z"}]}
    }))
    .unwrap_or_default();
    assert!(ks.is_suspended());
    assert!(ks.is_ready());
    assert_eq!(
        ks.ready_condition().map(|c| c.reason.as_str()),
        Some(conditions::RECONCILIATION_SUCCEEDED)
    );
    assert_eq!(ks.observed_generation(), Some(3));
    assert_eq!(ks.last_handled_reconcile_at(), Some("1"));
    assert!(ks.has_pending_reconcile_request());
    let alert = notification::Alert::new("a", notification::AlertSpec::default());
    assert!(!alert.is_suspended());
    assert!(alert.conditions().is_empty());
    assert!(!alert.has_pending_reconcile_request());
}
