//! `status.history`: the last few distinct reconciliation outcomes, keyed by the digest of the built manifests
//! and the outcome's reason, newest first — Flux's record of what was applied when.

use std::collections::BTreeMap;
use std::time::Duration;

use k8s_openapi::apimachinery::pkg::apis::meta::v1::Time;

use crate::api::kustomize::HistorySnapshot;

/// Snapshots kept.
const MAX_SNAPSHOTS: usize = 5;

/// Records one reconciliation: an outcome seen before (same digest and status) is counted and moved to the
/// front; a new one is inserted at the front and the oldest dropped beyond five.
pub fn upsert(
    history: &mut Vec<HistorySnapshot>,
    digest: &str,
    duration: Duration,
    status: &str,
    metadata: BTreeMap<String, String>,
) {
    let now = Time(k8s_openapi::jiff::Timestamp::now());
    let took = crate::duration::format(duration);
    if let Some(pos) = history
        .iter()
        .position(|h| h.digest == digest && h.last_reconciled_status == status)
    {
        let mut entry = history.remove(pos);
        entry.last_reconciled = now;
        entry.last_reconciled_duration = took;
        entry.total_reconciliations += 1;
        entry.metadata = (!metadata.is_empty()).then_some(metadata);
        history.insert(0, entry);
        return;
    }
    history.insert(
        0,
        HistorySnapshot {
            digest: digest.to_string(),
            first_reconciled: now.clone(),
            last_reconciled: now,
            last_reconciled_duration: took,
            last_reconciled_status: status.to_string(),
            total_reconciliations: 1,
            metadata: (!metadata.is_empty()).then_some(metadata),
        },
    );
    history.truncate(MAX_SNAPSHOTS);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_outcomes_are_counted_and_new_ones_capped() {
        let mut h = Vec::new();
        let d = Duration::from_millis(1500);
        upsert(
            &mut h,
            "sha256:a",
            d,
            "ReconciliationSucceeded",
            BTreeMap::new(),
        );
        upsert(
            &mut h,
            "sha256:b",
            d,
            "ReconciliationSucceeded",
            BTreeMap::new(),
        );
        upsert(
            &mut h,
            "sha256:a",
            d,
            "ReconciliationSucceeded",
            BTreeMap::new(),
        );
        assert_eq!(h.len(), 2);
        assert_eq!(h[0].digest, "sha256:a");
        assert_eq!(h[0].total_reconciliations, 2);
        upsert(&mut h, "sha256:a", d, "HealthCheckFailed", BTreeMap::new());
        assert_eq!(h.len(), 3);
        for i in 0..10 {
            upsert(
                &mut h,
                &format!("sha256:{i}"),
                d,
                "ReconciliationSucceeded",
                BTreeMap::new(),
            );
        }
        assert_eq!(h.len(), 5);
        assert_eq!(h[0].digest, "sha256:9");
    }
}
