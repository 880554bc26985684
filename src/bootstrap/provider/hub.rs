//! The repository routes GitHub and Gitea share: `GET /repos/{owner}/{repo}`, and creation with
//! `POST /user/repos` (personal) or `POST /orgs/{org}/repos`, answered with the same repository fields.

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
