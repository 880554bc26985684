//! One reconcile of an ArtifactGenerator, as source-watcher runs it: finalizer, disabled check, spec validation,
//! observe the sources, stop when nothing drifted, else fetch, build each artifact, publish each as an
//! ExternalArtifact, delete the ones no longer generated, and record the inventory.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use kube::api::{Api, ListParams, Patch, PatchParams};
use kube::runtime::controller::Action;
use kube::runtime::finalizer::{self, Event as Finalizer};
use kube::{Resource, ResourceExt};
use serde_json::json;
use tracing::{Instrument, info, warn};

use crate::api::conditions::{READY, SUCCEEDED};
use crate::api::extensions::{
    API_VERSION, ArtifactGenerator, ArtifactGeneratorStatus, ExternalArtifactReference, FINALIZER,
    GENERATOR_LABEL, KIND, ORIGIN_REVISION_ANNOTATION, RECONCILIATION_DISABLED,
    hash_observed_sources,
};
use crate::api::meta::Artifact;
use crate::api::source::{ExternalArtifact, ExternalArtifactStatus};
use crate::artifact::{RETENTION_RECORDS, Storage};
use crate::controllers::events::EventType;
use crate::controllers::runtime::{patch_status, reconcile_span, requested_at, set_condition};

use super::GeneratorContext;
use super::build::{self, Built};
use super::error::Error;
use super::pathpattern::{self, Request};
use super::sources::{self, Observed};
use super::status::{self, FIELD_MANAGER, MSG_DISABLED, MSG_INIT_SUSPENDED};

/// How often an ArtifactGenerator is checked for drift without any trigger (source-watcher's `GetRequeueAfter`).
const REQUEUE: Duration = Duration::from_secs(3600);
/// Retry delay while a source is missing or not ready (source-watcher's `--requeue-dependency` default).
const DEPENDENCY_REQUEUE: Duration = Duration::from_secs(5);

/// The entry point: span, metrics, and the finalizer around [`apply`] and [`cleanup`].
pub async fn reconcile(
    obj: Arc<ArtifactGenerator>,
    ctx: Arc<GeneratorContext>,
) -> Result<Action, Error> {
    let ns = obj.namespace().ok_or(Error::MissingMetadata("namespace"))?;
    let name = obj.name_any();
    let span = reconcile_span(obj.as_ref());
    let started = Instant::now();
    let api: Api<ArtifactGenerator> = Api::namespaced(ctx.base.client.clone(), &ns);
    let key = format!("{ns}/{name}");
    let result = finalizer::finalizer(&api, FINALIZER, obj, |event| async {
        match event {
            Finalizer::Apply(obj) => {
                let obj = ctx
                    .base
                    .latest(&api, obj)
                    .await
                    .map_err(|source| Error::Refresh {
                        key: key.clone(),
                        source,
                    })?;
                apply(obj, &ctx, &ns).await
            }
            Finalizer::Cleanup(obj) => cleanup(&obj, &ctx, &ns).await,
        }
    })
    .instrument(span.clone())
    .await
    .map_err(|e| match e {
        finalizer::Error::ApplyFailed(e) | finalizer::Error::CleanupFailed(e) => e,
        other => Error::Finalizer(Box::new(other)),
    });
    ctx.base.record(KIND, &ns, &name, started, result.is_ok());
    if let Err(e) = &result {
        span.in_scope(|| warn!(error = %e, kind = e.metric_label(), "reconcile failed"));
    }
    result
}

