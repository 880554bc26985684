//! What a HelmRelease asks for, computed once for the controller and for `flux diff helmrelease`: where its
//! release lives (name, namespace, storage) and how its chart is rendered (post-renderers, common metadata,
//! origin labels).

use kube::ResourceExt;

use crate::api::helm::HelmRelease;
use crate::helm::digest::release_name;
use crate::helm::render::{PostRenderStrategy, RenderOptions};

use super::source;

/// Where the release of a HelmRelease lives.
#[derive(Debug, Clone)]
pub struct Identity {
    /// Release name (`spec.releaseName`, else `[targetNamespace-]name`, shortened past 53 characters).
    pub name: String,
    /// Namespace of the released objects (`spec.targetNamespace`, else the HelmRelease's).
    pub namespace: String,
    /// Namespace of the release records (`spec.storageNamespace`, else the HelmRelease's).
    pub storage_namespace: String,
}

pub fn identity(hr: &HelmRelease) -> Identity {
    let own = hr.namespace().unwrap_or_default();
    let target = hr.spec.target_namespace.clone().filter(|t| !t.is_empty());
    let name = hr
        .spec
        .release_name
        .clone()
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| match &target {
            Some(t) => format!("{t}-{}", hr.name_any()),
            None => hr.name_any(),
        });
    Identity {
        name: release_name(&name),
        namespace: target.unwrap_or_else(|| own.clone()),
        storage_namespace: hr
            .spec
            .storage_namespace
            .clone()
            .filter(|s| !s.is_empty())
            .unwrap_or(own),
    }
}

/// How the chart of `hr` is rendered as revision `revision`.
pub fn render_options(hr: &HelmRelease, id: &Identity, revision: i64) -> RenderOptions {
    let common = hr.spec.common_metadata.as_ref();
    RenderOptions {
        name: id.name.clone(),
        namespace: id.namespace.clone(),
        revision,
        owner_labels: source::owner_labels(hr),
        common_labels: common.and_then(|m| m.labels.clone()).unwrap_or_default(),
        common_annotations: common
            .and_then(|m| m.annotations.clone())
            .unwrap_or_default(),
        post_renderers: hr
            .spec
            .post_renderers
            .iter()
            .flatten()
            .filter_map(|p| p.kustomize.as_ref())
            .filter_map(|k| serde_json::to_value(k).ok())
            .collect(),
        strategy: match hr.spec.post_render_strategy.as_deref() {
            Some("nohooks") => PostRenderStrategy::NoHooks,
            Some("separate") => PostRenderStrategy::Separate,
            _ => PostRenderStrategy::Combined,
        },
    }
}
