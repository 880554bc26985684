//! `flux events`: the Kubernetes Events of Flux objects (and, with `--for Kind/name`, of the source it refers to),
//! oldest first, with kubectl's "last seen" ages.
//!
//! RBAC: list and watch Events; get on the `--for` object.

use std::time::Duration;

use k8s_openapi::api::core::v1::Event;
use kube::Client;
use kube::api::{Api, ApiResource, DynamicObject, GroupVersionKind, ListParams};

/// A failed `flux events` run.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// `--types` holds something else than Normal or Warning.
    #[error("type '{0}' not supported. Supported types are Normal, Warning")]
    Type(String),
    /// `--for` is empty or starts with a slash.
    #[error("--for selector must be of format <kind>[/<name>]")]
    ForFormat,
    /// `--for` names a kind Flux does not define.
    #[error("'{0}' is not a recognized Flux kind")]
    UnknownKind(String),
    /// The `--for` object could not be read.
    #[error("{0}")]
    Get(String),
    /// A field of the `--for` object is missing.
    #[error("field '{field}' for '{object}' not found")]
    Field { field: String, object: String },
    /// Listing events failed.
    #[error("error getting events: {0}")]
    List(String),
}

/// How a Flux kind refers to its source, for `--for Kind/name`.
struct FluxKind {
    kind: &'static str,
    group: &'static str,
    version: &'static str,
    /// Path of the reference in the object; empty when the kind refers to nothing.
    field: &'static [&'static str],
    /// Kind of the referent when the reference has no `kind` field.
    ref_kind: Option<&'static str>,
    cross_namespaced: bool,
}

const FLUX_KINDS: [FluxKind; 15] = [
    FluxKind {
        kind: "Kustomization",
        group: "kustomize.toolkit.fluxcd.io",
        version: "v1",
        field: &["spec", "sourceRef"],
        ref_kind: None,
        cross_namespaced: true,
    },
    FluxKind {
        kind: "HelmRelease",
        group: "helm.toolkit.fluxcd.io",
        version: "v2",
        field: &["spec", "chart", "spec", "sourceRef"],
        ref_kind: None,
        cross_namespaced: true,
    },
    FluxKind {
        kind: "Alert",
        group: "notification.toolkit.fluxcd.io",
        version: "v1beta3",
        field: &["spec", "providerRef"],
        ref_kind: Some("Provider"),
        cross_namespaced: false,
    },
    FluxKind {
        kind: "Receiver",
        group: "notification.toolkit.fluxcd.io",
        version: "v1",
        field: &[],
        ref_kind: None,
        cross_namespaced: false,
    },
    FluxKind {
        kind: "Provider",
        group: "notification.toolkit.fluxcd.io",
        version: "v1beta3",
        field: &[],
        ref_kind: None,
        cross_namespaced: false,
    },
    FluxKind {
        kind: "ImagePolicy",
        group: "image.toolkit.fluxcd.io",
        version: "v1",
        field: &["spec", "imageRepositoryRef"],
        ref_kind: Some("ImageRepository"),
        cross_namespaced: true,
    },
    FluxKind {
        kind: "HelmChart",
        group: "source.toolkit.fluxcd.io",
        version: "v1",
        field: &["spec", "sourceRef"],
        ref_kind: None,
        cross_namespaced: true,
    },
    FluxKind {
        kind: "GitRepository",
        group: "source.toolkit.fluxcd.io",
        version: "v1",
        field: &[],
        ref_kind: None,
        cross_namespaced: false,
    },
    FluxKind {
        kind: "OCIRepository",
        group: "source.toolkit.fluxcd.io",
        version: "v1",
        field: &[],
        ref_kind: None,
        cross_namespaced: false,
    },
    FluxKind {
        kind: "Bucket",
        group: "source.toolkit.fluxcd.io",
        version: "v1",
        field: &[],
        ref_kind: None,
        cross_namespaced: false,
    },
    FluxKind {
        kind: "HelmRepository",
        group: "source.toolkit.fluxcd.io",
        version: "v1",
        field: &[],
        ref_kind: None,
        cross_namespaced: false,
    },
    FluxKind {
        kind: "ImageUpdateAutomation",
        group: "image.toolkit.fluxcd.io",
        version: "v1",
        field: &[],
        ref_kind: None,
        cross_namespaced: false,
    },
    FluxKind {
        kind: "ImageRepository",
        group: "image.toolkit.fluxcd.io",
        version: "v1",
        field: &[],
        ref_kind: None,
        cross_namespaced: false,
    },
    FluxKind {
        kind: "ArtifactGenerator",
        group: "source.extensions.fluxcd.io",
        version: "v1beta1",
        field: &[],
        ref_kind: None,
        cross_namespaced: false,
    },
    FluxKind {
        kind: "ExternalArtifact",
        group: "source.toolkit.fluxcd.io",
        version: "v1",
        field: &[],
        ref_kind: None,
        cross_namespaced: false,
    },
];

