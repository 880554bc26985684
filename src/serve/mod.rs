//! `flux serve`: the one process that hosts every Flux controller. This module is the runtime around them:
//! leader election through a Lease (one per shard), `/healthz` and `/readyz`, Prometheus `/metrics`, logs,
//! supervised controller tasks, and a graceful drain on SIGTERM or Ctrl-C: stop taking work, let running
//! reconciles reach a recorded safe point within `--graceful-shutdown-timeout`, release the lease, exit 0. A
//! second signal during the drain exits at once.
//!
//! RBAC it needs beyond the controllers' own: `get/create/update/patch` on `coordination.k8s.io` Leases in its
//! namespace. It runs in-cluster (deployed by `flux install`) or on a laptop against any kubeconfig.

pub mod http;
pub mod logging;

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use kube::Client;
use kube_lease_manager::{LeaseManagerBuilder, LeaseParams};
use tracing::{error, info, warn};

use crate::cluster::describe;
use crate::controllers::metrics::{LeaseLabels, Metrics};
use crate::controllers::runtime::Scope;
use crate::controllers::supervisor::{Liveness, Supervisor};

/// How long a leader's lease stays valid without renewal.
const LEASE_DURATION_SECS: u64 = 15;
/// How early before expiry the leader renews.
const LEASE_GRACE_SECS: u64 = 5;

/// What `flux serve` runs and where.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// Namespace of the lease (Flux's runtime namespace).
    pub namespace: String,
    /// Flux components whose controllers to run.
    pub components: Vec<String>,
    /// Reconcile objects in all namespaces, or only in `namespace`.
    pub watch_all_namespaces: bool,
    /// Take part in leader election; off runs controllers at once (a single process, e.g. in tests).
    pub leader_election: bool,
    /// Address of `/metrics`.
    pub metrics_addr: SocketAddr,
    /// Address of `/healthz` and `/readyz`.
    pub health_addr: SocketAddr,
    /// Identity written into the Lease; defaults to host name and process id.
    pub identity: String,
    /// Directory of the artifact store (`--storage-path`).
    pub storage_path: std::path::PathBuf,
    /// Address the artifact file server binds (`--storage-addr`).
    pub storage_addr: SocketAddr,
    /// Host (and port) written into artifact URLs (`--storage-adv-addr`).
    pub storage_adv_addr: String,
    /// Flags of the Kustomization controller.
    pub kustomize: crate::controllers::kustomize::Options,
    /// `--watch-label-selector`: reconcile only the objects it selects (a shard); also names the lease.
    pub label_selector: Option<String>,
    /// `--graceful-shutdown-timeout`: how long running reconciles may take to reach a safe point on SIGTERM.
    pub graceful_shutdown_timeout: Duration,
    /// `--kube-api-qps` and `--kube-api-burst`, per controller client.
    pub limits: crate::cluster::rate_limit::Limits,
    /// Flags of notification-controller (events and webhook endpoints).
    pub notification: crate::controllers::notification::Options,
}

impl ServeOptions {
    /// Whether this process runs `component`'s controllers.
    pub fn runs(&self, component: &str) -> bool {
        self.components.iter().any(|c| c == component)
    }

    /// Whether this process writes and serves artifacts: source-controller's, and source-watcher's generated
    /// ones (one store and one file server for both, unlike Flux's two Deployments).
    pub fn stores_artifacts(&self) -> bool {
        self.runs(crate::api::SOURCE_CONTROLLER) || self.runs(crate::api::SOURCE_WATCHER)
    }
}

/// Why `flux serve` stopped with an error.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The API server is not reachable or rejects our credentials.
    #[error("cannot start: {0}")]
    Connect(String),
    /// The artifact storage directory cannot be created.
    #[error("failed to create storage directory {path}")]
    Storage {
        path: String,
        #[source]
        source: std::io::Error,
    },
    /// An HTTP listener could not bind.
    #[error("failed to listen on {addr}")]
    Listen {
        addr: SocketAddr,
        #[source]
        source: std::io::Error,
    },
}

