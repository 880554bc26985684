//! Bitbucket Server (Stash) REST API emulation, written from Atlassian's REST 1.0 reference: projects
//! (`/rest/api/1.0/projects?name=`), repositories (`/projects/{key}/repos[/{slug}]`, personal projects `~user`),
//! users, branches (create, get/set default), group permissions on a repository, and repository access keys
//! (`/rest/keys/1.0/projects/{key}/repos/{slug}/ssh`). Paged answers carry `size`, `limit`, `isLastPage`,
//! `start` and `values`; errors are `{"errors": [{"context", "message", "exceptionName"}]}`; every
//! authenticated answer names the caller in `X-AUSERNAME`, as Bitbucket does.
//!
//! Projects are the emulator's groups (their key is the group path), with a display name in
//! [`super::state::St::project_names`]; Bitbucket groups are teams without an organisation.

use serde_json::{Value, json};

use super::DeployKey;
use super::state::{Caller, Ctx, Repo, St};
use super::util::{
    Req, Resp, body_json, empty, git_at, json_resp, normalise_key, query_param, s_of,
};

fn err(status: u16, message: &str, exception: &str) -> Resp {
    json_resp(
        status,
        json!({"errors": [{"context": Value::Null, "message": message, "exceptionName": exception}]}),
    )
}

fn page(values: Vec<Value>) -> Value {
    json!({"size": values.len(), "limit": 25, "isLastPage": true, "start": 0, "values": values})
}

/// The answer with the caller's user name in `X-AUSERNAME`.
fn as_caller(mut resp: Resp, caller: &Caller) -> Resp {
    resp.headers
        .push(("X-AUSERNAME".into(), caller.login.clone()));
    resp
}

fn project_json(ctx: &Ctx, st: &St, key: &str) -> Value {
    let name = st
        .project_names
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, n)| n.clone())
        .unwrap_or_else(|| key.to_string());
    json!({
        "key": key,
        "id": st.owner_id(key),
        "name": name,
        "public": false,
        "type": if key.starts_with('~') { "PERSONAL" } else { "NORMAL" },
        "links": {"self": [{"href": format!("https://{}/projects/{key}", ctx.host)}]},
    })
}

fn repo_json(ctx: &Ctx, st: &St, r: &Repo) -> Value {
    json!({
        "slug": r.name,
        "id": r.id,
        "name": r.name,
        "description": r.description.clone().unwrap_or_default(),
        "hierarchyId": format!("{:020x}", r.id),
        "scmId": "git",
        "state": "AVAILABLE",
        "statusMessage": "Available",
        "forkable": true,
        "project": project_json(ctx, st, &r.owner),
        "public": !r.private(),
        "archived": false,
        "links": {
            "clone": [
                {"href": format!("https://{}/scm/{}/{}.git", ctx.host, r.owner, r.name), "name": "http"},
                {"href": ctx.ssh_url(&r.full()), "name": "ssh"},
            ],
            "self": [{"href": format!("https://{}/projects/{}/repos/{}/browse", ctx.host, r.owner, r.name)}],
        },
    })
}

fn branch_json(ctx: &Ctx, r: &Repo, branch: &str) -> Option<Value> {
    let sha = git_at(
        &ctx.bare(&r.owner, &r.name),
        &[
            "rev-parse",
            "--verify",
            "-q",
            &format!("refs/heads/{branch}"),
        ],
        "",
    )
    .ok()?;
    Some(json!({
        "id": format!("refs/heads/{branch}"),
        "displayId": branch,
        "type": "BRANCH",
        "latestCommit": sha,
        "latestChangeset": sha,
        "isDefault": branch == r.default_branch,
    }))
}

fn key_json(ctx: &Ctx, st: &St, r: &Repo, k: &DeployKey) -> Value {
    json!({
        "key": {"id": k.id, "text": k.key, "label": k.title},
        "repository": repo_json(ctx, st, r),
        "permission": if k.read_only { "REPO_READ" } else { "REPO_WRITE" },
    })
}

