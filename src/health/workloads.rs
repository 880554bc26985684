//! kstatus rules for workload kinds, which report progress through replica counts rather than conditions.

use k8s_openapi::jiff::{SignedDuration, Timestamp};
use serde_json::Value;

use super::Health;
use super::fields::{self, bool_field, int_field, str_field};

/// How long a Pod may sit unschedulable before kstatus calls it Failed: schedulers often need a moment.
const SCHEDULE_WINDOW: SignedDuration = SignedDuration::from_secs(15);

/// The progress deadline value the Deployment controller treats as "no deadline".
const NO_PROGRESS_DEADLINE: i64 = i32::MAX as i64;

pub(super) fn deployment(obj: &Value, _: Timestamp) -> Result<Health, String> {
    // Without a progress deadline the controller never sets `Progressing`, so there is nothing to wait for.
    let mut progressing = int_field(
        obj,
        &["spec", "progressDeadlineSeconds"],
        NO_PROGRESS_DEADLINE,
    ) == NO_PROGRESS_DEADLINE;
    let mut available = false;
    for c in fields::conditions(obj)? {
        match c.type_.as_str() {
            "Progressing" => {
                if c.reason == "ProgressDeadlineExceeded" {
                    return Ok(Health::failed("Progress deadline exceeded"));
                }
                if c.status == "True" && c.reason == "NewReplicaSetAvailable" {
                    progressing = true;
                }
            }
            "Available" if c.status == "True" => available = true,
            _ => {}
        }
    }

    let spec = int_field(obj, &["spec", "replicas"], 1);
    let replicas = int_field(obj, &["status", "replicas"], 0);
    let updated = int_field(obj, &["status", "updatedReplicas"], 0);
    let ready = int_field(obj, &["status", "readyReplicas"], 0);
    let available_replicas = int_field(obj, &["status", "availableReplicas"], 0);

    if spec > replicas {
        return Ok(Health::in_progress(format!("Replicas: {replicas}/{spec}")));
    }
    if spec > updated {
        return Ok(Health::in_progress(format!("Updated: {updated}/{spec}")));
    }
    if replicas > spec {
        return Ok(Health::in_progress(format!(
            "Pending termination: {}",
            replicas - spec
        )));
    }
    if updated > available_replicas {
        return Ok(Health::in_progress(format!(
            "Available: {available_replicas}/{updated}"
        )));
    }
    if spec > ready {
        return Ok(Health::in_progress(format!("Ready: {ready}/{spec}")));
    }
    if !progressing {
        return Ok(Health::in_progress("ReplicaSet not Available"));
    }
    if !available {
        return Ok(Health::in_progress("Deployment not Available"));
    }
    Ok(Health::current(format!(
        "Deployment is available. Replicas: {replicas}"
    )))
}

/// StatefulSets never set conditions, so only counts and revisions tell whether a rollout finished.
pub(super) fn stateful_set(obj: &Value, _: Timestamp) -> Result<Health, String> {
    if str_field(obj, &["spec", "updateStrategy", "type"], "") == "OnDelete" {
        return Ok(Health::current(
            "StatefulSet is using the ondelete update strategy",
        ));
    }
    let spec = int_field(obj, &["spec", "replicas"], 1);
    let ready = int_field(obj, &["status", "readyReplicas"], 0);
    let current = int_field(obj, &["status", "currentReplicas"], 0);
    let updated = int_field(obj, &["status", "updatedReplicas"], 0);
    let replicas = int_field(obj, &["status", "replicas"], 0);
    let partition = int_field(
        obj,
        &["spec", "updateStrategy", "rollingUpdate", "partition"],
        -1,
    );

    if spec > replicas {
        return Ok(Health::in_progress(format!("Replicas: {replicas}/{spec}")));
    }
    if spec > ready {
        return Ok(Health::in_progress(format!("Ready: {ready}/{spec}")));
    }
    if replicas > spec {
        return Ok(Health::in_progress(format!(
            "Pending termination: {}",
            replicas - spec
        )));
    }
    // A partitioned rollout deliberately leaves ordinals below the partition on the old revision.
    if partition != -1 {
        if updated < spec - partition {
            return Ok(Health::in_progress(format!(
                "updated: {updated}/{}",
                spec - partition
            )));
        }
        return Ok(Health::current(format!(
            "Partition rollout complete. updated: {updated}"
        )));
    }
    if spec > current {
        return Ok(Health::in_progress(format!("current: {current}/{spec}")));
    }
    let current_revision = str_field(obj, &["status", "currentRevision"], "");
    let update_revision = str_field(obj, &["status", "updateRevision"], "");
    if current_revision != update_revision {
        return Ok(Health::in_progress(
            "Waiting for updated revision to match current",
        ));
    }
    Ok(Health::current(format!(
        "All replicas scheduled as expected. Replicas: {replicas}"
    )))
}