/// How a successful attempt ends.
struct Outcome {
    requeue: Action,
    /// Normal event (reason, message) to emit after the status write.
    event: Option<(&'static str, String)>,
    /// The in-progress status was written (so the final one must be too).
    wrote_progress: bool,
}

async fn apply(
    obj: Arc<ArtifactGenerator>,
    ctx: &GeneratorContext,
    ns: &str,
) -> Result<Action, Error> {
    let g = obj.metadata.generation;
    let old = obj.status.clone().unwrap_or_default();
    let mut st = old.clone();
    if let Some(at) = requested_at(obj.as_ref()) {
        st.last_handled_reconcile_at = Some(at);
    }
    if obj.is_disabled() {
        info!("{MSG_DISABLED}");
        if status::condition(&obj, READY).is_none() {
            set_condition(
                status::conditions_mut(&mut st),
                READY,
                "True",
                RECONCILIATION_DISABLED,
                MSG_INIT_SUSPENDED,
                g,
            );
        }
        if st != old {
            write_status(ctx, &obj, ns, &st).await?;
        }
        // Only a spec change or a reconcile request (the primary watch) can enable it again.
        return Ok(Action::await_change());
    }
    let outcome = attempt(&obj, ctx, ns, &mut st).await;
    finish(ctx, &obj, ns, &old, st, outcome).await
}

/// Writes the attempt's status and events; decides the requeue.
async fn finish(
    ctx: &GeneratorContext,
    obj: &ArtifactGenerator,
    ns: &str,
    old: &ArtifactGeneratorStatus,
    mut st: ArtifactGeneratorStatus,
    outcome: Result<Outcome, Error>,
) -> Result<Action, Error> {
    match outcome {
        Ok(done) => {
            if st != *old || done.wrote_progress {
                write_status(ctx, obj, ns, &st).await?;
            }
            if let Some((reason, message)) = done.event {
                info!("{message}");
                ctx.base
                    .recorder
                    .publish(obj, EventType::Normal, reason, &message, None)
                    .await;
            }
            Ok(done.requeue)
        }
        Err(err) => {
            let msg = err.to_string();
            let g = obj.metadata.generation;
            status::mark_failed(&mut st, err.reason(), &msg, err.is_terminal(), g);
            let changed = ready_of(&st) != ready_of(old);
            write_status(ctx, obj, ns, &st).await?;
            if changed {
                ctx.base
                    .recorder
                    .publish(obj, EventType::Warning, err.reason(), &msg, None)
                    .await;
            }
            if err.is_terminal() {
                // Stalled: only a spec change (the primary watch) can help.
                return Ok(Action::await_change());
            }
            if err.waits_for_sources() {
                warn!(error = %msg, "sources not available, retrying");
                return Ok(Action::requeue(DEPENDENCY_REQUEUE));
            }
            Err(err)
        }
    }
}

fn ready_of(st: &ArtifactGeneratorStatus) -> Option<(String, String, String)> {
    st.conditions
        .as_ref()?
        .iter()
        .find(|c| c.type_ == READY)
        .map(|c| (c.status.clone(), c.reason.clone(), c.message.clone()))
}

async fn write_status(
    ctx: &GeneratorContext,
    obj: &ArtifactGenerator,
    ns: &str,
    st: &ArtifactGeneratorStatus,
) -> Result<(), Error> {
    let api: Api<ArtifactGenerator> = Api::namespaced(ctx.base.client.clone(), ns);
    let name = obj.name_any();
    let written = patch_status(&api, &name, FIELD_MANAGER, st)
        .await
        .map_err(|source| Error::PatchStatus {
            key: format!("{ns}/{name}"),
            source,
        })?;
    ctx.base.wrote(&written);
    Ok(())
}

/// The work of one attempt on `st`; failures are returned for [`finish`] to record.
async fn attempt(
    obj: &ArtifactGenerator,
    ctx: &GeneratorContext,
    ns: &str,
    st: &mut ArtifactGeneratorStatus,
) -> Result<Outcome, Error> {
    let g = obj.metadata.generation;
    validate(obj, ns, ctx.no_cross_namespace_refs)?;
    let observed = sources::observe(&ctx.base.client, obj, ns)
        .await
        .map_err(Error::GetSources)?;
    let digest = hash_observed_sources(
        &observed
            .iter()
            .map(|(alias, o)| (alias.clone(), o.source.clone()))
            .collect::<BTreeMap<_, _>>(),
    );
    let Some(reason) = drift(obj, ctx, ns, &digest).await else {
        let count = obj.inventory().len();
        info!("No drift detected, {count} artifact(s) up to date");
        return Ok(Outcome {
            requeue: Action::requeue(REQUEUE),
            event: None,
            wrote_progress: false,
        });
    };
    info!(reason, "{}", status::MSG_IN_PROGRESS);
    status::mark_progressing(st, g);
    let wrote_progress = match write_status(ctx, obj, ns, st).await {
        Ok(()) => true,
        Err(e) => {
            warn!(error = %e, "failed to record the work in progress");
            false
        }
    };
    let workspace = tempfile::Builder::new()
        .prefix("ag-")
        .tempdir()
        .map_err(Error::Workspace)?;
    let dirs = sources::fetch(
        &ctx.base.storage,
        &observed,
        &workspace.path().join("sources"),
    )
    .await
    .map_err(Error::FetchSources)?;
    let requests = pathpattern::requests(obj, &dirs).map_err(|e| Error::PathPattern {
        message: e.message,
        terminal: e.terminal,
    })?;
    let staging = workspace.path().join("artifacts");
    let mut refs = Vec::with_capacity(requests.len());
    for req in &requests {
        let built = build_one(&ctx.base.storage, req, &dirs, ns, &staging).await?;
        let artifact = artifact_of(&built, &req.artifact, &observed);
        refs.push(publish(ctx, obj, ns, req, &built, artifact).await?);
    }
    let orphans: Vec<ExternalArtifactReference> = obj
        .inventory()
        .iter()
        .filter(|old| {
            !refs
                .iter()
                .any(|r| r.name == old.name && r.namespace == old.namespace)
        })
        .cloned()
        .collect();
    delete_external_artifacts(ctx, &orphans).await;
    for r in &refs {
        let dir = Storage::object_dir("ExternalArtifact", &r.namespace, &r.name);
        let current = format!("{dir}/{}", r.filename);
        match ctx.base.storage.gc(&dir, &current, RETENTION_RECORDS) {
            Ok(removed) if !removed.is_empty() => {
                info!(artifacts = ?removed, "garbage collected {} old artifact(s)", removed.len())
            }
            Ok(_) => {}
            Err(e) => warn!(error = %e, path = %dir, "failed to garbage collect artifacts"),
        }
    }
    let changed: Vec<String> = refs
        .iter()
        .filter(|r| {
            !obj.inventory()
                .iter()
                .any(|o| o.name == r.name && o.namespace == r.namespace && o.digest == r.digest)
        })
        .map(|r| format!("{}/{} ({})", r.namespace, r.name, r.digest))
        .collect();
    let msg = format!(
        "reconciliation succeeded, generated {} artifact(s)",
        refs.len()
    );
    st.inventory = Some(refs);
    st.observed_sources_digest = Some(digest);
    status::mark_succeeded(st, &msg, g);
    Ok(Outcome {
        requeue: Action::requeue(REQUEUE),
        event: (!changed.is_empty()).then(|| {
            (
                READY,
                format!("external artifacts reconciled: {}", changed.join("\n")),
            )
        }),
        wrote_progress,
    })
}

/// Duplicate aliases or artifact names, invalid names, unknown revision aliases, and cross-namespace sources
/// under `--no-cross-namespace-refs`: terminal, as source-watcher's `validateSpec`.
fn validate(obj: &ArtifactGenerator, ns: &str, no_cross_namespace_refs: bool) -> Result<(), Error> {
    let mut aliases: Vec<&str> = Vec::new();
    for src in &obj.spec.sources {
        if aliases.contains(&src.alias.as_str()) {
            return Err(Error::Validation(format!(
                "duplicate source alias '{}' found",
                src.alias
            )));
        }
        aliases.push(&src.alias);
        if no_cross_namespace_refs && !src.namespace.is_empty() && src.namespace != ns {
            return Err(Error::CrossNamespace {
                kind: src.kind.clone(),
                namespace: src.namespace.clone(),
                name: src.name.clone(),
            });
        }
    }
    let mut names: Vec<&str> = Vec::new();
    for artifact in &obj.spec.output_artifacts {
        if names.contains(&artifact.name.as_str()) {
            return Err(Error::Validation(format!(
                "duplicate artifact name '{}' found",
                artifact.name
            )));
        }
        if obj.spec.path_pattern.is_empty() {
            let errs = crate::api::validation::dns1123_subdomain(&artifact.name);
            if !errs.is_empty() {
                return Err(Error::Validation(format!(
                    "artifact name {:?} is not a valid Kubernetes object name: {}",
                    artifact.name,
                    errs.join("; ")
                )));
            }
        }
        let rev_alias = artifact.revision.trim_start_matches('@');
        if !artifact.revision.is_empty() && !aliases.contains(&rev_alias) {
            return Err(Error::Validation(format!(
                "artifact {} revision source alias '{rev_alias}' not found",
                artifact.name
            )));
        }
        names.push(&artifact.name);
    }
    Ok(())
}

/// Why the generator must rebuild, `None` when the stored artifacts and ExternalArtifacts are current (reasons
/// as source-watcher's `detectDrift` names them, for the log).
async fn drift(
    obj: &ArtifactGenerator,
    ctx: &GeneratorContext,
    ns: &str,
    digest: &str,
) -> Option<&'static str> {
    if status::is_not_ready(obj) {
        return Some("NotReady");
    }
    if obj.metadata.generation != status::ready_generation(obj) {
        return Some("GenerationChanged");
    }
    let observed = obj
        .status
        .as_ref()
        .and_then(|s| s.observed_sources_digest.as_deref());
    if observed != Some(digest) {
        return Some("SourcesChanged");
    }
    let inventory = obj.inventory();
    if inventory.len() != obj.spec.output_artifacts.len() && obj.spec.path_pattern.is_empty() {
        return Some("ArtifactsChanged");
    }
    for r in inventory {
        let rel = format!(
            "{}/{}",
            Storage::object_dir("ExternalArtifact", &r.namespace, &r.name),
            r.filename
        );
        let Ok(bytes) = ctx.base.storage.read(&rel) else {
            return Some("ArtifactMissing");
        };
        if crate::artifact::fetch::verify_digest(&bytes, &r.digest).is_err() {
            warn!(path = %rel, "artifact integrity verification failed, deleting corrupted artifact");
            if let Ok(path) = ctx.base.storage.local_path(&rel)
                && let Err(e) = std::fs::remove_file(&path)
            {
                warn!(error = %e, path = %rel, "failed to remove corrupted artifact from storage");
            }
            return Some("ArtifactCorrupted");
        }
    }
    let uid = obj.meta().uid.clone().unwrap_or_default();
    let api: Api<ExternalArtifact> = Api::namespaced(ctx.base.client.clone(), ns);
    let listed = api
        .list(&ListParams::default().labels(&format!("{GENERATOR_LABEL}={uid}")))
        .await;
    let Ok(list) = listed else {
        return Some("ExternalArtifactsNotFound");
    };
    if list.items.len() != inventory.len() {
        return Some("ExternalArtifactsChanged");
    }
    let all_known = list.items.iter().all(|ea| {
        let digest = ea
            .status
            .as_ref()
            .and_then(|s| s.artifact.as_ref())
            .map(|a| a.digest.as_str());
        inventory.iter().any(|r| {
            Some(r.name.as_str()) == ea.metadata.name.as_deref()
                && Some(r.namespace.as_str()) == ea.metadata.namespace.as_deref()
                && Some(r.digest.as_str()) == digest
        })
    });
    (!all_known).then_some("ExternalArtifactsChanged")
}

