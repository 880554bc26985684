//! Alerting and observability services: Prometheus Alertmanager (`POST /api/v2/alerts` body), Grafana
//! annotations, Opsgenie alerts, PagerDuty Events API v2 (alert plus change event) and Lark cards.

use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use super::git::describe_reason;
use super::{Error, Request, Settings, object_title, require_url};
use crate::notify::event::{Event, SEVERITY_ERROR, SEVERITY_INFO};

fn basic(user: &str, password: &str) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"))
}

/// `Reason` with its first letter upper-cased and the rest lower-cased, as Go's `cases.Title` does to one word.
fn title_case(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first
            .to_uppercase()
            .chain(chars.flat_map(char::to_lowercase))
            .collect(),
        None => String::new(),
    }
}

/// Alertmanager: one firing alert labelled with the event (`alertname` `Flux<Kind><Reason>`, severity, reason,
/// kind, name, namespace, reporting controller and the metadata), annotated with the message and `summary`.
pub fn alertmanager(settings: &Settings, event: &Event) -> Result<Request, Error> {
    require_url("Alertmanager", &settings.address)?;
    let mut labels: serde_json::Map<String, Value> = event
        .metadata
        .iter()
        .filter(|(k, _)| k.as_str() != "summary")
        .map(|(k, v)| (k.clone(), json!(v)))
        .collect();
    let mut annotations = json!({"message": event.message});
    if let Some(summary) = event.metadata.get("summary") {
        annotations["summary"] = json!(summary);
    }
    for (k, v) in [
        (
            "alertname",
            format!("Flux{}{}", event.kind(), title_case(&event.reason)),
        ),
        ("severity", event.severity.clone()),
        ("reason", event.reason.clone()),
        ("kind", event.kind().to_string()),
        ("name", event.name().to_string()),
        ("namespace", event.namespace().to_string()),
        ("reportingcontroller", event.reporting_controller.clone()),
    ] {
        labels.insert(k.to_string(), json!(v));
    }
    let payload = json!([{
        "status": "firing",
        "labels": labels,
        "annotations": annotations,
        "startsAt": event.timestamp,
    }]);
    let mut request = Request::post_json(&settings.address, &payload)?;
    if !settings.token.is_empty() {
        request = request.header("Authorization", &format!("Bearer {}", settings.token));
    } else if !settings.username.is_empty() && !settings.password.is_empty() {
        request = request.header(
            "Authorization",
            &format!("Basic {}", basic(&settings.username, &settings.password)),
        );
    }
    Ok(request)
}

/// Grafana: an annotation (`POST /api/annotations`) whose tags are `flux`, the controller, the metadata and
/// the object (colons replaced by `|`, Grafana's tag separator).
pub fn grafana(settings: &Settings, event: &Event) -> Result<Request, Error> {
    require_url("Grafana", &settings.address)?;
    let mut tags = vec!["flux".to_string(), event.reporting_controller.clone()];
    for (k, v) in &event.metadata {
        tags.push(format!("{}: {}", k.replace(':', "|"), v.replace(':', "|")));
    }
    tags.push(format!("kind: {}", event.kind()));
    tags.push(format!("name: {}", event.name()));
    tags.push(format!("namespace: {}", event.namespace()));
    let when = k8s_openapi::jiff::Timestamp::strptime("%Y-%m-%dT%H:%M:%S%Z", &event.timestamp)
        .or_else(|_| event.timestamp.parse::<k8s_openapi::jiff::Timestamp>())
        .map(|t| t.as_second())
        .unwrap_or_default();
    let payload = json!({"when": when, "text": object_title(event), "tags": tags});
    let request = Request::post_json(&settings.address, &payload)?;
    Ok(if !settings.token.is_empty() {
        request.header("Authorization", &format!("Bearer {}", settings.token))
    } else if !settings.username.is_empty() && !settings.password.is_empty() {
        request.header(
            "Authorization",
            &format!("Basic {}", basic(&settings.username, &settings.password)),
        )
    } else {
        request
    })
}

