//! A real S3 server for the Bucket tests: MinIO, built from its Go module by `tests/e2e/s3/build-minio.sh`
//! (cached in `~/.cache/flux-e2e`, or named by `FLUX_E2E_MINIO`), started on a free loopback port with a
//! temporary data directory and stopped when dropped. [`Minio::put`] and friends sign their requests with the
//! root credentials through `rusty-s3`, the signer the controller uses.

use std::process::{Child, Command, Stdio};
use std::time::Duration;

use rusty_s3::{Bucket, Credentials, S3Action, UrlStyle};

use crate::harness::{eventually, free_port, project_root};

/// The root user of the test server.
pub const ROOT_USER: &str = "flux-e2e";
/// Its password (MinIO wants at least eight characters).
pub const ROOT_PASSWORD: &str = "flux-e2e-secret-7c1d";

/// A running MinIO.
pub struct Minio {
    child: Child,
    _data: tempfile::TempDir,
    port: u16,
    http: reqwest::blocking::Client,
}

/// The MinIO binary: `FLUX_E2E_MINIO`, else what the build script prints (building it on first use).
fn binary() -> String {
    if let Ok(path) = std::env::var("FLUX_E2E_MINIO") {
        return path;
    }
    let script = project_root().join("tests/e2e/s3/build-minio.sh");
    let out = Command::new(&script)
        .stderr(Stdio::inherit())
        .output()
        .expect("tests/e2e/s3/build-minio.sh runs");
    assert!(out.status.success(), "building minio failed");
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

impl Minio {
    /// Starts MinIO and waits until it answers.
    pub fn start() -> Self {
        let data = tempfile::tempdir().expect("tempdir");
        let port = free_port();
        let console = free_port();
        let log = std::fs::File::create(data.path().join("minio.log")).expect("log file");
        let child = Command::new(binary())
            .args([
                "server",
                &data.path().join("data").display().to_string(),
                "--address",
                &format!("127.0.0.1:{port}"),
                "--console-address",
                &format!("127.0.0.1:{console}"),
                "--quiet",
            ])
            .env("MINIO_ROOT_USER", ROOT_USER)
            .env("MINIO_ROOT_PASSWORD", ROOT_PASSWORD)
            .env("MINIO_BROWSER", "off")
            .stdout(log.try_clone().expect("log file"))
            .stderr(log)
            .spawn()
            .expect("minio starts");
        // reqwest is built without a crypto provider of its own: install the process one, as `flux` does.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let http = reqwest::blocking::Client::new();
        let ready = format!("http://127.0.0.1:{port}/minio/health/ready");
        eventually(Duration::from_secs(30), "minio is ready", || {
            http.get(&ready)
                .send()
                .is_ok_and(|r| r.status().is_success())
        });
        Self {
            child,
            _data: data,
            port,
            http,
        }
    }

    /// `host:port`, as `spec.endpoint` takes it.
    pub fn endpoint(&self) -> String {
        format!("127.0.0.1:{}", self.port)
    }

    fn bucket(&self, name: &str) -> Bucket {
        let url = format!("http://{}/", self.endpoint()).parse().expect("url");
        Bucket::new(url, UrlStyle::Path, name.to_string(), "us-east-1").expect("bucket")
    }

    /// Creates bucket `name`.
    pub fn create_bucket(&self, name: &str) {
        let creds = Credentials::new(ROOT_USER, ROOT_PASSWORD);
        let b = self.bucket(name);
        let url = b.create_bucket(&creds).sign(Duration::from_secs(60));
        let resp = self.http.put(url).send().expect("create bucket");
        assert!(resp.status().is_success(), "create bucket: {resp:?}");
    }

    /// Puts `body` at `key` in `bucket`; returns the ETag without quotes.
    pub fn put(&self, bucket: &str, key: &str, body: &str) -> String {
        let creds = Credentials::new(ROOT_USER, ROOT_PASSWORD);
        let b = self.bucket(bucket);
        let url = b
            .put_object(Some(&creds), key)
            .sign(Duration::from_secs(60));
        let resp = self
            .http
            .put(url)
            .body(body.to_string())
            .send()
            .expect("put object");
        assert!(resp.status().is_success(), "put {key}: {resp:?}");
        resp.headers()
            .get("etag")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .trim_matches('"')
            .to_string()
    }
}

impl Drop for Minio {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
