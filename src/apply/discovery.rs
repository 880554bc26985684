//! Resolves a manifest's group/version/kind to the REST resource and scope, one discovery request
//! per group-version, cached for the life of the Applier.
//!
//! A miss re-queries the group-version, because stage 1 may have just created the CRD that serves
//! the kind. Needs RBAC `get` on the discovery endpoints (granted to all authenticated users).

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use kube::Client;
use kube::core::GroupVersion;
use kube::discovery::{ApiCapabilities, ApiResource, Scope};
use tokio::sync::Mutex;

use super::error::{Error, is_not_found, server_message};
use super::object_ref::ObjectRef;

/// REST resource and scope of a kind.
#[derive(Clone, Debug)]
pub struct Resolved {
    pub resource: ApiResource,
    pub namespaced: bool,
}

type Resources = Arc<Vec<(ApiResource, ApiCapabilities)>>;

/// Discovery cache keyed by "group/version".
pub struct Resolver {
    client: Client,
    group_versions: Mutex<HashMap<String, Resources>>,
}

/// How often and how long to re-query after a miss: a freshly Established CRD can take a moment
/// to show up in discovery.
const MISS_RETRIES: u32 = 5;
const MISS_BACKOFF: Duration = Duration::from_millis(400);

impl Resolver {
    pub fn new(client: Client) -> Self {
        Self {
            client,
            group_versions: Mutex::new(HashMap::new()),
        }
    }

    /// The resource serving `object`'s kind. `retry_on_miss` polls discovery a few times before
    /// giving up; use it right after CRDs were applied.
    pub async fn resolve(
        &self,
        object: &ObjectRef,
        retry_on_miss: bool,
    ) -> Result<Resolved, Error> {
        if let Some(found) = self.lookup_cached(object).await {
            return Ok(found);
        }
        let attempts = if retry_on_miss { MISS_RETRIES } else { 1 };
        for attempt in 0..attempts {
            if attempt > 0 {
                tokio::time::sleep(MISS_BACKOFF).await;
            }
            if let Some(found) = self.refresh(object).await? {
                return Ok(found);
            }
        }
        Err(Error::UnknownKind {
            subject: object.to_string(),
            kind: object.kind.clone(),
            api_version: object.api_version(),
        })
    }

    /// Like [`Resolver::resolve`] without retries, but `None` for a kind the server does not
    /// serve (used by delete, where a vanished kind means the object is gone).
    pub async fn resolve_opt(&self, object: &ObjectRef) -> Result<Option<Resolved>, Error> {
        match self.resolve(object, false).await {
            Ok(found) => Ok(Some(found)),
            Err(Error::UnknownKind { .. }) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Drops the cached group-version of `object`, after the server stopped serving its kind.
    pub async fn forget(&self, object: &ObjectRef) {
        self.group_versions
            .lock()
            .await
            .remove(&object.api_version());
    }

    async fn lookup_cached(&self, object: &ObjectRef) -> Option<Resolved> {
        let map = self.group_versions.lock().await;
        map.get(&object.api_version())
            .and_then(|resources| find_kind(resources, &object.kind))
    }

    async fn refresh(&self, object: &ObjectRef) -> Result<Option<Resolved>, Error> {
        let gv = GroupVersion::gv(&object.group, &object.version);
        let group = match kube::discovery::pinned_group(&self.client, &gv).await {
            Ok(group) => group,
            // 404: the group-version is not served at all (yet).
            Err(e) if is_not_found(&e) => return Ok(None),
            Err(source) => {
                return Err(Error::Discover {
                    subject: object.to_string(),
                    message: server_message(&source),
                    source: Box::new(source),
                });
            }
        };
        let resources: Resources = Arc::new(group.versioned_resources(&object.version));
        let found = find_kind(&resources, &object.kind);
        self.group_versions
            .lock()
            .await
            .insert(object.api_version(), resources);
        Ok(found)
    }
}

fn find_kind(resources: &[(ApiResource, ApiCapabilities)], kind: &str) -> Option<Resolved> {
    resources
        .iter()
        // Subresources (`deployments/scale`) share kinds with their parents; skip them.
        .find(|(ar, _)| ar.kind == kind && !ar.plural.contains('/'))
        .map(|(ar, caps)| Resolved {
            resource: ar.clone(),
            namespaced: caps.scope == Scope::Namespaced,
        })
}
