//! Renders a chart for a release with the native renderer and post-renders it as helm-controller does: every
//! object (hooks too) gets the `helm.toolkit.fluxcd.io/name|namespace` labels of its HelmRelease. The result is
//! the objects to apply, the hooks to run, and the manifest text kept in the release record.

use std::collections::BTreeMap;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use helm_template::{Chart, Options};
use serde_json::{Map, Value, json};

use super::release::{Hook, HookExecution};

/// What Helm needs to know about the cluster (`.Capabilities`).
#[derive(Debug, Clone)]
pub struct Capabilities {
    pub kube_version: String,
    pub api_versions: Vec<String>,
}

impl Capabilities {
    /// Asks the API server for its version and served group versions (two requests).
    pub async fn discover(client: &kube::Client) -> Result<Capabilities, kube::Error> {
        let version = client.apiserver_version().await?;
        let groups = client.list_api_groups().await?;
        let mut api_versions = vec!["v1".to_string()];
        for g in groups.groups {
            for v in g.versions {
                api_versions.push(v.group_version);
            }
        }
        Ok(Capabilities {
            kube_version: version.git_version,
            api_versions,
        })
    }
}

/// A rendered release, ready to apply.
#[derive(Debug, Clone)]
pub struct RenderedRelease {
    /// The objects, in Helm's install order.
    pub objects: Vec<Value>,
    /// The manifest text stored in the release (`---\n# Source: …` per object).
    pub manifest: String,
    /// Hooks with their objects, in the order of the chart.
    pub hooks: Vec<(Hook, Value)>,
    /// CRDs from `crds/` folders.
    pub crds: Vec<Value>,
    pub notes: String,
}

/// Why rendering failed; the message is what helm-controller reports.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    #[error("{0}")]
    Template(#[source] helm_template::Error),
    #[error("error validating \"\": error validating data: {0}")]
    Object(String),
}

/// Renders `chart` with `values` as release `name` in `namespace` (`revision`), labelling every object with
/// `owner_labels`.
pub fn render(
    chart: &Chart,
    values: &Map<String, Value>,
    name: &str,
    namespace: &str,
    revision: i64,
    capabilities: &Capabilities,
    owner_labels: &BTreeMap<String, String>,
) -> Result<RenderedRelease, RenderError> {
    let opts = Options {
        release_name: name.to_string(),
        namespace: namespace.to_string(),
        revision,
        is_upgrade: revision > 1,
        kube_version: capabilities.kube_version.clone(),
        api_versions: capabilities.api_versions.clone(),
        ..Options::default()
    };
    let out = helm_template::render(chart, values, &opts).map_err(RenderError::Template)?;
    let mut objects = Vec::new();
    let mut manifest = String::new();
    for m in &out.manifests {
        for obj in parse_docs(&m.content)? {
            let obj = labelled(obj, owner_labels);
            manifest.push_str(&format!("---\n# Source: {}\n{}\n", m.source, to_yaml(&obj)));
            objects.push(obj);
        }
    }
    let mut hooks = Vec::new();
    for h in &out.hooks {
        for obj in parse_docs(&h.manifest.content)? {
            let obj = labelled(obj, owner_labels);
            let events = h
                .events
                .iter()
                .map(|e| {
                    if e == "test-success" {
                        "test".to_string()
                    } else {
                        e.clone()
                    }
                })
                .collect();
            let hook = Hook {
                name: h.manifest.name.clone(),
                kind: h.manifest.kind.clone(),
                path: h.manifest.source.clone(),
                manifest: to_yaml(&obj),
                events,
                last_run: HookExecution::default(),
                weight: h.weight,
                delete_policies: h.delete_policies.clone(),
                output_log_policies: Vec::new(),
            };
            hooks.push((hook, obj));
        }
    }
    let mut crds = Vec::new();
    for c in &out.crds {
        for obj in parse_docs(&c.content)? {
            crds.push(labelled(obj, owner_labels));
        }
    }
    Ok(RenderedRelease {
        objects,
        manifest,
        hooks,
        crds,
        notes: out.notes,
    })
}

fn parse_docs(text: &str) -> Result<Vec<Value>, RenderError> {
    let mut out = Vec::new();
    for doc in yaml_serde::Deserializer::from_str(text) {
        let v: Value =
            serde::Deserialize::deserialize(doc).map_err(|e| RenderError::Object(e.to_string()))?;
        if v.is_object() {
            out.push(v);
        }
    }
    Ok(out)
}

fn to_yaml(v: &Value) -> String {
    yaml_serde::to_string(v)
        .unwrap_or_default()
        .trim_end()
        .to_string()
}

/// Adds `labels` to `metadata.labels`, overriding what the chart set (helm-controller's origin labels are its
/// last post-renderer).
fn labelled(mut obj: Value, labels: &BTreeMap<String, String>) -> Value {
    if labels.is_empty() {
        return obj;
    }
    let Some(meta) = obj
        .as_object_mut()
        .map(|o| o.entry("metadata").or_insert_with(|| json!({})))
        .and_then(Value::as_object_mut)
    else {
        return obj;
    };
    let target = meta.entry("labels").or_insert_with(|| json!({}));
    if !target.is_object() {
        *target = json!({});
    }
    if let Some(map) = target.as_object_mut() {
        for (k, v) in labels {
            map.insert(k.clone(), Value::String(v.clone()));
        }
    }
    obj
}

/// The chart as Helm serialises it in a release record: metadata, templates, values, schema and other files
/// (base64), without its subcharts (Helm does not keep them either).
pub fn chart_json(chart: &Chart) -> Value {
    let mut metadata = chart.metadata.raw.clone();
    for (key, value) in [
        ("name", &chart.metadata.name),
        ("version", &chart.metadata.version),
        ("appVersion", &chart.metadata.app_version),
        ("apiVersion", &chart.metadata.api_version),
        ("kubeVersion", &chart.metadata.kube_version),
        ("type", &chart.metadata.chart_type),
    ] {
        if value.is_empty() {
            metadata.remove(key);
        } else {
            metadata.insert(key.to_string(), Value::String(value.clone()));
        }
    }
    let files = |list: &[helm_template::File]| -> Vec<Value> {
        list.iter()
            .map(|f| json!({"name": f.name, "data": STANDARD.encode(&f.data)}))
            .collect()
    };
    json!({
        "metadata": metadata,
        "lock": Value::Null,
        "templates": files(&chart.templates),
        "values": chart.values,
        "schema": chart.schema.as_ref().map(|s| Value::String(STANDARD.encode(s))).unwrap_or(Value::Null),
        "schemamodtime": "0001-01-01T00:00:00Z",
        "files": files(&chart.files),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn owner_labels_override_the_charts() {
        let obj = json!({"kind": "ConfigMap", "metadata": {"name": "a", "labels": {"x": "1", "helm.toolkit.fluxcd.io/name": "other"}}});
        let labels =
            BTreeMap::from([("helm.toolkit.fluxcd.io/name".to_string(), "hr".to_string())]);
        let out = labelled(obj, &labels);
        assert_eq!(
            out["metadata"]["labels"]["helm.toolkit.fluxcd.io/name"],
            "hr"
        );
        assert_eq!(out["metadata"]["labels"]["x"], "1");
    }
}
