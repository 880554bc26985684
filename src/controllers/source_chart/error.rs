//! Why a HelmChart reconcile failed: one variant per failed step, with the Flux reason and condition each
//! shows as. Chart build failures carry source-controller's build reasons (`InvalidChartReference`,
//! `ChartPullError`, `ValuesFilesError` …) and read `<summary>: <cause>` as its `BuildError` does.

use std::error::Error as _;

use crate::api::conditions;
use crate::controllers::source_helm::client::ConfigError;

/// source-controller's chart build failure reasons (`internal/helm/chart/errors.go`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BuildReason {
    /// The chart name, version or path does not resolve.
    ChartReference,
    /// Downloading or copying the chart failed.
    ChartPull,
    /// The version metadata could not be set.
    MetadataPatch,
    /// A values file is missing or invalid.
    ValuesFiles,
    /// A dependency could not be resolved.
    DependencyBuild,
    /// The chart could not be packaged.
    ChartPackage,
}

impl BuildReason {
    /// The condition reason.
    pub fn reason(self) -> &'static str {
        match self {
            BuildReason::ChartReference => "InvalidChartReference",
            BuildReason::ChartPull => "ChartPullError",
            BuildReason::MetadataPatch => "MetadataPatchError",
            BuildReason::ValuesFiles => "ValuesFilesError",
            BuildReason::DependencyBuild => "DependencyBuildError",
            BuildReason::ChartPackage => "ChartPackageError",
        }
    }

    /// The prefix of the message.
    pub fn summary(self) -> &'static str {
        match self {
            BuildReason::ChartReference => "invalid chart reference",
            BuildReason::ChartPull => "chart pull error",
            BuildReason::MetadataPatch => "chart metadata patch error",
            BuildReason::ValuesFiles => "values files merge error",
            BuildReason::DependencyBuild => "dependency build error",
            BuildReason::ChartPackage => "chart package error",
        }
    }

    /// Whether a retry cannot help until the spec changes (source-controller's `IsPersistentBuildErrorReason`).
    pub fn is_persistent(self) -> bool {
        matches!(
            self,
            BuildReason::ChartReference | BuildReason::MetadataPatch | BuildReason::ValuesFiles
        )
    }
}

/// The cause of a failed build step, kept whole for logs and joined into the condition message.
pub type Cause = Box<dyn std::error::Error + Send + Sync + 'static>;

/// `<summary>: <message>`, or the summary alone when the cause says it all.
fn build_text(reason: BuildReason, message: &str) -> String {
    if message.is_empty() {
        reason.summary().to_string()
    } else {
        format!("{}: {message}", reason.summary())
    }
}

