//! Per-object state a controller keeps between reconciles (backoff counters, health-check interrupts), in one
//! kind of map: keyed by `namespace/name`, dropped when the object is deleted, and sized on `/metrics` as
//! `flux_serve_tracked_objects{controller,state}` so a long-running process can be seen to return to its
//! baseline after churn.

use std::collections::HashMap;
use std::sync::Mutex;

use prometheus_client::metrics::gauge::Gauge;

use super::metrics::{Metrics, TrackedLabels};

/// A map of per-object state with a size gauge. Without [`ObjectState::tracked`] the gauge is not exported.
#[derive(Debug)]
pub struct ObjectState<V> {
    entries: Mutex<HashMap<String, V>>,
    size: Gauge,
}

impl<V> Default for ObjectState<V> {
    fn default() -> Self {
        Self {
            entries: Mutex::new(HashMap::new()),
            size: Gauge::default(),
        }
    }
}

impl<V> ObjectState<V> {
    /// An empty map whose size is exported for `controller` under `state`.
    pub fn tracked(metrics: &Metrics, controller: &str, state: &str) -> Self {
        let size = metrics
            .tracked
            .get_or_create(&TrackedLabels {
                controller: controller.to_string(),
                state: state.to_string(),
            })
            .clone();
        size.set(0);
        Self {
            entries: Mutex::new(HashMap::new()),
            size,
        }
    }

    /// Runs `f` on the entry of `key`, creating it with `V::default()` first.
    pub fn update<R>(&self, key: &str, f: impl FnOnce(&mut V) -> R) -> Option<R>
    where
        V: Default,
    {
        let mut map = self.entries.lock().ok()?;
        let out = f(map.entry(key.to_string()).or_default());
        self.size.set(map.len() as i64);
        Some(out)
    }

    /// Runs `f` on the entry of `key` if there is one.
    pub fn read<R>(&self, key: &str, f: impl FnOnce(&V) -> R) -> Option<R> {
        self.entries.lock().ok()?.get(key).map(f)
    }

    /// Drops the entry of `key` (its object was deleted, or its state went back to the default).
    pub fn remove(&self, key: &str) {
        if let Ok(mut map) = self.entries.lock() {
            map.remove(key);
            self.size.set(map.len() as i64);
        }
    }

    /// Keeps only the entries whose key `exists` (after a relist, objects deleted while the watch was down).
    pub fn retain(&self, exists: impl Fn(&str) -> bool) {
        if let Ok(mut map) = self.entries.lock() {
            map.retain(|k, _| exists(k));
            self.size.set(map.len() as i64);
        }
    }

    /// Entries held now.
    pub fn len(&self) -> usize {
        self.entries.lock().map_or(0, |m| m.len())
    }

    /// True when no object has state here.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_gauge_follows_the_entries() {
        let metrics = Metrics::new();
        let state: ObjectState<u32> = ObjectState::tracked(&metrics, "kustomization", "backoff");
        state.update("a/x", |n| *n += 1);
        state.update("a/y", |n| *n += 1);
        let gauge = "flux_serve_tracked_objects{controller=\"kustomization\",state=\"backoff\"}";
        assert!(metrics.encode().contains(&format!("{gauge} 2")));
        state.remove("a/x");
        state.retain(|k| k != "a/y");
        assert!(state.is_empty());
        assert!(metrics.encode().contains(&format!("{gauge} 0")));
    }
}
