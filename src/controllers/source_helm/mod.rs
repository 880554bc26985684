//! The HelmRepository controller (Flux's source-controller for Helm repositories): downloads each HTTP
//! repository's `index.yaml`, stores it as the artifact (JSON, `index-<digest>.yaml`, with an `index.yaml` link
//! that `status.url` names) and keeps `status.artifact` pointing at it; `type: oci` repositories are static.
//!
//! The HTTP client ([`client`]) and the index ([`index`]) are shared with the HelmChart controller
//! (`source_chart`), which reads the stored index and downloads charts with the repository's credentials.
//!
//! RBAC: `get/list/watch/patch` on helmrepositories (and `/status`), `get` on secrets, `create` on events.
//! In `kubectl describe`: conditions Ready / Reconciling / Stalled / ArtifactInStorage / ArtifactOutdated /
//! FetchFailed / StorageOperationFailed, events `NewArtifact` and the failure reasons.

pub mod client;
pub mod error;
pub mod index;
pub mod oci;
pub mod reconcile;
pub mod status;

use std::sync::Arc;

use crate::api::source::HelmRepository;

use super::runtime::{Context, Scope};
use super::source_common::{drive, source_controller};

pub use super::source_common::FIELD_MANAGER;

/// Watches the HelmRepositories of `scope` and reconciles them until the drain of `ctx`.
pub async fn run(ctx: Arc<Context>, scope: Scope) {
    let (controller, reader) = source_controller::<HelmRepository>(&ctx, &scope);
    drive(
        controller,
        reader,
        ctx,
        "helmrepository",
        reconcile::reconcile,
    )
    .await;
}
