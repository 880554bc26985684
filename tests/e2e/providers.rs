//! Emulators of the GitHub, GitLab and Gitea REST APIs that `flux bootstrap github|gitlab|gitea` calls, with
//! real Git repositories behind them, for the e2e tests.
//!
//! A [`ProviderEmulator`] runs, on loopback:
//! - an axum server (own tokio runtime) that answers the few REST endpoints bootstrap uses, with the status
//!   codes, field names and error bodies the providers document (GitHub Enterprise layout `/api/v3`, GitLab
//!   `/api/v4`, Gitea `/api/v1`), and serves Git smart HTTP for `/<owner>/<repo>(.git)/…` through
//!   `git http-backend` (basic auth, the password being a token);
//! - nginx in front of it, terminating TLS with a certificate for IP 127.0.0.1 signed by a fresh test CA
//!   ([`ProviderEmulator::ca_file`]);
//! - an sshd for user `git` whose `authorized_keys` is rewritten whenever deploy keys change: every key is
//!   forced through a gate script that only lets it run `git-upload-pack` (and `git-receive-pack` when the key
//!   can push) on the repositories it is registered on.
//!
//! State (users, tokens, organisations, teams, repositories, keys) lives in memory; the bare repositories live
//! in a temporary directory owned by the emulator. Everything stops when the emulator is dropped.
//!
//! The sshd needs a local user `git` (created with `useradd` when missing), and the repositories are created
//! world-writable (`core.sharedRepository=0777`) so that pushes over HTTPS (as root) and over SSH (as `git`)
//! can share them.
//!
//! Clients must trust [`ProviderEmulator::ca_file`]; note that an inherited `GIT_SSL_CAINFO` beats
//! `git -c http.sslCAInfo=…`, so set the variable itself when running git against the emulator.

#![allow(dead_code)]

use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use axum::body::Body;
use axum::extract::{Request, State as AxumState};
use axum::http::HeaderMap;
use axum::response::Response;
use base64::Engine as _;
use serde_json::{Value, json};

use crate::harness::{eventually, free_port};

/// Which provider the emulator imitates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flavor {
    GitHub,
    GitLab,
    Gitea,
}

/// A deploy key registered on a repository.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeployKey {
    pub id: u64,
    pub title: String,
    /// The public key as registered (`<type> <base64>`, comment dropped).
    pub key: String,
    pub read_only: bool,
}

/// The running emulator; see the module documentation.
pub struct ProviderEmulator {
    flavor: Flavor,
    ctx: Arc<Ctx>,
    children: Vec<Child>,
    runtime: Option<tokio::runtime::Runtime>,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    https_port: u16,
    ssh_port: u16,
    /// Keeps the directory alive; removed on drop.
    _dir: tempfile::TempDir,
}

/// What the request handlers share.
struct Ctx {
    flavor: Flavor,
    root: PathBuf,
    /// `127.0.0.1:PORT` of the HTTPS front.
    host: String,
    ssh_port: u16,
    state: Mutex<St>,
}

#[derive(Default)]
struct St {
    next_id: u64,
    users: Vec<User>,
    tokens: Vec<Token>,
    /// GitHub/Gitea organisations, GitLab groups (full path).
    groups: Vec<Group>,
    /// GitHub/Gitea teams (on GitLab, teams are groups).
    teams: Vec<Team>,
    repos: Vec<Repo>,
    requests: Vec<String>,
}

struct User {
    id: u64,
    /// GitLab: id of the user's personal namespace.
    namespace_id: u64,
    login: String,
}

struct Token {
    token: String,
    login: String,
    write: bool,
}

struct Group {
    id: u64,
    path: String,
    members: Vec<String>,
}

struct Team {
    id: u64,
    org: String,
    name: String,
    slug: String,
}

#[derive(Clone)]
struct Repo {
    id: u64,
    owner: String,
    name: String,
    description: Option<String>,
    visibility: String,
    default_branch: String,
    created_at: String,
    keys: Vec<DeployKey>,
    key_created: Vec<String>,
    /// (team slug or GitLab group full path, permission; on GitLab the access level number), team/group id.
    grants: Vec<(String, String, u64)>,
    deploy_tokens: Vec<DeployToken>,
}

#[derive(Clone)]
struct DeployToken {
    id: u64,
    name: String,
    username: String,
    expires_at: Value,
    scopes: Vec<String>,
    token: String,
}

impl Repo {
    fn full(&self) -> String {
        format!("{}/{}", self.owner, self.name)
    }
    fn private(&self) -> bool {
        self.visibility != "public"
    }
}

/// A request as the handlers see it.
struct Req {
    method: String,
    /// Raw (still percent-encoded) path.
    path: String,
    query: String,
    headers: HeaderMap,
    body: Vec<u8>,
}

/// A response before it becomes an axum one.
struct Resp {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

fn json_resp(status: u16, v: Value) -> Resp {
    Resp {
        status,
        headers: vec![(
            "Content-Type".into(),
            "application/json; charset=utf-8".into(),
        )],
        body: serde_json::to_vec(&v).unwrap_or_default(),
    }
}

fn empty(status: u16) -> Resp {
    Resp {
        status,
        headers: Vec::new(),
        body: Vec::new(),
    }
}

fn text(status: u16, t: &str) -> Resp {
    Resp {
        status,
        headers: vec![("Content-Type".into(), "text/plain; charset=utf-8".into())],
        body: t.as_bytes().to_vec(),
    }
}

fn run(cmd: &mut Command) -> String {
    let out = cmd.output().expect("command runs");
    assert!(
        out.status.success(),
        "{cmd:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Runs git on the bare repository `git_dir`, with `stdin` as input.
fn git_at(git_dir: &Path, args: &[&str], stdin: &str) -> Result<String, String> {
    let mut child = Command::new("git")
        .arg(format!("--git-dir={}", git_dir.display()))
        .args(args)
        .env("GIT_AUTHOR_NAME", "Emulator")
        .env("GIT_AUTHOR_EMAIL", "emulator@example.com")
        .env("GIT_COMMITTER_NAME", "Emulator")
        .env("GIT_COMMITTER_EMAIL", "emulator@example.com")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| e.to_string())?;
    if let Some(mut i) = child.stdin.take() {
        let _ = i.write_all(stdin.as_bytes());
    }
    let out = child.wait_with_output().map_err(|e| e.to_string())?;
    if out.status.success() {
        Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).into_owned())
    }
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let hex = |c: u8| (c as char).to_digit(16).map(|d| d as u8);
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            if let (Some(h), Some(l)) = (hex(b[i + 1]), hex(b[i + 2])) {
                out.push(h * 16 + l);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn query_param(query: &str, name: &str) -> Option<String> {
    query.split('&').find_map(|kv| {
        let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
        (percent_decode(k) == name).then(|| percent_decode(&v.replace('+', " ")))
    })
}

fn random_hex(len: usize) -> String {
    let mut s = String::new();
    while s.len() < len {
        let mut h = RandomState::new().build_hasher();
        h.write_usize(s.len());
        s.push_str(&format!("{:016x}", h.finish()));
    }
    s.truncate(len);
    s
}

/// Current time as RFC 3339 (UTC, seconds).
fn now_rfc3339() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0) as i64;
    let (days, rem) = (secs.div_euclid(86400), secs.rem_euclid(86400));
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

/// The request body as JSON (GitLab also takes form-encoded bodies). `None` when it does not parse.
fn body_json(req: &Req) -> Option<Value> {
    if req.body.iter().all(|b| b.is_ascii_whitespace()) {
        return Some(json!({}));
    }
    let form = req
        .headers
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
    if form {
        let s = String::from_utf8_lossy(&req.body);
        let mut m = serde_json::Map::new();
        for kv in s.split('&') {
            let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
            let k = percent_decode(&k.replace('+', " "));
            let v = Value::String(percent_decode(&v.replace('+', " ")));
            if let Some(k) = k.strip_suffix("[]") {
                let e = m.entry(k.to_string()).or_insert_with(|| json!([]));
                if let Some(a) = e.as_array_mut() {
                    a.push(v);
                }
            } else {
                m.insert(k, v);
            }
        }
        return Some(Value::Object(m));
    }
    serde_json::from_slice(&req.body).ok()
}

fn s_of(v: &Value, k: &str) -> Option<String> {
    match v.get(k) {
        Some(Value::String(s)) => Some(s.clone()),
        Some(Value::Number(n)) => Some(n.to_string()),
        _ => None,
    }
}

fn b_of(v: &Value, k: &str) -> Option<bool> {
    match v.get(k) {
        Some(Value::Bool(b)) => Some(*b),
        Some(Value::String(s)) => Some(s == "true" || s == "1"),
        _ => None,
    }
}

fn u_of(v: &Value, k: &str) -> Option<u64> {
    match v.get(k) {
        Some(Value::Number(n)) => n.as_u64(),
        Some(Value::String(s)) => s.parse().ok(),
        _ => None,
    }
}

/// `<type> <base64>` of an OpenSSH public key line, or `None` when it is not one (checked with ssh-keygen).
fn normalise_key(key: &str) -> Option<(String, String)> {
    let mut it = key.split_whitespace();
    let (t, b) = (it.next()?, it.next()?);
    let norm = format!("{t} {b}");
    let dir = tempfile::tempdir().ok()?;
    let f = dir.path().join("k.pub");
    std::fs::write(&f, format!("{norm}\n")).ok()?;
    let out = Command::new("ssh-keygen")
        .args(["-l", "-E", "sha256", "-f"])
        .arg(&f)
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    let fp = String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .nth(1)
        .unwrap_or_default()
        .to_string();
    Some((norm, fp))
}

impl St {
    fn id(&mut self) -> u64 {
        self.next_id += 1;
        self.next_id
    }
    fn user(&self, login: &str) -> Option<&User> {
        self.users.iter().find(|u| u.login == login)
    }
    fn group(&self, path: &str) -> Option<&Group> {
        self.groups.iter().find(|g| g.path == path)
    }
    fn repo(&self, owner: &str, name: &str) -> Option<usize> {
        self.repos
            .iter()
            .position(|r| r.owner == owner && r.name == name)
    }
    /// Member of the organisation/group, or (GitLab) of one of its ancestors.
    fn is_member(&self, login: &str, path: &str) -> bool {
        let mut p = path;
        loop {
            if self
                .group(p)
                .is_some_and(|g| g.members.iter().any(|m| m == login))
            {
                return true;
            }
            match p.rsplit_once('/') {
                Some((parent, _)) => p = parent,
                None => return false,
            }
        }
    }
    fn can_write(&self, login: &str, r: &Repo) -> bool {
        r.owner == login || self.is_member(login, &r.owner)
    }
    fn can_read(&self, login: &str, r: &Repo) -> bool {
        !r.private() || self.can_write(login, r)
    }
    fn owner_id(&self, owner: &str) -> u64 {
        self.user(owner)
            .map(|u| u.id)
            .or_else(|| self.group(owner).map(|g| g.id))
            .unwrap_or(0)
    }
}

/// Who is calling: the token's user and whether the token may write.
struct Caller {
    login: String,
    write: bool,
}

impl Ctx {
    fn lock(&self) -> MutexGuard<'_, St> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }
    fn repos_root(&self) -> PathBuf {
        self.root.join("repos")
    }
    fn bare(&self, owner: &str, name: &str) -> PathBuf {
        self.repos_root().join(owner).join(format!("{name}.git"))
    }
    fn api_base(&self) -> &'static str {
        match self.flavor {
            Flavor::GitHub => "/api/v3",
            Flavor::GitLab => "/api/v4",
            Flavor::Gitea => "/api/v1",
        }
    }
    fn ssh_url(&self, full: &str) -> String {
        match self.flavor {
            // GitHub (Enterprise too) never puts a port in ssh_url.
            Flavor::GitHub => format!("git@127.0.0.1:{full}.git"),
            Flavor::GitLab | Flavor::Gitea => {
                format!("ssh://git@127.0.0.1:{}/{full}.git", self.ssh_port)
            }
        }
    }
    fn swagger(&self) -> String {
        format!("https://{}/api/swagger", self.host)
    }

