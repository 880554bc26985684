//! `flux diff kustomization` as a library: build a Kustomization locally exactly like
//! `flux build kustomization`, server-side dry-run every object and report, per object, whether
//! applying it would create it, change it (with a dyff report) or, for pruning Kustomizations,
//! delete what the last apply left in the inventory.
//!
//! Start with [`diff_kustomization`]; it returns the [`Entry`] list that the CLI prints. The
//! report text comes from [`report`].
//!
//! # Secrets
//! The build masks SOPS-encrypted Secrets, so their values cannot be compared: such a Secret
//! counts as changed only when its `data` keys differ from the live ones (Flux's rule), and its
//! report shows keys only. Other Secrets are compared in full but printed masked.
//!
//! # Cost
//! One GET of the Kustomization, the `substituteFrom` objects, and per built object one GET and
//! one dry-run PATCH. RBAC: `get` on Kustomizations, ConfigMaps, Secrets, and `get` + `patch`
//! on every built kind.

pub mod helm_release;
pub mod report;

use std::collections::{BTreeMap, HashSet};
use std::path::PathBuf;

use base64::Engine;
use kube::Client;
use kube::api::Api;
use serde_json::{Map, Value};

use crate::api::kustomize::Kustomization;
use crate::apply::ignore::{self, IgnoreRules};
use crate::apply::{Action, Applier, ApplyOptions, ObjectRef, Planned};
use crate::build::{self, BuildOptions};
use crate::cluster::describe;

/// What the build puts in place of SOPS-encrypted values.
const SOPS_MASK: &str = "**SOPS**";
/// Owner labels the controller sets on every object it applies.
const NAME_LABEL: &str = "kustomize.toolkit.fluxcd.io/name";
const NAMESPACE_LABEL: &str = "kustomize.toolkit.fluxcd.io/namespace";

/// What to diff.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Name of the Flux Kustomization.
    pub name: String,
    /// Namespace of the Flux Kustomization (`--namespace`).
    pub namespace: String,
    /// Local directory matching the Kustomization's `spec.path`.
    pub path: PathBuf,
    /// A local Flux Kustomization manifest used instead of the cluster's spec.
    pub kustomization_file: Option<PathBuf>,
    /// With `kustomization_file`: go on when the Kustomization is not in the cluster.
    pub ignore_not_found: bool,
    /// Extra gitignore-style exclusions for the build.
    pub ignore_paths: Vec<String>,
    /// Fail on substitution variables without value or default.
    pub strict_substitute: bool,
    /// Also diff the Flux Kustomizations found in the build.
    pub recursive: bool,
    /// `Kind/namespace/name` of a source → local directory (for `recursive`).
    pub local_sources: BTreeMap<String, PathBuf>,
}

/// A diff that could not start or finish.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The path is empty or not a directory.
    #[error("invalid resource path {0:?}")]
    InvalidPath(String),
    /// The kustomization file does not exist or is a directory.
    #[error("invalid kustomization file {0:?}")]
    InvalidKustomizationFile(String),
    /// `ignore_not_found` without a kustomization file.
    #[error("kustomization file is required when assuming new kustomizations")]
    IgnoreNotFoundWithoutFile,
    /// Reading the Flux Kustomization failed.
    #[error("failed to get kustomization object: {0}")]
    GetKustomization(String),
    /// The kustomization file holds no matching Kustomization.
    #[error(
        "failed find kustomization with name '{name}' and namespace '{namespace}' in file '{file}'"
    )]
    KustomizationNotInFile {
        name: String,
        namespace: String,
        file: String,
    },
    /// Building the manifests failed.
    #[error(transparent)]
    Build(#[from] build::Error),
    /// `spec.ignore` is invalid.
    #[error(transparent)]
    IgnoreRules(#[from] ignore::Error),
    /// One or more objects could not be dry-run; Flux's aggregate of their messages.
    #[error("{0}")]
    Objects(String),
}

/// What applying would do to one object, in Flux's words.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    /// The object does not exist yet.
    Created,
    /// The object exists and would change; the dyff report (starts with "\n", ends with a blank
    /// line).
    Drifted(String),
    /// Excluded by `kustomize.toolkit.fluxcd.io/reconcile: disabled`, `ssa: Ignore` or
    /// `ssa: IfNotPresent`.
    Skipped,
    /// In the last applied inventory but no longer built, and the Kustomization prunes.
    Deleted,
    /// A nested Kustomization whose own diff found changes (`recursive`).
    Nested(Vec<Entry>),
    /// A nested Kustomization that targets a remote cluster: not diffed.
    RemoteSkipped,
}

