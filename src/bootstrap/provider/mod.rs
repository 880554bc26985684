//! The Git provider APIs `flux bootstrap github|gitlab|gitea|bitbucket-server` talks to: find or create the repository, reconcile
//! its settings and team access, register the deploy key (or a GitLab deploy token).
//!
//! Each provider has a module with its REST routes ([`github`], [`gitlab`], [`gitea`], [`stash`] for Bitbucket
//! Server); they share one HTTP
//! client ([`Http`]) built on reqwest with the process' rustls provider, so `--ca-file` is honoured the same way
//! as for Git. Errors carry the method, URL, status and the provider's own message, and never the token.

mod gitea;
mod github;
mod gitlab;
mod hub;
mod stash;

use std::time::Duration;

use reqwest::Method;
use serde_json::Value;

/// The provider behind `--hostname`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    GitHub,
    GitLab,
    Gitea,
    /// Bitbucket Server / Data Center (the "stash" provider of go-git-providers).
    BitbucketServer,
}

impl Kind {
    /// The hostname Flux uses when `--hostname` is not given.
    pub fn default_hostname(self) -> &'static str {
        match self {
            Kind::GitHub => "github.com",
            Kind::GitLab => "gitlab.com",
            Kind::Gitea => "gitea.com",
            // Flux has no default: `--hostname` is required.
            Kind::BitbucketServer => "",
        }
    }

    /// Environment variable holding the token.
    pub fn token_env(self) -> &'static str {
        match self {
            Kind::GitHub => "GITHUB_TOKEN",
            Kind::GitLab => "GITLAB_TOKEN",
            Kind::Gitea => "GITEA_TOKEN",
            Kind::BitbucketServer => "BITBUCKET_TOKEN",
        }
    }

    /// Name in messages and prompts.
    pub fn display(self) -> &'static str {
        match self {
            Kind::GitHub => "GitHub",
            Kind::GitLab => "GitLab",
            Kind::Gitea => "Gitea",
            Kind::BitbucketServer => "Bitbucket",
        }
    }
}

/// How to reach a provider.
#[derive(Clone)]
pub struct Config {
    pub kind: Kind,
    /// `--hostname`: a host (`github.com`, `git.example.com:8443`) or a base URL (`https://…`, `http://…`).
    pub hostname: String,
    pub token: String,
    /// `--ca-file`: PEM bundle trusted on top of the system roots.
    pub ca_pem: Option<Vec<u8>>,
    /// Budget of one API request.
    pub timeout: Duration,
    /// Bitbucket Server: the user pushing the first commit of a new repository (`--username`, or the owner with
    /// `--personal`); unused by the other providers.
    pub username: String,
}

/// A repository as the user names it: `--owner` (user, organization, or GitLab group path) and `--repository`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RepoRef {
    pub owner: String,
    pub name: String,
    /// `--personal`: the owner is the token's user, not an organization.
    pub personal: bool,
}

impl RepoRef {
    /// `owner/name`.
    pub fn full_path(&self) -> String {
        format!("{}/{}", self.owner, self.name)
    }
}

/// Visibility of a repository.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Visibility {
    Private,
    Public,
    Internal,
}

impl Visibility {
    pub fn parse(s: &str) -> Result<Self, String> {
        match s {
            "private" => Ok(Visibility::Private),
            "public" => Ok(Visibility::Public),
            "internal" => Ok(Visibility::Internal),
            other => Err(format!(
                "unsupported visibility '{other}', must be one of: public, private, internal"
            )),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Visibility::Private => "private",
            Visibility::Public => "public",
            Visibility::Internal => "internal",
        }
    }
}

/// Settings a new repository is created with, and that `--reconcile` enforces on an existing one.
#[derive(Debug, Clone, Default)]
pub struct Settings {
    pub description: Option<String>,
    pub default_branch: Option<String>,
    pub visibility: Option<Visibility>,
}

/// A repository as the provider returned it.
#[derive(Debug, Clone)]
pub struct Repository {
    /// Provider id (GitLab addresses projects by it).
    pub id: String,
    pub reference: RepoRef,
    pub description: String,
    pub default_branch: String,
    pub visibility: Visibility,
    /// Groups/teams that already have access (GitLab returns them with the project).
    shared_with: Vec<String>,
}

