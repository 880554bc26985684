//! Routing one event: the Alerts that select it, each Alert's Provider resolved with its Secrets, the
//! requests built, and delivery started on its own task (bounded by [`super::Engine::deliveries`]) so that a
//! slow or dead endpoint delays nothing else.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use k8s_openapi::api::core::v1::Secret;
use kube::ResourceExt;
use kube::api::Api;
use kube::runtime::reflector::ObjectRef;
use tracing::{debug, info, warn};

use super::Engine;
use crate::api::notification::{Alert, Provider};
use crate::controllers::events::EventType;
use crate::notify::deliver::{self, Transport};
use crate::notify::event::{
    EVENT_GROUP, Event, META_CHANGE_REQUEST, META_COMMIT, META_COMMIT_STATUS,
    META_COMMIT_STATUS_UPDATE, META_TOKEN, SEVERITY_ERROR,
};
use crate::notify::matching::{self, SourceMatch};
use crate::notify::providers::{self, Settings, git};

/// Default `spec.timeout` of a Provider.
const DEFAULT_TIMEOUT: Duration = Duration::from_secs(15);

/// Why an event could not be dispatched to one Alert's Provider (reported as a Warning event on the Alert).
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// `--no-cross-namespace-refs` forbids the event's namespace.
    #[error(
        "discarding event, access denied to cross-namespace sources: alert '{alert}' can't process event from '{object}', cross-namespace references have been blocked"
    )]
    CrossNamespace { alert: String, object: String },
    /// The Provider does not exist.
    #[error("failed to read provider: provider '{0}' not found")]
    ProviderNotFound(String),
    /// A referenced Secret cannot be read.
    #[error("failed to get secret '{name}'")]
    Secret {
        name: String,
        #[source]
        source: kube::Error,
    },
    /// The Secret's `headers` are not a YAML map of strings.
    #[error("failed to read headers from secret")]
    Headers(#[source] yaml_serde::Error),
    /// The proxy Secret has no `address`.
    #[error("invalid proxy secret '{0}': key 'address' not found")]
    ProxyAddress(String),
    /// `spec.serviceAccountName` needs workload identity, which this build does not do.
    #[error(
        "to use spec.serviceAccountName for provider authentication please enable the ObjectLevelWorkloadIdentity feature gate in the controller"
    )]
    WorkloadIdentity,
    /// `spec.commitStatusExpr` does not evaluate to a string.
    #[error(
        "failed to create commit status: failed to evaluate the spec.commitStatusExpr CEL expression for the event: {0}"
    )]
    CommitStatusExpr(String),
    /// The payload could not be built.
    #[error("failed to initialize notifier for provider '{provider}'")]
    Build {
        provider: String,
        #[source]
        source: providers::Error,
    },
}

/// Routes `event` to every Alert that selects it.
pub async fn route(engine: &Arc<Engine>, mut event: Event) {
    event
        .metadata
        .remove(&format!("{}/{META_TOKEN}", event.group()));
    let alerts = matching_alerts(engine, &event).await;
    if alerts.is_empty() {
        debug!(object = %event.object_string(), "discarding event, no alerts found for the involved object");
        return;
    }
    info!(object = %event.object_string(), message = %event.message, "dispatching event");
    for alert in alerts {
        if let Err(e) = dispatch(engine, &event, &alert).await {
            let message = format!(
                "failed to dispatch notification for {}: {}",
                event.object_string(),
                crate::oci::http::error_chain(&e)
            );
            warn!(alert = %crate::controllers::runtime::key_of(alert.as_ref()), error = %message, "failed to dispatch notification");
            engine
                .recorder
                .publish(
                    alert.as_ref(),
                    EventType::Warning,
                    "NotificationDispatchFailed",
                    &message,
                    None,
                )
                .await;
        }
    }
}