/// Whether the caller administers project `key`: a member of the project, or its user for `~user`.
fn is_admin(st: &St, caller: &Caller, key: &str) -> bool {
    match key.strip_prefix('~') {
        Some(user) => user.eq_ignore_ascii_case(&caller.login),
        None => st.is_member(&caller.login, key),
    }
}

/// The project key in a path (personal ones are case-insensitive: `~USER` is `~user`).
fn project_key(st: &St, key: &str) -> Option<String> {
    if let Some(user) = key.strip_prefix('~') {
        return st
            .users
            .iter()
            .find(|u| u.login.eq_ignore_ascii_case(user))
            .map(|u| format!("~{}", u.login));
    }
    st.group(key).map(|g| g.path.clone())
}

pub(super) fn stash(ctx: &Ctx, st: &mut St, caller: &Caller, req: &Req, segs: &[&str]) -> Resp {
    let resp = route(ctx, st, caller, req, segs);
    as_caller(resp, caller)
}

fn route(ctx: &Ctx, st: &mut St, caller: &Caller, req: &Req, segs: &[&str]) -> Resp {
    let m = req.method.as_str();
    match segs {
        ["api", "1.0", "projects"] if m == "GET" => {
            let name = query_param(&req.query, "name").unwrap_or_default();
            let values: Vec<Value> = st
                .groups
                .iter()
                .filter(|g| st.is_member(&caller.login, &g.path))
                .map(|g| project_json(ctx, st, &g.path))
                .filter(|p| {
                    name.is_empty()
                        || s_of(p, "name")
                            .unwrap_or_default()
                            .to_lowercase()
                            .contains(&name.to_lowercase())
                })
                .collect();
            json_resp(200, page(values))
        }
        ["api", "1.0", "users", slug] if m == "GET" => match st.user(slug) {
            Some(u) => json_resp(
                200,
                json!({
                    "name": u.login,
                    "emailAddress": format!("{}@example.com", u.login),
                    "id": u.id,
                    "displayName": u.login,
                    "active": true,
                    "slug": u.login,
                    "type": "NORMAL",
                }),
            ),
            None => err(
                404,
                &format!("User {slug} does not exist."),
                "com.atlassian.bitbucket.user.NoSuchUserException",
            ),
        },
        ["api", "1.0", "projects", key, "repos"] if m == "POST" => {
            create_repo(ctx, st, caller, req, key)
        }
        ["api", "1.0", "projects", key, "repos", slug, rest @ ..] => {
            let Some(key) = project_key(st, key) else {
                return err(
                    404,
                    &format!("Project {key} does not exist."),
                    "com.atlassian.bitbucket.project.NoSuchProjectException",
                );
            };
            let Some(i) = st
                .repo(&key, slug)
                .filter(|i| is_admin(st, caller, &key) || !st.repos[*i].private())
            else {
                return err(
                    404,
                    &format!("Repository {key}/{slug} does not exist."),
                    "com.atlassian.bitbucket.repository.NoSuchRepositoryException",
                );
            };
            repo_route(ctx, st, caller, req, i, rest)
        }
        [
            "keys",
            "1.0",
            "projects",
            key,
            "repos",
            slug,
            "ssh",
            rest @ ..,
        ] => {
            let Some(key) = project_key(st, key) else {
                return err(
                    404,
                    "Project does not exist.",
                    "com.atlassian.bitbucket.project.NoSuchProjectException",
                );
            };
            let Some(i) = st.repo(&key, slug).filter(|_| is_admin(st, caller, &key)) else {
                return err(
                    404,
                    &format!("Repository {key}/{slug} does not exist."),
                    "com.atlassian.bitbucket.repository.NoSuchRepositoryException",
                );
            };
            keys_route(ctx, st, req, i, rest)
        }
        _ => err(
            404,
            "Not Found",
            "com.atlassian.bitbucket.NotFoundException",
        ),
    }
}

