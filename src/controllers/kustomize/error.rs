//! Why a Kustomization reconcile failed: one variant per step, each with the Flux reason it shows as in the
//! Ready condition, and whether retrying can help (a Stalled error waits for a spec change instead).

use crate::api::conditions;

/// A failed Kustomization step. Messages name objects and paths, never a Secret's content.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The object lacks a name or namespace (never true for objects from the API server).
    #[error("object has no {0}")]
    MissingMetadata(&'static str),
    /// A duration field does not parse.
    #[error("invalid {field} '{value}': {message}")]
    InvalidDuration {
        field: &'static str,
        value: String,
        message: String,
    },
    /// `spec.healthCheckExprs` or a `dependsOn[].readyExpr` does not compile.
    #[error("Reconciliation failed terminally due to configuration error: {0}")]
    InvalidCel(String),
    /// A cross-namespace reference while `--no-cross-namespace-refs` is set, or a kind we do not serve.
    #[error("{0}")]
    AccessDenied(String),
    /// The source object does not exist or cannot be read.
    #[error("{0}")]
    SourceNotFound(String),
    /// The source has no artifact yet.
    #[error("Source artifact not found, retrying in {0}")]
    NoArtifact(String),
    /// A dependency is missing or not ready.
    #[error("{0}")]
    DependencyNotReady(String),
    /// Downloading, verifying or unpacking the artifact failed, or the path is missing.
    #[error("{0}")]
    Artifact(String),
    /// kustomize build, substitution or decryption failed.
    #[error("{0}")]
    Build(String),
    /// The server-side apply failed (after applying what the partial change set records).
    #[error("{0}")]
    Apply(String),
    /// Deleting stale objects failed.
    #[error("{0}")]
    Prune(String),
    /// Health checks failed or timed out.
    #[error("{0}")]
    Health(String),
    /// A newer trigger (named) cancelled the running health check.
    #[error("New reconciliation triggered by {0}")]
    HealthCanceled(String),
    /// The status patch was refused.
    #[error("failed to patch status of {key}: {source}")]
    PatchStatus {
        key: String,
        #[source]
        source: kube::Error,
    },
    /// Adding or removing the finalizer failed.
    #[error("finalizer: {0}")]
    Finalizer(String),
}

impl Error {
    /// The Flux condition reason of this failure.
    pub fn reason(&self) -> &'static str {
        match self {
            Error::MissingMetadata(_) | Error::PatchStatus { .. } | Error::Finalizer(_) => {
                conditions::RECONCILIATION_FAILED
            }
            Error::InvalidDuration { .. } => conditions::RECONCILIATION_FAILED,
            Error::InvalidCel(_) => conditions::INVALID_CEL_EXPRESSION,
            Error::AccessDenied(_) => conditions::ACCESS_DENIED,
            Error::SourceNotFound(_) | Error::NoArtifact(_) | Error::Artifact(_) => {
                conditions::ARTIFACT_FAILED
            }
            Error::DependencyNotReady(_) => conditions::DEPENDENCY_NOT_READY,
            Error::Build(_) => conditions::BUILD_FAILED_REASON,
            Error::Apply(_) => conditions::RECONCILIATION_FAILED,
            Error::Prune(_) => conditions::PRUNE_FAILED,
            Error::Health(_) => conditions::HEALTH_CHECK_FAILED,
            Error::HealthCanceled(_) => conditions::HEALTH_CHECK_CANCELED,
        }
    }

    /// Terminal errors: retrying cannot help until the spec changes (Flux marks them Stalled).
    pub fn is_stalled(&self) -> bool {
        matches!(
            self,
            Error::InvalidCel(_) | Error::AccessDenied(_) | Error::InvalidDuration { .. }
        )
    }
}
