//! Condition types and reasons, spelled exactly as Flux spells them (kstatus-compatible: `Ready` has positive
//! polarity, `Reconciling` and `Stalled` are only present while True).

// Condition types shared by every kind (fluxcd/pkg apis/meta).

/// The object reached its desired state (True), failed (False) or is being worked on (Unknown).
pub const READY: &str = "Ready";
/// Work is in progress; present only while True.
pub const RECONCILING: &str = "Reconciling";
/// A terminal error stopped reconciliation until the spec changes; present only while True.
pub const STALLED: &str = "Stalled";
/// The health checks of the applied objects passed.
pub const HEALTHY: &str = "Healthy";

// Condition types of the source kinds.

/// The artifact exists in storage.
pub const ARTIFACT_IN_STORAGE: &str = "ArtifactInStorage";
/// A new revision is being fetched; the stored artifact is outdated.
pub const ARTIFACT_OUTDATED: &str = "ArtifactOutdated";
/// The signature of the source was verified.
pub const SOURCE_VERIFIED: &str = "SourceVerified";
/// Fetching from the upstream failed.
pub const FETCH_FAILED: &str = "FetchFailed";
/// Building the artifact failed.
pub const BUILD_FAILED: &str = "BuildFailed";
/// An operation on the artifact storage failed.
pub const STORAGE_OPERATION_FAILED: &str = "StorageOperationFailed";
/// An included GitRepository has no artifact.
pub const INCLUDE_UNAVAILABLE: &str = "IncludeUnavailable";

// Condition types of HelmRelease.

/// Outcome of the last install or upgrade.
pub const RELEASED: &str = "Released";
/// Outcome of the last Helm test run.
pub const TEST_SUCCESS: &str = "TestSuccess";
/// Outcome of the last rollback or uninstall remediation.
pub const REMEDIATED: &str = "Remediated";
/// Whether the cluster drifted from the release manifest.
pub const DRIFTED: &str = "Drifted";

// Reasons shared by every kind (fluxcd/pkg apis/meta).

/// The reconcile succeeded.
pub const SUCCEEDED: &str = "Succeeded";
/// The reconcile failed.
pub const FAILED: &str = "Failed";
/// Work is in progress.
pub const PROGRESSING: &str = "Progressing";
/// Work is in progress after a failed attempt.
pub const PROGRESSING_WITH_RETRY: &str = "ProgressingWithRetry";
/// The object is suspended.
pub const SUSPENDED: &str = "Suspended";
/// A dependency is not ready yet.
pub const DEPENDENCY_NOT_READY: &str = "DependencyNotReady";
/// A path in the spec is invalid.
pub const INVALID_PATH: &str = "InvalidPath";
/// A URL in the spec is invalid.
pub const INVALID_URL: &str = "InvalidURL";
/// Plain HTTP is not allowed by the controller's settings.
pub const INSECURE_CONNECTIONS_DISALLOWED: &str = "InsecureConnectionsDisallowed";
/// The connection type is not supported.
pub const UNSUPPORTED_CONNECTION_TYPE: &str = "UnsupportedConnectionType";
/// Garbage collection failed.
pub const PRUNE_FAILED: &str = "PruneFailed";
/// The source artifact could not be fetched.
pub const ARTIFACT_FAILED: &str = "ArtifactFailed";
/// Building the manifests failed (also a source condition type, see [`BUILD_FAILED`]).
pub const BUILD_FAILED_REASON: &str = "BuildFailed";
/// The health checks failed.
pub const HEALTH_CHECK_FAILED: &str = "HealthCheckFailed";
/// The health checks were cancelled by a new revision.
pub const HEALTH_CHECK_CANCELED: &str = "HealthCheckCanceled";
/// The apply succeeded.
pub const RECONCILIATION_SUCCEEDED: &str = "ReconciliationSucceeded";
/// The apply failed.
pub const RECONCILIATION_FAILED: &str = "ReconciliationFailed";
/// A CEL expression in the spec does not compile.
pub const INVALID_CEL_EXPRESSION: &str = "InvalidCELExpression";
/// What the controllers put before a configuration error that no retry can mend.
pub const TERMINAL_ERROR: &str = "Reconciliation failed terminally due to configuration error";
/// The spec uses a feature whose gate is off.
pub const FEATURE_GATE_DISABLED: &str = "FeatureGateDisabled";
/// A cross-namespace reference or impersonation was refused.
pub const ACCESS_DENIED: &str = "AccessDenied";

// Reasons of the source kinds.

