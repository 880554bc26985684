//! Cancels a running health check when something newer arrives for the same Kustomization — a new artifact
//! of its source, a spec change or a reconcile request — so a long health wait never holds back a fix
//! pushed to Git (Flux's `HealthCheckCanceled`).
//!
//! Each Kustomization has a counter bumped by every such trigger. A reconcile remembers the counter when it
//! starts; its health wait ends as soon as the counter moves past that mark, however early the trigger came.

use std::sync::Arc;

use tokio::sync::Notify;

use crate::controllers::metrics::Metrics;
use crate::controllers::state::ObjectState;

/// Trigger counters per Kustomization (`namespace/name`), dropped when the Kustomization is deleted.
#[derive(Default)]
pub struct Interrupts {
    entries: ObjectState<Entry>,
}

#[derive(Default)]
struct Entry {
    /// Triggers seen so far.
    counter: u64,
    /// What caused the last one, e.g. `GitRepository/flux-system/podinfo`.
    by: String,
    /// Wakes health waits when the counter moves.
    notify: Arc<Notify>,
    /// Fingerprint of the spec and reconcile request last seen, to tell a spec change from a status write.
    spec: Option<u64>,
    /// The spec fingerprint that caused the last trigger, if a spec change did.
    cause_spec: Option<u64>,
}

impl Interrupts {
    /// Counters whose number is exported as `flux_serve_tracked_objects{state="interrupts"}`.
    pub fn tracked(metrics: &Metrics, controller: &str) -> Self {
        Self {
            entries: ObjectState::tracked(metrics, controller, "interrupts"),
        }
    }

    /// Forgets `key` (its Kustomization was deleted).
    pub fn forget(&self, key: &str) {
        self.entries.remove(key);
    }

    /// Forgets every key for which `exists` is false.
    pub fn sweep(&self, exists: &dyn Fn(&str) -> bool) {
        self.entries.retain(exists);
    }

    /// The current mark of `key`, taken when a reconcile starts.
    pub fn mark(&self, key: &str) -> u64 {
        self.entries.read(key, |e| e.counter).unwrap_or(0)
    }

    /// Records a trigger for `key` caused by `by` and wakes its health wait.
    pub fn bump(&self, key: &str, by: &str) {
        self.record(key, by, None);
    }

    fn record(&self, key: &str, by: &str, spec: Option<u64>) {
        self.entries.update(key, |e| {
            e.counter += 1;
            e.by = by.to_string();
            e.cause_spec = spec;
            e.notify.notify_waiters();
        });
    }

    /// Records the spec fingerprint of `key`; a change after the first sighting counts as a trigger.
    pub fn observe_spec(&self, key: &str, fingerprint: u64, by: &str) {
        let changed = self
            .entries
            .update(key, |e| {
                let changed = e.spec.is_some_and(|s| s != fingerprint);
                e.spec = Some(fingerprint);
                changed
            })
            .unwrap_or(false);
        if changed {
            self.record(key, by, Some(fingerprint));
        }
    }

    /// Resolves, with the cause, once `key` has had a trigger after `mark` — except the spec change the
    /// running reconcile already works on (`own_spec`), which the watch may report after it started.
    pub async fn after(&self, key: &str, mut mark: u64, own_spec: u64) -> String {
        loop {
            let seen = self.entries.update(key, |e| {
                if e.counter > mark {
                    if e.cause_spec != Some(own_spec) {
                        return Err(e.by.clone());
                    }
                    mark = e.counter;
                }
                Ok(e.notify.clone())
            });
            let notify = match seen {
                Some(Ok(notify)) => notify,
                Some(Err(by)) => return by,
                None => return std::future::pending().await,
            };
            let notified = notify.notified();
            // A bump between releasing the lock and registering is caught by re-checking the counter.
            tokio::pin!(notified);
            notified.as_mut().enable();
            if self.mark(key) > mark {
                continue;
            }
            notified.await;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[tokio::test]
    async fn a_trigger_after_the_mark_ends_the_wait_with_its_cause() {
        let i = Arc::new(Interrupts::default());
        let mark = i.mark("ns/app");
        let waiter = {
            let i = i.clone();
            tokio::spawn(async move { i.after("ns/app", mark, 0).await })
        };
        tokio::time::sleep(Duration::from_millis(20)).await;
        i.bump("ns/app", "GitRepository/ns/repo");
        let by = tokio::time::timeout(Duration::from_secs(1), waiter).await;
        assert_eq!(
            by.ok().and_then(Result::ok).as_deref(),
            Some("GitRepository/ns/repo")
        );
    }

    #[tokio::test]
    async fn a_trigger_before_the_wait_starts_still_counts() {
        let i = Interrupts::default();
        let mark = i.mark("ns/app");
        i.bump("ns/app", "Kustomization/ns/app");
        let by = tokio::time::timeout(Duration::from_secs(1), i.after("ns/app", mark, 0)).await;
        assert_eq!(by.ok().as_deref(), Some("Kustomization/ns/app"));
    }

    #[tokio::test]
    async fn the_spec_change_being_reconciled_does_not_cancel_itself() {
        let i = Interrupts::default();
        i.observe_spec("ns/app", 1, "Kustomization/ns/app");
        let mark = i.mark("ns/app");
        i.observe_spec("ns/app", 2, "Kustomization/ns/app");
        let waited =
            tokio::time::timeout(Duration::from_millis(50), i.after("ns/app", mark, 2)).await;
        assert!(waited.is_err(), "the wait must go on");
    }

    #[test]
    fn only_a_changed_spec_counts() {
        let i = Interrupts::default();
        i.observe_spec("ns/app", 1, "Kustomization/ns/app");
        assert_eq!(i.mark("ns/app"), 0);
        i.observe_spec("ns/app", 1, "Kustomization/ns/app");
        assert_eq!(i.mark("ns/app"), 0);
        i.observe_spec("ns/app", 2, "Kustomization/ns/app");
        assert_eq!(i.mark("ns/app"), 1);
    }
}
