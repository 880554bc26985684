//! The Receiver controller and webhook server of notification-controller: the controller keeps each
//! Receiver's `status.webhookPath` and Ready condition; the server ([`server`], `--receiver-addr`, `:9292`)
//! answers calls to those paths by requesting a reconcile of the Receiver's resources.
//!
//! RBAC: `get/list/watch/patch` on receivers (and `/status`), `get` on secrets, `get/list/patch` on the
//! resources Receivers name, `create` on events. In `kubectl describe`: Ready (`Succeeded`, `TokenNotFound`),
//! events `Succeeded` and `Failed`.

pub mod reconcile;
pub mod server;

use std::sync::Arc;

use futures::StreamExt;
use kube::api::Api;
use kube::runtime::controller::{Config, Controller};
use kube::runtime::reflector::Store;
use kube::runtime::utils::PredicateConfig;
use kube::runtime::{WatchStreamExt, reflector, watcher};
use tracing::{info, warn};

use crate::api::notification::Receiver;

use super::runtime::{Context, Scope, error_policy, trigger_hash};

/// Field owner of the status patches.
pub const FIELD_MANAGER: &str = "notification-controller";

/// Watches the Receivers of `scope` and reconciles them until the drain of `ctx`.
pub async fn run(ctx: Arc<Context>, scope: Scope) {
    let api: Api<Receiver> = match &scope.namespace {
        Some(ns) => Api::namespaced(ctx.client.clone(), ns),
        None => Api::all(ctx.client.clone()),
    };
    let (reader, writer) = reflector::store();
    let stream = watcher(api, watcher::Config::default())
        .default_backoff()
        .reflect(writer)
        .applied_objects()
        .predicate_filter(trigger_hash::<Receiver>, PredicateConfig::default());
    info!(controller = "receiver", "starting controller");
    let drain = ctx.drain.clone();
    let listed: Store<Receiver> = reader.clone();
    let controller = Controller::for_stream(stream, reader)
        .with_config(Config::default().concurrency(2))
        .graceful_shutdown_on(drain.clone().wait())
        .run(
            |obj, ctx| async move {
                super::runtime::guarded(
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
                warn!(controller = "receiver", error = %other, "controller error");
            }
        });
    super::runtime::until_drained(controller, drain, listed).await;
}
