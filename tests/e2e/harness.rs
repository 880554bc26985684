//! The e2e harness: finds or starts the shared control plane, runs the `flux` binary and kubectl against it,
//! runs `flux serve` in the background, and locates the shared corpus.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::{OnceLock, RwLock, RwLockReadGuard, RwLockWriteGuard};
use std::time::{Duration, Instant};

/// The running control plane.
pub struct Cluster {
    /// Admin kubeconfig (client certificate in system:masters).
    pub kubeconfig: PathBuf,
}

/// The shared control plane, started on first use.
pub fn cluster() -> &'static Cluster {
    static CLUSTER: OnceLock<Cluster> = OnceLock::new();
    CLUSTER.get_or_init(|| {
        if let Ok(path) = std::env::var("FLUX_E2E_KUBECONFIG") {
            return Cluster {
                kubeconfig: PathBuf::from(path),
            };
        }
        let script = project_root().join("tests/e2e/cluster.sh");
        let out = Command::new(&script)
            .arg("start")
            .stderr(Stdio::inherit())
            .output()
            .unwrap_or_else(|e| panic!("cannot run {}: {e}", script.display()));
        assert!(out.status.success(), "the test control plane did not start");
        let kubeconfig = String::from_utf8_lossy(&out.stdout).trim().to_string();
        Cluster {
            kubeconfig: PathBuf::from(kubeconfig),
        }
    })
}

thread_local! {
    /// A control plane of this test's own, set by [`PrivateCluster::start`] for the thread that started it.
    static PRIVATE_KUBECONFIG: std::cell::RefCell<Option<PathBuf>> = const { std::cell::RefCell::new(None) };
}

/// The kubeconfig every helper here uses: the test's private control plane if it started one, else the
/// shared one.
pub fn kubeconfig() -> PathBuf {
    PRIVATE_KUBECONFIG
        .with(|private| private.borrow().clone())
        .unwrap_or_else(|| cluster().kubeconfig.clone())
}

/// The API server's audit log of the control plane the tests talk to.
pub fn audit_log() -> PathBuf {
    kubeconfig()
        .parent()
        .map(|d| d.join("audit.log"))
        .unwrap_or_default()
}

/// Lines in the audit log now (a mark to read the requests made after it).
pub fn audit_lines() -> usize {
    std::fs::read_to_string(audit_log()).map_or(0, |t| t.lines().count())
}

/// A control plane of one test's own, for what would disturb the others (stopping the API server). While it
/// lives, `kubectl`, `flux` and `Serve` on the thread that started it talk to it; dropping it stops it.
pub struct PrivateCluster {
    dir: tempfile::TempDir,
}

impl PrivateCluster {
    pub fn start() -> Self {
        let dir = tempfile::tempdir().expect("tempdir");
        let script = project_root().join("tests/e2e/cluster.sh");
        let out = Command::new(&script)
            .arg("start")
            .arg(dir.path())
            .stderr(Stdio::inherit())
            .output()
            .unwrap_or_else(|e| panic!("cannot run {}: {e}", script.display()));
        assert!(
            out.status.success(),
            "the private control plane did not start"
        );
        let path = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
        PRIVATE_KUBECONFIG.with(|private| *private.borrow_mut() = Some(path));
        Self { dir }
    }

    fn signal(&self, signal: &str) {
        let pid = std::fs::read_to_string(self.dir.path().join("pid")).expect("control plane pid");
        let status = Command::new("kill")
            .args([signal, pid.trim()])
            .status()
            .expect("kill runs");
        assert!(status.success(), "kill {signal} {pid}");
    }

    /// Stops kube-apiserver (etcd and the other components keep running) and waits until it is gone.
    pub fn stop_apiserver(&self) {
        self.signal("-USR1");
        let mark = self.dir.path().join("apiserver-stopped");
        eventually(Duration::from_secs(30), "kube-apiserver to stop", || {
            mark.exists()
        });
    }

    /// Starts kube-apiserver again and waits until it serves.
    pub fn start_apiserver(&self) {
        self.signal("-USR2");
        let mark = self.dir.path().join("apiserver-stopped");
        eventually(
            Duration::from_secs(90),
            "kube-apiserver to serve again",
            || !mark.exists(),
        );
    }
}

