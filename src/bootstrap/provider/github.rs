//! GitHub's REST routes for bootstrap (github.com and GitHub Enterprise Server under `/api/v3`): repositories
//! (`/repos/{owner}/{repo}`, `POST /user/repos`, `POST /orgs/{org}/repos`), team access
//! (`/repos/{owner}/{repo}/teams`, `PUT /orgs/{org}/teams/{team}/repos/{owner}/{repo}`). Deploy keys
//! (`/repos/{owner}/{repo}/keys`) are shared with Gitea in the parent module.

use reqwest::Method;
use serde_json::{Value, json};

use super::{Error, Http, RepoRef, Repository, Settings, Visibility, str_field, visibility_of};

pub(super) async fn get_repository(http: &Http, r: &RepoRef) -> Result<Repository, Error> {
    let v = http
        .send(Method::GET, &format!("/repos/{}", r.full_path()), None)
        .await?;
    Ok(repository(&v, r))
}

pub(super) async fn create_repository(
    http: &Http,
    r: &RepoRef,
    settings: &Settings,
) -> Result<Repository, Error> {
    let visibility = settings.visibility.unwrap_or(Visibility::Private);
    let mut body = json!({
        "name": r.name,
        "private": visibility != Visibility::Public,
    });
    if visibility == Visibility::Internal {
        body["visibility"] = Value::from("internal");
    }
    if let Some(d) = &settings.description {
        body["description"] = Value::from(d.clone());
    }
    let path = if r.personal {
        "/user/repos".to_string()
    } else {
        format!("/orgs/{}/repos", r.owner)
    };
    let v = http.send(Method::POST, &path, Some(&body)).await?;
    Ok(repository(&v, r))
}

/// The permission `team` (a slug) has on the repository, if any.
pub(super) async fn team_permission(
    http: &Http,
    r: &RepoRef,
    team: &str,
) -> Result<Option<String>, Error> {
    let teams = http
        .get_all(&format!("/repos/{}/teams", r.full_path()))
        .await?;
    Ok(teams
        .iter()
        .find(|t| str_field(t, "slug").eq_ignore_ascii_case(team))
        .map(|t| str_field(t, "permission")))
}

pub(super) async fn grant_team(
    http: &Http,
    r: &RepoRef,
    team: &str,
    permission: &str,
) -> Result<(), Error> {
    let path = format!("/orgs/{}/teams/{team}/repos/{}", r.owner, r.full_path());
    http.send(Method::PUT, &path, Some(&json!({"permission": permission})))
        .await?;
    Ok(())
}

fn repository(v: &Value, r: &RepoRef) -> Repository {
    Repository {
        id: v.get("id").map(super::id_string).unwrap_or_default(),
        reference: r.clone(),
        description: str_field(v, "description"),
        default_branch: str_field(v, "default_branch"),
        visibility: visibility_of(v),
        shared_with: Vec::new(),
    }
}
