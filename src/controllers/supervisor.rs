//! Supervision of the controller tasks of `flux serve`, as controller-runtime's manager does it for Flux's Go
//! controllers: every task handle is kept; a controller task that ends while the process is not stopping is
//! logged, counted (`flux_serve_controller_restarts`) and restarted with exponential backoff, and `/readyz`
//! fails while any controller is down. A reconcile that panics is caught one level lower ([`catch_panic`]),
//! so it fails only its own object.
//!
//! Shutdown is a drain: [`Supervisor::drain`] tells every controller to stop taking new work (through the
//! [`DrainSignal`] each one receives) and waits, up to the grace period, for the in-flight reconciles to reach
//! a recorded safe point and the controller tasks to end.

use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use futures::FutureExt;
use tokio::sync::watch;
use tokio::task::JoinHandle;
use tracing::{error, info, warn};

use super::metrics::{Metrics, TaskLabels};

/// First delay before a controller task that ended is started again.
const RESTART_BASE: Duration = Duration::from_secs(1);
/// Longest delay between restarts.
const RESTART_MAX: Duration = Duration::from_secs(60);
/// A task that ran this long before ending restarts after [`RESTART_BASE`] again.
const HEALTHY_RUN: Duration = Duration::from_secs(60);

/// Tells a controller that the process is stopping. Cheap to clone; every controller gets one.
#[derive(Clone)]
pub struct DrainSignal {
    /// `None` never fires.
    rx: Option<watch::Receiver<bool>>,
}

impl DrainSignal {
    /// A signal that never fires (for tests and one-shot runs).
    pub fn never() -> Self {
        Self { rx: None }
    }

    /// True once the drain started: reconciles stop at their next safe point.
    pub fn is_draining(&self) -> bool {
        self.rx.as_ref().is_some_and(|rx| *rx.borrow())
    }

    /// Resolves when the drain starts; never when there is no supervisor (or it went away without draining).
    pub async fn wait(self) {
        if let Some(mut rx) = self.rx
            && rx.wait_for(|draining| *draining).await.is_ok()
        {
            return;
        }
        std::future::pending().await
    }
}

/// The controllers' readiness as `/readyz` reports it: ready while no controller task is down.
#[derive(Clone, Default)]
pub struct Liveness {
    down: Arc<AtomicUsize>,
}

impl Liveness {
    /// True while every supervised controller task runs.
    pub fn all_up(&self) -> bool {
        self.down.load(Ordering::Acquire) == 0
    }
}

/// Keeps the controller tasks running until [`Supervisor::drain`].
pub struct Supervisor {
    metrics: Metrics,
    drain: watch::Sender<bool>,
    liveness: Liveness,
    monitors: Vec<JoinHandle<()>>,
}

impl Supervisor {
    /// A supervisor recording its tasks' state in `metrics`.
    pub fn new(metrics: Metrics) -> Self {
        let (drain, _) = watch::channel(false);
        Self {
            metrics,
            drain,
            liveness: Liveness::default(),
            monitors: Vec::new(),
        }
    }

    /// What `/readyz` consults.
    pub fn liveness(&self) -> Liveness {
        self.liveness.clone()
    }

    /// The signal handed to controllers so they stop taking work when the drain starts.
    pub fn drain_signal(&self) -> DrainSignal {
        DrainSignal {
            rx: Some(self.drain.subscribe()),
        }
    }

