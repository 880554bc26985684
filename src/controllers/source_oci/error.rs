//! Why an OCIRepository reconcile failed: one variant per failed step, with the reason and condition
//! source-controller shows it under. [`Error::message`] is the condition and event text, in Flux's words.

use std::error::Error as _;

use crate::api::conditions;

/// A failed OCIRepository step. Messages name the object, the URL or the Secret, never a credential.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The object lacks a name or namespace (never true for objects from the API server).
    #[error("object has no {0}")]
    MissingMetadata(&'static str),
    /// `spec.interval` or `spec.timeout` is not a duration.
    #[error("invalid {field} '{value}'")]
    InvalidDuration {
        field: &'static str,
        value: String,
        #[source]
        source: crate::duration::ParseDurationError,
    },
    /// `spec.url` is not `oci://host/repo` (or carries a tag): only a spec change helps.
    #[error("URL validation failed for '{url}': {message}")]
    UrlInvalid { url: String, message: String },
    /// `spec.provider` needs cloud credentials this build does not fetch.
    #[error(
        "failed to get credential from {0}: provider not supported yet, use 'generic' with a secretRef"
    )]
    UnsupportedProvider(&'static str),
    /// A Secret (`secretRef`, the service account's pull secrets, `certSecretRef`) could not be read.
    #[error("failed to get credential: failed to get secret '{secret}'")]
    GetSecret {
        secret: String,
        #[source]
        source: kube::Error,
    },
    /// The service account of `spec.serviceAccountName` could not be read.
    #[error("failed to get credential: failed to get service account '{account}'")]
    GetServiceAccount {
        account: String,
        #[source]
        source: kube::Error,
    },
    /// The registry client could not be built from the TLS settings.
    #[error("failed to generate transport for '{url}'")]
    Transport {
        url: String,
        #[source]
        source: Box<crate::oci::Error>,
    },
    /// Listing tags or matching the semver range failed.
    #[error("failed to determine the artifact tag for '{url}': {message}")]
    Tag { url: String, message: String },
    /// Resolving the reference to a digest failed.
    #[error("failed to determine artifact digest")]
    Digest(#[source] Box<crate::oci::Error>),
    /// Pulling the manifest failed.
    #[error("failed to pull artifact from '{url}'")]
    Pull {
        url: String,
        #[source]
        source: Box<crate::oci::Error>,
    },
    /// Selecting, fetching or unpacking the layer failed.
    #[error("{0}")]
    Layer(#[source] Box<crate::oci::artifact::Error>),
    /// Fetching the selected layer's blob failed.
    #[error("failed to extract layer contents from artifact")]
    FetchLayer(#[source] Box<crate::oci::Error>),
    /// A temporary directory could not be created.
    #[error("failed to create temporary working directory")]
    TempDir(#[source] std::io::Error),
    /// Archiving or storing the artifact failed.
    #[error("unable to archive artifact to storage")]
    Storage(#[source] crate::artifact::Error),
    /// A blocking task panicked or was cancelled.
    #[error("storage task failed")]
    Task(#[source] tokio::task::JoinError),
    /// The status could not be written.
    #[error("failed to patch status of OCIRepository {key}")]
    PatchStatus {
        key: String,
        #[source]
        source: kube::Error,
    },
    /// The finalizer could not be added or removed.
    #[error("finalizer")]
    Finalizer(#[source] Box<kube::runtime::finalizer::Error<Error>>),
    /// The latest copy of the object could not be read.
    #[error("failed to get the latest copy of OCIRepository {key}")]
    Refresh {
        key: String,
        #[source]
        source: kube::Error,
    },
}

impl Error {
    /// The condition and event message: the step's words and its causes joined with ": ".
    pub fn message(&self) -> String {
        let mut out = self.to_string();
        let mut cur = self.source();
        while let Some(cause) = cur {
            let text = crate::controllers::runtime::cause_text(cause);
            if !out.contains(&text) {
                out = format!("{out}: {text}");
            }
            cur = cause.source();
        }
        out
    }

    /// The Flux condition reason of this failure.
    pub fn reason(&self) -> &'static str {
        match self {
            Error::UrlInvalid { .. } => conditions::URL_INVALID,
            Error::UnsupportedProvider(_)
            | Error::GetSecret { .. }
            | Error::GetServiceAccount { .. }
            | Error::Transport { .. } => conditions::AUTHENTICATION_FAILED,
            Error::Tag { .. } => conditions::READ_OPERATION_FAILED,
            Error::Digest(_) | Error::Pull { .. } => conditions::OCI_ARTIFACT_PULL_FAILED,
            Error::Layer(_) | Error::FetchLayer(_) => {
                conditions::OCI_ARTIFACT_LAYER_OPERATION_FAILED
            }
            Error::TempDir(_) => conditions::DIRECTORY_CREATION_FAILED,
            Error::Storage(e) => e.reason(),
            Error::PatchStatus { .. } => conditions::PATCH_OPERATION_FAILED,
            Error::MissingMetadata(_)
            | Error::InvalidDuration { .. }
            | Error::Task(_)
            | Error::Finalizer(_)
            | Error::Refresh { .. } => conditions::FAILED,
        }
    }

    /// The condition the failure is recorded under besides Ready.
    pub fn condition(&self) -> &'static str {
        match self {
            Error::Storage(_) | Error::Task(_) | Error::TempDir(_) => {
                conditions::STORAGE_OPERATION_FAILED
            }
            _ => conditions::FETCH_FAILED,
        }
    }

    /// Terminal (Stalled): retrying cannot help until the spec changes.
    pub fn is_terminal(&self) -> bool {
        matches!(
            self,
            Error::UrlInvalid { .. } | Error::InvalidDuration { .. }
        )
    }

    /// Short label for logs and metrics.
    pub fn metric_label(&self) -> &'static str {
        match self {
            Error::MissingMetadata(_) => "missing_metadata",
            Error::InvalidDuration { .. } => "invalid_duration",
            Error::UrlInvalid { .. } => "url",
            Error::UnsupportedProvider(_)
            | Error::GetSecret { .. }
            | Error::GetServiceAccount { .. }
            | Error::Transport { .. } => "auth",
            Error::Tag { .. } => "tag",
            Error::Digest(_) | Error::Pull { .. } => "pull",
            Error::Layer(_) | Error::FetchLayer(_) => "layer",
            Error::TempDir(_) | Error::Storage(_) | Error::Task(_) => "storage",
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
    fn an_unknown_tag_reads_as_source_controller_words_it() {
        let err = Error::Digest(Box::new(crate::oci::Error::Status {
            method: "GET".into(),
            url: "https://127.0.0.1:5000/v2/app/manifests/v9".into(),
            status: 404,
            status_text: "404 Not Found".into(),
            message: "MANIFEST_UNKNOWN: manifest unknown; map[Tag:v9]".into(),
        }));
        assert_eq!(
            err.message(),
            "failed to determine artifact digest: GET https://127.0.0.1:5000/v2/app/manifests/v9: MANIFEST_UNKNOWN: manifest unknown; map[Tag:v9]"
        );
        assert_eq!(err.reason(), "OCIArtifactPullFailed");
        assert_eq!(err.condition(), "FetchFailed");
    }

    #[test]
    fn a_url_with_a_tag_stalls() {
        let err = Error::UrlInvalid {
            url: "oci://r/app:v1".into(),
            message: "URL must not contain a tag; remove ':v1'".into(),
        };
        assert!(err.is_terminal());
        assert_eq!(err.reason(), "URLInvalid");
    }
}