    /// Creates the bare repository on disk (and its first commit with a README when `auto_init`), and records it.
    #[allow(clippy::too_many_arguments)]
    fn create_repo(
        &self,
        st: &mut St,
        owner: &str,
        name: &str,
        description: Option<String>,
        visibility: &str,
        auto_init: bool,
        default_branch: &str,
    ) -> Result<usize, String> {
        let bare = self.bare(owner, name);
        std::fs::create_dir_all(bare.parent().unwrap_or(&self.root)).map_err(|e| e.to_string())?;
        let out = Command::new("git")
            .args(["init", "-q", "--bare", "--shared=0777"])
            .arg(format!("--initial-branch={default_branch}"))
            .arg(&bare)
            .output()
            .map_err(|e| e.to_string())?;
        if !out.status.success() {
            return Err(String::from_utf8_lossy(&out.stderr).into_owned());
        }
        if auto_init {
            let mut readme = format!("# {name}\n");
            if let Some(d) = description.as_deref().filter(|d| !d.is_empty()) {
                readme.push_str(&format!("\n{d}\n"));
            }
            let blob = git_at(&bare, &["hash-object", "-w", "--stdin"], &readme)?;
            let tree = git_at(
                &bare,
                &["mktree"],
                &format!("100644 blob {blob}\tREADME.md\n"),
            )?;
            let commit = git_at(&bare, &["commit-tree", &tree, "-m", "Initial commit"], "")?;
            git_at(
                &bare,
                &[
                    "update-ref",
                    &format!("refs/heads/{default_branch}"),
                    &commit,
                ],
                "",
            )?;
        }
        let _ = Command::new("chmod")
            .args(["-R", "a+rwX"])
            .arg(&bare)
            .status();
        let id = st.id();
        st.repos.push(Repo {
            id,
            owner: owner.to_string(),
            name: name.to_string(),
            description,
            visibility: visibility.to_string(),
            default_branch: default_branch.to_string(),
            created_at: now_rfc3339(),
            keys: Vec::new(),
            key_created: Vec::new(),
            grants: Vec::new(),
            deploy_tokens: Vec::new(),
        });
        Ok(st.repos.len() - 1)
    }

    fn set_default_branch(&self, r: &mut Repo, branch: &str) {
        r.default_branch = branch.to_string();
        let _ = git_at(
            &self.bare(&r.owner, &r.name),
            &["symbolic-ref", "HEAD", &format!("refs/heads/{branch}")],
            "",
        );
    }

    /// Rewrites `authorized_keys` from the deploy keys of every repository: one line per distinct key, forced
    /// through the gate script with the `owner/repo:ro|rw` pairs it may use.
    fn write_authorized_keys(&self, st: &St) {
        let mut keys: Vec<(String, Vec<String>)> = Vec::new();
        for r in &st.repos {
            for k in &r.keys {
                let grant = format!("{}:{}", r.full(), if k.read_only { "ro" } else { "rw" });
                match keys.iter_mut().find(|(key, _)| *key == k.key) {
                    Some((_, g)) => g.push(grant),
                    None => keys.push((k.key.clone(), vec![grant])),
                }
            }
        }
        let gate = self.root.join("ssh").join("gate.sh");
        let mut out = String::new();
        for (key, grants) in keys {
            out.push_str(&format!(
                "command=\"{} {}\",no-pty,no-port-forwarding,no-agent-forwarding,no-X11-forwarding {key}\n",
                gate.display(),
                grants.join(" ")
            ));
        }
        let dir = self.root.join("ssh");
        let tmp = dir.join("authorized_keys.tmp");
        if std::fs::write(&tmp, out).is_ok() {
            let _ = std::fs::rename(&tmp, dir.join("authorized_keys"));
        }
    }

    /// The calling token's user, from the flavor's auth headers. `Err(true)` when a token was given but is
    /// unknown, `Err(false)` when none was given.
    fn caller(&self, st: &St, req: &Req) -> Result<Caller, bool> {
        let header = |n: &str| {
            req.headers
                .get(n)
                .and_then(|v| v.to_str().ok())
                .map(|s| s.trim().to_string())
        };
        let mut token = None;
        if self.flavor == Flavor::GitLab {
            token = header("private-token");
        }
        if token.is_none() {
            if let Some(a) = header("authorization") {
                let (scheme, rest) = a.split_once(' ').unwrap_or((a.as_str(), ""));
                let rest = rest.trim();
                match scheme.to_ascii_lowercase().as_str() {
                    "bearer" => token = Some(rest.to_string()),
                    "token" if self.flavor != Flavor::GitLab => token = Some(rest.to_string()),
                    "basic" => {
                        token = base64::engine::general_purpose::STANDARD
                            .decode(rest)
                            .ok()
                            .and_then(|d| String::from_utf8(d).ok())
                            .and_then(|d| d.split_once(':').map(|(_, p)| p.to_string()))
                    }
                    _ => token = Some(String::new()),
                }
            }
        }
        let token = token.ok_or(false)?;
        st.tokens
            .iter()
            .find(|t| t.token == token)
            .map(|t| Caller {
                login: t.login.clone(),
                write: t.write,
            })
            .ok_or(true)
    }
}

// ---------------------------------------------------------------------------------------------------------
// HTTP entry point

async fn handle(AxumState(ctx): AxumState<Arc<Ctx>>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let body = axum::body::to_bytes(body, usize::MAX)
        .await
        .map(|b| b.to_vec())
        .unwrap_or_default();
    let req = Req {
        method: parts.method.as_str().to_string(),
        path: parts.uri.path().to_string(),
        query: parts.uri.query().unwrap_or("").to_string(),
        headers: parts.headers,
        body,
    };
    let c = ctx.clone();
    let (line, resp) = tokio::task::spawn_blocking(move || {
        let resp = if req.path.starts_with(&format!("{}/", c.api_base())) {
            api(&c, &req)
        } else {
            git_http(&c, &req)
        };
        (format!("{} {} {}", req.method, req.path, resp.status), resp)
    })
    .await
    .unwrap_or_else(|e| ("PANIC".into(), text(500, &format!("handler panicked: {e}"))));
    ctx.lock().requests.push(line);
    let mut b = Response::builder().status(resp.status);
    for (k, v) in &resp.headers {
        b = b.header(k.as_str(), v.as_str());
    }
    b.body(Body::from(resp.body))
        .unwrap_or_else(|_| Response::new(Body::empty()))
}

fn api(ctx: &Ctx, req: &Req) -> Resp {
    let mut st = ctx.lock();
    let rest = &req.path[ctx.api_base().len()..];
    // Segments decoded one by one, so a GitLab `group%2Fproject` id stays one segment.
    let segs: Vec<String> = rest
        .split('/')
        .filter(|s| !s.is_empty())
        .map(percent_decode)
        .collect();
    let segs: Vec<&str> = segs.iter().map(String::as_str).collect();
    let caller = match ctx.caller(&st, req) {
        Ok(c) => c,
        Err(given) => return unauthorized(ctx, given),
    };
    if !caller.write && !matches!(req.method.as_str(), "GET" | "HEAD") {
        return read_only_refusal(ctx, &segs);
    }
    match ctx.flavor {
        Flavor::GitHub => github(ctx, &mut st, &caller, req, &segs),
        Flavor::GitLab => gitlab(ctx, &mut st, &caller, req, &segs),
        Flavor::Gitea => gitea(ctx, &mut st, &caller, req, &segs),
    }
}

fn unauthorized(ctx: &Ctx, token_given: bool) -> Resp {
    match ctx.flavor {
        Flavor::GitHub => gh_err(
            401,
            if token_given {
                "Bad credentials"
            } else {
                "Requires authentication"
            },
            "https://docs.github.com/rest",
        ),
        Flavor::GitLab => json_resp(401, json!({"message": "401 Unauthorized"})),
        Flavor::Gitea => json_resp(
            401,
            json!({
                "message": if token_given { "user does not exist [uid: 0, name: ]" } else { "token is required" },
                "url": ctx.swagger(),
            }),
        ),
    }
}

