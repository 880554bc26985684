//! The runtime under `flux serve`, end to end on the real API server: a panicking reconcile fails only its
//! object; SIGTERM in the middle of a large apply drains and exits 0, and SIGKILL at the same point loses
//! nothing either (after a restart the inventory equals the objects in the cluster); a restart on emptied
//! storage is Ready again within seconds without re-applying; per-object state returns to its baseline after
//! churn; two shards reconcile disjoint objects under their own leases; an API server stopped and started
//! again mid-apply is survived by the same process, Ready within one retry interval.

use std::collections::BTreeSet;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::harness::{PrivateCluster, Serve, eventually, http_get, kubectl, shared};
use crate::kustomize::{Env, ks};
use crate::source_git::gitrepo;

/// A repository whose `app/` holds `count` ConfigMaps, with the GitRepository `repo`.
fn many_configmaps(env: &Env, name: &str, count: usize) -> String {
    let work = env.servers.create_repo(name, |dir| {
        std::fs::create_dir_all(dir.join("app")).unwrap();
        let mut all = String::new();
        for i in 0..count {
            all.push_str(&format!(
                "---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-{i:04}\ndata:\n  n: \"{i}\"\n"
            ));
        }
        std::fs::write(dir.join("app/cms.yaml"), all).unwrap();
    });
    env.apply(&gitrepo("repo", &env.servers.http_public_url(name), ""));
    crate::git_servers::git(&work, &["rev-parse", "HEAD"])
        .trim()
        .to_string()
}

/// Names of the ConfigMaps the Kustomization `owner` applied, as the cluster has them.
fn owned_configmaps(env: &Env, owner: &str) -> BTreeSet<String> {
    let out = kubectl(
        &[
            "get",
            "configmaps",
            "-n",
            &env.ns,
            "-l",
            &format!("kustomize.toolkit.fluxcd.io/name={owner}"),
            "-o",
            "jsonpath={range .items[*]}{.metadata.name}{\"\\n\"}{end}",
        ],
        None,
    );
    out.stdout.lines().map(str::to_string).collect()
}

/// Names in the Kustomization's inventory.
fn inventory_names(obj: &Value) -> BTreeSet<String> {
    obj["status"]["inventory"]["entries"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|e| e["id"].as_str())
        .filter_map(|id| id.split('_').nth(1).map(str::to_string))
        .collect()
}

fn metric(serve: &Serve, line_prefix: &str) -> Option<f64> {
    let (_, body) = http_get(&serve.metrics, "/metrics")?;
    body.lines()
        .find(|l| l.starts_with(line_prefix))
        .and_then(|l| l.rsplit(' ').next())
        .and_then(|v| v.parse().ok())
}

#[test]
fn a_panicking_reconcile_fails_only_its_object_and_the_process_lives() {
    let _lock = shared();
    let ns_hint = format!("rt-panic-{}", std::process::id() % 100_000);
    let fault = format!("Kustomization/{ns_hint}/bad");
    let mut env = Env::with_env("rt-panic", &[], &[("FLUX_FAULT_PANIC", fault.as_str())]);
    assert_eq!(env.ns, ns_hint, "the namespace naming the fault");
    let (_, sha) = env.app_repo(
        "panic",
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\ndata:\n  a: b\n",
    );
    let target = format!("  targetNamespace: {}\n", env.ns);
    env.apply(&ks("bad", "./app", &target));
    env.apply(&ks("good", "./app", &target));
    env.wait_applied("good", &sha);
    env.wait("bad", "the panic is recorded", |(s, r, m)| {
        s == "False" && r == "ReconciliationFailed" && m.contains("reconciliation panicked")
    });
    assert!(
        env.events("bad").contains("reconciliation panicked"),
        "{}",
        env.events("bad")
    );
    assert!(env.serve.is_running(), "the process lives on");
    assert_eq!(
        http_get(&env.serve.health, "/readyz").map(|r| r.0),
        Some(200)
    );
    assert!(
        metric(
            &env.serve,
            "flux_serve_reconcile_panics_total{controller=\"kustomization\"}"
        )
        .is_some_and(|n| n >= 1.0)
    );
    // Still serving: a change to the good one goes through after the panic.
    env.request("kustomization", "good");
    env.wait_applied("good", &sha);
}

