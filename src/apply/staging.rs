//! Splits manifests into Flux's apply stages and orders them within a stage.
//!
//! Cluster definitions go first so that objects depending on them (custom resources of a new
//! CRD, objects in a new namespace) find them served when their own stage runs.

use std::cmp::Ordering;

use serde_json::Value;

use super::object_ref::string_at;

/// Kinds applied before all others, in this order (Flux's reconcile order).
const FIRST: [&str; 23] = [
    "CustomResourceDefinition",
    "Namespace",
    "ClusterRole",
    "ClusterClass",
    "RuntimeClass",
    "PriorityClass",
    "StorageClass",
    "VolumeSnapshotClass",
    "IngressClass",
    "GatewayClass",
    "ClusterRoleBinding",
    "ResourceQuota",
    "ServiceAccount",
    "Role",
    "RoleBinding",
    "ConfigMap",
    "Secret",
    "Service",
    "LimitRange",
    "Deployment",
    "StatefulSet",
    "CronJob",
    "PodDisruptionBudget",
];

/// Kinds applied after all others: webhooks last, so they cannot reject the objects they guard.
const LAST: [&str; 2] = [
    "MutatingWebhookConfiguration",
    "ValidatingWebhookConfiguration",
];

/// Apply stage of an object. Stages run in this order; the first two wait for readiness.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Stage {
    /// CRDs, Namespaces and ClusterRoles: applied, then waited for (CRD Established, namespace Active).
    ClusterDefinitions,
    /// Kinds whose name ends in `Class` (StorageClass, IngressClass, …): applied, then waited for.
    Classes,
    /// Everything else.
    Resources,
}

impl Stage {
    /// Whether the stage waits for its applied objects to become ready before the next stage.
    pub fn waits(self) -> bool {
        !matches!(self, Stage::Resources)
    }
}

/// The stage an object belongs to, from its `apiVersion` and `kind`.
pub fn stage_of(obj: &Value) -> Stage {
    let kind = string_at(obj, &["kind"]).unwrap_or_default();
    let api_version = string_at(obj, &["apiVersion"]).unwrap_or_default();
    let lower = kind.to_ascii_lowercase();
    let is_crd =
        lower == "customresourcedefinition" && api_version.starts_with("apiextensions.k8s.io/");
    let is_namespace = lower == "namespace" && api_version == "v1";
    let is_cluster_role =
        lower == "clusterrole" && api_version.starts_with("rbac.authorization.k8s.io/");
    if is_crd || is_namespace || is_cluster_role {
        Stage::ClusterDefinitions
    } else if kind.ends_with("Class") {
        Stage::Classes
    } else {
        Stage::Resources
    }
}

/// Rank of a kind: listed-first kinds are negative, unlisted kinds 0, listed-last kinds positive.
fn kind_rank(kind: &str) -> i32 {
    if let Some(i) = FIRST.iter().position(|k| *k == kind) {
        return i as i32 - FIRST.len() as i32;
    }
    if let Some(i) = LAST.iter().position(|k| *k == kind) {
        return i as i32 + 1;
    }
    0
}

/// Flux's apply order: by kind rank, then group, kind, namespace, name (so output is stable
/// whatever the input order).
pub fn compare(a: &SortKey<'_>, b: &SortKey<'_>) -> Ordering {
    kind_rank(a.kind)
        .cmp(&kind_rank(b.kind))
        .then_with(|| a.group.cmp(b.group))
        .then_with(|| a.kind.cmp(b.kind))
        .then_with(|| a.namespace.cmp(b.namespace))
        .then_with(|| a.name.cmp(b.name))
}

/// The fields [`compare`] looks at.
pub struct SortKey<'a> {
    pub group: &'a str,
    pub kind: &'a str,
    pub namespace: &'a str,
    pub name: &'a str,
}

impl<'a> From<&'a super::object_ref::ObjectRef> for SortKey<'a> {
    fn from(r: &'a super::object_ref::ObjectRef) -> Self {
        SortKey {
            group: &r.group,
            kind: &r.kind,
            namespace: &r.namespace,
            name: &r.name,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::object_ref::ObjectRef;
    use super::*;
    use serde_json::json;

    fn r(group: &str, kind: &str, ns: &str, name: &str) -> ObjectRef {
        ObjectRef {
            group: group.into(),
            version: "v1".into(),
            kind: kind.into(),
            namespace: ns.into(),
            name: name.into(),
        }
    }

    #[test]
    fn objects_sort_in_flux_kind_order() {
        let mut refs = vec![
            r(
                "admissionregistration.k8s.io",
                "ValidatingWebhookConfiguration",
                "",
                "v",
            ),
            r("example.com", "Widget", "a", "w"),
            r("apps", "Deployment", "a", "d"),
            r("", "Service", "a", "s"),
            r("", "ConfigMap", "b", "c"),
            r("", "ConfigMap", "a", "c"),
            r("", "Namespace", "", "a"),
            r(
                "apiextensions.k8s.io",
                "CustomResourceDefinition",
                "",
                "widgets.example.com",
            ),
            r("batch", "Job", "a", "j"),
        ];
        refs.sort_by(|a, b| compare(&a.into(), &b.into()));
        let got: Vec<String> = refs.iter().map(|r| r.to_string()).collect();
        assert_eq!(
            got,
            [
                "CustomResourceDefinition/widgets.example.com",
                "Namespace/a",
                "ConfigMap/a/c",
                "ConfigMap/b/c",
                "Service/a/s",
                "Deployment/a/d",
                "Job/a/j",
                "Widget/a/w",
                "ValidatingWebhookConfiguration/v",
            ]
        );
    }

    #[test]
    fn cluster_definitions_and_classes_get_their_own_stages() {
        let crd = json!({"apiVersion":"apiextensions.k8s.io/v1","kind":"CustomResourceDefinition"});
        let ns = json!({"apiVersion":"v1","kind":"Namespace"});
        let cr = json!({"apiVersion":"rbac.authorization.k8s.io/v1","kind":"ClusterRole"});
        let sc = json!({"apiVersion":"storage.k8s.io/v1","kind":"StorageClass"});
        let dep = json!({"apiVersion":"apps/v1","kind":"Deployment"});
        let fake_ns = json!({"apiVersion":"example.com/v1","kind":"Namespace"});
        assert_eq!(stage_of(&crd), Stage::ClusterDefinitions);
        assert_eq!(stage_of(&ns), Stage::ClusterDefinitions);
        assert_eq!(stage_of(&cr), Stage::ClusterDefinitions);
        assert_eq!(stage_of(&sc), Stage::Classes);
        assert_eq!(stage_of(&dep), Stage::Resources);
        assert_eq!(stage_of(&fake_ns), Stage::Resources);
    }
}
