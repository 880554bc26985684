//! Identity of an applied object: the key of the inventory, the change set and the apply cache.

use std::fmt;

use serde_json::Value;

use super::error::Error;

/// Separates the four fields of an inventory id. Kubernetes names never contain it.
const FIELD_SEPARATOR: char = '_';
/// RBAC names may contain ':' (e.g. `system:controller`), which inventory ids spell as "__".
const COLON_TRANSCODED: &str = "__";
const RBAC_GROUP: &str = "rbac.authorization.k8s.io";
const RBAC_KINDS: [&str; 4] = ["Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding"];

/// Identity of an applied object, as kept in a Kustomization's `status.inventory`.
///
/// The version is carried along (the inventory stores it next to the id) but is not part of the
/// inventory id: an object served at two versions is one object.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjectRef {
    /// API group, "" for the core group.
    pub group: String,
    /// API version without the group, e.g. "v1".
    pub version: String,
    pub kind: String,
    /// "" when cluster-scoped.
    pub namespace: String,
    pub name: String,
}

impl ObjectRef {
    /// Reads the identity of a manifest. Fails when `apiVersion`, `kind` or `metadata.name` is
    /// missing or empty, the check Flux runs on every built resource.
    pub fn from_object(obj: &Value) -> Result<Self, Error> {
        let api_version = string_at(obj, &["apiVersion"]);
        let kind = string_at(obj, &["kind"]);
        let name = string_at(obj, &["metadata", "name"]);
        let namespace = string_at(obj, &["metadata", "namespace"]).unwrap_or_default();
        let missing = match (&api_version, &kind, &name) {
            (None, _, _) => Some("apiVersion"),
            (_, None, _) => Some("kind"),
            (_, _, None) => Some("metadata.name"),
            _ => None,
        };
        if let Some(field) = missing {
            return Err(Error::InvalidObject {
                subject: describe_partial(kind.as_deref(), &namespace, name.as_deref()),
                field,
            });
        }
        let (group, version) = split_api_version(api_version.as_deref().unwrap_or_default());
        Ok(Self {
            group,
            version,
            kind: kind.unwrap_or_default(),
            namespace,
            name: name.unwrap_or_default(),
        })
    }

    /// `apiVersion` as written in manifests: "v1" for the core group, "apps/v1" otherwise.
    pub fn api_version(&self) -> String {
        if self.group.is_empty() {
            self.version.clone()
        } else {
            format!("{}/{}", self.group, self.version)
        }
    }

    /// Flux's inventory id `<namespace>_<name>_<group>_<kind>`, e.g. `default_podinfo__Service`.
    pub fn inventory_id(&self) -> String {
        let name = if self.is_rbac() {
            self.name.replace(':', COLON_TRANSCODED)
        } else {
            self.name.clone()
        };
        format!(
            "{ns}{s}{name}{s}{group}{s}{kind}",
            ns = self.namespace,
            group = self.group,
            kind = self.kind,
            s = FIELD_SEPARATOR
        )
    }

    /// Inverse of [`ObjectRef::inventory_id`]. Namespace is the text before the first '_', kind
    /// and group the last two fields; what remains is the name, where "__" stands for ':'. Any
    /// other '_' left in the name means the id is malformed, as in Flux.
    pub fn from_inventory(id: &str, version: &str) -> Option<Self> {
        let (namespace, rest) = id.split_once(FIELD_SEPARATOR)?;
        let (rest, kind) = rest.rsplit_once(FIELD_SEPARATOR)?;
        let (name, group) = rest.rsplit_once(FIELD_SEPARATOR)?;
        let name = name.replace(COLON_TRANSCODED, ":");
        if name.contains(FIELD_SEPARATOR) || name.is_empty() || kind.is_empty() {
            return None;
        }
        Some(Self {
            group: group.to_string(),
            version: version.to_string(),
            kind: kind.to_string(),
            namespace: namespace.to_string(),
            name,
        })
    }

    fn is_rbac(&self) -> bool {
        self.group == RBAC_GROUP && RBAC_KINDS.contains(&self.kind.as_str())
    }
}

