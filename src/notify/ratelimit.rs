//! Two limits of the notification endpoints: the duplicate-event limit Flux's event server applies (one event
//! per key per `--rate-limit-interval`, the key built from the involved object, message, revision and
//! token), and a token bucket per webhook path that keeps a flood of calls from reaching the API server.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use sha2::{Digest, Sha256};

use super::event::{Event, META_ORIGIN_REVISION, META_REVISION, META_TOKEN};

/// The rate-limit key of an event, as Flux computes it: sha256 of the object's name, namespace and kind, the
/// message, and the `originRevision`, `revision` and `token` metadata of the object's group when present.
pub fn event_key(event: &Event) -> String {
    let mut parts = vec![
        "event".to_string(),
        format!("name={}", event.name()),
        format!("namespace={}", event.namespace()),
        format!("kind={}", event.kind()),
        format!("message={}", event.message),
    ];
    for (key, label) in [
        (META_ORIGIN_REVISION, "originRevision"),
        (META_REVISION, "revision"),
        (META_TOKEN, "token"),
    ] {
        if let Some(v) = event.object_metadata(key) {
            parts.push(format!("{label}={v}"));
        }
    }
    hex::encode(Sha256::digest(parts.join("/").as_bytes()))
}

/// Lets one event per key through per interval; later duplicates are dropped until the interval has passed.
/// Entries older than two intervals are swept on use, so memory stays bounded by the event rate.
pub struct DuplicateLimiter {
    interval: Duration,
    seen: Mutex<HashMap<String, Instant>>,
    last_sweep: Mutex<Instant>,
}

impl DuplicateLimiter {
    /// A limiter over `interval` (Flux's `--rate-limit-interval`, 5m by default); zero disables it.
    pub fn new(interval: Duration) -> Self {
        Self {
            interval,
            seen: Mutex::new(HashMap::new()),
            last_sweep: Mutex::new(Instant::now()),
        }
    }

    /// True if an event with `key` may pass now (and records it).
    pub fn allow(&self, key: &str) -> bool {
        self.allow_at(key, Instant::now())
    }

    fn allow_at(&self, key: &str, now: Instant) -> bool {
        if self.interval.is_zero() {
            return true;
        }
        let mut seen = self.seen.lock().unwrap_or_else(|p| p.into_inner());
        {
            let mut last = self.last_sweep.lock().unwrap_or_else(|p| p.into_inner());
            if now.saturating_duration_since(*last) >= self.interval {
                let ttl = self.interval * 2;
                seen.retain(|_, t| now.saturating_duration_since(*t) < ttl);
                *last = now;
            }
        }
        match seen.get(key) {
            Some(t) if now.saturating_duration_since(*t) < self.interval => false,
            _ => {
                seen.insert(key.to_string(), now);
                true
            }
        }
    }
}

/// A token bucket per key: `burst` calls at once, refilled at `per_second`.
pub struct BucketLimiter {
    burst: f64,
    per_second: f64,
    buckets: Mutex<HashMap<String, (f64, Instant)>>,
}

impl BucketLimiter {
    /// A limiter allowing `burst` calls at once and `per_second` sustained, per key.
    pub fn new(burst: u32, per_second: u32) -> Self {
        Self {
            burst: f64::from(burst),
            per_second: f64::from(per_second),
            buckets: Mutex::new(HashMap::new()),
        }
    }

    /// True if a call for `key` may pass now (and takes its token).
    pub fn allow(&self, key: &str) -> bool {
        self.allow_at(key, Instant::now())
    }

    fn allow_at(&self, key: &str, now: Instant) -> bool {
        let mut buckets = self.buckets.lock().unwrap_or_else(|p| p.into_inner());
        if buckets.len() > 10_000 {
            // Only unknown paths could grow the map this far (known paths are few): start over.
            buckets.clear();
        }
        let (tokens, at) = buckets.entry(key.to_string()).or_insert((self.burst, now));
        let refill = now.saturating_duration_since(*at).as_secs_f64() * self.per_second;
        *tokens = (*tokens + refill).min(self.burst);
        *at = now;
        if *tokens >= 1.0 {
            *tokens -= 1.0;
            true
        } else {
            false
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use k8s_openapi::api::core::v1::ObjectReference;

    fn event(message: &str, revision: &str) -> Event {
        Event {
            involved_object: ObjectReference {
                api_version: Some("kustomize.toolkit.fluxcd.io/v1".into()),
                kind: Some("Kustomization".into()),
                name: Some("apps".into()),
                namespace: Some("flux-system".into()),
                ..Default::default()
            },
            message: message.into(),
            metadata: [(
                "kustomize.toolkit.fluxcd.io/revision".to_string(),
                revision.to_string(),
            )]
            .into(),
            ..Default::default()
        }
    }

    #[test]
    fn the_key_changes_with_message_and_revision() {
        let a = event_key(&event("m", "r1"));
        assert_eq!(a, event_key(&event("m", "r1")));
        assert_ne!(a, event_key(&event("m2", "r1")));
        assert_ne!(a, event_key(&event("m", "r2")));
    }

    #[test]
    fn a_duplicate_passes_again_after_the_interval() {
        let limiter = DuplicateLimiter::new(Duration::from_secs(60));
        let t0 = Instant::now();
        assert!(limiter.allow_at("k", t0));
        assert!(!limiter.allow_at("k", t0 + Duration::from_secs(30)));
        assert!(limiter.allow_at("other", t0 + Duration::from_secs(30)));
        assert!(limiter.allow_at("k", t0 + Duration::from_secs(61)));
    }

    #[test]
    fn the_bucket_refills_over_time() {
        let limiter = BucketLimiter::new(2, 1);
        let t0 = Instant::now();
        assert!(limiter.allow_at("p", t0));
        assert!(limiter.allow_at("p", t0));
        assert!(!limiter.allow_at("p", t0));
        assert!(limiter.allow_at("q", t0), "keys have their own buckets");
        assert!(limiter.allow_at("p", t0 + Duration::from_millis(1100)));
    }
}
