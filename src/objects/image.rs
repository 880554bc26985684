//! ImageRepository, ImagePolicy and ImageUpdateAutomation from the CLI's point of view: print them as
//! `flux export` does (Go's zero values left out, durations in Go's form), summarise them for `flux get` and
//! name what `flux reconcile` reports.

use k8s_openapi::apimachinery::pkg::apis::meta::v1::Time;
use serde_json::{Map, Value, json};

use crate::api::FluxObject;
use crate::api::image::{ImagePolicy, ImageRepository, ImageUpdateAutomation};
use crate::duration;

/// API version of the three image kinds.
pub const API_VERSION: &str = "image.toolkit.fluxcd.io/v1";

/// `flux export image repository`: metadata and spec, as Flux's CLI prints them.
pub fn repository_export_value(obj: &ImageRepository) -> Value {
    export_value("ImageRepository", &obj.metadata, &obj.spec)
}

/// `flux export image policy`: metadata and spec; `filterTags` keeps an empty `extract` as Go does.
pub fn policy_export_value(obj: &ImagePolicy) -> Value {
    let mut value = export_value("ImagePolicy", &obj.metadata, &obj.spec);
    if let Some(filter) = value
        .pointer_mut("/spec/filterTags")
        .and_then(Value::as_object_mut)
    {
        for key in ["pattern", "extract"] {
            filter.entry(key).or_insert_with(|| Value::from(""));
        }
    }
    value
}

/// `flux export image update`: metadata and spec; `sourceRef.kind` and the author's `email` are always printed.
pub fn update_export_value(obj: &ImageUpdateAutomation) -> Value {
    let mut value = export_value("ImageUpdateAutomation", &obj.metadata, &obj.spec);
    if let Some(source) = value
        .pointer_mut("/spec/sourceRef")
        .and_then(Value::as_object_mut)
    {
        source.entry("kind").or_insert_with(|| Value::from(""));
    }
    if let Some(author) = value
        .pointer_mut("/spec/git/commit/author")
        .and_then(Value::as_object_mut)
    {
        author.entry("email").or_insert_with(|| Value::from(""));
    }
    value
}

fn export_value(kind: &str, meta: &kube::api::ObjectMeta, spec: &impl serde::Serialize) -> Value {
    let mut spec = serde_json::to_value(spec).unwrap_or(Value::Null);
    drop_go_zero_values(&mut spec);
    if let Some(map) = spec.as_object_mut() {
        for k in ["interval", "timeout"] {
            if let Some(v) = map.get_mut(k)
                && let Some(s) = v.as_str()
                && let Ok(d) = duration::parse(s)
            {
                *v = Value::from(duration::format(d));
            }
        }
    }
    json!({
        "apiVersion": API_VERSION,
        "kind": kind,
        "metadata": super::export_metadata(meta),
        "spec": spec,
    })
}

/// Removes what Go's `omitempty` leaves out of these specs: `false`, empty strings, empty lists and maps.
fn drop_go_zero_values(value: &mut Value) {
    match value {
        Value::Object(map) => {
            let mut kept = Map::new();
            for (k, mut v) in std::mem::take(map) {
                drop_go_zero_values(&mut v);
                let zero = match &v {
                    Value::Bool(b) => !b,
                    Value::String(s) => s.is_empty(),
                    Value::Array(a) => a.is_empty(),
                    // Go prints struct (non-pointer) fields even when empty: `policy: {}`.
                    Value::Object(o) => {
                        o.is_empty() && !matches!(k.as_str(), "spec" | "policy" | "ref")
                    }
                    Value::Null => true,
                    Value::Number(_) => false,
                };
                if !zero {
                    kept.insert(k, v);
                }
            }
            *map = kept;
        }
        Value::Array(items) => items.iter_mut().for_each(drop_go_zero_values),
        _ => {}
    }
}

/// Ready's status and message, or Flux's placeholder for an object never reconciled.
fn ready_cells(obj: &impl FluxObject) -> (String, String) {
    match obj.ready_condition() {
        Some(c) => (c.status.clone(), c.message.clone()),
        None => ("False".to_string(), "waiting to be reconciled".to_string()),
    }
}

fn bool_cell(b: bool) -> String {
    if b { "True" } else { "False" }.to_string()
}

