//! Secret masking: replaces Secret values before comparison, exactly as Flux
//! does, so that no value ever reaches the report.

use serde_json::Value;

#[derive(Clone, Copy, PartialEq)]
pub(super) enum SecretMask {
    Values,
    KeysOnly,
}

const MASK_DEFAULT: &str = "***";
const MASK_BEFORE: &str = "*** (before)";
const MASK_AFTER: &str = "*** (after)";
const MASK_SOPS: &str = "*****";

fn is_secret(v: &Value) -> bool {
    v.get("kind").and_then(Value::as_str) == Some("Secret")
}

pub(super) fn masked(live: &Value, desired: &Value, mode: SecretMask) -> (Value, Value) {
    let mut live = live.clone();
    let mut desired = desired.clone();
    if is_secret(&desired) || is_secret(&live) {
        // Flux (ssa) masks only "data"; the API server never returns
        // stringData, but masking it too keeps values out of the output
        // should a caller pass an unconverted object.
        for field in ["data", "stringData"] {
            mask_field(&mut live, &mut desired, field, mode);
        }
    }
    (live, desired)
}

fn mask_field(live: &mut Value, desired: &mut Value, field: &str, mode: SecretMask) {
    let old = live.get(field).and_then(Value::as_object).cloned();
    let new = desired.get(field).and_then(Value::as_object).cloned();
    let mut old_out = old.clone();
    let mut new_out = new.clone();
    // Same rules as ssa.SanitizeUnstructuredData: keys present on both sides
    // with different values get before/after markers, everything else "***".
    if let Some(old_map) = &old {
        for (k, old_val) in old_map {
            let in_new = new.as_ref().and_then(|n| n.get(k));
            let (o, n) = match in_new {
                Some(new_val) if new_val != old_val => (MASK_BEFORE, Some(MASK_AFTER)),
                Some(_) => (MASK_DEFAULT, Some(MASK_DEFAULT)),
                None => (MASK_DEFAULT, None),
            };
            if let Some(m) = old_out.as_mut() {
                m.insert(k.clone(), Value::String(o.to_string()));
            }
            if let (Some(n), Some(m)) = (n, new_out.as_mut()) {
                m.insert(k.clone(), Value::String(n.to_string()));
            }
        }
    }
    if let Some(new_map) = &new {
        for k in new_map.keys() {
            let in_old = old.as_ref().is_some_and(|o| o.contains_key(k));
            if !in_old && let Some(m) = new_out.as_mut() {
                m.insert(k.clone(), Value::String(MASK_DEFAULT.to_string()));
            }
        }
    }
    // flux2 overwrites every value with a fixed mask for SOPS secrets so that
    // only the key sets are compared.
    if mode == SecretMask::KeysOnly {
        for m in [old_out.as_mut(), new_out.as_mut()].into_iter().flatten() {
            for v in m.values_mut() {
                *v = Value::String(MASK_SOPS.to_string());
            }
        }
    }
    if let (Some(m), Some(obj)) = (old_out, live.as_object_mut()) {
        obj.insert(field.to_string(), Value::Object(m));
    }
    if let (Some(m), Some(obj)) = (new_out, desired.as_object_mut()) {
        obj.insert(field.to_string(), Value::Object(m));
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::secret;
    use super::super::report;
    use serde_json::json;

    /// Unchanged and one-sided Secret keys are masked as "***" (quoted by
    /// neat because of the asterisks), stringData as well.
    #[test]
    fn secret_masking_of_added_removed_and_equal_keys() {
        let mut live = secret("s", json!({"same": "YQ==", "gone": "Yg=="}));
        live["stringData"] = json!({"plain": "secret"});
        let desired = secret("s", json!({"same": "YQ==", "new": "Yw==", "extra": "ZA=="}));
        let out = report(&live, &desired);
        assert!(!out.contains("YQ==") && !out.contains("Yg==") && !out.contains("secret\n"));
        assert_eq!(
            out,
            concat!(
                "\n",
                "(root level)\n",
                "- one map entry removed:\n",
                "stringData:\n",
                "  plain: \"***\"\n",
                "\n",
                "data\n",
                "- one map entry removed:   + two map entries added:\n",
                "gone: \"***\"                  extra: \"***\"\n",
                "                             new: \"***\"\n",
                "\n",
            )
        );
    }
}