fn read_only_refusal(ctx: &Ctx, segs: &[&str]) -> Resp {
    match ctx.flavor {
        Flavor::GitHub => gh_err(
            403,
            "Resource not accessible by personal access token",
            "https://docs.github.com/rest",
        ),
        Flavor::GitLab => json_resp(
            403,
            json!({
                "error": "insufficient_scope",
                "error_description": "The request requires higher privileges than provided by the access token.",
                "scope": "api",
            }),
        ),
        Flavor::Gitea => {
            let scope = match segs.first() {
                Some(&"user") => "write:user",
                Some(&"orgs") | Some(&"teams") => "write:organization",
                _ => "write:repository",
            };
            json_resp(
                403,
                json!({
                    "message": format!("token does not have at least one of required scope(s): [{scope}]"),
                    "url": ctx.swagger(),
                }),
            )
        }
    }
}

// ---------------------------------------------------------------------------------------------------------
// GitHub (Enterprise layout: https://HOST/api/v3)

fn gh_err(status: u16, message: &str, doc: &str) -> Resp {
    json_resp(
        status,
        json!({"message": message, "documentation_url": doc, "status": status.to_string()}),
    )
}

fn gh_validation(message: &str, errors: Value, doc: &str) -> Resp {
    json_resp(
        422,
        json!({"message": message, "errors": errors, "documentation_url": doc, "status": "422"}),
    )
}

const GH_DOC_REPO: &str = "https://docs.github.com/rest/repos/repos";
const GH_DOC_KEYS: &str = "https://docs.github.com/rest/deploy-keys/deploy-keys";
const GH_DOC_TEAMS: &str = "https://docs.github.com/rest/teams/teams";

fn gh_owner(ctx: &Ctx, st: &St, login: &str) -> Value {
    let org = st.group(login).is_some();
    json!({
        "login": login,
        "id": st.owner_id(login),
        "node_id": format!("{}_{}", if org { "O" } else { "U" }, st.owner_id(login)),
        "type": if org { "Organization" } else { "User" },
        "site_admin": false,
        "url": format!("https://{}/api/v3/{}/{login}", ctx.host, if org { "orgs" } else { "users" }),
        "html_url": format!("https://{}/{login}", ctx.host),
    })
}

fn gh_repo(ctx: &Ctx, st: &St, r: &Repo, login: &str) -> Value {
    let full = r.full();
    let w = st.can_write(login, r);
    json!({
        "id": r.id,
        "node_id": format!("R_{}", r.id),
        "name": r.name,
        "full_name": full,
        "private": r.private(),
        "visibility": r.visibility,
        "owner": gh_owner(ctx, st, &r.owner),
        "html_url": format!("https://{}/{full}", ctx.host),
        "description": r.description,
        "fork": false,
        "url": format!("https://{}/api/v3/repos/{full}", ctx.host),
        "keys_url": format!("https://{}/api/v3/repos/{full}/keys{{/key_id}}", ctx.host),
        "teams_url": format!("https://{}/api/v3/repos/{full}/teams", ctx.host),
        "clone_url": format!("https://{}/{full}.git", ctx.host),
        "ssh_url": ctx.ssh_url(&full),
        "default_branch": r.default_branch,
        "archived": false,
        "disabled": false,
        "created_at": r.created_at,
        "updated_at": r.created_at,
        "pushed_at": r.created_at,
        "permissions": {"admin": w, "maintain": w, "push": w, "triage": w, "pull": true},
    })
}

fn gh_key(ctx: &Ctx, r: &Repo, i: usize) -> Value {
    let k = &r.keys[i];
    json!({
        "id": k.id,
        "key": k.key,
        "url": format!("https://{}/api/v3/repos/{}/keys/{}", ctx.host, r.full(), k.id),
        "title": k.title,
        "verified": true,
        "created_at": r.key_created[i],
        "read_only": k.read_only,
        "added_by": Value::Null,
        "last_used": Value::Null,
        "enabled": true,
    })
}

fn gh_team(ctx: &Ctx, st: &St, t: &Team, permission: &str) -> Value {
    json!({
        "id": t.id,
        "node_id": format!("T_{}", t.id),
        "url": format!("https://{}/api/v3/organizations/{}/team/{}", ctx.host, st.owner_id(&t.org), t.id),
        "html_url": format!("https://{}/orgs/{}/teams/{}", ctx.host, t.org, t.slug),
        "name": t.name,
        "slug": t.slug,
        "description": Value::Null,
        "privacy": "closed",
        "notification_setting": "notifications_enabled",
        "permission": permission,
        "members_url": format!("https://{}/api/v3/organizations/{}/team/{}/members{{/member}}", ctx.host, st.owner_id(&t.org), t.id),
        "repositories_url": format!("https://{}/api/v3/organizations/{}/team/{}/repos", ctx.host, st.owner_id(&t.org), t.id),
        "parent": Value::Null,
    })
}

fn github(ctx: &Ctx, st: &mut St, caller: &Caller, req: &Req, segs: &[&str]) -> Resp {
    let login = caller.login.as_str();
    let not_found = |doc: &str| gh_err(404, "Not Found", doc);
    let m = req.method.as_str();
    let Some(body) = body_json(req) else {
        return gh_err(400, "Problems parsing JSON", "https://docs.github.com/rest");
    };
    match (m, segs) {
        ("GET", ["user"]) => {
            let id = st.owner_id(login);
            json_resp(
                200,
                json!({
                    "login": login, "id": id, "node_id": format!("U_{id}"), "type": "User", "site_admin": false,
                    "name": login, "email": Value::Null,
                    "url": format!("https://{}/api/v3/users/{login}", ctx.host),
                    "html_url": format!("https://{}/{login}", ctx.host),
                }),
            )
        }
        ("GET", ["users", u]) if st.user(u).is_some() => json_resp(200, gh_owner(ctx, st, u)),
        ("GET", ["orgs", org]) => match st.group(org) {
            Some(g) => json_resp(
                200,
                json!({
                    "login": g.path, "id": g.id, "node_id": format!("O_{}", g.id), "type": "Organization",
                    "description": Value::Null,
                    "url": format!("https://{}/api/v3/orgs/{}", ctx.host, g.path),
                    "html_url": format!("https://{}/{}", ctx.host, g.path),
                    "repos_url": format!("https://{}/api/v3/orgs/{}/repos", ctx.host, g.path),
                }),
            ),
            None => not_found("https://docs.github.com/rest/orgs/orgs#get-an-organization"),
        },
        ("POST", ["user", "repos"]) | ("POST", ["orgs", _, "repos"]) => {
            let doc = if segs[0] == "user" {
                "https://docs.github.com/rest/repos/repos#create-a-repository-for-the-authenticated-user"
            } else {
                "https://docs.github.com/rest/repos/repos#create-an-organization-repository"
            };
            let owner = if segs[0] == "user" { login } else { segs[1] };
            if segs[0] == "orgs" {
                if st.group(owner).is_none() {
                    return not_found(doc);
                }
                if !st.is_member(login, owner) {
                    return gh_err(
                        403,
                        "You need admin access to the organization before adding a repository to it.",
                        doc,
                    );
                }
            }
            let Some(name) = s_of(&body, "name").filter(|n| !n.is_empty()) else {
                return gh_validation(
                    "Invalid request.\n\n\"name\" wasn't supplied.",
                    Value::Null,
                    doc,
                );
            };
            if st.repo(owner, &name).is_some() {
                return gh_validation(
                    "Repository creation failed.",
                    json!([{"resource": "Repository", "code": "custom", "field": "name", "message": "name already exists on this account"}]),
                    doc,
                );
            }
            let visibility = s_of(&body, "visibility").unwrap_or_else(|| {
                if b_of(&body, "private").unwrap_or(false) {
                    "private".into()
                } else {
                    "public".into()
                }
            });
            let auto_init = b_of(&body, "auto_init").unwrap_or(false);
            match ctx.create_repo(
                st,
                owner,
                &name,
                s_of(&body, "description"),
                &visibility,
                auto_init,
                "main",
            ) {
                Ok(i) => json_resp(201, gh_repo(ctx, st, &st.repos[i].clone(), login)),
                Err(e) => gh_err(500, &e, doc),
            }
        }
        (_, ["repos", owner, name, rest @ ..]) => {
            let doc = match rest.first() {
                Some(&"keys") => GH_DOC_KEYS,
                Some(&"teams") => "https://docs.github.com/rest/repos/repos#list-repository-teams",
                _ => GH_DOC_REPO,
            };
            let Some(i) = st
                .repo(owner, name)
                .filter(|&i| st.can_read(login, &st.repos[i]))
            else {
                return not_found(doc);
            };
            let writable = st.can_write(login, &st.repos[i]);
            match (m, rest) {
                ("GET", []) => json_resp(200, gh_repo(ctx, st, &st.repos[i], login)),
                ("PATCH", []) => {
                    if !writable {
                        return not_found(doc);
                    }
                    let mut r = st.repos[i].clone();
                    if let Some(d) = s_of(&body, "description") {
                        r.description = Some(d);
                    }
                    if let Some(p) = b_of(&body, "private") {
                        r.visibility = if p { "private" } else { "public" }.into();
                    }
                    if let Some(v) = s_of(&body, "visibility") {
                        r.visibility = v;
                    }
                    if let Some(b) = s_of(&body, "default_branch") {
                        ctx.set_default_branch(&mut r, &b);
                    }
                    st.repos[i] = r;
                    json_resp(200, gh_repo(ctx, st, &st.repos[i], login))
                }
                ("GET", ["keys"]) if writable => {
                    let r = &st.repos[i];
                    json_resp(
                        200,
                        Value::Array((0..r.keys.len()).map(|k| gh_key(ctx, r, k)).collect()),
                    )
                }
                ("GET", ["keys", id]) if writable => {
                    let r = &st.repos[i];
                    match r.keys.iter().position(|k| k.id.to_string() == *id) {
                        Some(k) => json_resp(200, gh_key(ctx, r, k)),
                        None => not_found(doc),
                    }
                }
                ("POST", ["keys"]) if writable => {
                    let Some(key) = s_of(&body, "key") else {
                        return gh_validation(
                            "Invalid request.\n\n\"key\" wasn't supplied.",
                            Value::Null,
                            doc,
                        );
                    };
                    let Some((key, _)) = normalise_key(&key) else {
                        return gh_validation(
                            "Validation Failed",
                            json!([{"resource": "PublicKey", "code": "custom", "field": "key", "message": "key is invalid. You must supply a key in OpenSSH public key format"}]),
                            doc,
                        );
                    };
                    // A deploy key is unique across the whole instance on GitHub.
                    if st.repos.iter().any(|r| r.keys.iter().any(|k| k.key == key)) {
                        return gh_validation(
                            "Validation Failed",
                            json!([{"resource": "PublicKey", "code": "custom", "field": "key", "message": "key is already in use"}]),
                            doc,
                        );
                    }
                    let id = st.id();
                    let title = s_of(&body, "title").unwrap_or_default();
                    let read_only = b_of(&body, "read_only").unwrap_or(false);
                    let r = &mut st.repos[i];
                    r.keys.push(DeployKey {
                        id,
                        title,
                        key,
                        read_only,
                    });
                    r.key_created.push(now_rfc3339());
                    ctx.write_authorized_keys(st);
                    let r = &st.repos[i];
                    json_resp(201, gh_key(ctx, r, r.keys.len() - 1))
                }
                ("DELETE", ["keys", id]) if writable => {
                    let r = &mut st.repos[i];
                    match r.keys.iter().position(|k| k.id.to_string() == *id) {
                        Some(k) => {
                            r.keys.remove(k);
                            r.key_created.remove(k);
                            ctx.write_authorized_keys(st);
                            empty(204)
                        }
                        None => not_found(doc),
                    }
                }
                ("GET", ["teams"]) => {
                    let r = &st.repos[i];
                    let teams: Vec<Value> = r
                        .grants
                        .iter()
                        .filter_map(|(slug, perm, _)| {
                            st.teams
                                .iter()
                                .find(|t| t.org == r.owner && t.slug == *slug)
                                .map(|t| gh_team(ctx, st, t, perm))
                        })
                        .collect();
                    json_resp(200, Value::Array(teams))
                }
                _ if !writable => not_found(doc),
                _ => not_found("https://docs.github.com/rest"),
            }
        }
        ("GET", ["orgs", org, "teams", slug]) => {
            match st.teams.iter().find(|t| t.org == *org && t.slug == *slug) {
                Some(t) => json_resp(200, gh_team(ctx, st, t, "pull")),
                None => not_found(&format!("{GH_DOC_TEAMS}#get-a-team-by-name")),
            }
        }
        ("PUT", ["orgs", org, "teams", slug, "repos", owner, name]) => {
            let doc = format!("{GH_DOC_TEAMS}#add-or-update-team-repository-permissions");
            let Some(tid) = st
                .teams
                .iter()
                .find(|t| t.org == *org && t.slug == *slug)
                .map(|t| t.id)
            else {
                return not_found(&doc);
            };
            let Some(i) = st
                .repo(owner, name)
                .filter(|&i| st.can_read(login, &st.repos[i]))
            else {
                return not_found(&doc);
            };
            if !st.can_write(login, &st.repos[i]) || !st.is_member(login, org) {
                return gh_err(403, "Must have admin rights to Repository.", &doc);
            }
            let perm = s_of(&body, "permission").unwrap_or_else(|| "push".into());
            if !["pull", "triage", "push", "maintain", "admin"].contains(&perm.as_str()) {
                return gh_validation(
                    "Validation Failed",
                    json!([{"resource": "TeamRepository", "code": "invalid", "field": "permission"}]),
                    &doc,
                );
            }
            let r = &mut st.repos[i];
            r.grants.retain(|(s, _, _)| s != slug);
            r.grants.push((slug.to_string(), perm, tid));
            empty(204)
        }
        _ => not_found("https://docs.github.com/rest"),
    }
}

