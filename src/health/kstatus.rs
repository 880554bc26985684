//! kstatus's `Compute`: generic checks (deletion, observed generation, `Reconciling`/`Stalled`/`Ready`
//! conditions), then a per-kind rule for built-in kinds that do not publish those conditions.

use k8s_openapi::jiff::Timestamp;
use serde_json::Value;

use super::fields::{self, Condition};
use super::workloads;
use super::{Health, Status};

/// A per-kind rule. `now` is passed in (only Pods use it) so tests can pin the clock.
type Rule = fn(&Value, Timestamp) -> Result<Health, String>;

/// kstatus's verdict on `obj` (a full object with `apiVersion` and `kind`). Never fails: an object whose
/// status cannot be read gets [`Status::Unknown`] with the reason as message.
///
/// Jobs follow Flux's Job reader instead of kstatus's: a Job is `Current` only once `Complete`.
pub fn compute(obj: &Value) -> Health {
    compute_at(obj, Timestamp::now())
}

/// [`compute`] with an explicit clock.
pub(super) fn compute_at(obj: &Value, now: Timestamp) -> Health {
    let (api_version, kind) = fields::type_of(obj);
    let group = fields::group_of(api_version);
    // Flux registers its Job reader ahead of kstatus's default readers, and that reader skips the generic
    // checks entirely, so a terminating or generation-lagging Job is judged on its conditions alone.
    if group == "batch" && kind == "Job" {
        return workloads::job(obj).unwrap_or_else(Health::unknown);
    }
    match generic(obj) {
        Ok(Some(health)) => return health,
        Ok(None) => {}
        Err(e) => return Health::unknown(e),
    }
    if let Some(rule) = rule_for(group, kind) {
        return rule(obj, now).unwrap_or_else(Health::unknown);
    }
    match ready_condition(obj) {
        Ok(Some(health)) => health,
        Ok(None) => Health::current("Resource is current"),
        Err(e) => Health::unknown(e),
    }
}

/// kstatus's table of built-in kinds, keyed on group and kind (version ignored).
fn rule_for(group: &str, kind: &str) -> Option<Rule> {
    let rule: Rule = match (group, kind) {
        ("", "Service") => service,
        ("", "Pod") => workloads::pod,
        ("", "Secret") | ("", "ConfigMap") | ("batch", "CronJob") => always_ready,
        ("", "PersistentVolumeClaim") => pvc,
        ("apps", "StatefulSet") => workloads::stateful_set,
        ("apps" | "extensions", "DaemonSet") => workloads::daemon_set,
        ("apps" | "extensions", "Deployment") => workloads::deployment,
        ("apps" | "extensions", "ReplicaSet") => workloads::replica_set,
        ("policy", "PodDisruptionBudget") => pdb,
        ("apiextensions.k8s.io", "CustomResourceDefinition") => crd,
        _ => return None,
    };
    Some(rule)
}

/// Checks that apply to every kind; a verdict here skips the per-kind rule.
fn generic(obj: &Value) -> Result<Option<Health>, String> {
    match fields::field(obj, &["metadata", "deletionTimestamp"]) {
        None | Some(Value::Null) => {}
        Some(Value::String(ts)) if ts.is_empty() => {}
        Some(Value::String(_)) => {
            return Ok(Some(Health::new(
                Status::Terminating,
                "Resource scheduled for deletion",
            )));
        }
        Some(other) => {
            return Err(format!(
                "looking up metadata.deletionTimestamp from resource: {other} is not a string"
            ));
        }
    }
    if let Some(health) = generation_lag(obj)? {
        return Ok(Some(health));
    }
    for c in fields::conditions(obj)? {
        if c.status != "True" {
            continue;
        }
        match c.type_.as_str() {
            "Reconciling" => return Ok(Some(Health::in_progress(c.message))),
            "Stalled" => return Ok(Some(Health::failed(c.message))),
            _ => {}
        }
    }
    Ok(None)
}

/// `InProgress` while the controller has not observed the latest spec. Skipped when either field is absent:
/// many kinds have no `status.observedGeneration`.
fn generation_lag(obj: &Value) -> Result<Option<Health>, String> {
    let Some(generation) = fields::strict_int(obj, &["metadata", "generation"])? else {
        return Ok(None);
    };
    let Some(observed) = fields::strict_int(obj, &["status", "observedGeneration"])? else {
        return Ok(None);
    };
    if observed == generation {
        return Ok(None);
    }
    let kind = fields::type_of(obj).1;
    Ok(Some(Health::in_progress(format!(
        "{kind} generation is {generation}, but latest observed generation is {observed}"
    ))))
}

/// The `Ready` condition, for kinds without a rule of their own (most custom resources).
fn ready_condition(obj: &Value) -> Result<Option<Health>, String> {
    for c in fields::conditions(obj)? {
        if c.type_ != "Ready" {
            continue;
        }
        match c.status.as_str() {
            "True" => return Ok(Some(Health::current("Resource is Ready"))),
            "False" | "Unknown" => return Ok(Some(Health::in_progress(c.message))),
            _ => {}
        }
    }
    Ok(None)
}