pub(super) fn daemon_set(obj: &Value, _: Timestamp) -> Result<Health, String> {
    // The generic check tolerates missing generation fields; for DaemonSets their absence means the
    // controller has not acted yet, so kstatus insists on them.
    let kind = fields::type_of(obj).1;
    if fields::strict_int(obj, &["metadata", "generation"])?.is_none() {
        return Ok(Health::in_progress(format!(
            "{kind} metadata.generation not found"
        )));
    }
    if fields::strict_int(obj, &["status", "observedGeneration"])?.is_none() {
        return Ok(Health::in_progress(format!(
            "{kind} status.observedGeneration not found"
        )));
    }
    let desired = int_field(obj, &["status", "desiredNumberScheduled"], -1);
    let current = int_field(obj, &["status", "currentNumberScheduled"], 0);
    let updated = int_field(obj, &["status", "updatedNumberScheduled"], 0);
    let available = int_field(obj, &["status", "numberAvailable"], 0);
    let ready = int_field(obj, &["status", "numberReady"], 0);

    if desired == -1 {
        return Ok(Health::in_progress(
            "Missing .status.desiredNumberScheduled",
        ));
    }
    if desired > current {
        return Ok(Health::in_progress(format!("Current: {current}/{desired}")));
    }
    if desired > updated {
        return Ok(Health::in_progress(format!("Updated: {updated}/{desired}")));
    }
    if desired > available {
        return Ok(Health::in_progress(format!(
            "Available: {available}/{desired}"
        )));
    }
    if desired > ready {
        return Ok(Health::in_progress(format!("Ready: {ready}/{desired}")));
    }
    Ok(Health::current(format!(
        "All replicas scheduled as expected. Replicas: {desired}"
    )))
}

pub(super) fn replica_set(obj: &Value, _: Timestamp) -> Result<Health, String> {
    let conds = fields::conditions(obj)?;
    if fields::find_condition(&conds, "ReplicaFailure", "True").is_some() {
        return Ok(Health::in_progress("Replica Failure condition. Check Pods"));
    }
    let spec = int_field(obj, &["spec", "replicas"], 1);
    let replicas = int_field(obj, &["status", "replicas"], 0);
    let ready = int_field(obj, &["status", "readyReplicas"], 0);
    let available = int_field(obj, &["status", "availableReplicas"], 0);
    let labelled = int_field(obj, &["status", "fullyLabeledReplicas"], 0);

    if spec > labelled {
        return Ok(Health::in_progress(format!("Labelled: {labelled}/{spec}")));
    }
    if spec > available {
        return Ok(Health::in_progress(format!(
            "Available: {available}/{spec}"
        )));
    }
    if spec > ready {
        return Ok(Health::in_progress(format!("Ready: {ready}/{spec}")));
    }
    if replicas > spec {
        return Ok(Health::in_progress(format!(
            "Pending termination: {}",
            replicas - spec
        )));
    }
    Ok(Health::current(format!(
        "ReplicaSet is available. Replicas: {replicas}"
    )))
}

