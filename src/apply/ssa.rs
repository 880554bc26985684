//! The per-object server-side-apply steps: read live, honour opt-outs, dry-run, clean up
//! metadata, decide the action, and (separately) the real apply.
//!
//! Costs per object on this path: one GET, one dry-run PATCH, plus a cleanup PATCH when the live
//! object carries fields of other managers, plus the real PATCH when something changed.

use std::time::{Duration, Instant};

use kube::Client;
use kube::api::{Api, DeleteParams, DynamicObject, Patch, PatchParams};
use serde_json::Value;

use super::ApplyOptions;
use super::changeset::Action;
use super::cleanup;
use super::diff::has_drifted;
use super::discovery::{Resolved, Resolver};
use super::error::{Error, is_immutable, is_not_found, server_message, status_reason};
use super::object_ref::ObjectRef;
use super::opt_out;

/// How often to re-check that an object is gone while force-recreating.
const GONE_POLL: Duration = Duration::from_millis(500);

/// A validated manifest, ready to send: resolved kind, normalised identity and digest.
#[derive(Clone, Debug)]
pub struct Desired {
    pub object: ObjectRef,
    pub manifest: Value,
    pub resolved: Resolved,
    pub digest: String,
}

impl Desired {
    /// Validates `manifest`, resolves its kind and normalises it: CRD caBundle placeholders are
    /// stripped and a namespace on a cluster-scoped kind is dropped (the server ignores it, and
    /// the inventory must not carry it).
    pub async fn prepare(
        mut manifest: Value,
        resolver: &Resolver,
        retry_on_miss: bool,
    ) -> Result<Self, Error> {
        let mut object = ObjectRef::from_object(&manifest)?;
        cleanup::strip_invalid_ca_bundle(&mut manifest);
        let resolved = resolver.resolve(&object, retry_on_miss).await?;
        if resolved.namespaced {
            if object.namespace.is_empty() {
                return Err(Error::NamespaceNotSpecified {
                    subject: object.to_string(),
                });
            }
        } else if !object.namespace.is_empty() {
            object.namespace.clear();
            if let Some(meta) = manifest.get_mut("metadata").and_then(Value::as_object_mut) {
                meta.remove("namespace");
            }
        }
        let digest = super::cache::digest(&manifest);
        Ok(Self {
            object,
            manifest,
            resolved,
            digest,
        })
    }

    pub fn api(&self, client: &Client) -> Api<DynamicObject> {
        api_for(client, &self.resolved, &self.object.namespace)
    }
}

/// A dynamic Api for a resolved kind in `namespace` ("" for cluster-scoped).
pub fn api_for(client: &Client, resolved: &Resolved, namespace: &str) -> Api<DynamicObject> {
    if resolved.namespaced {
        Api::namespaced_with(client.clone(), namespace, &resolved.resource)
    } else {
        Api::all_with(client.clone(), &resolved.resource)
    }
}

/// Result of evaluating one object before the real apply.
#[derive(Debug)]
pub struct Evaluated {
    pub action: Action,
    /// Whether the real apply must run (created/configured).
    pub needs_apply: bool,
    /// Live object before applying, noise included (None if absent).
    pub live: Option<Value>,
    /// Server-side dry-run result (None when skipped).
    pub dry_run: Option<Value>,
    /// The manifest to apply when it differs from the desired one (`spec.ignore` fields set to their
    /// in-cluster values).
    pub manifest: Option<Value>,
}

impl Evaluated {
    fn skipped(live: Option<Value>) -> Self {
        Self {
            action: Action::Skipped,
            needs_apply: false,
            live,
            dry_run: None,
            manifest: None,
        }
    }
}

fn to_value(obj: &DynamicObject) -> Value {
    serde_json::to_value(obj).unwrap_or(Value::Null)
}

/// The live object's resourceVersion, "" if unknown.
pub fn resource_version(obj: &Value) -> String {
    obj.pointer("/metadata/resourceVersion")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string()
}

fn apply_params(opts: &ApplyOptions) -> PatchParams {
    PatchParams::apply(&opts.field_manager).force()
}

