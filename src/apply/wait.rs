//! Polling waits: stage readiness (CRD Established, Namespace Active) and object termination.
//!
//! Polling rather than watching keeps RBAC to `get` and costs one GET per pending object per
//! tick; the sets waited on are small (cluster definitions, or the objects of one deletion).

use std::time::{Duration, Instant};

use kube::Client;
use serde_json::Value;

use super::discovery::{Resolved, Resolver};
use super::error::{Error, is_not_found, server_message};
use super::object_ref::ObjectRef;
use super::ssa::api_for;

const POLL: Duration = Duration::from_millis(500);

/// Whether an object has reached its ready state, a small subset of kstatus: CRDs need
/// `Established=True`, Namespaces `phase: Active`; other kinds are ready unless they report an
/// older `observedGeneration` or `Ready=False`.
pub fn is_ready(obj: &Value) -> bool {
    let kind = obj.get("kind").and_then(Value::as_str).unwrap_or_default();
    match kind {
        "CustomResourceDefinition" => condition_is_true(obj, "Established"),
        "Namespace" => obj.pointer("/status/phase").and_then(Value::as_str) == Some("Active"),
        _ => {
            let generation = obj.pointer("/metadata/generation").and_then(Value::as_i64);
            let observed = obj
                .pointer("/status/observedGeneration")
                .and_then(Value::as_i64);
            if let (Some(g), Some(o)) = (generation, observed)
                && o < g
            {
                return false;
            }
            condition_status(obj, "Ready") != Some("False")
        }
    }
}

fn condition_status<'a>(obj: &'a Value, type_: &str) -> Option<&'a str> {
    obj.pointer("/status/conditions")
        .and_then(Value::as_array)?
        .iter()
        .find(|c| c.get("type").and_then(Value::as_str) == Some(type_))
        .and_then(|c| c.get("status"))
        .and_then(Value::as_str)
}

fn condition_is_true(obj: &Value, type_: &str) -> bool {
    condition_status(obj, type_) == Some("True")
}

/// Waits until every object is ready, or fails with Flux's
/// `timeout waiting for: [<subject> status: '<status>', …]`.
pub async fn wait_ready(
    client: &Client,
    objects: &[(ObjectRef, Resolved)],
    timeout: Duration,
) -> Result<(), Error> {
    let deadline = Instant::now() + timeout;
    let mut pending: Vec<(&ObjectRef, &Resolved, &'static str)> =
        objects.iter().map(|(o, r)| (o, r, "InProgress")).collect();
    loop {
        let mut still = Vec::new();
        for (object, resolved, _) in pending {
            let api = api_for(client, resolved, &object.namespace);
            let status = match api.get_opt(&object.name).await {
                Ok(Some(live)) => {
                    let value = serde_json::to_value(&live).unwrap_or(Value::Null);
                    if is_ready(&value) {
                        continue;
                    }
                    "InProgress"
                }
                Ok(None) => "NotFound",
                Err(e) => {
                    tracing::debug!(object = %object, error = %server_message(&e), "readiness check failed");
                    "Unknown"
                }
            };
            still.push((object, resolved, status));
        }
        if still.is_empty() {
            return Ok(());
        }
        if Instant::now() >= deadline {
            return Err(Error::WaitTimeout {
                pending: still
                    .iter()
                    .map(|(o, _, s)| format!("{o} status: '{s}'"))
                    .collect(),
            });
        }
        pending = still;
        tokio::time::sleep(POLL).await;
    }
}

/// Waits until none of `refs` exists. Kinds no longer served count as gone.
pub async fn wait_deleted(
    client: &Client,
    resolver: &Resolver,
    refs: &[ObjectRef],
    timeout: Duration,
) -> Result<(), Error> {
    let mut pending = Vec::new();
    for r in refs {
        if let Some(resolved) = resolver.resolve_opt(r).await? {
            pending.push((r, resolved));
        }
    }
    let deadline = Instant::now() + timeout;
    loop {
        let mut still = Vec::new();
        for (object, resolved) in pending {
            let namespace = if resolved.namespaced {
                object.namespace.as_str()
            } else {
                ""
            };
            let api = api_for(client, &resolved, namespace);
            match api.get_metadata_opt(&object.name).await {
                Ok(None) => {}
                // A plain-text 404 means the kind itself is gone (its CRD was deleted).
                Err(e) if is_not_found(&e) => {}
                Ok(Some(_)) => still.push((object, resolved)),
                Err(e) => {
                    tracing::debug!(object = %object, error = %server_message(&e), "termination check failed");
                    still.push((object, resolved));
                }
            }
        }
        let Some((first, _)) = still.first() else {
            return Ok(());
        };
        if Instant::now() >= deadline {
            return Err(Error::TerminationTimeout {
                subject: first.to_string(),
                seconds: timeout.as_secs(),
            });
        }
        pending = still;
        tokio::time::sleep(POLL).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn crd_is_ready_once_established() {
        let mut crd = json!({"kind": "CustomResourceDefinition", "status": {"conditions": [
            {"type": "NamesAccepted", "status": "True"}, {"type": "Established", "status": "False"}]}});
        assert!(!is_ready(&crd));
        crd["status"]["conditions"][1]["status"] = json!("True");
        assert!(is_ready(&crd));
    }

    #[test]
    fn namespace_is_ready_when_active() {
        assert!(is_ready(
            &json!({"kind": "Namespace", "status": {"phase": "Active"}})
        ));
        assert!(!is_ready(
            &json!({"kind": "Namespace", "status": {"phase": "Terminating"}})
        ));
    }

    #[test]
    fn other_kinds_wait_for_observed_generation_and_ready() {
        assert!(is_ready(&json!({"kind": "ClusterRole"})));
        assert!(!is_ready(
            &json!({"kind": "X", "metadata": {"generation": 2}, "status": {"observedGeneration": 1}})
        ));
        assert!(!is_ready(
            &json!({"kind": "X", "status": {"conditions": [{"type": "Ready", "status": "False"}]}})
        ));
    }
}
