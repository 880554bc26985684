//! One Kubernetes object in a build, its identity (group/version/kind, name, namespace) and history.

use std::fmt;

use serde_json::{Map, Value};

use crate::error::{Result, invalid};

/// Group, version and kind; empty parts match anything when used as a selector.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Gvk {
    pub group: String,
    pub version: String,
    pub kind: String,
}

impl Gvk {
    /// Splits an apiVersion (`apps/v1`, `v1`) and a kind.
    pub fn from_api_version(api_version: &str, kind: &str) -> Gvk {
        let (group, version) = match api_version.split_once('/') {
            Some((g, v)) => (g.to_string(), v.to_string()),
            None => (String::new(), api_version.to_string()),
        };
        Gvk {
            group,
            version,
            kind: kind.to_string(),
        }
    }

    /// The apiVersion text.
    pub fn api_version(&self) -> String {
        if self.group.is_empty() {
            self.version.clone()
        } else {
            format!("{}/{}", self.group, self.version)
        }
    }

    /// Whether this gvk is picked by `selector` (empty selector parts match anything).
    pub fn is_selected(&self, selector: &Gvk) -> bool {
        (selector.group.is_empty() || selector.group == self.group)
            && (selector.version.is_empty() || selector.version == self.version)
            && (selector.kind.is_empty() || selector.kind == self.kind)
    }

    /// Whether objects of this kind live outside namespaces: only the group/version/kinds
    /// kustomize's built-in schema (Kubernetes 1.21) lists as cluster-scoped. Anything else,
    /// custom kinds and newer built-in ones (ValidatingAdmissionPolicy) included, is taken as
    /// namespaced, as kustomize does.
    pub fn is_cluster_scoped(&self) -> bool {
        CLUSTER_SCOPED.iter().any(|(k, g, v)| {
            *k == self.kind && *g == self.group && v.split('|').any(|v| v == self.version)
        })
    }
}

/// The cluster-scoped kinds of kustomize's built-in schema (Kubernetes 1.21): kind, group,
/// versions.
const CLUSTER_SCOPED: &[(&str, &str, &str)] = &[
    ("CSIDriver", "storage.k8s.io", "v1|v1beta1"),
    ("CSINode", "storage.k8s.io", "v1|v1beta1"),
    (
        "CertificateSigningRequest",
        "certificates.k8s.io",
        "v1|v1beta1",
    ),
    ("ClusterRole", "rbac.authorization.k8s.io", "v1|v1beta1"),
    (
        "ClusterRoleBinding",
        "rbac.authorization.k8s.io",
        "v1|v1beta1",
    ),
    ("ComponentStatus", "", "v1"),
    (
        "CustomResourceDefinition",
        "apiextensions.k8s.io",
        "v1|v1beta1",
    ),
    ("FlowSchema", "flowcontrol.apiserver.k8s.io", "v1beta1"),
    ("IngressClass", "networking.k8s.io", "v1|v1beta1"),
    (
        "MutatingWebhookConfiguration",
        "admissionregistration.k8s.io",
        "v1|v1beta1",
    ),
    ("Namespace", "", "v1"),
    ("Node", "", "v1"),
    ("PersistentVolume", "", "v1"),
    ("PodSecurityPolicy", "policy", "v1beta1"),
    ("PriorityClass", "scheduling.k8s.io", "v1|v1beta1"),
    (
        "PriorityLevelConfiguration",
        "flowcontrol.apiserver.k8s.io",
        "v1beta1",
    ),
    ("RuntimeClass", "node.k8s.io", "v1|v1beta1"),
    (
        "SelfSubjectAccessReview",
        "authorization.k8s.io",
        "v1|v1beta1",
    ),
    (
        "SelfSubjectRulesReview",
        "authorization.k8s.io",
        "v1|v1beta1",
    ),
    ("StorageClass", "storage.k8s.io", "v1|v1beta1"),
    ("TokenReview", "authentication.k8s.io", "v1|v1beta1"),
    (
        "ValidatingWebhookConfiguration",
        "admissionregistration.k8s.io",
        "v1|v1beta1",
    ),
    ("VolumeAttachment", "storage.k8s.io", "v1|v1beta1"),
];

