//! Where a HelmRelease's chart comes from: the HelmChart it creates from `spec.chart` (named
//! `<namespace>-<name>`, server-side applied as helm-controller does) or the object `spec.chartRef` names
//! (HelmChart, OCIRepository, or ExternalArtifact behind its feature gate), and that source's artifact.

use std::collections::BTreeMap;

use kube::ResourceExt;
use kube::api::{Api, DeleteParams, Patch, PatchParams};
use kube::runtime::reflector::{ObjectRef, Store};
use serde_json::json;

use crate::api::helm::HelmRelease;
use k8s_openapi::apimachinery::pkg::apis::meta::v1::Condition;

use crate::api::meta::Artifact;
use crate::api::source::{ExternalArtifact, HelmChart, OCIRepository, ReconcileStrategy};

use super::FIELD_MANAGER;

/// Labels helm-controller puts on the HelmChart it makes (and on every released object).
pub fn owner_labels(hr: &HelmRelease) -> BTreeMap<String, String> {
    BTreeMap::from([
        ("helm.toolkit.fluxcd.io/name".to_string(), hr.name_any()),
        (
            "helm.toolkit.fluxcd.io/namespace".to_string(),
            hr.namespace().unwrap_or_default(),
        ),
    ])
}

/// `(namespace, name)` of the HelmChart made from `spec.chart`.
pub fn template_chart(hr: &HelmRelease) -> Option<(String, String)> {
    let template = hr.spec.chart.as_ref()?;
    let ns = hr.namespace().unwrap_or_default();
    let chart_ns = template
        .spec
        .source_ref
        .namespace
        .clone()
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| ns.clone());
    Some((chart_ns, format!("{ns}-{}", hr.name_any())))
}

