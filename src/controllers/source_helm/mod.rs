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

use futures::{StreamExt, TryStreamExt};
use kube::api::Api;
use kube::runtime::controller::{Config, Controller};
use kube::runtime::reflector;
use kube::runtime::utils::PredicateConfig;
use kube::runtime::{WatchStreamExt, watcher};
use tracing::{info, warn};

use crate::api::source::HelmRepository;

use super::runtime::{Context, Scope, error_policy, guarded, trigger_hash};

/// Field owner of the status patches, as Flux's source-controller names it.
pub const FIELD_MANAGER: &str = "source-controller";

/// Objects reconciled at the same time.
const CONCURRENCY: u16 = 4;

/// Watches the HelmRepositories of `scope` and reconciles them until the drain of `ctx`.
pub async fn run(ctx: Arc<Context>, scope: Scope) {
    let api: Api<HelmRepository> = scope.api(&ctx.client);
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
        .predicate_filter(trigger_hash::<HelmRepository>, PredicateConfig::default());
    info!(controller = "helmrepository", "starting controller");
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
            if let Err(kube::runtime::controller::Error::ReconcilerFailed(..)) | Ok(_) = res {
                return;
            }
            if let Err(other) = res {
                warn!(controller = "helmrepository", error = %other, "controller error");
            }
        });
    super::runtime::until_drained(controller, drain, listed).await;
}