/// Credentials of a GitLab deploy token.
pub struct DeployToken {
    pub username: String,
    pub token: String,
}

/// A failed provider call.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The provider answered with an error status.
    #[error("{method} {url}: {status} {message}")]
    Api {
        method: Method,
        url: String,
        status: u16,
        message: String,
    },
    /// The request did not get an answer.
    #[error("{method} {url}: {reason}")]
    Transport {
        method: Method,
        url: String,
        reason: String,
    },
    /// `--personal` with an owner that is not the token's user.
    #[error("the specified owner '{0}' doesn't match the identity associated with the given token")]
    IncorrectUser(String),
    /// Something the flags ask for does not exist at the provider.
    #[error("{0}")]
    Invalid(String),
}

impl Error {
    /// The provider said the object does not exist.
    pub fn is_not_found(&self) -> bool {
        matches!(self, Error::Api { status: 404, .. })
    }
}

/// A provider client.
pub struct Provider {
    kind: Kind,
    http: Http,
    /// `scheme://host[:port]` of the web and Git HTTPS endpoints.
    web: String,
    /// `host[:port]` for SSH URLs.
    domain: String,
    /// Bitbucket Server: the project key of the repository, once looked up by project name.
    stash_key: std::sync::Mutex<Option<String>>,
    /// Bitbucket Server: how the first commit of a new repository is pushed.
    stash_auth: crate::git::Auth,
}

impl Provider {
    pub fn new(config: &Config) -> Result<Self, Error> {
        let (scheme, host) = match config.hostname.split_once("://") {
            Some((scheme, host)) => (scheme.to_string(), host.trim_end_matches('/').to_string()),
            None => (
                "https".to_string(),
                config.hostname.trim_end_matches('/').to_string(),
            ),
        };
        let web = format!("{scheme}://{host}");
        let api = match config.kind {
            Kind::GitHub if host == "github.com" => "https://api.github.com".to_string(),
            Kind::GitHub => format!("{web}/api/v3"),
            Kind::GitLab => format!("{web}/api/v4"),
            Kind::Gitea => format!("{web}/api/v1"),
            // The stash routes carry their own prefixes (`/rest/api/1.0`, `/rest/keys/1.0`).
            Kind::BitbucketServer => web.clone(),
        };
        let auth = match config.kind {
            Kind::GitHub | Kind::BitbucketServer => {
                ("Authorization", format!("Bearer {}", config.token))
            }
            Kind::GitLab => ("PRIVATE-TOKEN", config.token.clone()),
            Kind::Gitea => ("Authorization", format!("token {}", config.token)),
        };
        let http = Http::new(api, auth, config.ca_pem.as_deref(), config.timeout)?;
        Ok(Provider {
            kind: config.kind,
            http,
            web,
            domain: host,
            stash_key: std::sync::Mutex::new(None),
            stash_auth: crate::git::Auth {
                username: Some(config.username.clone()),
                password: Some(config.token.clone()),
                ca: config.ca_pem.clone(),
                ..crate::git::Auth::default()
            },
        })
    }

    pub fn kind(&self) -> Kind {
        self.kind
    }

    /// The host Flux names in "connecting to …".
    pub fn domain(&self) -> &str {
        &self.domain
    }

    /// `https://host/owner/name`, how Flux names a repository in messages.
    pub fn repo_url(&self, r: &RepoRef) -> String {
        format!("{}/{}", self.web, r.full_path())
    }

    /// Clone URL over HTTPS: `https://host/owner/name.git` (Bitbucket Server: `https://host/scm/KEY/slug.git`,
    /// once the project key is known).
    pub fn https_url(&self, r: &RepoRef) -> String {
        if self.kind == Kind::BitbucketServer {
            return format!("{}/scm/{}.git", self.web, self.stash_path(r));
        }
        format!("{}.git", self.repo_url(r))
    }

    /// Clone URL over SSH: `ssh://git@host/owner/name` (Bitbucket Server: `ssh://git@host/KEY/slug`), on
    /// `ssh_host` (`--ssh-hostname`) when given.
    pub fn ssh_url(&self, r: &RepoRef, ssh_host: Option<&str>) -> String {
        let host = ssh_host.filter(|h| !h.is_empty()).unwrap_or(&self.domain);
        if self.kind == Kind::BitbucketServer {
            return format!("ssh://git@{host}/{}", self.stash_path(r));
        }
        format!("ssh://git@{host}/{}", r.full_path())
    }

