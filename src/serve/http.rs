//! The HTTP endpoints every controller process has: `/healthz` and `/readyz` on the health address and
//! `/metrics` on the metrics address (Flux's defaults: `:9440` and `:8080`).

use std::sync::atomic::Ordering;

use axum::Router;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;
use axum::routing::get;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

use super::{Error, Runtime, ServeOptions};

/// Running listeners; [`Servers::stop`] ends them gracefully.
pub struct Servers {
    stops: Vec<oneshot::Sender<()>>,
    tasks: Vec<JoinHandle<()>>,
}

impl Servers {
    /// Stops accepting connections and waits for the listeners to finish.
    pub async fn stop(self) {
        for stop in self.stops {
            let _ = stop.send(());
        }
        for task in self.tasks {
            let _ = task.await;
        }
    }
}

/// Binds both listeners (failing fast if a port is taken) and serves them in the background.
pub async fn start(opts: &ServeOptions, runtime: &Runtime) -> Result<Servers, Error> {
    let health = Router::new()
        .route("/healthz", get(|| async { "ok" }))
        .route("/readyz", get(readyz))
        .with_state(runtime.clone());
    let metrics = Router::new()
        .route("/metrics", get(metrics))
        .with_state(runtime.clone());
    let mut servers = Servers {
        stops: Vec::new(),
        tasks: Vec::new(),
    };
    if opts.health_addr == opts.metrics_addr {
        spawn(&mut servers, opts.health_addr, health.merge(metrics)).await?;
    } else {
        spawn(&mut servers, opts.health_addr, health).await?;
        spawn(&mut servers, opts.metrics_addr, metrics).await?;
    }
    Ok(servers)
}

/// Binds `addr` and serves `router` on it until [`Servers::stop`].
pub async fn spawn(
    servers: &mut Servers,
    addr: std::net::SocketAddr,
    router: Router,
) -> Result<(), Error> {
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|source| Error::Listen { addr, source })?;
    let (tx, rx) = oneshot::channel::<()>();
    let task = tokio::spawn(async move {
        let _ = axum::serve(listener, router)
            .with_graceful_shutdown(async {
                let _ = rx.await;
            })
            .await;
    });
    servers.stops.push(tx);
    servers.tasks.push(task);
    Ok(())
}

async fn readyz(State(runtime): State<Runtime>) -> impl IntoResponse {
    if !runtime.ready.load(Ordering::Acquire) {
        (StatusCode::SERVICE_UNAVAILABLE, "not ready")
    } else if !runtime.liveness.all_up() {
        (StatusCode::SERVICE_UNAVAILABLE, "a controller is down")
    } else {
        (StatusCode::OK, "ok")
    }
}

async fn metrics(State(runtime): State<Runtime>) -> impl IntoResponse {
    (
        [(
            header::CONTENT_TYPE,
            "application/openmetrics-text; version=1.0.0; charset=utf-8",
        )],
        runtime.metrics.encode(),
    )
}
