//! Commit statuses on GitHub, GitLab and Gitea: the state from the severity, the context (status key) from
//! the Provider's commit status identifier, the description from the event reason split into lower-case
//! words (`ReconciliationSucceeded` → `reconciliation succeeded`), on the commit named by the event's
//! revision. `address` is the repository URL (HTTPS or SSH).

use serde_json::json;

use super::{Error, Request, Settings};
use crate::notify::event::{Event, SEVERITY_ERROR, SEVERITY_INFO, commit_sha};

/// Reason of the events a commit status provider skips (GitHub, GitLab) or marks `pending` (Gitea).
const PROGRESSING: &str = "Progressing";

/// The host URL (`https://host[:port]`) and `path` of a repository address; SSH addresses (URL or scp-like
/// `git@host:owner/repo.git`) map to HTTPS, as Flux does.
pub fn parse_git_address(address: &str) -> Result<(String, String), Error> {
    let invalid = || Error::InvalidAddress {
        kind: "git".to_string(),
        address: address.to_string(),
    };
    let (scheme, host, path) = if let Some((scheme, rest)) = address.split_once("://") {
        let (authority, path) = rest.split_once('/').unwrap_or((rest, ""));
        let host = authority.rsplit('@').next().unwrap_or(authority);
        let scheme = if scheme == "ssh" { "https" } else { scheme };
        (scheme.to_string(), host.to_string(), path.to_string())
    } else if let Some((left, path)) = address.split_once(':') {
        let host = left.rsplit('@').next().unwrap_or(left);
        ("https".to_string(), host.to_string(), path.to_string())
    } else {
        return Err(invalid());
    };
    if host.is_empty() {
        return Err(invalid());
    }
    let id = path.trim_start_matches('/');
    let id = id.strip_suffix(".git").unwrap_or(id);
    Ok((format!("{scheme}://{host}"), id.to_string()))
}

