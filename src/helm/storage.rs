//! Helm's Secret storage driver: one Secret `sh.helm.release.v1.<name>.v<version>` of type
//! `helm.sh/release.v1` per revision, in the storage namespace, labelled so `helm` finds it.

use std::collections::BTreeMap;

use k8s_openapi::ByteString;
use k8s_openapi::api::core::v1::Secret;
use kube::api::{Api, DeleteParams, ListParams, ObjectMeta, PostParams};
use kube::{Client, ResourceExt};

use super::release::Release;

/// Secret type of release records.
pub const SECRET_TYPE: &str = "helm.sh/release.v1";

/// A storage operation that failed.
#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    #[error("failed to {action} release {name} in namespace {namespace}: {source}")]
    Api {
        action: &'static str,
        name: String,
        namespace: String,
        #[source]
        source: kube::Error,
    },
}

/// The records of releases in one namespace.
#[derive(Clone)]
pub struct Storage {
    api: Api<Secret>,
    namespace: String,
}

/// `sh.helm.release.v1.<name>.v<version>`.
pub fn secret_name(name: &str, version: i64) -> String {
    format!("sh.helm.release.v1.{name}.v{version}")
}

impl Storage {
    pub fn new(client: Client, namespace: &str) -> Self {
        Self {
            api: Api::namespaced(client, namespace),
            namespace: namespace.to_string(),
        }
    }

    fn err(&self, action: &'static str, name: &str, source: kube::Error) -> StorageError {
        StorageError::Api {
            action,
            name: name.to_string(),
            namespace: self.namespace.clone(),
            source,
        }
    }

    /// Every revision of release `name`, oldest first. Records that cannot be decoded are skipped, as Helm
    /// skips them when it lists.
    pub async fn history(&self, name: &str) -> Result<Vec<Release>, StorageError> {
        Ok(self.history_and_records(name).await?.0)
    }

    /// [`Storage::history`], with the names and resourceVersions of the records it was read from (sorted).
    pub async fn history_and_records(
        &self,
        name: &str,
    ) -> Result<(Vec<Release>, Vec<(String, String)>), StorageError> {
        let selector = format!("owner=helm,name={name}");
        let list = self
            .api
            .list(&ListParams::default().labels(&selector))
            .await
            .map_err(|e| self.err("list", name, e))?;
        let mut releases: Vec<Release> = list
            .items
            .iter()
            .filter(|s| s.type_.as_deref() == Some(SECRET_TYPE))
            .filter_map(|s| {
                let data = s.data.as_ref()?.get("release")?;
                match Release::decode(&data.0) {
                    Ok(rel) => Some(rel),
                    Err(e) => {
                        tracing::warn!(secret = %s.name_any(), error = %e, "skipping unreadable release record");
                        None
                    }
                }
            })
            .collect();
        releases.sort_by_key(|r| r.version);
        let mut records: Vec<(String, String)> = list
            .items
            .iter()
            .map(|s| (s.name_any(), s.resource_version().unwrap_or_default()))
            .collect();
        records.sort();
        Ok((releases, records))
    }

    fn secret(&self, rel: &Release, time_label: &str) -> Secret {
        let mut labels: BTreeMap<String, String> = rel.storage_labels(0);
        labels.remove("modifiedAt");
        labels.insert(
            time_label.to_string(),
            k8s_openapi::jiff::Timestamp::now().as_second().to_string(),
        );
        Secret {
            metadata: ObjectMeta {
                name: Some(secret_name(&rel.name, rel.version)),
                namespace: Some(self.namespace.clone()),
                labels: Some(labels),
                ..ObjectMeta::default()
            },
            type_: Some(SECRET_TYPE.to_string()),
            data: Some(BTreeMap::from([(
                "release".to_string(),
                ByteString(rel.encode().into_bytes()),
            )])),
            ..Secret::default()
        }
    }

    /// Stores a new revision (`createdAt` label, as Helm's driver sets on create).
    pub async fn create(&self, rel: &Release) -> Result<(), StorageError> {
        self.api
            .create(&PostParams::default(), &self.secret(rel, "createdAt"))
            .await
            .map_err(|e| self.err("create", &rel.name, e))?;
        Ok(())
    }

    /// Rewrites a revision (`modifiedAt` label, as Helm's driver sets on update).
    pub async fn update(&self, rel: &Release) -> Result<(), StorageError> {
        let secret = self.secret(rel, "modifiedAt");
        self.api
            .replace(&secret.name_any(), &PostParams::default(), &secret)
            .await
            .map_err(|e| self.err("update", &rel.name, e))?;
        Ok(())
    }

    /// Deletes one revision; an already missing one is fine.
    pub async fn delete(&self, name: &str, version: i64) -> Result<(), StorageError> {
        match self
            .api
            .delete(&secret_name(name, version), &DeleteParams::default())
            .await
        {
            Ok(_) => Ok(()),
            Err(kube::Error::Api(s)) if s.code == 404 => Ok(()),
            Err(e) => Err(self.err("delete", name, e)),
        }
    }

    /// Deletes the oldest revisions beyond `max` (0 keeps all), never the latest deployed one — Helm's
    /// `--history-max`.
    pub async fn prune(&self, name: &str, max: usize) -> Result<(), StorageError> {
        if max == 0 {
            return Ok(());
        }
        let history = self.history(name).await?;
        if history.len() <= max {
            return Ok(());
        }
        let keep_deployed = history
            .iter()
            .rev()
            .find(|r| r.status() == super::release::status::DEPLOYED)
            .map(|r| r.version);
        let excess = history.len() - max;
        for rel in history
            .iter()
            .filter(|r| Some(r.version) != keep_deployed)
            .take(excess)
        {
            self.delete(name, rel.version).await?;
        }
        Ok(())
    }
}
