//! What `flux debug kustomization` prints: a Kustomization's status or history as YAML (keys sorted, as Flux's
//! YAML encoder writes them), or the final post-build variables in dotenv form.

use std::collections::BTreeMap;

use kube::Client;
use serde_json::Value;

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
