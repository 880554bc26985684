//! The HelmRelease controller (Flux's helm-controller) on the native Helm engine (`crate::helm`): it makes the
//! HelmChart of `spec.chart` (or reads `spec.chartRef`), composes the values, and installs or upgrades the
//! release when the chart, the values or the stored release differ from what the spec asks — writing Helm's
//! own release records, so `helm` and helm-controller can read and take over what it released.
//!
//! Event-driven like the Kustomization controller: a HelmRelease wakes on its own spec change or reconcile
//! request, when its HelmChart gets a new artifact, and when a HelmRelease it depends on turns Ready.
//!
//! What is not built yet is listed in docs/helmrelease.md.

pub mod dependencies;
pub mod desired;
pub mod drift;
pub mod reconcile;
pub mod source;
pub mod unchanged;
pub mod values;

use std::hash::{Hash, Hasher};
use std::sync::Arc;
use std::time::Duration;

use futures::{StreamExt, TryStreamExt};
use k8s_openapi::api::core::v1::Secret;
use kube::ResourceExt;
use kube::core::PartialObjectMeta;
use kube::runtime::controller::{Config, Controller};
use kube::runtime::reflector::{self, ObjectRef};
use kube::runtime::utils::PredicateConfig;
use kube::runtime::{WatchStreamExt, watcher};
use tracing::{info, warn};

use crate::api::helm::HelmRelease;
use crate::api::source::{ExternalArtifact, HelmChart, OCIRepository};
use crate::controllers::target::{Target, Targets};

use super::events::EventType;
use super::runtime::{Context, Scope, guarded, key_of, trigger_hash};

/// Field manager of status writes, the HelmChart it makes and the released objects, as helm-controller's.
pub const FIELD_MANAGER: &str = "helm-controller";

/// What every HelmRelease reconcile shares.
pub struct HelmReleaseContext {
    pub base: Context,
    /// Where releases go: the controller's own cluster, or `spec.kubeConfig`'s, as `spec.serviceAccountName`.
    pub targets: Targets,
    /// The `ExternalArtifact` feature gate: `chartRef` may name an ExternalArtifact.
    pub external_artifacts: bool,
    /// Reconciles at once (0 = unbounded).
    pub concurrent: u16,
    /// The `DefaultToRetryOnFailure` feature gate: an action without a `strategy` retries instead of remediating.
    pub default_retry: bool,
    /// The `AdditiveCELDependencyCheck` feature gate: a dependency's `readyExpr` adds to the built-in check.
    pub additive_cel: bool,
    /// `--requeue-dependency`: the retry while a dependency or the chart is not ready (their watches usually
    /// wake the release first).
    pub requeue_dependency: Duration,
    /// What was last found in sync, to skip re-reading unchanged release records.
    pub unchanged: unchanged::Unchanged,
    /// The metadata of Helm's release Secrets, replaced each time the controller (re)starts.
    records: std::sync::RwLock<Option<reflector::Store<PartialObjectMeta<Secret>>>>,
    /// The watch cache of HelmCharts, replaced each time the controller (re)starts.
    charts: std::sync::RwLock<Option<reflector::Store<HelmChart>>>,
    /// Each target cluster's `.Capabilities` (by target key), rediscovered after [`CAPABILITIES_TTL`].
    capabilities: tokio::sync::Mutex<
        std::collections::HashMap<String, (std::time::Instant, crate::helm::render::Capabilities)>,
    >,
}

/// How long discovered capabilities are reused: a CRD installed since is seen within this time.
pub const CAPABILITIES_TTL: Duration = Duration::from_secs(300);

impl HelmReleaseContext {
    pub fn new(base: Context, targets: Targets, external_artifacts: bool, concurrent: u16) -> Self {
        let unchanged = unchanged::Unchanged::tracked(&base.metrics, base.name);
        Self {
            base,
            targets,
            unchanged,
            records: std::sync::RwLock::new(None),
            external_artifacts,
            concurrent,
            default_retry: false,
            additive_cel: false,
            requeue_dependency: Duration::from_secs(30),
            charts: std::sync::RwLock::new(None),
            capabilities: tokio::sync::Mutex::new(std::collections::HashMap::new()),
        }
    }

