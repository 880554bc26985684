//! Figures for `flux bootstrap github` (not pass/fail): the wall time of a first bootstrap and of a re-run on the
//! test control plane, against the GitHub emulator, and what each step cost (time from one progress line to the
//! next). Run with `cargo test --test e2e bootstrap_bench -- --ignored --nocapture`.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::Instant;

use crate::harness::{Serve, cluster, ensure_crds, exclusive, flux, flux_bin};
use crate::providers::{Flavor, ProviderEmulator};

/// Runs one bootstrap and prints every progress line with the milliseconds since the previous one.
fn timed_bootstrap(emu: &ProviderEmulator, ns: &str) -> u128 {
    let start = Instant::now();
    let mut child = Command::new(flux_bin())
        .arg(format!("--kubeconfig={}", cluster().kubeconfig.display()))
        .args([
            "bootstrap",
            "github",
            &format!("--hostname={}", emu.host()),
            &format!("--ca-file={}", emu.ca_file().display()),
            &format!("--ssh-hostname={}", emu.ssh_host()),
            "--owner=alice",
            "--repository=fleet",
            "--personal",
            "--path=clusters/dev",
            "--components=source-controller,kustomize-controller",
            "-n",
            ns,
        ])
        .env("GITHUB_TOKEN", "bench-token")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("flux runs");
    let mut last = start;
    for line in BufReader::new(child.stderr.take().expect("stderr is piped"))
        .lines()
        .map_while(Result::ok)
    {
        let now = Instant::now();
        println!("{:>6} ms  {line}", (now - last).as_millis());
        last = now;
    }
    let status = child.wait().expect("flux exits");
    assert!(status.success(), "bootstrap failed");
    start.elapsed().as_millis()
}

#[test]
#[ignore = "benchmark: prints figures, run with --ignored --nocapture"]
fn bootstrap_bench_github_wall_time_and_steps() {
    let _lock = exclusive();
    ensure_crds();
    let ns = "bs-bench";
    let emu = ProviderEmulator::start(Flavor::GitHub);
    emu.add_user("alice", "bench-token");
    let logs = tempfile::tempdir().expect("tempdir");
    let serve = Serve::start_with(
        ns,
        logs.path(),
        &[
            "--components=source-controller,kustomize-controller",
            "--watch-all-namespaces=false",
        ],
    );
    println!("first bootstrap (creates the repository and the deploy key):");
    let first = timed_bootstrap(&emu, ns);
    println!("re-run (nothing to change):");
    let again = timed_bootstrap(&emu, ns);
    println!(
        "bootstrap wall time: first {first} ms, re-run {again} ms; provider API requests: {}",
        emu.requests()
            .iter()
            .filter(|r| r.contains("/api/"))
            .count()
    );
    drop(serve);
    flux(&["uninstall", "--silent", "-n", ns]);
    ensure_crds();
}