impl Drop for PrivateCluster {
    fn drop(&mut self) {
        PRIVATE_KUBECONFIG.with(|private| *private.borrow_mut() = None);
        let _ = Command::new(project_root().join("tests/e2e/cluster.sh"))
            .arg("stop")
            .arg(self.dir.path())
            .output();
    }
}

static CLUSTER_LOCK: RwLock<()> = RwLock::new(());

/// Tests that change cluster-wide state (CRDs, Flux's namespace, a serve watching every namespace) hold this
/// for their whole run.
pub fn exclusive() -> RwLockWriteGuard<'static, ()> {
    CLUSTER_LOCK
        .write()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Tests that need the CRDs installed and no cluster-wide controller running hold this; many may run at once.
pub fn shared() -> RwLockReadGuard<'static, ()> {
    CLUSTER_LOCK
        .read()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Applies Flux's CRDs (only the CRDs of `flux install --export`) if a test before us removed them.
pub fn ensure_crds() {
    let export = flux(&[
        "install",
        "--export",
        "--components-extra=image-reflector-controller,image-automation-controller,source-watcher",
    ])
    .success()
    .stdout;
    let crds: Vec<&str> = export
        .split("\n---\n")
        .filter(|doc| doc.contains("\nkind: CustomResourceDefinition\n"))
        .collect();
    assert!(!crds.is_empty(), "flux install --export holds no CRDs");
    let yaml = crds.join("\n---\n");
    kubectl(
        &["apply", "--server-side", "--force-conflicts", "-f", "-"],
        Some(&yaml),
    )
    .success();
    kubectl(
        &[
            "wait",
            "--for=condition=Established",
            "--timeout=60s",
            "crd/gitrepositories.source.toolkit.fluxcd.io",
        ],
        None,
    )
    .success();
}

pub fn project_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `../shared/corpus` next to the project, or `$FLUX_CORPUS`. A missing corpus fails the test.
pub fn corpus() -> PathBuf {
    let dir = std::env::var("FLUX_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|_| project_root().join("../shared/corpus"));
    assert!(
        dir.is_dir(),
        "the shared corpus is missing at {} (set FLUX_CORPUS)",
        dir.display()
    );
    dir
}

/// The `flux` binary under test.
pub fn flux_bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_flux"))
}

/// The result of one command.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    fn from(out: Output) -> Self {
        Self {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    /// Panics with both streams unless the command exited 0.
    pub fn success(self) -> Self {
        assert_eq!(
            self.code, 0,
            "command failed\nstdout:\n{}\nstderr:\n{}",
            self.stdout, self.stderr
        );
        self
    }
}

/// Runs `flux` with the cluster's kubeconfig.
pub fn flux(args: &[&str]) -> Run {
    let kubeconfig = kubeconfig().display().to_string();
    let out = Command::new(flux_bin())
        .arg(format!("--kubeconfig={kubeconfig}"))
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("flux binary runs");
    Run::from(out)
}

/// Runs `flux` without any cluster flag, with a given environment.
pub fn flux_raw(args: &[&str], env: &[(&str, &str)]) -> Run {
    let mut cmd = Command::new(flux_bin());
    cmd.args(args).stdin(Stdio::null()).env_remove("KUBECONFIG");
    for (k, v) in env {
        cmd.env(k, v);
    }
    Run::from(cmd.output().expect("flux binary runs"))
}

/// Runs kubectl against the cluster, feeding `stdin` if given.
pub fn kubectl(args: &[&str], stdin: Option<&str>) -> Run {
    use std::io::Write;
    let mut child = Command::new("kubectl")
        .arg(format!("--kubeconfig={}", kubeconfig().display()))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("kubectl runs");
    if let (Some(mut pipe), Some(input)) = (child.stdin.take(), stdin) {
        pipe.write_all(input.as_bytes())
            .expect("write kubectl stdin");
    }
    Run::from(child.wait_with_output().expect("kubectl finishes"))
}