fn create_repo(ctx: &Ctx, st: &mut St, caller: &Caller, req: &Req, key: &str) -> Resp {
    let Some(key) = project_key(st, key) else {
        return err(
            404,
            &format!("Project {key} does not exist."),
            "com.atlassian.bitbucket.project.NoSuchProjectException",
        );
    };
    if !is_admin(st, caller, &key) {
        return err(
            401,
            &format!("You are not permitted to create repositories in project {key}."),
            "com.atlassian.bitbucket.AuthorisationException",
        );
    }
    let body = body_json(req).unwrap_or(Value::Null);
    let Some(name) = s_of(&body, "name").filter(|n| !n.is_empty()) else {
        return err(
            400,
            "The repository name is required.",
            "com.atlassian.bitbucket.validation.ArgumentValidationException",
        );
    };
    let slug = name.to_lowercase().replace(' ', "-");
    if st.repo(&key, &slug).is_some() {
        return err(
            409,
            "This repository URL is already taken.",
            "com.atlassian.bitbucket.repository.DuplicateRepositoryNameException",
        );
    }
    let public = body.get("public").and_then(Value::as_bool) == Some(true);
    let description = s_of(&body, "description").filter(|d| !d.is_empty());
    // A new Bitbucket repository is empty; its default branch is the server's (master) until set.
    match ctx.create_repo(
        st,
        &key,
        &slug,
        description,
        if public { "public" } else { "private" },
        false,
        "master",
    ) {
        Ok(i) => {
            let v = repo_json(ctx, st, &st.repos[i].clone());
            json_resp(201, v)
        }
        Err(e) => err(500, &e, "java.lang.IllegalStateException"),
    }
}

fn repo_route(ctx: &Ctx, st: &mut St, caller: &Caller, req: &Req, i: usize, rest: &[&str]) -> Resp {
    let m = req.method.as_str();
    let key = st.repos[i].owner.clone();
    let admin = is_admin(st, caller, &key);
    match rest {
        [] if m == "GET" => json_resp(200, repo_json(ctx, st, &st.repos[i].clone())),
        [] if m == "PUT" && admin => {
            let body = body_json(req).unwrap_or(Value::Null);
            if let Some(d) = s_of(&body, "description") {
                st.repos[i].description = Some(d).filter(|d| !d.is_empty());
            }
            if let Some(p) = body.get("public").and_then(Value::as_bool) {
                st.repos[i].visibility = if p { "public" } else { "private" }.to_string();
            }
            json_resp(201, repo_json(ctx, st, &st.repos[i].clone()))
        }
        ["branches", "default"] if m == "GET" => {
            let r = st.repos[i].clone();
            match branch_json(ctx, &r, &r.default_branch) {
                Some(b) => json_resp(200, b),
                // An empty repository has no default branch yet.
                None => empty(204),
            }
        }
        ["branches", "default"] if m == "PUT" && admin => {
            let body = body_json(req).unwrap_or(Value::Null);
            let id = s_of(&body, "id").unwrap_or_default();
            let branch = id.strip_prefix("refs/heads/").unwrap_or(&id).to_string();
            let mut r = st.repos[i].clone();
            ctx.set_default_branch(&mut r, &branch);
            st.repos[i] = r;
            empty(204)
        }
        ["branches"] if m == "POST" && admin => {
            let body = body_json(req).unwrap_or(Value::Null);
            let name = s_of(&body, "name").unwrap_or_default();
            let branch = name
                .strip_prefix("refs/heads/")
                .unwrap_or(&name)
                .to_string();
            let start = s_of(&body, "startPoint").unwrap_or_default();
            let r = st.repos[i].clone();
            let bare = ctx.bare(&r.owner, &r.name);
            let Ok(sha) = git_at(&bare, &["rev-parse", "--verify", "-q", &start], "") else {
                return err(
                    400,
                    &format!("Start point {start} does not exist."),
                    "com.atlassian.bitbucket.repository.NoSuchCommitException",
                );
            };
            if git_at(
                &bare,
                &["update-ref", &format!("refs/heads/{branch}"), &sha],
                "",
            )
            .is_err()
            {
                return err(
                    400,
                    "Branch name is invalid.",
                    "com.atlassian.bitbucket.validation.ArgumentValidationException",
                );
            }
            match branch_json(ctx, &r, &branch) {
                Some(b) => json_resp(200, b),
                None => err(500, "branch vanished", "java.lang.IllegalStateException"),
            }
        }
        ["permissions", "groups"] if m == "GET" && admin => {
            let filter = query_param(&req.query, "filter").unwrap_or_default();
            let values: Vec<Value> = st.repos[i]
                .grants
                .iter()
                .filter(|(g, _, _)| g.contains(&filter))
                .map(|(g, p, _)| json!({"group": {"name": g}, "permission": p}))
                .collect();
            json_resp(200, page(values))
        }
        ["permissions", "groups"] if m == "PUT" && admin => {
            let name = query_param(&req.query, "name").unwrap_or_default();
            let permission = query_param(&req.query, "permission").unwrap_or_default();
            if !["REPO_READ", "REPO_WRITE", "REPO_ADMIN"].contains(&permission.as_str()) {
                return err(
                    400,
                    &format!("Invalid permission {permission}."),
                    "com.atlassian.bitbucket.validation.ArgumentValidationException",
                );
            }
            let Some(group) = st.teams.iter().find(|t| t.name == name) else {
                return err(
                    404,
                    &format!("No group exists with the name {name}."),
                    "com.atlassian.bitbucket.user.NoSuchGroupException",
                );
            };
            let id = group.id;
            let grants = &mut st.repos[i].grants;
            grants.retain(|(g, _, _)| *g != name);
            grants.push((name, permission, id));
            empty(204)
        }
        _ if !admin => err(
            401,
            "You are not permitted to access this resource",
            "com.atlassian.bitbucket.AuthorisationException",
        ),
        _ => err(
            405,
            "Method not allowed",
            "com.atlassian.bitbucket.NotFoundException",
        ),
    }
}

