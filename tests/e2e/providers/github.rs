//! GitHub REST API emulation (Enterprise layout: `https://HOST/api/v3`): the handlers and JSON builders.

use serde_json::{Value, json};

use super::DeployKey;
use super::state::{Caller, Ctx, Repo, St, Team};
use super::util::{Req, Resp, b_of, body_json, empty, json_resp, normalise_key, now_rfc3339, s_of};

pub(super) fn gh_err(status: u16, message: &str, doc: &str) -> Resp {
    json_resp(
        status,
        json!({"message": message, "documentation_url": doc, "status": status.to_string()}),
    )
}

fn gh_validation(message: &str, errors: Value, doc: &str) -> Resp {
    json_resp(
        422,
        json!({"message": message, "errors": errors, "documentation_url": doc, "status": "422"}),
    )
}

const GH_DOC_REPO: &str = "https://docs.github.com/rest/repos/repos";
const GH_DOC_KEYS: &str = "https://docs.github.com/rest/deploy-keys/deploy-keys";
const GH_DOC_TEAMS: &str = "https://docs.github.com/rest/teams/teams";

fn gh_owner(ctx: &Ctx, st: &St, login: &str) -> Value {
    let org = st.group(login).is_some();
    json!({
        "login": login,
        "id": st.owner_id(login),
        "node_id": format!("{}_{}", if org { "O" } else { "U" }, st.owner_id(login)),
        "type": if org { "Organization" } else { "User" },
        "site_admin": false,
        "url": format!("https://{}/api/v3/{}/{login}", ctx.host, if org { "orgs" } else { "users" }),
        "html_url": format!("https://{}/{login}", ctx.host),
    })
}

fn gh_repo(ctx: &Ctx, st: &St, r: &Repo, login: &str) -> Value {
    let full = r.full();
    let w = st.can_write(login, r);
    json!({
        "id": r.id,
        "node_id": format!("R_{}", r.id),
        "name": r.name,
        "full_name": full,
        "private": r.private(),
        "visibility": r.visibility,
        "owner": gh_owner(ctx, st, &r.owner),
        "html_url": format!("https://{}/{full}", ctx.host),
        "description": r.description,
        "fork": false,
        "url": format!("https://{}/api/v3/repos/{full}", ctx.host),
        "keys_url": format!("https://{}/api/v3/repos/{full}/keys{{/key_id}}", ctx.host),
        "teams_url": format!("https://{}/api/v3/repos/{full}/teams", ctx.host),
        "clone_url": format!("https://{}/{full}.git", ctx.host),
        "ssh_url": ctx.ssh_url(&full),
        "default_branch": r.default_branch,
        "archived": false,
        "disabled": false,
        "created_at": r.created_at,
        "updated_at": r.created_at,
        "pushed_at": r.created_at,
        "permissions": {"admin": w, "maintain": w, "push": w, "triage": w, "pull": true},
    })
}

fn gh_key(ctx: &Ctx, r: &Repo, i: usize) -> Value {
    let k = &r.keys[i];
    json!({
        "id": k.id,
        "key": k.key,
        "url": format!("https://{}/api/v3/repos/{}/keys/{}", ctx.host, r.full(), k.id),
        "title": k.title,
        "verified": true,
        "created_at": r.key_created[i],
        "read_only": k.read_only,
        "added_by": Value::Null,
        "last_used": Value::Null,
        "enabled": true,
    })
}

fn gh_team(ctx: &Ctx, st: &St, t: &Team, permission: &str) -> Value {
    json!({
        "id": t.id,
        "node_id": format!("T_{}", t.id),
        "url": format!("https://{}/api/v3/organizations/{}/team/{}", ctx.host, st.owner_id(&t.org), t.id),
        "html_url": format!("https://{}/orgs/{}/teams/{}", ctx.host, t.org, t.slug),
        "name": t.name,
        "slug": t.slug,
        "description": Value::Null,
        "privacy": "closed",
        "notification_setting": "notifications_enabled",
        "permission": permission,
        "members_url": format!("https://{}/api/v3/organizations/{}/team/{}/members{{/member}}", ctx.host, st.owner_id(&t.org), t.id),
        "repositories_url": format!("https://{}/api/v3/organizations/{}/team/{}/repos", ctx.host, st.owner_id(&t.org), t.id),
        "parent": Value::Null,
    })
}

