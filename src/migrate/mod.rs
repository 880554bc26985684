//! `flux migrate`: move Flux's custom resources to the latest API versions before a minor upgrade, as Flux
//! v2.9.5 does it.
//!
//! # Modes
//! - [`cluster`]: rewrite every stored object of each Flux CRD (label `app.kubernetes.io/part-of=flux`) at the
//!   CRD's storage version, then drop the older versions from the CRD's `status.storedVersions`. Needs RBAC to
//!   list and patch all Flux objects and to update CRD status (cluster-admin in practice).
//! - [`files`]: rewrite the `apiVersion:` lines of the manifests under a path, for a chosen Flux minor version.

pub mod cluster;
pub mod files;

/// The latest API version of each Flux kind (group, kind, version) for one Flux minor version.
pub struct ApiVersions {
    /// `2.9`.
    pub flux_version: &'static str,
    pub latest: &'static [(&'static str, &'static str, &'static str)],
}

const SOURCE: &str = "source.toolkit.fluxcd.io";
const KUSTOMIZE: &str = "kustomize.toolkit.fluxcd.io";
const HELM: &str = "helm.toolkit.fluxcd.io";
const NOTIFICATION: &str = "notification.toolkit.fluxcd.io";
const IMAGE: &str = "image.toolkit.fluxcd.io";
const SOURCE_EXTENSIONS: &str = "source.extensions.fluxcd.io";

/// Flux 2.7 to 2.9: the image APIs at v1, and the ArtifactGenerator.
const FLUX27: &[(&str, &str, &str)] = &[
    (SOURCE, "Bucket", "v1"),
    (SOURCE, "GitRepository", "v1"),
    (SOURCE, "OCIRepository", "v1"),
    (SOURCE, "HelmRepository", "v1"),
    (SOURCE, "HelmChart", "v1"),
    (SOURCE, "ExternalArtifact", "v1"),
    (KUSTOMIZE, "Kustomization", "v1"),
    (HELM, "HelmRelease", "v2"),
    (NOTIFICATION, "Receiver", "v1"),
    (NOTIFICATION, "Alert", "v1beta3"),
    (NOTIFICATION, "Provider", "v1beta3"),
    (IMAGE, "ImageRepository", "v1"),
    (IMAGE, "ImagePolicy", "v1"),
    (IMAGE, "ImageUpdateAutomation", "v1"),
    (SOURCE_EXTENSIONS, "ArtifactGenerator", "v1beta1"),
];

/// Flux 2.6: the image APIs at v1beta2.
const FLUX26: &[(&str, &str, &str)] = &[
    (SOURCE, "Bucket", "v1"),
    (SOURCE, "GitRepository", "v1"),
    (SOURCE, "OCIRepository", "v1"),
    (SOURCE, "HelmRepository", "v1"),
    (SOURCE, "HelmChart", "v1"),
    (SOURCE, "ExternalArtifact", "v1"),
    (KUSTOMIZE, "Kustomization", "v1"),
    (HELM, "HelmRelease", "v2"),
    (NOTIFICATION, "Receiver", "v1"),
    (NOTIFICATION, "Alert", "v1beta3"),
    (NOTIFICATION, "Provider", "v1beta3"),
    (IMAGE, "ImageRepository", "v1beta2"),
    (IMAGE, "ImagePolicy", "v1beta2"),
    (IMAGE, "ImageUpdateAutomation", "v1beta2"),
];

/// The supported Flux minor versions, newest (this CLI's) first.
pub const LATEST_API_VERSIONS: &[ApiVersions] = &[
    ApiVersions {
        flux_version: "2.9",
        latest: FLUX27,
    },
    ApiVersions {
        flux_version: "2.8",
        latest: FLUX27,
    },
    ApiVersions {
        flux_version: "2.7",
        latest: FLUX27,
    },
    ApiVersions {
        flux_version: "2.6",
        latest: FLUX26,
    },
];

/// The table for `--version` (this CLI's minor version when `None`).
pub fn latest_versions(
    version: Option<&str>,
) -> Result<&'static [(&'static str, &'static str, &'static str)], files::Error> {
    let Some(version) = version.filter(|v| !v.is_empty()) else {
        return Ok(LATEST_API_VERSIONS[0].latest);
    };
    LATEST_API_VERSIONS
        .iter()
        .find(|v| v.flux_version == version)
        .map(|v| v.latest)
        .ok_or_else(|| files::Error::UnsupportedVersion {
            version: version.to_string(),
            supported: LATEST_API_VERSIONS
                .iter()
                .map(|v| v.flux_version)
                .collect::<Vec<_>>()
                .join(", "),
        })
}