/// Flux's change set subject: `Deployment/default/podinfo`, cluster-scoped `Namespace/apps`.
impl fmt::Display for ObjectRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.namespace.is_empty() {
            write!(f, "{}/{}", self.kind, self.name)
        } else {
            write!(f, "{}/{}/{}", self.kind, self.namespace, self.name)
        }
    }
}

/// Splits "apps/v1" into ("apps", "v1") and "v1" into ("", "v1").
pub(crate) fn split_api_version(api_version: &str) -> (String, String) {
    match api_version.split_once('/') {
        Some((group, version)) => (group.to_string(), version.to_string()),
        None => (String::new(), api_version.to_string()),
    }
}

/// A non-empty string found at `path`, if any.
pub(crate) fn string_at(obj: &Value, path: &[&str]) -> Option<String> {
    let mut cur = obj;
    for key in path {
        cur = cur.get(key)?;
    }
    cur.as_str().filter(|s| !s.is_empty()).map(str::to_string)
}

/// Names an object that failed validation as well as its known fields allow.
fn describe_partial(kind: Option<&str>, namespace: &str, name: Option<&str>) -> String {
    let kind = kind.unwrap_or("<no kind>");
    let name = name.unwrap_or("<no name>");
    if namespace.is_empty() {
        format!("{kind}/{name}")
    } else {
        format!("{kind}/{namespace}/{name}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn svc() -> ObjectRef {
        ObjectRef::from_object(&json!({
            "apiVersion": "v1", "kind": "Service",
            "metadata": {"name": "podinfo", "namespace": "default"}
        }))
        .unwrap()
    }

    #[test]
    fn inventory_id_matches_flux_format() {
        assert_eq!(svc().inventory_id(), "default_podinfo__Service");
        let ns = ObjectRef::from_object(
            &json!({"apiVersion":"v1","kind":"Namespace","metadata":{"name":"apps"}}),
        )
        .unwrap();
        assert_eq!(ns.inventory_id(), "_apps__Namespace");
    }

    #[test]
    fn inventory_id_round_trips() {
        let dep = ObjectRef {
            group: "apps".into(),
            version: "v1".into(),
            kind: "Deployment".into(),
            namespace: "default".into(),
            name: "podinfo".into(),
        };
        let id = dep.inventory_id();
        assert_eq!(id, "default_podinfo_apps_Deployment");
        assert_eq!(ObjectRef::from_inventory(&id, "v1"), Some(dep));
        let parsed = ObjectRef::from_inventory("default_podinfo__Service", "v1").unwrap();
        assert_eq!(parsed, svc());
    }

    #[test]
    fn rbac_names_with_colons_are_transcoded() {
        let cr = ObjectRef {
            group: "rbac.authorization.k8s.io".into(),
            version: "v1".into(),
            kind: "ClusterRole".into(),
            namespace: "".into(),
            name: "system:flux:view".into(),
        };
        let id = cr.inventory_id();
        assert_eq!(
            id,
            "_system__flux__view_rbac.authorization.k8s.io_ClusterRole"
        );
        assert_eq!(ObjectRef::from_inventory(&id, "v1"), Some(cr));
    }

    #[test]
    fn malformed_inventory_ids_are_rejected() {
        assert_eq!(ObjectRef::from_inventory("nounderscore", "v1"), None);
        assert_eq!(ObjectRef::from_inventory("a_b", "v1"), None);
        assert_eq!(
            ObjectRef::from_inventory("ns_a_b_apps_Deployment", "v1"),
            None
        );
    }

    #[test]
    fn subject_omits_empty_namespace() {
        assert_eq!(svc().to_string(), "Service/default/podinfo");
        let ns = ObjectRef::from_inventory("_apps__Namespace", "v1").unwrap();
        assert_eq!(ns.to_string(), "Namespace/apps");
    }

    #[test]
    fn object_without_name_is_invalid() {
        let err =
            ObjectRef::from_object(&json!({"apiVersion":"v1","kind":"ConfigMap","metadata":{}}))
                .unwrap_err();
        assert_eq!(
            err.to_string(),
            "ConfigMap/<no name> is invalid: metadata.name is missing"
        );
        let err = ObjectRef::from_object(&json!({"apiVersion":"v1","metadata":{"name":"x"}}))
            .unwrap_err();
        assert_eq!(err.to_string(), "<no kind>/x is invalid: kind is missing");
    }
}