/// One line (or block) of the diff.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// `Kind/namespace/name`, or `Kind/name` when cluster-scoped.
    pub subject: String,
    pub change: Change,
}

/// The outcome of a diff: the entries to print, whether anything would change, and the objects
/// that failed (Flux prints what it could and then fails with all errors).
#[derive(Debug, Default)]
pub struct Diff {
    pub entries: Vec<Entry>,
    pub changed: bool,
    /// Messages of the objects that failed, in order, without duplicates.
    pub errors: Vec<String>,
}

impl Diff {
    /// Flux's aggregate error over [`Diff::errors`]: the message itself when there is one,
    /// `[a, b]` when there are several. `None` when all objects were diffed.
    pub fn error(&self) -> Option<Error> {
        match self.errors.as_slice() {
            [] => None,
            [one] => Some(Error::Objects(one.clone())),
            many => Some(Error::Objects(format!("[{}]", many.join(", ")))),
        }
    }

    fn push_error(&mut self, message: String) {
        if !self.errors.contains(&message) {
            self.errors.push(message);
        }
    }
}

/// Diffs `opts.path` against the cluster. `progress` receives short status texts for a spinner.
pub async fn diff_kustomization(
    client: &Client,
    opts: &Options,
    progress: &(dyn Fn(&str) + Sync),
) -> Result<Diff, Error> {
    let path = opts.path.display().to_string();
    if path.is_empty() || !opts.path.is_dir() {
        return Err(Error::InvalidPath(path));
    }
    if let Some(file) = &opts.kustomization_file
        && !file.is_file()
    {
        return Err(Error::InvalidKustomizationFile(file.display().to_string()));
    }
    if opts.ignore_not_found && opts.kustomization_file.is_none() {
        return Err(Error::IgnoreNotFoundWithoutFile);
    }
    let ks = resolve_kustomization(client, opts).await?;
    let applier = Applier::new(client.clone());
    Box::pin(diff_one(client, &applier, &ks, &opts.path, opts, progress)).await
}

/// The Kustomization to build: the file's (with the live status, for the inventory) or the
/// cluster's.
async fn resolve_kustomization(client: &Client, opts: &Options) -> Result<Value, Error> {
    let live = match get_live(client, &opts.namespace, &opts.name).await {
        Ok(live) => Some(live),
        Err(GetError::NotFound(_)) if opts.ignore_not_found => None,
        Err(GetError::NotFound(m) | GetError::Other(m)) => return Err(Error::GetKustomization(m)),
    };
    let Some(file) = &opts.kustomization_file else {
        return live.ok_or_else(|| Error::GetKustomization("not found".into()));
    };
    let mut ks = read_kustomization_file(file, &opts.name, &opts.namespace)?;
    // The live status carries the inventory of the last apply.
    if let Some(status) = live
        .as_ref()
        .and_then(|l| l.get("status"))
        .filter(|s| s.get("inventory").is_some_and(|i| !i.is_null()))
        && let Some(obj) = ks.as_object_mut()
    {
        obj.insert("status".into(), status.clone());
    }
    Ok(ks)
}

enum GetError {
    NotFound(String),
    Other(String),
}

async fn get_live(client: &Client, namespace: &str, name: &str) -> Result<Value, GetError> {
    let api: Api<Kustomization> = Api::namespaced(client.clone(), namespace);
    match api.get(name).await {
        Ok(ks) => serde_json::to_value(&ks).map_err(|e| GetError::Other(e.to_string())),
        Err(e @ kube::Error::Api(_)) if is_not_found(&e) => Err(GetError::NotFound(describe(&e))),
        Err(e) => Err(GetError::Other(describe(&e))),
    }
}

fn is_not_found(e: &kube::Error) -> bool {
    matches!(e, kube::Error::Api(s) if s.code == 404)
}