/// Builds one artifact off the async runtime (copies and archiving are blocking file work).
async fn build_one(
    storage: &Storage,
    req: &Request,
    dirs: &BTreeMap<String, std::path::PathBuf>,
    ns: &str,
    staging: &std::path::Path,
) -> Result<Built, Error> {
    let (storage, spec, dirs, ns, staging) = (
        storage.clone(),
        req.artifact.clone(),
        dirs.clone(),
        ns.to_string(),
        staging.to_path_buf(),
    );
    let name = spec.name.clone();
    tokio::task::spawn_blocking(move || build::build(&storage, &spec, &dirs, &ns, &staging))
        .await
        .map_err(|e| Error::BuildTask {
            name: name.clone(),
            message: e.to_string(),
        })?
        .map_err(|source| Error::Build { name, source })
}

/// The `status.artifact` of a built artifact: revision `latest@<digest>` unless `revision` names a source,
/// and the origin revision annotation when `originRevision` names one.
fn artifact_of(
    built: &Built,
    spec: &crate::api::extensions::OutputArtifact,
    observed: &BTreeMap<String, Observed>,
) -> Artifact {
    let source = |alias_ref: &str| observed.get(alias_ref.trim_start_matches('@'));
    let revision = match source(&spec.revision).filter(|_| !spec.revision.is_empty()) {
        Some(o) => o.source.revision.clone(),
        None => format!("latest@{}", built.stored.digest),
    };
    let mut metadata = None;
    if !spec.origin_revision.is_empty() {
        let mut m = BTreeMap::new();
        if let Some(o) = source(&spec.origin_revision) {
            let origin = o
                .source
                .origin_revision
                .clone()
                .unwrap_or_else(|| o.source.revision.clone());
            m.insert(ORIGIN_REVISION_ANNOTATION.to_string(), origin);
        }
        metadata = Some(m);
    }
    Artifact {
        path: built.stored.path.clone(),
        url: built.stored.url.clone(),
        revision,
        digest: built.stored.digest.clone(),
        last_update_time: k8s_openapi::apimachinery::pkg::apis::meta::v1::Time(
            k8s_openapi::jiff::Timestamp::now(),
        ),
        size: i64::try_from(built.stored.size).ok(),
        metadata,
    }
}