/// Polls `cond` every 250 ms until it holds or `limit` passes.
pub fn eventually(limit: Duration, what: &str, mut cond: impl FnMut() -> bool) {
    let deadline = Instant::now() + limit;
    while Instant::now() < deadline {
        if cond() {
            return;
        }
        std::thread::sleep(Duration::from_millis(250));
    }
    panic!("timed out after {limit:?} waiting for {what}");
}

/// A free loopback port, for a server a test starts.
///
/// Ports come from below Linux's ephemeral range (32768–60999), handed out once each per test process. A port
/// the kernel picked for `bind(…:0)` is free only until the next outgoing connection: the clients of a hundred
/// parallel tests take ephemeral ports all the time, and one once took a port between this call and the
/// server's own bind (`Address already in use`). No client is ever given a port below the range.
pub fn free_port() -> u16 {
    use std::sync::atomic::{AtomicU32, Ordering};
    const FIRST: u32 = 20_000;
    const COUNT: u32 = 32_768 - FIRST;
    // Start where the process id points, so two test binaries running at once rarely walk the same ports.
    static NEXT: AtomicU32 = AtomicU32::new(u32::MAX);
    let _ = NEXT.compare_exchange(
        u32::MAX,
        std::process::id() % COUNT,
        Ordering::SeqCst,
        Ordering::SeqCst,
    );
    for _ in 0..COUNT {
        let port = (FIRST + NEXT.fetch_add(1, Ordering::SeqCst) % COUNT) as u16;
        if TcpListener::bind(("127.0.0.1", port)).is_ok() {
            return port;
        }
    }
    panic!("no free loopback port from {FIRST} up")
}

/// `flux serve` in the background; stopped with SIGTERM when dropped.
pub struct Serve {
    child: Child,
    /// Where `/healthz` and `/readyz` are served.
    pub health: String,
    /// Where `/metrics` is served.
    pub metrics: String,
    /// Where artifacts are served (by the leader only).
    pub storage: String,
    /// notification-controller's events endpoint (`--events-addr`).
    pub events: String,
    /// The webhook receiver (`--receiver-addr`).
    pub receiver: String,
    /// The log file.
    pub log: PathBuf,
}

impl Serve {
    /// Controllers reconcile only `namespace`, so a serve started by one test never touches another test's
    /// objects.
    pub fn start(namespace: &str, log_dir: &Path) -> Self {
        Self::start_with(namespace, log_dir, &["--watch-all-namespaces=false"])
    }

    /// Only the source controller, no leader election, watching `namespace` only: one per test.
    pub fn start_source(namespace: &str, log_dir: &Path) -> Self {
        Self::start_with(
            namespace,
            log_dir,
            &[
                "--components=source-controller",
                "--enable-leader-election=false",
                "--watch-all-namespaces=false",
                "--log-encoding=console",
                "--log-level=info",
            ],
        )
    }

    /// `flux serve` with the artifact store in `log_dir/storage` on a free loopback port, plus `extra` flags.
    pub fn start_with(namespace: &str, log_dir: &Path, extra: &[&str]) -> Self {
        Self::start_with_env(namespace, log_dir, extra, &[])
    }

    /// [`Serve::start_with`] with environment variables `env` set for the process.
    pub fn start_with_env(
        namespace: &str,
        log_dir: &Path,
        extra: &[&str],
        env: &[(&str, &str)],
    ) -> Self {
        let storage = format!("127.0.0.1:{}", free_port());
        Self::start_at(namespace, log_dir, extra, env, &storage)
    }

