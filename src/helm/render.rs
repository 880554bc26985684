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
    /// Asks the API server for its version and everything it serves, as Helm's `.Capabilities.APIVersions`
    /// lists it: each group version, and each `group/version/Kind`. One request per group version, so
    /// callers cache the result.
    pub async fn discover(client: &kube::Client) -> Result<Capabilities, kube::Error> {
        let version = client.apiserver_version().await?;
        let discovery = kube::discovery::Discovery::new(client.clone())
            .run()
            .await?;
        let mut api_versions = Vec::new();
        for group in discovery.groups() {
            for gv in group.versions() {
                let group_version = if group.name().is_empty() {
                    gv.to_string()
                } else {
                    format!("{}/{gv}", group.name())
                };
                api_versions.push(group_version.clone());
                for (resource, _) in group.versioned_resources(gv) {
                    api_versions.push(format!("{group_version}/{}", resource.kind));
                }
            }
        }
        api_versions.sort();
        api_versions.dedup();
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
    #[error("error while running post render on files: {0}")]
    PostRender(String),
}

/// `spec.postRenderStrategy`: which rendered objects the post-renderers see. Flux 2.9 defaults to `combined`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PostRenderStrategy {
    /// Manifests and hooks together.
    #[default]
    Combined,
    /// Manifests only; hooks are left as rendered.
    NoHooks,
    /// Manifests and hooks, each on their own.
    Separate,
}

/// How to render one release.
#[derive(Debug, Clone, Default)]
pub struct RenderOptions {
    /// `.Release.Name`.
    pub name: String,
    /// `.Release.Namespace`.
    pub namespace: String,
    /// `.Release.Revision`.
    pub revision: i64,
    /// Labels set on every object last (helm-controller's origin labels).
    pub owner_labels: BTreeMap<String, String>,
    /// `spec.commonMetadata`: labels and annotations for every object (before the owner labels).
    pub common_labels: BTreeMap<String, String>,
    pub common_annotations: BTreeMap<String, String>,
    /// Each `spec.postRenderers[].kustomize`, as kustomize's `patches` and `images` fields.
    pub post_renderers: Vec<Value>,
    pub strategy: PostRenderStrategy,
}

/// Renders `chart` with `values`, post-renders it and labels every object.
pub fn render(
    chart: &Chart,
    values: &Map<String, Value>,
    capabilities: &Capabilities,
    ro: &RenderOptions,
) -> Result<RenderedRelease, RenderError> {
    let opts = Options {
        release_name: ro.name.clone(),
        namespace: ro.namespace.clone(),
        revision: ro.revision,
        is_upgrade: ro.revision > 1,
        kube_version: capabilities.kube_version.clone(),
        api_versions: capabilities.api_versions.clone(),
        cluster_api_versions: true,
        ..Options::default()
    };
    let out = helm_template::render(chart, values, &opts).map_err(RenderError::Template)?;
    // The template each object came from, by kind and name: post-renderers rewrite objects, not sources.
    let mut sources: BTreeMap<(String, String), String> = BTreeMap::new();
    let mut objects = Vec::new();
    for m in &out.manifests {
        for obj in parse_docs(&m.content)? {
            sources.insert(identity(&obj), m.source.clone());
            objects.push(obj);
        }
    }
    let mut hook_objects = Vec::new();
    for h in &out.hooks {
        for obj in parse_docs(&h.manifest.content)? {
            sources.insert(identity(&obj), h.manifest.source.clone());
            hook_objects.push(obj);
        }
    }
    if !ro.post_renderers.is_empty() {
        match ro.strategy {
            PostRenderStrategy::Combined => {
                let mut all = objects;
                all.extend(hook_objects);
                let rendered = post_render(all, &ro.post_renderers)?;
                // Hooks stay hooks: the annotation says which is which, as Helm re-splits them.
                let (hooks, plain): (Vec<Value>, Vec<Value>) =
                    rendered.into_iter().partition(is_hook);
                objects = plain;
                hook_objects = hooks;
            }
            PostRenderStrategy::NoHooks => objects = post_render(objects, &ro.post_renderers)?,
            PostRenderStrategy::Separate => {
                objects = post_render(objects, &ro.post_renderers)?;
                hook_objects = post_render(hook_objects, &ro.post_renderers)?;
            }
        }
        objects.sort_by_key(install_rank);
    }
    let mut manifest = String::new();
    let mut labelled_objects = Vec::new();
    for obj in objects {
        let obj = common(obj, ro);
        let source = sources.get(&identity(&obj)).cloned().unwrap_or_default();
        manifest.push_str(&format!("---\n# Source: {source}\n{}\n", to_yaml(&obj)));
        labelled_objects.push(obj);
    }
    let mut hooks = Vec::new();
    for obj in hook_objects {
        let obj = common(obj, ro);
        let annotation = |key: &str| {
            obj.pointer("/metadata/annotations")
                .and_then(|a| a.get(key))
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string()
        };
        let events = annotation("helm.sh/hook")
            .split(',')
            .map(|e| e.trim().to_lowercase())
            .filter(|e| !e.is_empty())
            .map(|e| {
                if e == "test-success" {
                    "test".to_string()
                } else {
                    e
                }
            })
            .collect();
        let delete_policies = annotation("helm.sh/hook-delete-policy")
            .split(',')
            .map(|p| p.trim().to_string())
            .filter(|p| !p.is_empty())
            .collect();
        let (kind, name) = identity(&obj);
        let hook = Hook {
            name,
            kind,
            path: sources.get(&identity(&obj)).cloned().unwrap_or_default(),
            manifest: to_yaml(&obj),
            events,
            last_run: HookExecution::default(),
            weight: annotation("helm.sh/hook-weight")
                .trim()
                .parse()
                .unwrap_or(0),
            delete_policies,
            output_log_policies: Vec::new(),
        };
        hooks.push((hook, obj));
    }
    let mut crds = Vec::new();
    for c in &out.crds {
        for obj in parse_docs(&c.content)? {
            crds.push(labelled(obj, &ro.owner_labels));
        }
    }
    Ok(RenderedRelease {
        objects: labelled_objects,
        manifest,
        hooks,
        crds,
        notes: out.notes,
    })
}

