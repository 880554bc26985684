//! One Kustomization reconcile, in Flux's order: suspended? → finalizer → source and artifact → dependencies →
//! fetch and unpack → build (kustomize, SOPS, substitution) → staged server-side apply → inventory and prune →
//! health → status. [`cleanup`] is the finalizer: it deletes what the inventory lists when the deletion policy
//! says so.
//!
//! Conditions follow Flux: Ready=Unknown/Progressing plus Reconciling while working; Ready=False with the
//! step's reason on failure (Reconciling kept as `ProgressingWithRetry`); Stalled for errors only a spec change
//! can fix; Ready=True `ReconciliationSucceeded` "Applied revision: <rev>" at the end.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;
use std::time::Instant;

use kube::ResourceExt;
use kube::api::Api;
use kube::runtime::controller::Action;
use kube::runtime::finalizer::{Event as Finalizer, finalizer};
use sha2::{Digest, Sha256};
use tracing::{Instrument, info, info_span, warn};

use crate::api::annotations::FINALIZER;
use crate::api::conditions;
use crate::api::kustomize::{Kustomization, KustomizationStatus};
use crate::api::meta::Artifact;
use crate::apply::ignore::IgnoreRules;
use crate::apply::{Action as Change, ApplyOptions, ObjectRef};
use crate::controllers::events::EventType;
use crate::controllers::runtime::{
    mark_ready, mark_stalled, patch_status, remove_condition, requested_at, set_condition,
};
use crate::health;

use super::error::Error;
use super::inventory::{inventory_refs, owner_labels, to_inventory};
use super::timing::{Timing, fallback_timing};
use super::{FIELD_MANAGER, KustomizeContext, build, dependencies, history, source};