// ---------------------------------------------------------------------------------------------------------
// GitLab (https://HOST/api/v4)

fn gl_msg(status: u16, message: &str) -> Resp {
    json_resp(status, json!({"message": message}))
}

fn gl_namespace(ctx: &Ctx, st: &St, owner: &str) -> Value {
    match st.group(owner) {
        Some(g) => json!({
            "id": g.id,
            "name": g.path.rsplit('/').next().unwrap_or(&g.path),
            "path": g.path.rsplit('/').next().unwrap_or(&g.path),
            "kind": "group",
            "full_path": g.path,
            "parent_id": g.path.rsplit_once('/').and_then(|(p, _)| st.group(p)).map(|p| p.id),
            "web_url": format!("https://{}/groups/{}", ctx.host, g.path),
        }),
        None => {
            let id = st.user(owner).map(|u| u.namespace_id).unwrap_or(0);
            json!({
                "id": id, "name": owner, "path": owner, "kind": "user", "full_path": owner,
                "parent_id": Value::Null, "web_url": format!("https://{}/{owner}", ctx.host),
            })
        }
    }
}

fn gl_project(ctx: &Ctx, st: &St, r: &Repo) -> Value {
    let full = r.full();
    let empty_repo = git_at(
        &ctx.bare(&r.owner, &r.name),
        &["for-each-ref", "--count=1"],
        "",
    )
    .map(|o| o.is_empty())
    .unwrap_or(true);
    let shared: Vec<Value> = r
        .grants
        .iter()
        .map(|(g, access, gid)| {
            json!({
                "group_id": gid,
                "group_name": g.rsplit('/').next().unwrap_or(g),
                "group_full_path": g,
                "group_access_level": access.parse::<u64>().unwrap_or(0),
                "expires_at": Value::Null,
            })
        })
        .collect();
    json!({
        "id": r.id,
        "description": r.description,
        "name": r.name,
        "name_with_namespace": full.replace('/', " / "),
        "path": r.name,
        "path_with_namespace": full,
        "created_at": r.created_at,
        "default_branch": r.default_branch,
        "visibility": r.visibility,
        "ssh_url_to_repo": ctx.ssh_url(&full),
        "http_url_to_repo": format!("https://{}/{full}.git", ctx.host),
        "web_url": format!("https://{}/{full}", ctx.host),
        "readme_url": Value::Null,
        "empty_repo": empty_repo,
        "archived": false,
        "namespace": gl_namespace(ctx, st, &r.owner),
        "shared_with_groups": shared,
    })
}

fn gl_key(r: &Repo, i: usize, fp: &str) -> Value {
    let k = &r.keys[i];
    json!({
        "id": k.id,
        "title": k.title,
        "created_at": r.key_created[i],
        "expires_at": Value::Null,
        "key": k.key,
        "fingerprint_sha256": fp,
        "can_push": !k.read_only,
    })
}

fn gl_token(t: &DeployToken, with_secret: bool) -> Value {
    let mut v = json!({
        "id": t.id,
        "name": t.name,
        "username": t.username,
        "expires_at": t.expires_at,
        "scopes": t.scopes,
        "revoked": false,
        "expired": false,
    });
    if with_secret {
        v["token"] = json!(t.token);
    }
    v
}

fn gl_group_json(ctx: &Ctx, st: &St, g: &Group) -> Value {
    let name = g.path.rsplit('/').next().unwrap_or(&g.path);
    json!({
        "id": g.id,
        "name": name,
        "path": name,
        "full_name": g.path.replace('/', " / "),
        "full_path": g.path,
        "description": "",
        "visibility": "public",
        "web_url": format!("https://{}/groups/{}", ctx.host, g.path),
        "parent_id": g.path.rsplit_once('/').and_then(|(p, _)| st.group(p)).map(|p| p.id),
    })
}

