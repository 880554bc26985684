//! GitLab's REST routes for bootstrap (`/api/v4`): projects addressed by their URL-encoded path
//! (`/projects/{group%2Fsub%2Frepo}`), created in a group found by `GET /groups/{path}` or in the user's own
//! namespace, shared with groups for `--team` (`POST /projects/{id}/share`), and project deploy tokens for
//! `--deploy-token-auth` (`/projects/{id}/deploy_tokens`). Deploy keys (`/projects/{id}/deploy_keys`) are in the
//! parent module.

use reqwest::Method;
use serde_json::{Value, json};

use super::{DeployToken, Error, Http, RepoRef, Repository, Settings, Visibility, str_field};

/// GitLab addresses a project or group by its full path with every `/` encoded.
fn encode_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

pub(super) async fn get_repository(http: &Http, r: &RepoRef) -> Result<Repository, Error> {
    let v = http
        .send(
            Method::GET,
            &format!("/projects/{}", encode_path(&r.full_path())),
            None,
        )
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
        "path": r.name,
        "visibility": visibility.as_str(),
    });
    if !r.personal {
        let group = http
            .send(
                Method::GET,
                &format!("/groups/{}", encode_path(&r.owner)),
                None,
            )
            .await?;
        body["namespace_id"] = group.get("id").cloned().unwrap_or(Value::Null);
    }
    if let Some(d) = &settings.description {
        body["description"] = Value::from(d.clone());
    }
    if let Some(b) = &settings.default_branch {
        body["default_branch"] = Value::from(b.clone());
    }
    let v = http.send(Method::POST, "/projects", Some(&body)).await?;
    Ok(repository(&v, r))
}

/// GitLab access level of Flux's permission names (`maintain`, the default, is Maintainer).
fn access_level(permission: &str) -> u32 {
    match permission {
        "pull" => 10,
        "triage" => 20,
        "push" => 30,
        "admin" => 50,
        _ => 40,
    }
}

pub(super) async fn share_with_group(
    http: &Http,
    repo: &Repository,
    group: &str,
    permission: &str,
) -> Result<(), Error> {
    let g = http
        .send(
            Method::GET,
            &format!("/groups/{}", encode_path(group)),
            None,
        )
        .await?;
    let body = json!({
        "group_id": g.get("id").cloned().unwrap_or(Value::Null),
        "group_access": access_level(permission),
    });
    http.send(
        Method::POST,
        &format!("/projects/{}/share", repo.id),
        Some(&body),
    )
    .await?;
    Ok(())
}

pub(super) async fn reconcile_deploy_token(
    http: &Http,
    repo: &Repository,
    name: &str,
    recreate: bool,
) -> Result<Option<DeployToken>, Error> {
    let path = format!("/projects/{}/deploy_tokens", repo.id);
    let tokens = http.get_all(&path).await?;
    let active = |t: &&Value| {
        str_field(t, "name") == name
            && !t.get("revoked").and_then(Value::as_bool).unwrap_or(false)
            && !t.get("expired").and_then(Value::as_bool).unwrap_or(false)
    };
    if let Some(existing) = tokens.iter().find(active) {
        if !recreate {
            return Ok(None);
        }
        let id = existing.get("id").map(super::id_string).unwrap_or_default();
        http.send(Method::DELETE, &format!("{path}/{id}"), None)
            .await?;
    }
    let created = http
        .send(
            Method::POST,
            &path,
            Some(&json!({"name": name, "scopes": ["read_repository"]})),
        )
        .await?;
    Ok(Some(DeployToken {
        username: str_field(&created, "username"),
        token: str_field(&created, "token"),
    }))
}

fn repository(v: &Value, r: &RepoRef) -> Repository {
    let shared_with = v
        .get("shared_with_groups")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|g| str_field(g, "group_full_path"))
        .collect();
    Repository {
        id: v.get("id").map(super::id_string).unwrap_or_default(),
        reference: r.clone(),
        description: str_field(v, "description"),
        default_branch: str_field(v, "default_branch"),
        visibility: v
            .get("visibility")
            .and_then(Value::as_str)
            .and_then(|s| Visibility::parse(s).ok())
            .unwrap_or(Visibility::Private),
        shared_with,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_encoded_like_gitlab_expects() {
        assert_eq!(encode_path("group/sub/fleet"), "group%2Fsub%2Ffleet");
        assert_eq!(encode_path("a.b-c_d"), "a.b-c_d");
    }
}
