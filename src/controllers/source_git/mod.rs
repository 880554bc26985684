//! The GitRepository controller (Flux's source-controller for Git): turns each GitRepository into a tar.gz
//! artifact in the store, served over HTTP, and keeps `status.artifact` pointing at it.
//!
//! RBAC: `get/list/watch/patch` on gitrepositories (and `/status`), `get` on secrets, `create` on events.
//! In `kubectl describe`: conditions Ready / Reconciling / Stalled / ArtifactInStorage / FetchFailed /
//! IncludeUnavailable, events `NewArtifact` and the failure reasons.

pub mod error;
pub mod include;
pub mod reconcile;
pub mod status;
pub mod verify;

use std::sync::Arc;

use kube::runtime::reflector::ObjectRef;
use kube::runtime::watcher;

use crate::api::source::GitRepository;

use super::runtime::{Context, Scope};
use super::source_common::{drive, reconcile_source, source_controller};

pub use super::source_common::FIELD_MANAGER;

/// Watches the GitRepositories of `scope` and reconciles them until the drain of `ctx` (which lets running
/// reconciles finish).
pub async fn run(ctx: Arc<Context>, scope: Scope) {
    let (controller, reader) = source_controller::<GitRepository>(&ctx, &scope);
    let includers = reader.clone();
    let watched: kube::Api<GitRepository> = scope.api(&ctx.client);
    // A GitRepository's new artifact wakes the GitRepositories that include it.
    let controller = controller.watches(
        watched,
        watcher::Config::default(),
        move |changed: GitRepository| {
            let ns = changed.metadata.namespace.clone();
            let name = changed.metadata.name.clone().unwrap_or_default();
            includers
                .state()
                .into_iter()
                .filter(|o| {
                    o.metadata.namespace == ns
                        && o.spec
                            .include
                            .iter()
                            .flatten()
                            .any(|i| i.repository.name == name)
                })
                .map(|o| ObjectRef::from_obj(o.as_ref()))
                .collect::<Vec<_>>()
        },
    );
    drive(controller, reader, ctx, "gitrepository", |obj, ctx| {
        reconcile_source(obj, ctx, reconcile::apply, reconcile::cleanup)
    })
    .await;
}