fn always_ready(_: &Value, _: Timestamp) -> Result<Health, String> {
    Ok(Health::current("Resource is always ready"))
}

/// A LoadBalancer Service is waited on only until it has a cluster IP; external ingress is not required.
fn service(obj: &Value, _: Timestamp) -> Result<Health, String> {
    let type_ = fields::str_field(obj, &["spec", "type"], "ClusterIP");
    let cluster_ip = fields::str_field(obj, &["spec", "clusterIP"], "");
    if type_ == "LoadBalancer" && cluster_ip.is_empty() {
        return Ok(Health::in_progress(
            "ClusterIP not set. Service type: LoadBalancer",
        ));
    }
    Ok(Health::current("Service is ready"))
}

fn pvc(obj: &Value, _: Timestamp) -> Result<Health, String> {
    let phase = fields::str_field(obj, &["status", "phase"], "unknown");
    if phase != "Bound" {
        return Ok(Health::in_progress(format!(
            "PVC is not Bound. phase: {phase}"
        )));
    }
    Ok(Health::current("PVC is Bound"))
}

/// The disruption controller sets no conditions; reaching this rule means the generic check already saw
/// `status.observedGeneration` catch up, which is all kstatus asks.
fn pdb(_: &Value, _: Timestamp) -> Result<Health, String> {
    Ok(Health::current("AllowedDisruptions has been computed."))
}