/// A time as Go's `time.RFC3339` prints it (in UTC, the container's zone).
fn rfc3339(t: &Time) -> String {
    t.0.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// One `flux get images repository` row: name, last scan, suspended, ready, message.
pub fn repository_row(obj: &ImageRepository) -> Vec<String> {
    let last_scan = obj
        .status
        .as_ref()
        .and_then(|s| s.last_scan_result.as_ref())
        .and_then(|r| r.scan_time.as_ref())
        .map(rfc3339)
        .unwrap_or_default();
    let (ready, message) = ready_cells(obj);
    vec![
        kube::ResourceExt::name_any(obj),
        last_scan,
        bool_cell(obj.is_suspended()),
        ready,
        message,
    ]
}

/// One `flux get images policy` row: name, image, tag, ready, message.
pub fn policy_row(obj: &ImagePolicy) -> Vec<String> {
    let latest = obj.status.as_ref().and_then(|s| s.latest_ref.as_ref());
    let (ready, message) = ready_cells(obj);
    vec![
        kube::ResourceExt::name_any(obj),
        latest.map(|r| r.name.clone()).unwrap_or_default(),
        latest.map(|r| r.tag.clone()).unwrap_or_default(),
        ready,
        message,
    ]
}

/// One `flux get images update` row: name, last run, suspended, ready, message.
pub fn update_row(obj: &ImageUpdateAutomation) -> Vec<String> {
    let last_run = obj
        .status
        .as_ref()
        .and_then(|s| s.last_automation_run_time.as_ref())
        .map(rfc3339)
        .unwrap_or_default();
    let (ready, message) = ready_cells(obj);
    vec![
        kube::ResourceExt::name_any(obj),
        last_run,
        bool_cell(obj.is_suspended()),
        ready,
        message,
    ]
}

/// The line `flux reconcile image repository` ends with: how many tags the scan found.
pub fn repository_success_message(obj: &ImageRepository) -> String {
    let count = obj
        .status
        .as_ref()
        .and_then(|s| s.last_scan_result.as_ref())
        .map(|r| r.tag_count)
        .unwrap_or_default();
    format!("scan fetched {count} tags")
}

/// The line `flux reconcile image policy` ends with: the selected `name:tag[@digest]`.
pub fn policy_success_message(obj: &ImagePolicy) -> String {
    let latest = obj
        .status
        .as_ref()
        .and_then(|s| s.latest_ref.as_ref())
        .map(|r| match &r.digest {
            Some(d) if !d.is_empty() => format!("{}:{}@{d}", r.name, r.tag),
            _ => format!("{}:{}", r.name, r.tag),
        })
        .unwrap_or_default();
    format!("selected ref {latest}")
}

/// The line `flux reconcile image update` ends with: Ready's message, else the last run time.
pub fn update_success_message(obj: &ImageUpdateAutomation) -> String {
    if let Some(c) = obj.ready_condition() {
        return c.message.clone();
    }
    match obj
        .status
        .as_ref()
        .and_then(|s| s.last_automation_run_time.as_ref())
    {
        Some(t) => format!("last run {}", rfc3339(t)),
        None => "automation not yet run".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::image::{ImagePolicyChoice, ImagePolicySpec, OrderPolicy, TagFilter};
    use crate::api::meta::NamespacedObjectReference;

    #[test]
    fn exported_policy_keeps_an_empty_extract_and_drops_false_suspend() {
        let mut obj = ImagePolicy::new(
            "podinfo",
            ImagePolicySpec {
                image_repository_ref: NamespacedObjectReference {
                    name: "podinfo".into(),
                    namespace: None,
                },
                policy: ImagePolicyChoice {
                    numerical: Some(OrderPolicy {
                        order: Some("asc".into()),
                    }),
                    ..Default::default()
                },
                filter_tags: Some(TagFilter {
                    pattern: Some("^main-".into()),
                    extract: None,
                }),
                suspend: Some(false),
                ..Default::default()
            },
        );
        obj.metadata.namespace = Some("flux-system".into());
        let v = policy_export_value(&obj);
        assert_eq!(v.pointer("/spec/filterTags/extract"), Some(&json!("")));
        assert_eq!(v.pointer("/spec/suspend"), None);
    }

    #[test]
    fn exported_intervals_are_in_go_form() {
        let mut obj = ImageRepository::new(
            "podinfo",
            crate::api::image::ImageRepositorySpec {
                image: "ghcr.io/stefanprodan/podinfo".into(),
                interval: "1m".into(),
                ..Default::default()
            },
        );
        obj.metadata.namespace = Some("flux-system".into());
        let v = repository_export_value(&obj);
        assert_eq!(v.pointer("/spec/interval"), Some(&json!("1m0s")));
    }
}