/// Flux's Job rule (fluxcd/pkg `runtime/statusreaders`), not kstatus's: a running Job is `InProgress`, so a
/// Kustomization waits for its Jobs to finish.
pub(super) fn job(obj: &Value) -> Result<Health, String> {
    if bool_field(obj, &["spec", "suspend"], false) {
        return Ok(Health::current("Job is suspended"));
    }
    let parallelism = int_field(obj, &["spec", "parallelism"], 1);
    let completions = int_field(obj, &["spec", "completions"], parallelism);
    let active = int_field(obj, &["status", "active"], 0);
    let succeeded = int_field(obj, &["status", "succeeded"], 0);
    let failed = int_field(obj, &["status", "failed"], 0);
    let started = !str_field(obj, &["status", "startTime"], "").is_empty();

    for c in fields::conditions(obj)? {
        match (c.type_.as_str(), c.status.as_str()) {
            ("Complete", "True") => {
                return Ok(Health::current(format!(
                    "Job Completed. succeeded: {succeeded}/{completions}"
                )));
            }
            ("Failed", "True") => {
                return Ok(Health::failed(format!(
                    "Job Failed. failed: {failed}/{completions}"
                )));
            }
            _ => {}
        }
    }
    if !started {
        return Ok(Health::in_progress(format!(
            "Job not started. active: 0/{parallelism}"
        )));
    }
    Ok(Health::in_progress(format!(
        "Job in progress. success:{succeeded}, active: {active}, failed: {failed}"
    )))
}

pub(super) fn pod(obj: &Value, now: Timestamp) -> Result<Health, String> {
    let conds = fields::conditions(obj)?;
    match str_field(obj, &["status", "phase"], "") {
        "Succeeded" => Ok(Health::current("Pod has completed successfully")),
        // A finished Pod will not change any more, so kstatus stops waiting on it even when it failed.
        "Failed" => Ok(Health::current("Pod has completed, but not successfully")),
        "Running" => {
            if fields::find_condition(&conds, "Ready", "True").is_some() {
                return Ok(Health::current("Pod is Ready"));
            }
            let crashing = crash_looping_containers(obj);
            if !crashing.is_empty() {
                return Ok(Health::failed(format!(
                    "Containers in CrashLoop state: {}",
                    crashing.join(",")
                )));
            }
            Ok(Health::in_progress("Pod is running but is not Ready"))
        }
        "Pending" => {
            let unschedulable = fields::find_condition(&conds, "PodScheduled", "False")
                .is_some_and(|c| c.reason == "Unschedulable");
            if !unschedulable {
                return Ok(Health::in_progress("Pod is in the Pending phase"));
            }
            // A missing or unparsable timestamp reads as Go's zero time: long past the window.
            let created = str_field(obj, &["metadata", "creationTimestamp"], "")
                .parse::<Timestamp>()
                .unwrap_or(Timestamp::MIN);
            if now
                .checked_sub(SCHEDULE_WINDOW)
                .is_ok_and(|start| start < created)
            {
                return Ok(Health::in_progress("Pod has not been scheduled"));
            }
            Ok(Health::failed("Pod could not be scheduled"))
        }
        "" => Ok(Health::in_progress("Pod phase not available")),
        other => Err(format!("unknown phase {other}")),
    }
}

