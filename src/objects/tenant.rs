//! The objects of a Flux tenant (`flux create tenant`): per namespace, the Namespace, a ServiceAccount and a
//! RoleBinding granting it (and Flux's `gotk:<namespace>:reconciler` user) a ClusterRole, all labelled
//! `toolkit.fluxcd.io/tenant: <tenant>`.

use std::collections::BTreeMap;

use serde_json::{Value, json};

/// The label naming the tenant an object belongs to.
pub const TENANT_LABEL: &str = "toolkit.fluxcd.io/tenant";

/// What a tenant is made of.
#[derive(Debug, Clone)]
pub struct Options {
    /// The tenant's name.
    pub name: String,
    /// Its namespaces.
    pub namespaces: Vec<String>,
    /// The ClusterRole bound in each namespace.
    pub cluster_role: String,
    /// The service account's name; the tenant's name when `None`.
    pub service_account: Option<String>,
    /// Labels added to every object (the tenant label is added too).
    pub labels: BTreeMap<String, String>,
}

/// One namespace's objects.
pub struct NamespaceObjects {
    /// The Namespace.
    pub namespace: Value,
    /// The ServiceAccount the tenant's objects reconcile as.
    pub service_account: Value,
    /// The RoleBinding of the ServiceAccount and Flux's reconciler user to the ClusterRole.
    pub role_binding: Value,
}

/// The objects of every namespace of the tenant, in the order given.
pub fn build(opts: &Options) -> Vec<NamespaceObjects> {
    let mut labels = opts.labels.clone();
    labels.insert(TENANT_LABEL.to_string(), opts.name.clone());
    let account = opts
        .service_account
        .clone()
        .unwrap_or_else(|| opts.name.clone());
    opts.namespaces
        .iter()
        .map(|ns| NamespaceObjects {
            namespace: json!({
                "apiVersion": "v1",
                "kind": "Namespace",
                "metadata": {"name": ns, "labels": labels},
            }),
            service_account: json!({
                "apiVersion": "v1",
                "kind": "ServiceAccount",
                "metadata": {"name": account, "namespace": ns, "labels": labels},
            }),
            role_binding: json!({
                "apiVersion": "rbac.authorization.k8s.io/v1",
                "kind": "RoleBinding",
                "metadata": {"name": format!("{}-reconciler", opts.name), "namespace": ns, "labels": labels},
                "roleRef": {
                    "apiGroup": "rbac.authorization.k8s.io",
                    "kind": "ClusterRole",
                    "name": opts.cluster_role,
                },
                "subjects": [
                    {"apiGroup": "rbac.authorization.k8s.io", "kind": "User", "name": format!("gotk:{ns}:reconciler")},
                    {"kind": "ServiceAccount", "name": account, "namespace": ns},
                ],
            }),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_namespace_gets_an_account_bound_to_the_cluster_role() {
        let objs = build(&Options {
            name: "dev-team".into(),
            namespaces: vec!["apps".into(), "web".into()],
            cluster_role: "view".into(),
            service_account: None,
            labels: BTreeMap::new(),
        });
        assert_eq!(objs.len(), 2);
        let rb = &objs[1].role_binding;
        assert_eq!(rb["metadata"]["name"], "dev-team-reconciler");
        assert_eq!(rb["roleRef"]["name"], "view");
        assert_eq!(rb["subjects"][0]["name"], "gotk:web:reconciler");
        assert_eq!(rb["subjects"][1]["name"], "dev-team");
        assert_eq!(
            objs[0].namespace["metadata"]["labels"][TENANT_LABEL],
            "dev-team"
        );
    }
}
