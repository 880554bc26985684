//! Why an ArtifactGenerator reconcile failed: one variant per step, each with the Ready reason and message
//! source-watcher records for it.

use kube::runtime::finalizer;

use crate::api::conditions;
use crate::api::extensions::SOURCE_FETCH_FAILED;

use super::build::BuildError;
use super::sources::SourceError;

/// A failed step of an ArtifactGenerator reconcile.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The object lacks a field the API server always sets.
    #[error("ArtifactGenerator has no {0}")]
    MissingMetadata(&'static str),
    /// Adding or removing the finalizer failed.
    #[error("failed to manage the finalizer: {0}")]
    Finalizer(#[source] Box<finalizer::Error<Error>>),
    /// The spec is inconsistent (duplicate alias or artifact name, unknown revision alias …): terminal.
    #[error("{0}")]
    Validation(String),
    /// A source in another namespace under `--no-cross-namespace-refs`: terminal.
    #[error("cross-namespace reference to source {kind}/{namespace}/{name} is not allowed")]
    CrossNamespace {
        kind: String,
        namespace: String,
        name: String,
    },
    /// A source could not be read or has no artifact yet.
    #[error("get sources failed: {0}")]
    GetSources(#[source] SourceError),
    /// A source artifact could not be downloaded or unpacked.
    #[error("fetch sources failed: {0}")]
    FetchSources(#[source] SourceError),
    /// The temporary workspace could not be made.
    #[error("failed to create tmp dir: {0}")]
    Workspace(#[source] std::io::Error),
    /// `pathPattern` cannot be expanded; terminal when the pattern itself is at fault.
    #[error("failed to expand path pattern: {message}")]
    PathPattern { message: String, terminal: bool },
    /// Building one artifact failed.
    #[error("{name} build failed: {source}")]
    Build {
        name: String,
        #[source]
        source: BuildError,
    },
    /// The building task died.
    #[error("{name} build failed: {message}")]
    BuildTask { name: String, message: String },
    /// Writing the ExternalArtifact failed.
    #[error("{name} reconcile failed: {message}")]
    ExternalArtifact {
        name: String,
        message: String,
        #[source]
        source: kube::Error,
    },
    /// Reading the latest copy of the object failed.
    #[error("failed to get {key}: {source}")]
    Refresh {
        key: String,
        #[source]
        source: kube::Error,
    },
    /// The status patch failed.
    #[error("failed to patch status of {key}: {source}")]
    PatchStatus {
        key: String,
        #[source]
        source: kube::Error,
    },
}

impl Error {
    /// The Ready reason of this failure, as source-watcher spells it.
    pub fn reason(&self) -> &'static str {
        match self {
            Error::Validation(_) => conditions::VALIDATION_FAILED,
            Error::CrossNamespace { .. } => conditions::ACCESS_DENIED,
            Error::GetSources(_) | Error::FetchSources(_) => SOURCE_FETCH_FAILED,
            Error::PathPattern { .. } | Error::Build { .. } | Error::BuildTask { .. } => {
                conditions::BUILD_FAILED
            }
            Error::ExternalArtifact { .. } => conditions::RECONCILIATION_FAILED,
            Error::MissingMetadata(_)
            | Error::Finalizer(_)
            | Error::Workspace(_)
            | Error::Refresh { .. }
            | Error::PatchStatus { .. } => conditions::RECONCILIATION_FAILED,
        }
    }

    /// Short label for logs and metrics.
    pub fn metric_label(&self) -> &'static str {
        match self {
            Error::MissingMetadata(_) => "missing_metadata",
            Error::Finalizer(_) => "finalizer",
            Error::Validation(_) => "validation",
            Error::CrossNamespace { .. } => "access_denied",
            Error::GetSources(_) => "get_sources",
            Error::FetchSources(_) => "fetch_sources",
            Error::Workspace(_) => "workspace",
            Error::PathPattern { .. } => "path_pattern",
            Error::Build { .. } | Error::BuildTask { .. } => "build",
            Error::ExternalArtifact { .. } => "external_artifact",
            Error::Refresh { .. } => "refresh",
            Error::PatchStatus { .. } => "patch_status",
        }
    }

    /// Retrying cannot help until the spec changes (Stalled).
    pub fn is_terminal(&self) -> bool {
        matches!(
            self,
            Error::Validation(_)
                | Error::CrossNamespace { .. }
                | Error::PathPattern { terminal: true, .. }
        )
    }

    /// A source is missing or not ready: retried after the dependency interval, not with backoff.
    pub fn waits_for_sources(&self) -> bool {
        matches!(self, Error::GetSources(_) | Error::FetchSources(_))
    }
}
