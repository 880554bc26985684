//! The repository routes GitHub and Gitea share: `GET /repos/{owner}/{repo}`, creation with `POST /user/repos`
//! (personal) or `POST /orgs/{org}/repos`, answered with the same repository fields, and the teams with access
//! (`GET /repos/{owner}/{repo}/teams`).

use reqwest::Method;
use serde_json::Value;

use super::{Error, Http, RepoRef, Repository, str_field, visibility_of};

pub(super) async fn get_repository(http: &Http, r: &RepoRef) -> Result<Repository, Error> {
    let v = http
        .send(Method::GET, &format!("/repos/{}", r.full_path()), None)
        .await?;
    Ok(repository(&v, r))
}

/// Creates the repository with the provider-specific `body`.
pub(super) async fn create_repository(
    http: &Http,
    r: &RepoRef,
    body: &Value,
) -> Result<Repository, Error> {
    let path = if r.personal {
        "/user/repos".to_string()
    } else {
        format!("/orgs/{}/repos", r.owner)
    };
    let v = http.send(Method::POST, &path, Some(body)).await?;
    Ok(repository(&v, r))
}

/// The team with access to the repository whose `field` (`slug` on GitHub, `name` on Gitea) is `team`.
pub(super) async fn find_team(
    http: &Http,
    r: &RepoRef,
    field: &str,
    team: &str,
) -> Result<Option<Value>, Error> {
    let teams = http
        .get_all(&format!("/repos/{}/teams", r.full_path()))
        .await?;
    Ok(teams
        .into_iter()
        .find(|t| str_field(t, field).eq_ignore_ascii_case(team)))
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