/// The Alerts (not suspended) whose sources, severity and message lists take `event`.
async fn matching_alerts(engine: &Engine, event: &Event) -> Vec<Arc<Alert>> {
    let mut selected = Vec::new();
    for alert in engine.alerts.state() {
        if alert.spec.suspend == Some(true) {
            continue;
        }
        let mut matched = false;
        for source in &alert.spec.event_sources {
            matched = match matching::source_matches(&alert, source, event) {
                SourceMatch::No => false,
                SourceMatch::Yes => true,
                SourceMatch::IfLabels(selector) => match object_labels(engine, event).await {
                    Some(labels) => matching::labels_match(selector, &labels),
                    None => {
                        engine
                            .recorder
                            .publish(
                                alert.as_ref(),
                                EventType::Warning,
                                "SourceFetchFailed",
                                &format!("error getting source object {}", event.object_string()),
                                None,
                            )
                            .await;
                        false
                    }
                },
            };
            if matched {
                break;
            }
        }
        if !matched {
            continue;
        }
        let (allowed, invalid) = matching::message_allowed(&alert, &event.message);
        for bad in invalid {
            engine
                .recorder
                .publish(
                    alert.as_ref(),
                    EventType::Warning,
                    "InvalidConfig",
                    &bad.to_string(),
                    None,
                )
                .await;
        }
        if allowed {
            selected.push(alert);
        }
    }
    selected
}

/// The labels of the event's involved object, read from the API server.
async fn object_labels(engine: &Engine, event: &Event) -> Option<BTreeMap<String, String>> {
    let api_version = event.involved_object.api_version.as_deref()?;
    let api = super::objects::api(&engine.client, api_version, event.kind(), event.namespace());
    match api.get(event.name()).await {
        Ok(obj) => Some(obj.labels().clone()),
        Err(e) => {
            warn!(object = %event.object_string(), error = %e, "error getting the involved object");
            None
        }
    }
}

fn is_commit_status_update(event: &Event) -> bool {
    event.object_metadata(META_COMMIT_STATUS) == Some(META_COMMIT_STATUS_UPDATE)
}

/// Sends `event` through `alert`'s Provider (in the background).
async fn dispatch(engine: &Arc<Engine>, event: &Event, alert: &Alert) -> Result<(), Error> {
    let alert_ns = alert.namespace().unwrap_or_default();
    if engine.no_cross_namespace_refs && event.namespace() != alert_ns {
        return Err(Error::CrossNamespace {
            alert: format!("{alert_ns}/{}", alert.name_any()),
            object: event.object_string(),
        });
    }
    let provider_name = &alert.spec.provider_ref.name;
    let provider = engine
        .providers
        .get(&ObjectRef::new(provider_name).within(&alert_ns))
        .ok_or_else(|| Error::ProviderNotFound(format!("{alert_ns}/{provider_name}")))?;
    if provider.spec.suspend == Some(true) {
        return Ok(());
    }
    let kind = provider.spec.provider_type.as_str();
    let commit_status_type = git::is_commit_status_type(kind);
    let generic = kind == "generic" || kind == "generic-hmac";
    if !commit_status_type && !generic && is_commit_status_update(event) {
        return Ok(());
    }
    if commit_status_type
        && event
            .metadata
            .get(&format!("{EVENT_GROUP}/{META_COMMIT}"))
            .is_none_or(|c| c.is_empty())
        && !is_commit_status_update(event)
        && event.severity != SEVERITY_ERROR
    {
        debug!(alert = %alert.name_any(), "event dropped for commit status providers due to missing commit metadata key");
        return Ok(());
    }
    if git::is_change_request_type(kind)
        && event
            .metadata
            .get(&format!("{EVENT_GROUP}/{META_CHANGE_REQUEST}"))
            .is_none_or(|c| c.is_empty())
    {
        return Ok(());
    }
    if provider.spec.service_account_name.is_some() {
        return Err(Error::WorkloadIdentity);
    }

    let mut notification = event.clone();
    let conflicts = matching::combine_metadata(&mut notification, alert);
    if !conflicts.is_empty() {
        engine
            .recorder
            .publish(
                alert,
                EventType::Warning,
                "MetadataAppendFailed",
                "metadata key conflicts detected (please refer to the Alert API docs and Flux RFC 0008 for more information)",
                None,
            )
            .await;
    }
    let (settings, transport) = resolve(engine, &provider, alert, &notification).await?;
    let requests = providers::build(&settings, &notification).map_err(|source| Error::Build {
        provider: provider.name_any(),
        source,
    })?;
    if requests.is_empty() {
        return Ok(());
    }

    let engine = engine.clone();
    let alert = alert.clone();
    let token = settings.token.clone();
    tokio::spawn(async move {
        let Ok(_permit) = engine.deliveries.clone().acquire_owned().await else {
            return;
        };
        if let Err(e) = deliver::send_all(&requests, &transport).await {
            let mut text = e.to_string();
            if !token.is_empty() {
                text = text.replace(&token, "*****");
            }
            let message = format!(
                "failed to send notification for {}: {text}",
                notification.object_string()
            );
            warn!(alert = %crate::controllers::runtime::key_of(&alert), error = %message, "failed to send notification");
            engine
                .recorder
                .publish(
                    &alert,
                    EventType::Warning,
                    "NotificationDispatchFailed",
                    &message,
                    None,
                )
                .await;
        }
    });
    Ok(())
}

