//! Git smart HTTP for `/<owner>/<repo>(.git)/…`: authenticates the caller (token or GitLab deploy token) and
//! runs `git http-backend` as a CGI.

use std::io::{Read, Write};
use std::process::{Command, Stdio};

use base64::Engine as _;

use super::Flavor;
use super::state::Ctx;
use super::util::{Req, Resp, percent_decode, query_param, text};

pub(super) fn git_http(ctx: &Ctx, req: &Req) -> Resp {
    let path = percent_decode(&req.path);
    let suffix = ["/info/refs", "/git-upload-pack", "/git-receive-pack"]
        .into_iter()
        .find(|s| path.ends_with(s));
    let Some(suffix) = suffix else {
        return text(404, "Not Found");
    };
    let repo_part = path[..path.len() - suffix.len()].trim_start_matches('/');
    // Bitbucket Server serves Git under `/scm/KEY/slug.git`.
    let repo_part = match ctx.flavor {
        Flavor::BitbucketServer => repo_part.strip_prefix("scm/").unwrap_or(repo_part),
        _ => repo_part,
    };
    let repo_part = repo_part.strip_suffix(".git").unwrap_or(repo_part);
    let Some((owner, name)) = repo_part.rsplit_once('/') else {
        return text(404, "Not Found");
    };
    let push = suffix == "/git-receive-pack"
        || query_param(&req.query, "service").as_deref() == Some("git-receive-pack");
    let realm = match ctx.flavor {
        Flavor::GitHub => "GitHub",
        Flavor::GitLab => "GitLab",
        Flavor::Gitea => "Gitea",
        Flavor::BitbucketServer => "Atlassian Bitbucket",
    };
    let challenge = || {
        let mut r = text(401, "Authentication required\n");
        r.headers.push((
            "WWW-Authenticate".into(),
            format!("Basic realm=\"{realm}\""),
        ));
        r
    };
    let authorization = req
        .headers
        .get("authorization")
        .and_then(|v| v.to_str().ok());
    // Gitea also takes a token as `Authorization: Bearer` (or `token`) on its Git endpoints.
    let bearer = authorization
        .filter(|_| ctx.flavor == Flavor::Gitea)
        .and_then(|a| {
            a.strip_prefix("Bearer ")
                .or_else(|| a.strip_prefix("bearer "))
                .or_else(|| a.strip_prefix("token "))
        })
        .map(|t| (String::new(), t.trim().to_string()));
    let creds = authorization
        .and_then(|a| {
            a.strip_prefix("Basic ")
                .or_else(|| a.strip_prefix("basic "))
        })
        .and_then(|b| {
            base64::engine::general_purpose::STANDARD
                .decode(b.trim())
                .ok()
        })
        .and_then(|d| String::from_utf8(d).ok())
        .and_then(|d| {
            d.split_once(':')
                .map(|(u, p)| (u.to_string(), p.to_string()))
        })
        .or(bearer);
    let remote_user;
    {
        let st = ctx.lock();
        let Some(i) = st.repo(owner, name) else {
            return if creds.is_some() {
                text(404, "Repository not found.\n")
            } else {
                challenge()
            };
        };
        let r = &st.repos[i];
        match &creds {
            None if !push && !r.private() => remote_user = "anonymous".to_string(),
            None => return challenge(),
            Some((user, pass)) => {
                if let Some(t) = st.tokens.iter().find(|t| t.token == *pass) {
                    if !st.can_read(&t.login, r) {
                        return text(404, "Repository not found.\n");
                    }
                    if push && (!t.write || !st.can_write(&t.login, r)) {
                        return text(
                            403,
                            &format!("Permission to {} denied to {}.\n", r.full(), t.login),
                        );
                    }
                    remote_user = t.login.clone();
                } else if let Some(d) = r
                    .deploy_tokens
                    .iter()
                    .find(|d| d.token == *pass && d.username == *user)
                {
                    if push || !d.scopes.iter().any(|s| s == "read_repository") {
                        return text(403, "You are not allowed to push code to this project.\n");
                    }
                    remote_user = d.username.clone();
                } else {
                    return challenge();
                }
            }
        }
    }
    let path_info = format!("/{owner}/{name}.git{suffix}");
    run_cgi(ctx, req, &path_info, &remote_user)
}

fn run_cgi(ctx: &Ctx, req: &Req, path_info: &str, remote_user: &str) -> Resp {
    let header = |n: &str| {
        req.headers
            .get(n)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_string()
    };
    let child = Command::new("/usr/lib/git-core/git-http-backend")
        .env("GIT_PROJECT_ROOT", ctx.repos_root())
        .env("GIT_HTTP_EXPORT_ALL", "1")
        .env("PATH_INFO", path_info)
        .env("QUERY_STRING", &req.query)
        .env("REQUEST_METHOD", &req.method)
        .env("CONTENT_TYPE", header("content-type"))
        .env("CONTENT_LENGTH", req.body.len().to_string())
        .env("HTTP_CONTENT_ENCODING", header("content-encoding"))
        .env("HTTP_GIT_PROTOCOL", header("git-protocol"))
        .env("REMOTE_USER", remote_user)
        .env("REMOTE_ADDR", "127.0.0.1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let mut child = match child {
        Ok(c) => c,
        Err(e) => return text(500, &format!("git http-backend: {e}")),
    };
    let body = req.body.clone();
    let stdin = child.stdin.take();
    let writer = std::thread::spawn(move || {
        if let Some(mut i) = stdin {
            let _ = i.write_all(&body);
        }
    });
    let mut out = Vec::new();
    if let Some(mut o) = child.stdout.take() {
        let _ = o.read_to_end(&mut out);
    }
    let _ = writer.join();
    let _ = child.wait_with_output();
    let (head_end, sep) = match (
        out.windows(4).position(|w| w == b"\r\n\r\n"),
        out.windows(2).position(|w| w == b"\n\n"),
    ) {
        (Some(a), Some(b)) if b < a => (b, 2),
        (Some(a), _) => (a, 4),
        (None, Some(b)) => (b, 2),
        (None, None) => return text(502, "bad CGI output from git http-backend"),
    };
    let head = String::from_utf8_lossy(&out[..head_end]).into_owned();
    let mut resp = Resp {
        status: 200,
        headers: Vec::new(),
        body: out[head_end + sep..].to_vec(),
    };
    for line in head.lines() {
        let Some((k, v)) = line.split_once(':') else {
            continue;
        };
        let v = v.trim();
        if k.eq_ignore_ascii_case("status") {
            resp.status = v
                .split_whitespace()
                .next()
                .and_then(|s| s.parse().ok())
                .unwrap_or(500);
        } else {
            resp.headers.push((k.trim().to_string(), v.to_string()));
        }
    }
    resp
}
