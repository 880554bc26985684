//! Annotation, label and finalizer keys Flux reads and writes, spelled exactly as Flux spells them.

/// Requests a reconcile when its value differs from `status.lastHandledReconcileAt`.
pub const RECONCILE_REQUESTED_AT: &str = "reconcile.fluxcd.io/requestedAt";
/// HelmRelease: forces a one-off install or upgrade (sent with the same token as `requestedAt`).
pub const RECONCILE_FORCE_AT: &str = "reconcile.fluxcd.io/forceAt";
/// HelmRelease: resets the failure counters (sent with the same token as `requestedAt`).
pub const RECONCILE_RESET_AT: &str = "reconcile.fluxcd.io/resetAt";
/// Label on a Secret or ConfigMap that makes the objects referencing it reconcile when it changes.
pub const RECONCILE_WATCH: &str = "reconcile.fluxcd.io/watch";
/// Value of [`RECONCILE_WATCH`] enabling the watch.
pub const RECONCILE_WATCH_ENABLED: &str = "Enabled";
/// Finalizer on every reconciled Flux object.
pub const FINALIZER: &str = "finalizers.fluxcd.io";

/// Label naming the Kustomization that applied an object.
pub const KUSTOMIZE_NAME: &str = "kustomize.toolkit.fluxcd.io/name";
/// Label naming the namespace of the Kustomization that applied an object.
pub const KUSTOMIZE_NAMESPACE: &str = "kustomize.toolkit.fluxcd.io/namespace";
/// Annotation or label on an applied object: `disabled` stops reconciling it (`kustomize.toolkit.fluxcd.io/reconcile`).
pub const KUSTOMIZE_RECONCILE: &str = "kustomize.toolkit.fluxcd.io/reconcile";
/// Annotation on an applied object: `disabled` keeps it on prune.
pub const KUSTOMIZE_PRUNE: &str = "kustomize.toolkit.fluxcd.io/prune";
/// Annotation on an applied object: `enabled` recreates it on immutable-field errors.
pub const KUSTOMIZE_FORCE: &str = "kustomize.toolkit.fluxcd.io/force";
/// Annotation or label: `Merge` keeps fields set by others, `IfNotPresent` creates the object once, `Ignore` skips it.
pub const KUSTOMIZE_SSA: &str = "kustomize.toolkit.fluxcd.io/ssa";
/// Annotation or label: `disabled` skips postBuild substitution for the object.
pub const KUSTOMIZE_SUBSTITUTE: &str = "kustomize.toolkit.fluxcd.io/substitute";
/// Value turning a Flux behaviour annotation off.
pub const DISABLED: &str = "disabled";
/// Value turning a Flux behaviour annotation on.
pub const ENABLED: &str = "enabled";

/// Label naming the HelmRelease that owns a release's objects.
pub const HELM_NAME: &str = "helm.toolkit.fluxcd.io/name";
/// Label naming the namespace of the HelmRelease that owns a release's objects.
pub const HELM_NAMESPACE: &str = "helm.toolkit.fluxcd.io/namespace";
/// Annotation on a rendered object: `disabled` excludes it from drift detection.
pub const HELM_DRIFT_DETECTION: &str = "helm.toolkit.fluxcd.io/driftDetection";

/// Label set on every object of a Flux installation.
pub const PART_OF: &str = "app.kubernetes.io/part-of";
/// Label naming the controller an installed object belongs to.
pub const COMPONENT: &str = "app.kubernetes.io/component";
/// Label naming the Flux installation (its namespace).
pub const INSTANCE: &str = "app.kubernetes.io/instance";
/// Label carrying the installed Flux version.
pub const VERSION: &str = "app.kubernetes.io/version";

/// Event metadata key suffix carrying the source revision (`<group>/revision`).
pub const EVENT_REVISION_SUFFIX: &str = "revision";
/// Event metadata key suffix carrying the HelmRelease token (`<group>/token`).
pub const EVENT_TOKEN_SUFFIX: &str = "token";