/// The value of `key` in a Secret, as UTF-8 with surrounding space trimmed.
fn secret_string(secret: &Secret, key: &str) -> Option<String> {
    secret
        .data
        .as_ref()
        .and_then(|d| d.get(key))
        .map(|v| String::from_utf8_lossy(&v.0).trim().to_string())
        .or_else(|| {
            secret
                .string_data
                .as_ref()
                .and_then(|d| d.get(key))
                .map(|v| v.trim().to_string())
        })
}

fn secret_bytes(secret: &Secret, key: &str) -> Option<Vec<u8>> {
    secret
        .data
        .as_ref()
        .and_then(|d| d.get(key))
        .map(|v| v.0.clone())
}

async fn get_secret(engine: &Engine, namespace: &str, name: &str) -> Result<Secret, Error> {
    let api: Api<Secret> = Api::namespaced(engine.client.clone(), namespace);
    api.get(name).await.map_err(|source| Error::Secret {
        name: format!("{namespace}/{name}"),
        source,
    })
}

/// The Provider's settings and transport, with its Secrets read.
async fn resolve(
    engine: &Engine,
    provider: &Provider,
    alert: &Alert,
    event: &Event,
) -> Result<(Settings, Transport), Error> {
    let ns = provider.namespace().unwrap_or_default();
    let spec = &provider.spec;
    let mut settings = Settings {
        kind: spec.provider_type.clone(),
        address: spec.address.clone().unwrap_or_default(),
        channel: spec.channel.clone().unwrap_or_default(),
        username: spec.username.clone().unwrap_or_default(),
        uid: provider.uid().unwrap_or_default(),
        ..Settings::default()
    };
    let timeout = spec
        .timeout
        .as_deref()
        .and_then(|t| crate::duration::parse(t).ok())
        .unwrap_or(DEFAULT_TIMEOUT);
    let mut transport = Transport {
        timeout,
        proxy: spec.proxy.clone().filter(|p| !p.is_empty()),
        ..Transport::default()
    };
    let mut secret_ca = None;
    if let Some(reference) = &spec.secret_ref {
        let secret = get_secret(engine, &ns, &reference.name).await?;
        if let Some(address) = secret_string(&secret, "address") {
            settings.address = address;
        }
        if let Some(token) = secret_string(&secret, "token") {
            settings.token = token;
        }
        if let Some(username) = secret_string(&secret, "username") {
            settings.username = username;
        }
        if let Some(password) = secret_string(&secret, "password") {
            settings.password = password;
        }
        if let Some(proxy) = secret_string(&secret, "proxy") {
            transport.proxy = Some(proxy);
        }
        if let Some(headers) = secret_bytes(&secret, "headers") {
            settings.headers = yaml_serde::from_slice(&headers).map_err(Error::Headers)?;
        }
        secret_ca = secret_bytes(&secret, "ca.crt");
    }
    if let Some(reference) = &spec.proxy_secret_ref {
        let secret = get_secret(engine, &ns, &reference.name).await?;
        let address = secret_string(&secret, "address")
            .ok_or_else(|| Error::ProxyAddress(reference.name.clone()))?;
        let user = secret_string(&secret, "username").unwrap_or_default();
        let password = secret_string(&secret, "password").unwrap_or_default();
        transport.proxy = Some(match (reqwest::Url::parse(&address), user.is_empty()) {
            (Ok(mut url), false) => {
                let _ = url.set_username(&user);
                let _ = url.set_password(Some(&password));
                url.to_string()
            }
            _ => address,
        });
    }
    if let Some(reference) = &spec.cert_secret_ref {
        let secret = get_secret(engine, &ns, &reference.name).await?;
        transport.ca_pem = secret_bytes(&secret, "ca.crt");
        if let (Some(cert), Some(key)) = (
            secret_bytes(&secret, "tls.crt"),
            secret_bytes(&secret, "tls.key"),
        ) {
            transport.client_cert = Some((cert, key));
        }
    } else if git::is_commit_status_type(&settings.kind) {
        transport.ca_pem = secret_ca;
    }
    if git::is_commit_status_type(&settings.kind) {
        settings.commit_status = match spec.commit_status_expr.as_deref().filter(|e| !e.is_empty())
        {
            Some(expr) => commit_status_from_expr(expr, event, alert, provider)?,
            None => git::default_commit_status(&settings.uid, event),
        };
    }
    Ok((settings, transport))
}

