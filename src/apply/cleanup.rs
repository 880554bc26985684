//! Metadata cleanup run before applying to an existing object, so edits made by other tools get
//! reverted by the next apply.
//!
//! Server-side apply only removes fields its own manager owns. Fields added with `kubectl edit`,
//! `kubectl apply` or by the pre-SSA controller belong to other managers and would survive; so,
//! like Flux, the matching managedFields entries are folded into our own `Apply` entry first.
//! After that we own those fields, and an apply that no longer lists them deletes them.

use serde_json::{Map, Value, json};

/// Annotations left behind by `kubectl apply` and by Flux v1; removed from live objects.
pub const STALE_ANNOTATIONS: [&str; 3] = [
    "kubectl.kubernetes.io/last-applied-configuration",
    "kustomize.toolkit.fluxcd.io/checksum",
    "fluxcd.io/sync-checksum",
];
/// Labels left behind by Flux v1; removed from live objects.
pub const STALE_LABELS: [&str; 1] = ["fluxcd.io/sync-gc-mark"];

/// A managedFields manager whose fields we take over. Names match by prefix (so `kubectl`
/// covers `kubectl-edit`, `kubectl-client-side-apply`, …); only main-resource entries match.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldManagerMatch {
    pub name_prefix: String,
    /// `Apply` or `Update`.
    pub operation: &'static str,
}

/// The managers Flux's kustomize-controller takes over: `kubectl` (Apply and Update),
/// `before-first-apply` (Update) and our own manager's `Update` entries. `flux-client-side-apply`
/// is deliberately not listed: it is the escape hatch for edits that should persist.
pub fn default_managers(field_manager: &str) -> Vec<FieldManagerMatch> {
    [
        ("kubectl", "Apply"),
        ("kubectl", "Update"),
        ("before-first-apply", "Update"),
        (field_manager, "Update"),
    ]
    .into_iter()
    .map(|(name, operation)| FieldManagerMatch {
        name_prefix: name.to_string(),
        operation,
    })
    .collect()
}

/// [`default_managers`] plus the `--disallowed-field-managers` (Apply and Update), whose edits are reverted
/// too.
pub fn managers_to_take_over(field_manager: &str, disallowed: &[String]) -> Vec<FieldManagerMatch> {
    let mut out = default_managers(field_manager);
    for name in disallowed {
        for operation in ["Apply", "Update"] {
            out.push(FieldManagerMatch {
                name_prefix: name.clone(),
                operation,
            });
        }
    }
    out
}

fn entry_str<'a>(entry: &'a Value, key: &str) -> &'a str {
    entry.get(key).and_then(Value::as_str).unwrap_or_default()
}

fn matches(entry: &Value, m: &FieldManagerMatch) -> bool {
    entry_str(entry, "operation") == m.operation
        && entry_str(entry, "subresource").is_empty()
        && entry_str(entry, "manager").starts_with(&m.name_prefix)
}

/// New managedFields where every entry matching `managers` is merged into `owner`'s `Apply`
/// entry (the first match is renamed if `owner` has none yet). `None` when nothing matched.
pub fn take_over_managed_fields(
    entries: &[Value],
    managers: &[FieldManagerMatch],
    owner: &str,
) -> Option<Vec<Value>> {
    let own_index = entries.iter().rposition(|e| {
        entry_str(e, "manager") == owner
            && entry_str(e, "operation") == "Apply"
            && entry_str(e, "subresource").is_empty()
    });
    let mut own: Option<Value> = own_index.map(|i| entries[i].clone());
    let mut kept = Vec::with_capacity(entries.len());
    let mut edited = false;
    for (i, entry) in entries.iter().enumerate() {
        if Some(i) == own_index {
            continue;
        }
        if !managers.iter().any(|m| matches(entry, m)) {
            kept.push(entry.clone());
            continue;
        }
        edited = true;
        match own.as_mut() {
            None => {
                let mut renamed = entry.clone();
                if let Some(obj) = renamed.as_object_mut() {
                    obj.insert("manager".into(), Value::String(owner.to_string()));
                    obj.insert("operation".into(), Value::String("Apply".into()));
                }
                own = Some(renamed);
            }
            Some(own) => {
                let theirs = entry.get("fieldsV1").cloned().unwrap_or(Value::Null);
                if let Some(obj) = own.as_object_mut() {
                    let mine = obj.remove("fieldsV1").unwrap_or(Value::Null);
                    obj.insert("fieldsV1".into(), merge_field_sets(mine, theirs));
                }
            }
        }
    }
    if !edited {
        return None;
    }
    kept.extend(own);
    Some(kept)
}