/// Applies the ExternalArtifact of `req` (labels, annotations, `spec.sourceRef` to the generator) and points its
/// status at `artifact`. An artifact identical to the one it serves keeps its `lastUpdateTime`, so consumers are
/// not woken by a rebuild that changed nothing.
async fn publish(
    ctx: &GeneratorContext,
    obj: &ArtifactGenerator,
    ns: &str,
    req: &Request,
    built: &Built,
    mut artifact: Artifact,
) -> Result<ExternalArtifactReference, Error> {
    let name = req.artifact.name.clone();
    let fail = |step: &str, source: kube::Error| Error::ExternalArtifact {
        name: name.clone(),
        message: format!("{step}: {}", crate::cluster::describe(&source)),
        source,
    };
    let mut labels: BTreeMap<String, String> = BTreeMap::new();
    let mut annotations: BTreeMap<String, String> = BTreeMap::new();
    if let Some(cm) = &obj.spec.common_metadata {
        labels.extend(cm.labels.clone().unwrap_or_default());
        annotations.extend(cm.annotations.clone().unwrap_or_default());
    }
    labels.extend(req.labels.clone());
    labels.insert("app.kubernetes.io/managed-by".into(), FIELD_MANAGER.into());
    labels.insert(
        GENERATOR_LABEL.into(),
        obj.meta().uid.clone().unwrap_or_default(),
    );
    let mut metadata = json!({"name": name, "namespace": ns, "labels": labels});
    if !annotations.is_empty() {
        metadata["annotations"] = json!(annotations);
    }
    let body = json!({
        "apiVersion": ExternalArtifact::api_version(&()),
        "kind": ExternalArtifact::kind(&()),
        "metadata": metadata,
        "spec": {"sourceRef": {
            "apiVersion": API_VERSION,
            "kind": KIND,
            "name": obj.name_any(),
            "namespace": ns,
        }},
    });
    let api: Api<ExternalArtifact> = Api::namespaced(ctx.base.client.clone(), ns);
    let ea = api
        .patch(
            &name,
            &PatchParams::apply(FIELD_MANAGER).force(),
            &Patch::Apply(&body),
        )
        .await
        .map_err(|e| fail("failed to apply ExternalArtifact", e))?;
    let current = ea.status.clone().unwrap_or_default();
    if let Some(prev) = &current.artifact
        && prev.digest == artifact.digest
        && prev.url == artifact.url
        && prev.revision == artifact.revision
        && prev.metadata == artifact.metadata
    {
        artifact.last_update_time = prev.last_update_time.clone();
    }
    let mut conditions = current.conditions.clone().unwrap_or_default();
    set_condition(
        &mut conditions,
        READY,
        "True",
        SUCCEEDED,
        "Artifact is ready",
        ea.metadata.generation,
    );
    let desired = ExternalArtifactStatus {
        artifact: Some(artifact.clone()),
        conditions: Some(conditions),
    };
    if desired != current {
        patch_status(&api, &name, FIELD_MANAGER, &desired)
            .await
            .map_err(|e| fail("failed to patchStatus ExternalArtifact status", e))?;
        info!(revision = %artifact.revision, "ExternalArtifact/{ns}/{name} reconciled with revision {}", artifact.revision);
    } else {
        info!("ExternalArtifact/{ns}/{name} is up to date");
    }
    Ok(ExternalArtifactReference {
        name,
        namespace: ns.to_string(),
        digest: artifact.digest,
        filename: built.filename.clone(),
    })
}

