//! The webhook server: `POST /hook/<sha256>` finds the Receiver whose `status.webhookPath` it is (404 if none),
//! refuses a suspended or not-Ready one (503), checks the call against the Receiver's type (400; see
//! [`crate::notify::receiver::validate`]), evaluates the CEL filters (`resourceFilter` and `resources[].filter`
//! over `res`, the object's metadata, and `req`, the JSON body), then merge-patches `reconcile.fluxcd.io/requestedAt` onto each
//! resource it names (500 if any patch failed, else 200). The controllers watching those objects wake on the
//! annotation at once.
//!
//! Limits: bodies over 3 MiB get 413; each webhook path has a token bucket (burst 20, 10 calls/s sustained)
//! past which calls get 429 before any Secret is read or object patched. Tokens never reach a log line.

use std::collections::BTreeMap;
use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::extract::{DefaultBodyLimit, Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use futures::StreamExt;
use k8s_openapi::api::core::v1::Secret;
use kube::ResourceExt;
use kube::api::{Api, ListParams, Patch, PatchParams};
use kube::runtime::reflector::{self, Store};
use kube::runtime::{WatchStreamExt, watcher};
use tracing::{error, info, warn};

use crate::api::annotations::RECONCILE_REQUESTED_AT;
use crate::api::conditions;
use crate::api::notification::{Receiver, ReceiverResource};
use crate::controllers::notification::objects;
use crate::notify::ratelimit::BucketLimiter;
use crate::notify::receiver::{WEBHOOK_PREFIX, validate};

/// Calls a webhook path may make at once.
const BURST: u32 = 20;
/// Calls per second a webhook path may make sustained.
const PER_SECOND: u32 = 10;

/// The API versions of the kinds a resource may name without `apiVersion` (Flux's table: Kustomization and
/// HelmRelease need theirs spelled out).
fn default_api_version(kind: &str) -> Option<&'static str> {
    Some(match kind {
        "Bucket" | "HelmChart" | "HelmRepository" | "GitRepository" | "OCIRepository" => {
            "source.toolkit.fluxcd.io/v1"
        }
        "ImageRepository" => "image.toolkit.fluxcd.io/v1",
        "ArtifactGenerator" => "source.extensions.fluxcd.io/v1beta1",
        _ => return None,
    })
}

/// State of the webhook server.
pub struct Webhooks {
    client: kube::Client,
    receivers: Store<Receiver>,
    limiter: BucketLimiter,
    no_cross_namespace_refs: bool,
}

impl Webhooks {
    /// The server state and the watch filling its Receiver cache (run it until the process ends).
    pub fn new(
        client: kube::Client,
        namespace: Option<&str>,
        no_cross_namespace_refs: bool,
    ) -> (Arc<Self>, futures::future::BoxFuture<'static, ()>) {
        let api: Api<Receiver> = match namespace {
            Some(ns) => Api::namespaced(client.clone(), ns),
            None => Api::all(client.clone()),
        };
        let (receivers, writer) = reflector::store();
        let watch = Box::pin(
            watcher(api, watcher::Config::default())
                .default_backoff()
                .reflect(writer)
                .for_each(|_| async {}),
        );
        let hooks = Arc::new(Self {
            client,
            receivers,
            limiter: BucketLimiter::new(BURST, PER_SECOND),
            no_cross_namespace_refs,
        });
        (hooks, watch)
    }
}

/// The router of the receiver endpoint.
pub fn router(hooks: Arc<Webhooks>) -> Router {
    Router::new()
        .route("/hook/{digest}", post(handle))
        .layer(DefaultBodyLimit::disable())
        .with_state(hooks)
}

fn is_ready(receiver: &Receiver) -> bool {
    receiver
        .status
        .as_ref()
        .and_then(|s| s.conditions.as_ref())
        .is_some_and(|c| {
            c.iter()
                .any(|c| c.type_ == conditions::READY && c.status == "True")
        })
}

