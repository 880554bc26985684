//! Bitbucket Server (Stash) REST API 1.0 routes for bootstrap, as go-git-providers' stash client (Flux v2.9.5)
//! calls them: the project key looked up by project name (`GET /rest/api/1.0/projects?name=`), repositories under
//! `/rest/api/1.0/projects/{key}/repos/{slug}` (a user's personal project is `~{user}`), the default branch
//! (`…/branches/default`), group access (`…/permissions/groups`) and access keys
//! (`/rest/keys/1.0/projects/{key}/repos/{slug}/ssh`).
//!
//! A new repository is made as the stash client makes it: created empty and private (its `public` flag is never
//! set, whatever `--private` says), then an empty "initial commit" by the token's user is pushed to `master`
//! over HTTPS, and `main` is branched from it and made the default branch.

use reqwest::Method;
use serde_json::{Value, json};

use super::{Error, Http, RepoRef, Repository, Settings, Visibility, str_field};

/// The branch the stash client starts repositories on, and the default branch it then sets.
const LEGACY_BRANCH: &str = "master";
const DEFAULT_BRANCH: &str = "main";

/// `/rest/api/1.0/projects/{key}/repos/{slug}`.
fn repo_path(key: &str, slug: &str) -> String {
    format!("/rest/api/1.0/projects/{key}/repos/{slug}")
}

/// Bitbucket's slug of a repository name: lower case, spaces as dashes.
pub(super) fn slug(name: &str) -> String {
    name.to_lowercase().replace(' ', "-")
}

/// The key of the project named `name` (`--owner` names the project, not its key).
pub(super) async fn project_key(http: &Http, name: &str) -> Result<String, Error> {
    let found = http
        .send(
            Method::GET,
            &format!("/rest/api/1.0/projects?name={}", encode(name)),
            None,
        )
        .await
        .map_err(|e| {
            Error::Invalid(format!(
                "failed to get Git organization: failed to get organization \"{name}\": {e}"
            ))
        })?;
    found
        .get("values")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .find(|p| str_field(p, "name") == name)
        .map(|p| str_field(p, "key"))
        .ok_or_else(|| {
            Error::Invalid(format!(
                "failed to get Git organization: failed to get organization \"{name}\": not found"
            ))
        })
}

/// The repository with its default branch, or a 404 [`Error::Api`].
pub(super) async fn get_repository(
    http: &Http,
    key: &str,
    r: &RepoRef,
) -> Result<Repository, Error> {
    let path = repo_path(key, &slug(&r.name));
    let v = http.send(Method::GET, &path, None).await?;
    let branch = http
        .send(Method::GET, &format!("{path}/branches/default"), None)
        .await?;
    Ok(repository(&v, r, &str_field(&branch, "displayId")))
}

/// Creates the repository, then its first commit and `main`, as the stash client does; `auth` pushes the
/// initial commit (the token as the password of `--username`, or of the owner with `--personal`).
pub(super) async fn create_repository(
    http: &Http,
    key: &str,
    r: &RepoRef,
    settings: &Settings,
    auth: &crate::git::Auth,
) -> Result<Repository, Error> {
    let body = json!({
        "name": r.name,
        "scmId": "git",
        "description": settings.description.clone().unwrap_or_default(),
        "public": false,
        "defaultBranch": settings.default_branch.clone().unwrap_or_else(|| DEFAULT_BRANCH.to_string()),
    });
    let (created, headers) = http
        .send_full(
            Method::POST,
            &format!("/rest/api/1.0/projects/{key}/repos"),
            Some(&body),
        )
        .await?;
    let user_name = headers
        .get("X-AUSERNAME")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string();
    let user = http
        .send(
            Method::GET,
            &format!("/rest/api/1.0/users/{}", encode(&user_name)),
            None,
        )
        .await?;
    let clone_href = created
        .get("links")
        .and_then(|l| l.get("clone"))
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .find(|c| str_field(c, "name") == "http")
        .map(|c| str_field(c, "href"))
        .unwrap_or_else(|| "no http ref found".to_string());
    push_initial_commit(
        &clone_href,
        auth,
        &str_field(&user, "name"),
        &str_field(&user, "emailAddress"),
    )
    .await?;
    let repo_slug = str_field(&created, "slug");
    let path = repo_path(key, &repo_slug);
    let branch = settings
        .default_branch
        .clone()
        .unwrap_or_else(|| DEFAULT_BRANCH.to_string());
    if branch != LEGACY_BRANCH {
        http.send(
            Method::POST,
            &format!("{path}/branches"),
            Some(&json!({
                "name": format!("refs/heads/{branch}"),
                "startPoint": format!("refs/heads/{LEGACY_BRANCH}"),
            })),
        )
        .await?;
        http.send(
            Method::PUT,
            &format!("{path}/branches/default"),
            Some(&json!({"id": format!("refs/heads/{branch}")})),
        )
        .await?;
    }
    Ok(repository(&created, r, &branch))
}

/// Pushes an empty "initial commit" by the given author to `master` of `url`.
async fn push_initial_commit(
    url: &str,
    auth: &crate::git::Auth,
    name: &str,
    email: &str,
) -> Result<(), Error> {
    let remote = crate::git::Remote {
        url: url.to_string(),
        auth: auth.clone(),
        timeout: std::time::Duration::from_secs(60),
        proxy: None,
    };
    let (name, email) = (name.to_string(), email.to_string());
    let failed = |e: String| {
        Error::Invalid(format!(
            "failed to initialize repository: failed to push initial commit: {e}"
        ))
    };
    tokio::task::spawn_blocking(move || -> Result<(), String> {
        let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
        let work = crate::git::workdir::Workdir::clone_branch(&remote, LEGACY_BRANCH, dir.path())
            .map_err(|e| e.to_string())?;
        work.commit("initial commit", &name, &email, None)
            .map_err(|e| e.to_string())?;
        work.push().map_err(|e| e.to_string())
    })
    .await
    .map_err(|e| failed(e.to_string()))?
    .map_err(failed)
}

