//! Why a GitRepository reconcile failed: one variant per failed step, with the Flux reason each shows as.
//!
//! An error renders two ways. `Display` is the step's own context (the cause stays reachable through
//! `source()`), for logs and error chains. [`Error::message`] is what users read in the conditions and the
//! event, worded as Flux words it; it is the only place that turns an error into that text.

use std::error::Error as _;
use std::path::PathBuf;

use crate::api::conditions;

use super::verify::{
    INVALID_COMMIT_SIGNATURE, INVALID_GIT_OBJECT, INVALID_TAG_SIGNATURE, INVALID_VERIFICATION_MODE,
    VERIFICATION_ERROR,
};

/// A failed GitRepository step. Messages name the object or the URL, never a credential.
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

    // Credentials.
    /// The secret named by `spec.secretRef` could not be read.
    #[error("failed to get secret '{namespace}/{name}'")]
    GetSecret {
        namespace: String,
        name: String,
        #[source]
        source: kube::Error,
    },
    /// The secret was read but holds unusable credentials.
    #[error("invalid auth secret '{name}'")]
    InvalidSecret {
        name: String,
        #[source]
        source: crate::git::Error,
    },
    /// `spec.provider` needs cloud metadata endpoints this build does not talk to.
    #[error("provider '{0}' is not supported yet: use provider 'generic' with a secretRef")]
    UnsupportedProvider(&'static str),
    /// `provider: github` without a `secretRef`.
    #[error("provider 'github' requires a secretRef with the GitHub App settings")]
    GithubAppSecretMissing,
    /// The GitHub App settings of the secret are unusable; the GitHub App client reports a message.
    #[error("invalid secret '{name}': {message}")]
    InvalidGithubAppSecret { name: String, message: String },
    /// The GitHub App token exchange failed; the GitHub App client reports a message.
    #[error("failed to get a GitHub App token: {0}")]
    GithubAppToken(String),
    /// The Secret of `spec.proxySecretRef` does not exist.
    #[error("failed to configure proxy options: secret '{0}' not found")]
    ProxySecretNotFound(String),
    /// The Secret of `spec.proxySecretRef` could not be read.
    #[error("failed to configure proxy options: failed to get secret '{secret}'")]
    GetProxySecret {
        secret: String,
        #[source]
        source: kube::Error,
    },
    /// The proxy Secret holds no usable `address`; the proxy parser reports a message.
    #[error("failed to configure proxy options: secret '{secret}': {message}")]
    InvalidProxySecret { secret: String, message: String },

    // Checkout.
    /// Resolving the ref or fetching the commit failed.
    #[error("failed to checkout and determine revision")]
    Checkout(#[source] crate::git::Error),
    /// A temporary directory could not be created.
    #[error("failed to create temporary working directory")]
    TempDir(#[source] std::io::Error),
    /// A blocking task panicked or was cancelled.
    #[error("git task failed")]
    Task(#[source] tokio::task::JoinError),

    // Includes.
    /// An included GitRepository could not be read.
    #[error("failed to get included GitRepository '{0}'")]
    GetInclude(String, #[source] kube::Error),
    /// An included GitRepository does not exist.
    #[error("included GitRepository '{0}' not found")]
    IncludeNotFound(String),
    /// An included GitRepository has no artifact yet.
    #[error("no artifact available for include '{0}'")]
    IncludeNoArtifact(String),
    /// Unpacking an included artifact failed.
    #[error("failed to copy include into {}", .dest.display())]
    CopyInclude {
        dest: PathBuf,
        #[source]
        source: std::io::Error,
    },

    // Verification (`spec.verify`).
    /// The verification Secret could not be read.
    #[error("public keys secret error")]
    GetVerificationSecret(#[source] kube::Error),
    /// The verification Secret holds no usable key; the key parser reports a message.
    #[error("public keys secret error: {0}")]
    InvalidVerificationKeys(String),
    /// The Git cache could not be opened for verification.
    #[error("git cache")]
    OpenCache(#[source] git2::Error),
    /// A tag mode on a ref that is not a tag: only a spec change can help.
    #[error("cannot verify tag object's signature if a tag reference is not specified")]
    TagNotSpecified,
    /// The tag object id does not parse.
    #[error("invalid tag object id")]
    InvalidTagObject(#[source] git2::Error),
    /// The tag is lightweight or unsigned.
    #[error("cannot verify signature of tag '{0}' since it is not signed")]
    UnsignedTag(String),
    /// The tag signature does not verify; the verifier reports a message.
    #[error("signature verification of tag '{tag}' failed: {message}")]
    TagSignature { tag: String, message: String },
    /// The commit id does not parse.
    #[error("invalid commit id")]
    InvalidCommitObject(#[source] git2::Error),
    /// The commit signature does not verify; the verifier reports a message.
    #[error("signature verification of commit '{commit}' failed: {message}")]
    CommitSignature { commit: String, message: String },

    // Storage and status.
    /// Writing, reading or collecting artifacts failed.
    #[error("artifact storage operation failed")]
    Storage(#[from] crate::artifact::Error),
    /// The status patch was refused.
    #[error("failed to patch status of {key}")]
    PatchStatus {
        key: String,
        #[source]
        source: kube::Error,
    },
    /// Adding or removing the finalizer failed.
    #[error("finalizer")]
    Finalizer(#[source] Box<kube::runtime::finalizer::Error<Error>>),
    /// The latest copy of the object could not be read.
    #[error("failed to get the latest copy of GitRepository {key}")]
    Refresh {
        key: String,
        #[source]
        source: kube::Error,
    },
}

impl Error {
    /// The condition and event message, as Flux words it: the step's context and its cause joined with ": ",
    /// as Go's `fmt.Errorf("…: %w", err)` reads. The cause's own text already carries its causes, so only the
    /// direct cause is joined; API errors read as the server's message, Git errors without libgit2's class
    /// and code. Steps whose message is the cause's own wording show the cause alone.
    pub fn message(&self) -> String {
        match self {
            Error::Storage(source) => source.to_string(),
            Error::InvalidTagObject(source) | Error::InvalidCommitObject(source) => {
                source.message().to_string()
            }
            // Reads as kube words it, as it always has.
            Error::GetInclude(_, source) => format!("{self}: {source}"),
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
            Error::GetSecret { .. }
            | Error::InvalidSecret { .. }
            | Error::UnsupportedProvider(_)
            | Error::GithubAppSecretMissing
            | Error::InvalidGithubAppSecret { .. }
            | Error::GithubAppToken(_)
            | Error::ProxySecretNotFound(_)
            | Error::GetProxySecret { .. }
            | Error::InvalidProxySecret { .. } => conditions::AUTHENTICATION_FAILED,
            Error::Checkout(e) => e.reason(),
            Error::GetInclude(..)
            | Error::IncludeNotFound(_)
            | Error::IncludeNoArtifact(_)
            | Error::CopyInclude { .. } => conditions::INCLUDE_UNAVAILABLE,
            Error::Storage(e) => e.reason(),
            Error::TempDir(_) => conditions::DIRECTORY_CREATION_FAILED,
            Error::PatchStatus { .. } => conditions::PATCH_OPERATION_FAILED,
            Error::InvalidDuration { .. } | Error::MissingMetadata(_) => conditions::FAILED,
            Error::Task(_) | Error::Finalizer(_) | Error::Refresh { .. } => conditions::FAILED,
            Error::GetVerificationSecret(_)
            | Error::InvalidVerificationKeys(_)
            | Error::OpenCache(_) => VERIFICATION_ERROR,
            Error::TagNotSpecified => INVALID_VERIFICATION_MODE,
            Error::InvalidTagObject(_) | Error::UnsignedTag(_) => INVALID_GIT_OBJECT,
            Error::TagSignature { .. } => INVALID_TAG_SIGNATURE,
            Error::InvalidCommitObject(_) | Error::CommitSignature { .. } => {
                INVALID_COMMIT_SIGNATURE
            }
        }
    }

    /// The condition type the failure is recorded under besides Ready.
    pub fn condition(&self) -> &'static str {
        match self {
            Error::Storage(_) | Error::TempDir(_) => conditions::STORAGE_OPERATION_FAILED,
            Error::GetInclude(..)
            | Error::IncludeNotFound(_)
            | Error::IncludeNoArtifact(_)
            | Error::CopyInclude { .. } => conditions::INCLUDE_UNAVAILABLE,
            e if e.is_verification() => conditions::SOURCE_VERIFIED,
            _ => conditions::FETCH_FAILED,
        }
    }

    /// A `spec.verify` failure (SourceVerified=False).
    fn is_verification(&self) -> bool {
        matches!(
            self,
            Error::GetVerificationSecret(_)
                | Error::InvalidVerificationKeys(_)
                | Error::OpenCache(_)
                | Error::TagNotSpecified
                | Error::InvalidTagObject(_)
                | Error::UnsignedTag(_)
                | Error::TagSignature { .. }
                | Error::InvalidCommitObject(_)
                | Error::CommitSignature { .. }
        )
    }

    /// Terminal: retrying cannot help until the spec changes.
    pub fn is_terminal(&self) -> bool {
        match self {
            Error::Checkout(e) => e.is_terminal(),
            Error::InvalidDuration { .. } | Error::TagNotSpecified => true,
            _ => false,
        }
    }

    /// Short label for logs and metrics.
    pub fn metric_label(&self) -> &'static str {
        match self {
            Error::MissingMetadata(_) => "missing_metadata",
            Error::InvalidDuration { .. } => "invalid_duration",
            Error::GetSecret { .. } | Error::InvalidSecret { .. } => "auth",
            Error::ProxySecretNotFound(_)
            | Error::GetProxySecret { .. }
            | Error::InvalidProxySecret { .. } => "proxy",
            Error::UnsupportedProvider(_)
            | Error::GithubAppSecretMissing
            | Error::InvalidGithubAppSecret { .. }
            | Error::GithubAppToken(_) => "provider_auth",
            Error::Checkout(_) => "checkout",
            Error::GetInclude(..)
            | Error::IncludeNotFound(_)
            | Error::IncludeNoArtifact(_)
            | Error::CopyInclude { .. } => "include",
            Error::Storage(_) | Error::TempDir(_) => "storage",
            Error::Task(_) => "task",
            Error::PatchStatus { .. } => "patch_status",
            Error::Finalizer(_) => "finalizer",
            Error::Refresh { .. } => "refresh",
            Error::GetVerificationSecret(_)
            | Error::InvalidVerificationKeys(_)
            | Error::OpenCache(_)
            | Error::TagNotSpecified
            | Error::InvalidTagObject(_)
            | Error::UnsignedTag(_)
            | Error::TagSignature { .. }
            | Error::InvalidCommitObject(_)
            | Error::CommitSignature { .. } => "verification",
        }
    }
}

crate::controllers::source_common::impl_source_error!(Error);

#[cfg(test)]
mod tests {
    use super::*;

    fn api_error(code: u16, message: &str) -> kube::Error {
        kube::Error::Api(
            kube::core::Status::failure(message, "NotFound")
                .with_code(code)
                .boxed(),
        )
    }

    #[test]
    fn messages_read_as_before() {
        let cases: Vec<(Error, &str)> = vec![
            (
                Error::InvalidDuration {
                    field: "timeout",
                    value: "x".into(),
                    source: crate::duration::ParseDurationError("x".into()),
                },
                "invalid timeout 'x': time: invalid duration \"x\"",
            ),
            (
                Error::GetSecret {
                    namespace: "ns".into(),
                    name: "auth".into(),
                    source: api_error(404, "secrets \"auth\" not found"),
                },
                "failed to get secret 'ns/auth': secrets \"auth\" not found",
            ),
            (
                Error::ProxySecretNotFound("ns/proxy".into()),
                "failed to configure proxy options: secret 'ns/proxy' not found",
            ),
            (
                Error::GetProxySecret {
                    secret: "ns/proxy".into(),
                    source: api_error(403, "forbidden"),
                },
                "failed to configure proxy options: failed to get secret 'ns/proxy': forbidden",
            ),
            (
                Error::TempDir(std::io::Error::other("disk full")),
                "failed to create temporary working directory: disk full",
            ),
            (
                Error::CopyInclude {
                    dest: PathBuf::from("/w/lib"),
                    source: std::io::Error::other("denied"),
                },
                "failed to copy include into /w/lib: denied",
            ),
            (
                Error::GetVerificationSecret(api_error(404, "secrets \"keys\" not found")),
                "public keys secret error: secrets \"keys\" not found",
            ),
            (
                Error::OpenCache(git2::Error::from_str("not a repository")),
                "git cache: not a repository",
            ),
            (
                Error::InvalidCommitObject(git2::Error::from_str("bad oid")),
                "bad oid",
            ),
            (
                Error::Storage(crate::artifact::Error::PathTraversal {
                    path: "../x".into(),
                    root: "/w".into(),
                }),
                "path \"../x\" escapes /w",
            ),
        ];
        for (err, expected) in cases {
            assert_eq!(err.message(), expected, "{err:?}");
        }
    }

    #[test]
    fn error_stays_small_enough_to_return() {
        // Clippy's `result_large_err` limit: large causes are boxed.
        assert!(
            std::mem::size_of::<Error>() <= 128,
            "{}",
            std::mem::size_of::<Error>()
        );
    }

    #[test]
    fn verification_failures_show_under_source_verified() {
        assert_eq!(
            Error::TagNotSpecified.condition(),
            conditions::SOURCE_VERIFIED
        );
        assert!(Error::TagNotSpecified.is_terminal());
        assert_eq!(Error::UnsignedTag("v1".into()).reason(), INVALID_GIT_OBJECT);
    }
}
