//! `flux tree kustomization`: the objects a Kustomization applied (its `status.inventory`), followed into child
//! Kustomizations and into the manifests of HelmReleases' Helm storage Secrets, printed with Flux's `├──`
//! connectors or as JSON/YAML.
//!
//! RBAC: get on Kustomizations and HelmReleases, get on Secrets in HelmReleases' storage namespaces.

use std::collections::BTreeMap;
use std::io::Read;

use base64::Engine;
use k8s_openapi::api::core::v1::Secret;
use k8s_openapi::apiextensions_apiserver::pkg::apis::apiextensions::v1::CustomResourceDefinition;
use kube::api::{Api, ListParams};
use kube::{Client, ResourceExt};
use serde::Serialize;

use crate::api::helm::{CrdsPolicy, HelmRelease};
use crate::api::kustomize::Kustomization;

const KUSTOMIZE_GROUP: &str = "kustomize.toolkit.fluxcd.io";
const HELM_GROUP: &str = "helm.toolkit.fluxcd.io";
/// `--compact` keeps only objects whose group contains this.
const FLUX_GROUP_SUFFIX: &str = "toolkit.fluxcd.io";

/// A failed tree walk.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// An inventory entry is not `<namespace>_<name>_<group>_<kind>`.
    #[error("unable to parse stored object metadata: {0}")]
    ParseId(String),
    /// A Kustomization or HelmRelease of the tree could not be read.
    #[error("failed to find object: {0}")]
    Get(#[source] super::Error),
    /// The Helm storage Secret could not be read.
    #[error("failed to find the Helm storage object for HelmRelease '{release}': {message}")]
    Storage { release: String, message: String },
    /// The Helm storage Secret holds no readable release.
    #[error("failed to decode the Helm storage object for HelmRelease '{release}': {message}")]
    Decode { release: String, message: String },
}

/// An object's identity without version, printed `Kind/namespace/name` (`Kind/name` when cluster-scoped).
/// Serialises with Go's field names, as Flux's `-o json|yaml` shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ObjMetadata {
    #[serde(rename = "Namespace")]
    pub namespace: String,
    #[serde(rename = "Name")]
    pub name: String,
    #[serde(rename = "GroupKind")]
    pub group_kind: GroupKind,
}

/// Group and kind of an object (core group empty).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GroupKind {
    #[serde(rename = "Group")]
    pub group: String,
    #[serde(rename = "Kind")]
    pub kind: String,
}

impl ObjMetadata {
    /// An identity from its parts.
    pub fn new(namespace: &str, name: &str, group: &str, kind: &str) -> Self {
        Self {
            namespace: namespace.to_string(),
            name: name.to_string(),
            group_kind: GroupKind {
                group: group.to_string(),
                kind: kind.to_string(),
            },
        }
    }

    /// Parses an inventory id `<namespace>_<name>_<group>_<kind>`: the namespace ends at the first `_`, the
    /// kind and group are the last two fields, and `__` in the name stands for `:` (RBAC names).
    pub fn parse(id: &str) -> Result<Self, Error> {
        let bad = || Error::ParseId(id.to_string());
        let (namespace, rest) = id.split_once('_').ok_or_else(bad)?;
        let (rest, kind) = rest.rsplit_once('_').ok_or_else(bad)?;
        let (name, group) = rest.rsplit_once('_').ok_or_else(bad)?;
        if name.is_empty() || kind.is_empty() {
            return Err(bad());
        }
        Ok(Self::new(namespace, &name.replace("__", ":"), group, kind))
    }

    /// `Kind/namespace/name`, or `Kind/name` for cluster-scoped objects.
    pub fn text(&self) -> String {
        if self.namespace.is_empty() {
            format!("{}/{}", self.group_kind.kind, self.name)
        } else {
            format!("{}/{}/{}", self.group_kind.kind, self.namespace, self.name)
        }
    }

    fn is_flux(&self) -> bool {
        self.group_kind.group.contains(FLUX_GROUP_SUFFIX)
    }
}

/// A node of the tree and the objects under it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Tree {
    pub resource: ObjMetadata,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub resources: Vec<Tree>,
}

