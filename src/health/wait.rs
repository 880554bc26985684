//! Waits, by watching, until a set of objects is `Current`; fails like Flux's `WaitForSetWithContext` does.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::pin::Pin;
use std::time::Duration;

use futures::stream::{SelectAll, Stream, StreamExt};
use kube::api::{Api, ApiResource, DynamicObject, GroupVersionKind};
use kube::discovery::{ApiCapabilities, Scope};
use kube::runtime::WatchStreamExt;
use kube::runtime::watcher::{self, Event};
use serde_json::Value;
use tokio::time::Instant;

use super::{Expressions, Health, Status};

/// How often kinds that discovery does not know yet are looked up again: a CRD applied in the same
/// Kustomization may be established mid-wait. Matches Flux's 5s health check poll interval.
const REDISCOVERY_INTERVAL: Duration = Duration::from_secs(5);

/// An object to wait for, as listed in `spec.healthChecks` or taken from the applied inventory.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Target {
    /// `group/version` or `v1`; the version only picks the endpoint, status rules ignore it.
    pub api_version: String,
    pub kind: String,
    /// Empty for cluster-scoped objects.
    pub namespace: String,
    pub name: String,
}

/// `Kind/namespace/name`, or `Kind/name` when cluster-scoped: how Flux names objects in health messages.
impl fmt::Display for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.namespace.is_empty() {
            write!(f, "{}/{}", self.kind, self.name)
        } else {
            write!(f, "{}/{}/{}", self.kind, self.namespace, self.name)
        }
    }
}

/// Knobs of [`wait_with`]; [`wait`] uses Flux's defaults (fail fast, no TTL Jobs).
#[derive(Debug, Clone)]
pub struct WaitOptions {
    /// Give up after this long (the Kustomization's `spec.timeout`).
    pub timeout: Duration,
    /// Stop as soon as one target is `Failed`. Flux does unless the `DisableFailFastBehavior` gate is on;
    /// even without it the wait stops once every target is either `Current` or `Failed`.
    pub fail_fast: bool,
    /// Jobs with `spec.ttlSecondsAfterFinished`: the TTL controller deletes them once done, so `NotFound`
    /// counts as success for these.
    pub jobs_with_ttl: Vec<Target>,
}

/// What was last known about one target when the wait ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TargetStatus {
    pub target: Target,
    /// `None` when no status was ever read (watch not established, e.g. API server unreachable).
    pub health: Option<Health>,
}

/// Why a wait did not end with every target `Current`. The message is what Flux writes on the
/// Kustomization's `Ready` and `Healthy` conditions (reason `HealthCheckFailed`); Flux's returned error, seen
/// in events and logs, prefixes it with `health check failed after <elapsed>: `.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WaitError {
    /// The deadline passed; `lines` names every target that was not `Current`.
    #[error("timeout waiting for: [{}]", lines.join(", "))]
    Timeout {
        lines: Vec<String>,
        statuses: Vec<TargetStatus>,
    },
    /// A target reached `Failed` (fail fast), or every target settled as `Current` or `Failed`.
    #[error("failed early due to stalled resources: [{}]", lines.join(", "))]
    Stalled {
        lines: Vec<String>,
        statuses: Vec<TargetStatus>,
    },
}

impl WaitError {
    /// The last known status of every target, in the order given.
    pub fn statuses(&self) -> &[TargetStatus] {
        match self {
            WaitError::Timeout { statuses, .. } | WaitError::Stalled { statuses, .. } => statuses,
        }
    }
}

/// Waits until every target is `Current`, failing fast on `Failed`, for at most `timeout`.
///
/// Needs `list` and `watch` on each target kind plus discovery access. Opens one watch per (API resource,
/// namespace): narrowed to `metadata.name` when it serves a single target, otherwise over the whole
/// namespace (as Flux's caching status reader lists it), so many objects of few kinds cost few connections.
/// Kinds the server does not serve yet are looked up again every 5s. Cancel by dropping the future: the
/// watches close with it. No targets: returns at once.
pub async fn wait(
    client: &kube::Client,
    targets: &[Target],
    exprs: &Expressions,
    timeout: Duration,
) -> Result<(), WaitError> {
    let options = WaitOptions {
        timeout,
        fail_fast: true,
        jobs_with_ttl: Vec::new(),
    };
    wait_with(client, targets, exprs, &options).await
}

