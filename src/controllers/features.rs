//! `--feature-gates`: the gates of Flux 2.9's controllers with their defaults (kustomize-controller v1.9.5 and
//! helm-controller v1.6.4 for the gates they share), parsed from `Name=true|false` pairs as Flux parses them.
//! An unknown gate is an error at start-up, not a silent no-op.

use std::collections::BTreeMap;

/// Every gate `flux serve` accepts, with Flux 2.9's default.
const GATES: &[(&str, bool)] = &[
    // kustomize-controller: an unset `${var}` without default fails the build.
    ("StrictPostBuildSubstitutions", true),
    ("DisableStatusPollerCache", true),
    // A new revision cancels a running health check (Flux: HealthCheckCanceled).
    ("CancelHealthCheckOnNewRevision", false),
    ("DirectSourceFetch", false),
    ("MigrateAPIVersion", false),
    ("DisableConfigWatchers", false),
    // Kustomizations (and HelmReleases) may use an ExternalArtifact as their source.
    ("ExternalArtifact", false),
    ("AdditiveCELDependencyCheck", false),
    ("ObjectLevelWorkloadIdentity", false),
    ("DisableFailFastBehavior", false),
    // helm-controller.
    ("UseHelm3Defaults", false),
    ("DefaultToRetryOnFailure", false),
    ("DisableChartDigestTracking", false),
    ("OOMWatch", false),
];

/// An invalid `--feature-gates` value.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Not one of [`GATES`].
    #[error("unrecognized feature gate: {0}")]
    Unknown(String),
    /// Not `Name=true` or `Name=false`.
    #[error("invalid value of {name}={value}, err: expected true or false")]
    Value { name: String, value: String },
    /// No `=`.
    #[error("missing bool value for {0}")]
    Missing(String),
}

/// The gates in effect.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeatureGates {
    enabled: BTreeMap<&'static str, bool>,
}

impl Default for FeatureGates {
    fn default() -> Self {
        Self {
            enabled: GATES.iter().copied().collect(),
        }
    }
}

impl FeatureGates {
    /// Flux's defaults overridden by `pairs` (`Name=true`; several flags or comma-separated lists).
    pub fn parse<S: AsRef<str>>(pairs: &[S]) -> Result<Self, Error> {
        let mut gates = Self::default();
        for pair in pairs.iter().flat_map(|p| p.as_ref().split(',')) {
            let pair = pair.trim();
            if pair.is_empty() {
                continue;
            }
            let (name, value) = pair
                .split_once('=')
                .ok_or_else(|| Error::Missing(pair.to_string()))?;
            let (name, value) = (name.trim(), value.trim());
            let key = GATES
                .iter()
                .map(|(n, _)| *n)
                .find(|n| *n == name)
                .ok_or_else(|| Error::Unknown(name.to_string()))?;
            let on = match value.to_ascii_lowercase().as_str() {
                "true" | "1" | "t" => true,
                "false" | "0" | "f" => false,
                _ => {
                    return Err(Error::Value {
                        name: name.to_string(),
                        value: value.to_string(),
                    });
                }
            };
            gates.enabled.insert(key, on);
        }
        Ok(gates)
    }

    /// Whether gate `name` is on.
    pub fn enabled(&self, name: &str) -> bool {
        self.enabled.get(name).copied().unwrap_or(false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_flux_2_9s() {
        let g = FeatureGates::default();
        assert!(g.enabled("StrictPostBuildSubstitutions"));
        assert!(!g.enabled("CancelHealthCheckOnNewRevision"));
        assert!(!g.enabled("ExternalArtifact"));
    }

    #[test]
    fn pairs_override_the_defaults() {
        let g = FeatureGates::parse(&[
            "StrictPostBuildSubstitutions=false,ExternalArtifact=true",
            "CancelHealthCheckOnNewRevision=true",
        ])
        .ok();
        let g = g.as_ref();
        assert_eq!(
            g.map(|g| g.enabled("StrictPostBuildSubstitutions")),
            Some(false)
        );
        assert_eq!(g.map(|g| g.enabled("ExternalArtifact")), Some(true));
        assert_eq!(
            g.map(|g| g.enabled("CancelHealthCheckOnNewRevision")),
            Some(true)
        );
    }

    #[test]
    fn an_unknown_gate_or_value_is_refused() {
        assert_eq!(
            FeatureGates::parse(&["Nope=true"])
                .err()
                .map(|e| e.to_string()),
            Some("unrecognized feature gate: Nope".to_string())
        );
        assert!(FeatureGates::parse(&["ExternalArtifact=yes"]).is_err());
        assert!(FeatureGates::parse(&["ExternalArtifact"]).is_err());
    }
}
