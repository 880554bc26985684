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

use futures::{StreamExt, TryStreamExt};
use kube::api::Api;
use kube::runtime::controller::{Config, Controller};
use kube::runtime::reflector::{self, ObjectRef};
use kube::runtime::utils::PredicateConfig;
use kube::runtime::{WatchStreamExt, watcher};
use tracing::{info, warn};

use crate::api::source::GitRepository;

use super::runtime::{Context, Scope, error_policy, guarded, trigger_hash};

/// Field owner of the status patches, as Flux's source-controller names it.
pub const FIELD_MANAGER: &str = "source-controller";

/// Objects reconciled at the same time.
const CONCURRENCY: u16 = 4;

/// Watches the GitRepositories of `scope` and reconciles them until the drain of `ctx` (which lets running
/// reconciles finish).
pub async fn run(ctx: Arc<Context>, scope: Scope) {
    let api: Api<GitRepository> = scope.api(&ctx.client);
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
        .predicate_filter(trigger_hash::<GitRepository>, PredicateConfig::default());
    info!(controller = "gitrepository", "starting controller");
    let includers = reader.clone();
    let watched: Api<GitRepository> = scope.api(&ctx.client);
    let drain = ctx.drain.clone();
    let listed = reader.clone();
    let controller = Controller::for_stream(stream, reader)
        // A GitRepository's new artifact wakes the GitRepositories that include it.
        .watches(
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
        )
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
                        warn!(controller = "gitrepository", error = %other, "controller error")
                    }
                }
            }
        });
    super::runtime::until_drained(controller, drain, listed).await;
}