/// [`wait`] with explicit [`WaitOptions`].
pub async fn wait_with(
    client: &kube::Client,
    targets: &[Target],
    exprs: &Expressions,
    options: &WaitOptions,
) -> Result<(), WaitError> {
    if targets.is_empty() {
        return Ok(());
    }
    let deadline = Instant::now() + options.timeout;
    let mut tracker = Tracker::new(targets, options);
    // The watch loop borrows the tracker; once the deadline drops it, the tracker holds the last statuses.
    let outcome =
        tokio::time::timeout_at(deadline, watch_until_settled(client, exprs, &mut tracker)).await;
    match outcome {
        Ok(result) => result,
        Err(_elapsed) => tracker.timeout(),
    }
}

/// Per-target knowledge, kept outside the watch loop so it survives the loop being cancelled.
struct Tracker<'a> {
    targets: &'a [Target],
    options: &'a WaitOptions,
    health: Vec<Option<Health>>,
}

impl<'a> Tracker<'a> {
    fn new(targets: &'a [Target], options: &'a WaitOptions) -> Self {
        Tracker {
            targets,
            options,
            health: vec![None; targets.len()],
        }
    }

    fn set(&mut self, index: usize, health: Health) {
        let Some(slot) = self.health.get_mut(index) else {
            return;
        };
        if slot.as_ref() != Some(&health) {
            tracing::debug!(target_object = %self.targets[index], status = %health.status, message = %health.message, "health changed");
            *slot = Some(health);
        }
    }

    /// `NotFound` is success for a Job the TTL controller may already have removed.
    fn effective(&self, index: usize) -> Option<Status> {
        let status = self.health[index].as_ref()?.status;
        if status == Status::NotFound && self.options.jobs_with_ttl.contains(&self.targets[index]) {
            return Some(Status::Current);
        }
        Some(status)
    }

    /// `Some` once the wait can end. Decisions wait until every target has been read once, so an early
    /// failure still reports every target's status.
    fn verdict(&self) -> Option<Result<(), WaitError>> {
        let statuses: Option<Vec<Status>> =
            (0..self.targets.len()).map(|i| self.effective(i)).collect();
        let statuses = statuses?;
        if statuses.iter().all(|s| *s == Status::Current) {
            return Some(Ok(()));
        }
        let failed = statuses.contains(&Status::Failed);
        let settled = statuses
            .iter()
            .all(|s| matches!(s, Status::Current | Status::Failed));
        if (self.options.fail_fast && failed) || settled {
            let lines = self.lines(|s| s == Status::Failed);
            return Some(Err(WaitError::Stalled {
                lines,
                statuses: self.snapshot(),
            }));
        }
        None
    }

    fn timeout(&self) -> Result<(), WaitError> {
        let lines = self.lines(|s| s != Status::Current);
        // As in Flux, a deadline that passes with nothing left to report is not an error.
        if lines.is_empty() {
            return Ok(());
        }
        Err(WaitError::Timeout {
            lines,
            statuses: self.snapshot(),
        })
    }

    /// Flux's per-object lines: `Kind/ns/name status: 'Status'`, with the error appended for `Unknown`,
    /// or `can't determine status for Kind/ns/name` when nothing was ever read.
    fn lines(&self, report: impl Fn(Status) -> bool) -> Vec<String> {
        let mut lines = Vec::new();
        for (i, target) in self.targets.iter().enumerate() {
            let Some(health) = &self.health[i] else {
                if !self.options.jobs_with_ttl.contains(target) {
                    lines.push(format!("can't determine status for {target}"));
                }
                continue;
            };
            let Some(status) = self.effective(i) else {
                continue;
            };
            if !report(status) || (health.status == Status::NotFound && status == Status::Current) {
                continue;
            }
            let mut line = format!("{target} status: '{}'", health.status);
            if health.status == Status::Unknown && !health.message.is_empty() {
                line.push_str(": ");
                line.push_str(&health.message);
            }
            lines.push(line);
        }
        lines
    }

    fn snapshot(&self) -> Vec<TargetStatus> {
        self.targets
            .iter()
            .zip(&self.health)
            .map(|(target, health)| TargetStatus {
                target: target.clone(),
                health: health.clone(),
            })
            .collect()
    }
}