    /// `KEY/slug` of a Bitbucket Server repository: a personal one lives in project `~owner`; an organization's
    /// key is the one [`Provider::stash_project_key`] looked up (the owner until then).
    fn stash_path(&self, r: &RepoRef) -> String {
        let key = if r.personal {
            format!("~{}", r.owner.trim_start_matches('~'))
        } else {
            self.stash_key
                .lock()
                .ok()
                .and_then(|k| k.clone())
                .unwrap_or_else(|| r.owner.clone())
        };
        format!("{key}/{}", stash::slug(&r.name))
    }

    /// The project key of a Bitbucket Server repository, looked up once by project name (`--owner`).
    async fn stash_project_key(&self, r: &RepoRef) -> Result<String, Error> {
        if r.personal {
            return Ok(format!("~{}", r.owner.trim_start_matches('~')));
        }
        if let Some(key) = self.stash_key.lock().ok().and_then(|k| k.clone()) {
            return Ok(key);
        }
        let key = stash::project_key(&self.http, &r.owner).await?;
        if let Ok(mut cached) = self.stash_key.lock() {
            *cached = Some(key.clone());
        }
        Ok(key)
    }

    /// The repository, or `None` when it does not exist.
    pub async fn get_repository(&self, r: &RepoRef) -> Result<Option<Repository>, Error> {
        let found = match self.kind {
            Kind::GitHub | Kind::Gitea => hub::get_repository(&self.http, r).await,
            Kind::GitLab => gitlab::get_repository(&self.http, r).await,
            Kind::BitbucketServer => {
                let key = self.stash_project_key(r).await?;
                stash::get_repository(&self.http, &key, r).await
            }
        };
        match found {
            Err(e) if e.is_not_found() => Ok(None),
            other => other.map(Some),
        }
    }

    /// Creates the repository (empty, as Flux does).
    pub async fn create_repository(
        &self,
        r: &RepoRef,
        settings: &Settings,
    ) -> Result<Repository, Error> {
        if self.kind == Kind::BitbucketServer {
            // The stash client creates a personal repository under the pushing user, without checking it.
            let key = self.stash_project_key(r).await?;
            return stash::create_repository(&self.http, &key, r, settings, &self.stash_auth).await;
        }
        if r.personal {
            let login = self.current_user().await?;
            if !login.eq_ignore_ascii_case(&r.owner) {
                return Err(Error::IncorrectUser(r.owner.clone()));
            }
        }
        match self.kind {
            Kind::GitHub => github::create_repository(&self.http, r, settings).await,
            Kind::GitLab => gitlab::create_repository(&self.http, r, settings).await,
            Kind::Gitea => gitea::create_repository(&self.http, r, settings).await,
            Kind::BitbucketServer => Err(Error::Invalid("unreachable".into())),
        }
    }

    /// With `--reconcile`: makes an existing repository's description, default branch and visibility match
    /// `settings`. Returns whether anything changed.
    pub async fn reconcile_settings(
        &self,
        repo: &Repository,
        settings: &Settings,
    ) -> Result<bool, Error> {
        if self.kind == Kind::BitbucketServer {
            let key = self.stash_project_key(&repo.reference).await?;
            return stash::reconcile_settings(&self.http, &key, repo, settings).await;
        }
        let mut patch = serde_json::Map::new();
        if let Some(d) = settings
            .description
            .as_ref()
            .filter(|d| **d != repo.description)
        {
            patch.insert("description".into(), Value::from(d.clone()));
        }
        if let Some(b) = settings
            .default_branch
            .as_ref()
            .filter(|b| **b != repo.default_branch)
        {
            patch.insert("default_branch".into(), Value::from(b.clone()));
        }
        let visibility = settings.visibility.unwrap_or(Visibility::Private);
        if visibility != repo.visibility {
            match self.kind {
                Kind::GitLab => {
                    patch.insert("visibility".into(), Value::from(visibility.as_str()));
                }
                Kind::GitHub | Kind::Gitea | Kind::BitbucketServer => {
                    patch.insert(
                        "private".into(),
                        Value::from(visibility != Visibility::Public),
                    );
                }
            }
        }
        if patch.is_empty() {
            return Ok(false);
        }
        let body = Value::Object(patch);
        match self.kind {
            Kind::GitHub | Kind::Gitea | Kind::BitbucketServer => {
                let path = format!("/repos/{}", repo.reference.full_path());
                self.http.send(Method::PATCH, &path, Some(&body)).await?;
            }
            Kind::GitLab => {
                let path = format!("/projects/{}", repo.id);
                self.http.send(Method::PUT, &path, Some(&body)).await?;
            }
        }
        Ok(true)
    }

