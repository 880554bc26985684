//! The digests helm-controller keeps in a HelmRelease's status, computed the way it computes them, so each
//! side recognises the other's releases: a snapshot's `digest` (of the release record as helm-controller
//! observes it) and `configDigest` (of the user values). Also the release-name rule.

use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

use super::release::{Hook, Info, Release};

/// Releases whose name is longer are shortened to 40 characters, `-` and 12 hex digits of a hash.
const MAX_NAME: usize = 53;
const HASH_CHARS: usize = 12;

/// The release name helm-controller uses for `name` (`[targetNamespace-]name` or `spec.releaseName`).
pub fn release_name(name: &str) -> String {
    if name.len() <= MAX_NAME {
        return name.to_string();
    }
    let sum = hex::encode(Sha256::digest(name.as_bytes()));
    let keep = MAX_NAME - (HASH_CHARS + 1);
    // Release names are DNS labels (ASCII); cut on a char boundary all the same.
    let mut cut = keep;
    while !name.is_char_boundary(cut) {
        cut -= 1;
    }
    format!("{}-{}", &name[..cut], &sum[..HASH_CHARS])
}

/// `sha256:<hex>` of `bytes`.
pub fn sha256(bytes: &[u8]) -> String {
    format!("sha256:{}", hex::encode(Sha256::digest(bytes)))
}

/// `configDigest`: sha256 of the values as YAML with sorted keys (nothing at all for no values).
pub fn config_digest(values: &Map<String, Value>) -> String {
    if values.is_empty() {
        return sha256(b"");
    }
    sha256(helm_template::go_yaml(&Value::Object(values.clone())).as_bytes())
}

/// A snapshot's `digest`: sha256 of the JSON of helm-controller's observation of `rel` (name, version, info,
/// chart metadata, config, manifest, the hooks other than tests, namespace, OCI digest), newline-terminated
/// as Go's JSON encoder ends it.
pub fn observation_digest(rel: &Release, oci_digest: &str) -> String {
    sha256(observation_json(rel, oci_digest).as_bytes())
}

fn observation_json(rel: &Release, oci_digest: &str) -> String {
    let hooks: Vec<&Hook> = rel.hooks.iter().filter(|h| !h.runs_on("test")).collect();
    let hooks_json = if hooks.is_empty() {
        "null".to_string()
    } else {
        let items: Vec<String> = hooks.iter().map(|h| hook_json(h)).collect();
        format!("[{}]", items.join(","))
    };
    let config = if rel.config.is_empty() {
        "null".to_string()
    } else {
        go(&Value::Object(rel.config.clone()))
    };
    let mut fields = vec![
        ("name", go_str(&rel.name)),
        ("version", rel.version.to_string()),
        (
            "info",
            info_json(rel.info.as_ref().unwrap_or(&Info::default())),
        ),
        ("chartMetadata", metadata_json(&rel.chart_metadata())),
        ("config", config),
        ("manifest", go_str(&rel.manifest)),
        ("hooks", hooks_json),
        ("namespace", go_str(&rel.namespace)),
    ];
    if !oci_digest.is_empty() {
        fields.push(("ociDigest", go_str(oci_digest)));
    }
    format!("{}\n", object(&fields))
}

/// JSON of a Go struct value decoded into `v`: objects keep their field order (our API types declare fields in
/// Flux's order), everything else is written as Go writes it. helm-controller digests spec fields this way.
pub fn struct_json(v: &Value) -> String {
    match v {
        Value::Object(map) => {
            let fields: Vec<String> = map
                .iter()
                .map(|(k, v)| format!("{}:{}", go_str(k), struct_json(v)))
                .collect();
            format!("{{{}}}", fields.join(","))
        }
        Value::Array(items) => {
            let items: Vec<String> = items.iter().map(struct_json).collect();
            format!("[{}]", items.join(","))
        }
        scalar => go(scalar),
    }
}

fn go(v: &Value) -> String {
    helm_template::go_json(v)
}

fn go_str(s: &str) -> String {
    go(&Value::String(s.to_string()))
}

/// A Go struct's JSON: fields in declaration order.
fn object(fields: &[(&str, String)]) -> String {
    let body: Vec<String> = fields
        .iter()
        .map(|(k, v)| format!("{}:{v}", go_str(k)))
        .collect();
    format!("{{{}}}", body.join(","))
}

/// Fields of a Go struct marshalled with `omitempty` (except those in `always`), taken from a decoded JSON
/// object in declaration order; `nested` encodes the fields that are structs of their own.
fn omit_empty(
    src: &Map<String, Value>,
    order: &[&str],
    always: &[&str],
    nested: &dyn Fn(&str, &Value) -> Option<String>,
) -> String {
    let mut fields = Vec::new();
    for key in order {
        let Some(v) = src.get(*key) else {
            if always.contains(key) {
                fields.push((*key, go_str("")));
            }
            continue;
        };
        let empty = match v {
            Value::Null => true,
            Value::Bool(b) => !b,
            Value::String(s) => s.is_empty(),
            Value::Array(a) => a.is_empty(),
            Value::Object(o) => o.is_empty(),
            Value::Number(n) => n.as_f64() == Some(0.0),
        };
        if empty && !always.contains(key) {
            continue;
        }
        fields.push((*key, nested(key, v).unwrap_or_else(|| go(v))));
    }
    object(&fields)
}

fn plain(_: &str, _: &Value) -> Option<String> {
    None
}

