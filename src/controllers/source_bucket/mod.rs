//! The Bucket controller (Flux's source-controller for S3-compatible buckets): lists each Bucket's objects
//! with their ETags, and when that index changed downloads them and stores their tar.gz as the artifact,
//! revision `sha256:<digest of the index>`, keeping `status.artifact` pointing at it.
//!
//! `provider: generic` (MinIO, Ceph, R2, SeaweedFS … any S3 API) and `aws` with static keys work;
//! `gcp`, `azure`, `aws` workload identity and `sts` stall with a message saying so (no cloud auth here).
//!
//! RBAC: `get/list/watch/patch` on buckets (and `/status`), `get` on secrets, `create` on events. In `kubectl
//! describe`: conditions Ready / Reconciling / Stalled / ArtifactInStorage / ArtifactOutdated / FetchFailed /
//! StorageOperationFailed, events `NewArtifact`, `Succeeded` and the failure reasons.

pub mod error;
pub mod index;
pub mod reconcile;
pub mod s3;
pub mod status;

use std::sync::Arc;

use crate::api::source::Bucket;

use super::runtime::{Context, Scope};
use super::source_common::{drive, reconcile_source, source_controller};

/// Watches the Buckets of `scope` and reconciles them until the drain of `ctx`.
pub async fn run(ctx: Arc<Context>, scope: Scope) {
    let (controller, reader) = source_controller::<Bucket>(&ctx, &scope);
    drive(controller, reader, ctx, "bucket", |obj, ctx| {
        reconcile_source(obj, ctx, reconcile::apply, reconcile::cleanup)
    })
    .await;
}
