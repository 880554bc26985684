//! Server-side apply engine of the Kustomization controller: staged apply with drift detection,
//! prune, and deletion waits, behaving like Flux's `ssa` ResourceManager.
//!
//! Start with [`Applier`]: build one per cluster client and keep it for the life of the
//! controller, because it caches discovery and what it last applied.
//!
//! # Apply
//! [`Applier::apply_all_staged`] applies manifests in Flux's stages (cluster definitions, then
//! `*Class` kinds, then the rest), each object by server-side apply with field manager
//! [`ApplyOptions::field_manager`] and forced ownership. Per object it dry-runs, compares with the
//! live object and only applies what changed, reporting `created`, `configured`, `unchanged` or
//! `skipped` in a [`ChangeSet`]. Edits made with kubectl are taken over and reverted.
//!
//! # Fewer API calls than Flux
//! Flux dry-runs every object on every reconcile. The Applier remembers, per object, the digest
//! of the manifest it applied and the live resourceVersion afterwards; a later apply first LISTs
//! object metadata once per (kind, namespace) and reports every object whose digest and
//! resourceVersion still match as `unchanged` without any other request. Any write to the object
//! bumps its resourceVersion, so drift is still caught.
//!
//! # Diff
//! [`Applier::plan`] runs only the read-only half (GET + dry-run) and returns live and dry-run
//! objects for `flux diff kustomization`.
//!
//! # Prune and delete
//! [`Applier::delete_all`] deletes stale inventory objects that still carry the owner labels and
//! are not opted out; [`Applier::wait_deleted`] waits for them to disappear.
//!
//! RBAC: discovery, and `get`, `list`, `patch`, `delete` on every applied kind.

mod cache;
mod changeset;
mod cleanup;
mod delete;
mod diff;
mod discovery;
mod error;
mod fast_path;
pub mod ignore;
mod object_ref;
mod opt_out;
mod ssa;
mod staging;
mod wait;

use std::collections::{BTreeMap, HashSet};
use std::time::Duration;

use futures::{StreamExt, stream};
use serde_json::Value;

pub use changeset::{Action, Change, ChangeSet};
pub use error::{ApplyError, DeleteError, Error};
pub use object_ref::ObjectRef;
pub use opt_out::{FORCE_KEY, PRUNE_KEY, RECONCILE_KEY, SSA_KEY};

use cache::ApplyCache;
use discovery::Resolver;
use ssa::Desired;
use staging::Stage;

/// Field manager of Flux's kustomize-controller; keeping it lets us take over objects Flux
/// applied without conflicts.
pub const DEFAULT_FIELD_MANAGER: &str = "kustomize-controller";

/// How to apply one set of manifests.
#[derive(Clone, Debug)]
pub struct ApplyOptions {
    /// Server-side apply field manager, `kustomize-controller` by default.
    pub field_manager: String,
    /// `spec.force`: recreate objects whose change touches an immutable field.
    pub force: bool,
    /// How long stages 1 and 2 wait for their objects to become ready (and force-recreate waits
    /// for the old object to go).
    pub wait_timeout: Duration,
    /// Objects evaluated/applied in parallel within a stage (`--concurrent-ssa`, default 4).
    pub concurrency: usize,
    /// `kustomize.toolkit.fluxcd.io/name` and `/namespace` of the owning Kustomization. Used to
    /// select objects in the no-op LIST, and prune deletes only objects carrying all of them.
    pub owner_labels: BTreeMap<String, String>,
    /// `spec.ignore`: fields whose in-cluster values are kept instead of corrected.
    pub drift_ignore: std::sync::Arc<ignore::IgnoreRules>,
    /// `--disallowed-field-managers`: managers whose edits are reverted like kubectl's.
    pub disallowed_managers: Vec<String>,
}

impl Default for ApplyOptions {
    fn default() -> Self {
        Self {
            field_manager: DEFAULT_FIELD_MANAGER.to_string(),
            force: false,
            wait_timeout: Duration::from_secs(60),
            concurrency: 4,
            owner_labels: BTreeMap::new(),
            drift_ignore: Default::default(),
            disallowed_managers: Vec::new(),
        }
    }
}

/// What applying one object would do, for printing a diff. `live` and `dry_run` have
/// managedFields, status and other server bookkeeping removed.
#[derive(Clone, Debug)]
pub struct Planned {
    pub object: ObjectRef,
    pub action: Action,
    /// The object as it is in the cluster, `None` if absent.
    pub live: Option<Value>,
    /// The object as it would be after applying, `None` for skipped objects.
    pub dry_run: Option<Value>,
}

