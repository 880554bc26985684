//! Alert, Provider and Receiver as the CLI prints and builds them: `--export` values (durations in Go's form,
//! `10m0s`) and the objects `flux create alert|alert-provider|receiver` generates.

use serde_json::{Value, json};

use crate::api::notification::{Alert, Provider, Receiver};
use crate::duration;

/// The API version of Alert and Provider.
pub const V1BETA3: &str = "notification.toolkit.fluxcd.io/v1beta3";
/// The API version of Receiver.
pub const V1: &str = "notification.toolkit.fluxcd.io/v1";

/// Rewrites the duration fields of a spec in Go's form (`10m` → `10m0s`).
fn go_durations(spec: &mut Value, keys: &[&str]) {
    if let Some(map) = spec.as_object_mut() {
        for k in keys {
            if let Some(v) = map.get_mut(*k)
                && let Some(s) = v.as_str()
                && let Ok(d) = duration::parse(s)
            {
                *v = Value::from(duration::format(d));
            }
        }
    }
}

fn export(
    api_version: &str,
    kind: &str,
    meta: &kube::api::ObjectMeta,
    mut spec: Value,
    durations: &[&str],
) -> Value {
    go_durations(&mut spec, durations);
    json!({
        "apiVersion": api_version,
        "kind": kind,
        "metadata": super::export_metadata(meta),
        "spec": spec,
    })
}

/// `flux export alert`.
pub fn alert_export(obj: &Alert) -> Value {
    let spec = serde_json::to_value(&obj.spec).unwrap_or(Value::Null);
    export(V1BETA3, "Alert", &obj.metadata, spec, &[])
}

/// `flux export alert-provider`.
pub fn provider_export(obj: &Provider) -> Value {
    let spec = serde_json::to_value(&obj.spec).unwrap_or(Value::Null);
    export(
        V1BETA3,
        "Provider",
        &obj.metadata,
        spec,
        &["interval", "timeout"],
    )
}

/// `flux export receiver`.
pub fn receiver_export(obj: &Receiver) -> Value {
    let spec = serde_json::to_value(&obj.spec).unwrap_or(Value::Null);
    export(V1, "Receiver", &obj.metadata, spec, &["interval"])
}

/// `<kind>/<name>[.<namespace>]` of `--event-source`/`--resource`, as Flux splits it: exactly one `/` gives a
/// kind (otherwise it is all name), and the name's first two `.`-separated parts are name and namespace.
pub fn parse_kind_name_namespace(s: &str) -> (String, String, String) {
    let parts: Vec<&str> = s.split('/').collect();
    let (kind, name) = match parts.as_slice() {
        [kind, name] => (kind.to_string(), name.to_string()),
        _ => (String::new(), s.to_string()),
    };
    let nn: Vec<&str> = name.split('.').collect();
    if nn.len() > 1 {
        return (kind, nn[0].to_string(), nn[1].to_string());
    }
    (kind, name, String::new())
}

fn reference(kind: &str, name: &str, namespace: &str) -> Value {
    let mut r = json!({"kind": kind, "name": name});
    if !namespace.is_empty() {
        r["namespace"] = json!(namespace);
    }
    r
}

fn metadata(
    name: &str,
    namespace: &str,
    labels: &std::collections::BTreeMap<String, String>,
) -> Value {
    let mut m = json!({"name": name, "namespace": namespace});
    if !labels.is_empty() {
        m["labels"] = json!(labels);
    }
    m
}

/// The Alert `flux create alert` generates.
pub fn new_alert(
    name: &str,
    namespace: &str,
    labels: &std::collections::BTreeMap<String, String>,
    provider: &str,
    severity: &str,
    sources: &[(String, String, String)],
) -> Value {
    let mut spec = json!({
        "providerRef": {"name": provider},
        "eventSources": sources.iter().map(|(k, n, ns)| reference(k, n, ns)).collect::<Vec<_>>(),
    });
    if !severity.is_empty() {
        spec["eventSeverity"] = json!(severity);
    }
    json!({"apiVersion": V1BETA3, "kind": "Alert", "metadata": metadata(name, namespace, labels), "spec": spec})
}

/// Settings of `flux create alert-provider`.
#[derive(Debug, Clone, Default)]
pub struct NewProvider<'a> {
    pub kind: &'a str,
    pub channel: &'a str,
    pub username: &'a str,
    pub address: &'a str,
    pub secret_ref: &'a str,
}

/// The Provider `flux create alert-provider` generates.
pub fn new_provider(
    name: &str,
    namespace: &str,
    labels: &std::collections::BTreeMap<String, String>,
    p: &NewProvider<'_>,
) -> Value {
    let mut spec = json!({"type": p.kind});
    for (k, v) in [
        ("channel", p.channel),
        ("username", p.username),
        ("address", p.address),
    ] {
        if !v.is_empty() {
            spec[k] = json!(v);
        }
    }
    if !p.secret_ref.is_empty() {
        spec["secretRef"] = json!({"name": p.secret_ref});
    }
    json!({"apiVersion": V1BETA3, "kind": "Provider", "metadata": metadata(name, namespace, labels), "spec": spec})
}

/// The Receiver `flux create receiver` generates.
#[allow(clippy::too_many_arguments)]
pub fn new_receiver(
    name: &str,
    namespace: &str,
    labels: &std::collections::BTreeMap<String, String>,
    kind: &str,
    secret_ref: &str,
    events: &[String],
    resources: &[(String, String)],
) -> Value {
    let mut spec = json!({
        "type": kind,
        "resources": resources.iter().map(|(k, n)| reference(k, n, "")).collect::<Vec<_>>(),
        "secretRef": {"name": secret_ref},
    });
    if !events.is_empty() {
        spec["events"] = json!(events);
    }
    json!({"apiVersion": V1, "kind": "Receiver", "metadata": metadata(name, namespace, labels), "spec": spec})
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn event_sources_split_kind_name_and_namespace() {
        assert_eq!(
            parse_kind_name_namespace("Kustomization/apps.flux-system"),
            ("Kustomization".into(), "apps".into(), "flux-system".into())
        );
        assert_eq!(
            parse_kind_name_namespace("GitRepository/*"),
            ("GitRepository".into(), "*".into(), String::new())
        );
        assert_eq!(parse_kind_name_namespace("nokind").0, "");
    }

    #[test]
    fn receiver_exports_write_go_durations() {
        let mut r = Receiver::new("gh", Default::default());
        r.spec.interval = Some("10m".into());
        assert_eq!(receiver_export(&r)["spec"]["interval"], "10m0s");
    }
}
