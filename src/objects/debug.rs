//! What `flux debug kustomization|helmrelease` prints: the object's status or history as YAML (keys sorted, as
//! Flux's YAML encoder writes them), a Kustomization's final post-build variables in dotenv form, or a
//! HelmRelease's final values.

use std::collections::BTreeMap;

use kube::Client;
use serde_json::Value;

use crate::api::helm::HelmRelease;
use crate::api::kustomize::Kustomization;

/// Header of the status report.
const STATUS_DOC: &str = "# Status documentation: https://fluxcd.io/flux/components/kustomize/kustomizations/#kustomization-status";
/// Header of the history report.
const HISTORY_DOC: &str =
    "# History documentation: https://fluxcd.io/flux/components/kustomize/kustomizations/#history";

/// `status` as YAML under its documentation link.
pub fn status_report(ks: &Kustomization) -> anyhow::Result<String> {
    let status = serde_json::to_value(ks.status.clone().unwrap_or_default())?;
    Ok(format!("{STATUS_DOC}\n{}", yaml(status)?))
}

/// `status.history` as YAML under its documentation link (`[]` when empty).
pub fn history_report(ks: &Kustomization) -> anyhow::Result<String> {
    let history = ks
        .status
        .as_ref()
        .and_then(|s| s.history.clone())
        .unwrap_or_default();
    Ok(format!(
        "{HISTORY_DOC}\n{}",
        yaml(serde_json::to_value(history)?)?
    ))
}

/// The variables `postBuild` substitutes: `substituteFrom` objects in order, then the inline map, one
/// `NAME=value` line each, sorted by name.
pub async fn vars_report(client: &Client, ks: &Kustomization) -> anyhow::Result<String> {
    let ks_json = serde_json::to_value(ks)?;
    let sources = crate::build::fetch_substitute_from(client, &ks_json).await?;
    let inline: BTreeMap<String, String> = ks
        .spec
        .post_build
        .as_ref()
        .and_then(|p| p.substitute.clone())
        .unwrap_or_default();
    let vars = kustomize::flux::SubstituteOptions::from_sources(&sources, &inline)?.vars;
    Ok(vars.iter().map(|(k, v)| format!("{k}={v}\n")).collect())
}

/// Header of the HelmRelease status report.
const HR_STATUS_DOC: &str = "# Status documentation: https://fluxcd.io/flux/components/helm/helmreleases/#helmrelease-status";
/// Header of the HelmRelease history report.
const HR_HISTORY_DOC: &str =
    "# History documentation: https://fluxcd.io/flux/components/helm/helmreleases/#history";

/// A HelmRelease's `status` as YAML under its documentation link.
pub fn helm_release_status_report(hr: &HelmRelease) -> anyhow::Result<String> {
    let mut status = serde_json::to_value(hr.status.clone().unwrap_or_default())?;
    if let Some(history) = status.get_mut("history") {
        fill_unset_times(history);
    }
    Ok(format!("{HR_STATUS_DOC}\n{}", yaml(status)?))
}

/// A HelmRelease's `status.history` as YAML under its documentation link (`[]` when empty).
pub fn helm_release_history_report(hr: &HelmRelease) -> anyhow::Result<String> {
    let history = hr
        .status
        .as_ref()
        .and_then(|s| s.history.clone())
        .unwrap_or_default();
    let mut value = serde_json::to_value(history)?;
    fill_unset_times(&mut value);
    Ok(format!("{HR_HISTORY_DOC}\n{}", yaml(value)?))
}

/// Timestamps Go marshals although unset (a snapshot's `deleted`, a test hook's `lastStarted` and
/// `lastCompleted`) become `null`, as Flux prints them.
fn fill_unset_times(history: &mut Value) {
    for snapshot in history.as_array_mut().into_iter().flatten() {
        let Some(map) = snapshot.as_object_mut() else {
            continue;
        };
        map.entry("deleted").or_insert(Value::Null);
        let hooks = map.get_mut("testHooks").and_then(Value::as_object_mut);
        for hook in hooks.into_iter().flat_map(|h| h.values_mut()) {
            if let Some(hook) = hook.as_object_mut() {
                hook.entry("lastStarted").or_insert(Value::Null);
                hook.entry("lastCompleted").or_insert(Value::Null);
            }
        }
    }
}

/// A HelmRelease's final values: `valuesFrom` in order, then `values`, as YAML (`{}` when empty).
pub async fn helm_release_values_report(
    client: &Client,
    hr: &HelmRelease,
) -> anyhow::Result<String> {
    let namespace = hr.metadata.namespace.clone().unwrap_or_default();
    let values = crate::controllers::helm_release::values::compose(
        client,
        &namespace,
        hr.spec.values_from.as_deref().unwrap_or_default(),
        hr.spec.values.as_ref(),
    )
    .await?;
    if values.is_empty() {
        return Ok("{}\n".to_string());
    }
    yaml(Value::Object(values))
}

/// Go's YAML encoding (sorted keys; strings that would read back as another type, such as timestamps,
/// quoted), which the kustomize engine's emitter reproduces.
fn yaml(v: Value) -> anyhow::Result<String> {
    if v.as_array().is_some_and(Vec::is_empty) {
        return Ok("[]\n".to_string());
    }
    Ok(kustomize::to_yaml(&super::sort_keys(v)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_history_prints_as_an_empty_list() {
        let ks = Kustomization::new("a", Default::default());
        assert_eq!(
            history_report(&ks).ok().as_deref(),
            Some(format!("{HISTORY_DOC}\n[]\n").as_str())
        );
    }

    #[test]
    fn helm_release_history_prints_unset_timestamps_as_null() {
        let mut hr = HelmRelease::new("a", Default::default());
        hr.status = Some(
            serde_json::from_value(serde_json::json!({"history": [{"digest": "sha256:d", "name": "a",
                "namespace": "b", "version": 2, "status": "deployed", "chartName": "podinfo",
                "chartVersion": "6.1.0", "configDigest": "sha256:c", "firstDeployed": "2024-01-01T11:00:00Z",
                "lastDeployed": "2024-01-01T11:00:00Z"}]}))
            .unwrap(),
        );
        let report = helm_release_history_report(&hr).unwrap();
        assert!(report.contains("  deleted: null\n"), "{report}");
        assert!(
            report.contains("  firstDeployed: \"2024-01-01T11:00:00Z\"\n"),
            "{report}"
        );
    }

    #[test]
    fn status_keys_are_sorted() {
        let mut ks = Kustomization::new("a", Default::default());
        ks.status = Some(crate::api::kustomize::KustomizationStatus {
            observed_generation: Some(-1),
            last_applied_revision: Some("main@sha1:1".into()),
            ..Default::default()
        });
        assert_eq!(
            status_report(&ks).ok().as_deref(),
            Some(
                format!("{STATUS_DOC}\nlastAppliedRevision: main@sha1:1\nobservedGeneration: -1\n")
                    .as_str()
            )
        );
    }
}
