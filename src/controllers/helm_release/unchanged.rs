//! Skipping the release-history read of a HelmRelease that nothing touched. helm-controller lists every stored
//! revision (Secrets holding whole charts and manifests) on every reconcile. Here a metadata-only watch of Helm's
//! release Secrets tells when a release's records change; a reconcile that found the release in sync remembers
//! their names and resourceVersions with the inputs it decided on (generation, chart, values, requests). The next
//! reconcile with the same inputs and the same records is in sync again without reading them: a no-op reconcile
//! costs one status write. Anything else (`helm upgrade` by hand, a new chart, a drift check) reads them as before.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

use k8s_openapi::api::core::v1::Secret;
use kube::ResourceExt;
use kube::core::PartialObjectMeta;
use kube::runtime::reflector::Store;

use crate::controllers::metrics::Metrics;
use crate::controllers::state::ObjectState;

/// Names and resourceVersions of a release's stored records, sorted.
pub type Fingerprint = Vec<(String, String)>;

/// What a reconcile found in sync, per HelmRelease.
#[derive(Default, Clone, PartialEq, Eq)]
struct Verified {
    records: Fingerprint,
    inputs: u64,
}

/// The release records' metadata and what was last verified against them.
pub struct Unchanged {
    verified: ObjectState<Verified>,
}

impl Unchanged {
    pub fn tracked(metrics: &Metrics, controller: &str) -> Self {
        Self {
            verified: ObjectState::tracked(metrics, controller, "verified"),
        }
    }

    /// True when `key`'s release was found in sync with these `inputs` and its records have not changed since.
    pub fn holds(
        &self,
        key: &str,
        inputs: u64,
        records: Option<&Store<PartialObjectMeta<Secret>>>,
        namespace: &str,
        release: &str,
    ) -> bool {
        let Some(now) = records.and_then(|s| fingerprint(s, namespace, release)) else {
            return false;
        };
        self.verified
            .read(key, |v| {
                v.inputs == inputs && v.records == now && !now.is_empty()
            })
            .unwrap_or(false)
    }

    /// Remembers that `key`'s release, with these records, is in sync with `inputs`.
    pub fn verified(&self, key: &str, inputs: u64, records: Fingerprint) {
        self.verified
            .update(key, |v| *v = Verified { records, inputs });
    }

    /// Forgets `key` (it acted on its release, or was deleted).
    pub fn forget(&self, key: &str) {
        self.verified.remove(key);
    }
}

/// The records of `release` in `namespace` as the watch cache has them; `None` before the first list.
pub fn fingerprint(
    store: &Store<PartialObjectMeta<Secret>>,
    namespace: &str,
    release: &str,
) -> Option<Fingerprint> {
    if !crate::controllers::runtime::has_listed(store) {
        return None;
    }
    let mut records: Fingerprint = store
        .state()
        .iter()
        .filter(|s| {
            s.namespace().as_deref() == Some(namespace)
                && s.labels().get("name").map(String::as_str) == Some(release)
        })
        .map(|s| (s.name_any(), s.resource_version().unwrap_or_default()))
        .collect();
    records.sort();
    Some(records)
}

/// A hash of what a sync decision depends on besides the stored release.
pub fn inputs(parts: impl Hash) -> u64 {
    let mut h = DefaultHasher::new();
    parts.hash(&mut h);
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use kube::runtime::watcher::Event;

    fn record(name: &str, release: &str, rv: &str) -> PartialObjectMeta<Secret> {
        let mut meta = PartialObjectMeta::<Secret>::default();
        meta.metadata.name = Some(name.into());
        meta.metadata.namespace = Some("ns".into());
        meta.metadata.resource_version = Some(rv.into());
        meta.metadata.labels = Some([("name".to_string(), release.to_string())].into());
        meta
    }

    #[test]
    fn the_inputs_hash_tells_every_part() {
        let a = inputs((Some(2i64), "podinfo", "6.14.1", "sha256:a"));
        assert_eq!(a, inputs((Some(2i64), "podinfo", "6.14.1", "sha256:a")));
        assert_ne!(a, inputs((Some(3i64), "podinfo", "6.14.1", "sha256:a")));
        assert_ne!(a, inputs((Some(2i64), "podinfo", "6.14.2", "sha256:a")));
    }

    #[test]
    fn in_sync_holds_until_a_record_or_an_input_changes() {
        let unchanged = Unchanged::tracked(&Metrics::new(), "helmrelease");
        let (store, mut writer) = kube::runtime::reflector::store::<PartialObjectMeta<Secret>>();
        // A cache that never listed: the records must be read.
        assert!(!unchanged.holds("ns/a", 1, Some(&store), "ns", "a"));
        writer.apply_watcher_event(&Event::Init);
        writer.apply_watcher_event(&Event::InitApply(record(
            "sh.helm.release.v1.a.v1",
            "a",
            "7",
        )));
        writer.apply_watcher_event(&Event::InitApply(record(
            "sh.helm.release.v1.b.v1",
            "b",
            "8",
        )));
        writer.apply_watcher_event(&Event::InitDone);
        let now = fingerprint(&store, "ns", "a").unwrap_or_default();
        assert_eq!(
            now,
            vec![("sh.helm.release.v1.a.v1".to_string(), "7".to_string())]
        );
        // Nothing verified yet.
        assert!(!unchanged.holds("ns/a", 1, Some(&store), "ns", "a"));
        unchanged.verified("ns/a", 1, now);
        assert!(unchanged.holds("ns/a", 1, Some(&store), "ns", "a"));
        assert!(
            !unchanged.holds("ns/a", 2, Some(&store), "ns", "a"),
            "new inputs"
        );
        // Another release's record changing does not matter; this one's does.
        writer.apply_watcher_event(&Event::Apply(record("sh.helm.release.v1.b.v2", "b", "9")));
        assert!(unchanged.holds("ns/a", 1, Some(&store), "ns", "a"));
        writer.apply_watcher_event(&Event::Apply(record("sh.helm.release.v1.a.v2", "a", "10")));
        assert!(
            !unchanged.holds("ns/a", 1, Some(&store), "ns", "a"),
            "a new revision"
        );
        unchanged.forget("ns/a");
        assert!(unchanged.verified.read("ns/a", |_| ()).is_none());
    }
}