async fn handle(
    State(hooks): State<Arc<Webhooks>>,
    Path(digest): Path<String>,
    headers: HeaderMap,
    body: Body,
) -> StatusCode {
    let path = format!("{WEBHOOK_PREFIX}{digest}");
    if !hooks.limiter.allow(&path) {
        return StatusCode::TOO_MANY_REQUESTS;
    }
    let body = match crate::controllers::notification::server::read_body(&headers, body).await {
        Ok(b) => b,
        Err(status) => return status,
    };
    let Some(receiver) =
        hooks.receivers.state().into_iter().find(|r| {
            r.status.as_ref().and_then(|s| s.webhook_path.as_deref()) == Some(path.as_str())
        })
    else {
        return StatusCode::NOT_FOUND;
    };
    let key = crate::controllers::runtime::key_of(receiver.as_ref());
    if receiver.spec.suspend == Some(true) || !is_ready(&receiver) {
        error!(receiver = %key, "unable to process request: receiver is suspended or not ready");
        return StatusCode::SERVICE_UNAVAILABLE;
    }
    let token = match read_token(&hooks, &receiver).await {
        Ok(t) => t,
        Err(message) => {
            error!(receiver = %key, error = %message, "unable to validate payload");
            return StatusCode::BAD_REQUEST;
        }
    };
    let events = receiver.spec.events.clone().unwrap_or_default();
    if let Err(reject) = validate(
        &receiver.spec.receiver_type,
        &token,
        &events,
        &headers,
        &body,
    ) {
        error!(receiver = %key, error = %reject, "unable to validate payload");
        return StatusCode::BAD_REQUEST;
    }
    let req = if is_json(&headers) {
        match serde_json::from_slice::<serde_json::Value>(&body) {
            Ok(v) => v,
            Err(e) if has_filters(&receiver) => {
                error!(receiver = %key, error = %e, "unable to create resource filters: failed to parse request body as JSON");
                return StatusCode::INTERNAL_SERVER_ERROR;
            }
            Err(_) => serde_json::json!({}),
        }
    } else {
        serde_json::json!({})
    };
    let namespace = receiver.namespace().unwrap_or_default();
    let mut failed = false;
    for resource in &receiver.spec.resources {
        let filters: Vec<&str> = [
            receiver.spec.resource_filter.as_deref(),
            resource.filter.as_deref(),
        ]
        .into_iter()
        .flatten()
        .filter(|f| !f.is_empty())
        .collect();
        if let Err(e) = request_reconcile(&hooks, resource, &namespace, &filters, &req).await {
            error!(receiver = %key, error = %e, "unable to request reconciliation");
            failed = true;
        }
    }
    if failed {
        StatusCode::INTERNAL_SERVER_ERROR
    } else {
        StatusCode::OK
    }
}

/// Whether the call's body is JSON (`application/json` or `…+json`), as Flux decides before decoding it for filters.
fn is_json(headers: &HeaderMap) -> bool {
    let ct = headers
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let media = ct
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    media == "application/json" || media.ends_with("+json")
}

fn has_filters(receiver: &Receiver) -> bool {
    receiver
        .spec
        .resource_filter
        .as_deref()
        .is_some_and(|f| !f.is_empty())
        || receiver
            .spec
            .resources
            .iter()
            .any(|r| r.filter.as_deref().is_some_and(|f| !f.is_empty()))
}

/// Whether every CEL filter accepts the object (`res`, its metadata as an object) for the call (`req`, its JSON
/// body).
fn accepted(
    filters: &[&str],
    res: &serde_json::Value,
    req: &serde_json::Value,
) -> Result<bool, String> {
    for filter in filters {
        match crate::health::evaluate_cel(filter, &[("res", res), ("req", req)]) {
            Ok(cel::Value::Bool(true)) => {}
            Ok(cel::Value::Bool(false)) => return Ok(false),
            Ok(_) => {
                return Err(format!(
                    "the CEL expression '{filter}' did not return a boolean"
                ));
            }
            Err(e) => return Err(e),
        }
    }
    Ok(true)
}

/// The Receiver's token (empty without a Secret); the error never contains it.
async fn read_token(hooks: &Webhooks, receiver: &Receiver) -> Result<String, String> {
    let Some(reference) = &receiver.spec.secret_ref else {
        return Ok(String::new());
    };
    let ns = receiver.namespace().unwrap_or_default();
    let api: Api<Secret> = Api::namespaced(hooks.client.clone(), &ns);
    let secret = api.get(&reference.name).await.map_err(|e| {
        format!(
            "unable to read secret '{ns}/{}': {}",
            reference.name,
            crate::cluster::describe(&e)
        )
    })?;
    secret
        .data
        .as_ref()
        .and_then(|d| d.get("token"))
        .map(|v| String::from_utf8_lossy(&v.0).to_string())
        .ok_or_else(|| {
            format!(
                "invalid '{ns}/{}' secret data: required field 'token'",
                reference.name
            )
        })
}

