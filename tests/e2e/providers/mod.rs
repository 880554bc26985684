//! Emulators of the GitHub, GitLab, Gitea and Bitbucket Server REST APIs that `flux bootstrap
//! github|gitlab|gitea|bitbucket-server` calls, with
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

mod git_http;
mod gitea;
mod github;
mod github_app;
mod gitlab;
mod servers;
mod stash;
mod state;
mod util;

use std::path::PathBuf;
use std::process::{Child, Command};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Body;
use axum::extract::{Request, State as AxumState};
use axum::response::Response;
use serde_json::json;

use crate::harness::free_port;

use self::git_http::git_http;
use self::gitea::gitea;
use self::github::{gh_err, github};
use self::gitlab::gitlab;
use self::servers::{ensure_git_user, make_certs, spawn_nginx, spawn_sshd, wait_port};
use self::stash::stash;
use self::state::{Ctx, Group, St, Team, Token, User};
use self::util::{Req, Resp, json_resp, percent_decode, run, text};

/// Which provider the emulator imitates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flavor {
    GitHub,
    GitLab,
    Gitea,
    /// Bitbucket Server (REST 1.0 under `/rest`, Git under `/scm`).
    BitbucketServer,
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
    if ctx.flavor == Flavor::GitHub
        && let Some(resp) = github_app::route(ctx, &mut st, req, &segs)
    {
        return resp;
    }
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
        Flavor::BitbucketServer => stash(ctx, &mut st, &caller, req, &segs),
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
        Flavor::BitbucketServer => json_resp(
            401,
            json!({"errors": [{"context": null, "message": "Authentication failed. Please check your credentials and try again.", "exceptionName": "com.atlassian.bitbucket.auth.IncorrectPasswordAuthenticationException"}]}),
        ),
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
        Flavor::BitbucketServer => json_resp(
            401,
            json!({"errors": [{"context": null, "message": "You are not permitted to access this resource", "exceptionName": "com.atlassian.bitbucket.AuthorisationException"}]}),
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

        let children = vec![
            spawn_nginx(&root, https_port, api_port),
            spawn_sshd(&root, ssh_port),
        ];

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

    /// A GitHub App with the public key `public_key_pem`, installed on `owner` as `installation_id`.
    pub fn add_app(&self, app_id: u64, public_key_pem: &str, installation_id: u64, owner: &str) {
        let mut st = self.ctx.lock();
        st.apps.push(state::App {
            id: app_id,
            key: github_app::public_key(public_key_pem),
            installations: vec![(installation_id, owner.to_string())],
        });
    }

    /// How many installation tokens apps were given.
    pub fn app_tokens_issued(&self) -> usize {
        self.ctx.lock().app_tokens_issued
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

    /// A Bitbucket Server project: its key, its display name (what `--owner` names) and its members.
    pub fn add_project(&self, key: &str, name: &str, members: &[&str]) {
        self.add_org(key, members);
        self.ctx
            .lock()
            .project_names
            .push((key.to_string(), name.to_string()));
    }

    /// A Bitbucket Server group (groups are server-wide, not per project).
    pub fn add_group(&self, name: &str) {
        let mut st = self.ctx.lock();
        let id = st.id();
        st.teams.push(Team {
            id,
            org: String::new(),
            name: name.to_string(),
            slug: name.to_string(),
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
