//! Which Alerts an event goes to, and the metadata it carries there: event sources (kind, name or `*`,
//! namespace, labels), severity, inclusion and exclusion regexes, and the merge of object annotations, the
//! Alert's `eventMetadata` and `summary` and the controller's own metadata, as notification-controller does.

use std::collections::BTreeMap;

use regex::Regex;

use super::event::{EVENT_GROUP, Event, SEVERITY_INFO};
use crate::api::notification::{Alert, CrossNamespaceObjectReference};

/// Whether an event source selects an event.
#[derive(Debug, PartialEq, Eq)]
pub enum SourceMatch<'a> {
    /// It does not.
    No,
    /// It does.
    Yes,
    /// It does if the involved object carries these labels (the caller reads them from the cluster).
    IfLabels(&'a BTreeMap<String, String>),
}

/// Whether `source` of `alert` selects `event` by namespace (the Alert's by default), kind, severity and name.
pub fn source_matches<'a>(
    alert: &Alert,
    source: &'a CrossNamespaceObjectReference,
    event: &Event,
) -> SourceMatch<'a> {
    let alert_ns = alert.metadata.namespace.as_deref().unwrap_or_default();
    let namespace = source.namespace.as_deref().unwrap_or(alert_ns);
    if event.namespace() != namespace || event.kind() != source.kind {
        return SourceMatch::No;
    }
    let severity = alert
        .spec
        .event_severity
        .as_deref()
        .unwrap_or(SEVERITY_INFO);
    if event.severity != severity && severity != SEVERITY_INFO {
        return SourceMatch::No;
    }
    if source.name != "*" && source.name != event.name() {
        return SourceMatch::No;
    }
    match &source.match_labels {
        None => SourceMatch::Yes,
        Some(labels) => SourceMatch::IfLabels(labels),
    }
}

/// Whether every `selector` label is set to its value in `labels`.
pub fn labels_match(
    selector: &BTreeMap<String, String>,
    labels: &BTreeMap<String, String>,
) -> bool {
    selector.iter().all(|(k, v)| labels.get(k) == Some(v))
}

/// A regex of an Alert's inclusion or exclusion list that does not compile.
#[derive(Debug, thiserror::Error)]
#[error("failed to compile {list} regex: {expression}")]
pub struct InvalidRegex {
    /// `inclusion` or `exclusion`.
    pub list: &'static str,
    /// The expression as written.
    pub expression: String,
    /// Why it does not compile.
    #[source]
    pub source: regex::Error,
}

/// Whether the message passes the Alert's inclusion list (any regex matches; an empty list passes all) and
/// exclusion list (no regex matches). Invalid regexes are skipped and returned, so the caller can report
/// them as Flux does (a Warning event `InvalidConfig` on the Alert).
pub fn message_allowed(alert: &Alert, message: &str) -> (bool, Vec<InvalidRegex>) {
    let mut invalid = Vec::new();
    let mut test = |list: &'static str, exprs: &[String]| -> bool {
        let mut any = false;
        for expr in exprs {
            match Regex::new(expr) {
                Ok(re) => any |= re.is_match(message),
                Err(source) => invalid.push(InvalidRegex {
                    list,
                    expression: expr.clone(),
                    source,
                }),
            }
        }
        any
    };
    let included = match alert.spec.inclusion_list.as_deref() {
        None | Some([]) => true,
        Some(list) => test("inclusion", list),
    };
    let excluded = included
        && match alert.spec.exclusion_list.as_deref() {
            None | Some([]) => false,
            Some(list) => test("exclusion", list),
        };
    (included && !excluded, invalid)
}

/// A metadata key set by more than one source, with the sources in order of precedence (lowest first).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyConflict {
    /// The key.
    pub key: String,
    /// Where it was set.
    pub sources: Vec<&'static str>,
}

