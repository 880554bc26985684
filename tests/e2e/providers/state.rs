//! The emulator's in-memory state (users, tokens, organisations/groups, teams, repositories, deploy keys and
//! tokens) and what the request handlers share: the context with its helpers to create repositories, rewrite
//! sshd's `authorized_keys` and identify the calling token.

use std::path::PathBuf;
use std::process::Command;
use std::sync::{Mutex, MutexGuard};

use base64::Engine as _;
use serde_json::Value;

use super::util::{Req, git_at, now_rfc3339};
use super::{DeployKey, Flavor};

/// What the request handlers share.
pub(super) struct Ctx {
    pub(super) flavor: Flavor,
    pub(super) root: PathBuf,
    /// `127.0.0.1:PORT` of the HTTPS front.
    pub(super) host: String,
    pub(super) ssh_port: u16,
    pub(super) state: Mutex<St>,
}

#[derive(Default)]
pub(super) struct St {
    pub(super) next_id: u64,
    pub(super) users: Vec<User>,
    pub(super) tokens: Vec<Token>,
    /// GitHub/Gitea organisations, GitLab groups (full path).
    pub(super) groups: Vec<Group>,
    /// GitHub/Gitea teams (on GitLab, teams are groups).
    pub(super) teams: Vec<Team>,
    pub(super) repos: Vec<Repo>,
    pub(super) requests: Vec<String>,
    /// GitHub Apps (GitHub flavor).
    pub(super) apps: Vec<App>,
    /// Installation tokens handed out, to prove they are cached.
    pub(super) app_tokens_issued: usize,
    /// Bitbucket Server: (project key, project name).
    pub(super) project_names: Vec<(String, String)>,
}

/// A GitHub App: its id, the public half of its key, and its installations (id, owner).
pub(super) struct App {
    pub(super) id: u64,
    pub(super) key: rsa::RsaPublicKey,
    pub(super) installations: Vec<(u64, String)>,
}

pub(super) struct User {
    pub(super) id: u64,
    /// GitLab: id of the user's personal namespace.
    pub(super) namespace_id: u64,
    pub(super) login: String,
}

pub(super) struct Token {
    pub(super) token: String,
    pub(super) login: String,
    pub(super) write: bool,
}

pub(super) struct Group {
    pub(super) id: u64,
    pub(super) path: String,
    pub(super) members: Vec<String>,
}

pub(super) struct Team {
    pub(super) id: u64,
    pub(super) org: String,
    pub(super) name: String,
    pub(super) slug: String,
}

#[derive(Clone)]
pub(super) struct Repo {
    pub(super) id: u64,
    pub(super) owner: String,
    pub(super) name: String,
    pub(super) description: Option<String>,
    pub(super) visibility: String,
    pub(super) default_branch: String,
    pub(super) created_at: String,
    pub(super) keys: Vec<DeployKey>,
    pub(super) key_created: Vec<String>,
    /// (team slug or GitLab group full path, permission; on GitLab the access level number), team/group id.
    pub(super) grants: Vec<(String, String, u64)>,
    pub(super) deploy_tokens: Vec<DeployToken>,
}

#[derive(Clone)]
pub(super) struct DeployToken {
    pub(super) id: u64,
    pub(super) name: String,
    pub(super) username: String,
    pub(super) expires_at: Value,
    pub(super) scopes: Vec<String>,
    pub(super) token: String,
}

impl Repo {
    pub(super) fn full(&self) -> String {
        format!("{}/{}", self.owner, self.name)
    }
    pub(super) fn private(&self) -> bool {
        self.visibility != "public"
    }
}

impl St {
    pub(super) fn id(&mut self) -> u64 {
        self.next_id += 1;
        self.next_id
    }
    pub(super) fn user(&self, login: &str) -> Option<&User> {
        self.users.iter().find(|u| u.login == login)
    }
    pub(super) fn group(&self, path: &str) -> Option<&Group> {
        self.groups.iter().find(|g| g.path == path)
    }
    pub(super) fn repo(&self, owner: &str, name: &str) -> Option<usize> {
        self.repos
            .iter()
            .position(|r| r.owner == owner && r.name == name)
    }
    /// Member of the organisation/group, or (GitLab) of one of its ancestors.
    pub(super) fn is_member(&self, login: &str, path: &str) -> bool {
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
    pub(super) fn can_write(&self, login: &str, r: &Repo) -> bool {
        // Bitbucket Server's personal projects are `~user`.
        r.owner == login
            || r.owner.strip_prefix('~') == Some(login)
            || self.is_member(login, &r.owner)
    }
    pub(super) fn can_read(&self, login: &str, r: &Repo) -> bool {
        !r.private() || self.can_write(login, r)
    }
    pub(super) fn owner_id(&self, owner: &str) -> u64 {
        self.user(owner)
            .map(|u| u.id)
            .or_else(|| self.group(owner).map(|g| g.id))
            .unwrap_or(0)
    }
}

/// Who is calling: the token's user and whether the token may write.
pub(super) struct Caller {
    pub(super) login: String,
    pub(super) write: bool,
}

impl Ctx {
    pub(super) fn lock(&self) -> MutexGuard<'_, St> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }
    pub(super) fn repos_root(&self) -> PathBuf {
        self.root.join("repos")
    }
    pub(super) fn bare(&self, owner: &str, name: &str) -> PathBuf {
        self.repos_root().join(owner).join(format!("{name}.git"))
    }
    pub(super) fn api_base(&self) -> &'static str {
        match self.flavor {
            Flavor::GitHub => "/api/v3",
            Flavor::GitLab => "/api/v4",
            Flavor::Gitea => "/api/v1",
            // `/rest/api/1.0` and `/rest/keys/1.0`.
            Flavor::BitbucketServer => "/rest",
        }
    }
    pub(super) fn ssh_url(&self, full: &str) -> String {
        match self.flavor {
            // GitHub (Enterprise too) never puts a port in ssh_url.
            Flavor::GitHub => format!("git@127.0.0.1:{full}.git"),
            Flavor::GitLab | Flavor::Gitea | Flavor::BitbucketServer => {
                format!("ssh://git@127.0.0.1:{}/{full}.git", self.ssh_port)
            }
        }
    }
    pub(super) fn swagger(&self) -> String {
        format!("https://{}/api/swagger", self.host)
    }

    /// Creates the bare repository on disk (and its first commit with a README when `auto_init`), and records it.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn create_repo(
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

    pub(super) fn set_default_branch(&self, r: &mut Repo, branch: &str) {
        r.default_branch = branch.to_string();
        let _ = git_at(
            &self.bare(&r.owner, &r.name),
            &["symbolic-ref", "HEAD", &format!("refs/heads/{branch}")],
            "",
        );
    }

    /// Rewrites `authorized_keys` from the deploy keys of every repository: one line per distinct key, forced
    /// through the gate script with the `owner/repo:ro|rw` pairs it may use.
    pub(super) fn write_authorized_keys(&self, st: &St) {
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
    pub(super) fn caller(&self, st: &St, req: &Req) -> Result<Caller, bool> {
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
        if token.is_none()
            && let Some(a) = header("authorization")
        {
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