/// `commonMetadata` then the owner labels, which win (helm-controller's last two post-renderers).
fn common(obj: Value, ro: &RenderOptions) -> Value {
    let obj = annotated(labelled(obj, &ro.common_labels), &ro.common_annotations);
    labelled(obj, &ro.owner_labels)
}

fn annotated(mut obj: Value, annotations: &BTreeMap<String, String>) -> Value {
    if annotations.is_empty() {
        return obj;
    }
    if let Some(meta) = obj
        .as_object_mut()
        .map(|o| o.entry("metadata").or_insert_with(|| json!({})))
        .and_then(Value::as_object_mut)
    {
        let target = meta.entry("annotations").or_insert_with(|| json!({}));
        if !target.is_object() {
            *target = json!({});
        }
        if let Some(map) = target.as_object_mut() {
            for (k, v) in annotations {
                map.insert(k.clone(), Value::String(v.clone()));
            }
        }
    }
    obj
}

fn identity(obj: &Value) -> (String, String) {
    let s = |p: &str| {
        obj.pointer(p)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string()
    };
    (s("/kind"), s("/metadata/name"))
}

fn is_hook(obj: &Value) -> bool {
    obj.pointer("/metadata/annotations")
        .and_then(|a| a.get("helm.sh/hook"))
        .is_some()
}

/// Helm's install order of kinds (unknown kinds last, by name).
fn install_rank(obj: &Value) -> (usize, String) {
    let kind = obj.get("kind").and_then(Value::as_str).unwrap_or_default();
    match helm_template::INSTALL_ORDER.iter().position(|k| *k == kind) {
        Some(i) => (i, String::new()),
        None => (helm_template::INSTALL_ORDER.len(), kind.to_string()),
    }
}

/// Runs `docs` through each post-renderer in turn: a kustomization of `helm-output.yaml` with the
/// renderer's `patches` and `images`, built by the native kustomize engine (helm-controller runs kustomize
/// the same way).
fn post_render(mut docs: Vec<Value>, renderers: &[Value]) -> Result<Vec<Value>, RenderError> {
    for renderer in renderers {
        let mut kustomization = serde_json::json!({
            "apiVersion": "kustomize.config.k8s.io/v1beta1",
            "kind": "Kustomization",
            "resources": ["helm-output.yaml"],
        });
        for field in ["patches", "images"] {
            if let Some(v) = renderer.get(field).filter(|v| !v.is_null()) {
                kustomization[field] = v.clone();
            }
        }
        let stream: Vec<String> = docs.iter().map(to_yaml).collect();
        let mut fs = kustomize::MemFs::new();
        fs.insert("post-render/helm-output.yaml", stream.join("\n---\n"));
        fs.insert("post-render/kustomization.yaml", kustomization.to_string());
        let opts = kustomize::BuildOptions {
            sort: kustomize::SortOrder::Fifo,
            ..kustomize::BuildOptions::default()
        };
        let built = kustomize::build(&fs, std::path::Path::new("post-render"), &opts)
            .map_err(|e| RenderError::PostRender(e.to_string()))?;
        docs = built.objects;
    }
    Ok(docs)
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
