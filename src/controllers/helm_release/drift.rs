//! `spec.driftDetection`: compares what the latest release applied with the cluster (a server-side dry-run
//! as `helm-controller`, honouring `ignore` rules and the `helm.toolkit.fluxcd.io/driftDetection: disabled`
//! opt-out on objects), records `Drifted`, and with `mode: enabled` corrects the drifted objects in place —
//! no new Helm revision, as helm-controller does.

use kube::ResourceExt;
use serde_json::{Value, json};

use crate::api::helm::HelmRelease;
use crate::apply::ignore::IgnoreRules;
use crate::apply::{Action, ApplyOptions};
use crate::helm::action::{Target, manifest_objects};
use crate::helm::release::Release;

use super::FIELD_MANAGER;

/// The opt-out label or annotation of one object.
const OPT_OUT: &str = "helm.toolkit.fluxcd.io/driftDetection";

/// `spec.driftDetection.mode`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Disabled,
    Warn,
    Enabled,
}

pub fn mode(hr: &HelmRelease) -> Mode {
    match hr
        .spec
        .drift_detection
        .as_ref()
        .and_then(|d| d.mode.as_deref())
    {
        Some("enabled") => Mode::Enabled,
        Some("warn") => Mode::Warn,
        _ => Mode::Disabled,
    }
}

/// Why a drift check could not run.
#[derive(Debug, thiserror::Error)]
pub enum DriftError {
    #[error("invalid ignore rule: {0}")]
    Ignore(#[from] crate::apply::ignore::Error),
    #[error("{0}")]
    Plan(#[source] crate::apply::Error),
}

/// What a drift check found.
pub struct Drift {
    /// `Kind/namespace/name` of each object that differs (or is missing).
    pub drifted: Vec<String>,
    /// The corrected objects' lines (`mode: enabled`), or why correcting failed.
    pub corrected: Result<Vec<String>, crate::apply::ApplyError>,
}

fn opted_out(obj: &Value) -> bool {
    ["labels", "annotations"].iter().any(|field| {
        obj.pointer(&format!("/metadata/{field}"))
            .and_then(|m| m.get(OPT_OUT))
            .and_then(Value::as_str)
            == Some("disabled")
    })
}

/// Checks (and in `Enabled` mode corrects) the objects of `latest`.
pub async fn check(
    applier: &crate::apply::Applier,
    hr: &HelmRelease,
    latest: &Release,
    target: &Target<'_>,
    mode: Mode,
) -> Result<Drift, DriftError> {
    let ignore = hr
        .spec
        .drift_detection
        .as_ref()
        .and_then(|d| d.ignore.clone());
    let rules = IgnoreRules::from_kustomization(&json!({"spec": {"ignore": ignore}}))?;
    let opts = ApplyOptions {
        field_manager: FIELD_MANAGER.to_string(),
        owner_labels: super::source::owner_labels(hr),
        drift_ignore: std::sync::Arc::new(rules),
        ..ApplyOptions::default()
    };
    let objects: Vec<Value> = manifest_objects(&latest.manifest, target)
        .into_iter()
        .filter(|o| !opted_out(o))
        .collect();
    let planned = applier.plan(objects.clone(), &opts).await;
    let mut drifted = Vec::new();
    let mut to_correct = Vec::new();
    for (plan, obj) in planned.into_iter().zip(objects) {
        match plan {
            Ok(p) if matches!(p.action, Action::Created | Action::Configured) => {
                drifted.push(p.object.to_string());
                to_correct.push(obj);
            }
            Ok(_) => {}
            Err(e) => return Err(DriftError::Plan(e)),
        }
    }
    let corrected = if mode == Mode::Enabled && !to_correct.is_empty() {
        match applier.apply_all_staged(to_correct, &opts).await {
            Ok(changes) => Ok(changes
                .changes_only()
                .entries
                .iter()
                .map(|c| c.to_string())
                .collect()),
            Err(e) => Err(e),
        }
    } else {
        Ok(Vec::new())
    };
    tracing::debug!(helmrelease = %hr.name_any(), drifted = drifted.len(), "drift check");
    Ok(Drift { drifted, corrected })
}