/// An object's identity.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct ResId {
    pub gvk: Gvk,
    pub name: String,
    pub namespace: String,
}

impl ResId {
    /// Same object: same gvk and name, namespaces equal treating "" as "default".
    pub fn equals(&self, other: &ResId) -> bool {
        self.gvk == other.gvk && self.name == other.name && self.ns_equals(other)
    }

    /// Namespaces equal, "" and "default" being the same.
    pub fn ns_equals(&self, other: &ResId) -> bool {
        effective_ns(&self.namespace) == effective_ns(&other.namespace)
    }

    pub fn is_cluster_scoped(&self) -> bool {
        self.gvk.is_cluster_scoped()
    }
}

fn effective_ns(ns: &str) -> &str {
    if ns.is_empty() { "default" } else { ns }
}

impl fmt::Display for ResId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let g = if self.gvk.group.is_empty() {
            "[noGrp]"
        } else {
            &self.gvk.group
        };
        let ns = if self.namespace.is_empty() {
            "[noNs]"
        } else {
            &self.namespace
        };
        write!(
            f,
            "{}.{}.{}/{}.{}",
            g, self.gvk.version, self.gvk.kind, self.name, ns
        )
    }
}

/// How a generated object combines with an existing one of the same id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Behavior {
    #[default]
    Create,
    Merge,
    Replace,
}

impl Behavior {
    pub fn parse(s: &str) -> Result<Behavior> {
        match s {
            "" | "create" => Ok(Behavior::Create),
            "merge" => Ok(Behavior::Merge),
            "replace" => Ok(Behavior::Replace),
            other => Err(invalid(format!("unknown generator behavior '{other}'"))),
        }
    }
}

/// An object with the build's bookkeeping.
#[derive(Debug, Clone)]
pub struct Resource {
    /// The object (a JSON map).
    pub obj: Value,
    /// Ids this object had before renames, oldest first.
    pub prev_ids: Vec<ResId>,
    /// Generator behavior, for generated objects.
    pub behavior: Behavior,
    /// Whether a content hash is appended to the name at the end of the build.
    pub needs_hash: bool,
    /// Name prefixes and suffixes applied so far (for telling name references apart).
    pub prefixes: Vec<String>,
    pub suffixes: Vec<String>,
    /// Variable names this object's fields refer to (legacy vars).
    pub ref_var_names: Vec<String>,
    /// Where the object came from, when buildMetadata asks for it.
    pub origin: Option<crate::transform::origin::Origin>,
    /// Built-in transformers that ran over the object (buildMetadata: transformerAnnotations).
    pub transformations: Vec<crate::transform::origin::Origin>,
}

impl Resource {
    pub fn new(obj: Value) -> Resource {
        Resource {
            obj,
            prev_ids: Vec::new(),
            behavior: Behavior::Create,
            needs_hash: false,
            prefixes: Vec::new(),
            suffixes: Vec::new(),
            ref_var_names: Vec::new(),
            origin: None,
            transformations: Vec::new(),
        }
    }

    fn str_at(&self, path: &[&str]) -> &str {
        let mut v = &self.obj;
        for p in path {
            match v.get(p) {
                Some(x) => v = x,
                None => return "",
            }
        }
        v.as_str().unwrap_or("")
    }

    pub fn kind(&self) -> &str {
        self.str_at(&["kind"])
    }
    pub fn api_version(&self) -> &str {
        self.str_at(&["apiVersion"])
    }
    pub fn name(&self) -> &str {
        self.str_at(&["metadata", "name"])
    }
    pub fn namespace(&self) -> &str {
        self.str_at(&["metadata", "namespace"])
    }
    pub fn gvk(&self) -> Gvk {
        Gvk::from_api_version(self.api_version(), self.kind())
    }