    /// The same context with the `DefaultToRetryOnFailure` gate set to `on`.
    pub fn with_default_retry(mut self, on: bool) -> Self {
        self.default_retry = on;
        self
    }

    /// The same context with the `AdditiveCELDependencyCheck` gate set to `on`.
    pub fn with_additive_cel(mut self, on: bool) -> Self {
        self.additive_cel = on;
        self
    }

    /// The same context retrying unready dependencies and charts after `after`.
    pub fn with_requeue_dependency(mut self, after: Duration) -> Self {
        self.requeue_dependency = after;
        self
    }

    /// The metadata cache of Helm's release Secrets (it may not have listed yet).
    pub fn records(&self) -> Option<reflector::Store<PartialObjectMeta<Secret>>> {
        self.records.read().ok()?.clone()
    }

    /// The HelmChart watch cache, once the controller has listed them (else reads go to the API server).
    pub fn charts(&self) -> Option<reflector::Store<HelmChart>> {
        let store = self.charts.read().ok()?.clone()?;
        super::runtime::has_listed(&store).then_some(store)
    }

    /// The cluster and identity `hr` releases to: `spec.kubeConfig`'s cluster or the controller's own, as
    /// `spec.serviceAccountName` (else `--default-service-account`) of its namespace.
    pub async fn target(
        &self,
        hr: &HelmRelease,
    ) -> Result<Target, crate::controllers::target::TargetError> {
        self.targets
            .get(
                &hr.namespace().unwrap_or_default(),
                hr.spec.service_account_name.as_deref(),
                hr.spec.kube_config.as_ref(),
            )
            .await
    }

    /// The capabilities of `target`'s cluster, discovered at most every [`CAPABILITIES_TTL`] per target.
    pub async fn capabilities(
        &self,
        target: &Target,
    ) -> Result<crate::helm::render::Capabilities, kube::Error> {
        let mut cached = self.capabilities.lock().await;
        if let Some((at, caps)) = cached.get(&target.key)
            && at.elapsed() < CAPABILITIES_TTL
        {
            return Ok(caps.clone());
        }
        let caps = crate::helm::render::Capabilities::discover(&target.client).await?;
        if cached.len() >= crate::controllers::target::MAX_TARGETS {
            cached.clear();
        }
        cached.insert(
            target.key.clone(),
            (std::time::Instant::now(), caps.clone()),
        );
        Ok(caps)
    }

    /// Emits an event on the HelmRelease; `version` is the chart version (helm-controller's revision key).
    pub async fn event(
        &self,
        hr: &HelmRelease,
        kind: EventType,
        reason: &str,
        message: &str,
        version: Option<&str>,
    ) {
        self.base
            .recorder
            .publish(hr, kind, reason, message, version)
            .await;
    }

    /// Retry delay after a failure that may heal by itself (a Secret created later, a chart re-published).
    pub fn base_backoff(&self) -> Duration {
        Duration::from_secs(30)
    }
}

