//! Gitea REST API emulation (`https://HOST/api/v1`): the handlers and JSON builders.

use serde_json::{Value, json};

use super::DeployKey;
use super::state::{Caller, Ctx, Group, Repo, St, Team};
use super::util::{
    Req, Resp, b_of, body_json, empty, git_at, json_resp, normalise_key, now_rfc3339, query_param,
    s_of,
};

fn gt_err(ctx: &Ctx, status: u16, message: &str) -> Resp {
    json_resp(status, json!({"message": message, "url": ctx.swagger()}))
}

fn gt_not_found(ctx: &Ctx) -> Resp {
    json_resp(
        404,
        json!({"errors": Value::Null, "message": "The target couldn't be found.", "url": ctx.swagger()}),
    )
}

fn gt_user(ctx: &Ctx, st: &St, login: &str) -> Value {
    json!({
        "id": st.owner_id(login),
        "login": login,
        "login_name": "",
        "full_name": "",
        "email": format!("{login}@noreply.127.0.0.1"),
        "avatar_url": "",
        "html_url": format!("https://{}/{login}", ctx.host),
        "username": login,
        "is_admin": false,
        "restricted": false,
        "active": true,
        "visibility": "public",
    })
}

fn gt_org(ctx: &Ctx, g: &Group) -> Value {
    json!({
        "id": g.id,
        "name": g.path,
        "username": g.path,
        "full_name": "",
        "email": "",
        "avatar_url": "",
        "description": "",
        "website": "",
        "location": "",
        "visibility": "public",
        "repo_admin_change_team_access": false,
        "html_url": format!("https://{}/{}", ctx.host, g.path),
    })
}

fn gt_repo(ctx: &Ctx, st: &St, r: &Repo, login: &str) -> Value {
    let full = r.full();
    let w = st.can_write(login, r);
    let empty_repo = git_at(
        &ctx.bare(&r.owner, &r.name),
        &["for-each-ref", "--count=1"],
        "",
    )
    .map(|o| o.is_empty())
    .unwrap_or(true);
    let owner = match st.group(&r.owner) {
        Some(g) => {
            let mut o = gt_user(ctx, st, &g.path);
            o["id"] = json!(g.id);
            o
        }
        None => gt_user(ctx, st, &r.owner),
    };
    json!({
        "id": r.id,
        "owner": owner,
        "name": r.name,
        "full_name": full,
        "description": r.description.clone().unwrap_or_default(),
        "empty": empty_repo,
        "private": r.private(),
        "fork": false,
        "template": false,
        "mirror": false,
        "size": 0,
        "html_url": format!("https://{}/{full}", ctx.host),
        "url": format!("https://{}/api/v1/repos/{full}", ctx.host),
        "ssh_url": ctx.ssh_url(&full),
        "clone_url": format!("https://{}/{full}.git", ctx.host),
        "website": "",
        "default_branch": r.default_branch,
        "archived": false,
        "created_at": r.created_at,
        "updated_at": r.created_at,
        "permissions": {"admin": w, "push": w, "pull": true},
        "internal": false,
        "object_format_name": "sha1",
    })
}

fn gt_key(ctx: &Ctx, r: &Repo, i: usize) -> Value {
    let k = &r.keys[i];
    json!({
        "id": k.id,
        "key_id": k.id,
        "key": k.key,
        "url": format!("https://{}/api/v1/repos/{}/keys/{}", ctx.host, r.full(), k.id),
        "title": k.title,
        "fingerprint": normalise_key(&k.key).map(|x| x.1).unwrap_or_default(),
        "created_at": r.key_created[i],
        "read_only": k.read_only,
    })
}

fn gt_team(ctx: &Ctx, st: &St, t: &Team) -> Value {
    json!({
        "id": t.id,
        "name": t.name,
        "description": "",
        "organization": st.group(&t.org).map(|g| gt_org(ctx, g)),
        "includes_all_repositories": false,
        "permission": "write",
        "units": ["repo.code"],
        "units_map": {"repo.code": "write"},
        "can_create_org_repo": false,
    })
}