/// Entry point called by the kube Controller for each trigger.
pub async fn reconcile(
    obj: Arc<Kustomization>,
    ctx: Arc<KustomizeContext>,
) -> Result<Action, Error> {
    let ns = obj.namespace().ok_or(Error::MissingMetadata("namespace"))?;
    let name = obj.name_any();
    let span = info_span!("reconcile", kustomization = %format!("{ns}/{name}"));
    async move {
        let api: Api<Kustomization> = Api::namespaced(ctx.base.client.clone(), &ns);
        finalizer(&api, FINALIZER, obj, |event| async {
            match event {
                Finalizer::Apply(obj) => apply(obj, ctx.clone()).await,
                Finalizer::Cleanup(obj) => super::finalizer::cleanup(obj, &ctx).await,
            }
        })
        .await
        .map_err(|e| match e {
            kube::runtime::finalizer::Error::ApplyFailed(e)
            | kube::runtime::finalizer::Error::CleanupFailed(e) => e,
            other => Error::Finalizer(other.to_string()),
        })
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
    /// Failed: requeue after the retry interval.
    Retry,
    /// Stalled: wait for a spec change.
    Never,
    /// Interrupted by a newer trigger: run again at once.
    Now,
}

pub async fn apply(obj: Arc<Kustomization>, ctx: Arc<KustomizeContext>) -> Result<Action, Error> {
    let ns = obj.namespace().ok_or(Error::MissingMetadata("namespace"))?;
    let name = obj.name_any();
    if obj.spec.suspend == Some(true) {
        info!("reconciliation is suspended for this object");
        return Ok(Action::await_change());
    }
    let started = Instant::now();
    let api: Api<Kustomization> = Api::namespaced(ctx.base.client.clone(), &ns);
    let st = obj.status.clone().unwrap_or_default();
    let was_ready = is_true(&st, conditions::READY);
    let mut attempt = Attempt {
        obj: obj.clone(),
        ns: ns.clone(),
        ctx: ctx.clone(),
        api: api.clone(),
        st,
        changed: false,
        revision: None,
        routine: false,
        mark: ctx.interrupts.mark(&super::key_of(&obj)),
    };
    let (next, ok, timing) = match Timing::of(&obj) {
        Ok(timing) => {
            let outcome = attempt.run(&timing, started).await;
            let ok = outcome.is_ok();
            (attempt.conclude(outcome).await, ok, timing)
        }
        Err(e) => (Ok(attempt.stall(&e).await), false, fallback_timing()),
    };
    let Attempt {
        changed,
        revision,
        mut st,
        ..
    } = attempt;
    finalize_status(&mut st, &obj);
    ctx.base.record("Kustomization", &ns, &name, started, ok);
    patch_status(&api, &name, FIELD_MANAGER, &st)
        .await
        .map_err(|source| Error::PatchStatus {
            key: format!("{ns}/{name}"),
            source,
        })?;
    let next = next?;
    if ok && (changed || !was_ready) {
        let msg = format!(
            "Reconciliation finished in {}, next run in {}",
            crate::duration::format(started.elapsed()),
            crate::duration::format(timing.interval)
        );
        info!(revision = revision.as_deref().unwrap_or_default(), "{msg}");
        ctx.base
            .recorder
            .publish(
                &*obj,
                EventType::Normal,
                conditions::RECONCILIATION_SUCCEEDED,
                &msg,
                revision.as_deref(),
            )
            .await;
    }
    Ok(match next {
        Next::Interval => Action::requeue(timing.interval),
        Next::Dependency => Action::requeue(ctx.opts.requeue_dependency),
        Next::Retry => Action::requeue(timing.retry),
        Next::Never => Action::await_change(),
        Next::Now => Action::requeue(std::time::Duration::ZERO),
    })
}

/// Flux's last status step: the reconcile request is handled; success clears Reconciling and records the
/// generation; a failure keeps Reconciling as `ProgressingWithRetry`.
fn finalize_status(st: &mut KustomizationStatus, obj: &Kustomization) {
    if let Some(v) = requested_at(obj) {
        st.last_handled_reconcile_at = Some(v);
    }
    let conds = st.conditions.get_or_insert_with(Vec::new);
    if conds
        .iter()
        .any(|c| c.type_ == conditions::READY && c.status == "True")
    {
        remove_condition(conds, conditions::RECONCILING);
        st.observed_generation = obj.metadata.generation;
    } else if conds
        .iter()
        .any(|c| c.type_ == conditions::READY && c.status == "False")
    {
        for c in conds
            .iter_mut()
            .filter(|c| c.type_ == conditions::RECONCILING)
        {
            c.reason = conditions::PROGRESSING_WITH_RETRY.to_string();
        }
    }
}

/// The reason Flux gives a Kustomization's events: the Ready condition's current reason.
pub(super) fn event_reason(st: &KustomizationStatus) -> &str {
    st.conditions
        .iter()
        .flatten()
        .find(|c| c.type_ == conditions::READY)
        .map_or(conditions::PROGRESSING, |c| c.reason.as_str())
}

fn is_true(st: &KustomizationStatus, type_: &str) -> bool {
    st.conditions
        .iter()
        .flatten()
        .any(|c| c.type_ == type_ && c.status == "True")
}

/// The state of one reconcile attempt. It owns what it holds: the reconcile future must be `Send` for any
/// lifetime, which borrowed fields held across awaits defeat.
struct Attempt {
    obj: Arc<Kustomization>,
    ns: String,
    ctx: Arc<KustomizeContext>,
    api: Api<Kustomization>,
    st: KustomizationStatus,
    /// Objects were created, configured or deleted, or a new revision was applied.
    changed: bool,
    /// The source revision being applied.
    revision: Option<String>,
    /// A periodic re-apply of the revision already applied at this generation: progress is not written to
    /// the API server (only the final status is), which keeps a no-op reconcile at a handful of requests.
    routine: bool,
    /// Trigger count when this attempt started: a later trigger cancels its health check.
    mark: u64,
}

impl Attempt {
    fn generation(&self) -> Option<i64> {
        self.obj.metadata.generation
    }

    fn conds(&mut self) -> &mut Vec<k8s_openapi::apimachinery::pkg::apis::meta::v1::Condition> {
        self.st.conditions.get_or_insert_with(Vec::new)
    }

    /// Writes the in-progress status so `kubectl get` and `flux get` show the step.
    async fn progress(&mut self, message: &str) {
        let g = self.generation();
        set_condition(
            self.conds(),
            conditions::RECONCILING,
            "True",
            conditions::PROGRESSING,
            message,
            g,
        );
        if self.routine {
            return;
        }
        let name = self.obj.name_any();
        if let Err(e) = patch_status(&self.api, &name, FIELD_MANAGER, &self.st).await {
            warn!(error = %e, "failed to patch the progress status");
        }
    }

    async fn event(&self, type_: EventType, message: &str) {
        let reason = event_reason(&self.st).to_string();
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

    /// Marks a terminal error: Ready=False and Stalled=True, with an event.
    async fn stall(&mut self, e: &Error) -> Next {
        let g = self.generation();
        mark_stalled(self.conds(), e.reason(), &e.to_string(), g);
        self.st.observed_generation = g;
        warn!(error = %e, reason = e.reason(), "reconciliation stalled");
        self.event(EventType::Warning, &e.to_string()).await;
        Next::Never
    }

    /// Turns the attempt's outcome into conditions, events and the requeue decision.
    async fn conclude(&mut self, outcome: Result<(), Error>) -> Result<Next, Error> {
        let e = match outcome {
            Ok(()) => return Ok(Next::Interval),
            Err(e) => e,
        };
        if e.is_stalled() {
            return Ok(self.stall(&e).await);
        }
        let g = self.generation();
        set_condition(
            self.conds(),
            conditions::READY,
            "False",
            e.reason(),
            &e.to_string(),
            g,
        );
        match &e {
            Error::NoArtifact(_) | Error::SourceNotFound(_) => {
                info!(reason = e.reason(), "{e}");
                Ok(if matches!(e, Error::NoArtifact(_)) {
                    Next::Dependency
                } else {
                    Next::Retry
                })
            }
            Error::HealthCanceled(by) => {
                let msg =
                    format!("Health checks canceled due to new reconciliation triggered by {by}");
                info!("{msg}");
                self.event(EventType::Normal, &msg).await;
                Ok(Next::Now)
            }
            Error::DependencyNotReady(_) => {
                let msg = format!(
                    "Dependencies do not meet ready condition, retrying in {}",
                    crate::duration::format(self.ctx.opts.requeue_dependency)
                );
                info!("{msg}");
                self.event(EventType::Normal, &msg).await;
                Ok(Next::Dependency)
            }
            _ => {
                warn!(error = %e, reason = e.reason(), "reconciliation failed");
                self.event(EventType::Warning, &e.to_string()).await;
                Ok(Next::Retry)
            }
        }
    }

    async fn run(&mut self, timing: &Timing, started: Instant) -> Result<(), Error> {
        let exprs = health_expressions(&self.obj)?;
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
        self.revision = Some(revision.clone());
        self.routine = is_true(&self.st, conditions::READY)
            && self.st.observed_generation == self.generation()
            && self.st.last_applied_revision.as_deref() == Some(revision.as_str());
        if self
            .obj
            .spec
            .depends_on
            .as_ref()
            .is_some_and(|d| !d.is_empty())
        {
            dependencies::check(&self.ctx.base.client, &self.obj, &self.ns, &revision).await?;
            info!("All dependencies are ready, proceeding with reconciliation");
        }
        self.inner(&artifact, &exprs, timing, started).await
    }

    async fn inner(
        &mut self,
        artifact: &Artifact,
        exprs: &health::Expressions,
        timing: &Timing,
        started: Instant,
    ) -> Result<(), Error> {
        let revision = artifact.revision.clone();
        let timeout = crate::duration::format(timing.timeout);
        let g = self.generation();
        set_condition(
            self.conds(),
            conditions::READY,
            "Unknown",
            conditions::PROGRESSING,
            "Reconciliation in progress",
            g,
        );
        self.progress(&format!(
            "Fetching manifests for revision {revision} with a timeout of {timeout}"
        ))
        .await;
        let old_inventory = inventory_refs(self.st.inventory.as_ref());

        let tmp = tempfile::Builder::new()
            .prefix("kustomization-")
            .tempdir()
            .map_err(|e| Error::Artifact(format!("tmp dir error: {e}")))?;
        crate::artifact::fetch::fetch_and_unpack(
            &self.ctx.base.storage,
            artifact,
            tmp.path(),
            timing.timeout,
        )
        .await
        .map_err(|e| Error::Artifact(e.to_string()))?;
        let path = self.obj.spec.path.clone().unwrap_or_default();
        let dir = crate::artifact::secure_join(tmp.path(), &path)
            .map_err(|e| Error::Artifact(e.to_string()))?;
        if !dir.is_dir() {
            return Err(Error::Artifact(format!(
                "kustomization path not found: stat {}: no such file or directory",
                dir.display()
            )));
        }

        self.st.last_attempted_revision = Some(revision.clone());
        self.progress(&format!(
            "Building manifests for revision {revision} with a timeout of {timeout}"
        ))
        .await;
        let target = self.ctx.target(&self.obj, &self.ns).await?;
        // One JSON form of the object serves the build and the drift-ignore rules.
        let ks_json = serde_json::to_value(&*self.obj).map_err(|e| Error::Build(e.to_string()))?;
        let built =
            build::build(&self.ctx, &self.obj, &ks_json, &self.ns, tmp.path(), &dir).await?;
        let digest = format!(
            "sha256:{}",
            hex::encode(Sha256::digest(built.yaml.as_bytes()))
        );
        let mut history_meta = BTreeMap::from([("revision".to_string(), revision.clone())]);
        if let Some(origin) = origin_revision(artifact) {
            history_meta.insert("originRevision".to_string(), origin);
        }

        self.progress(&format!(
            "Detecting drift for revision {revision} with a timeout of {timeout}"
        ))
        .await;
        let drift_ignore =
            IgnoreRules::from_kustomization(&ks_json).map_err(|e| Error::Apply(e.to_string()))?;
        let opts = ApplyOptions {
            field_manager: super::APPLY_MANAGER.to_string(),
            force: self.obj.spec.force.unwrap_or(false),
            wait_timeout: timing.timeout,
            concurrency: self.ctx.opts.concurrent_ssa,
            owner_labels: owner_labels(&self.obj, &self.ns),
            drift_ignore: Arc::new(drift_ignore),
            disallowed_managers: self.ctx.opts.disallowed_field_managers.clone(),
        };
        let result = target.applier.apply_all_staged(built.objects, &opts).await;
        let change_set = match result {
            Ok(cs) => cs,
            Err(e) => {
                // Keep what was applied before the failure in the inventory, so a later prune or deletion
                // still finds it: nothing applied goes unrecorded.
                let partial: Vec<ObjectRef> = e
                    .change_set
                    .entries
                    .iter()
                    .filter(|c| c.action != Change::Skipped)
                    .map(|c| c.object.clone())
                    .collect();
                self.st.inventory = Some(to_inventory(
                    old_inventory.iter().chain(partial.iter()).cloned(),
                ));
                record(
                    &mut self.st,
                    &digest,
                    started,
                    conditions::RECONCILIATION_FAILED,
                    &history_meta,
                );
                let log = e.change_set.changes_only().to_string();
                return Err(Error::Apply(if log.is_empty() {
                    e.to_string()
                } else {
                    format!("{e}\n{log}")
                }));
            }
        };
        let applied_log = change_set.changes_only().to_string();
        if !applied_log.is_empty() {
            self.changed = true;
            info!(revision = %revision, output = %applied_log, "server-side apply completed");
            self.event(EventType::Normal, &applied_log).await;
        }
        let new_inventory: Vec<ObjectRef> = change_set
            .entries
            .iter()
            .map(|c| c.object.clone())
            .collect();
        self.st.inventory = Some(to_inventory(new_inventory.iter().cloned()));

        let keep: BTreeSet<String> = new_inventory.iter().map(ObjectRef::inventory_id).collect();
        let stale: Vec<ObjectRef> = old_inventory
            .into_iter()
            .filter(|o| !keep.contains(&o.inventory_id()))
            .collect();
        if self.obj.spec.prune && !stale.is_empty() {
            match target.applier.delete_all(&stale, &opts).await {
                Ok(deleted) => {
                    let log = deleted.changes_only().to_string();
                    if !log.is_empty() {
                        self.changed = true;
                        info!(revision = %revision, output = %log, "garbage collection completed");
                        self.event(EventType::Normal, &log).await;
                    }
                }
                Err(e) => {
                    let survivors = e.not_deleted.clone();
                    self.st.inventory = Some(to_inventory(
                        new_inventory.iter().chain(survivors.iter()).cloned(),
                    ));
                    record(
                        &mut self.st,
                        &digest,
                        started,
                        conditions::PRUNE_FAILED,
                        &history_meta,
                    );
                    return Err(Error::Prune(e.to_string()));
                }
            }
        }

        let is_new_revision = self.st.last_applied_revision.as_deref() != Some(revision.as_str());
        if is_new_revision {
            self.changed = true;
        }
        if let Err(e) = self
            .check_health(
                &target.client,
                &change_set,
                exprs,
                timing,
                &revision,
                is_new_revision && !applied_log.is_empty(),
            )
            .await
        {
            record(
                &mut self.st,
                &digest,
                started,
                conditions::HEALTH_CHECK_FAILED,
                &history_meta,
            );
            return Err(e);
        }

        self.st.last_applied_revision = Some(revision.clone());
        self.st.last_applied_origin_revision = origin_revision(artifact);
        let g = self.generation();
        mark_ready(
            self.conds(),
            conditions::RECONCILIATION_SUCCEEDED,
            &format!("Applied revision: {revision}"),
            g,
        );
        record(
            &mut self.st,
            &digest,
            started,
            conditions::RECONCILIATION_SUCCEEDED,
            &history_meta,
        );
        Ok(())
    }

    /// Step 14: waits for the health of `spec.healthChecks`, or of everything applied with `spec.wait`.
    async fn check_health(
        &mut self,
        client: &kube::Client,
        change_set: &crate::apply::ChangeSet,
        exprs: &health::Expressions,
        timing: &Timing,
        revision: &str,
        drifted: bool,
    ) -> Result<(), Error> {
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
        // Never wait for ourselves: that would deadlock.
        let targets: Vec<health::Target> = targets
            .into_iter()
            .filter(|t| !(t.kind == "Kustomization" && t.name == own.0 && t.namespace == own.1))
            .collect();
        if targets.is_empty() {
            remove_condition(self.conds(), conditions::HEALTHY);
            return Ok(());
        }
        let was_healthy = is_true(&self.st, conditions::HEALTHY);
        let message = format!(
            "Running health checks for revision {revision} with a timeout of {}",
            crate::duration::format(timing.timeout)
        );
        let g = self.generation();
        set_condition(
            self.conds(),
            conditions::HEALTHY,
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
            r = health::wait(client, &targets, exprs, timing.timeout) => r,
            by = self.ctx.interrupts.after(&key, self.mark, own_spec) => {
                return Err(Error::HealthCanceled(by));
            }
        };
        if let Err(e) = waited {
            let g = self.generation();
            set_condition(
                self.conds(),
                conditions::HEALTHY,
                "False",
                conditions::HEALTH_CHECK_FAILED,
                &e.to_string(),
                g,
            );
            return Err(Error::Health(format!(
                "health check failed after {}: {e}",
                crate::duration::format(started.elapsed())
            )));
        }
        let msg = format!(
            "Health check passed in {}",
            crate::duration::format(started.elapsed())
        );
        set_condition(
            self.conds(),
            conditions::HEALTHY,
            "True",
            conditions::SUCCEEDED,
            &msg,
            g,
        );
        if !was_healthy || drifted {
            self.event(EventType::Normal, &msg).await;
        }
        Ok(())
    }
}

/// Records the outcome of this attempt in `status.history`.
fn record(
    st: &mut KustomizationStatus,
    digest: &str,
    started: Instant,
    reason: &str,
    meta: &BTreeMap<String, String>,
) {
    history::upsert(
        st.history.get_or_insert_with(Vec::new),
        digest,
        started.elapsed(),
        reason,
        meta.clone(),
    );
}

/// Compiles `spec.healthCheckExprs`; an invalid expression stalls the object.
fn health_expressions(obj: &Kustomization) -> Result<health::Expressions, Error> {
    let exprs: Vec<health::HealthCheckExpr> = obj
        .spec
        .health_check_exprs
        .iter()
        .flatten()
        .map(|e| health::HealthCheckExpr {
            api_version: e.api_version.clone(),
            kind: e.kind.clone(),
            current: e.current.clone(),
            in_progress: e.in_progress.clone(),
            failed: e.failed.clone(),
        })
        .collect();
    health::Expressions::compile(&exprs).map_err(|e| Error::InvalidCel(e.to_string()))
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

#[cfg(test)]
mod tests {
    use super::*;

    fn ks(interval: &str, timeout: Option<&str>) -> Kustomization {
        let mut k = Kustomization::new("a", Default::default());
        k.spec.interval = interval.into();
        k.spec.timeout = timeout.map(str::to_string);
        k
    }

    #[test]
    fn failure_keeps_reconciling_with_retry_and_success_records_generation() {
        let mut k = ks("1m", None);
        k.metadata.generation = Some(3);
        let mut st = KustomizationStatus::default();
        let conds = st.conditions.get_or_insert_with(Vec::new);
        set_condition(
            conds,
            conditions::RECONCILING,
            "True",
            conditions::PROGRESSING,
            "x",
            Some(3),
        );
        set_condition(
            conds,
            conditions::READY,
            "False",
            conditions::BUILD_FAILED_REASON,
            "y",
            Some(3),
        );
        finalize_status(&mut st, &k);
        let reconciling = st
            .conditions
            .iter()
            .flatten()
            .find(|c| c.type_ == conditions::RECONCILING)
            .map(|c| c.reason.clone());
        assert_eq!(
            reconciling.as_deref(),
            Some(conditions::PROGRESSING_WITH_RETRY)
        );
        assert_eq!(st.observed_generation, None);
        mark_ready(
            st.conditions.get_or_insert_with(Vec::new),
            "ReconciliationSucceeded",
            "ok",
            Some(3),
        );
        finalize_status(&mut st, &k);
        assert_eq!(st.observed_generation, Some(3));
    }
}
