//! Why a HelmRepository reconcile failed: one variant per failed step, with the Flux reason and condition each
//! shows as. [`Error::message`] is the text of the conditions and events, worded as source-controller words it.

use std::error::Error as _;

use crate::api::conditions;

use super::client::{ConfigError, GetError};
use super::index::IndexError;

/// A failed HelmRepository step. Messages name the object, the URL or the Secret, never a credential.
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
    /// `spec.url` is not usable for an index (an `oci://` URL with `type: default`, or unparsable).
    #[error("invalid Helm repository URL: {0}")]
    UrlInvalid(String),
    /// The Secrets or the TLS settings could not be turned into a client.
    #[error("{0}")]
    Client(#[source] ConfigError),
    /// Downloading the index failed (status, transfer, size).
    #[error("failed to fetch Helm repository index: failed to cache index to temporary file")]
    FetchIndex(#[source] GetError),
    /// The index does not load.
    #[error("failed to load Helm repository from index YAML: failed to load index")]
    LoadIndex(#[source] IndexError),
    /// Writing the artifact failed.
    #[error("unable to save artifact to storage")]
    Storage(#[source] crate::artifact::Error),
    /// A blocking task panicked or was cancelled.
    #[error("storage task failed")]
    Task(#[source] tokio::task::JoinError),
    /// The status could not be written.
    #[error("failed to patch status of HelmRepository {key}")]
    PatchStatus {
        key: String,
        #[source]
        source: kube::Error,
    },
    /// The finalizer could not be added or removed.
    #[error("finalizer")]
    Finalizer(#[source] Box<kube::runtime::finalizer::Error<Error>>),
    /// The latest copy of the object could not be read.
    #[error("failed to get the latest copy of HelmRepository {key}")]
    Refresh {
        key: String,
        #[source]
        source: kube::Error,
    },
}

impl Error {
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
            Error::UrlInvalid(_) => conditions::URL_INVALID,
            Error::Client(ConfigError::Build(_)) => conditions::FAILED,
            Error::Client(_) => conditions::AUTHENTICATION_FAILED,
            Error::FetchIndex(_) => conditions::FAILED,
            Error::LoadIndex(_) => conditions::INDEXATION_FAILED,
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
            Error::Storage(_) | Error::Task(_) => conditions::STORAGE_OPERATION_FAILED,
            _ => conditions::FETCH_FAILED,
        }
    }

    /// Terminal (Stalled): retrying cannot help until the spec changes.
    pub fn is_terminal(&self) -> bool {
        matches!(self, Error::UrlInvalid(_) | Error::InvalidInterval { .. })
    }

    /// Short label for logs and metrics.
    pub fn metric_label(&self) -> &'static str {
        match self {
            Error::MissingMetadata(_) => "missing_metadata",
            Error::InvalidInterval { .. } => "invalid_duration",
            Error::UrlInvalid(_) => "url",
            Error::Client(_) => "auth",
            Error::FetchIndex(_) => "fetch",
            Error::LoadIndex(_) => "index",
            Error::Storage(_) | Error::Task(_) => "storage",
            Error::PatchStatus { .. } => "patch_status",
            Error::Finalizer(_) => "finalizer",
            Error::Refresh { .. } => "refresh",
        }
    }
}

crate::controllers::source_common::impl_source_error!(Error);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rejected_index_download_reads_as_flux_words_it() {
        let err = Error::FetchIndex(GetError::Status {
            url: "http://charts.example.com/index.yaml".into(),
            status: "401 Unauthorized".into(),
        });
        assert_eq!(
            err.message(),
            "failed to fetch Helm repository index: failed to cache index to temporary file: failed to fetch http://charts.example.com/index.yaml : 401 Unauthorized"
        );
        assert_eq!(err.reason(), "Failed");
        assert_eq!(err.condition(), "FetchFailed");
    }

    #[test]
    fn an_oci_url_of_a_default_repository_stalls() {
        let err = Error::UrlInvalid(
            "'oci' URL scheme cannot be used with 'default' HelmRepository type".into(),
        );
        assert!(err.is_terminal());
        assert_eq!(err.reason(), "URLInvalid");
    }
}