/// The Flux Kustomization `name` in `file` whose namespace is `namespace` or unset.
fn read_kustomization_file(
    file: &std::path::Path,
    name: &str,
    namespace: &str,
) -> Result<Value, Error> {
    let not_in_file = || Error::KustomizationNotInFile {
        name: name.to_string(),
        namespace: namespace.to_string(),
        file: file.display().to_string(),
    };
    let text = std::fs::read_to_string(file)
        .map_err(|_| Error::InvalidKustomizationFile(file.display().to_string()))?;
    let list = kustomize::ResourceList::from_yaml(&text)
        .map_err(|_| Error::InvalidKustomizationFile(file.display().to_string()))?;
    list.objects
        .into_iter()
        .find(|k| {
            is_flux_kustomization(k)
                && k.pointer("/metadata/name").and_then(Value::as_str) == Some(name)
                && k.pointer("/metadata/namespace")
                    .and_then(Value::as_str)
                    .is_none_or(|ns| ns.is_empty() || ns == namespace)
        })
        .ok_or_else(not_in_file)
}

fn is_flux_kustomization(obj: &Value) -> bool {
    obj["kind"] == "Kustomization"
        && obj["apiVersion"]
            .as_str()
            .is_some_and(|a| a.starts_with("kustomize.toolkit.fluxcd.io/"))
}

fn meta<'a>(obj: &'a Value, field: &str) -> &'a str {
    obj.get("metadata")
        .and_then(|m| m.get(field))
        .and_then(Value::as_str)
        .unwrap_or_default()
}

/// Builds and diffs one Kustomization; with `recursive`, the nested ones too.
async fn diff_one(
    client: &Client,
    applier: &Applier,
    ks: &Value,
    dir: &std::path::Path,
    opts: &Options,
    progress: &(dyn Fn(&str) + Sync),
) -> Result<Diff, Error> {
    let build_opts = BuildOptions {
        path: dir.to_path_buf(),
        ignore_paths: opts.ignore_paths.clone(),
        strict_substitute: opts.strict_substitute,
        recursive: false,
        local_sources: opts.local_sources.clone(),
        mask_secrets: true,
        ..BuildOptions::default()
    };
    let built = build::build(Some(client), ks, &build_opts).await?.objects;
    let rules = IgnoreRules::from_kustomization(ks)?;
    let (name, namespace) = (meta(ks, "name"), meta(ks, "namespace"));
    let apply_opts = ApplyOptions {
        owner_labels: BTreeMap::from([
            (NAME_LABEL.to_string(), name.to_string()),
            (NAMESPACE_LABEL.to_string(), namespace.to_string()),
        ]),
        ..ApplyOptions::default()
    };
    let planned = applier.plan(built.clone(), &apply_opts).await;

    let mut out = Diff::default();
    let mut inventory = HashSet::new();
    for (obj, result) in built.iter().zip(planned) {
        let planned = match result {
            Ok(p) => p,
            Err(e) => {
                out.push_error(e.to_string());
                continue;
            }
        };
        inventory.insert(planned.object.inventory_id());
        let subject = planned.object.to_string();
        let Some(change) = change_of(obj, &planned, &rules) else {
            maybe_recurse(client, applier, ks, obj, &planned, opts, progress, &mut out).await;
            continue;
        };
        if matches!(change, Change::Created | Change::Drifted(_)) {
            out.changed = true;
        }
        out.entries.push(Entry { subject, change });
        maybe_recurse(client, applier, ks, obj, &planned, opts, progress, &mut out).await;
    }

    progress("processing inventory");
    let prunes = ks.pointer("/spec/prune").and_then(Value::as_bool) == Some(true);
    if prunes && out.errors.is_empty() {
        let stale = stale_objects(ks, &inventory);
        if !stale.is_empty() {
            out.changed = true;
        }
        out.entries.extend(stale.into_iter().map(|o| Entry {
            subject: o.to_string(),
            change: Change::Deleted,
        }));
    }
    Ok(out)
}