fn flux_kind(kind: &str) -> Option<&'static FluxKind> {
    FLUX_KINDS
        .iter()
        .find(|k| k.kind.eq_ignore_ascii_case(kind))
}

/// Input of `flux events`, validated.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub namespace: String,
    pub all_namespaces: bool,
    /// `--for`: kind (matched case-insensitively) and optional name.
    pub for_kind: Option<(String, String)>,
    pub types: Vec<String>,
}

/// Checks `--types`.
pub fn validate_types(types: &[String]) -> Result<(), Error> {
    match types
        .iter()
        .find(|t| !t.eq_ignore_ascii_case("Normal") && !t.eq_ignore_ascii_case("Warning"))
    {
        Some(t) => Err(Error::Type(t.clone())),
        None => Ok(()),
    }
}

/// Parses `--for <kind>[/<name>]`.
pub fn parse_for(selector: &str) -> Result<(String, String), Error> {
    let (kind, name) = match selector.split('/').collect::<Vec<_>>().as_slice() {
        [kind, name] => (kind.to_string(), name.to_string()),
        _ => (selector.to_string(), String::new()),
    };
    if kind.is_empty() {
        return Err(Error::ForFormat);
    }
    Ok((kind, name))
}

/// One event query: a namespace (or all) and a field selector.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Query {
    pub namespace: Option<String>,
    pub fields: Option<String>,
}

fn field_selector(kind: &str, name: &str) -> String {
    if name.is_empty() {
        format!("involvedObject.kind={kind}")
    } else {
        format!("involvedObject.kind={kind},involvedObject.name={name}")
    }
}

/// The queries to run and whether rows need a NAMESPACE column.
pub async fn queries(client: &Client, opts: &Options) -> Result<(Vec<Query>, bool), Error> {
    let scope = (!opts.all_namespaces).then(|| opts.namespace.clone());
    let mut main = Query {
        namespace: scope.clone(),
        fields: None,
    };
    let mut out = Vec::new();
    let mut other_ns = false;
    if let Some((kind, name)) = &opts.for_kind {
        let fk = flux_kind(kind).ok_or_else(|| Error::UnknownKind(kind.clone()))?;
        main.fields = Some(field_selector(fk.kind, name));
        if !name.is_empty() {
            for (rkind, rname, rns) in references(client, fk, name, &opts.namespace).await? {
                if Some(&rns) != scope.as_ref() {
                    other_ns = true;
                }
                out.push(Query {
                    namespace: Some(rns),
                    fields: Some(field_selector(&rkind, &rname)),
                });
            }
        }
    }
    out.insert(0, main);
    Ok((out, opts.all_namespaces || other_ns))
}

