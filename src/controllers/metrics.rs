//! Prometheus metrics of the controllers in `flux serve`, named as controller-runtime and Flux name theirs so existing Flux
//! dashboards and alerts keep working: `controller_runtime_reconcile_total`, `gotk_reconcile_duration_seconds`,
//! `leader_election_master_status`, …

use std::sync::Arc;

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{Histogram, exponential_buckets};
use prometheus_client::registry::Registry;

/// Labels of per-controller metrics.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct ControllerLabels {
    /// Controller name, e.g. `gitrepository`.
    pub controller: String,
}

/// Labels of `controller_runtime_reconcile_total`.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct ResultLabels {
    /// Controller name.
    pub controller: String,
    /// `success`, `error`, `requeue` or `requeue_after`.
    pub result: String,
}

/// Labels of Flux's per-object metrics.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct ObjectLabels {
    /// Kind, e.g. `Kustomization`.
    pub kind: String,
    /// Object name.
    pub name: String,
    /// Object namespace.
    pub namespace: String,
}

/// Labels of `flux_serve_tracked_objects`.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct TrackedLabels {
    /// Controller name, e.g. `kustomization`.
    pub controller: String,
    /// Which per-object state: `backoff`, `interrupts`, `clients`, `applied`.
    pub state: String,
}

/// Labels of `flux_serve_controller_up`.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct TaskLabels {
    /// Controller name.
    pub controller: String,
}

/// Labels of `leader_election_master_status`.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct LeaseLabels {
    /// Lease name.
    pub name: String,
}

/// Every metric family `flux serve` exports. Cheap to clone; controllers record into it.
#[derive(Clone)]
pub struct Metrics {
    /// Reconciles per controller and result.
    pub reconcile_total: Family<ResultLabels, Counter>,
    /// Failed reconciles per controller.
    pub reconcile_errors: Family<ControllerLabels, Counter>,
    /// Reconcile latency per controller.
    pub reconcile_time: Family<ControllerLabels, Histogram>,
    /// Workers busy per controller.
    pub active_workers: Family<ControllerLabels, Gauge>,
    /// Flux's per-object reconcile duration.
    pub gotk_reconcile_duration: Family<ObjectLabels, Histogram>,
    /// 1 while this process is the leader.
    pub leader: Family<LeaseLabels, Gauge>,
    /// Entries of each per-object map a controller keeps: they return to baseline when objects are deleted.
    pub tracked: Family<TrackedLabels, Gauge>,
    /// 1 while a controller's task runs, 0 while it is down and waiting to be restarted.
    pub controller_up: Family<TaskLabels, Gauge>,
    /// Reconciles that panicked (the object was marked failed, the controller kept serving).
    pub reconcile_panics: Family<ControllerLabels, Counter>,
    /// Restarts of controller tasks after they ended unexpectedly.
    pub controller_restarts: Family<TaskLabels, Counter>,
    registry: Arc<Registry>,
}

fn latency_histogram() -> Histogram {
    Histogram::new(exponential_buckets(0.005, 2.0, 14))
}

impl Metrics {
    /// Registers every family in a fresh registry.
    pub fn new() -> Self {
        let mut registry = Registry::default();
        let reconcile_total = Family::<ResultLabels, Counter>::default();
        let reconcile_errors = Family::<ControllerLabels, Counter>::default();
        let reconcile_time = Family::<ControllerLabels, Histogram>::new_with_constructor(
            latency_histogram as fn() -> Histogram,
        );
        let active_workers = Family::<ControllerLabels, Gauge>::default();
        let gotk_reconcile_duration = Family::<ObjectLabels, Histogram>::new_with_constructor(
            latency_histogram as fn() -> Histogram,
        );
        let leader = Family::<LeaseLabels, Gauge>::default();
        let tracked = Family::<TrackedLabels, Gauge>::default();
        let controller_up = Family::<TaskLabels, Gauge>::default();
        let reconcile_panics = Family::<ControllerLabels, Counter>::default();
        let controller_restarts = Family::<TaskLabels, Counter>::default();
        registry.register(
            "controller_runtime_reconcile",
            "Total number of reconciliations per controller",
            reconcile_total.clone(),
        );
        registry.register(
            "controller_runtime_reconcile_errors",
            "Total number of reconciliation errors per controller",
            reconcile_errors.clone(),
        );
        registry.register(
            "controller_runtime_reconcile_time_seconds",
            "Length of time per reconciliation per controller",
            reconcile_time.clone(),
        );
        registry.register(
            "controller_runtime_active_workers",
            "Number of currently used workers per controller",
            active_workers.clone(),
        );
        registry.register(
            "gotk_reconcile_duration_seconds",
            "The duration in seconds of a GitOps Toolkit resource reconciliation",
            gotk_reconcile_duration.clone(),
        );
        registry.register(
            "leader_election_master_status",
            "Gauge of if the reporting system is master of the relevant lease, 0 indicates backup, 1 indicates master",
            leader.clone(),
        );
        registry.register(
            "flux_serve_tracked_objects",
            "Entries of the per-object state a controller keeps (backoff counters, interrupts, clients, apply cache)",
            tracked.clone(),
        );
        registry.register(
            "flux_serve_controller_up",
            "1 while the controller task runs, 0 while it is down and being restarted",
            controller_up.clone(),
        );
        registry.register(
            "flux_serve_reconcile_panics",
            "Total number of reconciles that panicked per controller",
            reconcile_panics.clone(),
        );
        registry.register(
            "flux_serve_controller_restarts",
            "Total number of restarts of a controller task after it ended unexpectedly",
            controller_restarts.clone(),
        );
        Self {
            reconcile_total,
            reconcile_errors,
            reconcile_time,
            active_workers,
            gotk_reconcile_duration,
            leader,
            tracked,
            controller_up,
            reconcile_panics,
            controller_restarts,
            registry: Arc::new(registry),
        }
    }

    /// The text exposition served on `/metrics`.
    pub fn encode(&self) -> String {
        let mut out = String::new();
        if prometheus_client::encoding::text::encode(&mut out, &self.registry).is_err() {
            out.clear();
        }
        out
    }
}

impl Default for Metrics {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exposes_controller_runtime_names() {
        let m = Metrics::new();
        m.reconcile_total
            .get_or_create(&ResultLabels {
                controller: "gitrepository".into(),
                result: "success".into(),
            })
            .inc();
        m.leader
            .get_or_create(&LeaseLabels {
                name: "flux-leader-election".into(),
            })
            .set(1);
        let text = m.encode();
        assert!(
            text.contains("controller_runtime_reconcile_total{controller=\"gitrepository\",result=\"success\"} 1"),
            "{text}"
        );
        assert!(text.contains("leader_election_master_status{name=\"flux-leader-election\"} 1"));
    }
}
