//! GitLab REST API emulation (`https://HOST/api/v4`): the handlers and JSON builders.

use serde_json::{Value, json};

use super::DeployKey;
use super::state::{Caller, Ctx, DeployToken, Group, Repo, St};
use super::util::{
    Req, Resp, b_of, body_json, empty, git_at, json_resp, normalise_key, now_rfc3339, random_hex,
    s_of, u_of,
};

fn gl_msg(status: u16, message: &str) -> Resp {
    json_resp(status, json!({"message": message}))
}

fn gl_namespace(ctx: &Ctx, st: &St, owner: &str) -> Value {
    match st.group(owner) {
        Some(g) => json!({
            "id": g.id,
            "name": g.path.rsplit('/').next().unwrap_or(&g.path),
            "path": g.path.rsplit('/').next().unwrap_or(&g.path),
            "kind": "group",
            "full_path": g.path,
            "parent_id": g.path.rsplit_once('/').and_then(|(p, _)| st.group(p)).map(|p| p.id),
            "web_url": format!("https://{}/groups/{}", ctx.host, g.path),
        }),
        None => {
            let id = st.user(owner).map(|u| u.namespace_id).unwrap_or(0);
            json!({
                "id": id, "name": owner, "path": owner, "kind": "user", "full_path": owner,
                "parent_id": Value::Null, "web_url": format!("https://{}/{owner}", ctx.host),
            })
        }
    }
}

fn gl_project(ctx: &Ctx, st: &St, r: &Repo) -> Value {
    let full = r.full();
    let empty_repo = git_at(
        &ctx.bare(&r.owner, &r.name),
        &["for-each-ref", "--count=1"],
        "",
    )
    .map(|o| o.is_empty())
    .unwrap_or(true);
    let shared: Vec<Value> = r
        .grants
        .iter()
        .map(|(g, access, gid)| {
            json!({
                "group_id": gid,
                "group_name": g.rsplit('/').next().unwrap_or(g),
                "group_full_path": g,
                "group_access_level": access.parse::<u64>().unwrap_or(0),
                "expires_at": Value::Null,
            })
        })
        .collect();
    json!({
        "id": r.id,
        "description": r.description,
        "name": r.name,
        "name_with_namespace": full.replace('/', " / "),
        "path": r.name,
        "path_with_namespace": full,
        "created_at": r.created_at,
        "default_branch": r.default_branch,
        "visibility": r.visibility,
        "ssh_url_to_repo": ctx.ssh_url(&full),
        "http_url_to_repo": format!("https://{}/{full}.git", ctx.host),
        "web_url": format!("https://{}/{full}", ctx.host),
        "readme_url": Value::Null,
        "empty_repo": empty_repo,
        "archived": false,
        "namespace": gl_namespace(ctx, st, &r.owner),
        "shared_with_groups": shared,
    })
}

fn gl_key(r: &Repo, i: usize, fp: &str) -> Value {
    let k = &r.keys[i];
    json!({
        "id": k.id,
        "title": k.title,
        "created_at": r.key_created[i],
        "expires_at": Value::Null,
        "key": k.key,
        "fingerprint_sha256": fp,
        "can_push": !k.read_only,
    })
}

fn gl_token(t: &DeployToken, with_secret: bool) -> Value {
    let mut v = json!({
        "id": t.id,
        "name": t.name,
        "username": t.username,
        "expires_at": t.expires_at,
        "scopes": t.scopes,
        "revoked": false,
        "expired": false,
    });
    if with_secret {
        v["token"] = json!(t.token);
    }
    v
}

fn gl_group_json(ctx: &Ctx, st: &St, g: &Group) -> Value {
    let name = g.path.rsplit('/').next().unwrap_or(&g.path);
    json!({
        "id": g.id,
        "name": name,
        "path": name,
        "full_name": g.path.replace('/', " / "),
        "full_path": g.path,
        "description": "",
        "visibility": "public",
        "web_url": format!("https://{}/groups/{}", ctx.host, g.path),
        "parent_id": g.path.rsplit_once('/').and_then(|(p, _)| st.group(p)).map(|p| p.id),
    })
}