/// `(kind, name, namespace)` of the objects a Flux object refers to (its source; a HelmRelease's chart too).
async fn references(
    client: &Client,
    fk: &FluxKind,
    name: &str,
    namespace: &str,
) -> Result<Vec<(String, String, String)>, Error> {
    if fk.field.is_empty() {
        return Ok(Vec::new());
    }
    let ar = ApiResource::from_gvk(&GroupVersionKind::gvk(fk.group, fk.version, fk.kind));
    let api: Api<DynamicObject> = Api::namespaced_with(client.clone(), namespace, &ar);
    let obj = api
        .get(name)
        .await
        .map_err(|e| Error::Get(crate::cluster::describe(&e)))?;
    let mut at = &obj.data;
    for f in fk.field {
        at = &at[*f];
    }
    let object = format!("{namespace}/{name}");
    let missing = |leaf: &str| Error::Field {
        field: [fk.field, &[leaf]].concat().join("."),
        object: object.clone(),
    };
    let kind = match fk.ref_kind {
        Some(k) => k.to_string(),
        None => at["kind"]
            .as_str()
            .ok_or_else(|| missing("kind"))?
            .to_string(),
    };
    let ref_name = at["name"]
        .as_str()
        .ok_or_else(|| missing("name"))?
        .to_string();
    let ref_ns = if fk.cross_namespaced {
        at["namespace"].as_str().unwrap_or(namespace).to_string()
    } else {
        namespace.to_string()
    };
    let mut refs = vec![(kind, ref_name, ref_ns.clone())];
    if fk.kind == "HelmRelease" {
        refs.push(("HelmChart".into(), format!("{namespace}-{name}"), ref_ns));
    }
    Ok(refs)
}

/// Lists the events of every query (all pages), oldest first, dropping events of non-Flux kinds and of other
/// types than `types`.
pub async fn list(
    client: &Client,
    queries: &[Query],
    types: &[String],
) -> Result<Vec<Event>, Error> {
    let mut events = Vec::new();
    for q in queries {
        let api: Api<Event> = match &q.namespace {
            Some(ns) => Api::namespaced(client.clone(), ns),
            None => Api::all(client.clone()),
        };
        let mut lp = ListParams::default().limit(500);
        if let Some(f) = &q.fields {
            lp = lp.fields(f);
        }
        loop {
            let page = api
                .list(&lp)
                .await
                .map_err(|e| Error::List(crate::cluster::describe(&e)))?;
            let next = page.metadata.continue_.clone().filter(|c| !c.is_empty());
            events.extend(page.items);
            match next {
                Some(c) => lp = lp.continue_token(&c),
                None => break,
            }
        }
    }
    events.sort_by_key(event_time);
    events.retain(|e| is_shown(e, types));
    Ok(events)
}

/// Whether `flux events` shows an event: it concerns a Flux kind and has one of `types` (any when empty).
pub fn is_shown(e: &Event, types: &[String]) -> bool {
    let kind = e.involved_object.kind.as_deref().unwrap_or_default();
    flux_kind(kind).is_some()
        && (types.is_empty()
            || types
                .iter()
                .any(|t| t.eq_ignore_ascii_case(e.type_.as_deref().unwrap_or_default())))
}

/// The time kubectl sorts events by: the series' last observation, else the last timestamp, else the event time.
fn event_time(e: &Event) -> i64 {
    if let Some(s) = &e.series {
        return s
            .last_observed_time
            .as_ref()
            .map_or(0, |t| t.0.as_microsecond());
    }
    if let Some(t) = &e.last_timestamp {
        return t.0.as_microsecond();
    }
    e.event_time.as_ref().map_or(0, |t| t.0.as_microsecond())
}

/// kubectl's short age: `45s`, `3m20s`, `15m`, `5h10m`, `3d4h`, `1y20d`.
pub fn human_duration(d: Duration) -> String {
    let secs = d.as_secs();
    if secs < 120 {
        return format!("{secs}s");
    }
    let minutes = secs / 60;
    if minutes < 10 {
        let s = secs % 60;
        return if s == 0 {
            format!("{minutes}m")
        } else {
            format!("{minutes}m{s}s")
        };
    }
    if minutes < 180 {
        return format!("{minutes}m");
    }
    let hours = secs / 3600;
    if hours < 8 {
        let m = minutes % 60;
        return if m == 0 {
            format!("{hours}h")
        } else {
            format!("{hours}h{m}m")
        };
    }
    if hours < 48 {
        return format!("{hours}h");
    }
    if hours < 24 * 8 {
        let h = hours % 24;
        return if h == 0 {
            format!("{}d", hours / 24)
        } else {
            format!("{}d{h}h", hours / 24)
        };
    }
    if hours < 24 * 365 * 2 {
        return format!("{}d", hours / 24);
    }
    if hours < 24 * 365 * 8 {
        let dy = (hours / 24) % 365;
        return if dy == 0 {
            format!("{}y", hours / 24 / 365)
        } else {
            format!("{}y{dy}d", hours / 24 / 365)
        };
    }
    format!("{}y", hours / 24 / 365)
}

