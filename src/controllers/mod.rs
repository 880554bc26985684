//! The controllers hosted by `flux serve`, one module per Flux kind, over the shared loop in [`runtime`].
//!
//! Start here: [`runtime::Context`] is what every controller shares (client, events, metrics, artifact store);
//! [`source_git::run`] drives GitRepository objects, [`source_helm::run`] HelmRepositories and
//! [`source_chart::run`] HelmCharts.

pub mod artifact_generator;
pub mod events;
pub mod features;
pub mod helm_release;
pub mod kustomize;
pub mod memory;
pub mod metrics;
pub mod notification;
pub mod receiver;
pub mod runtime;
pub mod source_bucket;
pub mod source_chart;
pub mod source_common;
pub mod source_git;
pub mod source_helm;
pub mod source_oci;
pub mod state;
pub mod supervisor;
pub mod target;
