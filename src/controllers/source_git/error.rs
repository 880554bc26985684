//! Why a GitRepository reconcile failed: one variant per step, with the Flux reason each shows as.

use crate::api::conditions;

/// A failed GitRepository step. Messages name the object or the URL, never a credential.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The object lacks a name or namespace (never true for objects from the API server).
    #[error("object has no {0}")]
    MissingMetadata(&'static str),
    /// `spec.interval` or `spec.timeout` is not a duration.
    #[error("invalid {field} '{value}': {message}")]
    InvalidDuration {
        field: &'static str,
        value: String,
        message: String,
    },
    /// The secret named by `spec.secretRef` could not be read.
    #[error("failed to get secret '{namespace}/{name}': {message}")]
    GetSecret {
        namespace: String,
        name: String,
        message: String,
    },
    /// The secret was read but holds unusable credentials.
    #[error("invalid auth secret '{name}': {source}")]
    InvalidSecret {
        name: String,
        #[source]
        source: crate::git::Error,
    },
    /// `spec.provider` could not produce credentials (GitHub App token exchange, unsupported provider).
    #[error("{0}")]
    ProviderAuth(String),
    /// The Secret of `spec.proxySecretRef` is missing or holds no usable `address`.
    #[error("failed to configure proxy options: {0}")]
    Proxy(String),
    /// Resolving the ref or fetching the commit failed.
    #[error("failed to checkout and determine revision: {0}")]
    Checkout(#[source] crate::git::Error),
    /// An included GitRepository has no artifact or cannot be read.
    #[error("{0}")]
    Include(String),
    /// Writing, reading or collecting artifacts failed.
    #[error("{0}")]
    Storage(#[from] crate::artifact::Error),
    /// A temporary directory could not be created.
    #[error("failed to create temporary working directory: {0}")]
    TempDir(#[source] std::io::Error),
    /// A blocking task panicked or was cancelled.
    #[error("git task failed: {0}")]
    Task(String),
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
    /// `spec.verify` failed: the reason is Flux's (`InvalidCommitSignature`, …).
    #[error("{message}")]
    Verification {
        reason: &'static str,
        message: String,
        terminal: bool,
    },
}

impl Error {
    /// The Flux condition reason of this failure.
    pub fn reason(&self) -> &'static str {
        match self {
            Error::GetSecret { .. }
            | Error::InvalidSecret { .. }
            | Error::Proxy(_)
            | Error::ProviderAuth(_) => conditions::AUTHENTICATION_FAILED,
            Error::Checkout(e) => e.reason(),
            Error::Include(_) => conditions::INCLUDE_UNAVAILABLE,
            Error::Storage(e) => e.reason(),
            Error::TempDir(_) => conditions::DIRECTORY_CREATION_FAILED,
            Error::PatchStatus { .. } => conditions::PATCH_OPERATION_FAILED,
            Error::InvalidDuration { .. } | Error::MissingMetadata(_) => conditions::FAILED,
            Error::Task(_) | Error::Finalizer(_) => conditions::FAILED,
            Error::Verification { reason, .. } => reason,
        }
    }

    /// The condition type the failure is recorded under besides Ready.
    pub fn condition(&self) -> &'static str {
        match self {
            Error::Storage(_) | Error::TempDir(_) => conditions::STORAGE_OPERATION_FAILED,
            Error::Include(_) => conditions::INCLUDE_UNAVAILABLE,
            Error::Verification { .. } => conditions::SOURCE_VERIFIED,
            _ => conditions::FETCH_FAILED,
        }
    }

    /// Terminal: retrying cannot help until the spec changes.
    pub fn is_terminal(&self) -> bool {
        match self {
            Error::Checkout(e) => e.is_terminal(),
            Error::InvalidDuration { .. } => true,
            Error::Verification { terminal, .. } => *terminal,
            _ => false,
        }
    }

    /// Short label for logs and metrics.
    pub fn metric_label(&self) -> &'static str {
        match self {
            Error::MissingMetadata(_) => "missing_metadata",
            Error::InvalidDuration { .. } => "invalid_duration",
            Error::GetSecret { .. } | Error::InvalidSecret { .. } => "auth",
            Error::Proxy(_) => "proxy",
            Error::ProviderAuth(_) => "provider_auth",
            Error::Checkout(_) => "checkout",
            Error::Include(_) => "include",
            Error::Storage(_) | Error::TempDir(_) => "storage",
            Error::Task(_) => "task",
            Error::PatchStatus { .. } => "patch_status",
            Error::Finalizer(_) => "finalizer",
            Error::Verification { .. } => "verification",
        }
    }
}
