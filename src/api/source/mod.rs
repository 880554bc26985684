//! `source.toolkit.fluxcd.io`: the kinds that fetch sources and publish them as artifacts (one file per kind).

mod bucket;
mod external_artifact;
mod git;
mod helm_chart;
mod helm_repository;
mod oci;

pub use bucket::*;
pub use external_artifact::*;
pub use git::*;
pub use helm_chart::*;
pub use helm_repository::*;
pub use oci::*;

use kube::api::{ApiResource, DynamicObject};

use crate::api::meta::Artifact;

/// The API resource of a kind whose objects serve an artifact in `status.artifact` (GitRepository,
/// OCIRepository, Bucket, HelmChart, ExternalArtifact); `None` for any other kind. Use it to read a source
/// named by kind in a spec; consumers narrow it to the kinds they accept.
pub fn artifact_resource(kind: &str) -> Option<ApiResource> {
    Some(match kind {
        "GitRepository" => ApiResource::erase::<GitRepository>(&()),
        "OCIRepository" => ApiResource::erase::<OCIRepository>(&()),
        "Bucket" => ApiResource::erase::<Bucket>(&()),
        "HelmChart" => ApiResource::erase::<HelmChart>(&()),
        "ExternalArtifact" => ApiResource::erase::<ExternalArtifact>(&()),
        _ => return None,
    })
}

/// The `status.artifact` of a source read through [`artifact_resource`]; `None` while it has none.
pub fn artifact_of(obj: &DynamicObject) -> Result<Option<Artifact>, serde_json::Error> {
    obj.data
        .get("status")
        .and_then(|s| s.get("artifact"))
        .filter(|a| !a.is_null())
        .map(|a| serde_json::from_value::<Artifact>(a.clone()))
        .transpose()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_artifact_kind_has_its_resource_and_helm_repository_has_none() {
        for kind in [
            "GitRepository",
            "OCIRepository",
            "Bucket",
            "HelmChart",
            "ExternalArtifact",
        ] {
            let r = artifact_resource(kind);
            assert_eq!(r.as_ref().map(|r| r.kind.as_str()), Some(kind));
            assert_eq!(
                r.map(|r| r.group),
                Some("source.toolkit.fluxcd.io".to_string())
            );
        }
        assert!(artifact_resource("HelmRepository").is_none());
    }

    #[test]
    fn a_source_without_an_artifact_has_none_and_a_bad_one_is_an_error() {
        let mut obj = DynamicObject::new("x", &ApiResource::erase::<GitRepository>(&()));
        assert!(matches!(artifact_of(&obj), Ok(None)));
        obj.data = serde_json::json!({"status": {"artifact": null}});
        assert!(matches!(artifact_of(&obj), Ok(None)));
        obj.data = serde_json::json!({"status": {"artifact": "not an artifact"}});
        assert!(artifact_of(&obj).is_err());
    }
}
