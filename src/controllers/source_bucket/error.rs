//! Why a Bucket reconcile failed: one variant per failed step, with the reason and condition source-controller
//! shows it under. [`Error::message`] is the condition and event text, in source-controller's words.

use std::error::Error as _;

use crate::api::conditions;

use super::s3::{ClientError, S3Error};

/// A failed Bucket step. Messages name the bucket, the object or the Secret, never a credential.
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
    /// `gcp` and `azure` speak their own APIs, not S3: this build has no client for them.
    #[error(
        "provider '{0}' is not supported by flux serve: only 'generic' and 'aws' (S3 API with a secretRef holding 'accesskey' and 'secretkey') are"
    )]
    UnsupportedProvider(&'static str),
    /// `aws` without a Secret needs the cloud's workload identity (IRSA, EC2 metadata), which this build
    /// does not use.
    #[error(
        "failed to get credential from aws: workload identity is not supported by flux serve, set spec.secretRef to a Secret with 'accesskey' and 'secretkey'"
    )]
    AwsWorkloadIdentity,
    /// `spec.sts` names an STS provider that does not go with `spec.provider`.
    #[error("STS provider '{sts}' is not supported for '{provider}' bucket provider")]
    StsProvider { sts: String, provider: String },
    /// `spec.sts` (LDAP or AWS STS) asks for temporary credentials, which this build does not fetch.
    #[error(
        "STS provider '{0}' is not supported by flux serve: use spec.secretRef with static 'accesskey' and 'secretkey'"
    )]
    StsUnsupported(String),
    /// The Secret of `spec.secretRef` could not be read.
    #[error("failed to get secret '{secret}'")]
    GetSecret {
        secret: String,
        #[source]
        source: kube::Error,
    },
    /// The Secret of `spec.secretRef` lacks `accesskey` or `secretkey`.
    #[error("invalid '{0}' secret data: required fields 'accesskey' and 'secretkey'")]
    InvalidSecret(String),
    /// The proxy of `spec.proxySecretRef` is unusable.
    #[error("failed to get proxy URL: {0}")]
    Proxy(String),
    /// The TLS material of `spec.certSecretRef` is unusable.
    #[error("failed to get TLS config: {0}")]
    Tls(String),
    /// The S3 client could not be built from the spec.
    #[error("{0}")]
    Client(#[source] ClientError),
    /// Asking whether the bucket exists failed.
    #[error("failed to confirm existence of '{bucket}' bucket")]
    BucketExists {
        bucket: String,
        #[source]
        source: S3Error,
    },
    /// The bucket does not exist.
    #[error("bucket '{0}' not found")]
    BucketNotFound(String),
    /// Reading the bucket's `.sourceignore` failed.
    #[error("failed to get Etag for '.sourceignore' object")]
    IgnoreFile(#[source] S3Error),
    /// Listing the objects failed.
    #[error(
        "indexation of objects from bucket '{bucket}' failed: listing objects from bucket '{bucket}' failed"
    )]
    List {
        bucket: String,
        #[source]
        source: S3Error,
    },
    /// Downloading an object failed.
    #[error("fetch from bucket '{bucket}' failed: failed to get '{key}' object")]
    Get {
        bucket: String,
        key: String,
        #[source]
        source: S3Error,
    },
    /// An object key escapes the bucket's directory.
    #[error("fetch from bucket '{bucket}' failed: failed to resolve path for '{key}' object")]
    ObjectPath {
        bucket: String,
        key: String,
        #[source]
        source: crate::artifact::Error,
    },
    /// Writing a downloaded object failed.
    #[error("fetch from bucket '{bucket}' failed: failed to write '{key}' object")]
    WriteObject {
        bucket: String,
        key: String,
        #[source]
        source: std::io::Error,
    },
    /// The bucket operations did not finish within `spec.timeout`.
    #[error("{step} from bucket '{bucket}' failed: context deadline exceeded")]
    Timeout { step: &'static str, bucket: String },
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
    #[error("failed to patch status of Bucket {key}")]
    PatchStatus {
        key: String,
        #[source]
        source: kube::Error,
    },
    /// The finalizer could not be added or removed.
    #[error("finalizer")]
    Finalizer(#[source] Box<kube::runtime::finalizer::Error<Error>>),
    /// The latest copy of the object could not be read.
    #[error("failed to get the latest copy of Bucket {key}")]
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
            Error::UnsupportedProvider(_)
            | Error::AwsWorkloadIdentity
            | Error::StsUnsupported(_)
            | Error::GetSecret { .. }
            | Error::InvalidSecret(_)
            | Error::Proxy(_)
            | Error::Tls(_)
            | Error::Client(_) => conditions::AUTHENTICATION_FAILED,
            Error::StsProvider { .. } => conditions::INVALID_STS_CONFIGURATION,
            Error::BucketExists { .. }
            | Error::BucketNotFound(_)
            | Error::IgnoreFile(_)
            | Error::List { .. }
            | Error::Get { .. }
            | Error::ObjectPath { .. }
            | Error::WriteObject { .. }
            | Error::Timeout { .. } => conditions::BUCKET_OPERATION_FAILED,
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
            Error::InvalidDuration { .. }
                | Error::UnsupportedProvider(_)
                | Error::AwsWorkloadIdentity
                | Error::StsProvider { .. }
                | Error::StsUnsupported(_)
        )
    }

    /// Short label for logs and metrics.
    pub fn metric_label(&self) -> &'static str {
        match self {
            Error::MissingMetadata(_) => "missing_metadata",
            Error::InvalidDuration { .. } => "invalid_duration",
            Error::UnsupportedProvider(_)
            | Error::AwsWorkloadIdentity
            | Error::StsProvider { .. }
            | Error::StsUnsupported(_) => "provider",
            Error::GetSecret { .. }
            | Error::InvalidSecret(_)
            | Error::Proxy(_)
            | Error::Tls(_)
            | Error::Client(_) => "auth",
            Error::BucketExists { .. }
            | Error::BucketNotFound(_)
            | Error::IgnoreFile(_)
            | Error::List { .. }
            | Error::Get { .. }
            | Error::ObjectPath { .. }
            | Error::WriteObject { .. }
            | Error::Timeout { .. } => "bucket",
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
    fn wrong_credentials_read_as_source_controller_words_them() {
        let err = Error::BucketExists {
            bucket: "podinfo".into(),
            source: S3Error::Response {
                code: "InvalidAccessKeyId".into(),
                message: "The Access Key Id you provided does not exist in our records.".into(),
            },
        };
        assert_eq!(
            err.message(),
            "failed to confirm existence of 'podinfo' bucket: The Access Key Id you provided does not exist in our records."
        );
        assert_eq!(err.reason(), "BucketOperationFailed");
        assert_eq!(err.condition(), "FetchFailed");
        assert!(!err.is_terminal());
    }

    #[test]
    fn cloud_providers_stall_with_a_clear_reason() {
        let err = Error::UnsupportedProvider("gcp");
        assert!(err.is_terminal());
        assert_eq!(err.reason(), "AuthenticationFailed");
        assert!(
            err.message()
                .contains("'gcp' is not supported by flux serve")
        );
    }
}