fn gitlab(ctx: &Ctx, st: &mut St, caller: &Caller, req: &Req, segs: &[&str]) -> Resp {
    let login = caller.login.as_str();
    let m = req.method.as_str();
    let Some(body) = body_json(req) else {
        return json_resp(
            400,
            json!({"error": "The provided content-type is not supported."}),
        );
    };
    match (m, segs) {
        ("GET", ["user"]) => {
            let id = st.owner_id(login);
            json_resp(
                200,
                json!({
                    "id": id, "username": login, "name": login, "state": "active",
                    "web_url": format!("https://{}/{login}", ctx.host),
                }),
            )
        }
        ("GET", ["namespaces", ns]) => {
            let id = ns.parse::<u64>().ok();
            let owner = st
                .users
                .iter()
                .find(|u| Some(u.namespace_id) == id || u.login == *ns)
                .map(|u| u.login.clone())
                .or_else(|| {
                    st.groups
                        .iter()
                        .find(|g| Some(g.id) == id || g.path == *ns)
                        .map(|g| g.path.clone())
                });
            match owner {
                Some(o) => json_resp(200, gl_namespace(ctx, st, &o)),
                None => gl_msg(404, "404 Namespace Not Found"),
            }
        }
        ("GET", ["groups", g]) => {
            let g = match g.parse::<u64>() {
                Ok(id) => st.groups.iter().find(|x| x.id == id),
                Err(_) => st.group(g),
            };
            match g {
                Some(g) => json_resp(200, gl_group_json(ctx, st, g)),
                None => gl_msg(404, "404 Group Not Found"),
            }
        }
        ("POST", ["projects"]) => {
            let name = s_of(&body, "name");
            let path = s_of(&body, "path");
            if name.is_none() && path.is_none() {
                return json_resp(
                    400,
                    json!({"error": "name, path are missing, at least one parameter must be provided"}),
                );
            }
            let path = path.or(name.clone()).unwrap_or_default();
            let owner = match body.get("namespace_id").filter(|v| !v.is_null()) {
                None => login.to_string(),
                Some(_) => {
                    let ns = s_of(&body, "namespace_id").unwrap_or_default();
                    let id = ns.parse::<u64>().ok();
                    if let Some(u) = st.users.iter().find(|u| Some(u.namespace_id) == id) {
                        if u.login != login {
                            return json_resp(
                                400,
                                json!({"message": {"namespace": ["is not valid"]}}),
                            );
                        }
                        u.login.clone()
                    } else {
                        match st.groups.iter().find(|g| Some(g.id) == id || g.path == ns) {
                            Some(g) if st.is_member(login, &g.path) => g.path.clone(),
                            Some(_) => {
                                return json_resp(
                                    400,
                                    json!({"message": {"namespace": ["is not valid"]}}),
                                );
                            }
                            None => return gl_msg(404, "404 Namespace Not Found"),
                        }
                    }
                }
            };
            if st.repo(&owner, &path).is_some() {
                return json_resp(
                    400,
                    json!({"message": {
                        "project_namespace.name": ["has already been taken"],
                        "name": ["has already been taken"],
                        "path": ["has already been taken"],
                    }}),
                );
            }
            let visibility = s_of(&body, "visibility").unwrap_or_else(|| "private".into());
            if !["private", "internal", "public"].contains(&visibility.as_str()) {
                return json_resp(
                    400,
                    json!({"error": "visibility does not have a valid value"}),
                );
            }
            let init = b_of(&body, "initialize_with_readme").unwrap_or(false);
            let branch = s_of(&body, "default_branch").unwrap_or_else(|| "main".into());
            match ctx.create_repo(
                st,
                &owner,
                &path,
                s_of(&body, "description"),
                &visibility,
                init,
                &branch,
            ) {
                Ok(i) => json_resp(201, gl_project(ctx, st, &st.repos[i])),
                Err(e) => gl_msg(500, &e),
            }
        }
        (_, ["projects", id, rest @ ..]) => {
            let found = match id.parse::<u64>() {
                Ok(n) => st.repos.iter().position(|r| r.id == n),
                Err(_) => id.rsplit_once('/').and_then(|(o, n)| st.repo(o, n)),
            };
            let Some(i) = found.filter(|&i| st.can_read(login, &st.repos[i])) else {
                return gl_msg(404, "404 Project Not Found");
            };
            let writable = st.can_write(login, &st.repos[i]);
            if !(writable || m == "GET" && rest.is_empty()) {
                return gl_msg(403, "403 Forbidden");
            }
            match (m, rest) {
                ("GET", []) => json_resp(200, gl_project(ctx, st, &st.repos[i])),
                ("PUT", []) => {
                    let mut r = st.repos[i].clone();
                    if let Some(d) = s_of(&body, "description") {
                        r.description = Some(d);
                    }
                    if let Some(v) = s_of(&body, "visibility") {
                        r.visibility = v;
                    }
                    if let Some(b) = s_of(&body, "default_branch") {
                        ctx.set_default_branch(&mut r, &b);
                    }
                    st.repos[i] = r;
                    json_resp(200, gl_project(ctx, st, &st.repos[i]))
                }
                ("GET", ["deploy_keys"]) => {
                    let r = &st.repos[i];
                    let keys = (0..r.keys.len())
                        .map(|k| {
                            let fp = normalise_key(&r.keys[k].key)
                                .map(|x| x.1)
                                .unwrap_or_default();
                            gl_key(r, k, &fp)
                        })
                        .collect();
                    json_resp(200, Value::Array(keys))
                }
                ("POST", ["deploy_keys"]) => {
                    let missing: Vec<&str> = ["key", "title"]
                        .into_iter()
                        .filter(|k| s_of(&body, k).is_none())
                        .collect();
                    if !missing.is_empty() {
                        let e = missing
                            .iter()
                            .map(|k| format!("{k} is missing"))
                            .collect::<Vec<_>>();
                        return json_resp(400, json!({"error": e.join(", ")}));
                    }
                    let Some((key, fp)) = normalise_key(&s_of(&body, "key").unwrap_or_default())
                    else {
                        return json_resp(
                            400,
                            json!({"message": {"key": ["is invalid"], "fingerprint_sha256": ["cannot be generated"]}}),
                        );
                    };
                    // An existing key of this project is answered as is (GitLab's API does so).
                    if let Some(k) = st.repos[i].keys.iter().position(|k| k.key == key) {
                        return json_resp(201, gl_key(&st.repos[i], k, &fp));
                    }
                    let id = st
                        .repos
                        .iter()
                        .flat_map(|r| r.keys.iter())
                        .find(|k| k.key == key)
                        .map(|k| k.id);
                    let id = id.unwrap_or_else(|| st.id());
                    let r = &mut st.repos[i];
                    r.keys.push(DeployKey {
                        id,
                        title: s_of(&body, "title").unwrap_or_default(),
                        key,
                        read_only: !b_of(&body, "can_push").unwrap_or(false),
                    });
                    r.key_created.push(now_rfc3339());
                    ctx.write_authorized_keys(st);
                    let r = &st.repos[i];
                    json_resp(201, gl_key(r, r.keys.len() - 1, &fp))
                }
                ("DELETE", ["deploy_keys", kid]) => {
                    let r = &mut st.repos[i];
                    match r.keys.iter().position(|k| k.id.to_string() == *kid) {
                        Some(k) => {
                            r.keys.remove(k);
                            r.key_created.remove(k);
                            ctx.write_authorized_keys(st);
                            empty(204)
                        }
                        None => gl_msg(404, "404 Deploy Key Not Found"),
                    }
                }
                ("POST", ["share"]) => {
                    let Some(gid) = u_of(&body, "group_id") else {
                        return json_resp(400, json!({"error": "group_id is missing"}));
                    };
                    let Some(access) = u_of(&body, "group_access") else {
                        return json_resp(400, json!({"error": "group_access is missing"}));
                    };
                    if ![0, 5, 10, 15, 20, 30, 40, 50].contains(&access) {
                        return json_resp(
                            400,
                            json!({"error": "group_access does not have a valid value"}),
                        );
                    }
                    let Some(g) = st
                        .groups
                        .iter()
                        .find(|g| g.id == gid)
                        .map(|g| g.path.clone())
                    else {
                        return gl_msg(404, "404 Group Not Found");
                    };
                    if st.repos[i].grants.iter().any(|(_, _, id)| *id == gid) {
                        return gl_msg(409, "The project is already shared with this group");
                    }
                    let link = st.id();
                    let r = &mut st.repos[i];
                    r.grants.push((g, access.to_string(), gid));
                    json_resp(
                        201,
                        json!({
                            "id": link, "project_id": r.id, "group_id": gid, "group_access": access,
                            "expires_at": body.get("expires_at").cloned().unwrap_or(Value::Null),
                        }),
                    )
                }
                ("GET", ["deploy_tokens"]) => json_resp(
                    200,
                    Value::Array(
                        st.repos[i]
                            .deploy_tokens
                            .iter()
                            .map(|t| gl_token(t, false))
                            .collect(),
                    ),
                ),
                ("POST", ["deploy_tokens"]) => {
                    let Some(name) = s_of(&body, "name") else {
                        return json_resp(400, json!({"error": "name is missing"}));
                    };
                    let scopes: Vec<String> = match body.get("scopes") {
                        Some(Value::Array(a)) => a
                            .iter()
                            .filter_map(|s| s.as_str().map(String::from))
                            .collect(),
                        Some(Value::String(s)) => s.split(',').map(String::from).collect(),
                        _ => return json_resp(400, json!({"error": "scopes is missing"})),
                    };
                    const VALID: [&str; 6] = [
                        "read_repository",
                        "read_registry",
                        "write_registry",
                        "read_package_registry",
                        "write_package_registry",
                        "read_virtual_registry",
                    ];
                    if scopes.is_empty() || scopes.iter().any(|s| !VALID.contains(&s.as_str())) {
                        return json_resp(
                            400,
                            json!({"error": "scopes does not have a valid value"}),
                        );
                    }
                    let id = st.id();
                    let username = s_of(&body, "username")
                        .filter(|u| !u.is_empty())
                        .unwrap_or_else(|| format!("gitlab+deploy-token-{id}"));
                    let t = DeployToken {
                        id,
                        name,
                        username,
                        expires_at: body.get("expires_at").cloned().unwrap_or(Value::Null),
                        scopes,
                        token: format!("gldt-{}", random_hex(20)),
                    };
                    let v = gl_token(&t, true);
                    st.repos[i].deploy_tokens.push(t);
                    json_resp(201, v)
                }
                _ => json_resp(404, json!({"error": "404 Not Found"})),
            }
        }
        _ => json_resp(404, json!({"error": "404 Not Found"})),
    }
}

// ---------------------------------------------------------------------------------------------------------
// Gitea (https://HOST/api/v1)

fn gt_err(ctx: &Ctx, status: u16, message: &str) -> Resp {
    json_resp(status, json!({"message": message, "url": ctx.swagger()}))
}

fn gt_not_found(ctx: &Ctx) -> Resp {
    json_resp(
        404,
        json!({"errors": Value::Null, "message": "The target couldn't be found.", "url": ctx.swagger()}),
    )
}

fn gt_user(ctx: &Ctx, st: &St, login: &str) -> Value {
    json!({
        "id": st.owner_id(login),
        "login": login,
        "login_name": "",
        "full_name": "",
        "email": format!("{login}@noreply.127.0.0.1"),
        "avatar_url": "",
        "html_url": format!("https://{}/{login}", ctx.host),
        "username": login,
        "is_admin": false,
        "restricted": false,
        "active": true,
        "visibility": "public",
    })
}

fn gt_org(ctx: &Ctx, g: &Group) -> Value {
    json!({
        "id": g.id,
        "name": g.path,
        "username": g.path,
        "full_name": "",
        "email": "",
        "avatar_url": "",
        "description": "",
        "website": "",
        "location": "",
        "visibility": "public",
        "repo_admin_change_team_access": false,
        "html_url": format!("https://{}/{}", ctx.host, g.path),
    })
}

