//! The per-object labels/annotations that change how an object is applied or pruned.
//!
//! Each selector matches when the key is present as a label *or* an annotation with the value,
//! compared case-insensitively (so `Disabled` and `disabled` both work, as in Flux).

use serde_json::Value;

pub use crate::api::annotations::{
    KUSTOMIZE_FORCE as FORCE_KEY, KUSTOMIZE_PRUNE as PRUNE_KEY,
    KUSTOMIZE_RECONCILE as RECONCILE_KEY, KUSTOMIZE_SSA as SSA_KEY,
};

pub use crate::api::annotations::{DISABLED, ENABLED};
/// `ssa` values, lower-cased for the case-insensitive comparison.
pub const SSA_IGNORE: &str = "ignore";
pub const SSA_IF_NOT_PRESENT: &str = "ifnotpresent";
pub const SSA_MERGE: &str = "merge";

/// True if `obj` carries `key: value` as a label or annotation (value compared case-insensitively).
pub fn has_marker(obj: &Value, key: &str, value: &str) -> bool {
    ["labels", "annotations"].iter().any(|field| {
        obj.get("metadata")
            .and_then(|m| m.get(field))
            .and_then(|m| m.get(key))
            .and_then(Value::as_str)
            .is_some_and(|v| !v.is_empty() && v.eq_ignore_ascii_case(value))
    })
}

/// Objects Flux leaves alone on apply: `reconcile: disabled` or `ssa: Ignore`, on either the
/// desired or the live object.
pub fn is_apply_excluded(obj: &Value) -> bool {
    has_marker(obj, RECONCILE_KEY, DISABLED) || has_marker(obj, SSA_KEY, SSA_IGNORE)
}

/// `ssa: IfNotPresent` on the desired object: create if missing, never update.
pub fn is_if_not_present(desired: &Value) -> bool {
    has_marker(desired, SSA_KEY, SSA_IF_NOT_PRESENT)
}

/// `force: Enabled` on the desired or live object: recreate on immutable-field errors.
pub fn is_force_enabled(obj: &Value) -> bool {
    has_marker(obj, FORCE_KEY, ENABLED)
}

/// `ssa: Merge`: keep fields other managers set, so the managedFields cleanup is skipped.
pub fn is_merge(obj: &Value) -> bool {
    has_marker(obj, SSA_KEY, SSA_MERGE)
}

/// Objects prune and delete must keep: `prune: disabled` or `reconcile: disabled`.
pub fn is_prune_excluded(obj: &Value) -> bool {
    has_marker(obj, PRUNE_KEY, DISABLED) || has_marker(obj, RECONCILE_KEY, DISABLED)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn markers_match_labels_or_annotations_case_insensitively() {
        let by_label = json!({"metadata":{"labels":{PRUNE_KEY:"Disabled"}}});
        let by_annotation = json!({"metadata":{"annotations":{RECONCILE_KEY:"disabled"}}});
        assert!(is_prune_excluded(&by_label));
        assert!(is_prune_excluded(&by_annotation));
        assert!(is_apply_excluded(&by_annotation));
        assert!(!is_apply_excluded(&by_label));
    }

    #[test]
    fn ssa_policies_are_recognised() {
        let ignore = json!({"metadata":{"annotations":{SSA_KEY:"Ignore"}}});
        let inp = json!({"metadata":{"annotations":{SSA_KEY:"IfNotPresent"}}});
        let merge = json!({"metadata":{"annotations":{SSA_KEY:"Merge"}}});
        assert!(is_apply_excluded(&ignore));
        assert!(is_if_not_present(&inp) && !is_apply_excluded(&inp));
        assert!(is_merge(&merge) && !is_merge(&inp));
        assert!(!is_merge(&json!({"metadata":{}})));
    }
}