fn keys_route(ctx: &Ctx, st: &mut St, req: &Req, i: usize, rest: &[&str]) -> Resp {
    match (req.method.as_str(), rest) {
        ("GET", []) => {
            let r = st.repos[i].clone();
            let values = r.keys.iter().map(|k| key_json(ctx, st, &r, k)).collect();
            json_resp(200, page(values))
        }
        ("POST", []) => {
            let body = body_json(req).unwrap_or(Value::Null);
            let key = body.get("key").cloned().unwrap_or(Value::Null);
            let text = s_of(&key, "text").unwrap_or_default();
            let Some((normal, _fingerprint)) = normalise_key(&text) else {
                return err(
                    400,
                    "The public key is not valid.",
                    "com.atlassian.bitbucket.ssh.InvalidSshKeyException",
                );
            };
            if st.repos[i].keys.iter().any(|k| k.key == normal) {
                return err(
                    409,
                    "This key is already in use.",
                    "com.atlassian.bitbucket.ssh.DuplicateSshKeyException",
                );
            }
            let read_only = match s_of(&body, "permission").as_deref() {
                Some("REPO_READ") => true,
                Some("REPO_WRITE") => false,
                other => {
                    return err(
                        400,
                        &format!("Invalid permission {}.", other.unwrap_or_default()),
                        "com.atlassian.bitbucket.validation.ArgumentValidationException",
                    );
                }
            };
            let id = st.id();
            let dk = DeployKey {
                id,
                title: s_of(&key, "label").unwrap_or_default(),
                key: normal,
                read_only,
            };
            st.repos[i].keys.push(dk.clone());
            st.repos[i].key_created.push(super::util::now_rfc3339());
            ctx.write_authorized_keys(st);
            let r = st.repos[i].clone();
            json_resp(201, key_json(ctx, st, &r, &dk))
        }
        ("DELETE", [id]) => {
            let r = &mut st.repos[i];
            let Some(pos) = r.keys.iter().position(|k| k.id.to_string() == *id) else {
                return err(
                    404,
                    "The key does not exist.",
                    "com.atlassian.bitbucket.ssh.NoSuchSshKeyException",
                );
            };
            r.keys.remove(pos);
            r.key_created.remove(pos);
            ctx.write_authorized_keys(st);
            empty(204)
        }
        _ => err(
            405,
            "Method not allowed",
            "com.atlassian.bitbucket.NotFoundException",
        ),
    }
}