pub(super) fn gitea(ctx: &Ctx, st: &mut St, caller: &Caller, req: &Req, segs: &[&str]) -> Resp {
    let login = caller.login.as_str();
    let m = req.method.as_str();
    let Some(body) = body_json(req) else {
        return gt_err(ctx, 422, "invalid JSON body");
    };
    match (m, segs) {
        ("GET", ["user"]) => json_resp(200, gt_user(ctx, st, login)),
        ("GET", ["orgs", org]) => match st.group(org) {
            Some(g) => json_resp(200, gt_org(ctx, g)),
            None => gt_not_found(ctx),
        },
        ("POST", ["user", "repos"]) | ("POST", ["orgs", _, "repos"]) => {
            let owner = if segs[0] == "user" { login } else { segs[1] };
            if segs[0] == "orgs" {
                if st.group(owner).is_none() {
                    return gt_not_found(ctx);
                }
                if !st.is_member(login, owner) {
                    return gt_err(ctx, 403, "Given user is not owner of organization.");
                }
            }
            let Some(name) = s_of(&body, "name").filter(|n| !n.is_empty()) else {
                return gt_err(ctx, 422, "[Name]: Required");
            };
            if st.repo(owner, &name).is_some() {
                return gt_err(
                    ctx,
                    409,
                    "The repository with the same name already exists.",
                );
            }
            let private = b_of(&body, "private").unwrap_or(false);
            let branch = s_of(&body, "default_branch")
                .filter(|b| !b.is_empty())
                .unwrap_or_else(|| "main".into());
            let init = b_of(&body, "auto_init").unwrap_or(false);
            let vis = if private { "private" } else { "public" };
            match ctx.create_repo(
                st,
                owner,
                &name,
                s_of(&body, "description"),
                vis,
                init,
                &branch,
            ) {
                Ok(i) => json_resp(201, gt_repo(ctx, st, &st.repos[i], login)),
                Err(e) => gt_err(ctx, 500, &e),
            }
        }
        ("GET", ["orgs", org, "teams", "search"]) => {
            if st.group(org).is_none() {
                return gt_not_found(ctx);
            }
            let q = query_param(&req.query, "q")
                .unwrap_or_default()
                .to_lowercase();
            let teams: Vec<Value> = st
                .teams
                .iter()
                .filter(|t| t.org == *org && t.name.to_lowercase().contains(&q))
                .map(|t| gt_team(ctx, st, t))
                .collect();
            json_resp(200, json!({"data": teams, "ok": true}))
        }
        ("PUT", ["teams", tid, "repos", _org, name]) => {
            let Some(t) = st.teams.iter().find(|t| t.id.to_string() == *tid) else {
                return gt_not_found(ctx);
            };
            let (tname, torg, tid) = (t.name.clone(), t.org.clone(), t.id);
            // Gitea looks the repository up in the team's organisation, whatever `{org}` says.
            let Some(i) = st.repo(&torg, name) else {
                return gt_not_found(ctx);
            };
            if !st.can_write(login, &st.repos[i]) {
                return gt_err(ctx, 403, "Must have admin-level access to the repository");
            }
            let r = &mut st.repos[i];
            if !r.grants.iter().any(|(n, _, _)| *n == tname) {
                r.grants.push((tname, "write".into(), tid));
            }
            empty(204)
        }
        (_, ["repos", owner, name, rest @ ..]) => {
            let Some(i) = st
                .repo(owner, name)
                .filter(|&i| st.can_read(login, &st.repos[i]))
            else {
                return gt_not_found(ctx);
            };
            let writable = st.can_write(login, &st.repos[i]);
            if !(writable || m == "GET" && rest.is_empty()) {
                return gt_err(
                    ctx,
                    403,
                    "user should be an owner or a collaborator with admin write of a repository",
                );
            }
            match (m, rest) {
                ("GET", []) => json_resp(200, gt_repo(ctx, st, &st.repos[i], login)),
                ("PATCH", []) => {
                    let mut r = st.repos[i].clone();
                    if let Some(d) = s_of(&body, "description") {
                        r.description = Some(d);
                    }
                    if let Some(p) = b_of(&body, "private") {
                        r.visibility = if p { "private" } else { "public" }.into();
                    }
                    if let Some(b) = s_of(&body, "default_branch") {
                        ctx.set_default_branch(&mut r, &b);
                    }
                    st.repos[i] = r;
                    json_resp(200, gt_repo(ctx, st, &st.repos[i], login))
                }
                ("GET", ["keys"]) => {
                    let r = &st.repos[i];
                    json_resp(
                        200,
                        Value::Array((0..r.keys.len()).map(|k| gt_key(ctx, r, k)).collect()),
                    )
                }
                ("GET", ["keys", id]) => {
                    let r = &st.repos[i];
                    match r.keys.iter().position(|k| k.id.to_string() == *id) {
                        Some(k) => json_resp(200, gt_key(ctx, r, k)),
                        None => gt_not_found(ctx),
                    }
                }
                ("POST", ["keys"]) => {
                    let (Some(title), Some(key)) = (s_of(&body, "title"), s_of(&body, "key"))
                    else {
                        return gt_err(ctx, 422, "[Title]: Required, [Key]: Required");
                    };
                    let Some((key, _)) = normalise_key(&key) else {
                        return gt_err(ctx, 422, "Invalid key content: ssh: no key found");
                    };
                    let r = &st.repos[i];
                    if r.keys.iter().any(|k| k.key == key) {
                        return gt_err(
                            ctx,
                            422,
                            "This key has already been added to this repository",
                        );
                    }
                    if r.keys.iter().any(|k| k.title == title) {
                        return gt_err(ctx, 422, "A key with the same name already exists");
                    }
                    let id = st.id();
                    let r = &mut st.repos[i];
                    r.keys.push(DeployKey {
                        id,
                        title,
                        key,
                        read_only: b_of(&body, "read_only").unwrap_or(false),
                    });
                    r.key_created.push(now_rfc3339());
                    ctx.write_authorized_keys(st);
                    let r = &st.repos[i];
                    json_resp(201, gt_key(ctx, r, r.keys.len() - 1))
                }
                ("DELETE", ["keys", id]) => {
                    let r = &mut st.repos[i];
                    match r.keys.iter().position(|k| k.id.to_string() == *id) {
                        Some(k) => {
                            r.keys.remove(k);
                            r.key_created.remove(k);
                            ctx.write_authorized_keys(st);
                            empty(204)
                        }
                        None => gt_not_found(ctx),
                    }
                }
                ("GET", ["teams"]) => {
                    let r = &st.repos[i];
                    let teams: Vec<Value> = r
                        .grants
                        .iter()
                        .filter_map(|(_, _, tid)| st.teams.iter().find(|t| t.id == *tid))
                        .map(|t| gt_team(ctx, st, t))
                        .collect();
                    json_resp(200, Value::Array(teams))
                }
                _ => gt_not_found(ctx),
            }
        }
        _ => gt_not_found(ctx),
    }
}
