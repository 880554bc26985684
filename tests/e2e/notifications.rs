//! Notifications and receivers end to end: `flux serve` with the source, kustomize and notification
//! controllers against the real API server and git server. Local HTTP servers stand in for Slack, a
//! generic-hmac webhook and GitHub's commit status API (answering as their published APIs do) and record what
//! they receive; a down and a slow endpoint prove that delivery never holds up other alerts. A Receiver of type
//! github is called as GitHub calls it (signed push payload) and makes the GitRepository fetch the new commit;
//! forged, replayed-with-a-wrong-path, oversized and flooding calls are refused.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, Uri};
use hmac::{Hmac, Mac};
use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::git_servers::git;
use crate::harness::{eventually, kubectl};
use crate::kustomize::{Env, ks};

/// One request a stand-in received.
#[derive(Debug, Clone)]
struct Received {
    path: String,
    headers: HeaderMap,
    body: Vec<u8>,
}

impl Received {
    fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or(Value::Null)
    }

    fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
    }
}

/// A local HTTP server recording every request. Paths under `/down` answer 503, under `/slow` after 60s;
/// GitHub's `POST /api/v3/repos/{owner}/{repo}/statuses/{sha}` answers 201 as GitHub does; everything else
/// 200 with Slack's `ok`.
struct StandIn {
    addr: String,
    received: Arc<Mutex<Vec<Received>>>,
    _runtime: tokio::runtime::Runtime,
}

