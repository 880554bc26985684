//! One Kustomization reconcile, in Flux's order: suspended? → finalizer → source and artifact → dependencies →
//! fetch and unpack → build (kustomize, SOPS, substitution) → staged server-side apply → prune → health →
//! status. [`Attempt::run`] reads as that list, one method per step; the conditions each step sets live in
//! [`super::status`]. [`super::finalizer::cleanup`] is the finalizer: it deletes what the inventory lists when
//! the deletion policy says so.
//!
//! Every attempt ends with one status patch, success or failure, and is counted once in the reconcile metrics
//! (suspended objects as successes). While `flux serve` drains, an attempt stops at the next safe point — once
//! the apply or the prune is recorded in the inventory, or during the health wait — and writes its status.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

use kube::ResourceExt;
use kube::api::Api;
use kube::runtime::controller::Action;
use kube::runtime::finalizer::{Event as Finalizer, finalizer};
use serde_json::Value;
use sha2::{Digest, Sha256};
use tracing::{Instrument, info, warn};

use crate::api::annotations::FINALIZER;
use crate::api::conditions;
use crate::api::kustomize::{Kustomization, KustomizationStatus};
use crate::api::meta::Artifact;
use crate::apply::ignore::IgnoreRules;
use crate::apply::{Action as Change, ApplyOptions, ChangeSet, ObjectRef};
use crate::controllers::events::EventType;
use crate::health;

use super::error::Error;
use super::inventory::{inventory_refs, owner_labels, to_inventory};
use super::status::{self, HistoryKey};
use super::timing::{Timing, fallback_timing};
use super::{KustomizeContext, Target, build, dependencies, source};

/// Entry point called by the kube Controller for each trigger. Counts the reconcile in the metrics once,
/// whatever path it took: a failed attempt (its status written) and a failure to write status or finalizer
/// count as errors.
pub async fn reconcile(
    obj: Arc<Kustomization>,
    ctx: Arc<KustomizeContext>,
) -> Result<Action, Error> {
    let ns = obj.namespace().ok_or(Error::MissingMetadata("namespace"))?;
    let name = obj.name_any();
    let span = crate::controllers::runtime::reconcile_span(obj.as_ref());
    async move {
        let started = Instant::now();
        let failed = AtomicBool::new(false);
        let api: Api<Kustomization> = Api::namespaced(ctx.base.client.clone(), &ns);
        let result = finalizer(&api, FINALIZER, obj, |event| async {
            match event {
                Finalizer::Apply(obj) => {
                    let (action, ok) = apply(obj, ctx.clone()).await?;
                    failed.store(!ok, Ordering::Relaxed);
                    Ok(action)
                }
                Finalizer::Cleanup(obj) => super::finalizer::cleanup(obj, &ctx).await,
            }
        })
        .await
        .map_err(|e| match e {
            kube::runtime::finalizer::Error::ApplyFailed(e)
            | kube::runtime::finalizer::Error::CleanupFailed(e) => e,
            other => Error::Finalizer(Box::new(other)),
        });
        let ok = result.is_ok() && !failed.load(Ordering::Relaxed);
        ctx.base.record("Kustomization", &ns, &name, started, ok);
        if let Err(e) = &result {
            warn!(error = %e.message(), "reconcile failed");
        }
        result
    }
    .instrument(span)
    .await
}

/// What a reconcile attempt ends with, beyond the conditions it set.
enum Next {
    /// Applied: requeue after the interval.
    Interval,
    /// Waiting for a source or dependency: requeue after `--requeue-dependency` (or earlier on an event).
    Dependency,
    /// Failed, or stopped for shutdown: requeue after the retry interval.
    Retry,
    /// Stalled: wait for a spec change.
    Never,
    /// Interrupted by a newer trigger: run again at once.
    Now,
}