pub(super) fn github(ctx: &Ctx, st: &mut St, caller: &Caller, req: &Req, segs: &[&str]) -> Resp {
    let login = caller.login.as_str();
    let not_found = |doc: &str| gh_err(404, "Not Found", doc);
    let m = req.method.as_str();
    let Some(body) = body_json(req) else {
        return gh_err(400, "Problems parsing JSON", "https://docs.github.com/rest");
    };
    match (m, segs) {
        ("GET", ["user"]) => {
            let id = st.owner_id(login);
            json_resp(
                200,
                json!({
                    "login": login, "id": id, "node_id": format!("U_{id}"), "type": "User", "site_admin": false,
                    "name": login, "email": Value::Null,
                    "url": format!("https://{}/api/v3/users/{login}", ctx.host),
                    "html_url": format!("https://{}/{login}", ctx.host),
                }),
            )
        }
        ("GET", ["users", u]) if st.user(u).is_some() => json_resp(200, gh_owner(ctx, st, u)),
        ("GET", ["orgs", org]) => match st.group(org) {
            Some(g) => json_resp(
                200,
                json!({
                    "login": g.path, "id": g.id, "node_id": format!("O_{}", g.id), "type": "Organization",
                    "description": Value::Null,
                    "url": format!("https://{}/api/v3/orgs/{}", ctx.host, g.path),
                    "html_url": format!("https://{}/{}", ctx.host, g.path),
                    "repos_url": format!("https://{}/api/v3/orgs/{}/repos", ctx.host, g.path),
                }),
            ),
            None => not_found("https://docs.github.com/rest/orgs/orgs#get-an-organization"),
        },
        ("POST", ["user", "repos"]) | ("POST", ["orgs", _, "repos"]) => {
            let doc = if segs[0] == "user" {
                "https://docs.github.com/rest/repos/repos#create-a-repository-for-the-authenticated-user"
            } else {
                "https://docs.github.com/rest/repos/repos#create-an-organization-repository"
            };
            let owner = if segs[0] == "user" { login } else { segs[1] };
            if segs[0] == "orgs" {
                if st.group(owner).is_none() {
                    return not_found(doc);
                }
                if !st.is_member(login, owner) {
                    return gh_err(
                        403,
                        "You need admin access to the organization before adding a repository to it.",
                        doc,
                    );
                }
            }
            let Some(name) = s_of(&body, "name").filter(|n| !n.is_empty()) else {
                return gh_validation(
                    "Invalid request.\n\n\"name\" wasn't supplied.",
                    Value::Null,
                    doc,
                );
            };
            if st.repo(owner, &name).is_some() {
                return gh_validation(
                    "Repository creation failed.",
                    json!([{"resource": "Repository", "code": "custom", "field": "name", "message": "name already exists on this account"}]),
                    doc,
                );
            }
            let visibility = s_of(&body, "visibility").unwrap_or_else(|| {
                if b_of(&body, "private").unwrap_or(false) {
                    "private".into()
                } else {
                    "public".into()
                }
            });
            let auto_init = b_of(&body, "auto_init").unwrap_or(false);
            match ctx.create_repo(
                st,
                owner,
                &name,
                s_of(&body, "description"),
                &visibility,
                auto_init,
                "main",
            ) {
                Ok(i) => json_resp(201, gh_repo(ctx, st, &st.repos[i].clone(), login)),
                Err(e) => gh_err(500, &e, doc),
            }
        }
        (_, ["repos", owner, name, rest @ ..]) => {
            let doc = match rest.first() {
                Some(&"keys") => GH_DOC_KEYS,
                Some(&"teams") => "https://docs.github.com/rest/repos/repos#list-repository-teams",
                _ => GH_DOC_REPO,
            };
            let Some(i) = st
                .repo(owner, name)
                .filter(|&i| st.can_read(login, &st.repos[i]))
            else {
                return not_found(doc);
            };
            let writable = st.can_write(login, &st.repos[i]);
            match (m, rest) {
                ("GET", []) => json_resp(200, gh_repo(ctx, st, &st.repos[i], login)),
                ("PATCH", []) => {
                    if !writable {
                        return not_found(doc);
                    }
                    let mut r = st.repos[i].clone();
                    if let Some(d) = s_of(&body, "description") {
                        r.description = Some(d);
                    }
                    if let Some(p) = b_of(&body, "private") {
                        r.visibility = if p { "private" } else { "public" }.into();
                    }
                    if let Some(v) = s_of(&body, "visibility") {
                        r.visibility = v;
                    }
                    if let Some(b) = s_of(&body, "default_branch") {
                        ctx.set_default_branch(&mut r, &b);
                    }
                    st.repos[i] = r;
                    json_resp(200, gh_repo(ctx, st, &st.repos[i], login))
                }
                ("GET", ["keys"]) if writable => {
                    let r = &st.repos[i];
                    json_resp(
                        200,
                        Value::Array((0..r.keys.len()).map(|k| gh_key(ctx, r, k)).collect()),
                    )
                }
                ("GET", ["keys", id]) if writable => {
                    let r = &st.repos[i];
                    match r.keys.iter().position(|k| k.id.to_string() == *id) {
                        Some(k) => json_resp(200, gh_key(ctx, r, k)),
                        None => not_found(doc),
                    }
                }
                ("POST", ["keys"]) if writable => {
                    let Some(key) = s_of(&body, "key") else {
                        return gh_validation(
                            "Invalid request.\n\n\"key\" wasn't supplied.",
                            Value::Null,
                            doc,
                        );
                    };
                    let Some((key, _)) = normalise_key(&key) else {
                        return gh_validation(
                            "Validation Failed",
                            json!([{"resource": "PublicKey", "code": "custom", "field": "key", "message": "key is invalid. You must supply a key in OpenSSH public key format"}]),
                            doc,
                        );
                    };
                    // A deploy key is unique across the whole instance on GitHub.
                    if st.repos.iter().any(|r| r.keys.iter().any(|k| k.key == key)) {
                        return gh_validation(
                            "Validation Failed",
                            json!([{"resource": "PublicKey", "code": "custom", "field": "key", "message": "key is already in use"}]),
                            doc,
                        );
                    }
                    let id = st.id();
                    let title = s_of(&body, "title").unwrap_or_default();
                    let read_only = b_of(&body, "read_only").unwrap_or(false);
                    let r = &mut st.repos[i];
                    r.keys.push(DeployKey {
                        id,
                        title,
                        key,
                        read_only,
                    });
                    r.key_created.push(now_rfc3339());
                    ctx.write_authorized_keys(st);
                    let r = &st.repos[i];
                    json_resp(201, gh_key(ctx, r, r.keys.len() - 1))
                }
                ("DELETE", ["keys", id]) if writable => {
                    let r = &mut st.repos[i];
                    match r.keys.iter().position(|k| k.id.to_string() == *id) {
                        Some(k) => {
                            r.keys.remove(k);
                            r.key_created.remove(k);
                            ctx.write_authorized_keys(st);
                            empty(204)
                        }
                        None => not_found(doc),
                    }
                }
                ("GET", ["teams"]) => {
                    let r = &st.repos[i];
                    let teams: Vec<Value> = r
                        .grants
                        .iter()
                        .filter_map(|(slug, perm, _)| {
                            st.teams
                                .iter()
                                .find(|t| t.org == r.owner && t.slug == *slug)
                                .map(|t| gh_team(ctx, st, t, perm))
                        })
                        .collect();
                    json_resp(200, Value::Array(teams))
                }
                _ if !writable => not_found(doc),
                _ => not_found("https://docs.github.com/rest"),
            }
        }
        ("GET", ["orgs", org, "teams", slug]) => {
            match st.teams.iter().find(|t| t.org == *org && t.slug == *slug) {
                Some(t) => json_resp(200, gh_team(ctx, st, t, "pull")),
                None => not_found(&format!("{GH_DOC_TEAMS}#get-a-team-by-name")),
            }
        }
        ("PUT", ["orgs", org, "teams", slug, "repos", owner, name]) => {
            let doc = format!("{GH_DOC_TEAMS}#add-or-update-team-repository-permissions");
            let Some(tid) = st
                .teams
                .iter()
                .find(|t| t.org == *org && t.slug == *slug)
                .map(|t| t.id)
            else {
                return not_found(&doc);
            };
            let Some(i) = st
                .repo(owner, name)
                .filter(|&i| st.can_read(login, &st.repos[i]))
            else {
                return not_found(&doc);
            };
            if !st.can_write(login, &st.repos[i]) || !st.is_member(login, org) {
                return gh_err(403, "Must have admin rights to Repository.", &doc);
            }
            let perm = s_of(&body, "permission").unwrap_or_else(|| "push".into());
            if !["pull", "triage", "push", "maintain", "admin"].contains(&perm.as_str()) {
                return gh_validation(
                    "Validation Failed",
                    json!([{"resource": "TeamRepository", "code": "invalid", "field": "permission"}]),
                    &doc,
                );
            }
            let r = &mut st.repos[i];
            r.grants.retain(|(s, _, _)| s != slug);
            r.grants.push((slug.to_string(), perm, tid));
            empty(204)
        }
        _ => not_found("https://docs.github.com/rest"),
    }
}