/// The apply engine for one cluster (one client identity). Cheap to share behind an `Arc`.
pub struct Applier {
    client: kube::Client,
    resolver: Resolver,
    cache: ApplyCache,
}

impl Applier {
    pub fn new(client: kube::Client) -> Self {
        Self {
            resolver: Resolver::new(client.clone()),
            client,
            cache: ApplyCache::default(),
        }
    }

    /// Flux's `ApplyAllStaged`: stage 1 CRDs, Namespaces and ClusterRoles (apply, then wait until
    /// ready), stage 2 `*Class` kinds (apply, then wait), then everything else. Objects are sorted
    /// in Flux's kind order within a stage and processed `opts.concurrency` at a time.
    ///
    /// Only objects created or configured in a stage are waited for: unchanged ones were ready
    /// when they were last applied.
    pub async fn apply_all_staged(
        &self,
        objects: Vec<Value>,
        opts: &ApplyOptions,
    ) -> Result<ChangeSet, ApplyError> {
        for obj in &objects {
            ObjectRef::from_object(obj)?;
        }
        let mut stages: BTreeMap<Stage, Vec<Value>> = BTreeMap::new();
        for obj in objects {
            stages.entry(staging::stage_of(&obj)).or_default().push(obj);
        }

        // Kinds defined by CRDs in this set: discovery may lag behind their Established
        // condition, so resolving them is retried briefly.
        let new_kinds: Vec<(String, String)> = stages
            .values()
            .flatten()
            .filter_map(crd_group_kind)
            .collect();

        let mut done = ChangeSet::default();
        for (stage, manifests) in stages {
            let desired = match self.prepare_all(manifests, &new_kinds).await {
                Ok(d) => d,
                Err(e) => return Err(ApplyError::new(e, done)),
            };
            let (entries, failure) = self.apply_stage(&desired, opts).await;
            let changed: Vec<(ObjectRef, discovery::Resolved)> = entries
                .entries
                .iter()
                .filter(|c| matches!(c.action, Action::Created | Action::Configured))
                .filter_map(|c| {
                    let d = desired.iter().find(|d| d.object == c.object)?;
                    Some((c.object.clone(), d.resolved.clone()))
                })
                .collect();
            done.extend(entries);
            if let Some(e) = failure {
                return Err(ApplyError::new(e, done));
            }
            if stage.waits()
                && !changed.is_empty()
                && let Err(e) = wait::wait_ready(&self.client, &changed, opts.wait_timeout).await
            {
                return Err(ApplyError::new(e, done));
            }
        }
        Ok(done)
    }

    /// Validates, resolves and sorts the manifests of one stage.
    async fn prepare_all(
        &self,
        manifests: Vec<Value>,
        new_kinds: &[(String, String)],
    ) -> Result<Vec<Desired>, Error> {
        let mut desired = Vec::with_capacity(manifests.len());
        for m in manifests {
            let retry =
                ObjectRef::from_object(&m).is_ok_and(|o| new_kinds.contains(&(o.group, o.kind)));
            desired.push(Desired::prepare(m, &self.resolver, retry).await?);
        }
        desired.sort_by(|a, b| staging::compare(&(&a.object).into(), &(&b.object).into()));
        Ok(desired)
    }