/// Why a resource could not be annotated.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// `--no-cross-namespace-refs` forbids it.
    #[error("cross-namespace references are not allowed")]
    CrossNamespace,
    /// No `apiVersion` given for a kind without a default.
    #[error("apiVersion must be specified for kind {0:?}")]
    ApiVersion(String),
    /// `*` without `matchLabels`.
    #[error("matchLabels field not set when using wildcard '*' as name")]
    MatchLabels,
    /// Listing by labels failed.
    #[error("failed listing resources in namespace {namespace:?} by matching labels")]
    List {
        namespace: String,
        #[source]
        source: Box<kube::Error>,
    },
    /// A CEL filter failed to evaluate.
    #[error("{0}")]
    Filter(String),
    /// The named object cannot be read.
    #[error("unable to read {kind} '{namespace}/{name}'")]
    Read {
        kind: String,
        namespace: String,
        name: String,
        #[source]
        source: Box<kube::Error>,
    },
    /// The patch failed.
    #[error("unable to annotate {kind} '{namespace}/{name}'")]
    Annotate {
        kind: String,
        namespace: String,
        name: String,
        #[source]
        source: Box<kube::Error>,
    },
}

/// Go's `time.Time.String()` of now, the value Flux writes into the annotation.
fn now_string() -> String {
    k8s_openapi::jiff::Timestamp::now()
        .strftime("%Y-%m-%d %H:%M:%S%.f +0000 UTC")
        .to_string()
}

async fn request_reconcile(
    hooks: &Webhooks,
    resource: &ReceiverResource,
    default_ns: &str,
    filters: &[&str],
    req: &serde_json::Value,
) -> Result<(), Error> {
    let namespace = match resource.namespace.as_deref() {
        Some(ns) if !ns.is_empty() => {
            if hooks.no_cross_namespace_refs && ns != default_ns {
                return Err(Error::CrossNamespace);
            }
            ns
        }
        _ => default_ns,
    };
    let api_version = match resource.api_version.as_deref() {
        Some(v) if !v.is_empty() => v,
        _ => default_api_version(&resource.kind)
            .ok_or_else(|| Error::ApiVersion(resource.kind.clone()))?,
    };
    let api = objects::api(&hooks.client, api_version, &resource.kind, namespace);
    let targets: Vec<kube::core::PartialObjectMeta<kube::api::DynamicObject>> = if resource.name
        == "*"
    {
        let labels: &BTreeMap<String, String> =
            resource.match_labels.as_ref().ok_or(Error::MatchLabels)?;
        let selector = labels
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join(",");
        let list = api
            .list_metadata(&ListParams::default().labels(&selector))
            .await
            .map_err(|source| Error::List {
                namespace: namespace.to_string(),
                source: Box::new(source),
            })?;
        if list.items.is_empty() {
            warn!(kind = %resource.kind, namespace, selector, "no resources found with matching labels");
        }
        list.items
    } else {
        vec![
            api.get_metadata(&resource.name)
                .await
                .map_err(|source| Error::Read {
                    kind: resource.kind.clone(),
                    namespace: namespace.to_string(),
                    name: resource.name.clone(),
                    source: Box::new(source),
                })?,
        ]
    };
    let patch =
        serde_json::json!({"metadata": {"annotations": {RECONCILE_REQUESTED_AT: now_string()}}});
    for target in targets {
        let name = target.name_any();
        if !filters.is_empty() {
            let res = serde_json::json!({
                "apiVersion": api_version,
                "kind": resource.kind,
                "metadata": serde_json::to_value(&target.metadata).unwrap_or_default(),
            });
            if !accepted(filters, &res, req).map_err(Error::Filter)? {
                info!(kind = %resource.kind, name = %name, namespace, "resource not annotated because CEL expression returned false");
                continue;
            }
        }
        api.patch_metadata(&name, &PatchParams::default(), &Patch::Merge(&patch))
            .await
            .map_err(|source| Error::Annotate {
                kind: resource.kind.clone(),
                namespace: namespace.to_string(),
                name: name.clone(),
                source: Box::new(source),
            })?;
        info!(kind = %resource.kind, name = %name, namespace, "resource annotated");
    }
    Ok(())
}
