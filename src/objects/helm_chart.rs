//! HelmChart from the CLI's point of view: build one from `flux create source chart` options, print it as
//! `flux export` does, and summarise it for `flux get`.

use std::collections::BTreeMap;
use std::time::Duration;

use serde_json::Value;

use crate::api::meta::LocalObjectReference;
use crate::api::source::{
    HelmChart, HelmChartSpec, HelmChartVerification, LocalHelmChartSourceReference,
    OIDCIdentityMatch, ReconcileStrategy, VerificationProvider,
};
use crate::duration;

/// The kinds a HelmChart can build from, as Flux spells them.
pub const SOURCE_KINDS: [&str; 3] = ["HelmRepository", "GitRepository", "Bucket"];

/// Input of `flux create source chart`, validated.
#[derive(Debug, Clone)]
pub struct SourceOptions {
    pub name: String,
    pub namespace: String,
    pub interval: Duration,
    /// `(kind, name)` of `--source`.
    pub source: (String, String),
    pub chart: String,
    pub version: Option<String>,
    pub reconcile_strategy: ReconcileStrategy,
    pub verify_provider: Option<VerificationProvider>,
    pub verify_secret_ref: Option<String>,
    pub verify_issuer: Option<String>,
    pub verify_subject: Option<String>,
    pub labels: BTreeMap<String, String>,
}

/// Parses `--source <kind>/<name>` (kind case-insensitive); the error reads as Flux's flag error.
pub fn parse_source(raw: &str) -> Result<(String, String), String> {
    let Some((kind, name)) = raw.split_once('/') else {
        return Err(format!(
            "invalid argument {raw:?} for \"--source\" flag: invalid source '{raw}', must be in format <kind>/<name>"
        ));
    };
    let Some(kind_name) = SOURCE_KINDS.iter().find(|k| k.eq_ignore_ascii_case(kind)) else {
        return Err(format!(
            "invalid argument {raw:?} for \"--source\" flag: source kind '{kind}' is not supported, must be one of: {}",
            SOURCE_KINDS.join(", ")
        ));
    };
    if name.is_empty() {
        return Err(format!(
            "invalid argument {raw:?} for \"--source\" flag: name cannot be empty"
        ));
    }
    Ok((kind_name.to_string(), name.to_string()))
}

/// The HelmChart `flux create source chart` would apply.
pub fn build(opts: &SourceOptions) -> HelmChart {
    let verify = opts.verify_provider.map(|provider| HelmChartVerification {
        provider: Some(provider),
        secret_ref: opts
            .verify_secret_ref
            .clone()
            .filter(|s| !s.is_empty())
            .map(|name| LocalObjectReference { name }),
        match_oidc_identity: (opts.verify_issuer.is_some() || opts.verify_subject.is_some()).then(
            || {
                vec![OIDCIdentityMatch {
                    issuer: opts.verify_issuer.clone().unwrap_or_default(),
                    subject: opts.verify_subject.clone().unwrap_or_default(),
                }]
            },
        ),
    });
    let spec = HelmChartSpec {
        chart: opts.chart.clone(),
        version: opts.version.clone().filter(|v| !v.is_empty()),
        source_ref: LocalHelmChartSourceReference {
            api_version: None,
            kind: opts.source.0.clone(),
            name: opts.source.1.clone(),
        },
        interval: duration::format(opts.interval),
        reconcile_strategy: Some(opts.reconcile_strategy),
        verify,
        ..HelmChartSpec::default()
    };
    let mut obj = HelmChart::new(&opts.name, spec);
    obj.metadata.namespace = Some(opts.namespace.clone());
    if !opts.labels.is_empty() {
        obj.metadata.labels = Some(opts.labels.clone());
    }
    obj
}

/// The object as `flux export source chart` prints it.
pub fn export_value(obj: &HelmChart) -> Value {
    super::export_source("HelmChart", &obj.metadata, &obj.spec)
}

/// The line `flux reconcile source chart` ends with.
pub fn success_message(obj: &HelmChart) -> String {
    super::fetched_revision(obj.status.as_ref().and_then(|s| s.artifact.as_ref()))
}

/// One `flux get sources chart` row: the revision is a chart version and is not shortened.
pub fn row(obj: &HelmChart) -> [String; 5] {
    super::source_row(obj, obj.status.as_ref().and_then(|s| s.artifact.as_ref()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn source_kinds_are_case_insensitive() {
        assert_eq!(
            parse_source("helmrepository/podinfo").unwrap(),
            ("HelmRepository".to_string(), "podinfo".to_string())
        );
        assert_eq!(
            parse_source("foobar/podinfo").unwrap_err(),
            "invalid argument \"foobar/podinfo\" for \"--source\" flag: source kind 'foobar' is not supported, must be one of: HelmRepository, GitRepository, Bucket"
        );
    }
}