/// Reconciles a live Kustomization: one attempt, its status patched once. Returns the requeue and whether the
/// attempt succeeded (a suspended object counts as a success).
pub async fn apply(
    obj: Arc<Kustomization>,
    ctx: Arc<KustomizeContext>,
) -> Result<(Action, bool), Error> {
    let ns = obj.namespace().ok_or(Error::MissingMetadata("namespace"))?;
    let name = obj.name_any();
    if obj.spec.suspend == Some(true) {
        info!("reconciliation is suspended for this object");
        // The Kustomization watch wakes us again when `spec.suspend` changes (a generation change).
        return Ok((Action::await_change(), true));
    }
    let started = Instant::now();
    let api: Api<Kustomization> = Api::namespaced(ctx.base.client.clone(), &ns);
    let obj = ctx
        .base
        .latest(&api, obj)
        .await
        .map_err(|source| Error::Refresh {
            key: format!("{ns}/{name}"),
            source,
        })?;
    let st = obj.status.clone().unwrap_or_default();
    let was_ready = status::is_true(&st, conditions::READY);
    let mut attempt = Attempt {
        obj: obj.clone(),
        ns: ns.clone(),
        ctx: ctx.clone(),
        api: api.clone(),
        st,
        started,
        changed: false,
        revision: None,
        history: None,
        routine: false,
        mark: ctx.interrupts.mark(&super::key_of(&obj)),
    };
    let (next, ok, timing) = match Timing::of(&obj) {
        Ok(timing) => {
            let outcome = attempt.run(&timing).await;
            let ok = outcome.is_ok();
            (attempt.conclude(outcome).await, ok, timing)
        }
        Err(e) => (attempt.stall(&e).await, false, fallback_timing()),
    };
    let Attempt {
        changed,
        revision,
        mut st,
        ..
    } = attempt;
    status::finalize_status(&mut st, &obj);
    let written = status::patch(&api, &ns, &name, &st).await?;
    ctx.base.wrote(&written);
    if ok && (changed || !was_ready) {
        let msg = format!(
            "Reconciliation finished in {}, next run in {}",
            crate::duration::format(started.elapsed()),
            crate::duration::format(timing.interval)
        );
        info!(revision = revision.as_deref().unwrap_or_default(), "{msg}");
        ctx.base
            .recorder
            .publish_with(
                &*obj,
                EventType::Normal,
                conditions::RECONCILIATION_SUCCEEDED,
                &msg,
                revision.as_deref(),
                // Commit status providers write `success` on the commit from this event.
                &[("commit_status", "update")],
            )
            .await;
    }
    let action = match next {
        Next::Interval => Action::requeue(timing.interval),
        Next::Dependency => Action::requeue(ctx.opts.requeue_dependency),
        Next::Retry => Action::requeue(timing.retry),
        Next::Never => Action::await_change(),
        Next::Now => Action::requeue(std::time::Duration::ZERO),
    };
    Ok((action, ok))
}

/// The state of one reconcile attempt. It owns what it holds: the reconcile future must be `Send` for any
/// lifetime, which borrowed fields held across awaits defeat.
struct Attempt {
    obj: Arc<Kustomization>,
    ns: String,
    ctx: Arc<KustomizeContext>,
    api: Api<Kustomization>,
    st: KustomizationStatus,
    started: Instant,
    /// Objects were created, configured or deleted, or a new revision was applied.
    changed: bool,
    /// The source revision being applied.
    revision: Option<String>,
    /// Set once the build produced manifests: failures from then on are recorded in `status.history`.
    history: Option<HistoryKey>,
    /// A periodic re-apply of the revision already applied at this generation: progress is not written to
    /// the API server (only the final status is), which keeps a no-op reconcile at a handful of requests.
    routine: bool,
    /// Trigger count when this attempt started: a later trigger cancels its health check.
    mark: u64,
}

/// The unpacked artifact: the temporary directory (removed on drop) and the `spec.path` inside it.
struct Workspace {
    root: tempfile::TempDir,
    dir: PathBuf,
}

/// What the build hands to the apply: the cluster to apply to, the objects, the Kustomization as JSON.
struct Manifests {
    target: Target,
    objects: Vec<Value>,
    ks_json: Value,
}

/// What the apply hands to prune and health.
struct Applied {
    target: Target,
    opts: ApplyOptions,
    change_set: ChangeSet,
    /// The inventory before this attempt.
    old_inventory: Vec<ObjectRef>,
    /// The objects of this revision, now the inventory.
    inventory: Vec<ObjectRef>,
    /// Objects were created or configured.
    drifted: bool,
}

impl Attempt {
    /// The steps of a reconcile, in Flux's order.
    async fn run(&mut self, timing: &Timing) -> Result<(), Error> {
        let exprs = health_expressions(&self.obj)?;
        let artifact = self.source().await?;
        self.dependencies(&artifact.revision).await?;
        let workspace = self.fetch(&artifact, timing).await?;
        let manifests = self.build(&artifact, &workspace, timing).await?;
        let applied = self.apply(manifests, timing).await?;
        self.safe_point()?;
        self.prune(&applied).await?;
        self.safe_point()?;
        self.health(&applied, &exprs, timing, &artifact.revision)
            .await?;
        self.ready(&artifact);
        Ok(())
    }