/// Starts a 200-object apply slowed by a client-side rate limit, stops `flux serve` with `stop` once the first
/// objects are in the cluster, restarts it, and checks that the inventory equals the cluster.
fn interrupt_mid_apply(prefix: &str, stop: impl FnOnce(&mut Env)) {
    let _lock = shared();
    // 50 requests per second, no burst: about 400 requests make the apply last several seconds.
    let slow = [
        "--kube-api-qps=50",
        "--kube-api-burst=1",
        "--graceful-shutdown-timeout=60s",
    ];
    let mut env = Env::new(prefix, &slow);
    let sha = many_configmaps(&env, "many", 200);
    env.apply(&ks(
        "many",
        "./app",
        &format!("  targetNamespace: {}\n", env.ns),
    ));
    eventually(Duration::from_secs(90), "the apply to have started", || {
        !owned_configmaps(&env, "many").is_empty()
    });
    let partial = owned_configmaps(&env, "many").len();
    assert!(partial < 200, "not mid-apply: {partial} objects already");
    stop(&mut env);
    env.restart_serve(&[]);
    let obj = env.wait_applied("many", &sha);
    let cluster = owned_configmaps(&env, "many");
    assert_eq!(cluster.len(), 200);
    assert_eq!(
        inventory_names(&obj),
        cluster,
        "inventory equals the cluster"
    );
}

#[test]
fn sigterm_mid_apply_drains_exits_0_and_a_restart_converges() {
    interrupt_mid_apply("rt-term", |env| {
        let started = Instant::now();
        let status = env.serve.terminate_within(Duration::from_secs(70));
        let status = status.unwrap_or_else(|| panic!("flux serve did not stop within its grace"));
        assert!(status.success(), "exit status {status:?}");
        let log = std::fs::read_to_string(&env.serve.log).unwrap_or_default();
        assert!(log.contains("controllers drained"), "{log}");
        eprintln!("drained in {:?}", started.elapsed());
        // The drained reconcile recorded what it applied.
        let obj = env.get("kustomization", "many");
        let recorded = inventory_names(&obj);
        let cluster = owned_configmaps(env, "many");
        assert!(
            recorded.is_superset(&cluster),
            "applied but not recorded: {:?}",
            cluster.difference(&recorded).collect::<Vec<_>>()
        );
    });
}

#[test]
fn sigkill_mid_apply_loses_nothing_after_a_restart() {
    interrupt_mid_apply("rt-kill", |env| env.serve.kill());
}

#[test]
fn an_api_server_outage_mid_apply_is_survived_without_a_restart() {
    // Its own control plane: stopping the shared API server would fail every test running beside this one.
    let cluster = PrivateCluster::start();
    let slow = ["--kube-api-qps=50", "--kube-api-burst=1"];
    let mut env = Env::new("rt-outage", &slow);
    let sha = many_configmaps(&env, "many", 200);
    let retry = Duration::from_secs(20);
    env.apply(&ks(
        "many",
        "./app",
        &format!("  targetNamespace: {}\n  retryInterval: 20s\n", env.ns),
    ));
    eventually(Duration::from_secs(90), "the apply to have started", || {
        !owned_configmaps(&env, "many").is_empty()
    });
    let partial = owned_configmaps(&env, "many").len();
    assert!(partial < 200, "not mid-apply: {partial} objects already");
    cluster.stop_apiserver();
    std::thread::sleep(Duration::from_secs(5));
    cluster.start_apiserver();
    let back = Instant::now();
    assert!(
        env.serve.is_running(),
        "flux serve exited during the outage"
    );
    let obj = env.wait_applied("many", &sha);
    let took = back.elapsed();
    eprintln!(
        "Ready {took:?} after the API server came back ({partial} of 200 objects applied before)"
    );
    // One retry interval, plus the rate-limited apply of the remaining objects (200 objects at 50 qps).
    assert!(
        took < retry + Duration::from_secs(15),
        "Ready only {took:?} after the API server came back"
    );
    assert!(env.serve.is_running(), "flux serve restarted itself");
    let in_cluster = owned_configmaps(&env, "many");
    assert_eq!(in_cluster.len(), 200);
    assert_eq!(
        inventory_names(&obj),
        in_cluster,
        "inventory equals the cluster"
    );
}