    /// Whether `team` already has access to the repository.
    pub async fn team_has_access(&self, repo: &Repository, team: &str) -> Result<bool, Error> {
        Ok(self.team_permission(repo, team).await?.is_some())
    }

    async fn team_permission(
        &self,
        repo: &Repository,
        team: &str,
    ) -> Result<Option<String>, Error> {
        match self.kind {
            Kind::GitLab => Ok(repo
                .shared_with
                .iter()
                .find(|g| g.eq_ignore_ascii_case(team))
                .map(|_| String::new())),
            Kind::GitHub => github::team_permission(&self.http, &repo.reference, team).await,
            Kind::Gitea => gitea::team_permission(&self.http, &repo.reference, team).await,
            Kind::BitbucketServer => {
                let key = self.stash_project_key(&repo.reference).await?;
                stash::team_permission(&self.http, &key, repo, team).await
            }
        }
    }

    /// Grants `team` the `permission` (`pull`, `triage`, `push`, `maintain`, `admin`) on the repository.
    /// Returns whether anything changed.
    pub async fn reconcile_team(
        &self,
        repo: &Repository,
        team: &str,
        permission: &str,
    ) -> Result<bool, Error> {
        let current = self.team_permission(repo, team).await?;
        // Bitbucket Server names permissions its own way (`REPO_WRITE` for `push`).
        let wanted = match self.kind {
            Kind::BitbucketServer => stash::repo_permission(permission),
            _ => permission,
        };
        if current
            .as_deref()
            .is_some_and(|p| p.is_empty() || p == wanted)
        {
            return Ok(false);
        }
        match self.kind {
            Kind::GitHub => github::grant_team(&self.http, &repo.reference, team, permission).await,
            Kind::GitLab => gitlab::share_with_group(&self.http, repo, team, permission).await,
            Kind::Gitea => gitea::grant_team(&self.http, &repo.reference, team, permission).await,
            Kind::BitbucketServer => {
                let key = self.stash_project_key(&repo.reference).await?;
                stash::grant_team(&self.http, &key, repo, team, permission).await
            }
        }?;
        Ok(true)
    }

    /// Makes sure a deploy key titled `title` holds `public_key` with the given access; a key with that title
    /// but another value or access is replaced. Returns whether anything changed.
    pub async fn reconcile_deploy_key(
        &self,
        repo: &Repository,
        title: &str,
        public_key: &str,
        read_only: bool,
    ) -> Result<bool, Error> {
        let list = match self.kind {
            Kind::GitHub | Kind::Gitea => format!("/repos/{}/keys", repo.reference.full_path()),
            Kind::GitLab => format!("/projects/{}/deploy_keys", repo.id),
            Kind::BitbucketServer => {
                let key = self.stash_project_key(&repo.reference).await?;
                return stash::reconcile_access_key(
                    &self.http, &key, repo, title, public_key, read_only,
                )
                .await;
            }
        };
        let keys = self.http.get_all(&list).await?;
        let wanted = public_key.trim();
        let existing = keys
            .iter()
            .find(|k| k.get("title").and_then(Value::as_str) == Some(title));
        if let Some(key) = existing {
            let same_key = key
                .get("key")
                .and_then(Value::as_str)
                .is_some_and(|k| same_key_material(k, wanted));
            let key_read_only = match self.kind {
                Kind::GitLab => !key
                    .get("can_push")
                    .and_then(Value::as_bool)
                    .unwrap_or(false),
                _ => key
                    .get("read_only")
                    .and_then(Value::as_bool)
                    .unwrap_or(true),
            };
            if same_key && key_read_only == read_only {
                return Ok(false);
            }
            let id = key.get("id").map(id_string).unwrap_or_default();
            self.http
                .send(Method::DELETE, &format!("{list}/{id}"), None)
                .await?;
        }
        let body = match self.kind {
            Kind::GitLab => {
                serde_json::json!({"title": title, "key": wanted, "can_push": !read_only})
            }
            _ => serde_json::json!({"title": title, "key": wanted, "read_only": read_only}),
        };
        self.http.send(Method::POST, &list, Some(&body)).await?;
        Ok(true)
    }