pub(super) fn gitlab(ctx: &Ctx, st: &mut St, caller: &Caller, req: &Req, segs: &[&str]) -> Resp {
    let login = caller.login.as_str();
    let m = req.method.as_str();
    let Some(body) = body_json(req) else {
        return json_resp(
            400,
            json!({"error": "The provided content-type is not supported."}),
        );
    };
    match (m, segs) {
        ("GET", ["user"]) => {
            let id = st.owner_id(login);
            json_resp(
                200,
                json!({
                    "id": id, "username": login, "name": login, "state": "active",
                    "web_url": format!("https://{}/{login}", ctx.host),
                }),
            )
        }
        ("GET", ["namespaces", ns]) => {
            let id = ns.parse::<u64>().ok();
            let owner = st
                .users
                .iter()
                .find(|u| Some(u.namespace_id) == id || u.login == *ns)
                .map(|u| u.login.clone())
                .or_else(|| {
                    st.groups
                        .iter()
                        .find(|g| Some(g.id) == id || g.path == *ns)
                        .map(|g| g.path.clone())
                });
            match owner {
                Some(o) => json_resp(200, gl_namespace(ctx, st, &o)),
                None => gl_msg(404, "404 Namespace Not Found"),
            }
        }
        ("GET", ["groups", g]) => {
            let g = match g.parse::<u64>() {
                Ok(id) => st.groups.iter().find(|x| x.id == id),
                Err(_) => st.group(g),
            };
            match g {
                Some(g) => json_resp(200, gl_group_json(ctx, st, g)),
                None => gl_msg(404, "404 Group Not Found"),
            }
        }
        ("POST", ["projects"]) => {
            let name = s_of(&body, "name");
            let path = s_of(&body, "path");
            if name.is_none() && path.is_none() {
                return json_resp(
                    400,
                    json!({"error": "name, path are missing, at least one parameter must be provided"}),
                );
            }
            let path = path.or(name.clone()).unwrap_or_default();
            let owner = match body.get("namespace_id").filter(|v| !v.is_null()) {
                None => login.to_string(),
                Some(_) => {
                    let ns = s_of(&body, "namespace_id").unwrap_or_default();
                    let id = ns.parse::<u64>().ok();
                    if let Some(u) = st.users.iter().find(|u| Some(u.namespace_id) == id) {
                        if u.login != login {
                            return json_resp(
                                400,
                                json!({"message": {"namespace": ["is not valid"]}}),
                            );
                        }
                        u.login.clone()
                    } else {
                        match st.groups.iter().find(|g| Some(g.id) == id || g.path == ns) {
                            Some(g) if st.is_member(login, &g.path) => g.path.clone(),
                            Some(_) => {
                                return json_resp(
                                    400,
                                    json!({"message": {"namespace": ["is not valid"]}}),
                                );
                            }
                            None => return gl_msg(404, "404 Namespace Not Found"),
                        }
                    }
                }
            };
            if st.repo(&owner, &path).is_some() {
                return json_resp(
                    400,
                    json!({"message": {
                        "project_namespace.name": ["has already been taken"],
                        "name": ["has already been taken"],
                        "path": ["has already been taken"],
                    }}),
                );
            }
            let visibility = s_of(&body, "visibility").unwrap_or_else(|| "private".into());
            if !["private", "internal", "public"].contains(&visibility.as_str()) {
                return json_resp(
                    400,
                    json!({"error": "visibility does not have a valid value"}),
                );
            }
            let init = b_of(&body, "initialize_with_readme").unwrap_or(false);
            let branch = s_of(&body, "default_branch").unwrap_or_else(|| "main".into());
            match ctx.create_repo(
                st,
                &owner,
                &path,
                s_of(&body, "description"),
                &visibility,
                init,
                &branch,
            ) {
                Ok(i) => json_resp(201, gl_project(ctx, st, &st.repos[i])),
                Err(e) => gl_msg(500, &e),
            }
        }
        (_, ["projects", id, rest @ ..]) => {
            let found = match id.parse::<u64>() {
                Ok(n) => st.repos.iter().position(|r| r.id == n),
                Err(_) => id.rsplit_once('/').and_then(|(o, n)| st.repo(o, n)),
            };
            let Some(i) = found.filter(|&i| st.can_read(login, &st.repos[i])) else {
                return gl_msg(404, "404 Project Not Found");
            };
            let writable = st.can_write(login, &st.repos[i]);
            if !(writable || m == "GET" && rest.is_empty()) {
                return gl_msg(403, "403 Forbidden");
            }
            match (m, rest) {
                ("GET", []) => json_resp(200, gl_project(ctx, st, &st.repos[i])),
                ("PUT", []) => {
                    let mut r = st.repos[i].clone();
                    if let Some(d) = s_of(&body, "description") {
                        r.description = Some(d);
                    }
                    if let Some(v) = s_of(&body, "visibility") {
                        r.visibility = v;
                    }
                    if let Some(b) = s_of(&body, "default_branch") {
                        ctx.set_default_branch(&mut r, &b);
                    }
                    st.repos[i] = r;
                    json_resp(200, gl_project(ctx, st, &st.repos[i]))
                }
                ("GET", ["deploy_keys"]) => {
                    let r = &st.repos[i];
                    let keys = (0..r.keys.len())
                        .map(|k| {
                            let fp = normalise_key(&r.keys[k].key)
                                .map(|x| x.1)
                                .unwrap_or_default();
                            gl_key(r, k, &fp)
                        })
                        .collect();
                    json_resp(200, Value::Array(keys))
                }
                ("POST", ["deploy_keys"]) => {
                    let missing: Vec<&str> = ["key", "title"]
                        .into_iter()
                        .filter(|k| s_of(&body, k).is_none())
                        .collect();
                    if !missing.is_empty() {
                        let e = missing
                            .iter()
                            .map(|k| format!("{k} is missing"))
                            .collect::<Vec<_>>();
                        return json_resp(400, json!({"error": e.join(", ")}));
                    }
                    let Some((key, fp)) = normalise_key(&s_of(&body, "key").unwrap_or_default())
                    else {
                        return json_resp(
                            400,
                            json!({"message": {"key": ["is invalid"], "fingerprint_sha256": ["cannot be generated"]}}),
                        );
                    };
                    // An existing key of this project is answered as is (GitLab's API does so).
                    if let Some(k) = st.repos[i].keys.iter().position(|k| k.key == key) {
                        return json_resp(201, gl_key(&st.repos[i], k, &fp));
                    }
                    let id = st
                        .repos
                        .iter()
                        .flat_map(|r| r.keys.iter())
                        .find(|k| k.key == key)
                        .map(|k| k.id);
                    let id = id.unwrap_or_else(|| st.id());
                    let r = &mut st.repos[i];
                    r.keys.push(DeployKey {
                        id,
                        title: s_of(&body, "title").unwrap_or_default(),
                        key,
                        read_only: !b_of(&body, "can_push").unwrap_or(false),
                    });
                    r.key_created.push(now_rfc3339());
                    ctx.write_authorized_keys(st);
                    let r = &st.repos[i];
                    json_resp(201, gl_key(r, r.keys.len() - 1, &fp))
                }
                ("DELETE", ["deploy_keys", kid]) => {
                    let r = &mut st.repos[i];
                    match r.keys.iter().position(|k| k.id.to_string() == *kid) {
                        Some(k) => {
                            r.keys.remove(k);
                            r.key_created.remove(k);
                            ctx.write_authorized_keys(st);
                            empty(204)
                        }
                        None => gl_msg(404, "404 Deploy Key Not Found"),
                    }
                }
                ("POST", ["share"]) => {
                    let Some(gid) = u_of(&body, "group_id") else {
                        return json_resp(400, json!({"error": "group_id is missing"}));
                    };
                    let Some(access) = u_of(&body, "group_access") else {
                        return json_resp(400, json!({"error": "group_access is missing"}));
                    };
                    if ![0, 5, 10, 15, 20, 30, 40, 50].contains(&access) {
                        return json_resp(
                            400,
                            json!({"error": "group_access does not have a valid value"}),
                        );
                    }
                    let Some(g) = st
                        .groups
                        .iter()
                        .find(|g| g.id == gid)
                        .map(|g| g.path.clone())
                    else {
                        return gl_msg(404, "404 Group Not Found");
                    };
                    if st.repos[i].grants.iter().any(|(_, _, id)| *id == gid) {
                        return gl_msg(409, "The project is already shared with this group");
                    }
                    let link = st.id();
                    let r = &mut st.repos[i];
                    r.grants.push((g, access.to_string(), gid));
                    json_resp(
                        201,
                        json!({
                            "id": link, "project_id": r.id, "group_id": gid, "group_access": access,
                            "expires_at": body.get("expires_at").cloned().unwrap_or(Value::Null),
                        }),
                    )
                }
                ("GET", ["deploy_tokens"]) => json_resp(
                    200,
                    Value::Array(
                        st.repos[i]
                            .deploy_tokens
                            .iter()
                            .map(|t| gl_token(t, false))
                            .collect(),
                    ),
                ),
                ("POST", ["deploy_tokens"]) => {
                    let Some(name) = s_of(&body, "name") else {
                        return json_resp(400, json!({"error": "name is missing"}));
                    };
                    let scopes: Vec<String> = match body.get("scopes") {
                        Some(Value::Array(a)) => a
                            .iter()
                            .filter_map(|s| s.as_str().map(String::from))
                            .collect(),
                        Some(Value::String(s)) => s.split(',').map(String::from).collect(),
                        _ => return json_resp(400, json!({"error": "scopes is missing"})),
                    };
                    const VALID: [&str; 6] = [
                        "read_repository",
                        "read_registry",
                        "write_registry",
                        "read_package_registry",
                        "write_package_registry",
                        "read_virtual_registry",
                    ];
                    if scopes.is_empty() || scopes.iter().any(|s| !VALID.contains(&s.as_str())) {
                        return json_resp(
                            400,
                            json!({"error": "scopes does not have a valid value"}),
                        );
                    }
                    let id = st.id();
                    let username = s_of(&body, "username")
                        .filter(|u| !u.is_empty())
                        .unwrap_or_else(|| format!("gitlab+deploy-token-{id}"));
                    let t = DeployToken {
                        id,
                        name,
                        username,
                        expires_at: body.get("expires_at").cloned().unwrap_or(Value::Null),
                        scopes,
                        token: format!("gldt-{}", random_hex(20)),
                    };
                    let v = gl_token(&t, true);
                    st.repos[i].deploy_tokens.push(t);
                    json_resp(201, v)
                }
                ("DELETE", ["deploy_tokens", id]) => {
                    // "Delete a project deploy token": the token is revoked at once (204).
                    let tokens = &mut st.repos[i].deploy_tokens;
                    match tokens.iter().position(|t| t.id.to_string() == *id) {
                        Some(at) => {
                            tokens.remove(at);
                            empty(204)
                        }
                        None => gl_msg(404, "404 Not Found"),
                    }
                }
                _ => json_resp(404, json!({"error": "404 Not Found"})),
            }
        }
        _ => json_resp(404, json!({"error": "404 Not Found"})),
    }
}