    /// The id the object has now.
    pub fn cur_id(&self) -> ResId {
        ResId {
            gvk: self.gvk(),
            name: self.name().to_string(),
            namespace: self.namespace().to_string(),
        }
    }

    /// The id the object had when it was loaded.
    pub fn org_id(&self) -> ResId {
        self.prev_ids
            .first()
            .cloned()
            .unwrap_or_else(|| self.cur_id())
    }

    /// Remembers the current id before a rename.
    pub fn store_previous_id(&mut self) {
        let id = self.cur_id();
        self.prev_ids.push(id);
    }

    /// Every id the object had, then the current one.
    pub fn all_ids(&self) -> Vec<ResId> {
        let mut ids = self.prev_ids.clone();
        ids.push(self.cur_id());
        ids
    }

    pub fn metadata_mut(&mut self) -> &mut Map<String, Value> {
        let obj = object_mut(&mut self.obj);
        let md = obj
            .entry("metadata")
            .or_insert_with(|| Value::Object(Map::new()));
        object_mut(md)
    }

    pub fn set_name(&mut self, name: &str) {
        self.metadata_mut()
            .insert("name".into(), Value::String(name.into()));
    }

    pub fn set_namespace(&mut self, ns: &str) {
        if ns.is_empty() {
            self.metadata_mut().remove("namespace");
        } else {
            self.metadata_mut()
                .insert("namespace".into(), Value::String(ns.into()));
        }
    }

    /// A string map under metadata (`labels` or `annotations`).
    pub fn string_map(&self, field: &str) -> Map<String, Value> {
        self.obj
            .get("metadata")
            .and_then(|m| m.get(field))
            .and_then(|v| v.as_object())
            .cloned()
            .unwrap_or_default()
    }

    pub fn set_string_map(&mut self, field: &str, map: Map<String, Value>) {
        if map.is_empty() {
            self.metadata_mut().remove(field);
        } else {
            self.metadata_mut().insert(field.into(), Value::Object(map));
        }
    }

    /// Whether both objects had the same prefixes and suffixes applied (kustomize's
    /// PrefixesSuffixesEquals).
    pub fn prefixes_suffixes_equal(&self, other: &Resource, allow_empty: bool) -> bool {
        let p = (allow_empty && (self.prefixes.is_empty() || other.prefixes.is_empty()))
            || same_ending(&self.prefixes, &other.prefixes);
        let s = (allow_empty && (self.suffixes.is_empty() || other.suffixes.is_empty()))
            || same_ending(&self.suffixes, &other.suffixes);
        p && s
    }
}

/// The map inside a value, making it one if it is not.
pub fn object_mut(v: &mut Value) -> &mut Map<String, Value> {
    if !v.is_object() {
        *v = Value::Object(Map::new());
    }
    match v {
        Value::Object(m) => m,
        _ => unreachable!("value was just made an object"),
    }
}

/// Checks that a parsed document is a usable object (a map with kind and a name).
pub fn check_object(v: &Value) -> Result<()> {
    let Some(m) = v.as_object() else {
        return Err(invalid("resource is not a map"));
    };
    if m.get("kind")
        .and_then(|k| k.as_str())
        .is_none_or(|k| k.is_empty())
    {
        return Err(invalid("missing kind in object"));
    }
    let name = m.get("metadata").and_then(|md| md.get("name"));
    if name.is_none_or(|n| n.is_null() || n.as_str() == Some("")) {
        return Err(invalid("missing metadata.name in object"));
    }
    Ok(())
}

/// Whether two lists end the same way (the shorter is a tail of the longer).
fn same_ending(a: &[String], b: &[String]) -> bool {
    let (short, long) = if a.len() > b.len() { (b, a) } else { (a, b) };
    if short.is_empty() {
        return long.is_empty();
    }
    long[long.len() - short.len()..] == *short
}