/// The commit status identifier from `spec.commitStatusExpr`, a CEL expression over `event`, `alert` and
/// `provider` that must give a string.
fn commit_status_from_expr(
    expr: &str,
    event: &Event,
    alert: &Alert,
    provider: &Provider,
) -> Result<String, Error> {
    let to_json = |v: Result<serde_json::Value, serde_json::Error>| v.unwrap_or_default();
    let event = to_json(serde_json::to_value(event));
    let alert = to_json(serde_json::to_value(alert));
    let provider = to_json(serde_json::to_value(provider));
    match crate::health::evaluate_cel(
        expr,
        &[
            ("event", &event),
            ("alert", &alert),
            ("provider", &provider),
        ],
    ) {
        Ok(cel::Value::String(s)) => Ok(s.to_string()),
        Ok(other) => Err(Error::CommitStatusExpr(format!(
            "the result is not a string: {other:?}"
        ))),
        Err(e) => Err(Error::CommitStatusExpr(e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::notification::{AlertSpec, ProviderSpec};

    #[test]
    fn commit_status_expressions_see_event_alert_and_provider() {
        let event = Event {
            involved_object: k8s_openapi::api::core::v1::ObjectReference {
                kind: Some("Kustomization".into()),
                name: Some("apps".into()),
                ..Default::default()
            },
            ..Default::default()
        };
        let alert = Alert::new("a", AlertSpec::default());
        let provider = Provider::new(
            "gh",
            ProviderSpec {
                provider_type: "github".into(),
                ..Default::default()
            },
        );
        let id = commit_status_from_expr(
            "event.involvedObject.kind + '/' + event.involvedObject.name + '/' + provider.metadata.name",
            &event,
            &alert,
            &provider,
        );
        assert_eq!(id.ok().as_deref(), Some("Kustomization/apps/gh"));
        assert!(commit_status_from_expr("1 + 1", &event, &alert, &provider).is_err());
    }
}