#[test]
fn a_restart_on_emptied_storage_is_ready_again_without_reapplying() {
    let _lock = shared();
    let mut env = Env::new("rt-empty", &[]);
    let (_, sha) = env.app_repo(
        "empty",
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\ndata:\n  a: b\n",
    );
    let names = ["one", "two", "three"];
    for name in names {
        env.apply(&ks(
            name,
            "./app",
            &format!(
                "  targetNamespace: {}\n  namePrefix: {name}-\n  retryInterval: 5m\n",
                env.ns
            ),
        ));
    }
    for name in names {
        env.wait_applied(name, &sha);
    }
    let versions = |env: &Env| {
        names
            .iter()
            .map(|n| {
                env.get("configmap", &format!("{n}-cm"))["metadata"]["resourceVersion"].clone()
            })
            .collect::<Vec<_>>()
    };
    let before = versions(&env);
    let status = env.serve.terminate();
    assert!(status.success());
    std::fs::remove_dir_all(env.logs.path().join("storage")).unwrap();
    let restarted = Instant::now();
    env.restart_serve(&[]);
    // Each Kustomization reconciles after the restart (its history records the attempt) and is Ready.
    let mark = k8s_now();
    for name in names {
        eventually(
            Duration::from_secs(60),
            &format!("{name} to reconcile after the restart"),
            || {
                let obj = env.get("kustomization", name);
                let last = obj["status"]["history"][0]["lastReconciled"]
                    .as_str()
                    .unwrap_or_default()
                    .to_string();
                last >= mark
                    && env
                        .ready(name)
                        .is_some_and(|(s, _, m)| s == "True" && m.ends_with(&sha))
            },
        );
    }
    let took = restarted.elapsed();
    eprintln!("ready again {took:?} after the restart");
    assert!(
        took < Duration::from_secs(15),
        "took {took:?}: a missing artifact must be retried when the source stores it again"
    );
    assert_eq!(versions(&env), before, "nothing re-applied");
}

/// Now as RFC 3339 whole seconds, truncated as Kubernetes writes status times, to compare with them.
fn k8s_now() -> String {
    let secs = k8s_openapi::jiff::Timestamp::now().as_second();
    k8s_openapi::jiff::Timestamp::from_second(secs)
        .map(|t| t.to_string())
        .unwrap_or_default()
}