/// Targets sharing an API resource and namespace, served by one watch.
struct WatchGroup {
    resource: ApiResource,
    /// Target indices by object name (several when a target is listed twice).
    members: HashMap<String, Vec<usize>>,
    /// Names listed so far in the current (re)list, to spot the ones that do not exist.
    seen: HashSet<String>,
}

type WatchStream =
    Pin<Box<dyn Stream<Item = (usize, watcher::Result<Event<DynamicObject>>)> + Send>>;

/// Resolves kinds, opens the watches and feeds events into the tracker until a verdict is reached. Runs
/// until cancelled when no verdict comes.
async fn watch_until_settled(
    client: &kube::Client,
    exprs: &Expressions,
    tracker: &mut Tracker<'_>,
) -> Result<(), WaitError> {
    let mut groups: Vec<WatchGroup> = Vec::new();
    let mut streams: SelectAll<WatchStream> = SelectAll::new();
    let mut unresolved: Vec<(String, String)> = {
        let mut kinds: Vec<(String, String)> = tracker
            .targets
            .iter()
            .map(|t| (t.api_version.clone(), t.kind.clone()))
            .collect();
        kinds.sort();
        kinds.dedup();
        kinds
    };
    let mut rediscover = tokio::time::interval(REDISCOVERY_INTERVAL);
    // Discovery can be slow on a loaded server; never fire back-to-back lookups to catch up.
    rediscover.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tokio::select! {
            Some((group, event)) = streams.next(), if !streams.is_empty() => {
                if let Some(group) = groups.get_mut(group) {
                    apply_event(group, event, exprs, tracker);
                }
            }
            _ = rediscover.tick(), if !unresolved.is_empty() => {
                unresolved = resolve(client, unresolved, tracker, &mut groups, &mut streams).await;
            }
            // Nothing to watch and nothing to look up (every target was rejected up front): only the
            // deadline can end the wait now.
            else => futures::future::pending::<()>().await,
        }
        if let Some(verdict) = tracker.verdict() {
            return verdict;
        }
    }
}

/// Looks up each (apiVersion, kind) and opens watches for the ones found; returns those still unknown.
async fn resolve(
    client: &kube::Client,
    kinds: Vec<(String, String)>,
    tracker: &mut Tracker<'_>,
    groups: &mut Vec<WatchGroup>,
    streams: &mut SelectAll<WatchStream>,
) -> Vec<(String, String)> {
    let lookups = kinds.into_iter().map(|(api_version, kind)| async move {
        let (group, version) = match api_version.split_once('/') {
            Some((g, v)) => (g.to_string(), v.to_string()),
            None => (String::new(), api_version.clone()),
        };
        let gvk = GroupVersionKind::gvk(&group, &version, &kind);
        let found = kube::discovery::pinned_kind(client, &gvk).await;
        (api_version, kind, found)
    });
    let mut still_unknown = Vec::new();
    for (api_version, kind, found) in futures::future::join_all(lookups).await {
        let members: Vec<usize> = (0..tracker.targets.len())
            .filter(|&i| {
                tracker.targets[i].api_version == api_version && tracker.targets[i].kind == kind
            })
            .collect();
        match found {
            Ok((resource, caps)) => {
                open_watches(client, resource, &caps, &members, tracker, groups, streams)
            }
            Err(e) => {
                // A kind the server does not serve (yet) reads as NotFound; anything else is an error we
                // cannot see past, reported as Unknown. Both are retried.
                let health = if is_missing_kind(&e) {
                    Health::not_found()
                } else {
                    Health::unknown(format!("failed to discover {kind} in {api_version}: {e}"))
                };
                for &i in &members {
                    tracker.set(i, health.clone());
                }
                still_unknown.push((api_version, kind));
            }
        }
    }
    still_unknown
}

fn is_missing_kind(e: &kube::Error) -> bool {
    match e {
        // A group/version the server does not serve answers with a bare 404 page, not a NotFound Status.
        kube::Error::Api(status) => status.code == 404,
        kube::Error::Discovery(_) => true,
        _ => false,
    }
}

