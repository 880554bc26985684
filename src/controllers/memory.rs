//! Hands the heap that deleted objects used back to the operating system.
//!
//! glibc's allocator keeps freed memory in its arenas for reuse, so after a burst of deletions (a tenant
//! removed, a fleet of Kustomizations pruned) `flux serve` stays at its peak resident size although nothing uses
//! that memory until the next burst. Measured with 500 Kustomizations created and deleted
//! (`tests/e2e/runtime.rs`, `per_object_state_returns_to_its_baseline_after_churn`), `malloc_trim` gives back
//! about a third of what the first round leaves resident. It runs a few seconds after objects are forgotten,
//! never on the steady path, and on a blocking thread because it walks every arena under its lock.

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

/// Set when an object's state is dropped; cleared by the trim that follows.
static FREED: AtomicBool = AtomicBool::new(false);

/// How long after a deletion the trim runs (and so how often, during a long burst).
const DELAY: Duration = Duration::from_secs(5);

/// Notes that memory was freed (an object's state was dropped), so the next trim runs.
pub fn freed() {
    FREED.store(true, Ordering::Relaxed);
}

/// Trims the heap within [`DELAY`] of any [`freed`] call; runs for the life of the process.
pub async fn trim_after_deletions() {
    let mut tick = tokio::time::interval(DELAY);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tick.tick().await;
        if FREED.swap(false, Ordering::Relaxed) {
            let _ = tokio::task::spawn_blocking(trim).await;
        }
    }
}

#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn trim() {
    // SAFETY: `malloc_trim` only releases free pages of glibc's own heap; it takes no pointers and is safe to call
    // from any thread at any time.
    unsafe {
        libc::malloc_trim(0);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn trim() {}
