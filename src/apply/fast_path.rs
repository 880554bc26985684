//! The no-op shortcut: one metadata-only LIST per (resource, namespace) instead of a GET and a
//! dry-run per object, for objects the cache says are unchanged.
//!
//! Only groups holding at least one object with a digest match are listed, so a first apply (or
//! a new revision touching every object) pays nothing extra. The LIST is filtered by the owner
//! labels, which every object we apply carries. A failed LIST only disables the shortcut.

use std::collections::{BTreeMap, HashMap, HashSet};

use futures::{StreamExt, stream};
use kube::Client;
use kube::api::ListParams;

use super::cache::ApplyCache;
use super::opt_out;
use super::ssa::{Desired, api_for};

/// Label selector `k1=v1,k2=v2` matching all owner labels; "" when there are none.
pub fn owner_selector(owner_labels: &BTreeMap<String, String>) -> String {
    owner_labels
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join(",")
}

/// Indexes (into `desired`) of objects known to be unchanged: their digest and live
/// resourceVersion both match the cache.
pub async fn unchanged_by_cache(
    client: &Client,
    cache: &ApplyCache,
    desired: &[Desired],
    owner_labels: &BTreeMap<String, String>,
    concurrency: usize,
) -> HashSet<usize> {
    // (apiVersion, plural, namespace) → [(index, cached resourceVersion)]
    let mut groups: HashMap<(String, String, String), Vec<(usize, String)>> = HashMap::new();
    for (i, d) in desired.iter().enumerate() {
        // Opted-out objects must keep reporting `skipped`, never `unchanged`.
        if opt_out::is_if_not_present(&d.manifest) || opt_out::is_apply_excluded(&d.manifest) {
            continue;
        }
        if let Some(rv) = cache.resource_version_for(&d.object, &d.digest) {
            let key = (
                d.resolved.resource.api_version.clone(),
                d.resolved.resource.plural.clone(),
                d.object.namespace.clone(),
            );
            groups.entry(key).or_default().push((i, rv));
        }
    }

    let selector = owner_selector(owner_labels);
    let mut params = ListParams::default();
    if !selector.is_empty() {
        params = params.labels(&selector);
    }

    // The LISTs are independent; run them like the per-object work, `concurrency` at a time. The groups are
    // moved into the stream: a closure over borrowed items makes the future non-`Send` for callers that need
    // it for every lifetime (kube's Controller).
    let params = &params;
    let found: Vec<Vec<usize>> = stream::iter(groups.into_values())
        .map(|members| async move { unchanged_in_group(client, desired, &members, params).await })
        .buffer_unordered(concurrency.max(1))
        .collect()
        .await;
    found.into_iter().flatten().collect()
}

/// One LIST for a group of objects sharing resource and namespace; the members whose live
/// resourceVersion equals the cached one.
async fn unchanged_in_group(
    client: &Client,
    desired: &[Desired],
    members: &[(usize, String)],
    params: &ListParams,
) -> Vec<usize> {
    let Some(&(first, _)) = members.first() else {
        return Vec::new();
    };
    let sample = &desired[first];
    let api = api_for(client, &sample.resolved, &sample.object.namespace);
    let list = match api.list_metadata(params).await {
        Ok(list) => list,
        Err(e) => {
            tracing::debug!(error = %e, "metadata list failed; falling back to dry-run");
            return Vec::new();
        }
    };
    let live: HashMap<&str, &str> = list
        .items
        .iter()
        .filter_map(|o| {
            Some((
                o.metadata.name.as_deref()?,
                o.metadata.resource_version.as_deref()?,
            ))
        })
        .collect();
    members
        .iter()
        .filter(|(i, cached_rv)| {
            let name = desired[*i].object.name.as_str();
            live.get(name).is_some_and(|rv| rv == cached_rv)
        })
        .map(|(i, _)| *i)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn selector_joins_owner_labels() {
        let mut labels = BTreeMap::new();
        labels.insert(
            "kustomize.toolkit.fluxcd.io/name".to_string(),
            "apps".to_string(),
        );
        labels.insert(
            "kustomize.toolkit.fluxcd.io/namespace".to_string(),
            "flux-system".to_string(),
        );
        assert_eq!(
            owner_selector(&labels),
            "kustomize.toolkit.fluxcd.io/name=apps,kustomize.toolkit.fluxcd.io/namespace=flux-system"
        );
        assert_eq!(owner_selector(&BTreeMap::new()), "");
    }
}