/// One watch per namespace among `members` (a single one for cluster-scoped kinds). A watch for a single
/// object narrows itself with a name field selector.
fn open_watches(
    client: &kube::Client,
    resource: ApiResource,
    caps: &ApiCapabilities,
    members: &[usize],
    tracker: &mut Tracker<'_>,
    groups: &mut Vec<WatchGroup>,
    streams: &mut SelectAll<WatchStream>,
) {
    let namespaced = matches!(caps.scope, Scope::Namespaced);
    let mut by_namespace: HashMap<String, HashMap<String, Vec<usize>>> = HashMap::new();
    for &i in members {
        let target = &tracker.targets[i];
        if namespaced && target.namespace.is_empty() {
            tracker.set(
                i,
                Health::unknown(format!(
                    "resource {} {} is namespace scoped, but namespace is not set",
                    group_kind(&resource),
                    target.name
                )),
            );
            continue;
        }
        let namespace = if namespaced {
            target.namespace.clone()
        } else {
            String::new()
        };
        by_namespace
            .entry(namespace)
            .or_default()
            .entry(target.name.clone())
            .or_default()
            .push(i);
    }
    for (namespace, members) in by_namespace {
        let api: Api<DynamicObject> = if namespaced {
            Api::namespaced_with(client.clone(), &namespace, &resource)
        } else {
            Api::all_with(client.clone(), &resource)
        };
        let mut config = watcher::Config::default();
        if members.len() == 1
            && let Some(name) = members.keys().next()
        {
            config = config.fields(&format!("metadata.name={name}"));
        }
        let index = groups.len();
        let events = watcher::watcher(api, config)
            .default_backoff()
            .map(move |event| (index, event));
        streams.push(Box::pin(events) as WatchStream);
        groups.push(WatchGroup {
            resource: resource.clone(),
            members,
            seen: HashSet::new(),
        });
    }
}

/// `Kind.group` (or `Kind` for core), as Go prints a GroupKind.
fn group_kind(resource: &ApiResource) -> String {
    if resource.group.is_empty() {
        resource.kind.clone()
    } else {
        format!("{}.{}", resource.kind, resource.group)
    }
}

fn apply_event(
    group: &mut WatchGroup,
    event: watcher::Result<Event<DynamicObject>>,
    exprs: &Expressions,
    tracker: &mut Tracker<'_>,
) {
    match event {
        Ok(Event::Init) => group.seen.clear(),
        Ok(Event::InitApply(obj)) => {
            if let Some(name) = observe(group, &obj, exprs, tracker) {
                group.seen.insert(name);
            }
        }
        Ok(Event::Apply(obj)) => {
            observe(group, &obj, exprs, tracker);
        }
        Ok(Event::InitDone) => {
            for (name, indices) in &group.members {
                if !group.seen.contains(name) {
                    for &i in indices {
                        tracker.set(i, Health::not_found());
                    }
                }
            }
        }
        Ok(Event::Delete(obj)) => {
            let indices = obj
                .metadata
                .name
                .as_ref()
                .and_then(|n| group.members.get(n));
            for &i in indices.into_iter().flatten() {
                tracker.set(i, Health::not_found());
            }
        }
        Err(e) => {
            // The watcher retries with backoff; meanwhile keep any status already read, and explain the
            // silence for targets that have none.
            tracing::debug!(kind = %group.resource.kind, error = %e, "health watch failed");
            for &i in group.members.values().flatten() {
                if tracker.health[i].is_none() {
                    tracker.set(i, Health::unknown(e.to_string()));
                }
            }
        }
    }
}

/// Records the health of a watched object; returns its name when it is one of the targets.
fn observe(
    group: &WatchGroup,
    obj: &DynamicObject,
    exprs: &Expressions,
    tracker: &mut Tracker<'_>,
) -> Option<String> {
    let name = obj.metadata.name.clone()?;
    let indices = group.members.get(&name)?;
    let health = health_of(&group.resource, obj, exprs);
    for &i in indices {
        tracker.set(i, health.clone());
    }
    Some(name)
}