    /// GitLab `--deploy-token-auth`: a project deploy token named `name` that can read the repository. A new
    /// token is returned (its value is only readable at creation); `None` means a valid one already exists
    /// and `recreate` was false.
    pub async fn reconcile_deploy_token(
        &self,
        repo: &Repository,
        name: &str,
        recreate: bool,
    ) -> Result<Option<DeployToken>, Error> {
        if self.kind != Kind::GitLab {
            return Err(Error::Invalid(format!(
                "deploy tokens are not supported by {}",
                self.kind.display()
            )));
        }
        gitlab::reconcile_deploy_token(&self.http, repo, name, recreate).await
    }

    async fn current_user(&self) -> Result<String, Error> {
        let user = self.http.send(Method::GET, "/user", None).await?;
        let field = if self.kind == Kind::GitLab {
            "username"
        } else {
            "login"
        };
        Ok(user
            .get(field)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string())
    }
}

/// Compares two `authorized_keys` lines by type and key data, ignoring comments.
fn same_key_material(a: &str, b: &str) -> bool {
    let parts = |s: &str| s.split_whitespace().take(2).collect::<Vec<_>>().join(" ");
    parts(a) == parts(b)
}

/// An id field as text (numbers on every provider, but kept generic).
fn id_string(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// The provider's error text from a JSON body (`{"message": …}`, GitLab's `{"error": …}` or a message map).
fn error_message(body: &Value, raw: &str) -> String {
    match body.get("message").or_else(|| body.get("error")) {
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
        None if raw.trim().is_empty() => String::new(),
        None => raw.trim().chars().take(300).collect(),
    }
}

/// JSON over HTTPS to one provider's API base, with its auth header.
pub(crate) struct Http {
    client: reqwest::Client,
    api: String,
    auth: (&'static str, String),
}

impl Http {
    fn new(
        api: String,
        auth: (&'static str, String),
        ca_pem: Option<&[u8]>,
        timeout: Duration,
    ) -> Result<Self, Error> {
        let builder = crate::git::tls::api_client_builder(timeout, ca_pem)
            .map_err(|e| Error::Invalid(format!("unable to read TLS CA file: {e}")))?;
        let client = builder.build().map_err(|e| Error::Transport {
            method: Method::GET,
            url: api.clone(),
            reason: e.to_string(),
        })?;
        Ok(Http { client, api, auth })
    }

    /// Sends a request; a 2xx answer's JSON body (or `null`) comes back, anything else is an [`Error`].
    pub(crate) async fn send(
        &self,
        method: Method,
        path: &str,
        body: Option<&Value>,
    ) -> Result<Value, Error> {
        self.send_full(method, path, body).await.map(|(v, _)| v)
    }

    /// [`Http::send`], with the answer's headers (Bitbucket Server names the token's user in `X-AUSERNAME`).
    pub(crate) async fn send_full(
        &self,
        method: Method,
        path: &str,
        body: Option<&Value>,
    ) -> Result<(Value, reqwest::header::HeaderMap), Error> {
        let url = format!("{}{path}", self.api);
        let mut req = self
            .client
            .request(method.clone(), &url)
            .header(self.auth.0, &self.auth.1)
            .header("Accept", "application/json");
        if let Some(body) = body {
            req = req.json(body);
        }
        let transport = |e: reqwest::Error| Error::Transport {
            method: method.clone(),
            url: url.clone(),
            reason: describe_transport(&e),
        };
        let resp = req.send().await.map_err(transport)?;
        let status = resp.status();
        let headers = resp.headers().clone();
        let text = resp.text().await.map_err(transport)?;
        let json: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
        if status.is_success() {
            return Ok((json, headers));
        }
        Err(Error::Api {
            method,
            url,
            status: status.as_u16(),
            message: error_message(&json, &text)
                .replace(&self.auth.1, "<redacted>")
                .to_string(),
        })
    }

    /// Every item of a list endpoint, following `page` until a short page.
    pub(crate) async fn get_all(&self, path: &str) -> Result<Vec<Value>, Error> {
        const PER_PAGE: usize = 100;
        let mut all = Vec::new();
        let sep = if path.contains('?') { '&' } else { '?' };
        for page in 1..=50 {
            let items = self
                .send(
                    Method::GET,
                    &format!("{path}{sep}per_page={PER_PAGE}&limit={PER_PAGE}&page={page}"),
                    None,
                )
                .await?;
            let Value::Array(items) = items else { break };
            let n = items.len();
            all.extend(items);
            if n < PER_PAGE {
                break;
            }
        }
        Ok(all)
    }
}

/// A transport failure in one line (reqwest's top-level message hides the cause).
fn describe_transport(e: &reqwest::Error) -> String {
    let mut msg = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        msg = format!("{msg}: {s}");
        source = s.source();
    }
    if e.is_timeout() {
        msg = format!("{msg} (timed out)");
    }
    msg
}

/// Reads a repository's visibility from GitHub/Gitea's `private`/`visibility` fields.
fn visibility_of(v: &Value) -> Visibility {
    match v.get("visibility").and_then(Value::as_str) {
        Some(s) => Visibility::parse(s).unwrap_or(Visibility::Private),
        None if v.get("private").and_then(Value::as_bool) == Some(false) => Visibility::Public,
        None => Visibility::Private,
    }
}

fn str_field(v: &Value, key: &str) -> String {
    v.get(key)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn provider(kind: Kind, hostname: &str) -> Provider {
        Provider::new(&Config {
            kind,
            hostname: hostname.into(),
            token: "t".into(),
            ca_pem: None,
            timeout: Duration::from_secs(5),
            username: "git".into(),
        })
        .unwrap()
    }

    #[test]
    fn urls_follow_flux() {
        let r = RepoRef {
            owner: "org".into(),
            name: "fleet".into(),
            personal: false,
        };
        let gh = provider(Kind::GitHub, "github.com");
        assert_eq!(gh.http.api, "https://api.github.com");
        assert_eq!(gh.https_url(&r), "https://github.com/org/fleet.git");
        assert_eq!(gh.ssh_url(&r, None), "ssh://git@github.com/org/fleet");
        assert_eq!(
            gh.ssh_url(&r, Some("ssh.github.com:443")),
            "ssh://git@ssh.github.com:443/org/fleet"
        );
        let ghe = provider(Kind::GitHub, "ghe.example.com");
        assert_eq!(ghe.http.api, "https://ghe.example.com/api/v3");
        let gl = provider(Kind::GitLab, "http://gitlab.local:8080/");
        assert_eq!(gl.http.api, "http://gitlab.local:8080/api/v4");
        assert_eq!(gl.domain(), "gitlab.local:8080");
        assert_eq!(
            provider(Kind::Gitea, "gitea.com").http.api,
            "https://gitea.com/api/v1"
        );
    }

    #[test]
    fn key_comparison_ignores_comments() {
        assert!(same_key_material(
            "ssh-ed25519 AAAA x@y",
            "ssh-ed25519 AAAA"
        ));
        assert!(!same_key_material("ssh-ed25519 AAAA", "ssh-ed25519 AAAB"));
    }

    #[test]
    fn provider_messages_are_extracted() {
        let gh: Value = serde_json::json!({"message": "Bad credentials", "documentation_url": "x"});
        assert_eq!(error_message(&gh, ""), "Bad credentials");
        let gl: Value = serde_json::json!({"message": {"name": ["has already been taken"]}});
        assert_eq!(
            error_message(&gl, ""),
            r#"{"name":["has already been taken"]}"#
        );
        assert_eq!(
            error_message(&Value::Null, "<html>bad gateway</html>"),
            "<html>bad gateway</html>"
        );
    }
}