fn since(micros: Option<i64>, now: i64) -> String {
    match micros {
        None | Some(0) => "<unknown>".into(),
        Some(t) if now - t < -1_000_000 => "<invalid>".into(),
        Some(t) => human_duration(Duration::from_micros(now.saturating_sub(t).max(0) as u64)),
    }
}

/// The LAST SEEN cell: age of the event, with `(xN over AGE)` for repeated events.
pub fn last_seen(e: &Event, now_micros: i64) -> String {
    let first = match &e.event_time {
        Some(t) => since(Some(t.0.as_microsecond()), now_micros),
        None => since(
            e.first_timestamp.as_ref().map(|t| t.0.as_microsecond()),
            now_micros,
        ),
    };
    if let Some(s) = &e.series {
        let last = since(
            s.last_observed_time.as_ref().map(|t| t.0.as_microsecond()),
            now_micros,
        );
        return format!("{last} (x{} over {first})", s.count.unwrap_or(0));
    }
    let count = e.count.unwrap_or(0);
    if count > 1 {
        let last = since(
            e.last_timestamp.as_ref().map(|t| t.0.as_microsecond()),
            now_micros,
        );
        return format!("{last} (x{count} over {first})");
    }
    first
}

/// Column headers of the table.
pub fn header(show_namespace: bool) -> Vec<&'static str> {
    let mut h = vec!["LAST SEEN", "TYPE", "REASON", "OBJECT", "MESSAGE"];
    if show_namespace {
        h.insert(0, "NAMESPACE");
    }
    h
}

/// One table row for an event.
pub fn row(e: &Event, show_namespace: bool, now_micros: i64) -> Vec<String> {
    let mut r = Vec::new();
    if show_namespace {
        r.push(e.metadata.namespace.clone().unwrap_or_default());
    }
    r.push(last_seen(e, now_micros));
    r.push(e.type_.clone().unwrap_or_default());
    r.push(e.reason.clone().unwrap_or_default());
    r.push(format!(
        "{}/{}",
        e.involved_object.kind.clone().unwrap_or_default(),
        e.involved_object.name.clone().unwrap_or_default()
    ));
    r.push(e.message.clone().unwrap_or_default());
    r
}

/// Now, in microseconds since the epoch.
pub fn now_micros() -> i64 {
    k8s_openapi::jiff::Timestamp::now().as_microsecond()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ages_read_like_kubectl() {
        assert_eq!(human_duration(Duration::from_secs(45)), "45s");
        assert_eq!(human_duration(Duration::from_secs(200)), "3m20s");
        assert_eq!(human_duration(Duration::from_secs(900)), "15m");
        assert_eq!(human_duration(Duration::from_secs(5 * 3600 + 600)), "5h10m");
        assert_eq!(human_duration(Duration::from_secs(20 * 3600)), "20h");
        assert_eq!(human_duration(Duration::from_secs(76 * 3600)), "3d4h");
        assert_eq!(human_duration(Duration::from_secs(30 * 86400)), "30d");
    }

    #[test]
    fn for_selector_takes_a_kind_and_an_optional_name() {
        assert_eq!(
            parse_for("Kustomization/app").unwrap(),
            ("Kustomization".into(), "app".into())
        );
        assert_eq!(
            parse_for("gitrepository").unwrap(),
            ("gitrepository".into(), String::new())
        );
        assert!(parse_for("/x").is_err());
    }

    #[test]
    fn only_normal_and_warning_types_are_accepted() {
        assert!(validate_types(&["normal".into(), "Warning".into()]).is_ok());
        assert_eq!(
            validate_types(&["Error".into()]).unwrap_err().to_string(),
            "type 'Error' not supported. Supported types are Normal, Warning"
        );
    }

    #[test]
    fn events_of_other_kinds_are_hidden() {
        let mut e = Event::default();
        e.involved_object.kind = Some("Pod".into());
        assert!(!is_shown(&e, &[]));
        e.involved_object.kind = Some("Kustomization".into());
        e.type_ = Some("Normal".into());
        assert!(is_shown(&e, &[]));
        assert!(!is_shown(&e, &["Warning".into()]));
    }
}
