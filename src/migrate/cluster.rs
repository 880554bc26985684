//! `flux migrate` against the cluster: for each Flux CRD, write every object back at the storage version (so
//! etcd holds it in that version), move its `managedFields` entries to that version, then set the CRD's
//! `status.storedVersions` to the storage version alone, which lets a later Flux drop the old versions.
//!
//! An object with managed fields in another version gets a patch replacing them with the same entries at the
//! storage version (Flux's `ssa.PatchMigrateToVersion`); any other object gets an empty merge patch, which the
//! API server still stores anew. Objects deleted meanwhile are skipped.

use k8s_openapi::apiextensions_apiserver::pkg::apis::apiextensions::v1::CustomResourceDefinition;
use kube::api::{Api, ApiResource, DynamicObject, ListParams, Patch, PatchParams, PostParams};
use kube::{Client, ResourceExt};
use serde_json::json;

use crate::api::annotations::PART_OF;
use crate::progress::Progress;

/// Why the cluster migration stopped; the messages are Flux's.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("failed to list CRDs: {0}")]
    ListCrds(#[source] kube::Error),
    #[error("failed to get CRD {name}: {source}")]
    GetCrd {
        name: String,
        #[source]
        source: kube::Error,
    },
    #[error("no storage version found for CRD {0}")]
    NoStorageVersion(String),
    #[error(
        "failed to migrate resources for CRD {crd}: failed to list resources for CRD {crd}: {source}"
    )]
    ListObjects {
        crd: String,
        #[source]
        source: kube::Error,
    },
    #[error("failed to migrate resources for CRD {crd}:  {object} failed to migrate: {source}")]
    Touch {
        crd: String,
        object: String,
        #[source]
        source: kube::Error,
    },
    #[error(
        "failed to migrate resources for CRD {crd}:  {object} failed to migrate managed fields: {source}"
    )]
    PatchManagedFields {
        crd: String,
        object: String,
        #[source]
        source: kube::Error,
    },
    #[error("failed to update CRD {name} status: {source}")]
    UpdateCrdStatus {
        name: String,
        #[source]
        source: kube::Error,
    },
}

/// Migrates every object of every Flux CRD, reporting each object and each CRD whose stored versions changed.
pub async fn migrate(client: &Client, progress: &dyn Progress) -> Result<(), Error> {
    let crds: Api<CustomResourceDefinition> = Api::all(client.clone());
    let listed = crds
        .list(&ListParams::default().labels(&format!("{PART_OF}=flux")))
        .await
        .map_err(Error::ListCrds)?;
    for crd in listed {
        migrate_crd(client, &crds, &crd.name_any(), progress).await?;
    }
    Ok(())
}

async fn migrate_crd(
    client: &Client,
    crds: &Api<CustomResourceDefinition>,
    name: &str,
    progress: &dyn Progress,
) -> Result<(), Error> {
    let mut crd = crds.get(name).await.map_err(|source| Error::GetCrd {
        name: name.to_string(),
        source,
    })?;
    let storage = crd
        .spec
        .versions
        .iter()
        .find(|v| v.storage)
        .map(|v| v.name.clone())
        .ok_or_else(|| Error::NoStorageVersion(name.to_string()))?;
    migrate_objects(client, &crd, &storage, progress).await?;

    let stored = crd
        .status
        .as_ref()
        .and_then(|s| s.stored_versions.clone())
        .unwrap_or_default();
    if stored.len() > 1 || stored.first() != Some(&storage) {
        let status = crd.status.get_or_insert_with(Default::default);
        status.stored_versions = Some(vec![storage.clone()]);
        crds.replace_status(name, &PostParams::default(), &crd)
            .await
            .map_err(|source| Error::UpdateCrdStatus {
                name: name.to_string(),
                source,
            })?;
        progress.success(&format!("{name} migrated to storage version {storage}"));
    }
    Ok(())
}

async fn migrate_objects(
    client: &Client,
    crd: &CustomResourceDefinition,
    version: &str,
    progress: &dyn Progress,
) -> Result<(), Error> {
    let crd_name = crd.name_any();
    let group = &crd.spec.group;
    let api_version = format!("{group}/{version}");
    let resource = ApiResource {
        group: group.clone(),
        version: version.to_string(),
        api_version: api_version.clone(),
        kind: crd.spec.names.kind.clone(),
        plural: crd.spec.names.plural.clone(),
    };
    let all: Api<DynamicObject> = Api::all_with(client.clone(), &resource);
    let items = all
        .list(&ListParams::default())
        .await
        .map_err(|source| Error::ListObjects {
            crd: crd_name.clone(),
            source,
        })?;
    for item in items {
        let namespace = item.namespace().unwrap_or_default();
        let name = item.name_any();
        let kind = item
            .types
            .as_ref()
            .map(|t| t.kind.clone())
            .unwrap_or_else(|| resource.kind.clone());
        let object = format!("{kind}/{namespace}/{name}");
        let api: Api<DynamicObject> = if namespace.is_empty() {
            Api::all_with(client.clone(), &resource)
        } else {
            Api::namespaced_with(client.clone(), &namespace, &resource)
        };
        let result = match managed_fields_at(&item, &api_version) {
            None => api
                .patch(&name, &PatchParams::default(), &Patch::Merge(json!({})))
                .await
                .map_err(|source| (false, source)),
            Some(entries) => api
                .patch(
                    &name,
                    &PatchParams::default(),
                    &Patch::Merge(json!({"metadata": {"managedFields": entries}})),
                )
                .await
                .map_err(|source| (true, source)),
        };
        match result {
            Ok(_) => {}
            Err((_, kube::Error::Api(status))) if status.code == 404 => {}
            Err((false, source)) => {
                return Err(Error::Touch {
                    crd: crd_name,
                    object,
                    source,
                });
            }
            Err((true, source)) => {
                return Err(Error::PatchManagedFields {
                    crd: crd_name,
                    object,
                    source,
                });
            }
        }
        progress.success(&format!("{object} migrated to version {version}"));
    }
    Ok(())
}

/// The object's managed fields with every entry at `api_version`, or `None` when none is elsewhere (or there
/// are none).
fn managed_fields_at(item: &DynamicObject, api_version: &str) -> Option<serde_json::Value> {
    let entries = item.metadata.managed_fields.as_ref()?;
    if entries
        .iter()
        .all(|e| e.api_version.as_deref() == Some(api_version))
    {
        return None;
    }
    let moved: Vec<_> = entries
        .iter()
        .cloned()
        .map(|mut e| {
            e.api_version = Some(api_version.to_string());
            e
        })
        .collect();
    serde_json::to_value(moved).ok()
}