    fn generation(&self) -> Option<i64> {
        self.obj.metadata.generation
    }

    /// Whether `flux serve` drains for shutdown: a running attempt stops at its next safe point (its apply or
    /// prune recorded in the inventory, or a health wait) and writes its status.
    fn stop_requested(&self) -> bool {
        self.ctx.base.drain.is_draining()
    }

    /// A point where the attempt may stop for shutdown: everything done so far is in `self.st`.
    fn safe_point(&self) -> Result<(), Error> {
        if self.stop_requested() {
            return Err(Error::ShuttingDown);
        }
        Ok(())
    }

    /// Shows the step in progress in Reconciling and, unless this is a routine re-apply, writes it.
    async fn progress(&mut self, message: &str) {
        let g = self.generation();
        status::set_step(&mut self.st, message, g);
        if self.routine {
            return;
        }
        status::patch_progress(&self.api, &self.obj.name_any(), &self.st).await;
    }

    async fn event(&self, type_: EventType, message: &str) {
        let reason = status::event_reason(&self.st).to_string();
        self.ctx
            .base
            .recorder
            .publish(
                &*self.obj,
                type_,
                &reason,
                message,
                self.revision.as_deref(),
            )
            .await;
    }

    /// Records the attempt's outcome in `status.history`, once it got as far as a build.
    fn record(&mut self, reason: &str) {
        if let Some(key) = &self.history {
            status::record_history(&mut self.st, key, self.started, reason);
        }
    }

    /// Step 1, source: the artifact of `spec.sourceRef`. Decides whether this is a routine re-apply.
    async fn source(&mut self) -> Result<Artifact, Error> {
        let src = source::resolve(
            &self.ctx.base.client,
            &self.obj,
            &self.ns,
            self.ctx.opts.no_cross_namespace_refs,
        )
        .await?;
        let Some(artifact) = src.artifact else {
            return Err(Error::NoArtifact(crate::duration::format(
                self.ctx.opts.requeue_dependency,
            )));
        };
        let revision = artifact.revision.clone();
        self.routine = status::is_true(&self.st, conditions::READY)
            && self.st.observed_generation == self.generation()
            && self.st.last_applied_revision.as_deref() == Some(revision.as_str());
        self.revision = Some(revision);
        Ok(artifact)
    }

    /// Step 2, dependencies: every `spec.dependsOn` is ready for `revision`.
    async fn dependencies(&mut self, revision: &str) -> Result<(), Error> {
        if self
            .obj
            .spec
            .depends_on
            .as_ref()
            .is_none_or(|d| d.is_empty())
        {
            return Ok(());
        }
        dependencies::check(
            &self.ctx.base.client,
            &self.obj,
            &self.ns,
            revision,
            self.ctx.opts.gates.enabled("AdditiveCELDependencyCheck"),
        )
        .await?;
        info!("All dependencies are ready, proceeding with reconciliation");
        Ok(())
    }

    /// Step 3, fetch: downloads and unpacks the artifact; `spec.path` must be a directory of it.
    async fn fetch(&mut self, artifact: &Artifact, timing: &Timing) -> Result<Workspace, Error> {
        let revision = &artifact.revision;
        let g = self.generation();
        status::mark_progressing(&mut self.st, g);
        self.progress(&format!(
            "Fetching manifests for revision {revision} with a timeout of {}",
            crate::duration::format(timing.timeout)
        ))
        .await;
        let root = tempfile::Builder::new()
            .prefix("kustomization-")
            .tempdir()
            .map_err(Error::CreateTempDir)?;
        crate::artifact::fetch::fetch_and_unpack(
            &self.ctx.base.storage,
            artifact,
            root.path(),
            timing.timeout,
        )
        .await
        .map_err(|source| {
            // Flux retries a vanished artifact after --requeue-dependency, not at the retry interval.
            if source.is_not_found() {
                Error::ArtifactNotFound(crate::duration::format(self.ctx.opts.requeue_dependency))
            } else {
                Error::FetchArtifact {
                    revision: revision.clone(),
                    source,
                }
            }
        })?;
        let path = self.obj.spec.path.clone().unwrap_or_default();
        let dir = crate::artifact::secure_join(root.path(), &path)
            .map_err(|source| Error::ResolvePath { path, source })?;
        if !dir.is_dir() {
            return Err(Error::PathNotFound(dir));
        }
        Ok(Workspace { root, dir })
    }