    /// [`Serve::start_with_env`] serving artifacts at `storage` (`host:port`): a hand-over test gives both
    /// sides one address, as a cluster's Service name is the same whichever controller serves behind it.
    pub fn start_at(
        namespace: &str,
        log_dir: &Path,
        extra: &[&str],
        env: &[(&str, &str)],
        storage: &str,
    ) -> Self {
        let storage = storage.to_string();
        let health = format!("127.0.0.1:{}", free_port());
        let metrics = format!("127.0.0.1:{}", free_port());
        // Every serve gets its own notification ports, so that serves of parallel tests never collide.
        let events = format!("127.0.0.1:{}", free_port());
        let receiver = format!("127.0.0.1:{}", free_port());
        let storage_path = log_dir.join("storage").display().to_string();
        let log = log_dir.join("serve.log");
        let file = std::fs::File::create(&log).expect("create serve log");
        let child = Command::new(flux_bin())
            .arg(format!("--kubeconfig={}", kubeconfig().display()))
            .args([
                "serve",
                "-n",
                namespace,
                "--health-addr",
                &health,
                "--metrics-addr",
                &metrics,
                "--storage-addr",
                &storage,
                "--storage-adv-addr",
                &storage,
                "--storage-path",
                &storage_path,
                "--events-addr",
                &events,
                "--receiver-addr",
                &receiver,
            ])
            .args(extra)
            .envs(env.iter().copied())
            .stdout(file.try_clone().expect("log handle"))
            .stderr(file)
            .spawn()
            .expect("flux serve starts");
        Self {
            child,
            health,
            metrics,
            storage,
            events,
            receiver,
            log,
        }
    }

    /// Process id of `flux serve` (for resource measurements).
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// True while the process has not exited.
    pub fn is_running(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }

    /// Sends SIGKILL (no chance to drain) and reaps the process.
    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// Sends SIGTERM and waits up to `limit` for the exit status (`None`: still running).
    pub fn terminate_within(&mut self, limit: Duration) -> Option<std::process::ExitStatus> {
        self.signal_term();
        let deadline = Instant::now() + limit;
        while Instant::now() < deadline {
            if let Ok(Some(status)) = self.child.try_wait() {
                return Some(status);
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        None
    }

    /// Sends SIGTERM and waits for the exit status.
    pub fn terminate(&mut self) -> std::process::ExitStatus {
        self.signal_term();
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if let Ok(Some(status)) = self.child.try_wait() {
                return status;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        let _ = self.child.kill();
        panic!("flux serve did not stop within 20s of SIGTERM");
    }
}

impl Serve {
    /// SIGTERM, only while the child is unreaped: once reaped its pid may already belong to another process.
    fn signal_term(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = Command::new("kill")
                .args(["-TERM", &self.child.id().to_string()])
                .status();
        }
    }
}

impl Drop for Serve {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            self.signal_term();
            let _ = self.child.wait();
        }
    }
}

/// A minimal HTTP GET over a plain TCP socket (the probe endpoints are plain HTTP/1.1).
pub fn http_get(addr: &str, path: &str) -> Option<(u16, String)> {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(addr).ok()?;
    stream.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .ok()?;
    let mut buf = String::new();
    stream.read_to_string(&mut buf).ok()?;
    let status = buf.split_whitespace().nth(1)?.parse().ok()?;
    let body = buf
        .split_once("\r\n\r\n")
        .map(|x| x.1.to_string())
        .unwrap_or_default();
    Some((status, body))
}

/// The directory of Flux v2.9.5's own controllers and CRDs (`tests/e2e/flux/build.sh` prints it; `tests/run.sh`
/// exports it as `FLUX_CONTROLLERS`). `None` when unset: the tests that compare with Flux then skip.
pub fn flux_controllers_dir() -> Option<PathBuf> {
    std::env::var_os("FLUX_CONTROLLERS")
        .filter(|d| !d.is_empty())
        .map(PathBuf::from)
}

/// Flux's own controllers (built by `tests/e2e/flux/build.sh`) run outside the cluster against the test control
/// plane, the way `flux serve` runs: no leader election, artifacts on a free loopback port, each controller on
/// its own metrics and health ports. Stopped with SIGTERM when dropped.
pub struct FluxControllers {
    children: Vec<(String, Child)>,
    /// One log file per controller, `<dir>/<controller>.log`.
    pub log_dir: PathBuf,
}

impl FluxControllers {
    /// Starts `controllers` (e.g. `["source-controller", "kustomize-controller"]`) from `dir`, reconciling only
    /// `namespace` (Flux's controllers watch `RUNTIME_NAMESPACE` when `--watch-all-namespaces=false`), with the
    /// storage of source-controller in `log_dir/flux-storage`, and `extra` flags for every controller (e.g.
    /// `--feature-gates=…`).
    pub fn start_with(
        dir: &Path,
        controllers: &[&str],
        namespace: &str,
        log_dir: &Path,
        extra: &[&str],
    ) -> Self {
        let storage = format!("127.0.0.1:{}", free_port());
        Self::start_at(dir, controllers, namespace, log_dir, extra, &storage)
    }