/// Diffs a nested Kustomization found in the build, when `recursive` asks for it and it already
/// exists in the cluster (Flux's rule: a new one is reported as created, not diffed).
#[allow(clippy::too_many_arguments)]
async fn maybe_recurse(
    client: &Client,
    applier: &Applier,
    parent: &Value,
    obj: &Value,
    planned: &Planned,
    opts: &Options,
    progress: &(dyn Fn(&str) + Sync),
    out: &mut Diff,
) {
    let is_self = meta(obj, "name") == meta(parent, "name")
        && meta(obj, "namespace") == meta(parent, "namespace");
    if !opts.recursive
        || !is_flux_kustomization(obj)
        || planned.action == Action::Created
        || is_self
    {
        return;
    }
    let subject = planned.object.to_string();
    if obj
        .pointer("/spec/kubeConfig")
        .is_some_and(|k| !k.is_null())
    {
        out.entries.push(Entry {
            subject,
            change: Change::RemoteSkipped,
        });
        return;
    }
    let (name, namespace) = (meta(obj, "name"), meta(obj, "namespace"));
    progress(&format!("running dry-run in {name}"));
    let result = async {
        let key = build::local_source_key(obj);
        let dir = build::local_path(obj, &opts.local_sources).ok_or_else(|| {
            Error::Objects(format!(
                "cannot get local path for {key} of kustomization {name}"
            ))
        })?;
        let live = get_live(client, namespace, name)
            .await
            .map_err(|e| match e {
                GetError::NotFound(m) | GetError::Other(m) => Error::GetKustomization(m),
            })?;
        Box::pin(diff_one(client, applier, &live, &dir, opts, progress)).await
    }
    .await;
    progress("running dry-run");
    match result {
        Ok(sub) => {
            for e in &sub.errors {
                out.push_error(e.clone());
            }
            if sub.changed {
                out.changed = true;
                out.entries.push(Entry {
                    subject,
                    change: Change::Nested(sub.entries),
                });
            }
        }
        Err(e) => out.push_error(e.to_string()),
    }
}

/// The change to report for one planned object; `None` when it is unchanged.
fn change_of(built: &Value, planned: &Planned, rules: &IgnoreRules) -> Option<Change> {
    match planned.action {
        Action::Created => Some(Change::Created),
        Action::Skipped => Some(Change::Skipped),
        Action::Unchanged | Action::Deleted => None,
        Action::Configured => {
            let (Some(live), Some(dry_run)) = (&planned.live, &planned.dry_run) else {
                return Some(Change::Drifted(String::new()));
            };
            let (mut live, mut dry_run) = (live.clone(), dry_run.clone());
            if !rules.is_empty() {
                let paths = rules.paths_for(&dry_run);
                ignore::remove_paths(&mut live, &paths);
                ignore::remove_paths(&mut dry_run, &paths);
                if !has_drifted(&live, &dry_run) {
                    return None;
                }
            }
            if is_sops_masked(built) {
                if !report::sops_keys_differ(&live, &dry_run) {
                    return None;
                }
                return Some(Change::Drifted(report::report_sops(&live, &dry_run)));
            }
            Some(Change::Drifted(report::report(&live, &dry_run)))
        }
    }
}

/// Flux's drift test on noise-free objects: labels, annotations, then everything but
/// `metadata` and `status`. Missing and empty maps are equal.
fn has_drifted(live: &Value, dry_run: &Value) -> bool {
    let map = |obj: &Value, field: &str| -> Map<String, Value> {
        obj.pointer(&format!("/metadata/{field}"))
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default()
    };
    let rest = |obj: &Value| -> Value {
        let mut copy = obj.clone();
        if let Some(m) = copy.as_object_mut() {
            m.remove("metadata");
            m.remove("status");
        }
        copy
    };
    map(live, "labels") != map(dry_run, "labels")
        || map(live, "annotations") != map(dry_run, "annotations")
        || rest(live) != rest(dry_run)
}

/// Whether the build masked this Secret as SOPS-encrypted: a `data` value decodes to text holding
/// the mask, or a `stringData` value holds it.
pub fn is_sops_masked(built: &Value) -> bool {
    if built.get("kind").and_then(Value::as_str) != Some("Secret") {
        return false;
    }
    let values = |field: &str| -> Vec<String> {
        built
            .get(field)
            .and_then(Value::as_object)
            .into_iter()
            .flat_map(|m| m.values())
            .filter_map(Value::as_str)
            .map(str::to_string)
            .collect()
    };
    let in_data = values("data").iter().any(|v| {
        base64::engine::general_purpose::STANDARD
            .decode(v)
            .is_ok_and(|bytes| String::from_utf8_lossy(&bytes).contains(SOPS_MASK))
    });
    in_data || values("stringData").iter().any(|v| v.contains(SOPS_MASK))
}