    /// Step 4, build: resolves the cluster to apply to, then kustomize build with SOPS decryption and
    /// post-build substitution. The build's digest keys the history from here on.
    async fn build(
        &mut self,
        artifact: &Artifact,
        workspace: &Workspace,
        timing: &Timing,
    ) -> Result<Manifests, Error> {
        let revision = &artifact.revision;
        self.st.last_attempted_revision = Some(revision.clone());
        self.progress(&format!(
            "Building manifests for revision {revision} with a timeout of {}",
            crate::duration::format(timing.timeout)
        ))
        .await;
        let target = self.ctx.target(&self.obj, &self.ns).await?;
        // One JSON form of the object serves the build and the drift-ignore rules.
        let ks_json = serde_json::to_value(&*self.obj).map_err(Error::EncodeKustomization)?;
        let built = build::build(
            &self.ctx,
            &self.obj,
            &ks_json,
            &self.ns,
            workspace.root.path(),
            &workspace.dir,
        )
        .await?;
        let mut meta = BTreeMap::from([("revision".to_string(), revision.clone())]);
        if let Some(origin) = origin_revision(artifact) {
            meta.insert("originRevision".to_string(), origin);
        }
        self.history = Some(HistoryKey {
            digest: format!(
                "sha256:{}",
                hex::encode(Sha256::digest(built.yaml.as_bytes()))
            ),
            meta,
        });
        Ok(Manifests {
            target,
            objects: built.objects,
            ks_json,
        })
    }

    /// Step 5, apply: staged server-side apply. On failure, what was applied before it stays in the inventory,
    /// so a later prune or deletion still finds it: nothing applied goes unrecorded.
    async fn apply(&mut self, manifests: Manifests, timing: &Timing) -> Result<Applied, Error> {
        let revision = self.revision.clone().unwrap_or_default();
        self.progress(&format!(
            "Detecting drift for revision {revision} with a timeout of {}",
            crate::duration::format(timing.timeout)
        ))
        .await;
        let old_inventory = inventory_refs(self.st.inventory.as_ref());
        let drift_ignore =
            IgnoreRules::from_kustomization(&manifests.ks_json).map_err(Error::IgnoreRules)?;
        let opts = ApplyOptions {
            field_manager: super::APPLY_MANAGER.to_string(),
            force: self.obj.spec.force.unwrap_or(false),
            wait_timeout: timing.timeout,
            concurrency: self.ctx.opts.concurrent_ssa,
            owner_labels: owner_labels(&self.obj, &self.ns),
            drift_ignore: Arc::new(drift_ignore),
            disallowed_managers: self.ctx.opts.disallowed_field_managers.clone(),
        };
        let target = manifests.target;
        let change_set = match target
            .applier
            .apply_all_staged(manifests.objects, &opts)
            .await
        {
            Ok(cs) => cs,
            Err(e) => {
                let partial = e
                    .change_set
                    .entries
                    .iter()
                    .filter(|c| c.action != Change::Skipped)
                    .map(|c| c.object.clone());
                self.st.inventory =
                    Some(to_inventory(old_inventory.iter().cloned().chain(partial)));
                self.record(conditions::RECONCILIATION_FAILED);
                return Err(Error::ApplyObjects {
                    changes: e.change_set.changes_only().to_string(),
                    source: Box::new(e),
                });
            }
        };
        let applied_log = change_set.changes_only().to_string();
        if !applied_log.is_empty() {
            self.changed = true;
            info!(revision = %revision, output = %applied_log, "server-side apply completed");
            self.event(EventType::Normal, &applied_log).await;
        }
        let inventory: Vec<ObjectRef> = change_set
            .entries
            .iter()
            .map(|c| c.object.clone())
            .collect();
        self.st.inventory = Some(to_inventory(inventory.iter().cloned()));
        Ok(Applied {
            target,
            opts,
            change_set,
            old_inventory,
            inventory,
            drifted: !applied_log.is_empty(),
        })
    }

