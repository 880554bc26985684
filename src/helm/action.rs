//! Helm's release actions — install, upgrade, uninstall — on our apply engine: hooks run in weight order with
//! their delete policies, objects are server-side applied (forcing conflicts, as helm-controller does), objects
//! dropped by an upgrade are deleted, readiness is awaited through the kstatus health engine, and every step is
//! recorded in Helm's release storage so `helm` and helm-controller read the same history.

use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

use k8s_openapi::api::batch::v1::Job;
use k8s_openapi::api::core::v1::Pod;
use kube::api::Api;
use serde_json::{Map, Value, json};

use crate::apply::{self, Applier, ApplyOptions, ChangeSet, ObjectRef};
use crate::health;

use super::release::{self, Hook, Info, Release, go_time_now, status};
use super::render::RenderedRelease;
use super::storage::{Storage, StorageError};

/// Helm's annotation asking to keep an object when its release drops it or is uninstalled.
const RESOURCE_POLICY: &str = "helm.sh/resource-policy";
/// The hook delete policy Helm applies when a hook names none.
const BEFORE_HOOK_CREATION: &str = "before-hook-creation";
/// How often a running hook's Job or Pod is looked at.
const HOOK_POLL: Duration = Duration::from_millis(500);

/// Where a release lives and how it is written.
pub struct Target<'a> {
    /// Release name (already shortened).
    pub name: &'a str,
    /// Namespace of the release's objects.
    pub namespace: &'a str,
    /// Storage of the release records.
    pub storage: &'a Storage,
    /// The cluster the release's objects go to, as the identity that applies them.
    pub client: &'a kube::Client,
    /// The apply engine over `client`.
    pub applier: &'a Applier,
}

/// Options shared by the actions, from the HelmRelease's spec.
#[derive(Debug, Clone)]
pub struct ActionOptions {
    /// The action's timeout (hooks and waits).
    pub timeout: Duration,
    /// Wait for the objects to become ready.
    pub wait: bool,
    /// Skip hooks.
    pub disable_hooks: bool,
    /// Server-side apply field manager.
    pub field_manager: String,
    /// Labels put on every object (helm-controller's origin labels); also select what the actions delete.
    pub owner_labels: BTreeMap<String, String>,
    /// Revisions kept (0 = all).
    pub max_history: usize,
    /// Description written on success (`Install complete`, `Upgrade complete`).
    pub description: Option<String>,
    /// What happens to the chart's `crds/`.
    pub crds: CrdPolicy,
    /// `spec.healthCheckExprs`: how the wait judges custom resources kstatus cannot.
    pub health: std::sync::Arc<health::Expressions>,
    /// `upgrade.cleanupOnFail`/`rollback.cleanupOnFail`: a failed action deletes the objects it created.
    pub cleanup_on_fail: bool,
}

/// `install.crds` / `upgrade.crds`: helm-controller defaults both to `Create`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CrdPolicy {
    /// Leave the chart's CRDs alone.
    Skip,
    /// Create the CRDs that do not exist; never touch existing ones.
    #[default]
    Create,
    /// Create or replace every CRD of the chart.
    CreateReplace,
}