/// `release.Info` through its own MarshalJSON: zero times left out.
fn info_json(info: &Info) -> String {
    let mut fields = Vec::new();
    for (key, value) in [
        ("first_deployed", &info.first_deployed),
        ("last_deployed", &info.last_deployed),
        ("deleted", &info.deleted),
    ] {
        if let Some(t) = value.as_deref().filter(|t| !is_zero_time(t)) {
            fields.push((key, go_str(t)));
        }
    }
    for (key, value) in [
        ("description", &info.description),
        ("status", &info.status),
        ("notes", &info.notes),
    ] {
        if !value.is_empty() {
            fields.push((key, go_str(value)));
        }
    }
    object(&fields)
}

fn is_zero_time(t: &str) -> bool {
    t.starts_with("0001-01-01T00:00:00")
}

/// `chart.Metadata`, every field `omitempty`, maintainers and dependencies as their own structs.
fn metadata_json(meta: &Map<String, Value>) -> String {
    let list_of = |items: &Value, encode: &dyn Fn(&Map<String, Value>) -> String| {
        let encoded: Vec<String> = items
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_object)
            .map(encode)
            .collect();
        format!("[{}]", encoded.join(","))
    };
    let maintainer = |m: &Map<String, Value>| omit_empty(m, &["name", "email", "url"], &[], &plain);
    let dependency = |d: &Map<String, Value>| {
        omit_empty(
            d,
            &[
                "name",
                "version",
                "repository",
                "condition",
                "tags",
                "enabled",
                "import-values",
                "alias",
            ],
            &["name", "repository"],
            &plain,
        )
    };
    let nested = |key: &str, v: &Value| match key {
        "maintainers" => Some(list_of(v, &maintainer)),
        "dependencies" => Some(list_of(v, &dependency)),
        _ => None,
    };
    omit_empty(
        meta,
        &[
            "name",
            "home",
            "sources",
            "version",
            "description",
            "keywords",
            "maintainers",
            "icon",
            "apiVersion",
            "condition",
            "tags",
            "appVersion",
            "deprecated",
            "annotations",
            "kubeVersion",
            "dependencies",
            "type",
        ],
        &[],
        &nested,
    )
}

/// `release.Hook` in declaration order.
fn hook_json(h: &Hook) -> String {
    let mut fields = Vec::new();
    for (key, value) in [
        ("name", &h.name),
        ("kind", &h.kind),
        ("path", &h.path),
        ("manifest", &h.manifest),
    ] {
        if !value.is_empty() {
            fields.push((key, go_str(value)));
        }
    }
    if !h.events.is_empty() {
        fields.push(("events", go(&serde_json::json!(h.events))));
    }
    let mut run = Vec::new();
    for (key, value) in [
        ("started_at", &h.last_run.started_at),
        ("completed_at", &h.last_run.completed_at),
    ] {
        if let Some(t) = value.as_deref().filter(|t| !is_zero_time(t)) {
            run.push((key, go_str(t)));
        }
    }
    run.push(("phase", go_str(&h.last_run.phase)));
    fields.push(("last_run", object(&run)));
    if h.weight != 0 {
        fields.push(("weight", h.weight.to_string()));
    }
    if !h.delete_policies.is_empty() {
        fields.push(("delete_policies", go(&serde_json::json!(h.delete_policies))));
    }
    if !h.output_log_policies.is_empty() {
        fields.push((
            "output_log_policies",
            go(&serde_json::json!(h.output_log_policies)),
        ));
    }
    object(&fields)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_release_names_are_shortened_as_helm_controller_does() {
        assert_eq!(release_name("podinfo"), "podinfo");
        let long = "a".repeat(60);
        let short = release_name(&long);
        assert_eq!(short.len(), 53);
        assert!(short.starts_with(&format!("{}-", "a".repeat(40))));
        let exact = "b".repeat(53);
        assert_eq!(release_name(&exact), exact);
    }

    #[test]
    fn empty_values_digest_to_the_empty_input() {
        assert_eq!(
            config_digest(&Map::new()),
            "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
    }

    #[test]
    fn values_digest_ignores_key_order() {
        let a: Map<String, Value> =
            serde_json::from_str(r#"{"b":1,"a":{"z":"x","c":[1,2]}}"#).unwrap_or_default();
        let b: Map<String, Value> =
            serde_json::from_str(r#"{"a":{"c":[1,2],"z":"x"},"b":1}"#).unwrap_or_default();
        assert_eq!(config_digest(&a), config_digest(&b));
        assert_eq!(
            config_digest(&a),
            sha256(b"a:\n  c:\n  - 1\n  - 2\n  z: x\nb: 1\n")
        );
    }

    #[test]
    fn observation_leaves_out_test_hooks_and_keeps_go_field_order() {
        let rel = Release {
            name: "pi".into(),
            version: 2,
            namespace: "apps".into(),
            manifest: "<m>".into(),
            info: Some(Info {
                first_deployed: Some("2026-12-07T16:43:52.6259Z".into()),
                status: "deployed".into(),
                ..Info::default()
            }),
            chart: Some(
                serde_json::json!({"metadata": {"version": "1.0.0", "name": "c", "apiVersion": "v2"}}),
            ),
            hooks: vec![Hook {
                name: "t".into(),
                events: vec!["test".into()],
                ..Hook::default()
            }],
            ..Release::default()
        };
        assert_eq!(
            observation_json(&rel, ""),
            "{\"name\":\"pi\",\"version\":2,\"info\":{\"first_deployed\":\"2026-12-07T16:43:52.6259Z\",\
             \"status\":\"deployed\"},\"chartMetadata\":{\"name\":\"c\",\"version\":\"1.0.0\",\"apiVersion\":\"v2\"},\
             \"config\":null,\"manifest\":\"\\u003cm\\u003e\",\"hooks\":null,\"namespace\":\"apps\"}\n"
        );
    }
}