/// The object as JSON with `apiVersion`/`kind` filled in (list responses omit them on items), then judged.
fn health_of(resource: &ApiResource, obj: &DynamicObject, exprs: &Expressions) -> Health {
    let mut value = match serde_json::to_value(obj) {
        Ok(v) => v,
        Err(e) => return Health::unknown(format!("failed to read {}: {e}", resource.kind)),
    };
    if let Value::Object(map) = &mut value {
        map.entry("apiVersion")
            .or_insert_with(|| Value::String(resource.api_version.clone()));
        map.entry("kind")
            .or_insert_with(|| Value::String(resource.kind.clone()));
    }
    exprs.status(&value)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn target(kind: &str, namespace: &str, name: &str) -> Target {
        Target {
            api_version: "v1".into(),
            kind: kind.into(),
            namespace: namespace.into(),
            name: name.into(),
        }
    }

    fn options(fail_fast: bool) -> WaitOptions {
        WaitOptions {
            timeout: Duration::from_secs(1),
            fail_fast,
            jobs_with_ttl: Vec::new(),
        }
    }

    #[test]
    fn target_displays_like_flux() {
        assert_eq!(
            target("Deployment", "default", "podinfo").to_string(),
            "Deployment/default/podinfo"
        );
        assert_eq!(
            target("Namespace", "", "apps").to_string(),
            "Namespace/apps"
        );
    }

    #[test]
    fn timeout_lists_every_target_not_current() {
        let targets = [
            target("Deployment", "default", "podinfo"),
            target("ConfigMap", "default", "cfg"),
            target("Widget", "default", "w"),
            target("Service", "default", "svc"),
        ];
        let opts = options(true);
        let mut tracker = Tracker::new(&targets, &opts);
        tracker.set(0, Health::in_progress("Available: 0/1"));
        tracker.set(1, Health::current("Resource is always ready"));
        tracker.set(
            2,
            Health::unknown("failed to evaluate the CEL expression 'x': No such key: x"),
        );
        let err = tracker.timeout().unwrap_err();
        assert_eq!(
            err.to_string(),
            "timeout waiting for: [Deployment/default/podinfo status: 'InProgress', Widget/default/w status: \
             'Unknown': failed to evaluate the CEL expression 'x': No such key: x, can't determine status for \
             Service/default/svc]"
        );
        assert_eq!(err.statuses().len(), 4);
    }

    #[test]
    fn verdict_waits_until_every_target_was_read() {
        let targets = [
            target("ConfigMap", "default", "a"),
            target("ConfigMap", "default", "b"),
        ];
        let opts = options(true);
        let mut tracker = Tracker::new(&targets, &opts);
        tracker.set(0, Health::failed("bad"));
        assert!(tracker.verdict().is_none());
        tracker.set(1, Health::in_progress(""));
        let err = tracker
            .verdict()
            .and_then(Result::err)
            .map(|e| e.to_string());
        assert_eq!(
            err.as_deref(),
            Some("failed early due to stalled resources: [ConfigMap/default/a status: 'Failed']")
        );
    }

    #[test]
    fn without_fail_fast_a_failure_waits_for_the_rest_to_settle() {
        let targets = [
            target("ConfigMap", "default", "a"),
            target("ConfigMap", "default", "b"),
        ];
        let opts = options(false);
        let mut tracker = Tracker::new(&targets, &opts);
        tracker.set(0, Health::failed("bad"));
        tracker.set(1, Health::in_progress(""));
        assert!(tracker.verdict().is_none());
        tracker.set(1, Health::current(""));
        assert!(matches!(
            tracker.verdict(),
            Some(Err(WaitError::Stalled { .. }))
        ));
    }

    #[test]
    fn all_current_succeeds() {
        let targets = [target("ConfigMap", "default", "a")];
        let opts = options(true);
        let mut tracker = Tracker::new(&targets, &opts);
        tracker.set(0, Health::current(""));
        assert_eq!(tracker.verdict(), Some(Ok(())));
    }

    #[test]
    fn deleted_job_with_ttl_counts_as_done() {
        let job = Target {
            api_version: "batch/v1".into(),
            kind: "Job".into(),
            namespace: "default".into(),
            name: "migrate".into(),
        };
        let targets = [job.clone(), target("ConfigMap", "default", "a")];
        let mut opts = options(true);
        opts.jobs_with_ttl.push(job);
        let mut tracker = Tracker::new(&targets, &opts);
        tracker.set(0, Health::not_found());
        tracker.set(1, Health::in_progress(""));
        assert_eq!(
            tracker.timeout().unwrap_err().to_string(),
            "timeout waiting for: [ConfigMap/default/a status: 'InProgress']"
        );
        tracker.set(1, Health::current(""));
        assert_eq!(tracker.verdict(), Some(Ok(())));
    }
}