/// The reason as lower-case words: `ReconciliationSucceeded` → `reconciliation succeeded`.
pub fn describe_reason(reason: &str) -> String {
    #[derive(PartialEq, Clone, Copy)]
    enum Class {
        Lower,
        Upper,
        Digit,
        Other,
    }
    let class = |c: char| {
        if c.is_lowercase() {
            Class::Lower
        } else if c.is_uppercase() {
            Class::Upper
        } else if c.is_numeric() {
            Class::Digit
        } else {
            Class::Other
        }
    };
    let mut runs: Vec<Vec<char>> = Vec::new();
    let mut last = None;
    for c in reason.chars() {
        let k = class(c);
        match runs.last_mut() {
            Some(run) if last == Some(k) => run.push(c),
            _ => runs.push(vec![c]),
        }
        last = Some(k);
    }
    // "HTTPServer" → "HTTP", "Server": the last capital of an upper run starts the next word.
    for i in 0..runs.len().saturating_sub(1) {
        let starts_upper = runs[i].first().is_some_and(|c| c.is_uppercase());
        let next_lower = runs[i + 1].first().is_some_and(|c| c.is_lowercase());
        if starts_upper
            && next_lower
            && let Some(c) = runs[i].pop()
        {
            runs[i + 1].insert(0, c);
        }
    }
    runs.into_iter()
        .filter(|r| !r.is_empty())
        .map(|r| r.into_iter().collect::<String>())
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The commit of the event's revision.
fn commit_of(event: &Event) -> Result<String, Error> {
    let revision = event
        .revision()
        .ok_or_else(|| Error::Revision("missing revision metadata".to_string()))?;
    commit_sha(revision).ok_or_else(|| {
        Error::Revision(format!(
            "failed to extract commit hash from '{revision}' revision"
        ))
    })
}

/// The token, or the password when only that is set.
fn token(settings: &Settings) -> &str {
    if settings.token.is_empty() {
        &settings.password
    } else {
        &settings.token
    }
}

fn require_commit_status(settings: &Settings) -> Result<(), Error> {
    if settings.commit_status.is_empty() {
        return Err(Error::Missing("commit status cannot be empty"));
    }
    Ok(())
}

fn owner_repo(id: &str) -> Result<(&str, &str), Error> {
    match id.split('/').collect::<Vec<_>>().as_slice() {
        [owner, repo] if !owner.is_empty() && !repo.is_empty() => Ok((owner, repo)),
        _ => Err(Error::InvalidRepository(id.to_string())),
    }
}

/// GitHub: `POST /repos/{owner}/{repo}/statuses/{sha}` with `state` success|failure, `context` and
/// `description`; api.github.com for github.com, `<host>/api/v3` for GitHub Enterprise.
pub fn github(settings: &Settings, event: &Event) -> Result<Vec<Request>, Error> {
    require_commit_status(settings)?;
    if token(settings).is_empty() {
        return Err(Error::Missing(
            "github token or github app details must be specified",
        ));
    }
    let (host, id) = parse_git_address(&settings.address)?;
    let (owner, repo) = owner_repo(&id)?;
    if event.reason == PROGRESSING {
        return Ok(Vec::new());
    }
    let sha = commit_of(event)?;
    let state = match event.severity.as_str() {
        SEVERITY_INFO => "success",
        SEVERITY_ERROR => "failure",
        _ => return Err(Error::Revision("can't convert to github state".into())),
    };
    let api = if host == "https://github.com" {
        "https://api.github.com".to_string()
    } else {
        format!("{host}/api/v3")
    };
    let payload = json!({
        "state": state,
        "context": settings.commit_status,
        "description": describe_reason(&event.reason),
    });
    let request = Request::post_json(
        &format!("{api}/repos/{owner}/{repo}/statuses/{sha}"),
        &payload,
    )?
    .header("Authorization", &format!("Bearer {}", token(settings)))
    .header("Accept", "application/vnd.github+json");
    Ok(vec![request])
}

/// GitLab: `POST /api/v4/projects/{url-encoded path}/statuses/{sha}` with `state` success|failed, `name` and
/// `description`, authenticated with `PRIVATE-TOKEN`.
pub fn gitlab(settings: &Settings, event: &Event) -> Result<Vec<Request>, Error> {
    if token(settings).is_empty() {
        return Err(Error::Missing("gitlab token cannot be empty"));
    }
    let (host, id) = parse_git_address(&settings.address)?;
    require_commit_status(settings)?;
    if event.reason == PROGRESSING {
        return Ok(Vec::new());
    }
    let sha = commit_of(event)?;
    let state = match event.severity.as_str() {
        SEVERITY_INFO => "success",
        SEVERITY_ERROR => "failed",
        _ => return Err(Error::Revision("can't convert to gitlab state".into())),
    };
    let project = id.replace('/', "%2F");
    let payload = json!({
        "name": settings.commit_status,
        "description": describe_reason(&event.reason),
        "state": state,
    });
    let request = Request::post_json(
        &format!("{host}/api/v4/projects/{project}/statuses/{sha}"),
        &payload,
    )?
    .header("PRIVATE-TOKEN", token(settings));
    Ok(vec![request])
}

/// Gitea: `POST /api/v1/repos/{owner}/{repo}/statuses/{sha}` with `state` pending (Progressing) | success |
/// failure, `context`, `description` and an empty `target_url`, authenticated with `token <token>`.
pub fn gitea(settings: &Settings, event: &Event) -> Result<Vec<Request>, Error> {
    require_commit_status(settings)?;
    if token(settings).is_empty() {
        return Err(Error::Missing("gitea token cannot be empty"));
    }
    let (host, id) = parse_git_address(&settings.address)?;
    let (owner, repo) = owner_repo(&id)?;
    let sha = commit_of(event)?;
    let state = if event.reason == PROGRESSING {
        "pending"
    } else {
        match event.severity.as_str() {
            SEVERITY_INFO => "success",
            SEVERITY_ERROR => "failure",
            _ => return Err(Error::Revision("can't convert to gitea state".into())),
        }
    };
    let payload = json!({
        "state": state,
        "target_url": "",
        "description": describe_reason(&event.reason),
        "context": settings.commit_status,
    });
    let request = Request::post_json(
        &format!("{host}/api/v1/repos/{owner}/{repo}/statuses/{sha}"),
        &payload,
    )?
    .header("Authorization", &format!("token {}", token(settings)));
    Ok(vec![request])
}

/// Bitbucket Cloud: `POST /2.0/repositories/{owner}/{repo}/commit/{sha}/statuses/build` with `state`
/// SUCCESSFUL|FAILED, `key` = sha1 of the status identifier (Bitbucket keys are at most 40 characters), `name`
/// the object, `description` the reason; basic auth from a `<user>:<app password>` token.
pub fn bitbucket(settings: &Settings, event: &Event) -> Result<Vec<Request>, Error> {
    let token = token(settings);
    if token.is_empty() {
        return Err(Error::Missing("bitbucket token cannot be empty"));
    }
    require_commit_status(settings)?;
    let (_, id) = parse_git_address(&settings.address)?;
    let Some((user, password)) = token.split_once(':').filter(|(_, p)| !p.contains(':')) else {
        return Err(Error::Missing(
            "invalid token format, expected to be <user>:<password>",
        ));
    };
    let (owner, repo) = owner_repo(&id)?;
    if event.reason == PROGRESSING {
        return Ok(Vec::new());
    }
    let sha = commit_of(event)?;
    let state = match event.severity.as_str() {
        SEVERITY_INFO => "SUCCESSFUL",
        SEVERITY_ERROR => "FAILED",
        _ => return Err(Error::Revision("can't convert to bitbucket state".into())),
    };
    use sha1::Digest;
    let key = hex::encode(sha1::Sha1::digest(settings.commit_status.as_bytes()));
    let payload = json!({
        "state": state,
        "key": key,
        "name": format!("{}/{}", event.kind(), event.name()).to_lowercase(),
        "description": describe_reason(&event.reason),
        "url": "https://bitbucket.org",
    });
    use base64::Engine;
    let auth = base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"));
    let base = if settings.address.contains("bitbucket.org") {
        "https://api.bitbucket.org".to_string()
    } else {
        parse_git_address(&settings.address)?.0
    };
    let request = Request::post_json(
        &format!("{base}/2.0/repositories/{owner}/{repo}/commit/{sha}/statuses/build"),
        &payload,
    )?
    .header("Authorization", &format!("Basic {auth}"));
    Ok(vec![request])
}

/// The default commit status identifier: `<kind>/<name>/<first segment of the Provider UID>`, lower-cased.
pub fn default_commit_status(provider_uid: &str, event: &Event) -> String {
    let uid = provider_uid.split('-').next().unwrap_or_default();
    format!("{}/{}/{uid}", event.kind(), event.name()).to_lowercase()
}

/// Whether a type writes commit statuses.
pub fn is_commit_status_type(kind: &str) -> bool {
    matches!(
        kind,
        "github" | "gitlab" | "gitea" | "bitbucketserver" | "bitbucket" | "azuredevops"
    )
}

/// Whether a type comments on change requests.
pub fn is_change_request_type(kind: &str) -> bool {
    matches!(
        kind,
        "githubpullrequestcomment" | "gitlabmergerequestcomment" | "giteapullrequestcomment"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use k8s_openapi::api::core::v1::ObjectReference;

    const SHA: &str = "0123456789abcdef0123456789abcdef01234567";

    fn event(severity: &str, reason: &str) -> Event {
        Event {
            involved_object: ObjectReference {
                kind: Some("Kustomization".into()),
                name: Some("apps".into()),
                namespace: Some("flux-system".into()),
                ..Default::default()
            },
            severity: severity.into(),
            reason: reason.into(),
            metadata: [("revision".to_string(), format!("main@sha1:{SHA}"))].into(),
            ..Default::default()
        }
    }

    fn settings(address: &str) -> Settings {
        Settings {
            address: address.into(),
            token: "t0k".into(),
            commit_status: "kustomization/apps/0c9c2e41".into(),
            ..Default::default()
        }
    }

    fn body(r: &Request) -> serde_json::Value {
        serde_json::from_slice(&r.body).unwrap_or_default()
    }

    #[test]
    fn addresses_of_every_form_name_host_and_repository() {
        let ok = |a: &str| parse_git_address(a).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            ok("https://github.com/org/repo.git"),
            ("https://github.com".into(), "org/repo".into())
        );
        assert_eq!(
            ok("ssh://git@github.com/org/repo"),
            ("https://github.com".into(), "org/repo".into())
        );
        assert_eq!(
            ok("git@gitlab.com:group/sub/repo.git"),
            ("https://gitlab.com".into(), "group/sub/repo".into())
        );
        assert_eq!(
            ok("http://127.0.0.1:3000/org/repo"),
            ("http://127.0.0.1:3000".into(), "org/repo".into())
        );
    }

    #[test]
    fn reasons_become_lower_case_words() {
        assert_eq!(
            describe_reason("ReconciliationSucceeded"),
            "reconciliation succeeded"
        );
        assert_eq!(describe_reason("HealthCheckFailed"), "health check failed");
        assert_eq!(describe_reason("HTTPServerError"), "http server error");
    }

    #[test]
    fn github_writes_the_status_on_the_revisions_commit() {
        let r = github(
            &settings("https://github.com/org/repo"),
            &event("info", "ReconciliationSucceeded"),
        )
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            r[0].url,
            format!("https://api.github.com/repos/org/repo/statuses/{SHA}")
        );
        let b = body(&r[0]);
        assert_eq!(b["state"], "success");
        assert_eq!(b["context"], "kustomization/apps/0c9c2e41");
        assert_eq!(b["description"], "reconciliation succeeded");
        assert!(
            r[0].headers
                .contains(&("Authorization".into(), "Bearer t0k".into()))
        );
        let enterprise = github(
            &settings("https://ghe.example/org/repo"),
            &event("error", "HealthCheckFailed"),
        )
        .unwrap_or_else(|e| panic!("{e}"));
        assert!(
            enterprise[0]
                .url
                .starts_with("https://ghe.example/api/v3/repos/org/repo/")
        );
        assert_eq!(body(&enterprise[0])["state"], "failure");
    }

    #[test]
    fn progressing_events_are_skipped_by_github_and_pending_on_gitea() {
        let s = settings("https://github.com/org/repo");
        assert!(
            github(&s, &event("info", "Progressing"))
                .unwrap_or_else(|e| panic!("{e}"))
                .is_empty()
        );
        let r = gitea(
            &settings("https://gitea.example/org/repo"),
            &event("info", "Progressing"),
        )
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(body(&r[0])["state"], "pending");
        assert!(
            r[0].headers
                .contains(&("Authorization".into(), "token t0k".into()))
        );
    }

    #[test]
    fn gitlab_encodes_the_project_path() {
        let r = gitlab(
            &settings("https://gitlab.com/group/sub/repo.git"),
            &event("error", "BuildFailed"),
        )
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            r[0].url,
            format!("https://gitlab.com/api/v4/projects/group%2Fsub%2Frepo/statuses/{SHA}")
        );
        assert_eq!(body(&r[0])["state"], "failed");
        assert!(
            r[0].headers
                .contains(&("PRIVATE-TOKEN".into(), "t0k".into()))
        );
    }

    #[test]
    fn a_revision_without_a_commit_is_an_error() {
        let mut e = event("info", "ReconciliationSucceeded");
        e.metadata.insert("revision".into(), "v1.2.3".into());
        assert!(github(&settings("https://github.com/org/repo"), &e).is_err());
        e.metadata.clear();
        assert!(github(&settings("https://github.com/org/repo"), &e).is_err());
    }

    #[test]
    fn bitbucket_keys_the_status_on_the_sha1_of_its_identifier() {
        let mut s = settings("https://bitbucket.org/org/repo.git");
        s.token = "user:app-password".into();
        let r = bitbucket(&s, &event("info", "ReconciliationSucceeded"))
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            r[0].url,
            format!(
                "https://api.bitbucket.org/2.0/repositories/org/repo/commit/{SHA}/statuses/build"
            )
        );
        let b = body(&r[0]);
        assert_eq!(b["state"], "SUCCESSFUL");
        assert_eq!(b["key"].as_str().map(str::len), Some(40));
        assert_eq!(b["name"], "kustomization/apps");
        s.token = "no-colon".into();
        assert!(bitbucket(&s, &event("info", "x")).is_err());
    }

    #[test]
    fn the_default_status_id_uses_the_first_uid_segment() {
        let e = event("info", "x");
        assert_eq!(
            default_commit_status("0C9C2E41-d2f9-4f9b", &e),
            "kustomization/apps/0c9c2e41"
        );
    }
}