/// The metadata a provider sees, from lowest to highest precedence: the object's `event.toolkit.fluxcd.io/`
/// annotations, the Alert's `eventMetadata`, its `summary` (key `summary`), and the controller's metadata in
/// the object's API group; prefixes are stripped. Returns the keys set by more than one source.
pub fn combine_metadata(event: &mut Event, alert: &Alert) -> Vec<KeyConflict> {
    let mut metadata = BTreeMap::new();
    let mut sources: BTreeMap<String, Vec<&'static str>> = BTreeMap::new();
    let mut set = |k: &str, v: &str, source: &'static str| {
        metadata.insert(k.to_string(), v.to_string());
        sources.entry(k.to_string()).or_default().push(source);
    };
    let event_prefix = format!("{EVENT_GROUP}/");
    for (k, v) in &event.metadata {
        if let Some(key) = k.strip_prefix(&event_prefix) {
            set(key, v, "involved object annotations");
        }
    }
    for (k, v) in alert.spec.event_metadata.iter().flatten() {
        set(k, v, "Alert object .spec.eventMetadata");
    }
    if let Some(summary) = alert.spec.summary.as_deref().filter(|s| !s.is_empty()) {
        set("summary", summary, "Alert object .spec.summary");
    }
    let object_prefix = format!("{}/", event.group());
    for (k, v) in &event.metadata {
        if let Some(key) = k.strip_prefix(&object_prefix) {
            set(key, v, "involved object controller metadata");
        }
    }
    let conflicts = sources
        .into_iter()
        .filter(|(_, s)| s.len() > 1)
        .map(|(key, sources)| KeyConflict { key, sources })
        .collect();
    if !metadata.is_empty() {
        event.metadata = metadata;
    }
    conflicts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::notification::AlertSpec;
    use k8s_openapi::api::core::v1::ObjectReference;

    fn alert(sources: Vec<CrossNamespaceObjectReference>) -> Alert {
        let mut a = Alert::new(
            "on-call",
            AlertSpec {
                event_sources: sources,
                ..Default::default()
            },
        );
        a.metadata.namespace = Some("flux-system".into());
        a
    }

    fn source(kind: &str, name: &str) -> CrossNamespaceObjectReference {
        CrossNamespaceObjectReference {
            kind: kind.into(),
            name: name.into(),
            ..Default::default()
        }
    }

    fn event(kind: &str, name: &str, ns: &str, severity: &str, message: &str) -> Event {
        Event {
            involved_object: ObjectReference {
                api_version: Some("kustomize.toolkit.fluxcd.io/v1".into()),
                kind: Some(kind.into()),
                name: Some(name.into()),
                namespace: Some(ns.into()),
                ..Default::default()
            },
            severity: severity.into(),
            message: message.into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_wildcard_source_matches_every_name_in_the_alerts_namespace() {
        let a = alert(vec![source("Kustomization", "*")]);
        let s = &a.spec.event_sources[0];
        let e = event("Kustomization", "apps", "flux-system", "info", "m");
        assert_eq!(source_matches(&a, s, &e), SourceMatch::Yes);
        let other_ns = event("Kustomization", "apps", "default", "info", "m");
        assert_eq!(source_matches(&a, s, &other_ns), SourceMatch::No);
        let other_kind = event("HelmRelease", "apps", "flux-system", "info", "m");
        assert_eq!(source_matches(&a, s, &other_kind), SourceMatch::No);
    }

    #[test]
    fn an_error_alert_drops_info_events_and_an_info_alert_keeps_errors() {
        let mut a = alert(vec![source("Kustomization", "apps")]);
        let s = a.spec.event_sources[0].clone();
        let info = event("Kustomization", "apps", "flux-system", "info", "m");
        let error = event("Kustomization", "apps", "flux-system", "error", "m");
        assert_eq!(source_matches(&a, &s, &error), SourceMatch::Yes);
        a.spec.event_severity = Some("error".into());
        assert_eq!(source_matches(&a, &s, &info), SourceMatch::No);
        assert_eq!(source_matches(&a, &s, &error), SourceMatch::Yes);
    }

    #[test]
    fn match_labels_defer_to_the_objects_labels() {
        let mut s = source("Kustomization", "*");
        s.match_labels = Some([("team".to_string(), "a".to_string())].into());
        let a = alert(vec![s.clone()]);
        let e = event("Kustomization", "apps", "flux-system", "info", "m");
        let SourceMatch::IfLabels(selector) = source_matches(&a, &s, &e) else {
            panic!("labels must be checked");
        };
        let mut labels = BTreeMap::new();
        assert!(!labels_match(selector, &labels));
        labels.insert("team".to_string(), "a".to_string());
        assert!(labels_match(selector, &labels));
    }

    #[test]
    fn exclusion_wins_over_inclusion_and_bad_regexes_are_reported() {
        let mut a = alert(vec![]);
        a.spec.inclusion_list = Some(vec![".*succeeded.*".into(), "(".into()]);
        a.spec.exclusion_list = Some(vec!["^Dependencies.*".into()]);
        let (ok, invalid) = message_allowed(&a, "Reconciliation succeeded");
        assert!(ok);
        assert_eq!(invalid.len(), 1);
        assert!(!message_allowed(&a, "Dependencies succeeded").0);
        assert!(!message_allowed(&a, "failed").0);
    }

    #[test]
    fn controller_metadata_wins_and_conflicts_are_named() {
        let mut a = alert(vec![]);
        a.spec.event_metadata = Some(
            [
                ("env".to_string(), "prod".to_string()),
                ("revision".to_string(), "mine".to_string()),
            ]
            .into(),
        );
        a.spec.summary = Some("Cluster A".into());
        let mut e = event("Kustomization", "apps", "flux-system", "info", "m");
        e.metadata.insert(
            "kustomize.toolkit.fluxcd.io/revision".into(),
            "main@sha1:abc".into(),
        );
        e.metadata
            .insert("event.toolkit.fluxcd.io/owner".into(), "team-a".into());
        let conflicts = combine_metadata(&mut e, &a);
        assert_eq!(e.metadata["revision"], "main@sha1:abc");
        assert_eq!(e.metadata["env"], "prod");
        assert_eq!(e.metadata["summary"], "Cluster A");
        assert_eq!(e.metadata["owner"], "team-a");
        assert_eq!(conflicts.len(), 1);
        assert_eq!(conflicts[0].key, "revision");
    }
}