/// Runs the HelmRelease controller until `flux serve` drains.
pub async fn run(ctx: Arc<HelmReleaseContext>, scope: Scope) {
    let client = ctx.base.client.clone();
    let (reader, writer) = reflector::store();
    let forget = ctx.clone();
    let primary = watcher(scope.api::<HelmRelease>(&client), scope.watcher_config())
        .default_backoff()
        .reflect(writer)
        .inspect_ok(move |event| {
            if let watcher::Event::Delete(hr) = event {
                forget.base.forget(&key_of(hr));
                forget.unchanged.forget(&key_of(hr));
            }
        })
        .applied_objects()
        .predicate_filter(trigger_hash::<HelmRelease>, PredicateConfig::default());

    // The metadata of Helm's release Secrets (no data, no managed fields): it only tells whether a release's
    // records changed since they were last read, and wakes nothing.
    let (records_store, records_writer) = reflector::store();
    if let Ok(mut slot) = ctx.records.write() {
        *slot = Some(records_store);
    }
    let records = watcher(
        scope.api::<PartialObjectMeta<Secret>>(&client),
        watcher::Config::default().labels("owner=helm"),
    )
    .default_backoff()
    .modify(|meta| meta.managed_fields_mut().clear())
    .reflect(records_writer)
    .applied_objects();

    // A HelmChart with a new artifact wakes the HelmReleases using it (by template or chartRef).
    let chart_reader = reader.clone();
    let (chart_store, chart_writer) = reflector::store();
    if let Ok(mut slot) = ctx.charts.write() {
        *slot = Some(chart_store);
    }
    let charts = watcher(scope.api::<HelmChart>(&client), watcher::Config::default())
        .default_backoff()
        .reflect(chart_writer)
        .applied_objects()
        .predicate_filter(artifact_hash, PredicateConfig::default());

    // So does an ExternalArtifact (when the gate allows them as chart sources) getting a new artifact.
    let ea_reader = reader.clone();
    // Without the gate there is no watch at all (the kind may not even be served).
    let external = if ctx.external_artifacts {
        watcher(
            scope.api::<ExternalArtifact>(&client),
            watcher::Config::default(),
        )
        .default_backoff()
        .applied_objects()
        .predicate_filter(external_artifact_hash, PredicateConfig::default())
        .boxed()
    } else {
        futures::stream::empty().boxed()
    };

    // An OCIRepository with a new artifact wakes the HelmReleases whose chartRef names it.
    let oci_reader = reader.clone();
    let oci = watcher(
        scope.api::<OCIRepository>(&client),
        watcher::Config::default(),
    )
    .default_backoff()
    .applied_objects()
    .predicate_filter(oci_artifact_hash, PredicateConfig::default());

    // A HelmRelease turning Ready wakes the HelmReleases that depend on it. Not limited to this shard: a
    // dependency may live in another one.
    let deps_reader = reader.clone();
    let readiness = watcher(
        scope.api::<HelmRelease>(&client),
        watcher::Config::default(),
    )
    .default_backoff()
    .applied_objects()
    .predicate_filter(readiness_hash, PredicateConfig::default());

    info!(controller = "helmrelease", "starting controller");
    let drain = ctx.base.drain.clone();
    let listed = reader.clone();
    let concurrency = ctx.concurrent;
    let controller = Controller::for_stream(primary, reader)
        .watches_stream(charts, move |chart: HelmChart| {
            let chart_ns = chart.namespace().unwrap_or_default();
            let chart_name = chart.name_any();
            chart_reader
                .state()
                .into_iter()
                .filter(|hr| uses_chart(hr, &chart_ns, &chart_name))
                .map(|hr| ObjectRef::from_obj(hr.as_ref()))
                .collect::<Vec<_>>()
        })
        .watches_stream(external, move |ea: ExternalArtifact| {
            let ns = ea.namespace().unwrap_or_default();
            let name = ea.name_any();
            ea_reader
                .state()
                .into_iter()
                .filter(|hr| refers_to(hr, "ExternalArtifact", &ns, &name))
                .map(|hr| ObjectRef::from_obj(hr.as_ref()))
                .collect::<Vec<_>>()
        })
        .watches_stream(oci, move |repo: OCIRepository| {
            let ns = repo.namespace().unwrap_or_default();
            let name = repo.name_any();
            oci_reader
                .state()
                .into_iter()
                .filter(|hr| refers_to(hr, "OCIRepository", &ns, &name))
                .map(|hr| ObjectRef::from_obj(hr.as_ref()))
                .collect::<Vec<_>>()
        })
        .watches_stream(readiness, move |changed: HelmRelease| {
            let all = deps_reader.state();
            dependencies::dependants_of(&changed, all.iter().map(|hr| hr.as_ref()))
                .into_iter()
                .map(ObjectRef::from_obj)
                .collect::<Vec<_>>()
        })
        .watches_stream(records, |_: PartialObjectMeta<Secret>| {
            std::iter::empty::<ObjectRef<HelmRelease>>()
        })
        .with_config(Config::default().concurrency(concurrency))
        .graceful_shutdown_on(drain.clone().wait())
        .run(
            |obj, ctx| async move {
                guarded(
                    &ctx.base,
                    obj.as_ref(),
                    FIELD_MANAGER,
                    reconcile::reconcile(obj.clone(), ctx.clone()),
                )
                .await
            },
            |obj, err, ctx| super::runtime::backoff(obj.as_ref(), err, &ctx.base),
            ctx,
        )
        .for_each(|res| async move {
            if let Err(e) = res {
                match e {
                    kube::runtime::controller::Error::ReconcilerFailed(..) => {}
                    other => warn!(controller = "helmrelease", error = %other, "controller error"),
                }
            }
        });
    super::runtime::until_drained(controller, drain, listed).await;
}

