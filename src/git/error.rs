//! Errors of the Git engine: one variant per step, each mapped to the Flux condition reason it surfaces as.

use crate::api::conditions;

/// A failed Git step. Messages name the repository URL (never a credential) and the step.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The URL cannot be parsed or uses a scheme we do not speak.
    #[error("invalid Git URL {url:?}: {reason}")]
    InvalidUrl { url: String, reason: String },
    /// The ref in the spec is malformed (bad semver range, bad commit hash).
    #[error("invalid reference: {0}")]
    InvalidReference(String),
    /// The auth Secret lacks a key or holds an unusable one.
    #[error("invalid auth secret: {0}")]
    InvalidAuth(String),
    /// The server refused our credentials.
    #[error("unable to authenticate to '{url}': {message}")]
    Authentication { url: String, message: String },
    /// The server's SSH host key is not in `known_hosts`.
    #[error("unable to verify the host key of '{host}': {message}")]
    UnknownHostKey { host: String, message: String },
    /// Listing the remote refs failed (host unreachable, not a repository …).
    #[error("unable to list remote refs of '{url}': {message}")]
    ListRefs { url: String, message: String },
    /// The requested branch, tag, ref or semver range matches nothing on the remote.
    #[error("{0}")]
    RefNotFound(String),
    /// Downloading objects failed.
    #[error("unable to fetch '{url}': {message}")]
    Fetch { url: String, message: String },
    /// The requested commit is not in the fetched history.
    #[error("unable to resolve commit '{commit}' in '{url}': {message}")]
    CommitNotFound {
        url: String,
        commit: String,
        message: String,
    },
    /// The local cache repository could not be opened or created.
    #[error("git cache {path}: {source}")]
    Cache {
        path: String,
        #[source]
        source: git2::Error,
    },
    /// Writing the checkout to disk failed.
    #[error("unable to check out into {path}: {message}")]
    Checkout { path: String, message: String },
    /// Signing a commit failed.
    #[error("unable to sign commit: {0}")]
    Signing(String),
    /// Pushing a commit failed or was rejected.
    #[error("unable to push to '{url}': {message}")]
    Push { url: String, message: String },
    /// A proxy is set for a remote the Git transport cannot send through one (anything but `https://`).
    #[error("proxy not supported for '{url}': {reason}")]
    UnsupportedProxy { url: String, reason: String },
    /// The operation ran past `spec.timeout`.
    #[error("git operation on '{url}' timed out after {seconds}s")]
    Timeout { url: String, seconds: u64 },
}

impl Error {
    /// The Flux condition reason this error surfaces as (on `FetchFailed` and `Ready`).
    pub fn reason(&self) -> &'static str {
        match self {
            Error::InvalidUrl { .. } => conditions::URL_INVALID,
            Error::UnsupportedProxy { .. } => conditions::UNSUPPORTED_CONNECTION_TYPE,
            Error::InvalidAuth(_) | Error::Authentication { .. } | Error::UnknownHostKey { .. } => {
                conditions::AUTHENTICATION_FAILED
            }
            Error::Cache { .. } => conditions::CACHE_OPERATION_FAILED,
            _ => conditions::GIT_OPERATION_FAILED,
        }
    }

    /// True when retrying cannot help until the spec changes (Flux marks these Stalled).
    pub fn is_terminal(&self) -> bool {
        matches!(
            self,
            Error::InvalidUrl { .. } | Error::InvalidReference(_) | Error::UnsupportedProxy { .. }
        )
    }
}

/// A libgit2 error message without the class/code noise, for status messages.
pub(crate) fn message(err: &git2::Error) -> String {
    err.message().trim_end_matches('.').to_string()
}
