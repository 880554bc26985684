//! Leader election between two `flux serve` processes: one leads, the other waits; when the leader stops on
//! SIGTERM it hands the Lease back and the standby takes over within one lease duration. Only the leader serves
//! artifacts.

use std::time::Duration;

use crate::harness::{Serve, eventually, http_get, kubectl, shared};

fn leads(serve: &Serve) -> bool {
    http_get(&serve.metrics, "/metrics").is_some_and(|(_, body)| {
        body.contains("leader_election_master_status{name=\"flux-leader-election\"} 1")
    })
}

fn serves_artifacts(serve: &Serve) -> bool {
    std::net::TcpStream::connect(&serve.storage).is_ok()
}

fn holder(ns: &str) -> String {
    kubectl(
        &[
            "-n",
            ns,
            "get",
            "lease",
            "flux-leader-election",
            "-o",
            "jsonpath={.spec.holderIdentity}",
        ],
        None,
    )
    .stdout
}

#[test]
fn a_standby_takes_over_when_the_leader_stops() {
    // Not while another test uninstalls Flux's CRDs: the controllers of the new leader list them.
    let _lock = shared();
    let ns = "e2e-leader";
    kubectl(&["create", "namespace", ns], None);
    let logs = tempfile::tempdir().expect("temp dir");
    let first_logs = logs.path().join("a");
    let second_logs = logs.path().join("b");
    std::fs::create_dir_all(&first_logs).expect("dir");
    std::fs::create_dir_all(&second_logs).expect("dir");

    let mut first = Serve::start(ns, &first_logs);
    eventually(Duration::from_secs(30), "the first process to lead", || {
        leads(&first)
    });
    let first_holder = holder(ns);

    let second = Serve::start(ns, &second_logs);
    eventually(
        Duration::from_secs(30),
        "the second process to serve /readyz",
        || http_get(&second.health, "/readyz").is_some_and(|(code, _)| code == 200),
    );
    std::thread::sleep(Duration::from_secs(2));
    assert!(!leads(&second), "two leaders at once");
    assert_eq!(holder(ns), first_holder);
    assert!(serves_artifacts(&first), "the leader serves artifacts");
    assert!(
        !serves_artifacts(&second),
        "a standby must not answer artifact requests from an empty store"
    );

    assert!(first.terminate().success());
    // The stopped leader handed the lease back instead of letting it run out.
    assert_ne!(
        holder(ns),
        first_holder,
        "the lease is still held by the stopped leader"
    );
    // The standby looks again when the lease it saw would have expired: 15s at most.
    eventually(Duration::from_secs(25), "the standby to take over", || {
        leads(&second)
    });
    eventually(
        Duration::from_secs(5),
        "the new leader to serve artifacts",
        || serves_artifacts(&second),
    );
    kubectl(&["delete", "namespace", ns, "--wait=false"], None);
}
