//! Errors of the apply engine, worded like Flux's so status messages read the same.

use std::fmt;

use super::changeset::ChangeSet;
use super::object_ref::ObjectRef;

/// One failed step for one object. Messages start with the object's subject
/// (`Deployment/default/podinfo …`) and carry the API server's own message.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A manifest lacks `apiVersion`, `kind` or `metadata.name`.
    #[error("{subject} is invalid: {field} is missing")]
    InvalidObject {
        subject: String,
        field: &'static str,
    },
    /// The API server serves no such kind (a CRD that was never applied, a typo in apiVersion).
    #[error(
        "{subject} dry-run failed: no matches for kind \"{kind}\" in version \"{api_version}\""
    )]
    UnknownKind {
        subject: String,
        kind: String,
        api_version: String,
    },
    /// Discovery itself failed (API server unreachable, forbidden, …).
    #[error("{subject} failed to discover the API resource: {message}")]
    Discover {
        subject: String,
        message: String,
        #[source]
        source: Box<kube::Error>,
    },
    /// A namespaced object without `metadata.namespace`.
    #[error("{subject} namespace not specified")]
    NamespaceNotSpecified { subject: String },
    /// Reading the live object failed.
    #[error("{subject} query failed: {message}")]
    Query {
        subject: String,
        message: String,
        #[source]
        source: Box<kube::Error>,
    },
    /// The server-side dry-run was rejected by validation or admission. `reason` is the API
    /// status reason (`Invalid`, `Forbidden`, `FieldManagerConflict`, …), empty if none.
    #[error("{subject} dry-run failed{}: {message}", fmt_reason(reason))]
    DryRun {
        subject: String,
        reason: String,
        message: String,
        #[source]
        source: Box<kube::Error>,
    },
    /// The dry-run got NotFound: the object's namespace does not exist.
    #[error("{subject} not found: {message}")]
    DryRunNotFound {
        subject: String,
        message: String,
        #[source]
        source: Box<kube::Error>,
    },
    /// Force-recreate after an immutable-field error: the delete failed.
    #[error("{subject} immutable field detected, failed to delete object: {message}")]
    RecreateDelete {
        subject: String,
        message: String,
        #[source]
        source: Box<kube::Error>,
    },
    /// Force-recreate after an immutable-field error: the object did not go away in time.
    #[error(
        "{subject} immutable field detected, failed to wait for object to be deleted: {message}"
    )]
    RecreateWait { subject: String, message: String },
    /// Taking over managedFields / removing stale metadata failed.
    #[error("{subject} metadata.managedFields cleanup failed: {message}")]
    Cleanup {
        subject: String,
        message: String,
        #[source]
        source: Box<kube::Error>,
    },
    /// The real server-side apply failed after a successful dry-run.
    #[error("{subject} apply failed: {message}")]
    Apply {
        subject: String,
        message: String,
        #[source]
        source: Box<kube::Error>,
    },
    /// Stage 1 or 2 objects did not become ready within `wait_timeout`. Each entry reads
    /// `<subject> status: '<InProgress|NotFound>'`.
    #[error("timeout waiting for: [{}]", pending.join(", "))]
    WaitTimeout { pending: Vec<String> },
    /// [`super::Applier::wait_deleted`] gave up while objects still existed.
    #[error("{subject} termination timeout: object still exists after {seconds}s")]
    TerminationTimeout { subject: String, seconds: u64 },
    /// Deleting an object failed.
    #[error("{subject} delete failed: {message}")]
    Delete {
        subject: String,
        message: String,
        #[source]
        source: Box<kube::Error>,
    },
}

fn fmt_reason(reason: &str) -> String {
    if reason.is_empty() {
        String::new()
    } else {
        format!(" ({reason})")
    }
}

/// Failure of [`super::Applier::apply_all_staged`] (and of the other calls returning it):
/// the failed step plus what was applied before it, so the caller can log the partial change set
/// and keep the inventory of objects that did get applied.
#[derive(Debug)]
pub struct ApplyError {
    /// Objects handled before the failure: all entries of earlier stages, plus the objects of the
    /// failing stage whose real apply succeeded.
    pub change_set: ChangeSet,
    pub error: Error,
}

impl ApplyError {
    pub fn new(error: Error, change_set: ChangeSet) -> Self {
        Self { change_set, error }
    }
}

impl fmt::Display for ApplyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.error.fmt(f)
    }
}