/// Opsgenie: an alert `Kind/name` with the message as description, the metadata and severity as details, and
/// an alias (sha256 of provider UID, object and reason) that deduplicates repeats; `GenieKey` auth.
pub fn opsgenie(settings: &Settings, event: &Event) -> Result<Request, Error> {
    require_url("Opsgenie", &settings.address)?;
    if settings.token.is_empty() {
        return Err(Error::Missing("empty Opsgenie apikey/token"));
    }
    let mut details: serde_json::Map<String, Value> = event
        .metadata
        .iter()
        .map(|(k, v)| (k.clone(), json!(v)))
        .collect();
    details.insert("severity".into(), json!(event.severity));
    let alias = hex::encode(Sha256::digest(
        format!(
            "{}/{}/{}/{}/{}",
            settings.uid,
            event.kind(),
            event.namespace(),
            event.name(),
            event.reason
        )
        .as_bytes(),
    ));
    let payload = json!({
        "message": format!("{}/{}", event.kind(), event.name()),
        "alias": alias,
        "description": event.message,
        "details": details,
    });
    Ok(Request::post_json(&settings.address, &payload)?
        .header("Authorization", &format!("GenieKey {}", settings.token)))
}

/// PagerDuty Events API v2: errors trigger an alert deduplicated on the object's UID, other events resolve it;
/// info events also send a change event. The routing key is `channel`. `Progressing` events send nothing.
pub fn pagerduty(settings: &Settings, event: &Event) -> Result<Vec<Request>, Error> {
    require_url("PagerDuty", &settings.address)?;
    if event.reason == "Progressing" {
        return Ok(Vec::new());
    }
    let endpoint = reqwest::Url::parse(&settings.address)
        .map(|u| {
            format!("{}://{}", u.scheme(), u.host_str().unwrap_or_default())
                + &u.port().map(|p| format!(":{p}")).unwrap_or_default()
        })
        .unwrap_or_default();
    let name = format!("{}/{}", event.kind(), event.name()).to_lowercase();
    let summary = format!("{}: {name}", describe_reason(&event.reason));
    let source = format!("Flux {}", event.reporting_controller);
    let details = json!({"message": event.message, "metadata": event.metadata});
    let mut alert = json!({
        "routing_key": settings.channel,
        "event_action": "resolve",
        "dedup_key": event.involved_object.uid.clone().unwrap_or_default(),
    });
    if event.severity == SEVERITY_ERROR {
        alert["event_action"] = json!("trigger");
        alert["payload"] = json!({
            "summary": summary,
            "source": source,
            "severity": "error",
            "timestamp": event.timestamp,
            "component": event.name(),
            "group": event.kind(),
            "custom_details": details,
        });
    }
    let mut requests = vec![Request::post_json(
        &format!("{endpoint}/v2/enqueue"),
        &alert,
    )?];
    if event.severity == SEVERITY_INFO {
        let change = json!({
            "routing_key": settings.channel,
            "payload": {"summary": summary, "source": source, "timestamp": event.timestamp, "custom_details": details},
        });
        requests.push(Request::post_json(
            &format!("{endpoint}/v2/change/enqueue"),
            &change,
        )?);
    }
    Ok(requests)
}

/// Lark (Feishu): an interactive card titled with the object, red for errors.
pub fn lark(settings: &Settings, event: &Event) -> Result<Request, Error> {
    require_url("Lark", &settings.address)?;
    let (emoji, color) = if event.severity == SEVERITY_ERROR {
        ("🚨", "red")
    } else {
        ("💫", "turquoise")
    };
    let mut message = format!("**{}**\n\n", event.message);
    for (k, v) in &event.metadata {
        message.push_str(&format!("{k}: {v}\n"));
    }
    let payload = json!({
        "msg_type": "interactive",
        "card": {
            "config": {"wide_screen_mode": true},
            "header": {
                "title": {"tag": "plain_text", "content": format!("{emoji} {}", object_title(event))},
                "template": color,
            },
            "elements": [{"tag": "div", "text": {"tag": "lark_md", "content": message}}],
        },
    });
    Request::post_json(&settings.address, &payload)
}

