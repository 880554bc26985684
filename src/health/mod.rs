//! Health of Kubernetes objects the way Flux judges it: kstatus rules, CEL overrides and an event-driven wait.
//!
//! Start here: [`compute`] turns one object (as JSON) into a [`Health`] using kstatus's rules;
//! [`Expressions`] layers a Kustomization's `spec.healthCheckExprs` on top; [`wait`] watches a set of
//! [`Target`]s until all are `Current`, one fails, or the deadline passes, and its [`WaitError`] reads exactly
//! like the `Ready`/`Healthy` condition message Flux's kustomize-controller writes.
//!
//! # Computing status
//! [`compute`] is pure and cheap: no I/O, so it is safe to call from any reconcile or CLI path. It follows
//! kstatus (`sigs.k8s.io/cli-utils/pkg/kstatus/status`) rule for rule and message for message, with one Flux
//! twist: Jobs use Flux's own reader, which reports a running Job as `InProgress` rather than `Current`.
//!
//! # Custom health checks
//! [`Expressions::compile`] validates `spec.healthCheckExprs` once per reconcile; a compile error is terminal
//! (Flux marks the Kustomization `Stalled` with reason `InvalidCELExpression`). [`compile_ready_expr`] does the
//! same for `dependsOn[].readyExpr`.
//!
//! # Waiting
//! [`wait`] opens one watch per (API resource, namespace) and never sleeps in a poll loop, so a status change
//! is seen within one watch event. It needs `list` and `watch` RBAC on every target kind, plus discovery.

mod cel;
mod fields;
mod kstatus;
mod ready_expr;
mod wait;
mod workloads;

use std::fmt;

pub use self::cel::{
    Expressions, HealthCheckExpr, InvalidExpression, ParseError, evaluate as evaluate_cel,
};
pub use self::kstatus::compute;
pub use self::ready_expr::{ReadyExpr, compile_ready_expr};
pub use self::wait::{Target, TargetStatus, WaitError, WaitOptions, wait, wait_with};

/// kstatus's verdict on an object; `Display` spells it as kstatus does (`InProgress`, `Current`, …), which is
/// how it appears in Flux's health check messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    /// Still converging: the controller has not caught up, or replicas are not ready yet.
    InProgress,
    /// Will not converge without outside help (e.g. `Stalled=True`, a Deployment past its progress deadline).
    Failed,
    /// Fully reconciled: the object is what its spec asks for.
    Current,
    /// `metadata.deletionTimestamp` is set.
    Terminating,
    /// The object, or its kind, does not exist on the API server.
    NotFound,
    /// Status could not be computed (malformed object, failing CEL expression, API error).
    Unknown,
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Status::InProgress => "InProgress",
            Status::Failed => "Failed",
            Status::Current => "Current",
            Status::Terminating => "Terminating",
            Status::NotFound => "NotFound",
            Status::Unknown => "Unknown",
        })
    }
}

/// A status plus kstatus's human-readable reason for it (e.g. `Deployment is available. Replicas: 1`).
/// For [`Status::Unknown`] the message is the error that prevented computing a status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Health {
    /// The verdict.
    pub status: Status,
    /// Why, as kstatus words it; empty when the verdict came from a CEL expression (Flux sets none).
    pub message: String,
}

impl Health {
    fn new(status: Status, message: impl Into<String>) -> Self {
        Health {
            status,
            message: message.into(),
        }
    }

    fn current(message: impl Into<String>) -> Self {
        Self::new(Status::Current, message)
    }

    fn in_progress(message: impl Into<String>) -> Self {
        Self::new(Status::InProgress, message)
    }

    fn failed(message: impl Into<String>) -> Self {
        Self::new(Status::Failed, message)
    }

    fn unknown(message: impl Into<String>) -> Self {
        Self::new(Status::Unknown, message)
    }

    /// kstatus's wording for an object that is not on the server.
    fn not_found() -> Self {
        Self::new(Status::NotFound, "Resource not found")
    }
}