/// Reads the live object and decides what applying `desired` would do. With `mutate` false this
/// is read-only (used by `plan`): no force-recreate and no metadata cleanup.
pub async fn evaluate(
    client: &Client,
    desired: &Desired,
    opts: &ApplyOptions,
    mutate: bool,
) -> Result<Evaluated, Error> {
    let subject = desired.object.to_string();
    let api = desired.api(client);
    let name = desired.object.name.as_str();

    // Excluded by the manifest itself: no need to look at the cluster at all.
    if opt_out::is_apply_excluded(&desired.manifest) {
        return Ok(Evaluated::skipped(None));
    }

    let live = match api.get_opt(name).await {
        Ok(found) => found.map(|o| to_value(&o)),
        // A plain-text 404 (kind route not served right now): the dry-run reports it properly.
        Err(e) if is_not_found(&e) => None,
        Err(source) => {
            return Err(Error::Query {
                subject,
                message: server_message(&source),
                source: Box::new(source),
            });
        }
    };

    if live.as_ref().is_some_and(opt_out::is_apply_excluded) {
        return Ok(Evaluated::skipped(live));
    }
    if live.is_some() && opt_out::is_if_not_present(&desired.manifest) {
        return Ok(Evaluated::skipped(live));
    }

    // Fields exempt from drift correction keep their live values, so they neither count as drift
    // nor get reverted by the apply.
    let adjusted = live
        .as_ref()
        .and_then(|l| super::ignore::adopt_live_values(&opts.drift_ignore, &desired.manifest, l));
    let manifest = adjusted.as_ref().unwrap_or(&desired.manifest);
    let dry_params = apply_params(opts).dry_run();
    let mut live = live;
    let dry_run = match api.patch(name, &dry_params, &Patch::Apply(manifest)).await {
        Ok(obj) => to_value(&obj),
        Err(err) => {
            let may_recreate = mutate
                && is_immutable(&err)
                && live
                    .as_ref()
                    .is_some_and(|l| should_force(desired, l, opts));
            if !may_recreate {
                return Err(dry_run_error(&desired.object, err));
            }
            tracing::info!(object = %subject, "immutable field change, recreating");
            recreate_prepare(&api, desired, opts.wait_timeout).await?;
            live = None;
            match api.patch(name, &dry_params, &Patch::Apply(manifest)).await {
                Ok(obj) => to_value(&obj),
                Err(err) => return Err(dry_run_error(&desired.object, err)),
            }
        }
    };

    let mut cleaned = false;
    if mutate
        && let Some(current) = live.as_ref()
        && !opt_out::is_merge(&desired.manifest)
        && !opt_out::is_merge(current)
    {
        let managers =
            cleanup::managers_to_take_over(&opts.field_manager, &opts.disallowed_managers);
        if let Some(patch) = cleanup::cleanup_patch(current, &managers, &opts.field_manager) {
            let params = PatchParams {
                field_manager: Some(opts.field_manager.clone()),
                ..Default::default()
            };
            match api.patch(name, &params, &Patch::Merge(&patch)).await {
                Ok(obj) => {
                    live = Some(to_value(&obj));
                    cleaned = true;
                }
                Err(source) => {
                    return Err(Error::Cleanup {
                        subject,
                        message: server_message(&source),
                        source: Box::new(source),
                    });
                }
            }
        }
    }

    let drifted = match live.as_ref() {
        Some(current) => has_drifted(current, &dry_run),
        None => true,
    };
    let action = if !cleaned && !drifted {
        Action::Unchanged
    } else if resource_version(&dry_run).is_empty() {
        Action::Created
    } else {
        Action::Configured
    };
    Ok(Evaluated {
        action,
        needs_apply: action != Action::Unchanged,
        live,
        dry_run: Some(dry_run),
        manifest: adjusted,
    })
}

/// Force-recreate is allowed by `spec.force` or `force: Enabled` on the desired or live object.
fn should_force(desired: &Desired, live: &Value, opts: &ApplyOptions) -> bool {
    opts.force || opt_out::is_force_enabled(&desired.manifest) || opt_out::is_force_enabled(live)
}

/// Deletes the live object (background propagation) and waits until it is gone, so the
/// immutable change can be applied as a fresh create.
async fn recreate_prepare(
    api: &Api<DynamicObject>,
    desired: &Desired,
    timeout: Duration,
) -> Result<(), Error> {
    let subject = desired.object.to_string();
    let name = desired.object.name.as_str();
    match api.delete(name, &DeleteParams::background()).await {
        Ok(_) => {}
        Err(e) if is_not_found(&e) => {}
        Err(source) => {
            return Err(Error::RecreateDelete {
                subject,
                message: server_message(&source),
                source: Box::new(source),
            });
        }
    }
    let deadline = Instant::now() + timeout;
    loop {
        match api.get_metadata_opt(name).await {
            Ok(None) => return Ok(()),
            Err(e) if is_not_found(&e) => return Ok(()),
            Ok(Some(_)) => {}
            Err(e) => {
                return Err(Error::RecreateWait {
                    subject,
                    message: server_message(&e),
                });
            }
        }
        if Instant::now() >= deadline {
            return Err(Error::RecreateWait {
                subject,
                message: format!("object still exists after {}s", timeout.as_secs()),
            });
        }
        tokio::time::sleep(GONE_POLL).await;
    }
}

/// Maps a failed dry-run to Flux's wording: NotFound means a missing namespace (or, for an
/// object without one, an unspecified namespace); everything else is `dry-run failed (<reason>)`.
fn dry_run_error(object: &ObjectRef, source: kube::Error) -> Error {
    let subject = object.to_string();
    let message = server_message(&source);
    if is_not_found(&source) {
        // A 404 that is not a NotFound Status comes from an unserved path: the kind went away
        // (CRD deleted) since discovery cached it.
        if let kube::Error::Api(status) = &source
            && status.reason != "NotFound"
        {
            return Error::UnknownKind {
                subject,
                kind: object.kind.clone(),
                api_version: object.api_version(),
            };
        }
        if object.namespace.is_empty() {
            return Error::NamespaceNotSpecified { subject };
        }
        return Error::DryRunNotFound {
            subject,
            message,
            source: Box::new(source),
        };
    }
    Error::DryRun {
        subject,
        reason: status_reason(&source),
        message,
        source: Box::new(source),
    }
}

/// The real server-side apply of `manifest` (the desired one, or its `spec.ignore`-adjusted copy) with
/// forced ownership. Returns the live resourceVersion afterwards.
pub async fn apply(
    client: &Client,
    desired: &Desired,
    manifest: &Value,
    opts: &ApplyOptions,
) -> Result<String, Error> {
    let api = desired.api(client);
    match api
        .patch(
            &desired.object.name,
            &apply_params(opts),
            &Patch::Apply(manifest),
        )
        .await
    {
        Ok(obj) => Ok(obj.metadata.resource_version.unwrap_or_default()),
        Err(source) => Err(Error::Apply {
            subject: desired.object.to_string(),
            message: server_message(&source),
            source: Box::new(source),
        }),
    }
}