impl Tree {
    /// A tree with one node.
    pub fn new(resource: ObjMetadata) -> Self {
        Self {
            resource,
            resources: Vec::new(),
        }
    }

    /// The tree as Flux prints it: the root, then one line per node with `├── `, `└── ` and `│   ` prefixes.
    pub fn print(&self) -> String {
        let mut out = format!("{}\n", self.resource.text());
        print_items(&self.resources, &mut Vec::new(), &mut out);
        out
    }
}

fn print_items(items: &[Tree], spaces: &mut Vec<bool>, out: &mut String) {
    for (i, item) in items.iter().enumerate() {
        let last = i + 1 == items.len();
        for &space in spaces.iter() {
            out.push_str(if space { "    " } else { "│   " });
        }
        out.push_str(if last { "└── " } else { "├── " });
        out.push_str(&item.resource.text());
        out.push('\n');
        if !item.resources.is_empty() {
            spaces.push(last);
            print_items(&item.resources, spaces, out);
            spaces.pop();
        }
    }
}

/// The tree of a Kustomization: its inventory, minus itself, with child Kustomizations expanded (unless this one
/// applies to a remote cluster) and HelmReleases' manifests listed; `compact` keeps Flux objects only.
pub async fn kustomization_tree(
    client: &Client,
    ks: &Kustomization,
    compact: bool,
) -> Result<Tree, Error> {
    let mut root = Tree::new(ObjMetadata::new(
        &ks.namespace().unwrap_or_default(),
        &ks.name_any(),
        KUSTOMIZE_GROUP,
        "Kustomization",
    ));
    add_inventory(client, &mut root, ks, compact).await?;
    Ok(root)
}

async fn add_inventory(
    client: &Client,
    node: &mut Tree,
    ks: &Kustomization,
    compact: bool,
) -> Result<(), Error> {
    let entries = ks
        .status
        .as_ref()
        .and_then(|s| s.inventory.as_ref())
        .map(|i| i.entries.clone())
        .unwrap_or_default();
    let own_ns = ks.namespace().unwrap_or_default();
    for entry in entries {
        let obj = ObjMetadata::parse(&entry.id)?;
        if compact && !obj.is_flux() {
            continue;
        }
        let is_ks =
            obj.group_kind.group == KUSTOMIZE_GROUP && obj.group_kind.kind == "Kustomization";
        if is_ks && obj.namespace == own_ns && obj.name == ks.name_any() {
            continue;
        }
        let mut child = Tree::new(obj.clone());
        if obj.group_kind.group == HELM_GROUP && obj.group_kind.kind == "HelmRelease" {
            for o in helm_release_objects(client, &obj.namespace, &obj.name).await? {
                if !compact || o.is_flux() {
                    child.resources.push(Tree::new(o));
                }
            }
        }
        if is_ks && ks.spec.kube_config.is_none() {
            let api: Api<Kustomization> = Api::namespaced(client.clone(), &obj.namespace);
            let nested = super::get(&api, &obj.namespace, &obj.name)
                .await
                .map_err(Error::Get)?;
            Box::pin(add_inventory(client, &mut child, &nested, compact)).await?;
        }
        node.resources.push(child);
    }
    Ok(())
}

