//! One Receiver reconcile: finalizer, the token read from `spec.secretRef`, `status.webhookPath` and the Ready
//! condition (`Succeeded`, "Receiver initialized for path: /hook/…"; `TokenNotFound` when the Secret or its
//! `token` key is missing), then a requeue after `spec.interval` (10m by default) to notice a rotated token.

use std::sync::Arc;
use std::time::Duration;

use k8s_openapi::api::core::v1::Secret;
use kube::api::{Api, Patch, PatchParams};
use kube::runtime::controller::Action;
use kube::{Resource, ResourceExt};
use tracing::{Instrument, info};

use super::FIELD_MANAGER;
use crate::api::conditions;
use crate::api::notification::{Receiver, ReceiverStatus};
use crate::controllers::events::EventType;
use crate::controllers::runtime::{self, Context};
use crate::notify::receiver::webhook_path;

/// Flux's finalizer.
const FINALIZER: &str = "finalizers.fluxcd.io";
/// Reason of a missing token.
pub const TOKEN_NOT_FOUND: &str = "TokenNotFound";
/// Default `spec.interval`.
const DEFAULT_INTERVAL: Duration = Duration::from_secs(600);

/// Why a Receiver reconcile failed.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The token Secret cannot be read or lacks `token`.
    #[error("{0}")]
    Token(String),
    /// Adding or removing the finalizer failed.
    #[error("failed to update the finalizers of {key}")]
    Finalizer {
        key: String,
        #[source]
        source: kube::Error,
    },
    /// Writing the status failed.
    #[error("failed to patch the status of {key}")]
    PatchStatus {
        key: String,
        #[source]
        source: kube::Error,
    },
}

/// The interval of a Receiver.
pub fn interval(obj: &Receiver) -> Duration {
    obj.spec
        .interval
        .as_deref()
        .and_then(|i| crate::duration::parse(i).ok())
        .unwrap_or(DEFAULT_INTERVAL)
}

/// Reconciles one Receiver.
pub async fn reconcile(obj: Arc<Receiver>, ctx: Arc<Context>) -> Result<Action, Error> {
    let span = runtime::reconcile_span(obj.as_ref());
    async move {
        let ns = obj.namespace().unwrap_or_default();
        let api: Api<Receiver> = Api::namespaced(ctx.client.clone(), &ns);
        let key = runtime::key_of(obj.as_ref());
        let has_finalizer = obj.finalizers().iter().any(|f| f == FINALIZER);
        if obj.meta().deletion_timestamp.is_some() {
            if has_finalizer {
                let rest: Vec<&String> = obj
                    .finalizers()
                    .iter()
                    .filter(|f| *f != FINALIZER)
                    .collect();
                set_finalizers(&api, &obj, &rest, &key).await?;
            }
            return Ok(Action::await_change());
        }
        if !has_finalizer {
            let mut all: Vec<&String> = obj.finalizers().iter().collect();
            let ours = FINALIZER.to_string();
            all.push(&ours);
            set_finalizers(&api, &obj, &all, &key).await?;
            // The finalizer change wakes us again through the Receiver watch (trigger_hash covers finalizers).
            return Ok(Action::await_change());
        }
        if obj.spec.suspend == Some(true) {
            info!("Reconciliation is suspended for this object");
            return Ok(Action::await_change());
        }
        let started = std::time::Instant::now();
        let result = apply(&obj, &ctx, &api, &key).await;
        ctx.record("Receiver", &ns, &obj.name_any(), started, result.is_ok());
        result
    }
    .instrument(span)
    .await
}

async fn set_finalizers(
    api: &Api<Receiver>,
    obj: &Receiver,
    finalizers: &[&String],
    key: &str,
) -> Result<(), Error> {
    let patch = serde_json::json!({
        "metadata": {"finalizers": finalizers, "resourceVersion": obj.resource_version()}
    });
    api.patch(
        &obj.name_any(),
        &PatchParams::default(),
        &Patch::Merge(&patch),
    )
    .await
    .map(|_| ())
    .map_err(|source| Error::Finalizer {
        key: key.to_string(),
        source,
    })
}

/// Reads the token of `obj` (empty for generic-oidc, which has no Secret).
async fn token(obj: &Receiver, ctx: &Context) -> Result<String, Error> {
    let Some(reference) = &obj.spec.secret_ref else {
        return Ok(String::new());
    };
    let ns = obj.namespace().unwrap_or_default();
    let name = format!("{ns}/{}", reference.name);
    let api: Api<Secret> = Api::namespaced(ctx.client.clone(), &ns);
    let secret = api.get(&reference.name).await.map_err(|e| {
        Error::Token(format!(
            "unable to read token from secret '{name}' error: {}",
            runtime::cause_text(&e)
        ))
    })?;
    secret
        .data
        .as_ref()
        .and_then(|d| d.get("token"))
        .map(|v| String::from_utf8_lossy(&v.0).to_string())
        .ok_or_else(|| {
            Error::Token(format!(
                "invalid '{name}' secret data: required fields 'token'"
            ))
        })
}

async fn apply(
    obj: &Receiver,
    ctx: &Context,
    api: &Api<Receiver>,
    key: &str,
) -> Result<Action, Error> {
    let generation = obj.meta().generation;
    let mut status = obj.status.clone().unwrap_or_default();
    let mut conds = status.conditions.take().unwrap_or_default();
    status.last_handled_reconcile_at =
        runtime::requested_at(obj).or(status.last_handled_reconcile_at);
    let result = match token(obj, ctx).await {
        Ok(token) => {
            let path = webhook_path(
                &token,
                &obj.name_any(),
                &obj.namespace().unwrap_or_default(),
            );
            let msg = format!("Receiver initialized for path: {path}");
            if status.webhook_path.as_deref() != Some(path.as_str()) {
                info!("{msg}");
            }
            runtime::mark_ready(&mut conds, conditions::SUCCEEDED, &msg, generation);
            status.webhook_path = Some(path);
            status.observed_generation = generation;
            Ok(())
        }
        Err(e) => {
            runtime::mark_failed(&mut conds, TOKEN_NOT_FOUND, &e.to_string(), generation);
            status.webhook_path = None;
            Err(e)
        }
    };
    status.conditions = Some(conds);
    write_status(api, obj, &status, ctx, key).await?;
    match result {
        Ok(()) => {
            let every = interval(obj);
            ctx.recorder
                .publish(
                    obj,
                    EventType::Normal,
                    conditions::SUCCEEDED,
                    &format!(
                        "Reconciliation finished, next run in {}",
                        crate::duration::format(every)
                    ),
                    None,
                )
                .await;
            Ok(Action::requeue(every))
        }
        Err(e) => {
            ctx.recorder
                .publish(
                    obj,
                    EventType::Warning,
                    conditions::FAILED,
                    &e.to_string(),
                    None,
                )
                .await;
            Err(e)
        }
    }
}

async fn write_status(
    api: &Api<Receiver>,
    obj: &Receiver,
    status: &ReceiverStatus,
    ctx: &Context,
    key: &str,
) -> Result<(), Error> {
    let written = runtime::patch_status(api, &obj.name_any(), FIELD_MANAGER, status)
        .await
        .map_err(|source| Error::PatchStatus {
            key: key.to_string(),
            source,
        })?;
    ctx.wrote(&written);
    Ok(())
}
