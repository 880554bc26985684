//! Small helpers of the emulator: the request/response types the handlers use and their constructors, query,
//! body and JSON field parsing, random tokens, timestamps, SSH key normalisation and running commands/git.

use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use axum::http::HeaderMap;
use serde_json::{Value, json};

/// A request as the handlers see it.
pub(super) struct Req {
    pub(super) method: String,
    /// Raw (still percent-encoded) path.
    pub(super) path: String,
    pub(super) query: String,
    pub(super) headers: HeaderMap,
    pub(super) body: Vec<u8>,
}

/// A response before it becomes an axum one.
pub(super) struct Resp {
    pub(super) status: u16,
    pub(super) headers: Vec<(String, String)>,
    pub(super) body: Vec<u8>,
}

pub(super) fn json_resp(status: u16, v: Value) -> Resp {
    Resp {
        status,
        headers: vec![(
            "Content-Type".into(),
            "application/json; charset=utf-8".into(),
        )],
        body: serde_json::to_vec(&v).unwrap_or_default(),
    }
}

pub(super) fn empty(status: u16) -> Resp {
    Resp {
        status,
        headers: Vec::new(),
        body: Vec::new(),
    }
}

pub(super) fn text(status: u16, t: &str) -> Resp {
    Resp {
        status,
        headers: vec![("Content-Type".into(), "text/plain; charset=utf-8".into())],
        body: t.as_bytes().to_vec(),
    }
}

pub(super) fn run(cmd: &mut Command) -> String {
    let out = cmd.output().expect("command runs");
    assert!(
        out.status.success(),
        "{cmd:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Runs git on the bare repository `git_dir`, with `stdin` as input.
pub(super) fn git_at(git_dir: &Path, args: &[&str], stdin: &str) -> Result<String, String> {
    let mut child = Command::new("git")
        .arg(format!("--git-dir={}", git_dir.display()))
        .args(args)
        .env("GIT_AUTHOR_NAME", "Emulator")
        .env("GIT_AUTHOR_EMAIL", "emulator@example.com")
        .env("GIT_COMMITTER_NAME", "Emulator")
        .env("GIT_COMMITTER_EMAIL", "emulator@example.com")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| e.to_string())?;
    if let Some(mut i) = child.stdin.take() {
        let _ = i.write_all(stdin.as_bytes());
    }
    let out = child.wait_with_output().map_err(|e| e.to_string())?;
    if out.status.success() {
        Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).into_owned())
    }
}

pub(super) fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let hex = |c: u8| (c as char).to_digit(16).map(|d| d as u8);
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%'
            && i + 2 < b.len()
            && let (Some(h), Some(l)) = (hex(b[i + 1]), hex(b[i + 2]))
        {
            out.push(h * 16 + l);
            i += 3;
            continue;
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

pub(super) fn query_param(query: &str, name: &str) -> Option<String> {
    query.split('&').find_map(|kv| {
        let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
        (percent_decode(k) == name).then(|| percent_decode(&v.replace('+', " ")))
    })
}

pub(super) fn random_hex(len: usize) -> String {
    let mut s = String::new();
    while s.len() < len {
        let mut h = RandomState::new().build_hasher();
        h.write_usize(s.len());
        s.push_str(&format!("{:016x}", h.finish()));
    }
    s.truncate(len);
    s
}

/// Current time as RFC 3339 (UTC, seconds).
pub(super) fn now_rfc3339() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0) as i64;
    let (days, rem) = (secs.div_euclid(86400), secs.rem_euclid(86400));
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

/// The request body as JSON (GitLab also takes form-encoded bodies). `None` when it does not parse.
pub(super) fn body_json(req: &Req) -> Option<Value> {
    if req.body.iter().all(|b| b.is_ascii_whitespace()) {
        return Some(json!({}));
    }
    let form = req
        .headers
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
    if form {
        let s = String::from_utf8_lossy(&req.body);
        let mut m = serde_json::Map::new();
        for kv in s.split('&') {
            let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
            let k = percent_decode(&k.replace('+', " "));
            let v = Value::String(percent_decode(&v.replace('+', " ")));
            if let Some(k) = k.strip_suffix("[]") {
                let e = m.entry(k.to_string()).or_insert_with(|| json!([]));
                if let Some(a) = e.as_array_mut() {
                    a.push(v);
                }
            } else {
                m.insert(k, v);
            }
        }
        return Some(Value::Object(m));
    }
    serde_json::from_slice(&req.body).ok()
}

pub(super) fn s_of(v: &Value, k: &str) -> Option<String> {
    match v.get(k) {
        Some(Value::String(s)) => Some(s.clone()),
        Some(Value::Number(n)) => Some(n.to_string()),
        _ => None,
    }
}

pub(super) fn b_of(v: &Value, k: &str) -> Option<bool> {
    match v.get(k) {
        Some(Value::Bool(b)) => Some(*b),
        Some(Value::String(s)) => Some(s == "true" || s == "1"),
        _ => None,
    }
}

pub(super) fn u_of(v: &Value, k: &str) -> Option<u64> {
    match v.get(k) {
        Some(Value::Number(n)) => n.as_u64(),
        Some(Value::String(s)) => s.parse().ok(),
        _ => None,
    }
}

/// `<type> <base64>` of an OpenSSH public key line, or `None` when it is not one (checked with ssh-keygen).
pub(super) fn normalise_key(key: &str) -> Option<(String, String)> {
    let mut it = key.split_whitespace();
    let (t, b) = (it.next()?, it.next()?);
    let norm = format!("{t} {b}");
    let dir = tempfile::tempdir().ok()?;
    let f = dir.path().join("k.pub");
    std::fs::write(&f, format!("{norm}\n")).ok()?;
    let out = Command::new("ssh-keygen")
        .args(["-l", "-E", "sha256", "-f"])
        .arg(&f)
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    let fp = String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .nth(1)
        .unwrap_or_default()
        .to_string();
    Some((norm, fp))
}
