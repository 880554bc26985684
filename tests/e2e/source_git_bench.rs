//! Figures for GitRepository (not pass/fail): resident memory of `flux serve` reconciling 100 GitRepositories,
//! and how long they take to become Ready. Run with
//! `cargo test --test e2e source_git_bench -- --ignored --nocapture`.

use std::time::{Duration, Instant};

use crate::git_servers::GitServers;
use crate::harness::{eventually, kubectl, shared};
use crate::source_git::{Env, fill_app, gitrepo};

fn rss_kib(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.split_whitespace().next()?.parse().ok())
        .unwrap_or(0)
}

#[test]
#[ignore = "benchmark: prints figures, run with --ignored --nocapture"]
fn rss_of_serve_with_100_git_repositories() {
    let _lock = shared();
    let servers = GitServers::start();
    servers.create_repo("app", fill_app);
    let env = Env::new("gitrepo-bench");
    std::thread::sleep(Duration::from_secs(2));
    let idle = rss_kib(env.serve.pid());
    let url = servers.http_public_url("app");
    let docs: Vec<String> = (0..100)
        .map(|i| gitrepo(&format!("app-{i}"), &url, ""))
        .collect();
    let started = Instant::now();
    env.apply(&docs.join("\n---\n"));
    eventually(
        Duration::from_secs(300),
        "100 GitRepositories Ready",
        || {
            let out = kubectl(
                &[
                    "get",
                    "gitrepositories",
                    "-n",
                    &env.ns,
                    "-o",
                    "jsonpath={.items[*].status.conditions[?(@.type==\"Ready\")].status}",
                ],
                None,
            );
            out.stdout
                .split_whitespace()
                .filter(|s| *s == "True")
                .count()
                == 100
        },
    );
    let ready_in = started.elapsed();
    std::thread::sleep(Duration::from_secs(5));
    let loaded = rss_kib(env.serve.pid());
    eprintln!(
        "flux serve RSS: {} MiB idle, {} MiB with 100 GitRepositories Ready (all Ready {:.1}s after apply)",
        idle / 1024,
        loaded / 1024,
        ready_in.as_secs_f64()
    );
}