    /// Applies one sorted stage. Returns the entries of the objects handled and the first
    /// failure, if any. On failure the entries are only the objects whose real apply succeeded.
    async fn apply_stage(
        &self,
        desired: &[Desired],
        opts: &ApplyOptions,
    ) -> (ChangeSet, Option<Error>) {
        let concurrency = opts.concurrency.max(1);
        let known_unchanged: HashSet<usize> = fast_path::unchanged_by_cache(
            &self.client,
            &self.cache,
            desired,
            &opts.owner_labels,
            concurrency,
        )
        .await;

        // Dry-run everything not known to be unchanged; nothing is applied until all passed,
        // so a rejected object leaves the stage untouched (as in Flux).
        let evaluated: Vec<(usize, Result<ssa::Evaluated, Error>)> =
            stream::iter((0..desired.len()).filter(|i| !known_unchanged.contains(i)))
                .map(|i| async move {
                    (
                        i,
                        ssa::evaluate(&self.client, &desired[i], opts, true).await,
                    )
                })
                .buffered(concurrency)
                .collect()
                .await;

        let mut actions: Vec<Option<Action>> = vec![None; desired.len()];
        for i in &known_unchanged {
            actions[*i] = Some(Action::Unchanged);
        }
        let mut to_apply = Vec::new();
        let mut first_error = None;
        for (i, result) in evaluated {
            let d = &desired[i];
            match result {
                Ok(ev) => {
                    if ev.action == Action::Unchanged {
                        let rv = ev
                            .live
                            .as_ref()
                            .map(ssa::resource_version)
                            .unwrap_or_default();
                        self.cache.record(&d.object, &d.digest, &rv);
                    }
                    if ev.needs_apply {
                        to_apply.push((i, ev.manifest));
                    }
                    actions[i] = Some(ev.action);
                }
                Err(e) => {
                    self.cache.forget(&d.object);
                    if matches!(e, Error::UnknownKind { .. }) {
                        self.resolver.forget(&d.object).await;
                    }
                    first_error.get_or_insert(e);
                }
            }
        }
        if let Some(e) = first_error {
            return (ChangeSet::default(), Some(e));
        }

        let applied: Vec<(usize, Result<String, Error>)> = stream::iter(to_apply)
            .map(|(i, adjusted)| async move {
                let manifest = adjusted.as_ref().unwrap_or(&desired[i].manifest);
                (
                    i,
                    ssa::apply(&self.client, &desired[i], manifest, opts).await,
                )
            })
            .buffered(concurrency)
            .collect()
            .await;
        let mut failed = HashSet::new();
        for (i, result) in applied {
            let d = &desired[i];
            match result {
                Ok(rv) => self.cache.record(&d.object, &d.digest, &rv),
                Err(e) => {
                    self.cache.forget(&d.object);
                    failed.insert(i);
                    first_error.get_or_insert(e);
                }
            }
        }

        let mut entries = ChangeSet::default();
        for (i, action) in actions.into_iter().enumerate() {
            let Some(action) = action else { continue };
            let partial_ok =
                matches!(action, Action::Created | Action::Configured) && !failed.contains(&i);
            if first_error.is_none() || partial_ok {
                entries.push(desired[i].object.clone(), action);
            }
        }
        (entries, first_error)
    }

    /// Dry-run only, for `flux diff kustomization`: per object, in the order given, the action
    /// that would happen, the live object and the dry-run result (both without server noise), or
    /// why the object could not be evaluated. Nothing is written. One failed object does not stop
    /// the others (Flux gathers the errors so every diff is shown).
    ///
    /// Custom resources whose CRD is in the same set but not yet in the cluster are reported as
    /// `created` with the manifest as the dry-run result, since the server cannot dry-run them.
    ///
    /// Costs one GET and one dry-run PATCH per object, `opts.concurrency` at a time.
    pub async fn plan(
        &self,
        objects: Vec<Value>,
        opts: &ApplyOptions,
    ) -> Vec<Result<Planned, Error>> {
        let pending_crds: Vec<(String, String)> =
            objects.iter().filter_map(crd_group_kind).collect();
        let pending_crds = &pending_crds;
        stream::iter(objects)
            .map(|m| async move {
                let object = ObjectRef::from_object(&m)?;
                let d = match Desired::prepare(m.clone(), &self.resolver, false).await {
                    Ok(d) => d,
                    Err(Error::UnknownKind { .. })
                        if pending_crds.contains(&(object.group.clone(), object.kind.clone())) =>
                    {
                        return Ok(Planned {
                            object,
                            action: Action::Created,
                            live: None,
                            dry_run: Some(m),
                        });
                    }
                    Err(e) => return Err(e),
                };
                let ev = ssa::evaluate(&self.client, &d, opts, false).await?;
                Ok(Planned {
                    object: d.object,
                    action: ev.action,
                    live: ev.live.as_ref().map(diff::strip_noise),
                    dry_run: ev.dry_run.as_ref().map(diff::strip_noise),
                })
            })
            .buffered(opts.concurrency.max(1))
            .collect()
            .await
    }

    /// Waits until none of `refs` exists (deletionPolicy `WaitForTermination`), polling every
    /// 500ms up to `timeout`.
    pub async fn wait_deleted(
        &self,
        refs: &[ObjectRef],
        timeout: Duration,
    ) -> Result<(), ApplyError> {
        wait::wait_deleted(&self.client, &self.resolver, refs, timeout)
            .await
            .map_err(ApplyError::from)
    }
}

/// Sorts object references in Flux's apply order (kinds first by rank, then namespace and name),
/// the order Flux lists stale objects in.
pub fn sort_refs(refs: &mut [ObjectRef]) {
    refs.sort_by(|a, b| staging::compare(&a.into(), &b.into()));
}

/// (spec.group, spec.names.kind) of a CRD manifest.
fn crd_group_kind(obj: &Value) -> Option<(String, String)> {
    if obj.get("kind")?.as_str()? != "CustomResourceDefinition" {
        return None;
    }
    let group = obj.pointer("/spec/group")?.as_str()?;
    let kind = obj.pointer("/spec/names/kind")?.as_str()?;
    Some((group.to_string(), kind.to_string()))
}