/// A failed HelmChart step. Messages name the object, the source or the URL, never a credential.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The object lacks a name or namespace (never true for objects from the API server).
    #[error("object has no {0}")]
    MissingMetadata(&'static str),
    /// `spec.interval` is not a duration.
    #[error("invalid interval '{value}'")]
    InvalidInterval {
        value: String,
        #[source]
        source: crate::duration::ParseDurationError,
    },
    /// The source object could not be read.
    #[error("failed to get source")]
    GetSource(#[source] kube::Error),
    /// `spec.sourceRef.kind` is not one this controller reads.
    #[error(
        "failed to get source: unsupported source kind '{0}', must be one of: [HelmRepository GitRepository Bucket]"
    )]
    UnsupportedSourceKind(String),
    /// The source has no artifact (yet).
    #[error("no artifact available for {kind} source '{name}'")]
    NoSourceArtifact { kind: String, name: String },
    /// The HelmRepository's client could not be configured.
    #[error("{0}")]
    Client(#[source] ConfigError),
    /// The HelmRepository URL is unusable.
    #[error("invalid Helm repository URL")]
    UrlInvalid(#[source] crate::controllers::source_helm::client::GetError),
    /// The HelmRepository answered a chart request with an authentication or TLS failure.
    #[error("failed to authenticate with the Helm repository: {0}")]
    Authentication(String),
    /// Building the chart failed: `message` says at which step, `cause` (when there is one) why.
    #[error("{}", build_text(*.reason, .message))]
    Build {
        reason: BuildReason,
        message: String,
        #[source]
        cause: Option<Cause>,
    },
    /// The source artifact could not be read or unpacked.
    #[error("artifact untar error")]
    SourceArtifact(#[source] crate::artifact::fetch::FetchError),
    /// A temporary directory could not be created.
    #[error("failed to create temporary working directory")]
    TempDir(#[source] std::io::Error),
    /// Writing the chart to storage failed.
    #[error("unable to copy Helm chart to storage")]
    Storage(#[source] crate::artifact::Error),
    /// A blocking task panicked or was cancelled.
    #[error("chart build task failed")]
    Task(#[source] tokio::task::JoinError),
    /// The status could not be written.
    #[error("failed to patch status of HelmChart {key}")]
    PatchStatus {
        key: String,
        #[source]
        source: kube::Error,
    },
    /// The finalizer could not be added or removed.
    #[error("finalizer")]
    Finalizer(#[source] Box<kube::runtime::finalizer::Error<Error>>),
    /// The latest copy of the object could not be read.
    #[error("failed to get the latest copy of HelmChart {key}")]
    Refresh {
        key: String,
        #[source]
        source: kube::Error,
    },
}

impl Error {
    /// A build failure of `reason`.
    pub fn build(reason: BuildReason, message: impl Into<String>) -> Self {
        Error::Build {
            reason,
            message: message.into(),
            cause: None,
        }
    }

    /// A build step (`context`, may be empty) that failed because of `cause`.
    pub fn caused(
        reason: BuildReason,
        context: impl Into<String>,
        cause: impl Into<Cause>,
    ) -> Self {
        Error::Build {
            reason,
            message: context.into(),
            cause: Some(cause.into()),
        }
    }

    /// The condition and event message: the step's words and the cause joined with ": ".
    pub fn message(&self) -> String {
        match self {
            Error::Client(e) => match e.source() {
                Some(cause) => format!("{e}: {}", crate::controllers::runtime::cause_text(cause)),
                None => e.to_string(),
            },
            _ => match self.source() {
                Some(cause) => {
                    format!("{self}: {}", crate::controllers::runtime::cause_text(cause))
                }
                None => self.to_string(),
            },
        }
    }

    /// The Flux condition reason of this failure.
    pub fn reason(&self) -> &'static str {
        match self {
            Error::GetSource(_) => "SourceUnavailable",
            Error::UnsupportedSourceKind(_) => "UnsupportedSourceKind",
            Error::NoSourceArtifact { .. } => "NoSourceArtifact",
            Error::Client(ConfigError::Build(_)) => conditions::FAILED,
            Error::Client(_) | Error::Authentication(_) => conditions::AUTHENTICATION_FAILED,
            Error::UrlInvalid(_) => conditions::URL_INVALID,
            Error::Build { reason, .. } => reason.reason(),
            Error::SourceArtifact(_) => conditions::FAILED,
            Error::TempDir(_) => conditions::DIRECTORY_CREATION_FAILED,
            Error::Storage(e) => e.reason(),
            Error::PatchStatus { .. } => conditions::PATCH_OPERATION_FAILED,
            Error::MissingMetadata(_)
            | Error::InvalidInterval { .. }
            | Error::Task(_)
            | Error::Finalizer(_)
            | Error::Refresh { .. } => conditions::FAILED,
        }
    }

    /// The condition type the failure is recorded under besides Ready.
    pub fn condition(&self) -> &'static str {
        match self {
            Error::Build {
                reason:
                    BuildReason::MetadataPatch
                    | BuildReason::ValuesFiles
                    | BuildReason::DependencyBuild
                    | BuildReason::ChartPackage,
                ..
            } => conditions::BUILD_FAILED,
            Error::Storage(_) | Error::Task(_) => conditions::STORAGE_OPERATION_FAILED,
            _ => conditions::FETCH_FAILED,
        }
    }

    /// Terminal (Stalled): retrying cannot help until the spec (or the source, which we watch) changes.
    pub fn is_terminal(&self) -> bool {
        match self {
            Error::Build { reason, .. } => reason.is_persistent(),
            Error::UnsupportedSourceKind(_)
            | Error::UrlInvalid(_)
            | Error::InvalidInterval { .. } => true,
            _ => false,
        }
    }

    /// Short label for logs and metrics.
    pub fn metric_label(&self) -> &'static str {
        match self {
            Error::MissingMetadata(_) => "missing_metadata",
            Error::InvalidInterval { .. } => "invalid_duration",
            Error::GetSource(_)
            | Error::UnsupportedSourceKind(_)
            | Error::NoSourceArtifact { .. } => "source",
            Error::Client(_) | Error::Authentication(_) => "auth",
            Error::UrlInvalid(_) => "url",
            Error::Build { .. } => "build",
            Error::SourceArtifact(_) | Error::TempDir(_) => "source_artifact",
            Error::Storage(_) | Error::Task(_) => "storage",
            Error::PatchStatus { .. } => "patch_status",
            Error::Finalizer(_) => "finalizer",
            Error::Refresh { .. } => "refresh",
        }
    }
}

/// Whether a chart download error is an authentication or TLS failure, by the words source-controller looks
/// for in it (it re-labels those `AuthenticationFailed`).
pub fn is_auth_failure(message: &str) -> bool {
    [
        "401",
        "unauthorized",
        "authentication required",
        "tls",
        "unknown certificate authority",
    ]
    .iter()
    .any(|w| message.contains(w))
}

crate::controllers::source_common::impl_source_error!(Error);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_version_stalls_with_flux_words() {
        let err = Error::build(
            BuildReason::ChartReference,
            "failed to get chart version for remote reference: no 'podinfo' chart with version matching '9.9.9' found",
        );
        assert_eq!(
            err.message(),
            "invalid chart reference: failed to get chart version for remote reference: no 'podinfo' chart with version matching '9.9.9' found"
        );
        assert_eq!(err.reason(), "InvalidChartReference");
        assert_eq!(err.condition(), "FetchFailed");
        assert!(err.is_terminal());
    }

    #[test]
    fn values_failures_are_build_failures() {
        let err = Error::build(
            BuildReason::ValuesFiles,
            "no values file found at path 'x.yaml'",
        );
        assert_eq!(err.condition(), "BuildFailed");
        assert_eq!(err.reason(), "ValuesFilesError");
    }

    #[test]
    fn unauthorized_downloads_are_authentication_failures() {
        assert!(is_auth_failure(
            "failed to fetch http://x/p.tgz : 401 Unauthorized"
        ));
        assert!(!is_auth_failure(
            "failed to fetch http://x/p.tgz : 404 Not Found"
        ));
    }
}