fn gt_repo(ctx: &Ctx, st: &St, r: &Repo, login: &str) -> Value {
    let full = r.full();
    let w = st.can_write(login, r);
    let empty_repo = git_at(
        &ctx.bare(&r.owner, &r.name),
        &["for-each-ref", "--count=1"],
        "",
    )
    .map(|o| o.is_empty())
    .unwrap_or(true);
    let owner = match st.group(&r.owner) {
        Some(g) => {
            let mut o = gt_user(ctx, st, &g.path);
            o["id"] = json!(g.id);
            o
        }
        None => gt_user(ctx, st, &r.owner),
    };
    json!({
        "id": r.id,
        "owner": owner,
        "name": r.name,
        "full_name": full,
        "description": r.description.clone().unwrap_or_default(),
        "empty": empty_repo,
        "private": r.private(),
        "fork": false,
        "template": false,
        "mirror": false,
        "size": 0,
        "html_url": format!("https://{}/{full}", ctx.host),
        "url": format!("https://{}/api/v1/repos/{full}", ctx.host),
        "ssh_url": ctx.ssh_url(&full),
        "clone_url": format!("https://{}/{full}.git", ctx.host),
        "website": "",
        "default_branch": r.default_branch,
        "archived": false,
        "created_at": r.created_at,
        "updated_at": r.created_at,
        "permissions": {"admin": w, "push": w, "pull": true},
        "internal": false,
        "object_format_name": "sha1",
    })
}

fn gt_key(ctx: &Ctx, r: &Repo, i: usize) -> Value {
    let k = &r.keys[i];
    json!({
        "id": k.id,
        "key_id": k.id,
        "key": k.key,
        "url": format!("https://{}/api/v1/repos/{}/keys/{}", ctx.host, r.full(), k.id),
        "title": k.title,
        "fingerprint": normalise_key(&k.key).map(|x| x.1).unwrap_or_default(),
        "created_at": r.key_created[i],
        "read_only": k.read_only,
    })
}

fn gt_team(ctx: &Ctx, st: &St, t: &Team) -> Value {
    json!({
        "id": t.id,
        "name": t.name,
        "description": "",
        "organization": st.group(&t.org).map(|g| gt_org(ctx, g)),
        "includes_all_repositories": false,
        "permission": "write",
        "units": ["repo.code"],
        "units_map": {"repo.code": "write"},
        "can_create_org_repo": false,
    })
}

fn gitea(ctx: &Ctx, st: &mut St, caller: &Caller, req: &Req, segs: &[&str]) -> Resp {
    let login = caller.login.as_str();
    let m = req.method.as_str();
    let Some(body) = body_json(req) else {
        return gt_err(ctx, 422, "invalid JSON body");
    };
    match (m, segs) {
        ("GET", ["user"]) => json_resp(200, gt_user(ctx, st, login)),
        ("GET", ["orgs", org]) => match st.group(org) {
            Some(g) => json_resp(200, gt_org(ctx, g)),
            None => gt_not_found(ctx),
        },
        ("POST", ["user", "repos"]) | ("POST", ["orgs", _, "repos"]) => {
            let owner = if segs[0] == "user" { login } else { segs[1] };
            if segs[0] == "orgs" {
                if st.group(owner).is_none() {
                    return gt_not_found(ctx);
                }
                if !st.is_member(login, owner) {
                    return gt_err(ctx, 403, "Given user is not owner of organization.");
                }
            }
            let Some(name) = s_of(&body, "name").filter(|n| !n.is_empty()) else {
                return gt_err(ctx, 422, "[Name]: Required");
            };
            if st.repo(owner, &name).is_some() {
                return gt_err(
                    ctx,
                    409,
                    "The repository with the same name already exists.",
                );
            }
            let private = b_of(&body, "private").unwrap_or(false);
            let branch = s_of(&body, "default_branch")
                .filter(|b| !b.is_empty())
                .unwrap_or_else(|| "main".into());
            let init = b_of(&body, "auto_init").unwrap_or(false);
            let vis = if private { "private" } else { "public" };
            match ctx.create_repo(
                st,
                owner,
                &name,
                s_of(&body, "description"),
                vis,
                init,
                &branch,
            ) {
                Ok(i) => json_resp(201, gt_repo(ctx, st, &st.repos[i], login)),
                Err(e) => gt_err(ctx, 500, &e),
            }
        }
        ("GET", ["orgs", org, "teams", "search"]) => {
            if st.group(org).is_none() {
                return gt_not_found(ctx);
            }
            let q = query_param(&req.query, "q")
                .unwrap_or_default()
                .to_lowercase();
            let teams: Vec<Value> = st
                .teams
                .iter()
                .filter(|t| t.org == *org && t.name.to_lowercase().contains(&q))
                .map(|t| gt_team(ctx, st, t))
                .collect();
            json_resp(200, json!({"data": teams, "ok": true}))
        }
        ("PUT", ["teams", tid, "repos", _org, name]) => {
            let Some(t) = st.teams.iter().find(|t| t.id.to_string() == *tid) else {
                return gt_not_found(ctx);
            };
            let (tname, torg, tid) = (t.name.clone(), t.org.clone(), t.id);
            // Gitea looks the repository up in the team's organisation, whatever `{org}` says.
            let Some(i) = st.repo(&torg, name) else {
                return gt_not_found(ctx);
            };
            if !st.can_write(login, &st.repos[i]) {
                return gt_err(ctx, 403, "Must have admin-level access to the repository");
            }
            let r = &mut st.repos[i];
            if !r.grants.iter().any(|(n, _, _)| *n == tname) {
                r.grants.push((tname, "write".into(), tid));
            }
            empty(204)
        }
        (_, ["repos", owner, name, rest @ ..]) => {
            let Some(i) = st
                .repo(owner, name)
                .filter(|&i| st.can_read(login, &st.repos[i]))
            else {
                return gt_not_found(ctx);
            };
            let writable = st.can_write(login, &st.repos[i]);
            if !(writable || m == "GET" && rest.is_empty()) {
                return gt_err(
                    ctx,
                    403,
                    "user should be an owner or a collaborator with admin write of a repository",
                );
            }
            match (m, rest) {
                ("GET", []) => json_resp(200, gt_repo(ctx, st, &st.repos[i], login)),
                ("PATCH", []) => {
                    let mut r = st.repos[i].clone();
                    if let Some(d) = s_of(&body, "description") {
                        r.description = Some(d);
                    }
                    if let Some(p) = b_of(&body, "private") {
                        r.visibility = if p { "private" } else { "public" }.into();
                    }
                    if let Some(b) = s_of(&body, "default_branch") {
                        ctx.set_default_branch(&mut r, &b);
                    }
                    st.repos[i] = r;
                    json_resp(200, gt_repo(ctx, st, &st.repos[i], login))
                }
                ("GET", ["keys"]) => {
                    let r = &st.repos[i];
                    json_resp(
                        200,
                        Value::Array((0..r.keys.len()).map(|k| gt_key(ctx, r, k)).collect()),
                    )
                }
                ("GET", ["keys", id]) => {
                    let r = &st.repos[i];
                    match r.keys.iter().position(|k| k.id.to_string() == *id) {
                        Some(k) => json_resp(200, gt_key(ctx, r, k)),
                        None => gt_not_found(ctx),
                    }
                }
                ("POST", ["keys"]) => {
                    let (Some(title), Some(key)) = (s_of(&body, "title"), s_of(&body, "key"))
                    else {
                        return gt_err(ctx, 422, "[Title]: Required, [Key]: Required");
                    };
                    let Some((key, _)) = normalise_key(&key) else {
                        return gt_err(ctx, 422, "Invalid key content: ssh: no key found");
                    };
                    let r = &st.repos[i];
                    if r.keys.iter().any(|k| k.key == key) {
                        return gt_err(
                            ctx,
                            422,
                            "This key has already been added to this repository",
                        );
                    }
                    if r.keys.iter().any(|k| k.title == title) {
                        return gt_err(ctx, 422, "A key with the same name already exists");
                    }
                    let id = st.id();
                    let r = &mut st.repos[i];
                    r.keys.push(DeployKey {
                        id,
                        title,
                        key,
                        read_only: b_of(&body, "read_only").unwrap_or(false),
                    });
                    r.key_created.push(now_rfc3339());
                    ctx.write_authorized_keys(st);
                    let r = &st.repos[i];
                    json_resp(201, gt_key(ctx, r, r.keys.len() - 1))
                }
                ("DELETE", ["keys", id]) => {
                    let r = &mut st.repos[i];
                    match r.keys.iter().position(|k| k.id.to_string() == *id) {
                        Some(k) => {
                            r.keys.remove(k);
                            r.key_created.remove(k);
                            ctx.write_authorized_keys(st);
                            empty(204)
                        }
                        None => gt_not_found(ctx),
                    }
                }
                ("GET", ["teams"]) => {
                    let r = &st.repos[i];
                    let teams: Vec<Value> = r
                        .grants
                        .iter()
                        .filter_map(|(_, _, tid)| st.teams.iter().find(|t| t.id == *tid))
                        .map(|t| gt_team(ctx, st, t))
                        .collect();
                    json_resp(200, Value::Array(teams))
                }
                _ => gt_not_found(ctx),
            }
        }
        _ => gt_not_found(ctx),
    }
}

// ---------------------------------------------------------------------------------------------------------
// Git smart HTTP through git http-backend