#[cfg(test)]
mod tests {
    use super::*;
    use k8s_openapi::api::core::v1::ObjectReference;

    fn event(severity: &str, reason: &str) -> Event {
        Event {
            involved_object: ObjectReference {
                kind: Some("Kustomization".into()),
                name: Some("apps".into()),
                namespace: Some("flux-system".into()),
                uid: Some("u-1".into()),
                ..Default::default()
            },
            severity: severity.into(),
            reason: reason.into(),
            message: "m".into(),
            timestamp: "2026-01-01T00:00:00Z".into(),
            metadata: [("summary".to_string(), "prod".to_string())].into(),
            reporting_controller: "kustomize-controller".into(),
            ..Default::default()
        }
    }

    fn settings(address: &str) -> Settings {
        Settings {
            address: address.into(),
            token: "t".into(),
            channel: "routing".into(),
            uid: "uid".into(),
            ..Default::default()
        }
    }

    fn body(r: &Request) -> Value {
        serde_json::from_slice(&r.body).unwrap_or_default()
    }

    #[test]
    fn alertmanager_sends_one_firing_alert_with_flux_labels() {
        let r = alertmanager(
            &settings("http://am:9093/api/v2/alerts"),
            &event("error", "HealthCheckFailed"),
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let b = body(&r);
        assert_eq!(b[0]["status"], "firing");
        assert_eq!(
            b[0]["labels"]["alertname"],
            "FluxKustomizationHealthcheckfailed"
        );
        assert_eq!(b[0]["annotations"]["summary"], "prod");
        assert!(b[0]["labels"].get("summary").is_none());
        assert_eq!(b[0]["startsAt"], "2026-01-01T00:00:00Z");
    }

    #[test]
    fn pagerduty_triggers_on_errors_and_records_changes_on_info() {
        let r = pagerduty(
            &settings("https://events.pagerduty.com/x"),
            &event("error", "HealthCheckFailed"),
        )
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].url, "https://events.pagerduty.com/v2/enqueue");
        let b = body(&r[0]);
        assert_eq!(b["event_action"], "trigger");
        assert_eq!(b["dedup_key"], "u-1");
        assert_eq!(
            b["payload"]["summary"],
            "health check failed: kustomization/apps"
        );
        let r = pagerduty(
            &settings("https://events.pagerduty.com"),
            &event("info", "ReconciliationSucceeded"),
        )
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(r.len(), 2);
        assert_eq!(body(&r[0])["event_action"], "resolve");
        assert_eq!(r[1].url, "https://events.pagerduty.com/v2/change/enqueue");
    }

    #[test]
    fn opsgenie_uses_geniekey_and_a_stable_alias() {
        let a = opsgenie(
            &settings("https://api.opsgenie.com/v2/alerts"),
            &event("error", "X"),
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let b = opsgenie(
            &settings("https://api.opsgenie.com/v2/alerts"),
            &event("error", "X"),
        )
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(body(&a)["alias"], body(&b)["alias"]);
        assert_eq!(body(&a)["alias"].as_str().map(str::len), Some(64));
        assert!(
            a.headers
                .contains(&("Authorization".into(), "GenieKey t".into()))
        );
    }

    #[test]
    fn grafana_tags_escape_colons() {
        let mut e = event("info", "X");
        e.metadata.insert("revision".into(), "main@sha1:abc".into());
        let r = grafana(&settings("http://grafana/api/annotations"), &e)
            .unwrap_or_else(|e| panic!("{e}"));
        let b = body(&r);
        assert_eq!(b["when"], 1767225600);
        assert!(
            b["tags"]
                .as_array()
                .is_some_and(|t| t.contains(&json!("revision: main@sha1|abc")))
        );
    }
}
