//! Server-side apply of a list of unstructured objects in two stages, as Flux installs: Namespaces and CRDs
//! first (waiting until the CRDs are Established), then everything else. Reports one change-set line per object.
//!
//! Costs one discovery request per API group/version, one GET and one PATCH per object.

use std::collections::HashMap;
use std::fmt;
use std::time::Duration;

use kube::api::{Api, DynamicObject, Patch, PatchParams};
use kube::core::{ApiResource, GroupVersionKind};
use kube::discovery::{ApiCapabilities, Scope, pinned_kind};
use kube::{Client, ResourceExt};
use serde_json::Value;

use crate::cluster::describe;
use crate::progress::Progress;

/// Field manager for objects the CLI applies (Flux's CLI uses the same name).
pub const FIELD_MANAGER: &str = "flux";

/// What happened to one object.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// It did not exist.
    Created,
    /// It existed and changed.
    Configured,
    /// It existed and the apply changed nothing.
    Unchanged,
}

/// One change-set line: `Kind/namespace/name created`.
#[derive(Debug, Clone)]
pub struct Change {
    /// `Kind/name` or `Kind/namespace/name`.
    pub subject: String,
    /// What happened.
    pub action: Action,
}

impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let action = match self.action {
            Action::Created => "created",
            Action::Configured => "configured",
            Action::Unchanged => "unchanged",
        };
        write!(f, "{} {action}", self.subject)
    }
}

/// A failed apply.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// An object lacks apiVersion, kind or name.
    #[error("invalid object: {0}")]
    InvalidObject(String),
    /// The API server does not know the object's kind.
    #[error("failed to find API resource for {kind} ({api_version}): {message}")]
    Discover {
        kind: String,
        api_version: String,
        message: String,
    },
    /// The server rejected the object.
    #[error("{subject} apply failed: {message}")]
    Apply { subject: String, message: String },
    /// CRDs did not become Established in time.
    #[error("timeout waiting for CustomResourceDefinition {0} to be established")]
    CrdNotEstablished(String),
}

/// Applies every object, Namespaces and CRDs first, and returns the change set in apply order.
pub async fn apply_all(
    client: &Client,
    objects: &[Value],
    timeout: Duration,
    progress: &dyn Progress,
) -> Result<Vec<Change>, Error> {
    let is_stage_one = |o: &&Value| {
        matches!(
            o.get("kind").and_then(Value::as_str),
            Some("Namespace" | "CustomResourceDefinition")
        )
    };
    let (first, rest): (Vec<&Value>, Vec<&Value>) = objects.iter().partition(is_stage_one);
    let mut applier = Applier::new(client.clone());
    let mut changes = Vec::new();
    let mut crds = Vec::new();
    for obj in first {
        changes.push(applier.apply(obj).await?);
        if obj.get("kind").and_then(Value::as_str) == Some("CustomResourceDefinition") {
            crds.push(name_of(obj)?);
        }
    }
    if !crds.is_empty() {
        progress.waiting("waiting for CustomResourceDefinitions to be established");
        wait_established(client, &crds, timeout).await?;
    }
    for obj in rest {
        changes.push(applier.apply(obj).await?);
    }
    Ok(changes)
}

fn name_of(obj: &Value) -> Result<String, Error> {
    obj.pointer("/metadata/name")
        .and_then(Value::as_str)
        .map(str::to_string)
        .ok_or_else(|| Error::InvalidObject("object without metadata.name".into()))
}

/// Applies objects one by one, caching API discovery per kind.
pub struct Applier {
    client: Client,
    resources: HashMap<(String, String), (ApiResource, ApiCapabilities)>,
}

impl Applier {
    /// An applier with an empty discovery cache.
    pub fn new(client: Client) -> Self {
        Self {
            client,
            resources: HashMap::new(),
        }
    }

    /// The API endpoint for an object's kind, discovered once per kind.
    pub async fn api_for(&mut self, obj: &Value) -> Result<(Api<DynamicObject>, String), Error> {
        let api_version = obj
            .get("apiVersion")
            .and_then(Value::as_str)
            .ok_or_else(|| Error::InvalidObject("object without apiVersion".into()))?;
        let kind = obj
            .get("kind")
            .and_then(Value::as_str)
            .ok_or_else(|| Error::InvalidObject("object without kind".into()))?;
        let name = name_of(obj)?;
        let key = (api_version.to_string(), kind.to_string());
        if !self.resources.contains_key(&key) {
            let (group, version) = api_version.split_once('/').unwrap_or(("", api_version));
            let gvk = GroupVersionKind::gvk(group, version, kind);
            let found = pinned_kind(&self.client, &gvk)
                .await
                .map_err(|e| Error::Discover {
                    kind: kind.into(),
                    api_version: api_version.into(),
                    message: describe(&e),
                })?;
            self.resources.insert(key.clone(), found);
        }
        let (ar, caps) = &self.resources[&key];
        let namespace = obj.pointer("/metadata/namespace").and_then(Value::as_str);
        let (api, subject) = match (&caps.scope, namespace) {
            (Scope::Namespaced, Some(ns)) => (
                Api::namespaced_with(self.client.clone(), ns, ar),
                format!("{kind}/{ns}/{name}"),
            ),
            (Scope::Namespaced, None) => (
                Api::default_namespaced_with(self.client.clone(), ar),
                format!("{kind}/{name}"),
            ),
            (Scope::Cluster, _) => (
                Api::all_with(self.client.clone(), ar),
                format!("{kind}/{name}"),
            ),
        };
        Ok((api, subject))
    }

    /// Server-side applies one object with [`FIELD_MANAGER`], forcing ownership of conflicting fields.
    pub async fn apply(&mut self, obj: &Value) -> Result<Change, Error> {
        let (api, subject) = self.api_for(obj).await?;
        let name = name_of(obj)?;
        let before = api
            .get_opt(&name)
            .await
            .map_err(|e| Error::Apply {
                subject: subject.clone(),
                message: describe(&e),
            })?
            .and_then(|o| o.resource_version());
        let params = PatchParams::apply(FIELD_MANAGER).force();
        let after = api
            .patch(&name, &params, &Patch::Apply(obj))
            .await
            .map_err(|e| Error::Apply {
                subject: subject.clone(),
                message: describe(&e),
            })?;
        let action = match before {
            None => Action::Created,
            Some(rv) if Some(rv.as_str()) == after.resource_version().as_deref() => {
                Action::Unchanged
            }
            Some(_) => Action::Configured,
        };
        Ok(Change { subject, action })
    }
}

async fn wait_established(
    client: &Client,
    names: &[String],
    timeout: Duration,
) -> Result<(), Error> {
    use k8s_openapi::apiextensions_apiserver::pkg::apis::apiextensions::v1::CustomResourceDefinition;
    let api: Api<CustomResourceDefinition> = Api::all(client.clone());
    for name in names {
        let cond = kube::runtime::wait::conditions::is_crd_established();
        let wait = kube::runtime::wait::await_condition(api.clone(), name, cond);
        match tokio::time::timeout(timeout, wait).await {
            Ok(Ok(_)) => {}
            _ => return Err(Error::CrdNotEstablished(name.clone())),
        }
    }
    Ok(())
}
