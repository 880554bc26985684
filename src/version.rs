//! The version this binary reports, as Flux does: set at release time through `FLUX_VERSION`, and
//! `0.0.0-dev.0` for development builds (the value Flux's own dev builds print).

/// The bare version, e.g. `2.7.0` or `0.0.0-dev.0`.
pub const VERSION: &str = match option_env!("FLUX_VERSION") {
    Some(v) => v,
    None => "0.0.0-dev.0",
};

/// The version with Flux's `v` prefix, as `flux version` and the install manifests print it.
pub fn tagged() -> String {
    format!("v{VERSION}")
}

/// The lowest Kubernetes version `flux check --pre` accepts, as a semver constraint string.
pub const KUBERNETES_MIN: &str = ">=1.33.0-0";

/// The minimum Kubernetes version as numbers, for comparisons.
pub const KUBERNETES_MIN_VERSION: (u64, u64) = (1, 33);