/// Union of two `fieldsV1` trees (nested objects whose leaves are `{}`).
pub fn merge_field_sets(a: Value, b: Value) -> Value {
    match (a, b) {
        (Value::Object(mut a), Value::Object(b)) => {
            for (k, bv) in b {
                let merged = match a.remove(&k) {
                    Some(av) => merge_field_sets(av, bv),
                    None => bv,
                };
                a.insert(k, merged);
            }
            Value::Object(a)
        }
        (Value::Null, b) => b,
        (a, _) => a,
    }
}

/// A JSON merge patch that removes the stale annotations/labels and takes over the fields of
/// `managers`, or `None` if the live object needs no cleanup. A merge patch replaces the
/// managedFields list as a whole, which is what Flux's JSON-patch `replace` does too.
pub fn cleanup_patch(live: &Value, managers: &[FieldManagerMatch], owner: &str) -> Option<Value> {
    let meta = live.get("metadata")?;
    let mut patch_meta = Map::new();
    for (field, keys) in [
        ("annotations", &STALE_ANNOTATIONS[..]),
        ("labels", &STALE_LABELS[..]),
    ] {
        let present: Map<String, Value> = keys
            .iter()
            .filter(|k| meta.get(field).and_then(|m| m.get(**k)).is_some())
            .map(|k| (k.to_string(), Value::Null))
            .collect();
        if !present.is_empty() {
            patch_meta.insert(field.into(), Value::Object(present));
        }
    }
    let entries = meta
        .get("managedFields")
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or_default();
    if let Some(new_entries) = take_over_managed_fields(entries, managers, owner) {
        patch_meta.insert("managedFields".into(), Value::Array(new_entries));
    }
    if patch_meta.is_empty() {
        return None;
    }
    Some(json!({ "metadata": patch_meta }))
}

/// Removes an unusable `caBundle` from a CRD's conversion webhook, as Flux does: API servers
/// since 1.31 reject CRDs whose bundle holds no PEM certificate (placeholders that a
/// cert-injector fills in later). A bundle with a certificate is kept.
pub fn strip_invalid_ca_bundle(obj: &mut Value) {
    let is_crd = obj.get("kind").and_then(Value::as_str) == Some("CustomResourceDefinition")
        && obj
            .get("apiVersion")
            .and_then(Value::as_str)
            .is_some_and(|v| v.starts_with("apiextensions.k8s.io/"));
    if !is_crd {
        return;
    }
    let Some(client_config) = obj
        .pointer_mut("/spec/conversion/webhook/clientConfig")
        .and_then(Value::as_object_mut)
    else {
        return;
    };
    let bundle = client_config
        .get("caBundle")
        .and_then(Value::as_str)
        .unwrap_or_default();
    if bundle.is_empty() {
        return;
    }
    let valid = decode_base64(bundle)
        .map(|pem| String::from_utf8_lossy(&pem).contains("-----BEGIN CERTIFICATE-----"))
        .unwrap_or(false);
    if !valid {
        client_config.remove("caBundle");
    }
}

