//! Finds the source a Kustomization points at (`spec.sourceRef`) and its current artifact, applying the
//! multi-tenancy rule `--no-cross-namespace-refs`.

use kube::api::{Api, ApiResource, DynamicObject};
use kube::{Client, Resource};

use crate::api::kustomize::Kustomization;
use crate::api::meta::Artifact;
use crate::api::source::{artifact_of, artifact_resource};

use super::error::Error;

/// Source kinds a Kustomization may reference.
pub const SOURCE_KINDS: [&str; 4] = [
    "GitRepository",
    "OCIRepository",
    "Bucket",
    "ExternalArtifact",
];

/// The resolved source: where it is and what it currently serves.
#[derive(Debug, Clone)]
pub struct Source {
    /// `Kind/namespace/name`, as Flux prints a source reference.
    pub display: String,
    /// The artifact, `None` while the source has not produced one.
    pub artifact: Option<Artifact>,
}

/// The namespace of the Kustomization's source.
pub fn source_namespace(ks: &Kustomization, own_namespace: &str) -> String {
    ks.spec
        .source_ref
        .namespace
        .clone()
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| own_namespace.to_string())
}

/// Reads the source object named by `ks.spec.sourceRef`.
pub async fn resolve(
    client: &Client,
    ks: &Kustomization,
    own_namespace: &str,
    no_cross_namespace_refs: bool,
) -> Result<Source, Error> {
    let r = &ks.spec.source_ref;
    let namespace = source_namespace(ks, own_namespace);
    if no_cross_namespace_refs && namespace != own_namespace {
        return Err(Error::CrossNamespaceSource {
            kind: r.kind.clone(),
            name: r.name.clone(),
        });
    }
    let resource =
        api_resource(&r.kind).ok_or_else(|| Error::UnsupportedSourceKind(r.kind.clone()))?;
    let display = format!("{}/{namespace}/{}", r.kind, r.name);
    let api: Api<DynamicObject> = Api::namespaced_with(client.clone(), &namespace, &resource);
    let obj = api
        .get_opt(&r.name)
        .await
        .map_err(|source| Error::GetSource {
            source_ref: display.clone(),
            source,
        })?
        .ok_or_else(|| Error::SourceNotFound(display.clone()))?;
    let artifact = artifact_of(&obj).map_err(|source| Error::DecodeArtifact {
        source_ref: display.clone(),
        source,
    })?;
    Ok(Source { display, artifact })
}

/// The API resource of a source kind a Kustomization may reference.
fn api_resource(kind: &str) -> Option<ApiResource> {
    artifact_resource(kind).filter(|_| SOURCE_KINDS.contains(&kind))
}

/// Whether `kind/namespace/name` is the source of `ks`.
pub fn refers_to<K: Resource<DynamicType = ()>>(
    ks: &Kustomization,
    source_namespace_of_ks: &str,
    namespace: &str,
    name: &str,
) -> bool {
    ks.spec.source_ref.kind == K::kind(&())
        && ks.spec.source_ref.name == name
        && source_namespace_of_ks == namespace
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_source_kind_has_an_api_resource() {
        for kind in SOURCE_KINDS {
            assert_eq!(api_resource(kind).map(|r| r.kind), Some(kind.to_string()));
        }
        assert!(api_resource("HelmRepository").is_none());
        assert!(api_resource("HelmChart").is_none());
    }
}