/// Why the chart source is not usable; each maps to helm-controller's Ready reason.
#[derive(Debug, thiserror::Error)]
pub enum SourceError {
    /// `ArtifactFailed`: the source object could not be read or made.
    #[error("could not get Source object: {0}")]
    Get(#[source] kube::Error),
    /// `ArtifactFailed`: the HelmChart of `spec.chart` could not be written.
    #[error("failed to create HelmChart: {0}")]
    CreateChart(#[source] kube::Error),
    /// `SourceNotReady`: the source has no artifact yet, or failed.
    #[error("{0}")]
    NotReady(String),
    /// `AccessDenied` (Stalled): a kind used without its feature gate, or an unknown kind.
    #[error("{0}")]
    Denied(String),
}

impl SourceError {
    pub fn reason(&self) -> &'static str {
        match self {
            SourceError::Get(_) | SourceError::CreateChart(_) => "ArtifactFailed",
            SourceError::NotReady(_) => "SourceNotReady",
            SourceError::Denied(_) => "AccessDenied",
        }
    }
}

/// A usable chart source.
pub struct Resolved {
    pub artifact: Artifact,
    /// `<ns>/<name>` of the HelmChart made from the template (for `status.helmChart`).
    pub helm_chart: Option<String>,
    /// Set for OCIRepository sources: the chart version gets `+<digest[:12]>` and the snapshot keeps it.
    pub oci_digest: Option<String>,
}

/// Makes or updates the template's HelmChart (one server-side apply), then reads the chart source.
pub async fn resolve(
    client: &kube::Client,
    hr: &HelmRelease,
    external_artifacts: bool,
    charts: Option<&Store<HelmChart>>,
) -> Result<Resolved, SourceError> {
    let ns = hr.namespace().unwrap_or_default();
    if let Some((chart_ns, chart_name)) = template_chart(hr) {
        // Apply only when the HelmChart differs from the template: its generation never moves under a chart
        // controller that is catching up. The watch cache answers without a request; a copy that lags behind
        // our own apply only costs a second, identical apply.
        let cached = charts.and_then(|store| {
            store
                .get(&ObjectRef::new(&chart_name).within(&chart_ns))
                .map(|chart| chart.as_ref().clone())
        });
        let existing = match cached {
            Some(chart) => Some(chart),
            None => Api::<HelmChart>::namespaced(client.clone(), &chart_ns)
                .get_opt(&chart_name)
                .await
                .map_err(SourceError::Get)?,
        };
        let body = template_body(hr, &chart_ns, &chart_name);
        let chart = match existing {
            Some(chart) if matches_template(&chart, &body) => chart,
            _ => apply_template(client, &chart_ns, &chart_name, &body).await?,
        };
        let status = chart.status.clone().unwrap_or_default();
        let artifact = ready_artifact(
            "HelmChart",
            &chart_ns,
            &chart_name,
            chart.metadata.generation,
            status.observed_generation,
            status.conditions.as_deref().unwrap_or_default(),
            status.artifact,
        )?;
        return Ok(Resolved {
            artifact,
            helm_chart: Some(format!("{chart_ns}/{chart_name}")),
            oci_digest: None,
        });
    }
    let Some(reference) = hr.spec.chart_ref.as_ref() else {
        return Err(SourceError::Denied(
            "spec.chart or spec.chartRef must be set".to_string(),
        ));
    };
    let source_ns = reference
        .namespace
        .clone()
        .filter(|n| !n.is_empty())
        .unwrap_or(ns);
    let name = reference.name.as_str();
    let get = SourceError::Get;
    match reference.kind.as_str() {
        "HelmChart" => {
            let obj = Api::<HelmChart>::namespaced(client.clone(), &source_ns)
                .get(name)
                .await
                .map_err(get)?;
            let s = obj.status.clone().unwrap_or_default();
            let artifact = ready_artifact(
                "HelmChart",
                &source_ns,
                name,
                obj.metadata.generation,
                s.observed_generation,
                s.conditions.as_deref().unwrap_or_default(),
                s.artifact,
            )?;
            Ok(Resolved {
                artifact,
                helm_chart: None,
                oci_digest: None,
            })
        }
        "OCIRepository" => {
            let obj = Api::<OCIRepository>::namespaced(client.clone(), &source_ns)
                .get(name)
                .await
                .map_err(get)?;
            let s = obj.status.clone().unwrap_or_default();
            let artifact = ready_artifact(
                "OCIRepository",
                &source_ns,
                name,
                obj.metadata.generation,
                s.observed_generation,
                s.conditions.as_deref().unwrap_or_default(),
                s.artifact,
            )?;
            let digest = artifact
                .revision
                .rsplit_once('@')
                .map(|(_, d)| d.to_string())
                .unwrap_or_else(|| artifact.digest.clone());
            Ok(Resolved {
                artifact,
                helm_chart: None,
                oci_digest: Some(digest),
            })
        }
        "ExternalArtifact" if external_artifacts => {
            let obj = Api::<ExternalArtifact>::namespaced(client.clone(), &source_ns)
                .get(name)
                .await
                .map_err(get)?;
            let artifact = obj
                .status
                .and_then(|s| s.artifact)
                .ok_or_else(|| {
                    SourceError::NotReady(format!(
                        "ExternalArtifact '{source_ns}/{name}' is not ready: does not have an artifact"
                    ))
                })?;
            Ok(Resolved {
                artifact,
                helm_chart: None,
                oci_digest: None,
            })
        }
        "ExternalArtifact" => Err(SourceError::Denied(
            "the ExternalArtifact feature gate is disabled, cannot use ExternalArtifact as chart source"
                .to_string(),
        )),
        other => Err(SourceError::Denied(format!(
            "unsupported chart source kind '{other}'"
        ))),
    }
}

/// helm-controller's readiness rule for a source: reconciled at its generation, not stalled, with an artifact.
fn ready_artifact(
    kind: &str,
    ns: &str,
    name: &str,
    generation: Option<i64>,
    observed: Option<i64>,
    conditions: &[Condition],
    artifact: Option<Artifact>,
) -> Result<Artifact, SourceError> {
    let not_ready =
        |why: &str| SourceError::NotReady(format!("{kind} '{ns}/{name}' is not ready: {why}"));
    let condition = |t: &str| conditions.iter().find(|c| c.type_ == t);
    if generation != observed {
        let why = condition("Ready")
            .filter(|c| c.status == "False")
            .map(|c| c.message.clone())
            .unwrap_or_else(|| "latest generation of object has not been reconciled".to_string());
        return Err(not_ready(&why));
    }
    if let Some(stalled) = condition("Stalled").filter(|c| c.status == "True") {
        return Err(not_ready(&stalled.message));
    }
    artifact.ok_or_else(|| not_ready("does not have an artifact"))
}

/// The HelmChart helm-controller makes from `spec.chart`: its labels, annotations and spec.
fn template_body(hr: &HelmRelease, chart_ns: &str, chart_name: &str) -> serde_json::Value {
    let Some(template) = hr.spec.chart.as_ref() else {
        return serde_json::Value::Null;
    };
    let spec = &template.spec;
    let mut labels: BTreeMap<String, String> = template
        .metadata
        .as_ref()
        .and_then(|m| m.labels.clone())
        .unwrap_or_default();
    labels.extend(owner_labels(hr));
    let annotations = template
        .metadata
        .as_ref()
        .and_then(|m| m.annotations.clone())
        .unwrap_or_default();
    let mut chart_spec = json!({
        "chart": spec.chart,
        "version": spec.version.clone().filter(|v| !v.is_empty()).unwrap_or_else(|| "*".to_string()),
        "sourceRef": {"kind": spec.source_ref.kind, "name": spec.source_ref.name},
        "interval": spec.interval.clone().filter(|i| !i.is_empty()).unwrap_or_else(|| hr.spec.interval.clone()),
        "reconcileStrategy": spec.reconcile_strategy.unwrap_or(ReconcileStrategy::ChartVersion),
    });
    if let Some(files) = &spec.values_files {
        chart_spec["valuesFiles"] = json!(files);
    }
    if let Some(ignore) = spec.ignore_missing_values_files {
        chart_spec["ignoreMissingValuesFiles"] = json!(ignore);
    }
    if let Some(verify) = &spec.verify {
        chart_spec["verify"] = json!(verify);
    }
    let mut metadata = json!({"name": chart_name, "namespace": chart_ns, "labels": labels});
    if !annotations.is_empty() {
        metadata["annotations"] = json!(annotations);
    }
    json!({
        "apiVersion": "source.toolkit.fluxcd.io/v1",
        "kind": "HelmChart",
        "metadata": metadata,
        "spec": chart_spec,
    })
}

/// Whether `chart` already has everything `body` sets (and none of the optional fields it leaves out).
fn matches_template(chart: &HelmChart, body: &serde_json::Value) -> bool {
    let Ok(live) = serde_json::to_value(chart) else {
        return false;
    };
    let Some(spec) = body["spec"].as_object() else {
        return false;
    };
    let spec_matches = spec.iter().all(|(k, v)| live["spec"].get(k) == Some(v))
        && ["valuesFiles", "ignoreMissingValuesFiles", "verify"]
            .iter()
            .all(|k| spec.contains_key(*k) || live["spec"].get(*k).is_none_or(|v| v.is_null()));
    let has = |field: &str| {
        body["metadata"][field]
            .as_object()
            .into_iter()
            .flatten()
            .all(|(k, v)| live["metadata"][field].get(k) == Some(v))
    };
    spec_matches && has("labels") && has("annotations")
}

async fn apply_template(
    client: &kube::Client,
    chart_ns: &str,
    chart_name: &str,
    body: &serde_json::Value,
) -> Result<HelmChart, SourceError> {
    Api::<HelmChart>::namespaced(client.clone(), chart_ns)
        .patch(
            chart_name,
            &PatchParams::apply(FIELD_MANAGER).force(),
            &Patch::Apply(body),
        )
        .await
        .map_err(SourceError::CreateChart)
}

/// Deletes the HelmChart made from the template (on HelmRelease deletion, or a switch to `chartRef`).
pub async fn delete_template_chart(
    client: &kube::Client,
    ns: &str,
    name: &str,
) -> Result<(), kube::Error> {
    match Api::<HelmChart>::namespaced(client.clone(), ns)
        .delete(name, &DeleteParams::default())
        .await
    {
        Ok(_) => Ok(()),
        Err(kube::Error::Api(s)) if s.code == 404 => Ok(()),
        Err(e) => Err(e),
    }
}