/// The stored artifact is up to date (event reason).
pub const ARTIFACT_UP_TO_DATE: &str = "ArtifactUpToDate";
/// A new upstream revision was found (`ArtifactOutdated` reason).
pub const NEW_REVISION: &str = "NewRevision";
/// A new artifact was stored (event reason).
pub const NEW_ARTIFACT: &str = "NewArtifact";
/// Authentication to the upstream failed.
pub const AUTHENTICATION_FAILED: &str = "AuthenticationFailed";
/// A Git operation failed.
pub const GIT_OPERATION_FAILED: &str = "GitOperationFailed";
/// A Git operation succeeded.
pub const GIT_OPERATION_SUCCEEDED: &str = "GitOperationSucceeded";
/// The URL is invalid.
pub const URL_INVALID: &str = "URLInvalid";
/// Signature verification failed.
pub const VERIFICATION_ERROR: &str = "VerificationError";
/// Creating a storage directory failed.
pub const DIRECTORY_CREATION_FAILED: &str = "DirectoryCreationFailed";
/// Stat on a storage file failed.
pub const STAT_OPERATION_FAILED: &str = "StatOperationFailed";
/// Reading a file failed.
pub const READ_OPERATION_FAILED: &str = "ReadOperationFailed";
/// Acquiring the storage lock failed.
pub const ACQUIRE_LOCK_FAILED: &str = "AcquireLockFailed";
/// Writing the archive failed.
pub const ARCHIVE_OPERATION_FAILED: &str = "ArchiveOperationFailed";
/// Updating the latest-artifact symlink failed.
pub const SYMLINK_UPDATE_FAILED: &str = "SymlinkUpdateFailed";
/// A cache operation failed.
pub const CACHE_OPERATION_FAILED: &str = "CacheOperationFailed";
/// Patching the object failed.
pub const PATCH_OPERATION_FAILED: &str = "PatchOperationFailed";
/// The STS settings of a Bucket are invalid.
pub const INVALID_STS_CONFIGURATION: &str = "InvalidSTSConfiguration";
/// The provider settings are invalid.
pub const INVALID_PROVIDER_CONFIGURATION: &str = "InvalidProviderConfiguration";
/// A bucket operation failed.
pub const BUCKET_OPERATION_FAILED: &str = "BucketOperationFailed";
/// A bucket operation succeeded.
pub const BUCKET_OPERATION_SUCCEEDED: &str = "BucketOperationSucceeded";
/// Pulling an OCI artifact failed.
pub const OCI_ARTIFACT_PULL_FAILED: &str = "OCIArtifactPullFailed";
/// Extracting or copying an OCI layer failed.
pub const OCI_ARTIFACT_LAYER_OPERATION_FAILED: &str = "OCIArtifactLayerOperationFailed";
/// Downloading or indexing a Helm repository index failed.
pub const INDEXATION_FAILED: &str = "IndexationFailed";
/// A chart was pulled from a repository.
pub const CHART_PULL_SUCCEEDED: &str = "ChartPullSucceeded";
/// A chart was packaged from a source.
pub const CHART_PACKAGE_SUCCEEDED: &str = "ChartPackageSucceeded";

// Reasons of HelmRelease.

/// Helm install succeeded.
pub const INSTALL_SUCCEEDED: &str = "InstallSucceeded";
/// Helm install failed.
pub const INSTALL_FAILED: &str = "InstallFailed";
/// Helm upgrade succeeded.
pub const UPGRADE_SUCCEEDED: &str = "UpgradeSucceeded";
/// Helm upgrade failed.
pub const UPGRADE_FAILED: &str = "UpgradeFailed";
/// Helm tests passed.
pub const TEST_SUCCEEDED: &str = "TestSucceeded";
/// Helm tests failed.
pub const TEST_FAILED: &str = "TestFailed";
/// Rollback succeeded.
pub const ROLLBACK_SUCCEEDED: &str = "RollbackSucceeded";
/// Rollback failed.
pub const ROLLBACK_FAILED: &str = "RollbackFailed";
/// Uninstall succeeded.
pub const UNINSTALL_SUCCEEDED: &str = "UninstallSucceeded";
/// Uninstall failed.
pub const UNINSTALL_FAILED: &str = "UninstallFailed";
/// Drift was detected.
pub const DRIFT_DETECTED: &str = "DriftDetected";
/// No drift was detected.
pub const NO_DRIFT_DETECTED: &str = "NoDriftDetected";
/// The release was initialized.
pub const INITIALIZED: &str = "Initialized";

// Reasons of the notification kinds.

/// The Receiver's token Secret or key is missing.
pub const TOKEN_NOT_FOUND: &str = "TokenNotFound";
/// The spec failed validation.
pub const VALIDATION_FAILED: &str = "ValidationFailed";

// Reasons of the image kinds.

/// The spec generation changed.
pub const NEW_GENERATION: &str = "NewGeneration";
/// The repository is being scanned.
pub const SCANNING: &str = "Scanning";
/// The policy is reading its ImageRepository.
pub const ACCESSING_REPOSITORY: &str = "AccessingRepository";
/// The policy is being evaluated.
pub const APPLYING_POLICY: &str = "ApplyingPolicy";
/// The image reference is invalid.
pub const IMAGE_URL_INVALID: &str = "ImageURLInvalid";
/// `spec.interval` is missing where it is required.
pub const INTERVAL_NOT_CONFIGURED: &str = "IntervalNotConfigured";
/// The update strategy is not supported.
pub const INVALID_UPDATE_STRATEGY: &str = "InvalidUpdateStrategy";
/// The automation's source is misconfigured.
pub const INVALID_SOURCE_CONFIGURATION: &str = "InvalidSourceConfiguration";
/// Preparing the Git checkout failed.
pub const SOURCE_MANAGER_FAILED: &str = "SourceManagerFailed";
/// Updating the manifests failed.
pub const UPDATE_FAILED: &str = "UpdateFailed";
/// The policy selector is invalid.
pub const INVALID_POLICY_SELECTOR: &str = "InvalidPolicySelector";
/// The commit template uses a removed field.
pub const REMOVED_TEMPLATE_FIELD: &str = "RemovedTemplateField";