async fn record(
    State(received): State<Arc<Mutex<Vec<Received>>>>,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> (StatusCode, String) {
    let path = uri.path().to_string();
    received
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .push(Received {
            path: path.clone(),
            headers,
            body: body.to_vec(),
        });
    if path.starts_with("/down") {
        return (StatusCode::SERVICE_UNAVAILABLE, "down".into());
    }
    if path.starts_with("/slow") {
        tokio::time::sleep(Duration::from_secs(60)).await;
    }
    if path.contains("/statuses/") {
        return (StatusCode::CREATED, r#"{"id":1,"state":"success"}"#.into());
    }
    (StatusCode::OK, r#"{"ok":true}"#.into())
}

impl StandIn {
    fn start() -> Self {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("runtime");
        let received = Arc::new(Mutex::new(Vec::new()));
        let listener = runtime
            .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
            .expect("bind");
        let addr = listener.local_addr().expect("addr").to_string();
        let app = Router::new().fallback(record).with_state(received.clone());
        runtime.spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        Self {
            addr,
            received,
            _runtime: runtime,
        }
    }

    fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    fn at(&self, prefix: &str) -> Vec<Received> {
        self.received
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .iter()
            .filter(|r| r.path.starts_with(prefix))
            .cloned()
            .collect()
    }
}

fn hmac_hex(key: &[u8], body: &[u8]) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("any key length");
    mac.update(body);
    hex::encode(mac.finalize().into_bytes())
}

fn provider(name: &str, kind: &str, extra: &str) -> String {
    format!(
        "apiVersion: notification.toolkit.fluxcd.io/v1beta3\nkind: Provider\nmetadata:\n  name: {name}\nspec:\n  type: {kind}\n{extra}"
    )
}

fn alert(name: &str, provider: &str, extra: &str) -> String {
    format!(
        "apiVersion: notification.toolkit.fluxcd.io/v1beta3\nkind: Alert\nmetadata:\n  name: {name}\nspec:\n  providerRef:\n    name: {provider}\n  eventSources:\n  - kind: Kustomization\n    name: '*'\n{extra}"
    )
}

fn secret(name: &str, data: &[(&str, &str)]) -> String {
    let mut s = format!("apiVersion: v1\nkind: Secret\nmetadata:\n  name: {name}\nstringData:\n");
    for (k, v) in data {
        s.push_str(&format!("  {k}: {v:?}\n"));
    }
    s
}

const NOTIFY_COMPONENTS: &str =
    "--components=source-controller,kustomize-controller,notification-controller";

#[test]
fn kustomization_events_reach_slack_hmac_and_a_github_commit_status() {
    let _guard = crate::harness::shared();
    let env = Env::new("notify", &[NOTIFY_COMPONENTS]);
    let stand_in = StandIn::start();
    let work = env.servers.create_repo("notify", |dir| {
        std::fs::create_dir_all(dir.join("app")).expect("mkdir");
        std::fs::write(
            dir.join("app/cm.yaml"),
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: notified\ndata:\n  a: b\n",
        )
        .expect("write");
        std::fs::create_dir_all(dir.join("bad")).expect("mkdir");
        std::fs::write(
            dir.join("bad/kustomization.yaml"),
            "resources:\n- missing.yaml\n",
        )
        .expect("write");
    });
    let sha = git(&work, &["rev-parse", "HEAD"]).trim().to_string();
    env.apply(&crate::source_git::gitrepo(
        "repo",
        &env.servers.http_public_url("notify"),
        "",
    ));
    env.apply(&secret(
        "hmac",
        &[("address", &stand_in.url("/hmac")), ("token", "hmac-key")],
    ));
    env.apply(&secret("github", &[("token", "gh-token")]));
    env.apply(&provider(
        "slack",
        "slack",
        &format!("  channel: alerts\n  address: {}\n", stand_in.url("/slack")),
    ));
    env.apply(&provider(
        "hmac",
        "generic-hmac",
        "  secretRef:\n    name: hmac\n",
    ));
    env.apply(&provider(
        "github",
        "github",
        &format!(
            "  address: {}\n  secretRef:\n    name: github\n",
            stand_in.url("/org/repo")
        ),
    ));
    env.apply(&provider(
        "down",
        "generic",
        &format!("  timeout: 5s\n  address: {}\n", stand_in.url("/down")),
    ));
    env.apply(&provider(
        "slow",
        "generic",
        &format!("  timeout: 30s\n  address: {}\n", stand_in.url("/slow")),
    ));
    env.apply(&alert("slack", "slack", "  eventSeverity: error\n"));
    env.apply(&alert("hmac", "hmac", "  eventSeverity: error\n"));
    env.apply(&alert("github", "github", ""));
    env.apply(&alert("down", "down", ""));
    env.apply(&alert("slow", "slow", ""));
    // Alerts and Providers are read from a watch cache: give it a moment to list them.
    std::thread::sleep(Duration::from_secs(2));

    env.apply(&ks(
        "apps",
        "./bad",
        &format!("  targetNamespace: {}\n", env.ns),
    ));
    env.wait("apps", "apps fails to build", |(s, _, _)| s == "False");
    let failed_at = Instant::now();
    eventually(
        Duration::from_secs(20),
        "a Slack message about the failure",
        || !stand_in.at("/slack").is_empty(),
    );
    assert!(
        failed_at.elapsed() < Duration::from_secs(10),
        "the slow endpoint held up the Slack message ({:?})",
        failed_at.elapsed()
    );
    let slack = stand_in.at("/slack");
    let message = slack[0].json();
    let attachment = &message["attachments"][0];
    assert_eq!(message["channel"], "alerts");
    assert_eq!(message["username"], "kustomize-controller");
    assert_eq!(attachment["color"], "danger");
    assert_eq!(
        attachment["author_name"],
        format!("kustomization/apps.{}", env.ns)
    );
    assert!(
        attachment["text"]
            .as_str()
            .unwrap_or_default()
            .contains("missing.yaml"),
        "{message}"
    );

    eventually(Duration::from_secs(20), "a generic-hmac POST", || {
        !stand_in.at("/hmac").is_empty()
    });
    let hmac = &stand_in.at("/hmac")[0];
    assert_eq!(
        hmac.header("X-Signature"),
        format!("sha256={}", hmac_hex(b"hmac-key", &hmac.body)),
        "the signature is the HMAC-SHA256 of the exact body"
    );
    assert_eq!(hmac.header("gotk-component"), "kustomize-controller");
    let event = hmac.json();
    assert_eq!(event["involvedObject"]["kind"], "Kustomization");
    assert_eq!(event["severity"], "error");
    let revision = event["metadata"]["revision"].as_str().unwrap_or_default();
    assert!(revision.ends_with(&format!("@sha1:{sha}")), "{event}");

    // Retries of the failure repeat the same event: the duplicate limit lets only the first through.
    env.request("kustomization", "apps");
    std::thread::sleep(Duration::from_secs(5));
    assert_eq!(
        stand_in.at("/slack").len(),
        1,
        "one Slack message per failure"
    );
    assert_eq!(
        stand_in.at("/hmac").len(),
        1,
        "one webhook call per failure"
    );

    env.apply(&ks(
        "apps",
        "./app",
        &format!("  targetNamespace: {}\n", env.ns),
    ));
    env.wait_applied("apps", &sha);
    let status_path = format!("/api/v3/repos/org/repo/statuses/{sha}");
    eventually(Duration::from_secs(20), "a success commit status", || {
        stand_in
            .at(&status_path)
            .iter()
            .any(|r| r.json()["state"] == "success")
    });
    let statuses = stand_in.at(&status_path);
    let success = statuses
        .iter()
        .find(|r| r.json()["state"] == "success")
        .expect("a success status");
    let body = success.json();
    let uid = env.get("providers.notification.toolkit.fluxcd.io", "github")["metadata"]["uid"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let uid_head = uid.split('-').next().unwrap_or_default();
    assert_eq!(body["context"], format!("kustomization/apps/{uid_head}"));
    assert_eq!(body["description"], "reconciliation succeeded");
    assert_eq!(success.header("Authorization"), "Bearer gh-token");

    // The endpoint that is down got its retries, then a Warning event on its Alert.
    eventually(
        Duration::from_secs(30),
        "a dispatch failure event on the down alert",
        || {
            kubectl(
            &[
                "get",
                "events",
                "-n",
                &env.ns,
                "--field-selector",
                "involvedObject.kind=Alert,involvedObject.name=down,reason=NotificationDispatchFailed",
                "-o",
                "name",
            ],
            None,
        )
        .stdout
        .trim()
        .lines()
        .count()
            > 0
        },
    );
    assert!(stand_in.at("/down").len() >= 2, "a 503 is retried");
}

/// A GitHub push event body.
fn push_payload(sha: &str) -> String {
    format!(
        r#"{{"ref":"refs/heads/main","after":"{sha}","repository":{{"full_name":"org/repo"}}}}"#
    )
}

/// Waits until `flux serve` accepts connections on `addr`.
fn wait_listening(env: &Env, addr: &str) {
    let listening = std::panic::catch_unwind(|| {
        eventually(
            Duration::from_secs(120),
            &format!("flux serve listens on {addr}"),
            || std::net::TcpStream::connect(addr).is_ok(),
        )
    });
    if listening.is_err() {
        let log = std::fs::read_to_string(&env.serve.log).unwrap_or_default();
        panic!("flux serve does not listen on {addr}; its log:\n{log}");
    }
}

fn post(url: &str, headers: &[(&str, String)], body: Vec<u8>) -> u16 {
    // reqwest is built without a TLS provider of its own: install the process one, as `main` does.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let client = reqwest::blocking::Client::new();
    let mut request = client.post(url).body(body);
    for (k, v) in headers {
        request = request.header(*k, v.as_str());
    }
    match request.send() {
        Ok(r) => r.status().as_u16(),
        Err(e) => panic!("POST {url}: {e}"),
    }
}

/// Announces a 4 MiB body on `path` and returns the status the server answers before any of it is sent.
fn announce_oversized(addr: &str, path: &str) -> u16 {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(addr).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .expect("timeout");
    write!(
        stream,
        "POST {path} HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n",
        4 * 1024 * 1024
    )
    .expect("write");
    let mut head = [0u8; 12];
    stream.read_exact(&mut head).expect("status line");
    String::from_utf8_lossy(&head[9..12]).parse().unwrap_or(0)
}

#[test]
fn a_signed_github_push_triggers_a_fetch_and_forgeries_do_not() {
    let _guard = crate::harness::shared();
    let env = Env::new("receiver", &[NOTIFY_COMPONENTS]);
    let (work, first) = env.app_repo(
        "hooked",
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: hooked\ndata:\n  v: \"1\"\n",
    );
    // A long interval: only the webhook can make the source fetch in time.
    env.apply(
        &crate::source_git::gitrepo("repo", &env.servers.http_public_url("hooked"), "")
            .replace("interval: 1m", "interval: 1h"),
    );
    let artifact = |env: &Env| {
        env.get("gitrepository", "repo")["status"]["artifact"]["revision"]
            .as_str()
            .unwrap_or_default()
            .to_string()
    };
    eventually(Duration::from_secs(60), "the first artifact", || {
        artifact(&env).ends_with(&first)
    });
    let token = "receiver-token";
    env.apply(&secret("webhook-token", &[("token", token)]));
    env.apply(
        "apiVersion: notification.toolkit.fluxcd.io/v1\nkind: Receiver\nmetadata:\n  name: github\nspec:\n  type: github\n  events: [push, ping]\n  secretRef:\n    name: webhook-token\n  resources:\n  - kind: GitRepository\n    name: repo\n",
    );
    let digest = hex::encode(Sha256::digest(
        format!("{token}github{}", env.ns).as_bytes(),
    ));
    let path = format!("/hook/{digest}");
    eventually(Duration::from_secs(30), "the Receiver is Ready", || {
        let r = env.get("receivers.notification.toolkit.fluxcd.io", "github");
        r["status"]["webhookPath"] == path.as_str()
            && r["status"]["conditions"].as_array().is_some_and(|c| {
                c.iter()
                    .any(|c| c["type"] == "Ready" && c["status"] == "True")
            })
    });
    let ready = env.get("receivers.notification.toolkit.fluxcd.io", "github");
    let message = ready["status"]["conditions"][0]["message"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert_eq!(message, format!("Receiver initialized for path: {path}"));
    assert!(!ready.to_string().contains(token), "no token in the status");
    wait_listening(&env, &env.serve.receiver);
    let url = format!("http://{}{path}", env.serve.receiver);

    std::fs::write(
        work.join("app/cm.yaml"),
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: hooked\ndata:\n  v: \"2\"\n",
    )
    .expect("write");
    git(&work, &["commit", "-qam", "second"]);
    let second = git(&work, &["rev-parse", "HEAD"]).trim().to_string();
    env.servers.push(&work);
    let body = push_payload(&second).into_bytes();

    // Forged signature, wrong event, unknown path, oversized body: refused, nothing annotated.
    let forged = vec![
        ("X-GitHub-Event", "push".to_string()),
        (
            "X-Hub-Signature-256",
            format!("sha256={}", hmac_hex(b"guess", &body)),
        ),
        ("Content-Type", "application/json".to_string()),
    ];
    assert_eq!(post(&url, &forged, body.clone()), 400);
    let unsigned = vec![("X-GitHub-Event", "push".to_string())];
    assert_eq!(post(&url, &unsigned, body.clone()), 400);
    let signed_issue = vec![
        ("X-GitHub-Event", "issues".to_string()),
        (
            "X-Hub-Signature-256",
            format!("sha256={}", hmac_hex(token.as_bytes(), &body)),
        ),
    ];
    assert_eq!(
        post(&url, &signed_issue, body.clone()),
        400,
        "events filter"
    );
    let wrong_path = format!("http://{}/hook/{}", env.serve.receiver, "0".repeat(64));
    assert_eq!(post(&wrong_path, &forged, body.clone()), 404);
    assert_eq!(announce_oversized(&env.serve.receiver, &path), 413);
    std::thread::sleep(Duration::from_secs(2));
    let annotations = env.get("gitrepository", "repo")["metadata"]["annotations"].clone();
    assert!(
        annotations.get("reconcile.fluxcd.io/requestedAt").is_none(),
        "a refused call requested a reconcile: {annotations}"
    );
    assert!(artifact(&env).ends_with(&first));

    // The real call, signed as GitHub signs it.
    let signed = vec![
        ("X-GitHub-Event", "push".to_string()),
        (
            "X-GitHub-Delivery",
            "72d3162e-cc78-11e3-81ab-4c9367dc0958".to_string(),
        ),
        (
            "X-Hub-Signature-256",
            format!("sha256={}", hmac_hex(token.as_bytes(), &body)),
        ),
        ("Content-Type", "application/json".to_string()),
    ];
    let called = Instant::now();
    assert_eq!(post(&url, &signed, body.clone()), 200);
    eventually(
        Duration::from_secs(30),
        "the pushed commit is fetched",
        || artifact(&env).ends_with(&second),
    );
    eprintln!("webhook → new artifact in {:?}", called.elapsed());

    // A flood on one path is limited (burst 20, then 10 calls/s); the process stays healthy.
    // 20 callers at once, 10 calls each, as a burst of deliveries arrives.
    let flood = Instant::now();
    let callers: Vec<_> = (0..20)
        .map(|_| {
            let (url, forged, body) = (url.clone(), forged.clone(), body.clone());
            std::thread::spawn(move || {
                (0..10)
                    .filter(|_| post(&url, &forged, body.clone()) == 429)
                    .count()
            })
        })
        .collect();
    let limited: u32 = callers
        .into_iter()
        .map(|c| c.join().map_or(0, |n| u32::try_from(n).unwrap_or(0)))
        .sum();
    let passed = 200 - limited;
    let allowed = 20.0 + 10.0 * flood.elapsed().as_secs_f64() + 1.0;
    assert!(limited > 0, "no call of the flood was limited");
    assert!(
        f64::from(passed) <= allowed,
        "{passed} of 200 calls passed in {:?}, more than the bucket allows",
        flood.elapsed()
    );
    let health = crate::harness::http_get(&env.serve.health, "/healthz");
    assert_eq!(health.map(|(s, _)| s), Some(200));
    let log = std::fs::read_to_string(&env.serve.log).unwrap_or_default();
    assert!(!log.contains(token), "the token appears in the log");
}

#[test]
fn the_events_endpoint_takes_fluxs_event_json_and_drops_duplicates() {
    let _guard = crate::harness::shared();
    let env = Env::new("events", &[NOTIFY_COMPONENTS]);
    let stand_in = StandIn::start();
    env.apply(&provider(
        "generic",
        "generic",
        &format!("  address: {}\n", stand_in.url("/generic")),
    ));
    env.apply(&alert(
        "all",
        "generic",
        "  eventMetadata:\n    cluster: e2e\n  exclusionList:\n  - '^excluded'\n",
    ));
    std::thread::sleep(Duration::from_secs(2));
    let event = |message: &str| {
        serde_json::json!({
            "involvedObject": {"kind": "Kustomization", "namespace": env.ns, "name": "posted",
                "apiVersion": "kustomize.toolkit.fluxcd.io/v1"},
            "severity": "info",
            "timestamp": "2026-01-01T00:00:00Z",
            "message": message,
            "reason": "ReconciliationSucceeded",
            "metadata": {"kustomize.toolkit.fluxcd.io/revision": "main@sha1:abc",
                "kustomize.toolkit.fluxcd.io/token": "t1",
                "other.io/dropped": "x"},
            "reportingController": "kustomize-controller",
            "reportingInstance": "kc-0",
        })
        .to_string()
        .into_bytes()
    };
    wait_listening(&env, &env.serve.events);
    let url = format!("http://{}/", env.serve.events);
    assert_eq!(post(&url, &[], event("hello")), 202);
    assert_eq!(
        post(&url, &[], event("hello")),
        429,
        "a duplicate within the interval"
    );
    assert_eq!(post(&url, &[], event("excluded by the alert")), 202);
    assert_eq!(post(&url, &[], b"not json".to_vec()), 400);
    eventually(Duration::from_secs(60), "the event is forwarded", || {
        !stand_in.at("/generic").is_empty()
    });
    std::thread::sleep(Duration::from_secs(2));
    let got = stand_in.at("/generic");
    assert_eq!(got.len(), 1, "the excluded message is not forwarded");
    let body = got[0].json();
    assert_eq!(body["message"], "hello");
    assert_eq!(body["metadata"]["cluster"], "e2e");
    assert_eq!(body["metadata"]["revision"], "main@sha1:abc");
    assert!(
        body["metadata"].get("token").is_none(),
        "the token is internal"
    );
    assert!(body["metadata"].get("dropped").is_none());
}