/// Standard base64 (with optional padding); `None` on any other character.
fn decode_base64(s: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let mut acc: u32 = 0;
    let mut bits = 0;
    for c in s.bytes().filter(|c| !c.is_ascii_whitespace()) {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            b'=' => continue,
            _ => return None,
        };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(manager: &str, op: &str, fields: Value) -> Value {
        json!({"manager": manager, "operation": op, "apiVersion": "v1", "fieldsType": "FieldsV1", "fieldsV1": fields})
    }

    #[test]
    fn disallowed_managers_are_taken_over_for_apply_and_update() {
        let managers = managers_to_take_over("kc", &["argocd".to_string()]);
        let names: Vec<(&str, &str)> = managers
            .iter()
            .map(|m| (m.name_prefix.as_str(), m.operation))
            .filter(|(n, _)| *n == "argocd")
            .collect();
        assert_eq!(names, [("argocd", "Apply"), ("argocd", "Update")]);
        assert_eq!(managers.len(), default_managers("kc").len() + 2);
    }

    #[test]
    fn kubectl_edits_are_merged_into_our_apply_entry() {
        let entries = vec![
            entry(
                "kustomize-controller",
                "Apply",
                json!({"f:data": {"f:a": {}}}),
            ),
            entry("kubectl-edit", "Update", json!({"f:data": {"f:b": {}}})),
            entry("kube-controller-manager", "Update", json!({"f:status": {}})),
        ];
        let got = take_over_managed_fields(
            &entries,
            &default_managers("kustomize-controller"),
            "kustomize-controller",
        )
        .unwrap();
        assert_eq!(got.len(), 2);
        assert_eq!(got[0]["manager"], "kube-controller-manager");
        assert_eq!(got[1]["manager"], "kustomize-controller");
        assert_eq!(
            got[1]["fieldsV1"],
            json!({"f:data": {"f:a": {}, "f:b": {}}})
        );
    }

    #[test]
    fn first_match_is_renamed_when_we_own_nothing_yet() {
        let entries = vec![
            entry(
                "kubectl-client-side-apply",
                "Update",
                json!({"f:data": {"f:a": {}}}),
            ),
            entry(
                "before-first-apply",
                "Update",
                json!({"f:metadata": {"f:labels": {}}}),
            ),
        ];
        let got = take_over_managed_fields(&entries, &default_managers("kc"), "kc").unwrap();
        assert_eq!(got.len(), 1);
        assert_eq!(got[0]["manager"], "kc");
        assert_eq!(got[0]["operation"], "Apply");
        assert_eq!(
            got[0]["fieldsV1"],
            json!({"f:data": {"f:a": {}}, "f:metadata": {"f:labels": {}}})
        );
    }

    #[test]
    fn flux_client_side_apply_and_subresources_are_kept() {
        let mut status = entry("kubectl", "Update", json!({"f:status": {}}));
        status["subresource"] = json!("status");
        let entries = vec![
            entry("kc", "Apply", json!({"f:data": {}})),
            entry(
                "flux-client-side-apply",
                "Update",
                json!({"f:data": {"f:x": {}}}),
            ),
            status,
        ];
        assert_eq!(
            take_over_managed_fields(&entries, &default_managers("kc"), "kc"),
            None
        );
    }

    #[test]
    fn own_update_entries_are_taken_over() {
        let entries = vec![entry("kc", "Update", json!({"f:spec": {}}))];
        let got = take_over_managed_fields(&entries, &default_managers("kc"), "kc").unwrap();
        assert_eq!(got[0]["operation"], "Apply");
    }

    #[test]
    fn cleanup_patch_removes_stale_metadata() {
        let live = json!({"metadata": {
            "annotations": {"kubectl.kubernetes.io/last-applied-configuration": "{}", "keep": "x"},
            "labels": {"fluxcd.io/sync-gc-mark": "y", "app": "z"},
            "managedFields": [entry("kc", "Apply", json!({}))]
        }});
        let patch = cleanup_patch(&live, &default_managers("kc"), "kc").unwrap();
        assert_eq!(
            patch,
            json!({"metadata": {
                "annotations": {"kubectl.kubernetes.io/last-applied-configuration": null},
                "labels": {"fluxcd.io/sync-gc-mark": null}
            }})
        );
        let clean = json!({"metadata": {"annotations": {"keep": "x"}, "managedFields": [entry("kc", "Apply", json!({}))]}});
        assert_eq!(cleanup_patch(&clean, &default_managers("kc"), "kc"), None);
    }

    #[test]
    fn placeholder_ca_bundle_is_stripped_but_a_real_one_kept() {
        let crd = |bundle: &str| {
            json!({"apiVersion": "apiextensions.k8s.io/v1", "kind": "CustomResourceDefinition",
                   "spec": {"conversion": {"webhook": {"clientConfig": {"caBundle": bundle}}}}})
        };
        let mut placeholder = crd("Cg==");
        strip_invalid_ca_bundle(&mut placeholder);
        assert_eq!(
            placeholder.pointer("/spec/conversion/webhook/clientConfig/caBundle"),
            None
        );
        // base64 of "-----BEGIN CERTIFICATE-----\n"
        let mut real = crd("LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCg==");
        strip_invalid_ca_bundle(&mut real);
        assert!(
            real.pointer("/spec/conversion/webhook/clientConfig/caBundle")
                .is_some()
        );
    }
}