/// Shared state of the runtime; controllers receive it as part of their context.
#[derive(Clone)]
pub struct Runtime {
    /// Client for the cluster being reconciled.
    pub client: Client,
    /// The connection settings behind `client` (the base of impersonating clients).
    pub config: kube::Config,
    /// Metrics registry.
    pub metrics: Metrics,
    /// True once the API server answered and the controllers are started (served on `/readyz`).
    pub ready: Arc<AtomicBool>,
    /// Whether every controller task runs (`/readyz` fails while one is down and being restarted).
    pub liveness: Liveness,
}

/// A default identity: host name plus process id, as controller-runtime builds it.
pub fn default_identity() -> String {
    let host = std::env::var("HOSTNAME")
        .ok()
        .or_else(|| std::fs::read_to_string("/etc/hostname").ok())
        .map(|h| h.trim().to_string())
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "flux".to_string());
    format!("{host}_{}", std::process::id())
}

/// Runs until SIGTERM/SIGINT: probes and metrics at once, controllers once this process leads.
pub async fn serve(client: Client, config: kube::Config, opts: ServeOptions) -> Result<(), Error> {
    let version = client
        .apiserver_version()
        .await
        .map_err(|e| Error::Connect(describe(&e)))?;
    info!(server = %version.git_version, namespace = %opts.namespace, "connected to the Kubernetes API server");

    let metrics = Metrics::new();
    let mut supervisor = Supervisor::new(metrics.clone());
    let runtime = Runtime {
        client: client.clone(),
        config,
        metrics,
        ready: Arc::new(AtomicBool::new(false)),
        liveness: supervisor.liveness(),
    };
    tokio::spawn(crate::controllers::memory::trim_after_deletions());
    let shutdown = shutdown_signal();
    tokio::pin!(shutdown);
    let lease_name = crate::api::lease_name(opts.label_selector.as_deref());

    let mut servers = http::start(&opts, &runtime).await?;
    let sink = start_notification(&opts, &runtime, &mut servers).await?;
    if opts.stores_artifacts()
        && let Err(e) = std::fs::create_dir_all(&opts.storage_path)
    {
        return Err(Error::Storage {
            path: opts.storage_path.display().to_string(),
            source: e,
        });
    }

    let lease_labels = LeaseLabels {
        name: lease_name.clone(),
    };
    let mut leadership = if opts.leader_election {
        let mut delay = Duration::from_secs(1);
        loop {
            let built = LeaseManagerBuilder::new(client.clone(), &lease_name)
                .with_namespace(&opts.namespace)
                .with_parameters(
                    LeaseParams::new(&opts.identity, LEASE_DURATION_SECS, LEASE_GRACE_SECS)
                        .with_field_manager("flux-serve"),
                )
                .build()
                .await;
            match built {
                Ok(manager) => break Some(manager.watch().await),
                Err(e) => {
                    // Typically the namespace does not exist yet because `flux install` runs after us; keep
                    // trying instead of exiting, so the two can be started in any order.
                    warn!(lease = %lease_name, namespace = %opts.namespace, error = %e, "cannot take part in leader election yet, retrying");
                    tokio::select! {
                        _ = &mut shutdown => {
                            servers.stop().await;
                            return Ok(());
                        }
                        _ = tokio::time::sleep(delay) => {}
                    }
                    delay = (delay * 2).min(Duration::from_secs(16));
                }
            }
        }
    } else {
        None
    };

    runtime.ready.store(true, Ordering::Release);
    let mut leading = leadership.is_none();
    if leading {
        serve_artifacts(&opts, &mut servers).await?;
        start_controllers(&opts, &runtime, &mut supervisor, sink.as_ref());
    } else {
        info!(lease = %lease_name, identity = %opts.identity, "waiting for leadership");
    }

    loop {
        let changed = async {
            match leadership.as_mut() {
                Some((channel, _)) => channel
                    .changed()
                    .await
                    .map(|_| *channel.borrow_and_update()),
                None => std::future::pending().await,
            }
        };
        tokio::select! {
            _ = &mut shutdown => break,
            state = changed => match state {
                Ok(true) if !leading => {
                    leading = true;
                    runtime.metrics.leader.get_or_create(&lease_labels).set(1);
                    info!(lease = %lease_name, identity = %opts.identity, "became the leader");
                    if let Err(e) = serve_artifacts(&opts, &mut servers).await {
                        servers.stop().await;
                        return Err(e);
                    }
                    start_controllers(&opts, &runtime, &mut supervisor, sink.as_ref());
                }
                Ok(false) if leading => {
                    // Another process leads now; running on would mean two writers. Exit and let the
                    // supervisor restart us as a standby, as controller-runtime does.
                    runtime.metrics.leader.get_or_create(&lease_labels).set(0);
                    warn!(lease = %lease_name, "leadership lost, stopping");
                    break;
                }
                Ok(_) => {}
                Err(_) => {
                    warn!("leader election stopped unexpectedly");
                    break;
                }
            }
        }
    }

    info!(timeout = ?opts.graceful_shutdown_timeout, "shutting down: draining the controllers");
    runtime.ready.store(false, Ordering::Release);
    let drained = tokio::select! {
        drained = supervisor.drain(opts.graceful_shutdown_timeout) => drained,
        _ = shutdown_signal() => {
            error!("second signal: exiting at once");
            std::process::exit(1);
        }
    };
    if drained {
        info!("controllers drained");
    }
    if let Some((channel, task)) = leadership.take() {
        // Closing the channel makes the lease task release the lease, so a successor need not wait it out.
        drop(channel);
        let _ = tokio::time::timeout(Duration::from_secs(5), task).await;
    }
    servers.stop().await;
    info!("stopped");
    Ok(())
}