/// What went wrong in an action. The failed release, when one was recorded, is returned beside it.
#[derive(Debug, thiserror::Error)]
pub enum ActionError {
    #[error(transparent)]
    Storage(#[from] StorageError),
    #[error("{0}")]
    Apply(#[source] Box<apply::ApplyError>),
    #[error("{0}")]
    Delete(#[source] Box<apply::DeleteError>),
    #[error("{event} hook {hook} failed: {message}")]
    Hook {
        event: String,
        hook: String,
        message: String,
    },
    #[error("{0}")]
    Wait(#[source] health::WaitError),
    #[error("cannot re-use a name that is still in use")]
    NameInUse,
    #[error("the release has no deployed revision to upgrade")]
    NothingToUpgrade,
    #[error("no release in storage to test")]
    NothingToTest,
    /// `cleanupOnFail` could not delete what the failed action created; Helm's wording.
    #[error(
        "an error occurred while cleaning up resources. original {action} error: {original}: {source}"
    )]
    CleanUp {
        /// `upgrade` or `rollback`.
        action: &'static str,
        original: Box<ActionError>,
        #[source]
        source: Box<apply::DeleteError>,
    },
}

/// A finished action: the release as recorded, and what was applied.
#[derive(Debug)]
pub struct Outcome {
    pub release: Release,
    pub changes: ChangeSet,
}

/// A failed action: the error, and the release record it left (`failed`), if it got that far.
#[derive(Debug)]
pub struct Failure {
    pub error: ActionError,
    pub release: Option<Release>,
}

impl From<ActionError> for Failure {
    fn from(error: ActionError) -> Self {
        Failure {
            error,
            release: None,
        }
    }
}

impl From<StorageError> for Failure {
    fn from(e: StorageError) -> Self {
        ActionError::from(e).into()
    }
}

/// A release about to be written: the rendered chart, the chart as stored and the user values.
pub struct Planned {
    pub rendered: RenderedRelease,
    pub chart: Value,
    pub config: Map<String, Value>,
}

fn new_release(
    target: &Target<'_>,
    plan: &Planned,
    version: i64,
    state: &str,
    what: &str,
) -> Release {
    let now = go_time_now();
    Release {
        name: target.name.to_string(),
        info: Some(Info {
            first_deployed: Some(now.clone()),
            last_deployed: Some(now),
            deleted: None,
            description: what.to_string(),
            status: state.to_string(),
            notes: plan.rendered.notes.clone(),
        }),
        chart: Some(plan.chart.clone()),
        config: plan.config.clone(),
        manifest: plan.rendered.manifest.clone(),
        hooks: plan.rendered.hooks.iter().map(|(h, _)| h.clone()).collect(),
        version,
        namespace: target.namespace.to_string(),
        apply_method: "ssa".to_string(),
    }
}

/// Installs a release: a `pending-install` record, pre-install hooks, the objects, the wait, post-install
/// hooks, then `deployed`. Fails when a live (not uninstalled) release of that name exists.
pub async fn install(
    target: &Target<'_>,
    plan: &Planned,
    opts: &ActionOptions,
) -> Result<Outcome, Failure> {
    let (client, applier) = (target.client, target.applier);
    let history = target.storage.history(target.name).await?;
    if history
        .iter()
        .any(|r| r.status() != status::UNINSTALLED && r.status() != status::FAILED)
    {
        return Err(ActionError::NameInUse.into());
    }
    let version = history.last().map(|r| r.version + 1).unwrap_or(1);
    let mut rel = new_release(
        target,
        plan,
        version,
        status::PENDING_INSTALL,
        "Initial install underway",
    );
    target.storage.create(&rel).await?;
    let result = release_objects(
        client,
        applier,
        target,
        &mut rel,
        plan,
        None,
        ("pre-install", "post-install"),
        opts,
        &mut Vec::new(),
    )
    .await;
    finish(
        target,
        rel,
        result,
        opts.description.as_deref().unwrap_or("Install complete"),
        |name, e| format!("Release {name:?} failed: {e}"),
        None,
        opts,
    )
    .await
}

/// Upgrades the release: a new `pending-upgrade` revision, pre-upgrade hooks, the objects (deleting those
/// the new revision no longer has), the wait, post-upgrade hooks; then the new revision is `deployed` and the
/// previous one `superseded`.
pub async fn upgrade(
    target: &Target<'_>,
    plan: &Planned,
    opts: &ActionOptions,
) -> Result<Outcome, Failure> {
    let (client, applier) = (target.client, target.applier);
    let history = target.storage.history(target.name).await?;
    let latest = history.last().ok_or(ActionError::NothingToUpgrade)?;
    let current = history
        .iter()
        .rev()
        .find(|r| r.status() == status::DEPLOYED)
        .cloned();
    let mut rel = new_release(
        target,
        plan,
        latest.version + 1,
        status::PENDING_UPGRADE,
        "Preparing upgrade",
    );
    if let Some(first) = current
        .as_ref()
        .and_then(|c| c.info.as_ref())
        .and_then(|i| i.first_deployed.clone())
        && let Some(info) = rel.info.as_mut()
    {
        info.first_deployed = Some(first);
    }
    target.storage.create(&rel).await?;
    let mut created = Vec::new();
    let result = release_objects(
        client,
        applier,
        target,
        &mut rel,
        plan,
        current.as_ref(),
        ("pre-upgrade", "post-upgrade"),
        opts,
        &mut created,
    )
    .await;
    let outcome = finish(
        target,
        rel,
        result,
        opts.description.as_deref().unwrap_or("Upgrade complete"),
        |name, e| format!("Upgrade {name:?} failed: {e}"),
        current,
        opts,
    )
    .await;
    clean_up_on_failure(target, outcome, &created, "upgrade", opts).await
}

/// With `cleanupOnFail`, deletes what a failed upgrade or rollback created (after its `failed` record is
/// written, as Helm does); a deletion that fails is reported together with the action's own error.
async fn clean_up_on_failure(
    target: &Target<'_>,
    outcome: Result<Outcome, Failure>,
    created: &[ObjectRef],
    action: &'static str,
    opts: &ActionOptions,
) -> Result<Outcome, Failure> {
    let Failure { error, release } = match outcome {
        Err(failure) if opts.cleanup_on_fail && !created.is_empty() => failure,
        other => return other,
    };
    let error = match target
        .applier
        .delete_all(created, &apply_options(opts))
        .await
    {
        Ok(_) => error,
        Err(e) => ActionError::CleanUp {
            action,
            original: Box::new(error),
            source: Box::new(e),
        },
    };
    Err(Failure { error, release })
}

/// What an apply created (Helm's `results.Created`): the objects `cleanupOnFail` deletes.
fn created_by(changes: &ChangeSet) -> Vec<ObjectRef> {
    changes
        .entries
        .iter()
        .filter(|c| c.action == apply::Action::Created)
        .map(|c| c.object.clone())
        .collect()
}

/// Records the end of an install or upgrade: `deployed` (and the previous revision `superseded`) or `failed`.
async fn finish(
    target: &Target<'_>,
    mut rel: Release,
    result: Result<ChangeSet, ActionError>,
    done: &str,
    failed: impl Fn(&str, &ActionError) -> String,
    previous: Option<Release>,
    opts: &ActionOptions,
) -> Result<Outcome, Failure> {
    match result {
        Ok(changes) => {
            if let Some(mut prev) = previous {
                set_status(&mut prev, status::SUPERSEDED, None);
                target.storage.update(&prev).await?;
            }
            set_status(&mut rel, status::DEPLOYED, Some(done.to_string()));
            target.storage.update(&rel).await?;
            target.storage.prune(target.name, opts.max_history).await?;
            Ok(Outcome {
                release: rel,
                changes,
            })
        }
        Err(error) => {
            let text = failed(target.name, &error);
            set_status(&mut rel, status::FAILED, Some(text));
            if let Err(e) = target.storage.update(&rel).await {
                tracing::warn!(release = %target.name, error = %e, "cannot record the failed release");
            }
            let _ = target.storage.prune(target.name, opts.max_history).await;
            Err(Failure {
                error,
                release: Some(rel),
            })
        }
    }
}

/// Marks a release left `pending-*` by an interrupted action as failed, so a new action may run (helm-controller's
/// unlock). Returns the release as stored.
pub async fn unlock(target: &Target<'_>, mut rel: Release) -> Result<Release, ActionError> {
    let was = rel.status().to_string();
    set_status(
        &mut rel,
        status::FAILED,
        Some(format!("Release unlocked from stale '{was}' state")),
    );
    target.storage.update(&rel).await?;
    Ok(rel)
}

fn set_status(rel: &mut Release, state: &str, description: Option<String>) {
    let info = rel.info.get_or_insert_with(Info::default);
    info.status = state.to_string();
    if let Some(d) = description {
        info.description = d;
    }
    if state == status::DEPLOYED {
        info.last_deployed = Some(go_time_now());
    }
}

/// Hooks, objects, deletion of what `previous` had and the new revision lacks, wait, hooks. `created` receives
/// the objects the apply created, also when a later step (or the apply itself, part way) fails.
#[allow(clippy::too_many_arguments)]
async fn release_objects(
    client: &kube::Client,
    applier: &Applier,
    target: &Target<'_>,
    rel: &mut Release,
    plan: &Planned,
    previous: Option<&Release>,
    (pre, post): (&str, &str),
    opts: &ActionOptions,
    created: &mut Vec<ObjectRef>,
) -> Result<ChangeSet, ActionError> {
    let hook_objects: Vec<Value> = plan.rendered.hooks.iter().map(|(_, o)| o.clone()).collect();
    let apply_opts = apply_options(opts);
    let crds = apply_crds(client, applier, &plan.rendered.crds, opts.crds, &apply_opts).await?;
    if !opts.disable_hooks {
        run_hooks(client, applier, target, rel, &hook_objects, pre, opts).await?;
    }
    let objects: Vec<Value> = plan
        .rendered
        .objects
        .iter()
        .map(|o| for_cluster(o.clone(), target))
        .collect();
    let mut changes = match applier.apply_all_staged(objects, &apply_opts).await {
        Ok(changes) => changes,
        Err(e) => {
            *created = created_by(&e.change_set);
            return Err(ActionError::Apply(Box::new(e)));
        }
    };
    *created = created_by(&changes);
    if let Some(prev) = previous {
        delete_dropped(applier, target, prev, &changes, &apply_opts).await?;
    }
    if opts.wait {
        wait_ready(client, &changes, &opts.health, opts.timeout).await?;
    }
    if !opts.disable_hooks {
        run_hooks(client, applier, target, rel, &hook_objects, post, opts).await?;
    }
    // The inventory lists the chart's CRDs too, first (as helm-controller's does).
    let mut all = crds;
    all.extend(std::mem::take(&mut changes));
    Ok(all)
}

/// Applies the chart's CRDs by `policy` before anything else (and waits until they are established, as the
/// apply engine does for CRDs). Returns them all as change-set entries, for the inventory: unchanged when
/// they existed and `Create` left them alone.
async fn apply_crds(
    client: &kube::Client,
    applier: &Applier,
    crds: &[Value],
    policy: CrdPolicy,
    opts: &ApplyOptions,
) -> Result<ChangeSet, ActionError> {
    let mut out = ChangeSet::default();
    if policy == CrdPolicy::Skip || crds.is_empty() {
        return Ok(out);
    }
    let api: Api<k8s_openapi::apiextensions_apiserver::pkg::apis::apiextensions::v1::CustomResourceDefinition> =
        Api::all(client.clone());
    let mut to_apply = Vec::new();
    for crd in crds {
        let Ok(reference) = ObjectRef::from_object(crd) else {
            continue;
        };
        let exists = matches!(api.get_opt(&reference.name).await, Ok(Some(_)));
        if exists && policy == CrdPolicy::Create {
            out.push(reference, apply::Action::Unchanged);
        } else {
            to_apply.push(crd.clone());
        }
    }
    if !to_apply.is_empty() {
        let applied = applier
            .apply_all_staged(to_apply, opts)
            .await
            .map_err(|e| ActionError::Apply(Box::new(e)))?;
        out.extend(applied);
    }
    Ok(out)
}

fn apply_options(opts: &ActionOptions) -> ApplyOptions {
    ApplyOptions {
        field_manager: opts.field_manager.clone(),
        wait_timeout: opts.timeout,
        owner_labels: opts.owner_labels.clone(),
        ..ApplyOptions::default()
    }
}

/// The object as Helm creates it: in the release namespace unless it names one, marked as the release's.
fn for_cluster(mut obj: Value, target: &Target<'_>) -> Value {
    let Some(meta) = obj.get_mut("metadata").and_then(Value::as_object_mut) else {
        return obj;
    };
    if meta
        .get("namespace")
        .and_then(Value::as_str)
        .is_none_or(str::is_empty)
    {
        meta.insert("namespace".into(), json!(target.namespace));
    }
    let labels = meta.entry("labels").or_insert_with(|| json!({}));
    if let Some(l) = labels.as_object_mut() {
        l.insert("app.kubernetes.io/managed-by".into(), json!("Helm"));
    }
    let annotations = meta.entry("annotations").or_insert_with(|| json!({}));
    if let Some(a) = annotations.as_object_mut() {
        a.insert("meta.helm.sh/release-name".into(), json!(target.name));
        a.insert(
            "meta.helm.sh/release-namespace".into(),
            json!(target.namespace),
        );
    }
    obj
}

/// The hook objects of a stored release, index for index with its `hooks` (`Null` where one cannot be read):
/// what uninstall and rollback run, since they have no fresh rendering.
fn stored_hook_objects(rel: &Release, target: &Target<'_>) -> Vec<Value> {
    rel.hooks
        .iter()
        .map(|h| {
            manifest_objects(&h.manifest, target)
                .into_iter()
                .next()
                .unwrap_or(Value::Null)
        })
        .collect()
}

/// The objects of a manifest text, as `for_cluster` would apply them.
pub fn manifest_objects(manifest: &str, target: &Target<'_>) -> Vec<Value> {
    let mut out = Vec::new();
    for doc in yaml_serde::Deserializer::from_str(manifest) {
        if let Ok(v) = <Value as serde::Deserialize>::deserialize(doc)
            && v.is_object()
        {
            out.push(for_cluster(v, target));
        }
    }
    out
}

fn keeps(obj: &Value) -> bool {
    obj.pointer("/metadata/annotations")
        .and_then(|a| a.get(RESOURCE_POLICY))
        .and_then(Value::as_str)
        == Some("keep")
}

/// Deletes the objects of `previous` the new revision no longer renders (`helm.sh/resource-policy: keep`
/// aside).
async fn delete_dropped(
    applier: &Applier,
    target: &Target<'_>,
    previous: &Release,
    changes: &ChangeSet,
    apply_opts: &ApplyOptions,
) -> Result<(), ActionError> {
    let now: BTreeSet<String> = changes
        .entries
        .iter()
        .map(|c| c.object.inventory_id())
        .collect();
    let mut dropped = Vec::new();
    for obj in manifest_objects(&previous.manifest, target) {
        if keeps(&obj) {
            continue;
        }
        if let Ok(r) = ObjectRef::from_object(&obj)
            && !now.contains(&r.inventory_id())
            && !now.contains(&cluster_scoped_id(&r))
        {
            dropped.push(r);
        }
    }
    if dropped.is_empty() {
        return Ok(());
    }
    applier
        .delete_all(&dropped, &without_owner_check(apply_opts, previous))
        .await
        .map_err(|e| ActionError::Delete(Box::new(e)))?;
    Ok(())
}

/// A cluster-scoped object is recorded without the namespace `for_cluster` gave it.
fn cluster_scoped_id(r: &ObjectRef) -> String {
    let mut r = r.clone();
    r.namespace.clear();
    r.inventory_id()
}

/// Objects of releases made by another tool (Helm itself, helm-controller before it labelled) may lack the
/// owner labels; the release record is proof enough that they are the release's.
fn without_owner_check(opts: &ApplyOptions, _previous: &Release) -> ApplyOptions {
    ApplyOptions {
        owner_labels: BTreeMap::new(),
        ..opts.clone()
    }
}

/// Waits until every applied object is ready (kstatus, or `exprs` where one covers its kind), within `timeout`.
async fn wait_ready(
    client: &kube::Client,
    changes: &ChangeSet,
    exprs: &health::Expressions,
    timeout: Duration,
) -> Result<(), ActionError> {
    let targets: Vec<health::Target> = changes
        .entries
        .iter()
        .map(|c| health::Target {
            api_version: c.object.api_version(),
            kind: c.object.kind.clone(),
            namespace: c.object.namespace.clone(),
            name: c.object.name.clone(),
        })
        .collect();
    health::wait(client, &targets, exprs, timeout)
        .await
        .map_err(ActionError::Wait)
}

/// Runs the hooks of `event` in weight order (then by name), recording each run in `rel.hooks`.
async fn run_hooks(
    client: &kube::Client,
    applier: &Applier,
    target: &Target<'_>,
    rel: &mut Release,
    objects: &[Value],
    event: &str,
    opts: &ActionOptions,
) -> Result<(), ActionError> {
    let mut order: Vec<usize> = (0..rel.hooks.len())
        .filter(|i| rel.hooks[*i].runs_on(event))
        .collect();
    order.sort_by(|a, b| {
        let (ha, hb) = (&rel.hooks[*a], &rel.hooks[*b]);
        ha.weight
            .cmp(&hb.weight)
            .then_with(|| ha.name.cmp(&hb.name))
    });
    let apply_opts = apply_options(opts);
    for i in order {
        let Some(obj) = objects.get(i).map(|o| for_cluster(o.clone(), target)) else {
            continue;
        };
        let reference = ObjectRef::from_object(&obj).map_err(|e| ActionError::Hook {
            event: event.to_string(),
            hook: rel.hooks[i].name.clone(),
            message: e.to_string(),
        })?;
        let policies = hook_policies(&rel.hooks[i]);
        if policies.iter().any(|p| p == BEFORE_HOOK_CREATION) {
            delete_hook(applier, &reference, &apply_opts).await?;
        }
        rel.hooks[i].last_run = release::HookExecution {
            started_at: Some(go_time_now()),
            completed_at: None,
            phase: "Running".into(),
        };
        let result = match applier.apply_all_staged(vec![obj], &apply_opts).await {
            Ok(_) => await_hook(client, &reference, opts.timeout).await,
            Err(e) => Err(e.to_string()),
        };
        rel.hooks[i].last_run.completed_at = Some(go_time_now());
        match result {
            Ok(()) => {
                rel.hooks[i].last_run.phase = "Succeeded".into();
                if policies.iter().any(|p| p == "hook-succeeded") {
                    delete_hook(applier, &reference, &apply_opts).await?;
                }
            }
            Err(message) => {
                rel.hooks[i].last_run.phase = "Failed".into();
                if policies.iter().any(|p| p == "hook-failed") {
                    delete_hook(applier, &reference, &apply_opts).await?;
                }
                return Err(ActionError::Hook {
                    event: event.to_string(),
                    hook: format!("{}/{}", reference.kind, reference.name),
                    message,
                });
            }
        }
    }
    Ok(())
}

/// `helm test`: runs the test hooks of the latest release that `runs` keeps (by hook name), in weight order,
/// and records each run in the stored release whether the tests pass or not. A failing test is the error,
/// beside the release as recorded.
pub async fn test(
    target: &Target<'_>,
    opts: &ActionOptions,
    runs: impl Fn(&str) -> bool,
) -> Result<Release, Failure> {
    let (client, applier) = (target.client, target.applier);
    let history = target.storage.history(target.name).await?;
    let mut rel = history.last().cloned().ok_or(ActionError::NothingToTest)?;
    // Helm runs only the kept hooks and puts the skipped ones back in front of them afterwards.
    let (executing, skipped): (Vec<Hook>, Vec<Hook>) = std::mem::take(&mut rel.hooks)
        .into_iter()
        .partition(|h| !h.runs_on("test") || runs(&h.name));
    rel.hooks = executing;
    let objects = stored_hook_objects(&rel, target);
    let result = run_hooks(client, applier, target, &mut rel, &objects, "test", opts).await;
    let mut hooks = skipped;
    hooks.append(&mut rel.hooks);
    rel.hooks = hooks;
    target.storage.update(&rel).await?;
    match result {
        Ok(()) => Ok(rel),
        Err(error) => Err(Failure {
            error,
            release: Some(rel),
        }),
    }
}

fn hook_policies(hook: &Hook) -> Vec<String> {
    if hook.delete_policies.is_empty() {
        vec![BEFORE_HOOK_CREATION.to_string()]
    } else {
        hook.delete_policies.clone()
    }
}

async fn delete_hook(
    applier: &Applier,
    reference: &ObjectRef,
    opts: &ApplyOptions,
) -> Result<(), ActionError> {
    let opts = ApplyOptions {
        owner_labels: BTreeMap::new(),
        ..opts.clone()
    };
    applier
        .delete_all(std::slice::from_ref(reference), &opts)
        .await
        .map_err(|e| ActionError::Delete(Box::new(e)))?;
    applier
        .wait_deleted(std::slice::from_ref(reference), opts.wait_timeout)
        .await
        .map_err(|e| ActionError::Apply(Box::new(e)))
}

/// Waits for a hook Job to complete or a hook Pod to succeed; other kinds are done once created.
async fn await_hook(
    client: &kube::Client,
    reference: &ObjectRef,
    timeout: Duration,
) -> Result<(), String> {
    let deadline = tokio::time::Instant::now() + timeout;
    loop {
        let state = match (reference.group.as_str(), reference.kind.as_str()) {
            ("batch", "Job") => job_state(client, reference).await,
            ("", "Pod") => pod_state(client, reference).await,
            _ => return Ok(()),
        };
        match state {
            Some(Ok(())) => return Ok(()),
            Some(Err(reason)) => return Err(reason),
            None => {}
        }
        if tokio::time::Instant::now() >= deadline {
            return Err("timed out waiting for the condition".to_string());
        }
        tokio::time::sleep(HOOK_POLL).await;
    }
}

async fn job_state(client: &kube::Client, r: &ObjectRef) -> Option<Result<(), String>> {
    let api: Api<Job> = Api::namespaced(client.clone(), &r.namespace);
    let job = api.get_opt(&r.name).await.ok()??;
    for c in job.status.and_then(|s| s.conditions).unwrap_or_default() {
        if c.status != "True" {
            continue;
        }
        match c.type_.as_str() {
            "Complete" | "SuccessCriteriaMet" => return Some(Ok(())),
            "Failed" | "FailureTarget" => {
                return Some(Err(format!(
                    "job {} failed: {}",
                    r.name,
                    c.reason.unwrap_or_default()
                )));
            }
            _ => {}
        }
    }
    None
}

async fn pod_state(client: &kube::Client, r: &ObjectRef) -> Option<Result<(), String>> {
    let api: Api<Pod> = Api::namespaced(client.clone(), &r.namespace);
    let pod = api.get_opt(&r.name).await.ok()??;
    match pod.status.and_then(|s| s.phase).as_deref() {
        Some("Succeeded") => Some(Ok(())),
        Some("Failed") => Some(Err(format!("pod {} failed", r.name))),
        _ => None,
    }
}

/// Uninstalls: pre-delete hooks, deletes the objects of the latest release (`keep` aside), post-delete hooks,
/// then removes the records (or marks the latest `uninstalled` with `keep_history`).
pub async fn uninstall(
    target: &Target<'_>,
    keep_history: bool,
    opts: &ActionOptions,
) -> Result<Option<Release>, ActionError> {
    let (client, applier) = (target.client, target.applier);
    let history = target.storage.history(target.name).await?;
    let Some(mut latest) = history.last().cloned() else {
        return Ok(None);
    };
    set_status(&mut latest, status::UNINSTALLING, None);
    target.storage.update(&latest).await?;
    let hook_objects = stored_hook_objects(&latest, target);
    if !opts.disable_hooks {
        run_hooks(
            client,
            applier,
            target,
            &mut latest,
            &hook_objects,
            "pre-delete",
            opts,
        )
        .await?;
    }
    let refs: Vec<ObjectRef> = manifest_objects(&latest.manifest, target)
        .iter()
        .filter(|o| !keeps(o))
        .filter_map(|o| ObjectRef::from_object(o).ok())
        .collect();
    let apply_opts = without_owner_check(&apply_options(opts), &latest);
    applier
        .delete_all(&refs, &apply_opts)
        .await
        .map_err(|e| ActionError::Delete(Box::new(e)))?;
    if opts.wait {
        applier
            .wait_deleted(&refs, opts.timeout)
            .await
            .map_err(|e| ActionError::Apply(Box::new(e)))?;
    }
    if !opts.disable_hooks {
        run_hooks(
            client,
            applier,
            target,
            &mut latest,
            &hook_objects,
            "post-delete",
            opts,
        )
        .await?;
    }
    if keep_history {
        set_status(
            &mut latest,
            status::UNINSTALLED,
            Some("Uninstallation complete".into()),
        );
        if let Some(info) = latest.info.as_mut() {
            info.deleted = Some(go_time_now());
        }
        target.storage.update(&latest).await?;
    } else {
        for rel in &history {
            target.storage.delete(target.name, rel.version).await?;
        }
    }
    Ok(Some(latest))
}

/// Rolls back to `to` (a previous revision): a new `pending-rollback` revision with `to`'s chart, values,
/// manifest and hooks, pre-rollback hooks, its objects applied (those only the current revision has deleted),
/// the wait, post-rollback hooks; then the new revision is `deployed` and the current one `superseded`.
pub async fn rollback(
    target: &Target<'_>,
    to: &Release,
    opts: &ActionOptions,
) -> Result<Outcome, Failure> {
    let (client, applier) = (target.client, target.applier);
    let history = target.storage.history(target.name).await?;
    let latest = history
        .last()
        .cloned()
        .ok_or(ActionError::NothingToUpgrade)?;
    let now = go_time_now();
    let mut rel = Release {
        version: latest.version + 1,
        info: Some(Info {
            first_deployed: to.info.as_ref().and_then(|i| i.first_deployed.clone()),
            last_deployed: Some(now),
            deleted: None,
            description: format!("Rollback to {}", to.version),
            status: status::PENDING_ROLLBACK.to_string(),
            notes: to
                .info
                .as_ref()
                .map(|i| i.notes.clone())
                .unwrap_or_default(),
        }),
        ..to.clone()
    };
    for h in &mut rel.hooks {
        h.last_run = release::HookExecution::default();
    }
    target.storage.create(&rel).await?;
    let hook_objects = stored_hook_objects(&rel, target);
    // Helm's rollback cleans up only after a failed apply, not after a failed wait or hook.
    let mut created = Vec::new();
    let result = async {
        let apply_opts = apply_options(opts);
        if !opts.disable_hooks {
            run_hooks(
                client,
                applier,
                target,
                &mut rel,
                &hook_objects,
                "pre-rollback",
                opts,
            )
            .await?;
        }
        let changes = applier
            .apply_all_staged(manifest_objects(&rel.manifest, target), &apply_opts)
            .await
            .map_err(|e| {
                created = created_by(&e.change_set);
                ActionError::Apply(Box::new(e))
            })?;
        delete_dropped(applier, target, &latest, &changes, &apply_opts).await?;
        if opts.wait {
            wait_ready(client, &changes, &opts.health, opts.timeout).await?;
        }
        if !opts.disable_hooks {
            run_hooks(
                client,
                applier,
                target,
                &mut rel,
                &hook_objects,
                "post-rollback",
                opts,
            )
            .await?;
        }
        Ok(changes)
    }
    .await;
    let done = format!("Rollback to {}", to.version);
    let outcome = finish(
        target,
        rel,
        result,
        &done,
        |name, e| format!("Rollback {name:?} failed: {e}"),
        Some(latest),
        opts,
    )
    .await;
    let outcome = clean_up_on_failure(target, outcome, &created, "rollback", opts).await?;
    // Helm supersedes every earlier deployed revision on a rollback, not only the current one.
    for mut old in history
        .into_iter()
        .filter(|r| r.status() == status::DEPLOYED && r.version != outcome.release.version)
    {
        set_status(&mut old, status::SUPERSEDED, None);
        target.storage.update(&old).await?;
    }
    Ok(outcome)
}