fn git_http(ctx: &Ctx, req: &Req) -> Resp {
    let path = percent_decode(&req.path);
    let suffix = ["/info/refs", "/git-upload-pack", "/git-receive-pack"]
        .into_iter()
        .find(|s| path.ends_with(s));
    let Some(suffix) = suffix else {
        return text(404, "Not Found");
    };
    let repo_part = path[..path.len() - suffix.len()].trim_start_matches('/');
    let repo_part = repo_part.strip_suffix(".git").unwrap_or(repo_part);
    let Some((owner, name)) = repo_part.rsplit_once('/') else {
        return text(404, "Not Found");
    };
    let push = suffix == "/git-receive-pack"
        || query_param(&req.query, "service").as_deref() == Some("git-receive-pack");
    let realm = match ctx.flavor {
        Flavor::GitHub => "GitHub",
        Flavor::GitLab => "GitLab",
        Flavor::Gitea => "Gitea",
    };
    let challenge = || {
        let mut r = text(401, "Authentication required\n");
        r.headers.push((
            "WWW-Authenticate".into(),
            format!("Basic realm=\"{realm}\""),
        ));
        r
    };
    let creds = req
        .headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .and_then(|a| {
            a.strip_prefix("Basic ")
                .or_else(|| a.strip_prefix("basic "))
        })
        .and_then(|b| {
            base64::engine::general_purpose::STANDARD
                .decode(b.trim())
                .ok()
        })
        .and_then(|d| String::from_utf8(d).ok())
        .and_then(|d| {
            d.split_once(':')
                .map(|(u, p)| (u.to_string(), p.to_string()))
        });
    let remote_user;
    {
        let st = ctx.lock();
        let Some(i) = st.repo(owner, name) else {
            return if creds.is_some() {
                text(404, "Repository not found.\n")
            } else {
                challenge()
            };
        };
        let r = &st.repos[i];
        match &creds {
            None if !push && !r.private() => remote_user = "anonymous".to_string(),
            None => return challenge(),
            Some((user, pass)) => {
                if let Some(t) = st.tokens.iter().find(|t| t.token == *pass) {
                    if !st.can_read(&t.login, r) {
                        return text(404, "Repository not found.\n");
                    }
                    if push && (!t.write || !st.can_write(&t.login, r)) {
                        return text(
                            403,
                            &format!("Permission to {} denied to {}.\n", r.full(), t.login),
                        );
                    }
                    remote_user = t.login.clone();
                } else if let Some(d) = r
                    .deploy_tokens
                    .iter()
                    .find(|d| d.token == *pass && d.username == *user)
                {
                    if push || !d.scopes.iter().any(|s| s == "read_repository") {
                        return text(403, "You are not allowed to push code to this project.\n");
                    }
                    remote_user = d.username.clone();
                } else {
                    return challenge();
                }
            }
        }
    }
    let path_info = format!("/{owner}/{name}.git{suffix}");
    run_cgi(ctx, req, &path_info, &remote_user)
}

fn run_cgi(ctx: &Ctx, req: &Req, path_info: &str, remote_user: &str) -> Resp {
    let header = |n: &str| {
        req.headers
            .get(n)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_string()
    };
    let child = Command::new("/usr/lib/git-core/git-http-backend")
        .env("GIT_PROJECT_ROOT", ctx.repos_root())
        .env("GIT_HTTP_EXPORT_ALL", "1")
        .env("PATH_INFO", path_info)
        .env("QUERY_STRING", &req.query)
        .env("REQUEST_METHOD", &req.method)
        .env("CONTENT_TYPE", header("content-type"))
        .env("CONTENT_LENGTH", req.body.len().to_string())
        .env("HTTP_CONTENT_ENCODING", header("content-encoding"))
        .env("HTTP_GIT_PROTOCOL", header("git-protocol"))
        .env("REMOTE_USER", remote_user)
        .env("REMOTE_ADDR", "127.0.0.1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let mut child = match child {
        Ok(c) => c,
        Err(e) => return text(500, &format!("git http-backend: {e}")),
    };
    let body = req.body.clone();
    let stdin = child.stdin.take();
    let writer = std::thread::spawn(move || {
        if let Some(mut i) = stdin {
            let _ = i.write_all(&body);
        }
    });
    let mut out = Vec::new();
    if let Some(mut o) = child.stdout.take() {
        let _ = o.read_to_end(&mut out);
    }
    let _ = writer.join();
    let _ = child.wait_with_output();
    let (head_end, sep) = match (
        out.windows(4).position(|w| w == b"\r\n\r\n"),
        out.windows(2).position(|w| w == b"\n\n"),
    ) {
        (Some(a), Some(b)) if b < a => (b, 2),
        (Some(a), _) => (a, 4),
        (None, Some(b)) => (b, 2),
        (None, None) => return text(502, "bad CGI output from git http-backend"),
    };
    let head = String::from_utf8_lossy(&out[..head_end]).into_owned();
    let mut resp = Resp {
        status: 200,
        headers: Vec::new(),
        body: out[head_end + sep..].to_vec(),
    };
    for line in head.lines() {
        let Some((k, v)) = line.split_once(':') else {
            continue;
        };
        let v = v.trim();
        if k.eq_ignore_ascii_case("status") {
            resp.status = v
                .split_whitespace()
                .next()
                .and_then(|s| s.parse().ok())
                .unwrap_or(500);
        } else {
            resp.headers.push((k.trim().to_string(), v.to_string()));
        }
    }
    resp
}

// ---------------------------------------------------------------------------------------------------------
// Setup and public API

/// The gate every deploy key is forced through: `gate.sh <owner/repo:ro|rw>...`.
const GATE: &str = r#"#!/bin/sh
# Forced command of the emulator's deploy keys: runs git-upload-pack / git-receive-pack on the repositories
# this key is registered on, nothing else.
cmd="$SSH_ORIGINAL_COMMAND"
# The repositories belong to root; this runs as `git`.
export GIT_CONFIG_GLOBAL="@SSH@/gitconfig"
case "$cmd" in
  "git-upload-pack "*) verb=git-upload-pack; arg=${cmd#git-upload-pack } ;;
  "git upload-pack "*) verb=git-upload-pack; arg=${cmd#git upload-pack } ;;
  "git-receive-pack "*) verb=git-receive-pack; arg=${cmd#git-receive-pack } ;;
  "git receive-pack "*) verb=git-receive-pack; arg=${cmd#git receive-pack } ;;
  *) echo "emulator: only git-upload-pack and git-receive-pack are allowed" >&2; exit 1 ;;
