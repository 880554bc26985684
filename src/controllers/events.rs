//! Kubernetes Events as Flux's controllers emit them: core/v1 Events on the object, reason PascalCase, the
//! revision in the annotation `<group>/revision`, so `kubectl describe` and `flux events` show them.
//!
//! RBAC: `create` on `events` in the object's namespace. Failures to emit are logged and otherwise ignored: an
//! event is never worth failing a reconcile.
//!
//! In `flux serve`, a recorder with a sink ([`Recorder::with_sink`]) also hands each event, in the form Flux's
//! controllers post to notification-controller, to the in-process notification engine: never blocking (a full
//! queue drops the notification with a warning, as a failed POST would).

use std::collections::BTreeMap;

use k8s_openapi::api::core::v1::{Event, EventSource, ObjectReference};
use k8s_openapi::apimachinery::pkg::apis::meta::v1::{MicroTime, ObjectMeta, Time};
use kube::api::{Api, PostParams};
use kube::{Client, Resource, ResourceExt};
use tracing::warn;

/// Severity of an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventType {
    /// Something worked.
    Normal,
    /// Something failed.
    Warning,
}

/// Emits events on behalf of one controller.
#[derive(Clone)]
pub struct Recorder {
    client: Client,
    /// Controller name in `source.component`, e.g. `source-controller`.
    component: String,
    /// API group whose `/revision` annotation carries the revision.
    group: String,
    /// Where Flux-form events go (the notification engine), when it runs in this process.
    sink: Option<EventSink>,
}

/// This host's name, as Flux's recorder puts it in `reportingInstance`.
fn hostname() -> &'static str {
    static HOST: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    HOST.get_or_init(|| {
        std::env::var("HOSTNAME")
            .ok()
            .or_else(|| std::fs::read_to_string("/etc/hostname").ok())
            .map(|h| h.trim().to_string())
            .unwrap_or_default()
    })
}

/// The queue of the in-process notification engine.
pub type EventSink = tokio::sync::mpsc::Sender<crate::notify::event::Event>;

impl Recorder {
    /// A recorder for `component` (e.g. `source-controller`) in API `group`.
    pub fn new(client: Client, component: &str, group: &str) -> Self {
        Self {
            client,
            component: component.to_string(),
            group: group.to_string(),
            sink: None,
        }
    }

    /// The same recorder, also handing every event to `sink`.
    pub fn with_sink(mut self, sink: EventSink) -> Self {
        self.sink = Some(sink);
        self
    }

    /// Hands the Flux form of an event to the sink, if any: metadata `<group>/revision` plus the object's
    /// `event.toolkit.fluxcd.io/*` annotations, severity `info` for Normal and `error` for Warning.
    fn notify<K>(
        &self,
        obj: &K,
        type_: EventType,
        reason: &str,
        message: &str,
        revision: Option<&str>,
        extra: &[(&str, &str)],
    ) where
        K: Resource<DynamicType = ()>,
    {
        let Some(sink) = &self.sink else { return };
        use crate::notify::event::{EVENT_GROUP, Event, SEVERITY_ERROR, SEVERITY_INFO};
        let mut metadata: BTreeMap<String, String> = obj
            .annotations()
            .iter()
            .filter(|(k, _)| k.starts_with(&format!("{EVENT_GROUP}/")))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        if let Some(rev) = revision {
            metadata.insert(format!("{}/revision", self.group), rev.to_string());
        }
        for (k, v) in extra {
            metadata.insert(format!("{}/{k}", self.group), v.to_string());
        }
        let event = Event {
            involved_object: ObjectReference {
                api_version: Some(K::api_version(&()).to_string()),
                kind: Some(K::kind(&()).to_string()),
                name: Some(obj.name_any()),
                namespace: obj.namespace(),
                uid: obj.uid(),
                resource_version: obj.resource_version(),
                ..ObjectReference::default()
            },
            severity: match type_ {
                EventType::Normal => SEVERITY_INFO,
                EventType::Warning => SEVERITY_ERROR,
            }
            .to_string(),
            timestamp: k8s_openapi::jiff::Timestamp::now()
                .strftime("%Y-%m-%dT%H:%M:%SZ")
                .to_string(),
            message: message.to_string(),
            reason: reason.to_string(),
            metadata,
            reporting_controller: self.component.clone(),
            reporting_instance: hostname().to_string(),
        };
        if let Err(e) = sink.try_send(event) {
            warn!(object = %format!("{}/{}", obj.namespace().unwrap_or_default(), obj.name_any()), reason, error = %e, "notification queue full, event not forwarded");
        }
    }

    /// Emits one event on `obj`. `revision` goes into the `<group>/revision` annotation.
    pub async fn publish<K>(
        &self,
        obj: &K,
        type_: EventType,
        reason: &str,
        message: &str,
        revision: Option<&str>,
    ) where
        K: Resource<DynamicType = ()>,
    {
        self.publish_with(obj, type_, reason, message, revision, &[])
            .await
    }

    /// [`Recorder::publish`] with more metadata: each `(key, value)` becomes the annotation `<group>/<key>`
    /// (e.g. `("commit_status", "update")` on a Kustomization's success, as kustomize-controller sends it).
    pub async fn publish_with<K>(
        &self,
        obj: &K,
        type_: EventType,
        reason: &str,
        message: &str,
        revision: Option<&str>,
        metadata: &[(&str, &str)],
    ) where
        K: Resource<DynamicType = ()>,
    {
        self.notify(obj, type_, reason, message, revision, metadata);
        let ns = obj.namespace().unwrap_or_else(|| "default".into());
        let name = obj.name_any();
        let now = k8s_openapi::jiff::Timestamp::now();
        let mut annotations = BTreeMap::new();
        if let Some(rev) = revision {
            annotations.insert(format!("{}/revision", self.group), rev.to_string());
        }
        for (k, v) in metadata {
            annotations.insert(format!("{}/{k}", self.group), v.to_string());
        }
        let event = Event {
            metadata: ObjectMeta {
                generate_name: Some(format!("{name}.")),
                namespace: Some(ns.clone()),
                annotations: (!annotations.is_empty()).then_some(annotations),
                ..ObjectMeta::default()
            },
            involved_object: ObjectReference {
                api_version: Some(K::api_version(&()).to_string()),
                kind: Some(K::kind(&()).to_string()),
                name: Some(name.clone()),
                namespace: Some(ns.clone()),
                uid: obj.uid(),
                resource_version: obj.resource_version(),
                ..ObjectReference::default()
            },
            reason: Some(reason.to_string()),
            message: Some(message.chars().take(1024).collect()),
            type_: Some(
                match type_ {
                    EventType::Normal => "Normal",
                    EventType::Warning => "Warning",
                }
                .to_string(),
            ),
            source: Some(EventSource {
                component: Some(self.component.clone()),
                host: None,
            }),
            reporting_component: Some(self.component.clone()),
            reporting_instance: Some(self.component.clone()),
            first_timestamp: Some(Time(now)),
            last_timestamp: Some(Time(now)),
            event_time: Some(MicroTime(now)),
            action: Some(reason.to_string()),
            count: Some(1),
            ..Event::default()
        };
        let api: Api<Event> = Api::namespaced(self.client.clone(), &ns);
        if let Err(e) = api.create(&PostParams::default(), &event).await {
            warn!(object = %format!("{ns}/{name}"), reason, error = %e, "failed to emit event");
        }
    }
}
