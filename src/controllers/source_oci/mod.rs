//! The OCIRepository controller (Flux's source-controller for OCI artifacts): resolves each OCIRepository's
//! reference to a digest, pulls the artifact when the digest moved, and keeps `status.artifact` pointing at
//! the stored tar.gz.
//!
//! RBAC: `get/list/watch/patch` on ocirepositories (and `/status`), `get` on secrets and serviceaccounts,
//! `create` on events. In `kubectl describe`: conditions Ready / Reconciling / Stalled / ArtifactInStorage /
//! ArtifactOutdated / FetchFailed / StorageOperationFailed, events `NewArtifact` and the failure reasons.

pub mod error;
pub mod reconcile;
pub mod status;

use std::sync::Arc;

use crate::api::source::OCIRepository;

use super::runtime::{Context, Scope};
use super::source_common::{drive, reconcile_source, source_controller};

pub use super::source_common::FIELD_MANAGER;

/// Watches the OCIRepositories of `scope` and reconciles them until the drain of `ctx`.
pub async fn run(ctx: Arc<Context>, scope: Scope) {
    let (controller, reader) = source_controller::<OCIRepository>(&ctx, &scope);
    drive(controller, reader, ctx, "ocirepository", |obj, ctx| {
        reconcile_source(obj, ctx, reconcile::apply, reconcile::cleanup)
    })
    .await;
}
