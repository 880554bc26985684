//! Why a Kustomization reconcile failed: one variant per failed step, each with the Flux reason it shows as in
//! the Ready condition, and whether retrying can help (a Stalled error waits for a spec change instead).
//!
//! An error renders two ways. `Display` is the step's own context (the cause stays reachable through
//! `source()`), for logs and error chains. [`Error::message`] is what users read in the Ready condition and the
//! event, worded byte for byte as Flux words it; it is the only place that turns an error into that text.

use std::error::Error as _;
use std::path::PathBuf;

use crate::api::conditions;

/// A failed Kustomization step. Messages name objects and paths, never a Secret's content.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The object lacks a name or namespace (never true for objects from the API server).
    #[error("object has no {0}")]
    MissingMetadata(&'static str),
    /// A duration field does not parse.
    #[error("invalid {field} '{value}'")]
    InvalidDuration {
        field: &'static str,
        value: String,
        #[source]
        source: crate::duration::ParseDurationError,
    },

    // Source.
    /// `spec.healthCheckExprs` does not compile.
    #[error("Reconciliation failed terminally due to configuration error")]
    CompileHealthChecks(#[source] crate::health::InvalidExpression),
    /// The source is in another namespace while `--no-cross-namespace-refs` is set.
    #[error("can't access '{kind}/{name}', cross-namespace references have been blocked")]
    CrossNamespaceSource { kind: String, name: String },
    /// `spec.sourceRef.kind` is not a kind we serve.
    #[error("source kind '{0}' is not supported")]
    UnsupportedSourceKind(String),
    /// Reading the source object failed.
    #[error("failed to get source '{source_ref}'")]
    GetSource {
        /// `Kind/namespace/name`.
        source_ref: String,
        #[source]
        source: kube::Error,
    },
    /// The source object does not exist.
    #[error("Source '{0}' not found")]
    SourceNotFound(String),
    /// The source's `status.artifact` does not decode.
    #[error("invalid artifact in source '{source_ref}'")]
    DecodeArtifact {
        source_ref: String,
        #[source]
        source: serde_json::Error,
    },
    /// The source has no artifact yet; the payload is the retry delay as Go prints it.
    #[error("Source artifact not found, retrying in {0}")]
    NoArtifact(String),

    /// The source's artifact is gone from its server (404); the payload is the retry delay as Go prints it.
    #[error("Source is not ready, artifact not found, retrying in {0}")]
    ArtifactNotFound(String),

    // Dependencies.
    /// Reading a dependency failed.
    #[error("dependency '{dependency}' not found")]
    GetDependency {
        /// `namespace/name`.
        dependency: String,
        #[source]
        source: kube::Error,
    },
    /// A dependency's `readyExpr` does not compile.
    #[error(
        "Reconciliation failed terminally due to configuration error: failed to evaluate dependency {dependency}"
    )]
    CompileReadyExpr {
        /// The dependency's name.
        dependency: String,
        #[source]
        source: crate::health::InvalidExpression,
    },
    /// A dependency or this object could not be encoded for its `readyExpr`.
    #[error("failed to encode dependency '{dependency}' for its readyExpr")]
    EncodeForReadyExpr {
        dependency: String,
        #[source]
        source: serde_json::Error,
    },
    /// Evaluating a `readyExpr` failed; the CEL evaluator reports Flux's message rather than an error value.
    #[error("{message}")]
    EvaluateReadyExpr { dependency: String, message: String },
    /// A dependency's `readyExpr` is false.
    #[error("dependency '{0}' is not ready according to readyExpr eval")]
    DependencyNotReadyByExpr(String),
    /// A dependency is not Ready at its latest generation.
    #[error("dependency '{0}' is not ready")]
    DependencyNotReady(String),
    /// A dependency sharing our source has not applied the revision we are about to apply.
    #[error("dependency '{0}' revision is not up to date")]
    DependencyOutdated(String),

    // Fetch.
    /// The temporary directory for the artifact could not be created.
    #[error("tmp dir error")]
    CreateTempDir(#[source] std::io::Error),
    /// Downloading, verifying or unpacking the artifact failed.
    #[error("failed to fetch the artifact of revision {revision}")]
    FetchArtifact {
        revision: String,
        #[source]
        source: crate::artifact::fetch::FetchError,
    },
    /// `spec.path` climbs out of the artifact.
    #[error("invalid path '{path}'")]
    ResolvePath {
        path: String,
        #[source]
        source: crate::artifact::Error,
    },
    /// `spec.path` is not a directory of the artifact.
    #[error("kustomization path not found: stat {}: no such file or directory", .0.display())]
    PathNotFound(PathBuf),

    // Build (the cluster to apply to is resolved at the start of the build, as Flux does).
    /// The Secret of `spec.kubeConfig.secretRef` cannot be read.
    #[error("failed to build kube client: cannot get kubeconfig Secret '{secret}'")]
    GetKubeconfig {
        /// `namespace/name`.
        secret: String,
        #[source]
        source: kube::Error,
    },
    /// The kubeconfig Secret has no kubeconfig under the key.
    #[error("failed to build kube client: Secret '{secret}' has no kubeconfig under key '{key}'")]
    KubeconfigKeyMissing { secret: String, key: String },
    /// The kubeconfig does not parse (its content is never shown: it holds credentials).
    #[error("failed to build kube client: invalid kubeconfig in Secret '{secret}'")]
    InvalidKubeconfig { secret: String },
    /// The kubeconfig parses but does not make a usable configuration.
    #[error("failed to build kube client")]
    LoadKubeconfig(#[source] Box<kube::config::KubeconfigError>),
    /// `spec.kubeConfig` cannot be used here (both refs, or a workload-identity ConfigMap).
    #[error("failed to build kube client")]
    KubeConfigRef(#[source] crate::controllers::target::TargetError),
    /// A client for the target cluster or identity could not be built.
    #[error("failed to build kube client")]
    CreateClient(#[source] kube::Error),
    /// The Kustomization could not be encoded for the build.
    #[error("failed to encode the Kustomization for the build")]
    EncodeKustomization(#[source] serde_json::Error),
    /// Reading the `postBuild.substituteFrom` ConfigMaps and Secrets failed.
    #[error("failed to read the postBuild substitutions")]
    SubstituteFrom(#[source] Box<crate::build::Error>),
    /// The Secret of `spec.decryption.secretRef` cannot be read.
    #[error("cannot get decryption Secret '{secret}'")]
    GetDecryptionSecret {
        /// `namespace/name`.
        secret: String,
        #[source]
        source: kube::Error,
    },
    /// The decryption Secret holds unusable keys.
    #[error("failed to read decryption keys from Secret '{secret}'")]
    ReadDecryptionKeys {
        secret: String,
        #[source]
        source: crate::sops::Error,
    },
    /// The controller's own decryption keys (no `secretRef`) are unusable.
    #[error("failed to read the default decryption keys")]
    DefaultDecryptionKeys(#[source] crate::sops::Error),
    /// A SOPS-encrypted generator source (`envs`, `files`) does not decrypt.
    #[error("error decrypting sources: failed to decrypt '{file}'")]
    DecryptSource {
        file: String,
        #[source]
        source: crate::sops::Error,
    },
    /// A decrypted generator source could not be written back.
    #[error("error decrypting sources: failed to write '{file}'")]
    WriteDecryptedSource {
        file: String,
        #[source]
        source: std::io::Error,
    },
    /// The build semaphore was closed (the controller is stopping).
    #[error("failed to wait for a build slot")]
    WaitForBuildSlot(#[source] tokio::sync::AcquireError),
    /// The blocking build task panicked or was cancelled.
    #[error("build task failed")]
    BuildTask(#[source] tokio::task::JoinError),
    /// kustomize build or variable substitution failed.
    #[error("failed to build the kustomization")]
    BuildKustomization(#[source] Box<crate::build::Error>),
    /// A built object has no apiVersion or kind; the payload is the start of its JSON.
    #[error("failed to decode Kubernetes apiVersion, kind and name from: {0}")]
    DecodeObject(String),

    // Apply.
    /// A built Secret is still SOPS-encrypted and decryption is not configured.
    #[error(
        "{0} is SOPS encrypted, configuring decryption is required for this secret to be reconciled"
    )]
    EncryptedSecret(String),
    /// `spec.ignore` (drift detection) does not compile.
    #[error("failed to read the drift ignore rules")]
    IgnoreRules(#[source] crate::apply::ignore::Error),
    /// The server-side apply failed, after applying what the partial change set records.
    #[error("failed to apply the built objects")]
    ApplyObjects {
        /// The changes made before the failure, one line each, as Flux appends them to the message.
        changes: String,
        #[source]
        source: Box<crate::apply::ApplyError>,
    },

    // Prune.
    /// Deleting stale objects (or, in the finalizer, the inventory) failed.
    #[error("failed to delete objects no longer in the inventory")]
    Prune(#[source] Box<crate::apply::DeleteError>),
    /// `deletionPolicy: WaitForTermination`: the deleted objects did not go away in time.
    #[error("failed to wait for the termination of the inventory")]
    WaitForTermination(#[source] Box<crate::apply::ApplyError>),

    // Health.
    /// Health checks failed or timed out; the payload is the time spent, as Go prints it.
    #[error("health check failed after {elapsed}")]
    HealthCheck {
        elapsed: String,
        #[source]
        source: crate::health::WaitError,
    },
    /// A newer trigger (named) cancelled the running health check.
    #[error("New reconciliation triggered by {0}")]
    HealthCanceled(String),
    /// The controller is draining for shutdown: the attempt ended at a safe point (after the apply or the
    /// prune had been recorded in the inventory, or during the health wait). Not a failure.
    #[error("Reconciliation interrupted by controller shutdown, will resume at restart")]
    ShuttingDown,

    // Status.
    /// Reading the object afresh (the watch cache was behind our last status write) failed.
    #[error("failed to get {key}")]
    Refresh {
        key: String,
        #[source]
        source: kube::Error,
    },
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
}

impl From<crate::controllers::target::TargetError> for Error {
    fn from(e: crate::controllers::target::TargetError) -> Self {
        use crate::controllers::target::TargetError as T;
        match e {
            T::GetSecret { secret, source } => Error::GetKubeconfig { secret, source },
            T::KeyMissing { secret, key } => Error::KubeconfigKeyMissing {
                secret,
                key: key.unwrap_or_else(|| "value".to_string()),
            },
            T::Invalid { secret } => Error::InvalidKubeconfig { secret },
            T::Load { source, .. } => Error::LoadKubeconfig(source),
            T::CreateClient(source) => Error::CreateClient(source),
            e @ (T::AmbiguousKubeConfig | T::WorkloadIdentity(_)) => Error::KubeConfigRef(e),
        }
    }
}

impl Error {
    /// The Ready condition and event message, as Flux words it: the step's context and its cause joined with
    /// ": ", as Go's `fmt.Errorf("…: %w", err)` reads. The cause's own text already carries its causes (our
    /// libraries word them the Go way), so only the direct cause is joined; API errors read as the server's
    /// message. Steps whose Flux message is the cause's own wording show the cause alone.
    pub fn message(&self) -> String {
        match self {
            Error::FetchArtifact { source, .. } => source.to_string(),
            Error::ResolvePath { source, .. } => source.to_string(),
            Error::EncodeForReadyExpr { source, .. } | Error::EncodeKustomization(source) => {
                source.to_string()
            }
            Error::SubstituteFrom(source) | Error::BuildKustomization(source) => source.to_string(),
            Error::DefaultDecryptionKeys(source) => source.to_string(),
            Error::WaitForBuildSlot(source) => source.to_string(),
            Error::IgnoreRules(source) => source.to_string(),
            Error::ApplyObjects { changes, source } if !changes.is_empty() => {
                format!("{source}\n{changes}")
            }
            Error::ApplyObjects { source, .. } => source.to_string(),
            Error::Prune(source) => source.to_string(),
            // A client-building error reads as kube words it, not as an API server message.
            Error::CreateClient(source) => format!("{self}: {source}"),
            Error::WaitForTermination(source) => source.to_string(),
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
            Error::MissingMetadata(_)
            | Error::InvalidDuration { .. }
            | Error::PatchStatus { .. }
            | Error::Refresh { .. }
            | Error::Finalizer(_) => conditions::RECONCILIATION_FAILED,
            Error::CompileHealthChecks(_) | Error::CompileReadyExpr { .. } => {
                conditions::INVALID_CEL_EXPRESSION
            }
            Error::CrossNamespaceSource { .. } | Error::UnsupportedSourceKind(_) => {
                conditions::ACCESS_DENIED
            }
            Error::GetSource { .. }
            | Error::SourceNotFound(_)
            | Error::DecodeArtifact { .. }
            | Error::NoArtifact(_)
            | Error::CreateTempDir(_)
            | Error::FetchArtifact { .. }
            | Error::ArtifactNotFound(_)
            | Error::ResolvePath { .. }
            | Error::PathNotFound(_) => conditions::ARTIFACT_FAILED,
            Error::GetDependency { .. }
            | Error::EncodeForReadyExpr { .. }
            | Error::EvaluateReadyExpr { .. }
            | Error::DependencyNotReadyByExpr(_)
            | Error::DependencyNotReady(_)
            | Error::DependencyOutdated(_) => conditions::DEPENDENCY_NOT_READY,
            Error::EncodeKustomization(_)
            | Error::SubstituteFrom(_)
            | Error::GetDecryptionSecret { .. }
            | Error::ReadDecryptionKeys { .. }
            | Error::DefaultDecryptionKeys(_)
            | Error::DecryptSource { .. }
            | Error::WriteDecryptedSource { .. }
            | Error::WaitForBuildSlot(_)
            | Error::BuildTask(_)
            | Error::BuildKustomization(_)
            | Error::DecodeObject(_) => conditions::BUILD_FAILED_REASON,
            Error::GetKubeconfig { .. }
            | Error::KubeconfigKeyMissing { .. }
            | Error::InvalidKubeconfig { .. }
            | Error::LoadKubeconfig(_)
            | Error::CreateClient(_)
            | Error::KubeConfigRef(_)
            | Error::EncryptedSecret(_)
            | Error::IgnoreRules(_)
            | Error::ApplyObjects { .. } => conditions::RECONCILIATION_FAILED,
            Error::Prune(_) | Error::WaitForTermination(_) => conditions::PRUNE_FAILED,
            Error::HealthCheck { .. } => conditions::HEALTH_CHECK_FAILED,
            Error::HealthCanceled(_) => conditions::HEALTH_CHECK_CANCELED,
            Error::ShuttingDown => conditions::PROGRESSING,
        }
    }

    /// Terminal errors: retrying cannot help until the spec changes (Flux marks them Stalled).
    pub fn is_stalled(&self) -> bool {
        matches!(
            self,
            Error::CompileHealthChecks(_)
                | Error::CompileReadyExpr { .. }
                | Error::CrossNamespaceSource { .. }
                | Error::UnsupportedSourceKind(_)
                | Error::InvalidDuration { .. }
        )
    }

    /// The source is missing or has no artifact yet: waiting, logged, no Warning event.
    pub fn is_source_wait(&self) -> bool {
        matches!(
            self,
            Error::GetSource { .. }
                | Error::SourceNotFound(_)
                | Error::NoArtifact(_)
                | Error::ArtifactNotFound(_)
        )
    }

    /// A dependency is missing or not ready: waiting, with a Normal event.
    pub fn is_dependency_wait(&self) -> bool {
        self.reason() == conditions::DEPENDENCY_NOT_READY
    }
}

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
    fn messages_join_the_step_and_its_cause_as_flux_does() {
        let cases: Vec<(Error, &str)> = vec![
            (
                Error::InvalidDuration {
                    field: "interval",
                    value: "soon".into(),
                    source: crate::duration::ParseDurationError("soon".into()),
                },
                "invalid interval 'soon': time: invalid duration \"soon\"",
            ),
            (
                Error::GetSource {
                    source_ref: "GitRepository/flux-system/podinfo".into(),
                    source: api_error(403, "gitrepositories is forbidden"),
                },
                "failed to get source 'GitRepository/flux-system/podinfo': gitrepositories is forbidden",
            ),
            (
                Error::SourceNotFound("GitRepository/flux-system/podinfo".into()),
                "Source 'GitRepository/flux-system/podinfo' not found",
            ),
            (
                Error::NoArtifact("30s".into()),
                "Source artifact not found, retrying in 30s",
            ),
            (
                Error::GetDependency {
                    dependency: "flux-system/infra".into(),
                    source: api_error(404, "kustomizations \"infra\" not found"),
                },
                "dependency 'flux-system/infra' not found: kustomizations \"infra\" not found",
            ),
            (
                Error::DependencyNotReady("flux-system/infra".into()),
                "dependency 'flux-system/infra' is not ready",
            ),
            (
                Error::CreateTempDir(std::io::Error::other("disk full")),
                "tmp dir error: disk full",
            ),
            (
                Error::FetchArtifact {
                    revision: "main@sha1:abc".into(),
                    source: crate::artifact::fetch::FetchError::Status {
                        url: "http://x/a.tar.gz".into(),
                        status: "500 Internal Server Error".into(),
                    },
                },
                "failed to download artifact from http://x/a.tar.gz, status: 500 Internal Server Error",
            ),
            (
                Error::ArtifactNotFound("30s".into()),
                "Source is not ready, artifact not found, retrying in 30s",
            ),
            (
                Error::PathNotFound(PathBuf::from("/tmp/k/apps")),
                "kustomization path not found: stat /tmp/k/apps: no such file or directory",
            ),
            (
                Error::GetKubeconfig {
                    secret: "apps/remote".into(),
                    source: api_error(404, "secrets \"remote\" not found"),
                },
                "failed to build kube client: cannot get kubeconfig Secret 'apps/remote': secrets \"remote\" not found",
            ),
            (
                Error::KubeconfigKeyMissing {
                    secret: "apps/remote".into(),
                    key: "value".into(),
                },
                "failed to build kube client: Secret 'apps/remote' has no kubeconfig under key 'value'",
            ),
            (
                Error::GetDecryptionSecret {
                    secret: "apps/sops-age".into(),
                    source: api_error(404, "secrets \"sops-age\" not found"),
                },
                "cannot get decryption Secret 'apps/sops-age': secrets \"sops-age\" not found",
            ),
            (
                Error::WriteDecryptedSource {
                    file: "secret.env".into(),
                    source: std::io::Error::other("read-only"),
                },
                "error decrypting sources: failed to write 'secret.env': read-only",
            ),
            (
                Error::EvaluateReadyExpr {
                    dependency: "flux-system/infra".into(),
                    message: "failed to evaluate the CEL expression 'x': no such key".into(),
                },
                "failed to evaluate the CEL expression 'x': no such key",
            ),
            (
                Error::HealthCheck {
                    elapsed: "30s".into(),
                    source: crate::health::WaitError::Timeout {
                        lines: vec!["Deployment/apps/web status: 'InProgress'".into()],
                        statuses: Vec::new(),
                    },
                },
                "health check failed after 30s: timeout waiting for: [Deployment/apps/web status: 'InProgress']",
            ),
            (
                Error::HealthCanceled("GitRepository/flux-system/podinfo".into()),
                "New reconciliation triggered by GitRepository/flux-system/podinfo",
            ),
            (
                Error::ShuttingDown,
                "Reconciliation interrupted by controller shutdown, will resume at restart",
            ),
        ];
        for (err, expected) in cases {
            assert_eq!(err.message(), expected, "{err:?}");
        }
    }

    #[test]
    fn display_is_the_step_context_and_the_cause_stays_reachable() {
        let err = Error::PatchStatus {
            key: "apps/web".into(),
            source: api_error(409, "conflict"),
        };
        assert_eq!(err.to_string(), "failed to patch status of apps/web");
        assert!(std::error::Error::source(&err).is_some());
        assert_eq!(
            err.message(),
            "failed to patch status of apps/web: conflict"
        );
    }

    #[test]
    fn a_failed_apply_lists_the_changes_made_before_it() {
        let err = Error::ApplyObjects {
            changes: "ConfigMap/apps/a created".into(),
            source: Box::new(crate::apply::ApplyError::from(
                crate::apply::Error::NamespaceNotSpecified {
                    subject: "ConfigMap/b".into(),
                },
            )),
        };
        assert_eq!(
            err.message(),
            "ConfigMap/b namespace not specified\nConfigMap/apps/a created"
        );
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
    fn shutting_down_is_progressing_and_not_stalled() {
        assert_eq!(Error::ShuttingDown.reason(), conditions::PROGRESSING);
        assert!(!Error::ShuttingDown.is_stalled());
    }
}