    /// [`FluxControllers::start_with`] with source-controller serving artifacts at `storage` (`host:port`).
    pub fn start_at(
        dir: &Path,
        controllers: &[&str],
        namespace: &str,
        log_dir: &Path,
        extra: &[&str],
        storage: &str,
    ) -> Self {
        let storage_path = log_dir.join("flux-storage");
        std::fs::create_dir_all(&storage_path).expect("create flux storage");
        let mut children = Vec::new();
        for name in controllers {
            let log = log_dir.join(format!("{name}.log"));
            let file = std::fs::File::create(&log).expect("create controller log");
            let mut cmd = Command::new(dir.join(name));
            cmd.env("KUBECONFIG", kubeconfig())
                .env("RUNTIME_NAMESPACE", namespace)
                .args([
                    "--enable-leader-election=false",
                    "--watch-all-namespaces=false",
                    "--log-encoding=console",
                ])
                .arg(format!("--metrics-addr=127.0.0.1:{}", free_port()))
                .arg(format!("--health-addr=127.0.0.1:{}", free_port()))
                .args(extra);
            if *name == "source-controller" {
                cmd.arg(format!("--storage-path={}", storage_path.display()))
                    .arg(format!("--storage-addr={storage}"))
                    .arg(format!("--storage-adv-addr={storage}"));
            }
            let child = cmd
                .stdout(file.try_clone().expect("log handle"))
                .stderr(file)
                .spawn()
                .unwrap_or_else(|e| panic!("cannot start {}: {e}", dir.join(name).display()));
            children.push((name.to_string(), child));
        }
        Self {
            children,
            log_dir: log_dir.to_path_buf(),
        }
    }

    /// Every controller's log, for a failure message.
    pub fn logs(&self) -> String {
        self.children
            .iter()
            .map(|(name, _)| {
                let text = std::fs::read_to_string(self.log_dir.join(format!("{name}.log")))
                    .unwrap_or_default();
                format!("--- {name}\n{text}")
            })
            .collect()
    }

    /// Sends SIGTERM to every controller and waits for them to exit (SIGKILL after 30 s: a controller that hangs
    /// on shutdown must not hold up the test that hands over to `flux serve`).
    pub fn stop(&mut self) {
        for (_, child) in &self.children {
            let _ = Command::new("kill")
                .args(["-TERM", &child.id().to_string()])
                .status();
        }
        let deadline = Instant::now() + Duration::from_secs(30);
        // Drained: a second stop (the drop after an explicit stop) has nothing left to signal.
        for (_, mut child) in self.children.drain(..) {
            while Instant::now() < deadline && matches!(child.try_wait(), Ok(None)) {
                std::thread::sleep(Duration::from_millis(100));
            }
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

impl Drop for FluxControllers {
    fn drop(&mut self) {
        self.stop();
    }
}

/// Replaces the cluster's Flux CRDs with Flux v2.9.5's own (`crds/` of [`flux_controllers_dir`]); ours come back
/// when the guard is dropped, so a failing test leaves the cluster as the next test expects. Hold
/// [`exclusive`]: the other tests run against our CRDs.
pub struct FluxCrds;

impl FluxCrds {
    pub fn install(dir: &Path) -> Self {
        kubectl(
            &[
                "apply",
                "--server-side",
                "--force-conflicts",
                "-f",
                &dir.join("crds").display().to_string(),
            ],
            None,
        )
        .success();
        kubectl(
            &[
                "wait",
                "--for=condition=Established",
                "--timeout=60s",
                "crd/gitrepositories.source.toolkit.fluxcd.io",
                "crd/kustomizations.kustomize.toolkit.fluxcd.io",
            ],
            None,
        )
        .success();
        Self
    }
}

impl Drop for FluxCrds {
    fn drop(&mut self) {
        ensure_crds();
    }
}