    /// Step 6, prune (`spec.prune`): deletes what the previous inventory had and this revision does not. Objects
    /// that could not be deleted stay in the inventory.
    async fn prune(&mut self, applied: &Applied) -> Result<(), Error> {
        if !self.obj.spec.prune {
            return Ok(());
        }
        let keep: BTreeSet<String> = applied
            .inventory
            .iter()
            .map(ObjectRef::inventory_id)
            .collect();
        let stale: Vec<ObjectRef> = applied
            .old_inventory
            .iter()
            .filter(|o| !keep.contains(&o.inventory_id()))
            .cloned()
            .collect();
        if stale.is_empty() {
            return Ok(());
        }
        match applied
            .target
            .applier
            .delete_all(&stale, &applied.opts)
            .await
        {
            Ok(deleted) => {
                let log = deleted.changes_only().to_string();
                if !log.is_empty() {
                    self.changed = true;
                    let revision = self.revision.as_deref().unwrap_or_default();
                    info!(revision = %revision, output = %log, "garbage collection completed");
                    self.event(EventType::Normal, &log).await;
                }
                Ok(())
            }
            Err(e) => {
                self.st.inventory = Some(to_inventory(
                    applied
                        .inventory
                        .iter()
                        .chain(e.not_deleted.iter())
                        .cloned(),
                ));
                self.record(conditions::PRUNE_FAILED);
                Err(Error::Prune(Box::new(e)))
            }
        }
    }

    /// Step 7, health: waits for `spec.healthChecks`, or for everything applied with `spec.wait`. A newer
    /// trigger cancels the wait, and so does a shutdown.
    async fn health(
        &mut self,
        applied: &Applied,
        exprs: &health::Expressions,
        timing: &Timing,
        revision: &str,
    ) -> Result<(), Error> {
        let is_new_revision = self.st.last_applied_revision.as_deref() != Some(revision);
        if is_new_revision {
            self.changed = true;
        }
        let drifted = is_new_revision && applied.drifted;
        match self
            .check_health(applied, exprs, timing, revision, drifted)
            .await
        {
            Err(Error::ShuttingDown) => Err(Error::ShuttingDown),
            Err(e) => {
                self.record(conditions::HEALTH_CHECK_FAILED);
                Err(e)
            }
            Ok(()) => Ok(()),
        }
    }

    async fn check_health(
        &mut self,
        applied: &Applied,
        exprs: &health::Expressions,
        timing: &Timing,
        revision: &str,
        drifted: bool,
    ) -> Result<(), Error> {
        let targets = self.health_targets(&applied.change_set);
        if targets.is_empty() {
            status::clear_healthy(&mut self.st);
            return Ok(());
        }
        let g = self.generation();
        let was_healthy = status::is_true(&self.st, conditions::HEALTHY);
        let message = format!(
            "Running health checks for revision {revision} with a timeout of {}",
            crate::duration::format(timing.timeout)
        );
        status::set_healthy(
            &mut self.st,
            "Unknown",
            conditions::PROGRESSING,
            &message,
            g,
        );
        self.progress(&message).await;
        let started = Instant::now();
        let key = super::key_of(&self.obj);
        let own_spec = super::spec_fingerprint(&self.obj);
        let waited = tokio::select! {
            r = health::wait(&applied.target.client, &targets, exprs, timing.timeout) => r,
            by = self.ctx.interrupts.after(&key, self.mark, own_spec) => {
                return Err(Error::HealthCanceled(by));
            }
            () = self.ctx.base.drain.clone().wait() => return Err(Error::ShuttingDown),
        };
        if let Err(source) = waited {
            status::set_healthy(
                &mut self.st,
                "False",
                conditions::HEALTH_CHECK_FAILED,
                &source.to_string(),
                g,
            );
            return Err(Error::HealthCheck {
                elapsed: crate::duration::format(started.elapsed()),
                source,
            });
        }
        let msg = format!(
            "Health check passed in {}",
            crate::duration::format(started.elapsed())
        );
        status::set_healthy(&mut self.st, "True", conditions::SUCCEEDED, &msg, g);
        if !was_healthy || drifted {
            self.event(EventType::Normal, &msg).await;
        }
        Ok(())
    }