/// The objects of `ks.status.inventory` whose ids are not in `current`, in Flux's order.
pub fn stale_objects(ks: &Value, current: &HashSet<String>) -> Vec<ObjectRef> {
    let mut stale: Vec<ObjectRef> = ks
        .pointer("/status/inventory/entries")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|e| {
            let id = e.get("id")?.as_str()?;
            let version = e.get("v").and_then(Value::as_str).unwrap_or_default();
            (!current.contains(id))
                .then(|| ObjectRef::from_inventory(id, version))
                .flatten()
        })
        .collect();
    crate::apply::sort_refs(&mut stale);
    stale
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn planned(action: Action, live: Value, dry_run: Value) -> Planned {
        Planned {
            object: ObjectRef::from_object(&dry_run).unwrap(),
            action,
            live: Some(live),
            dry_run: Some(dry_run),
        }
    }

    fn secret(data: Value) -> Value {
        json!({"apiVersion": "v1", "kind": "Secret",
               "metadata": {"name": "s", "namespace": "default"}, "data": data})
    }

    fn masked() -> String {
        base64::engine::general_purpose::STANDARD.encode(SOPS_MASK)
    }

    #[test]
    fn sops_masked_secret_with_the_same_keys_is_unchanged() {
        let built = secret(json!({"token": masked()}));
        let p = planned(
            Action::Configured,
            secret(json!({"token": "YQ=="})),
            secret(json!({"token": masked()})),
        );
        assert_eq!(change_of(&built, &p, &IgnoreRules::default()), None);
    }

    #[test]
    fn sops_masked_secret_with_other_keys_has_drifted() {
        let built = secret(json!({"token": masked()}));
        let p = planned(
            Action::Configured,
            secret(json!({"drift-key": "YQ=="})),
            secret(json!({"token": masked()})),
        );
        let change = change_of(&built, &p, &IgnoreRules::default());
        assert!(matches!(change, Some(Change::Drifted(r)) if r.contains("\"*****\"")));
    }

    #[test]
    fn masked_string_data_counts_as_sops() {
        let built = json!({"kind": "Secret", "stringData": {"a": SOPS_MASK}});
        assert!(is_sops_masked(&built));
        assert!(!is_sops_masked(&secret(json!({"a": "YQ=="}))));
    }

    #[test]
    fn inventory_objects_missing_from_the_build_are_stale() {
        let ks = json!({"status": {"inventory": {"entries": [
            {"id": "default_podinfo__Service", "v": "v1"},
            {"id": "default_podinfo_apps_Deployment", "v": "v1"},
        ]}}});
        let current = HashSet::from(["default_podinfo_apps_Deployment".to_string()]);
        let stale = stale_objects(&ks, &current);
        assert_eq!(
            stale.iter().map(ToString::to_string).collect::<Vec<_>>(),
            vec!["Service/default/podinfo"]
        );
    }

    #[test]
    fn ignored_paths_hide_drift() {
        let svc = |port: i64| {
            json!({"apiVersion": "v1", "kind": "Service",
                   "metadata": {"name": "a", "namespace": "default"},
                   "spec": {"ports": [{"port": port}]}})
        };
        let ks = json!({"spec": {"ignore": [{"paths": ["/spec/ports"], "target": {"kind": "Service"}}]}});
        let rules = IgnoreRules::from_kustomization(&ks).unwrap();
        let p = planned(Action::Configured, svc(1), svc(2));
        assert_eq!(change_of(&svc(2), &p, &rules), None);
    }

    #[test]
    fn several_object_errors_are_listed_like_flux() {
        let mut d = Diff::default();
        d.push_error("a".into());
        d.push_error("b".into());
        d.push_error("a".into());
        assert_eq!(d.error().map(|e| e.to_string()), Some("[a, b]".into()));
    }
}