impl std::error::Error for ApplyError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        std::error::Error::source(&self.error)
    }
}

impl From<Error> for ApplyError {
    fn from(error: Error) -> Self {
        Self::new(error, ChangeSet::default())
    }
}

/// Failure of [`super::Applier::delete_all`]: the entries that did succeed, the objects that
/// were not deleted (to merge back into the inventory) and one error per failed object.
#[derive(Debug)]
pub struct DeleteError {
    pub change_set: ChangeSet,
    pub not_deleted: Vec<ObjectRef>,
    pub errors: Vec<Error>,
}

/// `delete failed, errors: <e1>;<e2>;` as Flux words it.
impl fmt::Display for DeleteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("delete failed, errors: ")?;
        for e in &self.errors {
            write!(f, "{e};")?;
        }
        Ok(())
    }
}

impl std::error::Error for DeleteError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.errors
            .first()
            .map(|e| e as &(dyn std::error::Error + 'static))
    }
}

/// The API server's human message for a failed request (not kube's debug rendering).
pub(crate) fn server_message(err: &kube::Error) -> String {
    match err {
        kube::Error::Api(status) if !status.message.is_empty() => status.message.clone(),
        other => other.to_string(),
    }
}

/// HTTP status code of an API error, 0 for transport errors.
pub(crate) fn status_code(err: &kube::Error) -> u16 {
    match err {
        kube::Error::Api(status) => status.code,
        _ => 0,
    }
}

pub(crate) fn is_not_found(err: &kube::Error) -> bool {
    status_code(err) == 404
}

/// The status reason Flux prints in `dry-run failed (<reason>)`: a field-manager conflict cause
/// wins over the top-level reason.
pub(crate) fn status_reason(err: &kube::Error) -> String {
    let kube::Error::Api(status) = err else {
        return String::new();
    };
    let conflict = status
        .details
        .as_ref()
        .is_some_and(|d| d.causes.iter().any(|c| c.reason == "FieldManagerConflict"));
    if conflict {
        "FieldManagerConflict".to_string()
    } else {
        status.reason.clone()
    }
}

/// Whether an apply error may be an immutable-field change, judged like kubectl and Flux do:
/// any Conflict or Invalid status, or a message from a webhook/CEL rule saying so. This has false
/// positives by design; it only matters when force-recreate is allowed.
pub(crate) fn is_immutable(err: &kube::Error) -> bool {
    if let kube::Error::Api(status) = err
        && (status.code == 409 || status.code == 422 || status.reason == "Invalid")
    {
        return true;
    }
    let msg = server_message(err);
    msg.contains("is immutable") || msg.contains("immutable field")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn api(code: u16, reason: &str, message: &str) -> kube::Error {
        kube::Error::Api(Box::new(kube::core::Status {
            code,
            reason: reason.into(),
            message: message.into(),
            ..Default::default()
        }))
    }

    #[test]
    fn dry_run_error_reads_like_flux() {
        let source = api(
            422,
            "Invalid",
            "Deployment.apps \"podinfo\" is invalid: spec.selector: Required value",
        );
        let err = Error::DryRun {
            subject: "Deployment/default/podinfo".into(),
            reason: status_reason(&source),
            message: server_message(&source),
            source: Box::new(source),
        };
        assert_eq!(
            err.to_string(),
            "Deployment/default/podinfo dry-run failed (Invalid): Deployment.apps \"podinfo\" is invalid: spec.selector: Required value"
        );
    }

    #[test]
    fn immutable_errors_are_recognised() {
        assert!(is_immutable(&api(422, "Invalid", "field is immutable")));
        assert!(is_immutable(&api(
            400,
            "BadRequest",
            "spec.x: Invalid value: immutable field"
        )));
        assert!(!is_immutable(&api(403, "Forbidden", "denied")));
    }

    #[test]
    fn delete_error_lists_every_failure() {
        let err = DeleteError {
            change_set: ChangeSet::default(),
            not_deleted: vec![],
            errors: vec![
                Error::TerminationTimeout {
                    subject: "ConfigMap/a/b".into(),
                    seconds: 1,
                },
                Error::NamespaceNotSpecified {
                    subject: "ConfigMap/c".into(),
                },
            ],
        };
        assert_eq!(
            err.to_string(),
            "delete failed, errors: ConfigMap/a/b termination timeout: object still exists after 1s;ConfigMap/c namespace not specified;"
        );
    }
}
