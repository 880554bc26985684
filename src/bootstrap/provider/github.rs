//! GitHub's REST routes for bootstrap (github.com and GitHub Enterprise Server under `/api/v3`): the body of a new
//! repository, and team access (`/repos/{owner}/{repo}/teams`, `PUT /orgs/{org}/teams/{team}/repos/{owner}/{repo}`).
//! Reading and creating repositories ([`super::hub`]) and deploy keys (the parent module) are shared with Gitea.

use reqwest::Method;
use serde_json::{Value, json};

use super::{Error, Http, RepoRef, Repository, Settings, Visibility, str_field};

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
    super::hub::create_repository(http, r, &body).await
}

/// The permission `team` (a slug) has on the repository, if any.
pub(super) async fn team_permission(
    http: &Http,
    r: &RepoRef,
    team: &str,
) -> Result<Option<String>, Error> {
    Ok(super::hub::find_team(http, r, "slug", team)
        .await?
        .map(|t| str_field(&t, "permission")))
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