/// Serves the artifact storage over HTTP, on the leader only as Flux does: a standby's storage is empty, and
/// behind a Service it would answer consumers with 404s.
async fn serve_artifacts(opts: &ServeOptions, servers: &mut http::Servers) -> Result<(), Error> {
    if !opts.stores_artifacts() {
        return Ok(());
    }
    http::spawn(
        servers,
        opts.storage_addr,
        crate::artifact::server::router(&opts.storage_path),
    )
    .await?;
    info!(addr = %opts.storage_addr, path = %opts.storage_path.display(), "serving artifacts");
    Ok(())
}

/// Starts the controllers for the selected components under `supervisor`. Each controller that exists in this
/// build is spawned here; the others are named in the log so an operator sees what is not reconciled yet.
/// Each controller talks to the API server as its component (its own User-Agent), so audit logs and the API
/// server's metrics tell them apart.
fn start_controllers(
    opts: &ServeOptions,
    runtime: &Runtime,
    supervisor: &mut Supervisor,
    sink: Option<&crate::controllers::events::EventSink>,
) {
    use crate::controllers::{
        events::Recorder, helm_release, kustomize, runtime::Context, source_git,
    };
    let scope = Scope {
        namespace: (!opts.watch_all_namespaces).then(|| opts.namespace.clone()),
        label_selector: opts.label_selector.clone(),
    };
    let storage = crate::artifact::Storage::new(&opts.storage_path, &opts.storage_adv_addr);
    let drain = supervisor.drain_signal();
    let context = |component: &str, group: &str, name: &'static str| {
        let config = crate::cluster::with_user_agent(runtime.config.clone(), component);
        let client = crate::cluster::limited_client(config.clone(), opts.limits).unwrap_or_else(|e| {
            warn!(component = %component, error = %e, "cannot build a client of its own; sharing the main one");
            runtime.client.clone()
        });
        let recorder = Recorder::new(client.clone(), component, group);
        let recorder = match sink {
            Some(sink) => recorder.with_sink(sink.clone()),
            None => recorder,
        };
        let ctx = Context::new(
            client.clone(),
            recorder,
            runtime.metrics.clone(),
            storage.clone(),
            opts.storage_path.join(GIT_CACHE_DIR),
            name,
        )
        .with_drain(drain.clone());
        (ctx, config)
    };
    for component in &opts.components {
        match component.as_str() {
            crate::api::SOURCE_CONTROLLER => {
                let ctx =
                    Arc::new(context(component, "source.toolkit.fluxcd.io", "gitrepository").0);
                start_helm_sources(&context, component, &scope, supervisor);
                let scope = scope.clone();
                supervisor.spawn("gitrepository", move |_| {
                    source_git::run(ctx.clone(), scope.clone())
                });
                info!(component = %component, kinds = "GitRepository,OCIRepository,HelmRepository,HelmChart", "controllers started; other kinds of this component are not reconciled yet");
            }
            crate::api::KUSTOMIZE_CONTROLLER => {
                let (ctx, config) =
                    context(component, "kustomize.toolkit.fluxcd.io", "kustomization");
                let ctx = Arc::new(kustomize::KustomizeContext::new(
                    ctx,
                    config,
                    opts.kustomize.clone(),
                ));
                let scope = scope.clone();
                supervisor.spawn("kustomization", move |_| {
                    kustomize::run(ctx.clone(), scope.clone())
                });
                info!(component = %component, kinds = "Kustomization", "controller started");
            }
            crate::api::HELM_CONTROLLER => {
                let (ctx, config) = context(component, "helm.toolkit.fluxcd.io", "helmrelease");
                let targets = crate::controllers::target::Targets::new(
                    ctx.client.clone(),
                    config,
                    opts.kustomize.limits,
                    opts.kustomize.default_service_account.clone(),
                    ctx.metrics.clone(),
                    ctx.name,
                );
                let ctx = Arc::new(
                    helm_release::HelmReleaseContext::new(
                        ctx,
                        targets,
                        opts.kustomize.gates.enabled("ExternalArtifact"),
                        opts.kustomize.concurrent,
                    )
                    .with_default_retry(opts.kustomize.gates.enabled("DefaultToRetryOnFailure"))
                    .with_additive_cel(opts.kustomize.gates.enabled("AdditiveCELDependencyCheck"))
                    .with_requeue_dependency(opts.kustomize.requeue_dependency),
                );
                let scope = scope.clone();
                supervisor.spawn("helmrelease", move |_| {
                    helm_release::run(ctx.clone(), scope.clone())
                });
                info!(component = %component, kinds = "HelmRelease", "controller started");
            }
            crate::api::NOTIFICATION_CONTROLLER => {
                let (ctx, _) = context(component, "notification.toolkit.fluxcd.io", "receiver");
                // The receiver controller's own events are Kubernetes events only, as in Flux.
                let mut ctx = ctx;
                ctx.recorder = Recorder::new(
                    ctx.client.clone(),
                    component,
                    "notification.toolkit.fluxcd.io",
                );
                let ctx = Arc::new(ctx);
                let scope = scope.clone();
                supervisor.spawn("receiver", move |_| {
                    crate::controllers::receiver::run(ctx.clone(), scope.clone())
                });
                info!(component = %component, kinds = "Receiver,Alert,Provider", "controller started");
            }
            crate::api::SOURCE_WATCHER => {
                let (ctx, _) = context(
                    component,
                    crate::api::extensions::GROUP,
                    "artifactgenerator",
                );
                let ctx = Arc::new(crate::controllers::artifact_generator::GeneratorContext {
                    base: ctx,
                    no_cross_namespace_refs: opts.kustomize.no_cross_namespace_refs,
                });
                let scope = scope.clone();
                supervisor.spawn("artifactgenerator", move |_| {
                    crate::controllers::artifact_generator::run(ctx.clone(), scope.clone())
                });
                info!(component = %component, kinds = "ArtifactGenerator", "controller started");
            }
            _ => {
                warn!(component = %component, "controller not available in this build yet; its objects are not reconciled")
            }
        }
    }
}