/// Deletes ExternalArtifacts and their stored files; failures are logged, as source-watcher does (the next
/// reconcile or the finalizer does not retry them either).
async fn delete_external_artifacts(ctx: &GeneratorContext, refs: &[ExternalArtifactReference]) {
    for r in refs {
        let dir = Storage::object_dir("ExternalArtifact", &r.namespace, &r.name);
        match ctx.base.storage.remove_object(&dir) {
            Ok(()) => {
                info!(path = %dir, "ExternalArtifact/{}/{} deleted from storage", r.namespace, r.name)
            }
            Err(e) => warn!(error = %e, path = %dir, "failed to delete artifact from storage"),
        }
        let api: Api<ExternalArtifact> = Api::namespaced(ctx.base.client.clone(), &r.namespace);
        match api.delete(&r.name, &Default::default()).await {
            Ok(_) => info!(
                "ExternalArtifact/{}/{} deleted from cluster",
                r.namespace, r.name
            ),
            Err(kube::Error::Api(s)) if s.code == 404 => {}
            Err(e) => {
                warn!(error = %e, "failed to delete ExternalArtifact/{}/{}", r.namespace, r.name)
            }
        }
    }
}

/// The finalizer's work: every generated ExternalArtifact and its files go.
async fn cleanup(
    obj: &ArtifactGenerator,
    ctx: &GeneratorContext,
    _ns: &str,
) -> Result<Action, Error> {
    delete_external_artifacts(ctx, obj.inventory()).await;
    info!("removed finalizer {FINALIZER}");
    Ok(Action::await_change())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::extensions::{ArtifactGeneratorSpec, OutputArtifact, SourceReference};

    fn spec(aliases: &[&str], names: &[&str], revision: &str) -> ArtifactGenerator {
        ArtifactGenerator::new(
            "gen",
            ArtifactGeneratorSpec {
                sources: aliases
                    .iter()
                    .map(|a| SourceReference {
                        alias: a.to_string(),
                        name: "repo".into(),
                        namespace: String::new(),
                        kind: "GitRepository".into(),
                    })
                    .collect(),
                output_artifacts: names
                    .iter()
                    .map(|n| OutputArtifact {
                        name: n.to_string(),
                        revision: revision.to_string(),
                        ..Default::default()
                    })
                    .collect(),
                ..Default::default()
            },
        )
    }

    #[test]
    fn duplicate_aliases_and_names_are_validation_failures() {
        let err = validate(&spec(&["a", "a"], &["x"], ""), "ns", false).unwrap_err();
        assert_eq!(err.to_string(), "duplicate source alias 'a' found");
        assert!(err.is_terminal());
        let err = validate(&spec(&["a"], &["x", "x"], ""), "ns", false).unwrap_err();
        assert_eq!(err.to_string(), "duplicate artifact name 'x' found");
    }

    #[test]
    fn a_revision_must_name_a_source_alias() {
        let err = validate(&spec(&["a"], &["x"], "@b"), "ns", false).unwrap_err();
        assert_eq!(
            err.to_string(),
            "artifact x revision source alias 'b' not found"
        );
        assert!(validate(&spec(&["a"], &["x"], "@a"), "ns", false).is_ok());
    }

    #[test]
    fn cross_namespace_sources_are_denied_when_locked_down() {
        let mut ag = spec(&["a"], &["x"], "");
        ag.spec.sources[0].namespace = "other".into();
        assert!(validate(&ag, "ns", false).is_ok());
        let err = validate(&ag, "ns", true).unwrap_err();
        assert_eq!(err.reason(), "AccessDenied");
        assert_eq!(
            err.to_string(),
            "cross-namespace reference to source GitRepository/other/repo is not allowed"
        );
    }

    #[test]
    fn the_revision_follows_the_named_source_and_defaults_to_the_digest() {
        let built = Built {
            stored: crate::artifact::Stored {
                path: "externalartifact/ns/x/1.tar.gz".into(),
                url: "http://h/externalartifact/ns/x/1.tar.gz".into(),
                digest: "sha256:abc".into(),
                size: 3,
            },
            filename: "1.tar.gz".into(),
        };
        let observed = BTreeMap::from([(
            "git".to_string(),
            Observed {
                source: crate::api::extensions::ObservedSource {
                    digest: "sha256:d".into(),
                    revision: "main@sha1:0123".into(),
                    origin_revision: None,
                    url: "u".into(),
                },
                artifact: Artifact {
                    path: String::new(),
                    url: "u".into(),
                    revision: "main@sha1:0123".into(),
                    digest: "sha256:d".into(),
                    last_update_time: k8s_openapi::apimachinery::pkg::apis::meta::v1::Time(
                        k8s_openapi::jiff::Timestamp::now(),
                    ),
                    size: None,
                    metadata: None,
                },
            },
        )]);
        let mut oa = OutputArtifact {
            name: "x".into(),
            ..Default::default()
        };
        assert_eq!(
            artifact_of(&built, &oa, &observed).revision,
            "latest@sha256:abc"
        );
        oa.revision = "@git".into();
        oa.origin_revision = "@git".into();
        let a = artifact_of(&built, &oa, &observed);
        assert_eq!(a.revision, "main@sha1:0123");
        assert_eq!(
            a.metadata.unwrap().get(ORIGIN_REVISION_ANNOTATION).unwrap(),
            "main@sha1:0123"
        );
    }
}