    /// What the health step waits for: `spec.healthChecks`, or with `spec.wait` everything applied — never
    /// this Kustomization itself, which would deadlock.
    fn health_targets(&self, change_set: &ChangeSet) -> Vec<health::Target> {
        let own = (self.obj.name_any(), self.ns.to_string());
        let targets: Vec<health::Target> = if self.obj.spec.wait == Some(true) {
            change_set
                .entries
                .iter()
                .filter(|c| c.action != Change::Skipped)
                .map(|c| target_of(&c.object))
                .collect()
        } else {
            self.obj
                .spec
                .health_checks
                .iter()
                .flatten()
                .map(|h| health::Target {
                    // Flux's default, kept from Kustomization v1beta1.
                    api_version: h
                        .api_version
                        .clone()
                        .unwrap_or_else(|| "apps/v1".to_string()),
                    kind: h.kind.clone(),
                    namespace: h.namespace.clone().unwrap_or_else(|| self.ns.to_string()),
                    name: h.name.clone(),
                })
                .collect()
        };
        targets
            .into_iter()
            .filter(|t| !(t.kind == "Kustomization" && t.name == own.0 && t.namespace == own.1))
            .collect()
    }

    /// Step 8, status: the revision is applied; Ready=True and a history record.
    fn ready(&mut self, artifact: &Artifact) {
        let g = self.generation();
        status::mark_applied(
            &mut self.st,
            &artifact.revision,
            origin_revision(artifact),
            g,
        );
        self.record(conditions::RECONCILIATION_SUCCEEDED);
    }

    /// Marks a terminal error: Ready=False and Stalled=True, with an event.
    async fn stall(&mut self, e: &Error) -> Next {
        let message = e.message();
        let g = self.generation();
        status::mark_stalled_at(&mut self.st, e.reason(), &message, g);
        warn!(error = %message, reason = e.reason(), "reconciliation stalled");
        self.event(EventType::Warning, &message).await;
        Next::Never
    }

    /// Turns the attempt's outcome into conditions, events and the requeue decision.
    async fn conclude(&mut self, outcome: Result<(), Error>) -> Next {
        let e = match outcome {
            Ok(()) => return Next::Interval,
            Err(e) => e,
        };
        if e.is_stalled() {
            return self.stall(&e).await;
        }
        let g = self.generation();
        let message = e.message();
        if matches!(e, Error::ShuttingDown) {
            // Not a failure: Ready stays Unknown, the status (with the inventory) is still written.
            status::mark_interrupted(&mut self.st, &message, g);
            info!("{message}");
            return Next::Retry;
        }
        status::mark_failed(&mut self.st, e.reason(), &message, g);
        if e.is_source_wait() {
            info!(reason = e.reason(), "{message}");
            return if matches!(e, Error::NoArtifact(_) | Error::ArtifactNotFound(_)) {
                Next::Dependency
            } else {
                Next::Retry
            };
        }
        if let Error::HealthCanceled(by) = &e {
            let msg = format!("Health checks canceled due to new reconciliation triggered by {by}");
            info!("{msg}");
            self.event(EventType::Normal, &msg).await;
            return Next::Now;
        }
        if e.is_dependency_wait() {
            let msg = format!(
                "Dependencies do not meet ready condition, retrying in {}",
                crate::duration::format(self.ctx.opts.requeue_dependency)
            );
            info!("{msg}");
            self.event(EventType::Normal, &msg).await;
            return Next::Dependency;
        }
        warn!(error = %message, reason = e.reason(), "reconciliation failed");
        self.event(EventType::Warning, &message).await;
        Next::Retry
    }
}

/// Compiles `spec.healthCheckExprs`; an invalid expression stalls the object.
fn health_expressions(obj: &Kustomization) -> Result<health::Expressions, Error> {
    health::Expressions::from_spec(obj.spec.health_check_exprs.as_deref().unwrap_or_default())
        .map_err(Error::CompileHealthChecks)
}

/// The health-check target of an applied object.
fn target_of(o: &ObjectRef) -> health::Target {
    health::Target {
        api_version: if o.group.is_empty() {
            o.version.clone()
        } else {
            format!("{}/{}", o.group, o.version)
        },
        kind: o.kind.clone(),
        namespace: o.namespace.clone(),
        name: o.name.clone(),
    }
}

/// `org.opencontainers.image.revision` of an OCI artifact, which Flux records as the origin revision.
fn origin_revision(artifact: &Artifact) -> Option<String> {
    artifact
        .metadata
        .as_ref()
        .and_then(|m| m.get("org.opencontainers.image.revision"))
        .cloned()
}
