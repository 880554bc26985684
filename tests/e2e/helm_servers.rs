//! The chart servers of the Helm source tests: an HTTP chart repository (nginx, basic auth on `/private/`, a
//! private-CA HTTPS listener) and an OCI registry (Debian's docker-registry with htpasswd), both filled with
//! podinfo packaged and pushed by the real `helm` v4.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use crate::harness::{corpus, eventually, free_port};

/// User and password of the chart repository's `/private/`.
pub const USER: &str = "charts";
/// Password of [`USER`].
pub const PASSWORD: &str = "chart-pass-7f3a";

/// The real `helm` v4 (built and cached by tests/differential/build-oracles.sh).
pub fn helm_bin() -> PathBuf {
    let script = crate::harness::project_root().join("tests/differential/build-oracles.sh");
    let out = Command::new(&script)
        .stderr(Stdio::inherit())
        .output()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", script.display()));
    assert!(out.status.success(), "helm v4 could not be built");
    PathBuf::from(String::from_utf8_lossy(&out.stdout).trim())
}

fn helm(args: &[&str]) {
    let out = Command::new(helm_bin())
        .args(args)
        .output()
        .expect("helm runs");
    assert!(
        out.status.success(),
        "helm {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// nginx serving `<dir>/charts` as `/public/` and, with basic auth, as `/private/`.
pub struct ChartServer {
    pub dir: tempfile::TempDir,
    child: Child,
    pub port: u16,
    /// The same over HTTPS, with a certificate signed by the private CA in `<dir>/ca.crt`.
    pub tls_port: u16,
}

impl ChartServer {
    /// A repository holding podinfo 6.14.1 (the corpus chart) and 6.15.0, packaged and indexed with helm (chart
    /// URLs relative to the index).
    pub fn start() -> Self {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path();
        let charts = root.join("charts");
        std::fs::create_dir_all(&charts).unwrap();
        let podinfo = corpus().join("charts/podinfo");
        Self::package(&podinfo, &charts, None);
        Self::package(&podinfo, &charts, Some("6.15.0"));
        helm(&["repo", "index", &charts.display().to_string()]);
        for d in ["body", "fcgi", "proxy", "uwsgi", "scgi"] {
            std::fs::create_dir_all(root.join("nginx").join(d)).unwrap();
        }
        std::fs::write(
            root.join("htpasswd"),
            format!("{USER}:{{PLAIN}}{PASSWORD}\n"),
        )
        .unwrap();
        let port = free_port();
        let tls_port = free_port();
        crate::git_servers::issue_certificate(root);
        let r = root.display();
        let conf = format!(
            "user root; worker_processes 1; daemon off; pid {r}/nginx.pid; error_log {r}/nginx-error.log;\n\
             events {{}}\nhttp {{ access_log {r}/access.log; client_body_temp_path {r}/nginx/body; \
             fastcgi_temp_path {r}/nginx/fcgi; proxy_temp_path {r}/nginx/proxy; uwsgi_temp_path {r}/nginx/uwsgi; \
             scgi_temp_path {r}/nginx/scgi;\n server {{ listen 127.0.0.1:{port};\n\
             location /public/ {{ alias {r}/charts/; }}\n\
             location /private/ {{ auth_basic \"charts\"; auth_basic_user_file {r}/htpasswd; alias {r}/charts/; }}\n\
             }}\n server {{ listen 127.0.0.1:{tls_port} ssl; ssl_certificate {r}/tls.crt; ssl_certificate_key {r}/tls.key;\n\
             location /public/ {{ alias {r}/charts/; }}\n\
             }} }}\n"
        );
        std::fs::write(root.join("nginx.conf"), conf).unwrap();
        let child = Command::new("nginx")
            .args(["-c", &root.join("nginx.conf").display().to_string()])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("nginx starts");
        eventually(Duration::from_secs(10), "nginx listens", || {
            std::net::TcpStream::connect(("127.0.0.1", port)).is_ok()
                && std::net::TcpStream::connect(("127.0.0.1", tls_port)).is_ok()
        });
        Self {
            dir,
            child,
            port,
            tls_port,
        }
    }

    /// `helm package` of `chart`, optionally with another version.
    fn package(chart: &Path, dest: &Path, version: Option<&str>) {
        let mut args = vec!["package".to_string(), chart.display().to_string()];
        args.extend(["-d".into(), dest.display().to_string()]);
        if let Some(v) = version {
            args.extend(["--version".into(), v.into()]);
        }
        let refs: Vec<&str> = args.iter().map(String::as_str).collect();
        helm(&refs);
    }

    pub fn url(&self, prefix: &str) -> String {
        format!("http://127.0.0.1:{}/{prefix}", self.port)
    }

    pub fn https_url(&self, prefix: &str) -> String {
        format!("https://127.0.0.1:{}/{prefix}", self.tls_port)
    }

    pub fn ca_pem(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("ca.crt")).expect("ca.crt")
    }

    pub fn file(&self, name: &str) -> Vec<u8> {
        std::fs::read(self.dir.path().join("charts").join(name)).expect("repository file")
    }

    /// Adds podinfo `version` to the repository and re-indexes it.
    pub fn publish(&self, version: &str) {
        let charts = self.dir.path().join("charts");
        Self::package(&corpus().join("charts/podinfo"), &charts, Some(version));
        helm(&["repo", "index", &charts.display().to_string()]);
    }
}

impl Drop for ChartServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Debian's docker-registry on loopback with htpasswd auth, holding podinfo pushed by the real `helm push`.
pub struct Registry {
    dir: tempfile::TempDir,
    child: Child,
    pub port: u16,
}

/// User of the registry.
pub const REGISTRY_USER: &str = "regu";
/// Password of [`REGISTRY_USER`].
pub const REGISTRY_PASSWORD: &str = "reg-pass-93c1";

impl Registry {
    pub fn start(charts: &ChartServer) -> Self {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path();
        let htpasswd = Command::new("htpasswd")
            .args(["-Bbn", REGISTRY_USER, REGISTRY_PASSWORD])
            .output()
            .expect("htpasswd runs (apache2-utils)");
        std::fs::write(root.join("htpasswd"), htpasswd.stdout).unwrap();
        let port = free_port();
        let r = root.display();
        std::fs::write(
            root.join("config.yml"),
            format!(
                "version: 0.1\nlog: {{level: warn}}\nstorage: {{filesystem: {{rootdirectory: {r}/data}}}}\n\
                 http: {{addr: 127.0.0.1:{port}}}\nauth: {{htpasswd: {{realm: charts, path: {r}/htpasswd}}}}\n"
            ),
        )
        .unwrap();
        let child = Command::new("docker-registry")
            .args(["serve", &root.join("config.yml").display().to_string()])
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(root.join("registry.log")).unwrap())
            .spawn()
            .expect("docker-registry starts");
        eventually(Duration::from_secs(10), "the registry listens", || {
            std::net::TcpStream::connect(("127.0.0.1", port)).is_ok()
        });
        let reg = Self { dir, child, port };
        let config = reg.dir.path().join("helm-registry.json");
        let helm_env = |args: &[&str]| {
            let out = Command::new(helm_bin())
                .args(args)
                .env("HELM_REGISTRY_CONFIG", &config)
                .output()
                .expect("helm runs");
            assert!(
                out.status.success(),
                "helm {args:?}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        };
        let host = format!("127.0.0.1:{port}");
        helm_env(&[
            "registry",
            "login",
            &host,
            "-u",
            REGISTRY_USER,
            "-p",
            REGISTRY_PASSWORD,
            "--plain-http",
        ]);
        for file in ["podinfo-6.14.1.tgz", "podinfo-6.15.0.tgz"] {
            let path = charts.dir.path().join("charts").join(file);
            helm_env(&[
                "push",
                &path.display().to_string(),
                &format!("oci://{host}/charts"),
                "--plain-http",
            ]);
        }
        reg
    }
}

impl Drop for Registry {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