/// Whether `hr` takes its chart from HelmChart `ns/name`.
fn uses_chart(hr: &HelmRelease, ns: &str, name: &str) -> bool {
    if let Some((chart_ns, chart_name)) = source::template_chart(hr) {
        return chart_ns == ns && chart_name == name;
    }
    refers_to(hr, "HelmChart", ns, name)
}

/// Whether `hr`'s `chartRef` names the `kind` object `ns/name`.
fn refers_to(hr: &HelmRelease, kind: &str, ns: &str, name: &str) -> bool {
    hr.spec.chart_ref.as_ref().is_some_and(|r| {
        r.kind == kind
            && r.name == name
            && r.namespace
                .clone()
                .filter(|n| !n.is_empty())
                .unwrap_or_else(|| hr.namespace().unwrap_or_default())
                == ns
    })
}

/// Changes when the ExternalArtifact's artifact does.
fn external_artifact_hash(ea: &ExternalArtifact) -> Option<u64> {
    let artifact = ea.status.as_ref()?.artifact.as_ref()?;
    let mut h = std::collections::hash_map::DefaultHasher::new();
    hash_artifact(artifact, &mut h);
    Some(h.finish())
}

/// Changes when the OCIRepository's artifact does.
fn oci_artifact_hash(repo: &OCIRepository) -> Option<u64> {
    let artifact = repo.status.as_ref()?.artifact.as_ref()?;
    let mut h = std::collections::hash_map::DefaultHasher::new();
    hash_artifact(artifact, &mut h);
    Some(h.finish())
}

/// The artifact fields whose change means a new chart: revision, digest, URL.
fn hash_artifact(artifact: &crate::api::meta::Artifact, h: &mut impl Hasher) {
    artifact.revision.hash(h);
    artifact.digest.hash(h);
    artifact.url.hash(h);
}

/// Changes when a HelmRelease becomes ready or not.
fn readiness_hash(hr: &HelmRelease) -> Option<u64> {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    dependencies::is_ready(hr).hash(&mut h);
    Some(h.finish())
}

/// Changes when the HelmChart's artifact does (revision, digest, URL), or when it catches up with its
/// generation or its readiness changes: a HelmRelease waiting on it goes on at once.
fn artifact_hash(chart: &HelmChart) -> Option<u64> {
    let status = chart.status.as_ref()?;
    let artifact = status.artifact.as_ref()?;
    let mut h = std::collections::hash_map::DefaultHasher::new();
    (chart.metadata.generation == status.observed_generation).hash(&mut h);
    status
        .conditions
        .iter()
        .flatten()
        .find(|c| c.type_ == "Ready")
        .map(|c| c.status.clone())
        .hash(&mut h);
    hash_artifact(artifact, &mut h);
    Some(h.finish())
}
