//! notification-controller in `flux serve`: the event pipeline (events of this process' controllers arrive
//! in-process through [`crate::controllers::events::EventSink`]; other controllers POST Flux's event JSON to
//! the events endpoint, `--events-addr`, `:9690`), Alert routing and delivery to Providers, and the webhook
//! receiver (see [`crate::controllers::receiver`]).
//!
//! Alert and Provider (`v1beta3`) are static objects, as in notification-controller v1.9: they have no status
//! and no reconciler; they are read from a watch cache when an event arrives. Failures show as Warning events
//! on the Alert (`NotificationDispatchFailed`, `InvalidConfig`, `MetadataAppendFailed`).
//!
//! RBAC: `list/watch` alerts and providers, `get` secrets and the involved objects (for `matchLabels`),
//! `create` events.

pub mod dispatch;
pub mod objects;
pub mod server;

use std::sync::Arc;
use std::time::Duration;

use futures::StreamExt;
use kube::runtime::reflector::{self, Store};
use kube::runtime::{WatchStreamExt, watcher};
use tokio::sync::{Mutex, Semaphore, mpsc};
use tracing::{debug, info};

use crate::api::notification::{Alert, Provider};
use crate::controllers::events::{EventSink, Recorder};
use crate::notify::event::{Event, SEVERITY_TRACE};
use crate::notify::ratelimit::{DuplicateLimiter, event_key};

/// Events waiting for routing; past this, new ones are dropped with a warning (never blocking a controller).
const QUEUE: usize = 4096;
/// Deliveries in flight at once; a slow endpoint holds one slot for at most its Provider's timeout.
const DELIVERIES: usize = 64;

/// Flags of notification-controller.
#[derive(Debug, Clone)]
pub struct Options {
    /// `--events-addr`: where the events endpoint listens.
    pub events_addr: std::net::SocketAddr,
    /// `--receiver-addr` (Flux: `--receiverAddr`): where webhooks are received.
    pub receiver_addr: std::net::SocketAddr,
    /// `--rate-limit-interval`: duplicates of an event within it are dropped.
    pub rate_limit_interval: Duration,
    /// `--no-cross-namespace-refs`: Alerts only take events of their own namespace, Receivers only annotate
    /// objects of theirs.
    pub no_cross_namespace_refs: bool,
    /// Only this namespace (without `--watch-all-namespaces`).
    pub namespace: Option<String>,
}

/// The shared state of routing and delivery.
pub struct Engine {
    /// Client of notification-controller.
    pub client: kube::Client,
    /// Events on Alerts (dispatch failures, bad regexes).
    pub recorder: Recorder,
    /// Watch cache of Alerts.
    pub alerts: Store<Alert>,
    /// Watch cache of Providers.
    pub providers: Store<Provider>,
    /// The duplicate-event limit.
    pub limiter: DuplicateLimiter,
    /// Bounds deliveries in flight.
    pub deliveries: Arc<Semaphore>,
    /// See [`Options::no_cross_namespace_refs`].
    pub no_cross_namespace_refs: bool,
    queue: mpsc::Sender<Event>,
    incoming: Mutex<mpsc::Receiver<Event>>,
}

impl Engine {
    /// The engine, and the tasks that fill its watch caches (run them until the process ends).
    pub fn new(
        client: kube::Client,
        opts: &Options,
    ) -> (Arc<Self>, Vec<futures::future::BoxFuture<'static, ()>>) {
        let (alerts, alert_writer) = reflector::store();
        let (providers, provider_writer) = reflector::store();
        let alert_api = match &opts.namespace {
            Some(ns) => kube::Api::<Alert>::namespaced(client.clone(), ns),
            None => kube::Api::<Alert>::all(client.clone()),
        };
        let provider_api = match &opts.namespace {
            Some(ns) => kube::Api::<Provider>::namespaced(client.clone(), ns),
            None => kube::Api::<Provider>::all(client.clone()),
        };
        let watches: Vec<futures::future::BoxFuture<'static, ()>> = vec![
            Box::pin(
                watcher(alert_api, watcher::Config::default())
                    .default_backoff()
                    .reflect(alert_writer)
                    .for_each(|_| async {}),
            ),
            Box::pin(
                watcher(provider_api, watcher::Config::default())
                    .default_backoff()
                    .reflect(provider_writer)
                    .for_each(|_| async {}),
            ),
        ];
        let (queue, incoming) = mpsc::channel(QUEUE);
        let engine = Arc::new(Self {
            recorder: Recorder::new(
                client.clone(),
                crate::api::NOTIFICATION_CONTROLLER,
                "notification.toolkit.fluxcd.io",
            ),
            client,
            alerts,
            providers,
            limiter: DuplicateLimiter::new(opts.rate_limit_interval),
            deliveries: Arc::new(Semaphore::new(DELIVERIES)),
            no_cross_namespace_refs: opts.no_cross_namespace_refs,
            queue,
            incoming: Mutex::new(incoming),
        });
        (engine, watches)
    }

    /// The sink controllers' recorders hand their events to.
    pub fn sink(&self) -> EventSink {
        self.queue.clone()
    }

    /// Applies the duplicate limit to an event as it arrives: false if it repeats one seen within the rate
    /// limit interval (Flux answers such a POST with 429).
    pub fn admit(&self, event: &Event) -> bool {
        self.limiter.allow(&event_key(event))
    }

    /// Routes queued events until the queue closes. Each event is dispatched on its own task, so reading an
    /// object's labels or a Provider's Secret never holds up the next event.
    pub async fn run(self: Arc<Self>) {
        info!(controller = "notification", "event pipeline started");
        let mut incoming = self.incoming.lock().await;
        while let Some(mut event) = incoming.recv().await {
            if event.severity == SEVERITY_TRACE {
                continue;
            }
            event.clean_metadata();
            if !self.admit(&event) {
                debug!(object = %event.object_string(), "discarding event, rate limiting duplicate events");
                continue;
            }
            let engine = self.clone();
            tokio::spawn(async move { dispatch::route(&engine, event).await });
        }
    }
}