#[test]
fn per_object_state_returns_to_its_baseline_after_churn() {
    let _lock = shared();
    // With this gate every Kustomization holds an interrupt entry (its spec fingerprint) while it exists.
    let env = Env::new(
        "rt-churn",
        &["--feature-gates=CancelHealthCheckOnNewRevision=true"],
    );
    let count: usize = std::env::var("FLUX_CHURN_OBJECTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100);
    // A source that never gets an artifact: nothing is applied, the Kustomizations only wait.
    env.apply(&gitrepo(
        "repo",
        "http://127.0.0.1:9/none.git",
        "  timeout: 1s\n",
    ));
    let mut all = String::new();
    for i in 0..count {
        all.push_str("---\n");
        all.push_str(&ks(&format!("churn-{i:04}"), "./app", ""));
        all.push('\n');
    }
    let gauge = "flux_serve_tracked_objects{controller=\"kustomization\",state=\"interrupts\"}";
    let backoff = "flux_serve_tracked_objects{controller=\"kustomization\",state=\"backoff\"}";
    let rss = || {
        std::fs::read_to_string(format!("/proc/{}/status", env.serve.pid()))
            .ok()
            .and_then(|s| {
                s.lines()
                    .find(|l| l.starts_with("VmRSS:"))
                    .and_then(|l| l.split_whitespace().nth(1)?.parse::<u64>().ok())
            })
            .unwrap_or(0)
    };
    // The baseline: serving, its watches listed, before any Kustomization exists.
    eventually(Duration::from_secs(30), "the gauges to be served", || {
        metric(&env.serve, gauge) == Some(0.0)
    });
    let baseline_kib = rss();
    // More than one round (`FLUX_CHURN_ROUNDS`) tells a leak, which grows every round, from what the first round
    // allocates once (connection pools, caches sized to the peak) and the allocator keeps.
    let rounds: usize = std::env::var("FLUX_CHURN_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1);
    for round in 1..=rounds {
        env.apply(&all);
        eventually(
            Duration::from_secs(120 + count as u64 / 10),
            "every Kustomization to hold state",
            || metric(&env.serve, gauge).is_some_and(|n| n as usize >= count),
        );
        let peak_kib = rss();
        kubectl(
            &[
                "delete",
                "kustomizations",
                "--all",
                "-n",
                &env.ns,
                "--wait=true",
            ],
            None,
        )
        .success();
        eventually(Duration::from_secs(60), "the state to be dropped", || {
            metric(&env.serve, gauge) == Some(0.0) && metric(&env.serve, backoff) == Some(0.0)
        });
        // `flux serve` trims its heap within 5 s of the last deletion (src/controllers/memory.rs).
        std::thread::sleep(Duration::from_secs(7));
        let after_kib = rss();
        eprintln!(
            "round {round}: {count} Kustomizations: RSS {baseline_kib} KiB before, {peak_kib} KiB at the peak, \
             {after_kib} KiB after deletion ({:+} KiB)",
            after_kib as i64 - baseline_kib as i64
        );
    }
}

#[test]
fn two_shards_reconcile_disjoint_objects_under_their_own_leases() {
    let _lock = shared();
    let env = Env::new(
        "rt-shard",
        &[
            "--watch-label-selector=!sharding.fluxcd.io/key",
            "--enable-leader-election=true",
        ],
    );
    let logs = tempfile::tempdir().expect("tempdir");
    let mut shard = Serve::start_with(
        &env.ns,
        logs.path(),
        &[
            "--components=source-controller,kustomize-controller",
            "--watch-all-namespaces=false",
            "--log-encoding=console",
            "--watch-label-selector=sharding.fluxcd.io/key in (shard1)",
        ],
    );
    let work = env.servers.create_repo("sharded", |dir| {
        std::fs::create_dir_all(dir.join("main")).unwrap();
        std::fs::create_dir_all(dir.join("shard")).unwrap();
        std::fs::write(
            dir.join("main/cm.yaml"),
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: of-main\n",
        )
        .unwrap();
        std::fs::write(
            dir.join("shard/cm.yaml"),
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: of-shard\n",
        )
        .unwrap();
    });
    let sha = crate::git_servers::git(&work, &["rev-parse", "HEAD"])
        .trim()
        .to_string();
    let url = env.servers.http_public_url("sharded");
    let labelled = "  labels:\n    sharding.fluxcd.io/key: shard1\n";
    env.apply(&gitrepo("repo", &url, ""));
    env.apply(&gitrepo("repo-shard", &url, "").replacen(
        "metadata:\n",
        &format!("metadata:\n{labelled}"),
        1,
    ));
    let target = format!("  targetNamespace: {}\n", env.ns);
    env.apply(&ks("main", "./main", &target));
    env.apply(
        &ks("shard", "./shard", &target)
            .replacen("metadata:\n", &format!("metadata:\n{labelled}"), 1)
            .replace("name: repo\n", "name: repo-shard\n"),
    );
    env.wait_applied("main", &sha);
    env.wait_applied("shard", &sha);
    // Each artifact comes from the process of its shard.
    let artifact_url = |name: &str| {
        env.get("gitrepository", name)["status"]["artifact"]["url"]
            .as_str()
            .unwrap_or_default()
            .to_string()
    };
    assert!(artifact_url("repo").contains(&env.serve.storage));
    assert!(artifact_url("repo-shard").contains(&shard.storage));
    let main_log = std::fs::read_to_string(&env.serve.log).unwrap_or_default();
    let shard_log = std::fs::read_to_string(&shard.log).unwrap_or_default();
    assert!(!main_log.contains("repo-shard"), "{main_log}");
    // Neither process logs a reconcile of the other's Kustomization (console lines name it in the span:
    // `reconcile{… controllerKind=Kustomization name=main namespace=…}`).
    let reconciles = |log: &str, name: &str| {
        let span = format!(
            "controllerKind=Kustomization name={name} namespace={}",
            env.ns
        );
        log.lines().any(|l| l.contains(&span))
    };
    assert!(reconciles(&main_log, "main"), "{main_log}");
    assert!(!reconciles(&shard_log, "main"), "{shard_log}");
    assert!(reconciles(&shard_log, "shard"), "{shard_log}");
    // Each holds its own lease.
    let leases = kubectl(
        &[
            "get",
            "leases",
            "-n",
            &env.ns,
            "-o",
            "jsonpath={range .items[*]}{.metadata.name}{\"\\n\"}{end}",
        ],
        None,
    )
    .stdout;
    assert!(
        leases
            .lines()
            .filter(|l| l.starts_with("flux-leader-election-"))
            .count()
            >= 2,
        "{leases}"
    );
    assert!(shard.is_running());
}

#[test]
fn strict_substitution_is_the_default_and_its_gate_turns_it_off() {
    let _lock = shared();
    let mut env = Env::new("rt-gates", &[]);
    let (_, sha) = env.app_repo(
        "gates",
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\ndata:\n  a: \"x${missing}\"\n  b: \"${known}\"\n",
    );
    env.apply(&ks(
        "subst",
        "./app",
        &format!(
            "  targetNamespace: {}\n  postBuild:\n    substitute:\n      known: k\n",
            env.ns
        ),
    ));
    env.wait(
        "subst",
        "strict substitution to fail the build",
        |(s, r, m)| {
            s == "False"
                && r == "BuildFailed"
                && m.contains("variable not set (strict mode): \"missing\"")
        },
    );
    env.serve.terminate();
    env.restart_serve(&["--feature-gates=StrictPostBuildSubstitutions=false"]);
    env.request("kustomization", "subst");
    env.wait_applied("subst", &sha);
    assert_eq!(env.get("configmap", "cm")["data"]["a"], "x");
}