/// `--reconcile` of an existing repository: description and default branch (visibility is never changed, as
/// the stash client never sends it).
pub(super) async fn reconcile_settings(
    http: &Http,
    key: &str,
    repo: &Repository,
    settings: &Settings,
) -> Result<bool, Error> {
    let description = settings.description.clone().unwrap_or_default();
    let branch = settings
        .default_branch
        .clone()
        .unwrap_or_else(|| DEFAULT_BRANCH.to_string());
    if description == repo.description && branch == repo.default_branch {
        return Ok(false);
    }
    let path = repo_path(key, &repo.id);
    http.send(
        Method::PUT,
        &path,
        Some(&json!({"name": repo.reference.name, "description": description})),
    )
    .await?;
    if branch != repo.default_branch {
        http.send(
            Method::PUT,
            &format!("{path}/branches/default"),
            Some(&json!({"id": format!("refs/heads/{branch}")})),
        )
        .await?;
    }
    Ok(true)
}

/// The repository permission (`REPO_READ`, `REPO_WRITE`, `REPO_ADMIN`) of group `team`, if it has one.
pub(super) async fn team_permission(
    http: &Http,
    key: &str,
    repo: &Repository,
    team: &str,
) -> Result<Option<String>, Error> {
    let found = http
        .send(
            Method::GET,
            &format!(
                "{}/permissions/groups?filter={}",
                repo_path(key, &repo.id),
                encode(team)
            ),
            None,
        )
        .await?;
    Ok(found
        .get("values")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .find(|p| {
            p.get("group")
                .map(|g| str_field(g, "name") == team)
                .unwrap_or(false)
        })
        .map(|p| str_field(p, "permission")))
}

/// Grants group `team` a repository permission (`pull` reads, `push` and `maintain` write, `admin` administers).
pub(super) async fn grant_team(
    http: &Http,
    key: &str,
    repo: &Repository,
    team: &str,
    permission: &str,
) -> Result<(), Error> {
    http.send(
        Method::PUT,
        &format!(
            "{}/permissions/groups?permission={}&name={}",
            repo_path(key, &repo.id),
            repo_permission(permission),
            encode(team)
        ),
        None,
    )
    .await?;
    Ok(())
}

/// Bitbucket's name of a `--group` permission.
pub(super) fn repo_permission(permission: &str) -> &'static str {
    match permission {
        "pull" | "triage" => "REPO_READ",
        "admin" => "REPO_ADMIN",
        _ => "REPO_WRITE",
    }
}

/// The access keys path of a repository.
pub(super) fn keys_path(key: &str, repo: &Repository) -> String {
    format!("/rest/keys/1.0/projects/{key}/repos/{}/ssh", repo.id)
}

/// Makes sure an access key labelled `label` holds `public_key` with the given permission; a differing one is
/// replaced. Returns whether anything changed.
pub(super) async fn reconcile_access_key(
    http: &Http,
    key: &str,
    repo: &Repository,
    label: &str,
    public_key: &str,
    read_only: bool,
) -> Result<bool, Error> {
    let path = keys_path(key, repo);
    let keys = http.send(Method::GET, &path, None).await?;
    let permission = if read_only { "REPO_READ" } else { "REPO_WRITE" };
    let existing = keys
        .get("values")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .find(|k| k.get("key").map(|k| str_field(k, "label")).as_deref() == Some(label));
    if let Some(found) = existing {
        let text = found
            .get("key")
            .map(|k| str_field(k, "text"))
            .unwrap_or_default();
        if super::same_key_material(&text, public_key.trim())
            && str_field(found, "permission") == permission
        {
            return Ok(false);
        }
        let id = found
            .get("key")
            .and_then(|k| k.get("id"))
            .map(super::id_string)
            .unwrap_or_default();
        http.send(Method::DELETE, &format!("{path}/{id}"), None)
            .await?;
    }
    http.send(
        Method::POST,
        &path,
        Some(&json!({
            "key": {"text": public_key.trim(), "label": label},
            "permission": permission,
        })),
    )
    .await?;
    Ok(true)
}

fn repository(v: &Value, r: &RepoRef, default_branch: &str) -> Repository {
    let repo_slug = str_field(v, "slug");
    Repository {
        // Stash addresses repositories by slug; it stands in for the id.
        id: if repo_slug.is_empty() {
            slug(&r.name)
        } else {
            repo_slug
        },
        reference: r.clone(),
        description: str_field(v, "description"),
        default_branch: default_branch.to_string(),
        visibility: if v.get("public").and_then(Value::as_bool) == Some(true) {
            Visibility::Public
        } else {
            Visibility::Private
        },
        shared_with: Vec::new(),
    }
}

/// Percent-encodes a query or path value.
fn encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn group_permissions_map_to_repository_permissions() {
        assert_eq!(repo_permission("push"), "REPO_WRITE");
        assert_eq!(repo_permission("pull"), "REPO_READ");
        assert_eq!(repo_permission("admin"), "REPO_ADMIN");
    }

    #[test]
    fn slugs_are_lower_case_with_dashes() {
        assert_eq!(slug("Fleet Infra"), "fleet-infra");
        assert_eq!(encode("a b/c"), "a%20b%2Fc");
    }
}
