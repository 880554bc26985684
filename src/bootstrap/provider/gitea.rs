//! Gitea's REST routes for bootstrap (`/api/v1`): the body of a new repository, and team access
//! (`/repos/{owner}/{repo}/teams`, `GET /orgs/{org}/teams/search`, `PUT /teams/{id}/repos/{org}/{repo}`). Reading
//! and creating repositories ([`super::hub`]) and deploy keys (the parent module) are shared with GitHub.

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
    if let Some(d) = &settings.description {
        body["description"] = Value::from(d.clone());
    }
    if let Some(b) = &settings.default_branch {
        body["default_branch"] = Value::from(b.clone());
    }
    super::hub::create_repository(http, r, &body).await
}

/// `Some` when `team` (its name) has access. Gitea teams carry their permission themselves, so there is
/// nothing to compare: the empty string says "present".
pub(super) async fn team_permission(
    http: &Http,
    r: &RepoRef,
    team: &str,
) -> Result<Option<String>, Error> {
    Ok(super::hub::find_team(http, r, "name", team)
        .await?
        .map(|_| String::new()))
}

/// Gitea grants a team the permission the team itself has; the requested one is not sent.
pub(super) async fn grant_team(
    http: &Http,
    r: &RepoRef,
    team: &str,
    _permission: &str,
) -> Result<(), Error> {
    let found = http
        .send(
            Method::GET,
            &format!("/orgs/{}/teams/search?q={team}", r.owner),
            None,
        )
        .await?;
    let id = found
        .get("data")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .find(|t| str_field(t, "name").eq_ignore_ascii_case(team))
        .and_then(|t| t.get("id"))
        .map(super::id_string)
        .ok_or_else(|| {
            Error::Invalid(format!(
                "team '{team}' not found in organization '{}'",
                r.owner
            ))
        })?;
    http.send(
        Method::PUT,
        &format!("/teams/{id}/repos/{}", r.full_path()),
        None,
    )
    .await?;
    Ok(())
}