/// The objects of a HelmRelease's current release, read from its Helm storage Secret
/// (`sh.helm.release.v1.<name>.v<version>`), plus the CRDs labelled as its own when it manages CRDs.
async fn helm_release_objects(
    client: &Client,
    namespace: &str,
    name: &str,
) -> Result<Vec<ObjMetadata>, Error> {
    let api: Api<HelmRelease> = Api::namespaced(client.clone(), namespace);
    let hr = super::get(&api, namespace, name)
        .await
        .map_err(Error::Get)?;
    if hr.spec.kube_config.is_some() {
        return Ok(Vec::new());
    }
    let status = hr.status.clone().unwrap_or_default();
    let storage_ns = status.storage_namespace.unwrap_or_default();
    let Some(latest) = status.history.as_ref().and_then(|h| h.first()) else {
        return Ok(Vec::new());
    };
    if storage_ns.is_empty() {
        return Ok(Vec::new());
    }
    let release = format!("{namespace}/{name}");
    let secrets: Api<Secret> = Api::namespaced(client.clone(), &storage_ns);
    let secret_name = format!("sh.helm.release.v1.{}.v{}", latest.name, latest.version);
    let secret = match secrets.get_opt(&secret_name).await {
        Ok(Some(s)) => s,
        Ok(None) => return Ok(Vec::new()),
        Err(e) => {
            return Err(Error::Storage {
                release,
                message: crate::cluster::describe(&e),
            });
        }
    };
    let decode = |message: String| Error::Decode {
        release: release.clone(),
        message,
    };
    let data = secret
        .data
        .as_ref()
        .and_then(|d| d.get("release"))
        .ok_or_else(|| decode("no release key".into()))?;
    let manifest = decode_release_manifest(&data.0).map_err(decode)?;
    let mut scopes: BTreeMap<(String, String), bool> = BTreeMap::new();
    let mut result = Vec::new();
    for doc in manifest_objects(&manifest) {
        let (api_version, kind, obj_name, mut obj_ns) = doc;
        if obj_ns.is_empty() {
            let key = (api_version.clone(), kind.clone());
            let namespaced = match scopes.get(&key) {
                Some(n) => *n,
                None => {
                    let n = is_namespaced(client, &api_version, &kind).await;
                    scopes.insert(key, n);
                    n
                }
            };
            if namespaced {
                obj_ns = latest.namespace.clone();
            }
        }
        let group = api_version
            .rsplit_once('/')
            .map(|(g, _)| g.to_string())
            .unwrap_or_default();
        result.push(ObjMetadata::new(&obj_ns, &obj_name, &group, &kind));
    }
    let manages_crds = |p: Option<&CrdsPolicy>| p.is_some_and(|p| !matches!(p, CrdsPolicy::Skip));
    let install_crds = hr.spec.install.as_ref().and_then(|i| i.crds.as_ref());
    let upgrade_crds = hr.spec.upgrade.as_ref().and_then(|u| u.crds.as_ref());
    if manages_crds(install_crds) || manages_crds(upgrade_crds) {
        let crds: Api<CustomResourceDefinition> = Api::all(client.clone());
        let lp = ListParams::default().labels(&format!(
            "{HELM_GROUP}/name={name},{HELM_GROUP}/namespace={namespace}"
        ));
        if let Ok(list) = crds.list(&lp).await {
            for crd in list.items {
                let crd_name = crd.name_any();
                let known = result
                    .iter()
                    .any(|r| r.name == crd_name && r.group_kind.kind == "CustomResourceDefinition");
                if !known {
                    result.push(ObjMetadata::new(
                        "",
                        &crd_name,
                        "apiextensions.k8s.io",
                        "CustomResourceDefinition",
                    ));
                }
            }
        }
    }
    Ok(result)
}

/// Whether a kind is namespaced, per the API server's discovery; unknown kinds count as namespaced.
async fn is_namespaced(client: &Client, api_version: &str, kind: &str) -> bool {
    let (group, version) = api_version.rsplit_once('/').unwrap_or(("", api_version));
    let gvk = kube::api::GroupVersionKind::gvk(group, version, kind);
    match kube::discovery::pinned_kind(client, &gvk).await {
        Ok((_, caps)) => caps.scope == kube::discovery::Scope::Namespaced,
        Err(_) => true,
    }
}

/// The manifest of a Helm release record: base64, optionally gzip-compressed JSON with a `manifest` field.
pub fn decode_release_manifest(raw: &[u8]) -> Result<String, String> {
    let b = base64::engine::general_purpose::STANDARD
        .decode(raw)
        .map_err(|e| e.to_string())?;
    let json = if b.starts_with(&[0x1f, 0x8b, 0x08]) {
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(&b[..])
            .read_to_end(&mut out)
            .map_err(|e| e.to_string())?;
        out
    } else {
        b
    };
    let release: serde_json::Value = serde_json::from_slice(&json).map_err(|e| e.to_string())?;
    Ok(release["manifest"].as_str().unwrap_or_default().to_string())
}