esac
arg=$(printf '%s' "$arg" | sed -e "s/^'//" -e "s/'\$//" -e 's#^/*##' -e 's#/*$##' -e 's#\.git$##')
for grant in "$@"; do
  repo=${grant%:*}
  mode=${grant##*:}
  if [ "$repo" = "$arg" ]; then
    if [ "$verb" = git-receive-pack ] && [ "$mode" != rw ]; then
      echo "ERROR: The key you are authenticating with has been marked as read only." >&2
      exit 1
    fi
    exec "$verb" "@REPOS@/$repo.git"
  fi
done
echo "ERROR: Repository not found." >&2
exit 1
"#;

/// Makes sure a local user `git` exists, with a usable shell and an unlocked account (sshd refuses locked
/// ones when PAM is off).
fn ensure_git_user() {
    let exists = || {
        Command::new("getent")
            .args(["passwd", "git"])
            .stdout(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    };
    // Several emulators may race here (useradd then fails on the lock): try again until the user exists.
    for _ in 0..50 {
        if exists() {
            return;
        }
        let _ = Command::new("useradd")
            .args([
                "--system",
                "--shell",
                "/bin/sh",
                "--home-dir",
                "/",
                "--no-create-home",
            ])
            .args(["--password", "*", "git"])
            .stderr(Stdio::null())
            .status();
        if !exists() {
            std::thread::sleep(Duration::from_millis(200));
        }
    }
    assert!(
        exists(),
        "a local user `git` is needed for the emulator's sshd"
    );
}

fn wait_port(port: u16, what: &str) {
    eventually(Duration::from_secs(10), what, || {
        std::net::TcpStream::connect(("127.0.0.1", port)).is_ok()
    });
}

fn make_certs(root: &Path) {
    let ec = [
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:prime256v1",
        "-nodes",
    ];
    run(Command::new("openssl")
        .args(["req", "-x509"])
        .args(ec)
        .args(["-days", "7", "-subj", "/CN=Flux e2e provider emulator CA"])
        .args(["-addext", "basicConstraints=critical,CA:TRUE"])
        .args(["-addext", "keyUsage=critical,keyCertSign,cRLSign"])
        .arg("-keyout")
        .arg(root.join("ca.key"))
        .arg("-out")
        .arg(root.join("ca.crt")));
    run(Command::new("openssl")
        .arg("req")
        .args(ec)
        .args(["-subj", "/CN=127.0.0.1"])
        .arg("-keyout")
        .arg(root.join("server.key"))
        .arg("-out")
        .arg(root.join("server.csr")));
    std::fs::write(
        root.join("server.ext"),
        "subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\n\
         extendedKeyUsage=serverAuth\nsubjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid,issuer\n",
    )
    .expect("write server.ext");
    run(Command::new("openssl")
        .args(["x509", "-req", "-days", "7", "-CAcreateserial"])
        .arg("-in")
        .arg(root.join("server.csr"))
        .arg("-CA")
        .arg(root.join("ca.crt"))
        .arg("-CAkey")
        .arg(root.join("ca.key"))
        .arg("-extfile")
        .arg(root.join("server.ext"))
        .arg("-out")
        .arg(root.join("server.crt")));
}

impl ProviderEmulator {
    /// Starts nginx (TLS, cert for IP 127.0.0.1 signed by a fresh test CA made with the `openssl` CLI) in front
    /// of the axum emulator, and an sshd.
    pub fn start(flavor: Flavor) -> Self {
        ensure_git_user();
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path().to_path_buf();
        // sshd runs the gate as `git`, which must reach the repositories.
        run(Command::new("chmod").arg("755").arg(&root));
        for d in [
            "repos",
            "ssh",
            "nginx/body",
            "nginx/proxy",
            "nginx/fcgi",
            "nginx/uwsgi",
            "nginx/scgi",
        ] {
            std::fs::create_dir_all(root.join(d)).expect("mkdir");
        }
        run(Command::new("chmod").arg("777").arg(root.join("repos")));
        make_certs(&root);

        let https_port = free_port();
        let ssh_port = free_port();
        let ctx = Arc::new(Ctx {
            flavor,
            root: root.clone(),
            host: format!("127.0.0.1:{https_port}"),
            ssh_port,
            state: Mutex::new(St {
                next_id: 100,
                ..St::default()
            }),
        });

        // The API server on its own runtime.
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name("provider-emulator")
            .enable_all()
            .build()
            .expect("tokio runtime");
        let listener = runtime
            .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
            .expect("bind the emulator");
        let api_port = listener.local_addr().expect("local addr").port();
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        let app = axum::Router::new().fallback(handle).with_state(ctx.clone());
        runtime.spawn(async move {
            let _ = axum::serve(listener, app)
                .with_graceful_shutdown(async {
                    let _ = rx.await;
                })
                .await;
        });

        let mut children = Vec::new();
        let r = root.display();
        let conf = format!(
            "user root; worker_processes 1; daemon off; pid {r}/nginx.pid; error_log {r}/nginx-error.log;\n\
             events {{}}\nhttp {{ access_log {r}/access.log; client_body_temp_path {r}/nginx/body; \
             fastcgi_temp_path {r}/nginx/fcgi; proxy_temp_path {r}/nginx/proxy; uwsgi_temp_path {r}/nginx/uwsgi; \
             scgi_temp_path {r}/nginx/scgi;\n server {{ listen 127.0.0.1:{https_port} ssl; \
             ssl_certificate {r}/server.crt; ssl_certificate_key {r}/server.key; client_max_body_size 0;\n  \
             location / {{ proxy_pass http://127.0.0.1:{api_port}; proxy_http_version 1.1; \
             proxy_set_header Host $http_host; proxy_request_buffering off; proxy_buffering off; \
             proxy_read_timeout 600s; proxy_send_timeout 600s; }} }} }}\n"
        );
        std::fs::write(root.join("nginx.conf"), conf).expect("write nginx.conf");
        children.push(
            Command::new("nginx")
                .args(["-c", &root.join("nginx.conf").display().to_string()])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .expect("nginx starts"),
        );

        // sshd: user `git`, keys from the emulator's authorized_keys only.
        let ssh = root.join("ssh");
        let gate = GATE
            .replace("@REPOS@", &root.join("repos").display().to_string())
            .replace("@SSH@", &ssh.display().to_string());
        std::fs::write(ssh.join("gitconfig"), "[safe]\n\tdirectory = *\n")
            .expect("write gitconfig");
        std::fs::write(ssh.join("gate.sh"), gate).expect("write gate");
        run(Command::new("chmod").arg("755").arg(ssh.join("gate.sh")));
        std::fs::write(ssh.join("authorized_keys"), "").expect("write authorized_keys");
        let _ = std::fs::create_dir_all("/run/sshd");
        run(Command::new("ssh-keygen")
            .args(["-q", "-t", "ed25519", "-N", "", "-f"])
            .arg(ssh.join("host_key")));
        let s = ssh.display();
        let sshd_conf = format!(
            "Port {ssh_port}\nListenAddress 127.0.0.1\nHostKey {s}/host_key\nAuthorizedKeysFile {s}/authorized_keys\n\
             PidFile {s}/sshd.pid\nUsePAM no\nStrictModes no\nPasswordAuthentication no\nPermitRootLogin no\n\
             KbdInteractiveAuthentication no\nAllowUsers git\nAcceptEnv GIT_PROTOCOL\nPrintMotd no\n"
        );
        std::fs::write(ssh.join("sshd_config"), sshd_conf).expect("write sshd_config");
        let sshd_log = std::fs::File::create(ssh.join("sshd.log")).expect("sshd log");
        children.push(
            Command::new("/usr/sbin/sshd")
                .args(["-D", "-e", "-f"])
                .arg(ssh.join("sshd_config"))
                .stdout(Stdio::null())
                .stderr(sshd_log)
                .spawn()
                .expect("sshd starts"),
        );
        // Built before waiting, so that a failed start still stops what did start.
        let em = Self {
            flavor,
            ctx,
            children,
            runtime: Some(runtime),
            shutdown: Some(tx),
            https_port,
            ssh_port,
            _dir: dir,
        };
        wait_port(https_port, "nginx");
        wait_port(ssh_port, "sshd");
        em
    }

    /// Which provider this is.
    pub fn flavor(&self) -> Flavor {
        self.flavor
    }

    /// `127.0.0.1:PORT` of the HTTPS front (what the user passes as `--hostname`).
    pub fn host(&self) -> String {
        format!("127.0.0.1:{}", self.https_port)
    }

    /// `https://HOST/api/v3|v4|v1`: the API base.
    pub fn api_url(&self) -> String {
        format!("https://{}{}", self.host(), self.ctx.api_base())
    }

    /// PEM of the test CA that signed the HTTPS front's certificate.
    pub fn ca_file(&self) -> PathBuf {
        self.ctx.root.join("ca.crt")
    }

    /// `127.0.0.1:PORT` of sshd (what the user passes as `--ssh-hostname`).
    pub fn ssh_host(&self) -> String {
        format!("127.0.0.1:{}", self.ssh_port)
    }

    /// `known_hosts` line of sshd's host key.
    pub fn known_hosts(&self) -> String {
        let host_pub = std::fs::read_to_string(self.ctx.root.join("ssh").join("host_key.pub"))
            .unwrap_or_default();
        let mut parts = host_pub.split_whitespace();
        format!(
            "[127.0.0.1]:{} {} {}\n",
            self.ssh_port,
            parts.next().unwrap_or_default(),
            parts.next().unwrap_or_default()
        )
    }

    /// nginx's error log and sshd's log, for failure messages.
    pub fn logs(&self) -> String {
        let read = |p: PathBuf| std::fs::read_to_string(p).unwrap_or_default();
        format!(
            "--- nginx-error.log\n{}--- sshd.log\n{}",
            read(self.ctx.root.join("nginx-error.log")),
            read(self.ctx.root.join("ssh").join("sshd.log"))
        )
    }

    /// A user and a personal access token with full rights.
    pub fn add_user(&self, login: &str, token: &str) {
        let mut st = self.ctx.lock();
        if st.user(login).is_none() {
            let (id, namespace_id) = (st.id(), st.id());
            st.users.push(User {
                id,
                namespace_id,
                login: login.to_string(),
            });
        }
        st.tokens.push(Token {
            token: token.to_string(),
            login: login.to_string(),
            write: true,
        });
    }

    /// A token of `login` that can GET but every write (POST/PUT/PATCH/DELETE, git push) gets 403.
    pub fn add_read_only_token(&self, login: &str, token: &str) {
        let mut st = self.ctx.lock();
        assert!(st.user(login).is_some(), "add_user({login}) first");
        st.tokens.push(Token {
            token: token.to_string(),
            login: login.to_string(),
            write: false,
        });
    }

    /// A GitHub/Gitea organization or a GitLab group (`full/path`; missing parent groups are created without
    /// members). Members may create repositories in it and administer them.
    pub fn add_org(&self, org: &str, members: &[&str]) {
        let mut st = self.ctx.lock();
        let parts: Vec<&str> = org.split('/').collect();
        for n in 1..=parts.len() {
            let path = parts[..n].join("/");
            if st.group(&path).is_none() {
                let id = st.id();
                st.groups.push(Group {
                    id,
                    path: path.clone(),
                    members: Vec::new(),
                });
            }
        }
        if let Some(g) = st.groups.iter_mut().find(|g| g.path == org) {
            for m in members {
                if !g.members.iter().any(|x| x == m) {
                    g.members.push(m.to_string());
                }
            }
        }
    }

    /// A GitHub/Gitea team of `org` (slug: the name lowercased, spaces as '-'); on GitLab a group `team` that
    /// projects can be shared with.
    pub fn add_team(&self, org: &str, team: &str) {
        if self.flavor == Flavor::GitLab {
            self.add_org(team, &[]);
            return;
        }
        let mut st = self.ctx.lock();
        assert!(st.group(org).is_some(), "add_org({org}) first");
        let id = st.id();
        st.teams.push(Team {
            id,
            org: org.to_string(),
            name: team.to_string(),
            slug: team.to_lowercase().replace(' ', "-"),
        });
    }

    /// The real bare repository on disk (`owner` may be `group/sub` on GitLab).
    pub fn bare_repo(&self, owner: &str, repo: &str) -> PathBuf {
        self.ctx.bare(owner, repo)
    }

    /// Deploy keys registered on the repository (empty when it does not exist).
    pub fn deploy_keys(&self, owner: &str, repo: &str) -> Vec<DeployKey> {
        let st = self.ctx.lock();
        st.repo(owner, repo)
            .map(|i| st.repos[i].keys.clone())
            .unwrap_or_default()
    }

    /// `(team, permission)` granted on the repository: GitHub team slug and `pull|triage|push|maintain|admin`,
    /// Gitea team name and `write` (the team's own permission), GitLab group full path and the access level
    /// number (`"40"` for maintainer).
    pub fn team_grants(&self, owner: &str, repo: &str) -> Vec<(String, String)> {
        let st = self.ctx.lock();
        st.repo(owner, repo)
            .map(|i| {
                st.repos[i]
                    .grants
                    .iter()
                    .map(|(t, p, _)| (t.clone(), p.clone()))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Names of the GitLab deploy tokens of the project.
    pub fn deploy_tokens(&self, owner: &str, repo: &str) -> Vec<String> {
        let st = self.ctx.lock();
        st.repo(owner, repo)
            .map(|i| {
                st.repos[i]
                    .deploy_tokens
                    .iter()
                    .map(|t| t.name.clone())
                    .collect()
            })
            .unwrap_or_default()
    }

    /// `METHOD /path STATUS` of every request (API and Git smart HTTP), in order; the path is the raw one
    /// (percent-encoded as sent, without the query).
    pub fn requests(&self) -> Vec<String> {
        self.ctx.lock().requests.clone()
    }

    /// Removes the deploy key titled `title` behind the API's back, to simulate drift.
    pub fn delete_deploy_key(&self, owner: &str, repo: &str, title: &str) {
        let mut st = self.ctx.lock();
        if let Some(i) = st.repo(owner, repo) {
            let r = &mut st.repos[i];
            while let Some(k) = r.keys.iter().position(|k| k.title == title) {
                r.keys.remove(k);
                r.key_created.remove(k);
            }
            self.ctx.write_authorized_keys(&st);
        }
    }
}

impl Drop for ProviderEmulator {
    fn drop(&mut self) {
        for c in &mut self.children {
            let _ = Command::new("kill")
                .args(["-TERM", &c.id().to_string()])
                .status();
            let _ = c.wait();
        }
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(rt) = self.runtime.take() {
            rt.shutdown_timeout(Duration::from_secs(2));
        }
    }
}
