//! `status.inventory`: the objects a Kustomization applied, in Flux's entry format, and the owner labels that
//! mark them as its own.

use std::collections::{BTreeMap, BTreeSet};

use kube::ResourceExt;

use crate::api::annotations::{KUSTOMIZE_NAME, KUSTOMIZE_NAMESPACE};
use crate::api::kustomize::Kustomization;
use crate::api::meta::{ResourceInventory, ResourceRef};
use crate::apply::ObjectRef;

/// The labels every applied object carries, naming its Kustomization.
pub fn owner_labels(obj: &Kustomization, ns: &str) -> BTreeMap<String, String> {
    BTreeMap::from([
        (KUSTOMIZE_NAME.to_string(), obj.name_any()),
        (KUSTOMIZE_NAMESPACE.to_string(), ns.to_string()),
    ])
}

/// The objects listed in `status.inventory` (entries that do not parse are skipped).
pub fn inventory_refs(inv: Option<&ResourceInventory>) -> Vec<ObjectRef> {
    inv.map(|i| {
        i.entries
            .iter()
            .filter_map(|e| ObjectRef::from_inventory(&e.id, &e.v))
            .collect()
    })
    .unwrap_or_default()
}

/// An inventory of `refs` in apply order, as Flux records it, without duplicates.
pub fn to_inventory(refs: impl IntoIterator<Item = ObjectRef>) -> ResourceInventory {
    let mut seen = BTreeSet::new();
    ResourceInventory {
        entries: refs
            .into_iter()
            .filter_map(|r| {
                let id = r.inventory_id();
                seen.insert(id.clone())
                    .then_some(ResourceRef { id, v: r.version })
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inventories_keep_apply_order_without_duplicates() {
        let r = |ns: &str, name: &str, kind: &str| ObjectRef {
            group: String::new(),
            version: "v1".into(),
            kind: kind.into(),
            namespace: ns.into(),
            name: name.into(),
        };
        let inv = to_inventory([
            r("b", "x", "ConfigMap"),
            r("a", "y", "Service"),
            r("b", "x", "ConfigMap"),
        ]);
        let ids: Vec<&str> = inv.entries.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["b_x__ConfigMap", "a_y__Service"]);
        assert_eq!(inventory_refs(Some(&inv)).len(), 2);
    }
}
