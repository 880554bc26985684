//! Prune and finalize-time deletion of inventory objects, guarded by owner labels and opt-outs.
//!
//! An object is deleted only if it still exists, still carries every owner label (so objects
//! adopted by another Kustomization are left alone) and is not marked `prune: disabled` or
//! `reconcile: disabled`. Needs RBAC `get` and `delete` on the pruned kinds.

use futures::{StreamExt, stream};
use kube::api::DeleteParams;

use super::changeset::{Action, ChangeSet};
use super::error::{DeleteError, Error, is_not_found, server_message};
use super::object_ref::ObjectRef;
use super::opt_out;
use super::ssa::api_for;
use super::staging;
use super::{Applier, ApplyOptions};

/// Outcome of deleting one object.
type Outcome = (ObjectRef, Result<Action, Error>);

impl Applier {
    /// Deletes each ref (background propagation) that still exists and carries all
    /// `opts.owner_labels`, skipping objects labelled or annotated
    /// `kustomize.toolkit.fluxcd.io/prune: disabled` or `kustomize.toolkit.fluxcd.io/reconcile: disabled`.
    ///
    /// Objects already gone (or whose kind is no longer served) are reported `deleted`, as Flux
    /// does. Refs are handled in reverse apply order (webhooks first, namespaces and CRDs last).
    /// On failure the error lists the refs that were not deleted, for merging back into the
    /// inventory.
    pub async fn delete_all(
        &self,
        refs: &[ObjectRef],
        opts: &ApplyOptions,
    ) -> Result<ChangeSet, DeleteError> {
        let mut ordered: Vec<ObjectRef> = refs.to_vec();
        ordered.sort_by(|a, b| staging::compare(&b.into(), &a.into()));
        let outcomes: Vec<Outcome> = stream::iter(ordered)
            .map(|r| async move {
                let result = self.delete_one(&r, opts).await;
                (r, result)
            })
            .buffered(opts.concurrency.max(1))
            .collect()
            .await;

        let mut change_set = ChangeSet::default();
        let mut not_deleted = Vec::new();
        let mut errors = Vec::new();
        for (object, result) in outcomes {
            match result {
                Ok(action) => {
                    if action == Action::Deleted {
                        self.cache.forget(&object);
                    }
                    change_set.push(object, action);
                }
                Err(e) => {
                    not_deleted.push(object);
                    errors.push(e);
                }
            }
        }
        if errors.is_empty() {
            Ok(change_set)
        } else {
            Err(DeleteError {
                change_set,
                not_deleted,
                errors,
            })
        }
    }

    async fn delete_one(&self, object: &ObjectRef, opts: &ApplyOptions) -> Result<Action, Error> {
        let Some(resolved) = self.resolver.resolve_opt(object).await? else {
            return Ok(Action::Deleted);
        };
        let namespace = if resolved.namespaced {
            object.namespace.as_str()
        } else {
            ""
        };
        let api = api_for(&self.client, &resolved, namespace);
        let live = match api.get_metadata_opt(&object.name).await {
            Ok(Some(live)) => live,
            Ok(None) => return Ok(Action::Deleted),
            // A plain-text 404 means the kind itself is gone (its CRD was deleted).
            Err(e) if is_not_found(&e) => return Ok(Action::Deleted),
            Err(source) => {
                return Err(Error::Query {
                    subject: object.to_string(),
                    message: server_message(&source),
                    source: Box::new(source),
                });
            }
        };
        let labels = live.metadata.labels.clone().unwrap_or_default();
        let owned = opts
            .owner_labels
            .iter()
            .all(|(k, v)| labels.get(k) == Some(v));
        let meta = serde_json::json!({
            "metadata": {
                "labels": live.metadata.labels,
                "annotations": live.metadata.annotations,
            }
        });
        if !owned || opt_out::is_prune_excluded(&meta) {
            return Ok(Action::Skipped);
        }
        match api.delete(&object.name, &DeleteParams::background()).await {
            Ok(_) => Ok(Action::Deleted),
            Err(e) if is_not_found(&e) => Ok(Action::Deleted),
            Err(source) => Err(Error::Delete {
                subject: object.to_string(),
                message: server_message(&source),
                source: Box::new(source),
            }),
        }
    }
}