/// Names of containers waiting in `CrashLoopBackOff`, in status order.
fn crash_looping_containers(obj: &Value) -> Vec<&str> {
    let Some(statuses) =
        fields::field(obj, &["status", "containerStatuses"]).and_then(Value::as_array)
    else {
        return Vec::new();
    };
    statuses
        .iter()
        .filter(|cs| str_field(cs, &["state", "waiting", "reason"], "") == "CrashLoopBackOff")
        .filter_map(|cs| cs.get("name").and_then(Value::as_str))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::Status;
    use super::super::kstatus::compute_at;
    use super::*;
    use serde_json::json;

    fn now() -> Timestamp {
        "2024-05-01T12:00:00Z".parse().unwrap()
    }

    fn check(obj: Value) -> (Status, String) {
        let h = compute_at(&obj, now());
        (h.status, h.message)
    }

    fn deployment(status: Value) -> Value {
        json!({"apiVersion": "apps/v1", "kind": "Deployment",
            "metadata": {"name": "podinfo", "namespace": "default", "generation": 1},
            "spec": {"replicas": 1, "progressDeadlineSeconds": 600},
            "status": status})
    }

    #[test]
    fn new_deployment_without_status_is_in_progress() {
        let obj = deployment(json!({}));
        assert_eq!(check(obj), (Status::InProgress, "Replicas: 0/1".into()));
    }

    #[test]
    fn progressing_deployment_reports_availability() {
        let obj = deployment(
            json!({"observedGeneration": 1, "replicas": 1, "updatedReplicas": 1,
            "unavailableReplicas": 1,
            "conditions": [
                {"type": "Available", "status": "False", "reason": "MinimumReplicasUnavailable"},
                {"type": "Progressing", "status": "True", "reason": "ReplicaSetUpdated"}]}),
        );
        assert_eq!(check(obj), (Status::InProgress, "Available: 0/1".into()));
    }

    #[test]
    fn available_deployment_is_current() {
        let obj = deployment(
            json!({"observedGeneration": 1, "replicas": 1, "updatedReplicas": 1,
            "readyReplicas": 1, "availableReplicas": 1,
            "conditions": [
                {"type": "Available", "status": "True", "reason": "MinimumReplicasAvailable"},
                {"type": "Progressing", "status": "True", "reason": "NewReplicaSetAvailable"}]}),
        );
        assert_eq!(
            check(obj),
            (
                Status::Current,
                "Deployment is available. Replicas: 1".into()
            )
        );
    }

    #[test]
    fn deployment_past_its_progress_deadline_is_failed() {
        let obj = deployment(
            json!({"observedGeneration": 1, "replicas": 1, "updatedReplicas": 1,
            "conditions": [
                {"type": "Available", "status": "False", "reason": "MinimumReplicasUnavailable"},
                {"type": "Progressing", "status": "False", "reason": "ProgressDeadlineExceeded",
                 "message": "ReplicaSet \"podinfo-abc\" has timed out progressing."}]}),
        );
        assert_eq!(
            check(obj),
            (Status::Failed, "Progress deadline exceeded".into())
        );
    }

    #[test]
    fn deployment_with_surplus_replicas_is_pending_termination() {
        let obj = deployment(json!({"replicas": 3, "updatedReplicas": 1}));
        assert_eq!(
            check(obj),
            (Status::InProgress, "Pending termination: 2".into())
        );
    }

    #[test]
    fn deployment_generation_lag_wins_over_counts() {
        let mut obj = deployment(
            json!({"observedGeneration": 1, "replicas": 1, "updatedReplicas": 1,
            "readyReplicas": 1, "availableReplicas": 1}),
        );
        obj["metadata"]["generation"] = json!(2);
        assert_eq!(
            check(obj),
            (
                Status::InProgress,
                "Deployment generation is 2, but latest observed generation is 1".into()
            )
        );
    }

    fn sts(spec: Value, status: Value) -> Value {
        json!({"apiVersion": "apps/v1", "kind": "StatefulSet", "metadata": {"name": "db"},
            "spec": spec, "status": status})
    }

    #[test]
    fn stateful_set_partition_rollout_in_progress() {
        let obj = sts(
            json!({"replicas": 3, "updateStrategy": {"type": "RollingUpdate", "rollingUpdate": {"partition": 1}}}),
            json!({"replicas": 3, "readyReplicas": 3, "currentReplicas": 2, "updatedReplicas": 1}),
        );
        assert_eq!(check(obj), (Status::InProgress, "updated: 1/2".into()));
    }

    #[test]
    fn stateful_set_partition_rollout_complete() {
        let obj = sts(
            json!({"replicas": 3, "updateStrategy": {"type": "RollingUpdate", "rollingUpdate": {"partition": 1}}}),
            json!({"replicas": 3, "readyReplicas": 3, "currentReplicas": 1, "updatedReplicas": 2,
                "currentRevision": "db-1", "updateRevision": "db-2"}),
        );
        assert_eq!(
            check(obj),
            (
                Status::Current,
                "Partition rollout complete. updated: 2".into()
            )
        );
    }

    #[test]
    fn stateful_set_waits_for_revisions_to_match() {
        let obj = sts(
            json!({"replicas": 2}),
            json!({"replicas": 2, "readyReplicas": 2, "currentReplicas": 2, "updatedReplicas": 2,
                "currentRevision": "db-1", "updateRevision": "db-2"}),
        );
        assert_eq!(
            check(obj),
            (
                Status::InProgress,
                "Waiting for updated revision to match current".into()
            )
        );
    }

    #[test]
    fn stateful_set_all_ready_is_current() {
        let obj = sts(
            json!({"replicas": 2}),
            json!({"replicas": 2, "readyReplicas": 2, "currentReplicas": 2, "updatedReplicas": 2,
                "currentRevision": "db-2", "updateRevision": "db-2"}),
        );
        assert_eq!(
            check(obj),
            (
                Status::Current,
                "All replicas scheduled as expected. Replicas: 2".into()
            )
        );
    }

    #[test]
    fn stateful_set_not_ready_reports_ready_count() {
        let obj = sts(
            json!({"replicas": 1}),
            json!({"replicas": 1, "readyReplicas": 0}),
        );
        assert_eq!(check(obj), (Status::InProgress, "Ready: 0/1".into()));
    }

    #[test]
    fn stateful_set_on_delete_is_current() {
        let obj = sts(
            json!({"replicas": 5, "updateStrategy": {"type": "OnDelete"}}),
            json!({}),
        );
        assert_eq!(
            check(obj),
            (
                Status::Current,
                "StatefulSet is using the ondelete update strategy".into()
            )
        );
    }

    #[test]
    fn daemon_set_without_observed_generation_is_in_progress() {
        let obj = json!({"apiVersion": "apps/v1", "kind": "DaemonSet", "metadata": {"generation": 1}, "status": {}});
        assert_eq!(
            check(obj),
            (
                Status::InProgress,
                "DaemonSet status.observedGeneration not found".into()
            )
        );
    }

    #[test]
    fn daemon_set_counts() {
        let obj = json!({"apiVersion": "apps/v1", "kind": "DaemonSet", "metadata": {"generation": 1},
            "status": {"observedGeneration": 1, "desiredNumberScheduled": 3, "currentNumberScheduled": 3,
                "updatedNumberScheduled": 3, "numberAvailable": 2, "numberReady": 2}});
        assert_eq!(check(obj), (Status::InProgress, "Available: 2/3".into()));
        let obj = json!({"apiVersion": "apps/v1", "kind": "DaemonSet", "metadata": {"generation": 1},
            "status": {"observedGeneration": 1, "desiredNumberScheduled": 3, "currentNumberScheduled": 3,
                "updatedNumberScheduled": 3, "numberAvailable": 3, "numberReady": 3}});
        assert_eq!(
            check(obj),
            (
                Status::Current,
                "All replicas scheduled as expected. Replicas: 3".into()
            )
        );
    }

    #[test]
    fn replica_set_failure_condition_is_in_progress() {
        let obj = json!({"apiVersion": "apps/v1", "kind": "ReplicaSet",
            "status": {"conditions": [{"type": "ReplicaFailure", "status": "True"}]}});
        assert_eq!(
            check(obj),
            (
                Status::InProgress,
                "Replica Failure condition. Check Pods".into()
            )
        );
    }

    #[test]
    fn replica_set_available_is_current() {
        let obj = json!({"apiVersion": "apps/v1", "kind": "ReplicaSet", "spec": {"replicas": 2},
            "status": {"replicas": 2, "fullyLabeledReplicas": 2, "readyReplicas": 2, "availableReplicas": 2}});
        assert_eq!(
            check(obj),
            (
                Status::Current,
                "ReplicaSet is available. Replicas: 2".into()
            )
        );
    }

    fn job(status: Value) -> Value {
        json!({"apiVersion": "batch/v1", "kind": "Job", "metadata": {"name": "migrate"},
            "spec": {"completions": 1, "parallelism": 1}, "status": status})
    }

    #[test]
    fn complete_job_is_current() {
        let obj = job(json!({"startTime": "2024-05-01T11:00:00Z", "succeeded": 1,
            "conditions": [{"type": "Complete", "status": "True"}]}));
        assert_eq!(
            check(obj),
            (Status::Current, "Job Completed. succeeded: 1/1".into())
        );
    }

    #[test]
    fn failed_job_is_failed() {
        let obj = job(json!({"startTime": "2024-05-01T11:00:00Z", "failed": 6,
            "conditions": [{"type": "Failed", "status": "True", "reason": "BackoffLimitExceeded"}]}));
        assert_eq!(
            check(obj),
            (Status::Failed, "Job Failed. failed: 6/1".into())
        );
    }

    #[test]
    fn running_job_is_in_progress_as_flux_reads_it() {
        let obj = job(json!({"startTime": "2024-05-01T11:00:00Z", "active": 1}));
        assert_eq!(
            check(obj),
            (
                Status::InProgress,
                "Job in progress. success:0, active: 1, failed: 0".into()
            )
        );
        assert_eq!(
            check(job(json!({}))),
            (Status::InProgress, "Job not started. active: 0/1".into())
        );
    }

    #[test]
    fn suspended_job_is_current() {
        let mut obj = job(json!({}));
        obj["spec"]["suspend"] = json!(true);
        assert_eq!(check(obj), (Status::Current, "Job is suspended".into()));
    }

    fn pod(status: Value) -> Value {
        json!({"apiVersion": "v1", "kind": "Pod",
            "metadata": {"name": "web", "creationTimestamp": "2024-05-01T11:59:55Z"}, "status": status})
    }

    #[test]
    fn ready_pod_is_current() {
        let obj =
            pod(json!({"phase": "Running", "conditions": [{"type": "Ready", "status": "True"}]}));
        assert_eq!(check(obj), (Status::Current, "Pod is Ready".into()));
    }

    #[test]
    fn crash_looping_pod_is_failed() {
        let obj = pod(
            json!({"phase": "Running", "conditions": [{"type": "Ready", "status": "False"}],
            "containerStatuses": [
                {"name": "app", "state": {"waiting": {"reason": "CrashLoopBackOff"}}},
                {"name": "sidecar", "state": {"running": {}}},
                {"name": "init", "state": {"waiting": {"reason": "CrashLoopBackOff"}}}]}),
        );
        assert_eq!(
            check(obj),
            (
                Status::Failed,
                "Containers in CrashLoop state: app,init".into()
            )
        );
    }

    #[test]
    fn unschedulable_pod_gets_a_grace_window() {
        let status = json!({"phase": "Pending",
            "conditions": [{"type": "PodScheduled", "status": "False", "reason": "Unschedulable"}]});
        assert_eq!(
            check(pod(status.clone())),
            (Status::InProgress, "Pod has not been scheduled".into())
        );
        let mut old = pod(status);
        old["metadata"]["creationTimestamp"] = json!("2024-05-01T11:00:00Z");
        assert_eq!(
            check(old),
            (Status::Failed, "Pod could not be scheduled".into())
        );
    }

    #[test]
    fn pod_phases() {
        assert_eq!(
            check(pod(json!({"phase": "Pending"}))),
            (Status::InProgress, "Pod is in the Pending phase".into())
        );
        assert_eq!(
            check(pod(json!({}))),
            (Status::InProgress, "Pod phase not available".into())
        );
        assert_eq!(check(pod(json!({"phase": "Failed"}))).0, Status::Current);
        assert_eq!(
            check(pod(json!({"phase": "Weird"}))),
            (Status::Unknown, "unknown phase Weird".into())
        );
    }
}