fn crd(obj: &Value, _: Timestamp) -> Result<Health, String> {
    for Condition {
        type_,
        status,
        reason,
        message,
    } in fields::conditions(obj)?
    {
        if type_ == "NamesAccepted" && status == "False" {
            return Ok(Health::failed(message));
        }
        if type_ == "Established" {
            if status == "False" && reason != "Installing" {
                return Ok(Health::failed(message));
            }
            if status == "True" {
                return Ok(Health::current("CRD is established"));
            }
        }
    }
    Ok(Health::in_progress("Install in progress"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn check(obj: Value) -> (Status, String) {
        let h = compute(&obj);
        (h.status, h.message)
    }

    #[test]
    fn deletion_timestamp_means_terminating() {
        let obj = json!({"apiVersion": "v1", "kind": "ConfigMap",
            "metadata": {"name": "a", "deletionTimestamp": "2024-01-01T00:00:00Z"}});
        assert_eq!(
            check(obj),
            (
                Status::Terminating,
                "Resource scheduled for deletion".into()
            )
        );
    }

    #[test]
    fn observed_generation_lag_is_in_progress() {
        let obj = json!({"apiVersion": "example.com/v1", "kind": "Widget",
            "metadata": {"name": "a", "generation": 3},
            "status": {"observedGeneration": 2, "conditions": [{"type": "Ready", "status": "True"}]}});
        assert_eq!(
            check(obj),
            (
                Status::InProgress,
                "Widget generation is 3, but latest observed generation is 2".into()
            )
        );
    }

    #[test]
    fn missing_observed_generation_skips_the_lag_check() {
        let obj = json!({"apiVersion": "example.com/v1", "kind": "Widget", "metadata": {"generation": 3}});
        assert_eq!(check(obj), (Status::Current, "Resource is current".into()));
    }

    #[test]
    fn reconciling_condition_is_in_progress_with_its_message() {
        let obj = json!({"apiVersion": "example.com/v1", "kind": "Widget",
            "status": {"conditions": [
                {"type": "Ready", "status": "True"},
                {"type": "Reconciling", "status": "True", "reason": "Progressing", "message": "working"}]}});
        assert_eq!(check(obj), (Status::InProgress, "working".into()));
    }

    #[test]
    fn stalled_condition_is_failed_with_its_message() {
        let obj = json!({"apiVersion": "example.com/v1", "kind": "Widget",
            "status": {"conditions": [{"type": "Stalled", "status": "True", "message": "bad spec"}]}});
        assert_eq!(check(obj), (Status::Failed, "bad spec".into()));
    }

    #[test]
    fn ready_true_is_current() {
        let obj = json!({"apiVersion": "example.com/v1", "kind": "Widget",
            "status": {"conditions": [{"type": "Ready", "status": "True"}]}});
        assert_eq!(check(obj), (Status::Current, "Resource is Ready".into()));
    }

    #[test]
    fn ready_false_is_in_progress_with_its_message() {
        let obj = json!({"apiVersion": "example.com/v1", "kind": "Widget",
            "status": {"conditions": [{"type": "Ready", "status": "False", "message": "waiting for db"}]}});
        assert_eq!(check(obj), (Status::InProgress, "waiting for db".into()));
    }

    #[test]
    fn malformed_conditions_are_unknown() {
        let obj =
            json!({"apiVersion": "example.com/v1", "kind": "Widget", "status": {"conditions": 5}});
        assert_eq!(check(obj).0, Status::Unknown);
    }

    #[test]
    fn config_map_secret_and_cron_job_are_always_ready() {
        for (api_version, kind) in [
            ("v1", "ConfigMap"),
            ("v1", "Secret"),
            ("batch/v1", "CronJob"),
        ] {
            let obj = json!({"apiVersion": api_version, "kind": kind, "metadata": {"name": "a"}});
            assert_eq!(
                check(obj),
                (Status::Current, "Resource is always ready".into())
            );
        }
    }

    #[test]
    fn load_balancer_without_ingress_is_current_once_it_has_a_cluster_ip() {
        let obj = json!({"apiVersion": "v1", "kind": "Service",
            "spec": {"type": "LoadBalancer", "clusterIP": "10.0.0.7"}, "status": {"loadBalancer": {}}});
        assert_eq!(check(obj), (Status::Current, "Service is ready".into()));
    }

    #[test]
    fn load_balancer_without_cluster_ip_is_in_progress() {
        let obj = json!({"apiVersion": "v1", "kind": "Service", "spec": {"type": "LoadBalancer"}});
        assert_eq!(
            check(obj),
            (
                Status::InProgress,
                "ClusterIP not set. Service type: LoadBalancer".into()
            )
        );
    }

    #[test]
    fn bound_pvc_is_current() {
        let obj = json!({"apiVersion": "v1", "kind": "PersistentVolumeClaim", "status": {"phase": "Bound"}});
        assert_eq!(check(obj), (Status::Current, "PVC is Bound".into()));
    }

    #[test]
    fn pending_pvc_is_in_progress() {
        let obj = json!({"apiVersion": "v1", "kind": "PersistentVolumeClaim", "status": {"phase": "Pending"}});
        assert_eq!(
            check(obj),
            (
                Status::InProgress,
                "PVC is not Bound. phase: Pending".into()
            )
        );
        let obj = json!({"apiVersion": "v1", "kind": "PersistentVolumeClaim"});
        assert_eq!(
            check(obj),
            (
                Status::InProgress,
                "PVC is not Bound. phase: unknown".into()
            )
        );
    }

    #[test]
    fn established_crd_is_current() {
        let obj = json!({"apiVersion": "apiextensions.k8s.io/v1", "kind": "CustomResourceDefinition",
            "status": {"conditions": [
                {"type": "NamesAccepted", "status": "True", "reason": "NoConflicts"},
                {"type": "Established", "status": "True", "reason": "InitialNamesAccepted"}]}});
        assert_eq!(check(obj), (Status::Current, "CRD is established".into()));
    }

    #[test]
    fn crd_with_conflicting_names_is_failed() {
        let obj = json!({"apiVersion": "apiextensions.k8s.io/v1", "kind": "CustomResourceDefinition",
            "status": {"conditions": [
                {"type": "NamesAccepted", "status": "False", "reason": "ListKindConflict",
                 "message": "\"WidgetList\" is already in use"},
                {"type": "Established", "status": "False", "reason": "NotAccepted"}]}});
        assert_eq!(
            check(obj),
            (Status::Failed, "\"WidgetList\" is already in use".into())
        );
    }

    #[test]
    fn installing_crd_is_in_progress() {
        let obj = json!({"apiVersion": "apiextensions.k8s.io/v1", "kind": "CustomResourceDefinition",
            "status": {"conditions": [{"type": "Established", "status": "False", "reason": "Installing"}]}});
        assert_eq!(
            check(obj),
            (Status::InProgress, "Install in progress".into())
        );
    }

    #[test]
    fn pdb_is_current_once_generation_is_observed() {
        let obj = json!({"apiVersion": "policy/v1", "kind": "PodDisruptionBudget",
            "metadata": {"generation": 2}, "status": {"observedGeneration": 1}});
        assert_eq!(check(obj).0, Status::InProgress);
        let obj = json!({"apiVersion": "policy/v1", "kind": "PodDisruptionBudget",
            "metadata": {"generation": 2}, "status": {"observedGeneration": 2}});
        assert_eq!(
            check(obj),
            (
                Status::Current,
                "AllowedDisruptions has been computed.".into()
            )
        );
    }

    // kstatus has no APIService rule: the generic rule applies, and APIService's `Available` condition is not
    // one it reads, so an unavailable APIService still counts as Current (as in Flux).
    #[test]
    fn api_service_follows_the_generic_rule() {
        let obj = json!({"apiVersion": "apiregistration.k8s.io/v1", "kind": "APIService",
            "status": {"conditions": [{"type": "Available", "status": "False", "reason": "MissingEndpoints"}]}});
        assert_eq!(check(obj), (Status::Current, "Resource is current".into()));
    }

    #[test]
    fn version_is_ignored_when_picking_a_rule() {
        let obj =
            json!({"apiVersion": "apps/v1beta2", "kind": "Deployment", "spec": {"replicas": 1}});
        assert_eq!(check(obj), (Status::InProgress, "Replicas: 0/1".into()));
    }
}
