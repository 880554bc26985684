//! What the CLI does to Flux objects in a cluster, shared by every kind: print them as Flux's clean YAML, upsert
//! them, request a reconcile and wait for its outcome, suspend and resume, delete.
//!
//! Start here: [`to_export_yaml`] for `--export` and `flux export`; [`request_reconcile`] + [`wait_ready`] for
//! `flux reconcile` and `flux create`; [`set_suspend`] for `flux suspend|resume`. Per kind: [`git_repository`],
//! [`kustomization`], [`helm_release`]. Reports over many objects: [`tree`] (`flux tree`), [`trace`] (`flux trace`), [`events`]
//! (`flux events`), [`stats`] (`flux stats`).

pub mod artifact_generator;
pub mod bucket;
pub mod debug;
pub mod events;
pub mod external_artifact;
pub mod git_repository;
pub mod go_json;
pub mod helm_chart;
pub mod helm_release;
pub mod helm_repository;
pub mod image;
pub mod image_create;
pub mod kustomization;
pub mod notation;
pub mod notification;
pub mod oci_repository;
pub mod secrets;
pub mod stats;
pub mod tenant;
pub mod trace;
pub mod tree;
pub mod wait;

use std::time::Duration;

use kube::api::{Api, DeleteParams, Patch, PatchParams};
use kube::{Resource, ResourceExt};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::api::FluxObject;
use crate::api::annotations::RECONCILE_REQUESTED_AT;

/// Field manager of the CLI's writes.
pub const FIELD_MANAGER: &str = "flux-client-side-apply";

/// A failed CLI operation on an object.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The object does not exist.
    #[error("{kind} '{namespace}/{name}' not found")]
    NotFound {
        kind: String,
        namespace: String,
        name: String,
    },
    /// The API server refused a request.
    #[error("{0}")]
    Api(String),
    /// The object is suspended, so nothing would reconcile it.
    #[error("resource is suspended")]
    Suspended,
    /// The reconcile ended with Ready=False (the condition's message).
    #[error("{0}")]
    Failed(String),
    /// Ready did not become True before the deadline.
    #[error("timeout waiting for {what}")]
    Timeout { what: String },
    /// The object could not be serialised.
    #[error("failed to serialise {0}")]
    Serialise(String),
}

fn api_err(e: kube::Error) -> Error {
    Error::Api(crate::cluster::describe(&e))
}