/// Starts notification-controller's endpoints on every replica, as Flux does (a Service spreads calls over
/// all pods): the event pipeline with its events endpoint, and the webhook receiver. Returns the sink this
/// process' controllers hand their events to.
async fn start_notification(
    opts: &ServeOptions,
    runtime: &Runtime,
    servers: &mut http::Servers,
) -> Result<Option<crate::controllers::events::EventSink>, Error> {
    use crate::controllers::{notification, receiver};
    if !opts.runs(crate::api::NOTIFICATION_CONTROLLER) {
        return Ok(None);
    }
    let config = crate::cluster::with_user_agent(
        runtime.config.clone(),
        crate::api::NOTIFICATION_CONTROLLER,
    );
    let client = crate::cluster::limited_client(config, opts.limits).unwrap_or_else(|e| {
        warn!(error = %e, "cannot build a notification-controller client of its own; sharing the main one");
        runtime.client.clone()
    });
    let (engine, watches) = notification::Engine::new(client.clone(), &opts.notification);
    for watch in watches {
        tokio::spawn(watch);
    }
    tokio::spawn(engine.clone().run());
    let (hooks, watch) = receiver::server::Webhooks::new(
        client,
        opts.notification.namespace.as_deref(),
        opts.notification.no_cross_namespace_refs,
    );
    tokio::spawn(watch);
    http::spawn(
        servers,
        opts.notification.events_addr,
        notification::server::router(engine.clone()),
    )
    .await?;
    http::spawn(
        servers,
        opts.notification.receiver_addr,
        receiver::server::router(hooks),
    )
    .await?;
    info!(events = %opts.notification.events_addr, receiver = %opts.notification.receiver_addr, "serving events and webhooks");
    Ok(Some(engine.sink()))
}

