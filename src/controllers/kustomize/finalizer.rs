//! The finalizer of a Kustomization: deletes the objects of its inventory when the deletion policy says so
//! (`MirrorPrune` with `prune: true`, `Delete`, `WaitForTermination`), then lets the object go.

use std::sync::Arc;

use kube::ResourceExt;
use kube::runtime::controller::Action;
use tracing::info;

use crate::api::kustomize::{DeletionPolicy, Kustomization};
use crate::apply::ApplyOptions;
use crate::controllers::events::EventType;

use super::KustomizeContext;
use super::error::Error;
use super::inventory::{inventory_refs, owner_labels};
use super::timing::{Timing, fallback_timing};

/// The finalizer: deletes the inventory when the deletion policy says so, then lets the object go.
pub async fn cleanup(obj: Arc<Kustomization>, ctx: &KustomizeContext) -> Result<Action, Error> {
    let ns = obj.namespace().ok_or(Error::MissingMetadata("namespace"))?;
    let policy = obj
        .spec
        .deletion_policy
        .unwrap_or(DeletionPolicy::MirrorPrune);
    let delete = match policy {
        DeletionPolicy::MirrorPrune => obj.spec.prune,
        DeletionPolicy::Delete | DeletionPolicy::WaitForTermination => true,
        DeletionPolicy::Orphan => false,
    };
    let refs = inventory_refs(obj.status.as_ref().and_then(|s| s.inventory.as_ref()));
    if !delete || obj.spec.suspend == Some(true) || refs.is_empty() {
        return Ok(Action::await_change());
    }
    let timing = Timing::of(&obj).unwrap_or_else(|_| fallback_timing());
    let target = ctx.target(&obj, &ns).await?;
    let opts = ApplyOptions {
        field_manager: super::APPLY_MANAGER.to_string(),
        force: false,
        wait_timeout: timing.timeout,
        concurrency: ctx.opts.concurrent_ssa,
        owner_labels: owner_labels(&obj, &ns),
        ..ApplyOptions::default()
    };
    let deleted = target
        .applier
        .delete_all(&refs, &opts)
        .await
        .map_err(|e| Error::Prune(Box::new(e)))?;
    let log = deleted.changes_only().to_string();
    if !log.is_empty() {
        info!(output = %log, "garbage collection completed");
        let status = obj.status.clone().unwrap_or_default();
        let reason = super::status::event_reason(&status);
        ctx.base
            .recorder
            .publish(&*obj, EventType::Normal, reason, &log, None)
            .await;
    }
    if policy == DeletionPolicy::WaitForTermination {
        target
            .applier
            .wait_deleted(&refs, timing.timeout)
            .await
            .map_err(|e| Error::WaitForTermination(Box::new(e)))?;
    }
    Ok(Action::await_change())
}