/// `(apiVersion, kind, name, namespace)` of every object in a multi-document manifest (Lists expanded).
fn manifest_objects(manifest: &str) -> Vec<(String, String, String, String)> {
    let mut out = Vec::new();
    for doc in manifest.split("\n---") {
        let Ok(v) = yaml_serde::from_str::<serde_json::Value>(doc.trim_start_matches("---")) else {
            continue;
        };
        let items = match v["kind"].as_str() {
            Some(k) if k.ends_with("List") && v["items"].is_array() => {
                v["items"].as_array().cloned().unwrap_or_default()
            }
            _ => vec![v],
        };
        for item in items {
            let (Some(av), Some(kind), Some(name)) = (
                item["apiVersion"].as_str(),
                item["kind"].as_str(),
                item["metadata"]["name"].as_str(),
            ) else {
                continue;
            };
            let ns = item["metadata"]["namespace"].as_str().unwrap_or_default();
            out.push((av.into(), kind.into(), name.into(), ns.into()));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inventory_ids_split_into_namespace_name_group_kind() {
        let o = ObjMetadata::parse("flux-system_source-controller_apps_Deployment").unwrap();
        assert_eq!(
            o,
            ObjMetadata::new("flux-system", "source-controller", "apps", "Deployment")
        );
        let ns = ObjMetadata::parse("_cert-manager__Namespace").unwrap();
        assert_eq!(ns, ObjMetadata::new("", "cert-manager", "", "Namespace"));
        assert_eq!(ns.text(), "Namespace/cert-manager");
        let rbac = ObjMetadata::parse("_system__controller_rbac.authorization.k8s.io_ClusterRole")
            .unwrap();
        assert_eq!(rbac.name, "system:controller");
        assert!(ObjMetadata::parse("nonsense").is_err());
    }

    #[test]
    fn tree_prints_with_flux_connectors() {
        let mut root = Tree::new(ObjMetadata::new(
            "ns",
            "root",
            KUSTOMIZE_GROUP,
            "Kustomization",
        ));
        let mut child = Tree::new(ObjMetadata::new(
            "ns",
            "infra",
            KUSTOMIZE_GROUP,
            "Kustomization",
        ));
        child
            .resources
            .push(Tree::new(ObjMetadata::new("", "cm", "", "Namespace")));
        child.resources.push(Tree::new(ObjMetadata::new(
            "cm",
            "repo",
            "source.toolkit.fluxcd.io",
            "HelmRepository",
        )));
        root.resources.push(child);
        root.resources.push(Tree::new(ObjMetadata::new(
            "ns",
            "src",
            "source.toolkit.fluxcd.io",
            "GitRepository",
        )));
        assert_eq!(
            root.print(),
            "Kustomization/ns/root\n\
             ├── Kustomization/ns/infra\n\
             │   ├── Namespace/cm\n\
             │   └── HelmRepository/cm/repo\n\
             └── GitRepository/ns/src\n"
        );
    }

    #[test]
    fn tree_json_uses_go_field_names() {
        let root = Tree::new(ObjMetadata::new(
            "ns",
            "root",
            KUSTOMIZE_GROUP,
            "Kustomization",
        ));
        let v = serde_json::to_value(&root).unwrap();
        assert_eq!(v["resource"]["GroupKind"]["Kind"], "Kustomization");
        assert!(v.get("resources").is_none());
    }

    #[test]
    fn helm_release_records_decode_plain_and_gzipped() {
        use std::io::Write;
        let json = br#"{"name":"app","manifest":"---\nkind: ConfigMap\napiVersion: v1\nmetadata:\n  name: c\n"}"#;
        let plain = base64::engine::general_purpose::STANDARD.encode(json);
        let manifest = decode_release_manifest(plain.as_bytes()).unwrap();
        assert_eq!(
            manifest_objects(&manifest),
            vec![("v1".into(), "ConfigMap".into(), "c".into(), String::new())]
        );
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(json).unwrap();
        let zipped = base64::engine::general_purpose::STANDARD.encode(gz.finish().unwrap());
        assert_eq!(
            decode_release_manifest(zipped.as_bytes()).unwrap(),
            manifest
        );
    }
}