/// Spawns the OCIRepository, HelmRepository, HelmChart and Bucket controllers of source-controller, each with its own
/// context.
fn start_helm_sources(
    context: &dyn Fn(
        &str,
        &str,
        &'static str,
    ) -> (crate::controllers::runtime::Context, kube::Config),
    component: &str,
    scope: &Scope,
    supervisor: &mut Supervisor,
) {
    use crate::controllers::{source_chart, source_helm, source_oci};
    let group = "source.toolkit.fluxcd.io";
    let ctx = Arc::new(context(component, group, "ocirepository").0);
    let s = scope.clone();
    supervisor.spawn("ocirepository", move |_| {
        source_oci::run(ctx.clone(), s.clone())
    });
    let ctx = Arc::new(context(component, group, "helmrepository").0);
    let s = scope.clone();
    supervisor.spawn("helmrepository", move |_| {
        source_helm::run(ctx.clone(), s.clone())
    });
    let ctx = Arc::new(context(component, group, "helmchart").0);
    let s = scope.clone();
    supervisor.spawn("helmchart", move |_| {
        source_chart::run(ctx.clone(), s.clone())
    });
    let ctx = Arc::new(context(component, group, "bucket").0);
    let s = scope.clone();
    supervisor.spawn("bucket", move |_| {
        crate::controllers::source_bucket::run(ctx.clone(), s.clone())
    });
}

/// Directory under the storage path holding the Git caches; the file server never serves dot-directories.
pub const GIT_CACHE_DIR: &str = ".git-cache";

async fn shutdown_signal() {
    let ctrl_c = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut term =
            match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(s) => s,
                Err(_) => {
                    let _ = ctrl_c.await;
                    return;
                }
            };
        tokio::select! {
            _ = ctrl_c => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    {
        let _ = ctrl_c.await;
    }
}