/// Replaces every hexadecimal word of 40 to 128 lowercase characters (SHA-1 to SHA-512) with its first 8, as
/// `flux get` shortens revisions and messages.
pub fn truncate_hex(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        let hex = (40..=128).contains(&word.len())
            && word
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
        out.push_str(if hex { &word[..8] } else { word });
        word.clear();
    };
    for c in s.chars() {
        if c.is_ascii_alphanumeric() || c == '_' {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

/// The Ready condition's status and message for tables; `False` / `waiting to be reconciled` before the first
/// reconcile, as Flux shows it.
pub fn ready_and_message<K: FluxObject>(obj: &K) -> (String, String) {
    match obj.ready_condition() {
        Some(c) => (c.status.clone(), c.message.clone()),
        None => ("False".to_string(), "waiting to be reconciled".to_string()),
    }
}

/// Lists objects with the given parameters, API errors as [`Error::Api`].
pub async fn list<K>(api: &Api<K>, lp: &kube::api::ListParams) -> Result<Vec<K>, Error>
where
    K: Resource<DynamicType = ()> + Clone + DeserializeOwned + std::fmt::Debug,
{
    api.list(lp).await.map(|l| l.items).map_err(api_err)
}

/// Sorts object keys recursively, as Go's YAML marshalling of Kubernetes objects orders them.
pub fn sort_keys(v: Value) -> Value {
    match v {
        Value::Object(map) => {
            let mut entries: Vec<(String, Value)> = map.into_iter().collect();
            entries.sort_by(|a, b| a.0.cmp(&b.0));
            Value::Object(
                entries
                    .into_iter()
                    .map(|(k, v)| (k, sort_keys(v)))
                    .collect(),
            )
        }
        Value::Array(items) => Value::Array(items.into_iter().map(sort_keys).collect()),
        other => other,
    }
}

/// One YAML document as Flux prints it for `--export`: `---`, then the object with sorted keys.
pub fn to_export_yaml(obj: &Value) -> Result<String, Error> {
    let sorted = sort_keys(obj.clone());
    // Go's YAML emitter, as Flux prints: numeric-looking strings in double quotes (`"1"`), not single.
    Ok(format!("---\n{}", kustomize::to_yaml(&sorted)))
}

/// A source object as `flux export source …` prints it: `source.toolkit.fluxcd.io/v1`, `kind`, the clean
/// metadata and the spec, its `interval` and `timeout` in Go's spelling (`5m0s`).
pub fn export_source(kind: &str, meta: &kube::api::ObjectMeta, spec: &impl Serialize) -> Value {
    let mut spec = serde_json::to_value(spec).unwrap_or(Value::Null);
    if let Some(map) = spec.as_object_mut() {
        for k in ["interval", "timeout"] {
            if let Some(v) = map.get_mut(k)
                && let Some(s) = v.as_str()
                && let Ok(d) = crate::duration::parse(s)
            {
                *v = Value::from(crate::duration::format(d));
            }
        }
    }
    serde_json::json!({
        "apiVersion": "source.toolkit.fluxcd.io/v1",
        "kind": kind,
        "metadata": export_metadata(meta),
        "spec": spec,
    })
}

/// The line `flux reconcile source …` ends with: `fetched revision <revision>`.
pub fn fetched_revision(artifact: Option<&crate::api::meta::Artifact>) -> String {
    format!(
        "fetched revision {}",
        artifact.map(|a| a.revision.as_str()).unwrap_or_default()
    )
}

/// One `flux get sources …` row of a source: name, artifact revision, suspended, ready, message.
pub fn source_row<K: FluxObject + Resource>(
    obj: &K,
    artifact: Option<&crate::api::meta::Artifact>,
) -> [String; 5] {
    let (ready, message) = match obj.ready_condition() {
        Some(c) => (c.status.clone(), c.message.clone()),
        None => ("False".to_string(), "waiting to be reconciled".to_string()),
    };
    [
        obj.name_any(),
        artifact.map(|a| a.revision.clone()).unwrap_or_default(),
        if obj.is_suspended() { "True" } else { "False" }.to_string(),
        ready,
        message,
    ]
}

/// The exportable part of an object's metadata: name, namespace, labels and annotations (minus kubectl's).
pub fn export_metadata(meta: &kube::api::ObjectMeta) -> Value {
    let mut out = serde_json::Map::new();
    out.insert(
        "name".into(),
        Value::from(meta.name.clone().unwrap_or_default()),
    );
    out.insert(
        "namespace".into(),
        Value::from(meta.namespace.clone().unwrap_or_default()),
    );
    if let Some(labels) = meta.labels.as_ref().filter(|l| !l.is_empty()) {
        out.insert(
            "labels".into(),
            serde_json::to_value(labels).unwrap_or(Value::Null),
        );
    }
    let annotations: std::collections::BTreeMap<_, _> = meta
        .annotations
        .iter()
        .flatten()
        .filter(|(k, _)| {
            k.as_str() != "kubectl.kubernetes.io/last-applied-configuration"
                && k.as_str() != RECONCILE_REQUESTED_AT
        })
        .collect();
    if !annotations.is_empty() {
        out.insert(
            "annotations".into(),
            serde_json::to_value(annotations).unwrap_or(Value::Null),
        );
    }
    Value::Object(out)
}

/// Creates or updates an object with a server-side apply owned by the CLI.
pub async fn upsert<K>(api: &Api<K>, obj: &K) -> Result<K, Error>
where
    K: Resource<DynamicType = ()> + Clone + DeserializeOwned + Serialize + std::fmt::Debug,
{
    let name = obj.name_any();
    api.patch(
        &name,
        &PatchParams::apply(FIELD_MANAGER).force(),
        &Patch::Apply(obj),
    )
    .await
    .map_err(api_err)
}

/// Fetches an object, turning 404 into [`Error::NotFound`].
pub async fn get<K>(api: &Api<K>, namespace: &str, name: &str) -> Result<K, Error>
where
    K: Resource<DynamicType = ()> + Clone + DeserializeOwned + std::fmt::Debug,
{
    api.get_opt(name)
        .await
        .map_err(api_err)?
        .ok_or_else(|| Error::NotFound {
            kind: K::kind(&()).to_string(),
            namespace: namespace.to_string(),
            name: name.to_string(),
        })
}

/// Writes `reconcile.fluxcd.io/requestedAt: <now>` and returns the token.
pub async fn request_reconcile<K>(api: &Api<K>, name: &str) -> Result<String, Error>
where
    K: Resource<DynamicType = ()> + Clone + DeserializeOwned + std::fmt::Debug,
{
    let token = k8s_openapi::jiff::Timestamp::now().to_string();
    let patch = serde_json::json!({"metadata": {"annotations": {RECONCILE_REQUESTED_AT: token}}});
    api.patch(name, &PatchParams::default(), &Patch::Merge(&patch))
        .await
        .map_err(api_err)?;
    Ok(token)
}

/// Sets or clears `spec.suspend`.
pub async fn set_suspend<K>(api: &Api<K>, name: &str, suspend: bool) -> Result<(), Error>
where
    K: Resource<DynamicType = ()> + Clone + DeserializeOwned + std::fmt::Debug,
{
    let patch = if suspend {
        serde_json::json!({"spec": {"suspend": true}})
    } else {
        serde_json::json!({"spec": {"suspend": null}})
    };
    api.patch(name, &PatchParams::default(), &Patch::Merge(&patch))
        .await
        .map(|_| ())
        .map_err(api_err)
}

/// Deletes an object (its finalizer lets the controller clean up first).
pub async fn delete<K>(api: &Api<K>, name: &str) -> Result<(), Error>
where
    K: Resource<DynamicType = ()> + Clone + DeserializeOwned + std::fmt::Debug,
{
    api.delete(name, &DeleteParams::default())
        .await
        .map(|_| ())
        .map_err(api_err)
}

/// Watches until the object's Ready condition is decided for its current generation (and, with `token`, the
/// request was handled): Ok on True, [`Error::Failed`] with the message on False.
pub async fn wait_ready<K>(
    api: &Api<K>,
    namespace: &str,
    name: &str,
    token: Option<&str>,
    timeout: Duration,
) -> Result<K, Error>
where
    K: FluxObject + Clone + DeserializeOwned + std::fmt::Debug + Send + Sync + 'static,
{
    // A missing object is an error at once, not a wait until the deadline.
    get(api, namespace, name).await?;
    let token = token.map(str::to_string);
    let decide = move |obj: Option<&K>| {
        let obj = obj?;
        let handled = token
            .as_deref()
            .is_none_or(|t| obj.last_handled_reconcile_at() == Some(t));
        let current = obj.meta().generation.is_none()
            || obj
                .ready_condition()
                .and_then(|c| c.observed_generation)
                .or(obj.observed_generation())
                == obj.meta().generation;
        let ready = obj.ready_condition().filter(|_| handled && current)?;
        match ready.status.as_str() {
            "True" => Some(Ok(obj.clone())),
            "False" => Some(Err(ready.message.clone())),
            _ => None,
        }
    };
    wait::until(api.clone(), name, timeout, decide)
        .await
        .map_err(|e| match e {
            wait::WaitError::Failed(m) => Error::Failed(m),
            wait::WaitError::Timeout => Error::Timeout {
                what: format!("{} reconciliation", K::kind(&())),
            },
            wait::WaitError::Watch(m) => Error::Api(m),
        })
}