    /// Runs `start(signal)` as controller `name`, restarting it with backoff whenever it ends before the drain.
    pub fn spawn<F, Fut>(&mut self, name: &'static str, start: F)
    where
        F: Fn(DrainSignal) -> Fut + Send + 'static,
        Fut: Future<Output = ()> + Send + 'static,
    {
        let signal = self.drain_signal();
        let liveness = self.liveness.clone();
        let metrics = self.metrics.clone();
        let labels = TaskLabels {
            controller: name.to_string(),
        };
        self.monitors.push(tokio::spawn(async move {
            let mut delay = RESTART_BASE;
            loop {
                metrics.controller_up.get_or_create(&labels).set(1);
                let started = Instant::now();
                let ended = tokio::spawn(start(signal.clone())).await;
                if signal.is_draining() {
                    break;
                }
                metrics.controller_up.get_or_create(&labels).set(0);
                metrics.controller_restarts.get_or_create(&labels).inc();
                liveness.down.fetch_add(1, Ordering::AcqRel);
                match ended {
                    Err(e) if e.is_panic() => {
                        let message = panic_message(e.into_panic());
                        error!(controller = name, panic = %message, retry_in = ?delay, "controller task panicked, restarting it");
                    }
                    _ => {
                        error!(controller = name, retry_in = ?delay, "controller task ended unexpectedly, restarting it")
                    }
                }
                if started.elapsed() >= HEALTHY_RUN {
                    delay = RESTART_BASE;
                }
                let stopping = tokio::select! {
                    _ = tokio::time::sleep(delay) => false,
                    _ = signal.clone().wait() => true,
                };
                liveness.down.fetch_sub(1, Ordering::AcqRel);
                if stopping {
                    break;
                }
                delay = (delay * 2).min(RESTART_MAX);
                info!(controller = name, "restarting controller task");
            }
        }));
    }

    /// Stops taking new work everywhere and waits up to `grace` for every controller to finish its in-flight
    /// reconciles. True when all finished in time.
    pub async fn drain(self, grace: Duration) -> bool {
        let _ = self.drain.send(true);
        let all = futures::future::join_all(self.monitors);
        match tokio::time::timeout(grace, all).await {
            Ok(_) => true,
            Err(_) => {
                warn!(grace = ?grace, "reconciles still running at the end of the graceful shutdown timeout");
                false
            }
        }
    }
}

/// Runs `fut`, turning a panic inside it into `Err(message)` so the caller can fail only the object it was
/// reconciling. The future is not touched after a panic, so no broken state is observed.
pub async fn catch_panic<F: Future>(fut: F) -> Result<F::Output, String> {
    AssertUnwindSafe(fut)
        .catch_unwind()
        .await
        .map_err(panic_message)
}

/// The text of a panic payload (`panic!("…")` carries a `&str` or a `String`).
fn panic_message(payload: Box<dyn std::any::Any + Send>) -> String {
    match payload.downcast::<String>() {
        Ok(s) => *s,
        Err(payload) => match payload.downcast::<&'static str>() {
            Ok(s) => (*s).to_string(),
            Err(_) => "unknown panic".to_string(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicU32;

    #[tokio::test]
    async fn a_panic_becomes_an_error_with_its_message() {
        let caught = catch_panic(async {
            if true {
                panic!("boom in {}", "apps/podinfo");
            }
            1
        })
        .await;
        assert_eq!(caught, Err("boom in apps/podinfo".to_string()));
        assert_eq!(catch_panic(async { 2 }).await, Ok(2));
    }

    #[tokio::test(start_paused = true)]
    async fn a_controller_task_that_dies_is_restarted_and_reported_down_meanwhile() {
        let metrics = Metrics::new();
        let mut sup = Supervisor::new(metrics.clone());
        let liveness = sup.liveness();
        let starts = Arc::new(AtomicU32::new(0));
        let counted = starts.clone();
        sup.spawn("test", move |signal| {
            let n = counted.fetch_add(1, Ordering::SeqCst);
            async move {
                if n == 0 {
                    panic!("first run dies");
                }
                signal.wait().await;
            }
        });
        tokio::time::sleep(Duration::from_millis(10)).await;
        assert!(!liveness.all_up(), "down while waiting to restart");
        tokio::time::sleep(RESTART_BASE + Duration::from_millis(10)).await;
        assert!(liveness.all_up());
        assert_eq!(starts.load(Ordering::SeqCst), 2);
        assert!(
            metrics
                .encode()
                .contains("flux_serve_controller_restarts_total{controller=\"test\"} 1")
        );
        assert!(sup.drain(Duration::from_secs(1)).await);
    }

    #[tokio::test]
    async fn a_drain_signal_fires_on_the_drain_and_never_without_one() {
        let sup = Supervisor::new(Metrics::new());
        let signal = sup.drain_signal();
        assert!(!signal.is_draining());
        let waiter = tokio::spawn(signal.clone().wait());
        assert!(sup.drain(Duration::from_secs(1)).await);
        let woke = tokio::time::timeout(Duration::from_secs(1), waiter).await;
        assert!(woke.is_ok() && signal.is_draining());
        let never = tokio::time::timeout(Duration::from_millis(50), DrainSignal::never().wait());
        assert!(never.await.is_err());
    }

    #[tokio::test(start_paused = true)]
    async fn drain_waits_for_work_in_flight_up_to_the_grace_period() {
        let mut sup = Supervisor::new(Metrics::new());
        sup.spawn("slow", |signal| async move {
            signal.wait().await;
            tokio::time::sleep(Duration::from_secs(3)).await;
        });
        tokio::time::sleep(Duration::from_millis(1)).await;
        let mut late = Supervisor::new(Metrics::new());
        late.spawn("stuck", |_| std::future::pending::<()>());
        assert!(sup.drain(Duration::from_secs(5)).await);
        assert!(!late.drain(Duration::from_secs(5)).await);
    }
}
