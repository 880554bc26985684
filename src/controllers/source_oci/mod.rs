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

use futures::{StreamExt, TryStreamExt};
use kube::api::Api;
use kube::runtime::controller::{Config, Controller};
use kube::runtime::reflector;
use kube::runtime::utils::PredicateConfig;
use kube::runtime::{WatchStreamExt, watcher};
use tracing::{info, warn};

use crate::api::source::OCIRepository;

use super::runtime::{Context, Scope, error_policy, guarded, trigger_hash};

/// Field owner of the status patches, as Flux's source-controller names it.
pub const FIELD_MANAGER: &str = "source-controller";

/// Objects reconciled at the same time.
const CONCURRENCY: u16 = 4;

/// Watches the OCIRepositories of `scope` and reconciles them until the drain of `ctx`.
pub async fn run(ctx: Arc<Context>, scope: Scope) {
    let api: Api<OCIRepository> = scope.api(&ctx.client);
    let (reader, writer) = reflector::store();
    let forget = ctx.clone();
    let known = reader.clone();
    let stream = watcher(api, scope.watcher_config())
        .default_backoff()
        .reflect(writer)
        .inspect_ok(move |event| match event {
            watcher::Event::Delete(repo) => forget.forget(&super::runtime::key_of(repo)),
            // After a relist, objects deleted while the watch was down are gone from the store.
            watcher::Event::InitDone => {
                let live = super::runtime::keys_of(&known);
                forget.sweep(&|key| live.contains(key));
            }
            _ => {}
        })
        .applied_objects()
        .predicate_filter(trigger_hash::<OCIRepository>, PredicateConfig::default());
    info!(controller = "ocirepository", "starting controller");
    let drain = ctx.drain.clone();
    let listed = reader.clone();
    let controller = Controller::for_stream(stream, reader)
        .with_config(Config::default().concurrency(CONCURRENCY))
        .graceful_shutdown_on(drain.clone().wait())
        .run(
            |obj, ctx| async move {
                guarded(
                    &ctx,
                    obj.as_ref(),
                    FIELD_MANAGER,
                    reconcile::reconcile(obj.clone(), ctx.clone()),
                )
                .await
            },
            error_policy,
            ctx,
        )
        .for_each(|res| async move {
            if let Err(e) = res {
                match e {
                    kube::runtime::controller::Error::ReconcilerFailed(..) => {}
                    other => {
                        warn!(controller = "ocirepository", error = %other, "controller error")
                    }
                }
            }
        });
    super::runtime::until_drained(controller, drain, listed).await;
}
