//! sprig's path and URL functions: `base`, `dir`, `ext`, `clean`, `isAbs`, their `os*` twins,
//! `urlParse` and `urlJoin`.

use std::collections::BTreeMap;

use super::{Res, add, string_arg, strval};
use crate::template::exec::{Exec, Funcs};
use crate::template::value::Value;

type E<'a, 'b> = &'a mut Exec<'b>;

fn s(v: String) -> Res {
    Ok(Value::str(v))
}

pub(crate) fn register(f: &mut Funcs) {
    add(
        f,
        "base",
        |_: E, a| s(path_base(&string_arg(&a[0])?)),
        1,
        Some(1),
    );
    add(
        f,
        "dir",
        |_: E, a| s(path_dir(&string_arg(&a[0])?)),
        1,
        Some(1),
    );
    add(
        f,
        "ext",
        |_: E, a| {
            let b = path_base(&string_arg(&a[0])?);
            s(b.rfind('.').map(|i| b[i..].to_string()).unwrap_or_default())
        },
        1,
        Some(1),
    );
    add(
        f,
        "clean",
        |_: E, a| s(clean_path(&string_arg(&a[0])?)),
        1,
        Some(1),
    );
    add(
        f,
        "isAbs",
        |_: E, a| Ok(Value::Bool(string_arg(&a[0])?.starts_with('/'))),
        1,
        Some(1),
    );
    add(
        f,
        "urlParse",
        |_: E, a| {
            let u = string_arg(&a[0])?;
            let mut m = BTreeMap::new();
            let (scheme, rest) = u
                .split_once("://")
                .map_or(("", u.as_str()), |(a, b)| (a, b));
            let (rest, fragment) = rest.split_once('#').unwrap_or((rest, ""));
            let (rest, query) = rest.split_once('?').unwrap_or((rest, ""));
            let (authority, path) = match rest.find('/') {
                Some(i) if !scheme.is_empty() => (&rest[..i], &rest[i..]),
                _ if !scheme.is_empty() => (rest, ""),
                _ => ("", rest),
            };
            let (userinfo, host) = authority.rsplit_once('@').unwrap_or(("", authority));
            for (k, v) in [
                ("scheme", scheme),
                ("host", host),
                ("hostname", host.split(':').next().unwrap_or(host)),
                ("path", path),
                ("query", query),
                ("opaque", ""),
                ("fragment", fragment),
                ("userinfo", userinfo),
            ] {
                m.insert(k.to_string(), Value::str(v));
            }
            Ok(Value::map(m))
        },
        1,
        Some(1),
    );
    add(
        f,
        "urlJoin",
        |_: E, a| {
            let Value::Map(m) = &a[0] else {
                return Err(format!(
                    "wrong type for value; expected map[string]interface {{}}; got {}",
                    a[0].type_name()
                ));
            };
            let m = m.borrow();
            let g = |k: &str| m.get(k).map(strval).unwrap_or_default();
            let mut out = String::new();
            if !g("scheme").is_empty() {
                out.push_str(&format!("{}://", g("scheme")));
            }
            if !g("userinfo").is_empty() {
                out.push_str(&format!("{}@", g("userinfo")));
            }
            out.push_str(&g("host"));
            out.push_str(&g("path"));
            if !g("query").is_empty() {
                out.push_str(&format!("?{}", g("query")));
            }
            if !g("fragment").is_empty() {
                out.push_str(&format!("#{}", g("fragment")));
            }
            s(out)
        },
        1,
        Some(1),
    );
    for (name, func) in [
        (
            "osBase",
            (|_: E, a| s(path_base(&string_arg(&a[0])?))) as crate::template::exec::FuncImpl,
        ),
        ("osDir", |_: E, a| s(path_dir(&string_arg(&a[0])?))),
        ("osClean", |_: E, a| s(clean_path(&string_arg(&a[0])?))),
        ("osIsAbs", |_: E, a| {
            Ok(Value::Bool(string_arg(&a[0])?.starts_with('/')))
        }),
        ("osExt", |_: E, a| {
            let b = path_base(&string_arg(&a[0])?);
            s(b.rfind('.').map(|i| b[i..].to_string()).unwrap_or_default())
        }),
    ] {
        add(f, name, func, 1, Some(1));
    }
}

fn path_base(p: &str) -> String {
    if p.is_empty() {
        return ".".into();
    }
    let t = p.trim_end_matches('/');
    if t.is_empty() {
        return "/".into();
    }
    t.rsplit('/').next().unwrap_or(t).to_string()
}

fn path_dir(p: &str) -> String {
    let dir = match p.rfind('/') {
        Some(i) => &p[..=i],
        None => "",
    };
    clean_path(dir)
}

/// Go's path.Clean.
pub(crate) fn clean_path(p: &str) -> String {
    if p.is_empty() {
        return ".".into();
    }
    let rooted = p.starts_with('/');
    let mut parts: Vec<&str> = Vec::new();
    for seg in p.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                if parts.last().is_some_and(|l| *l != "..") {
                    parts.pop();
                } else if !rooted {
                    parts.push("..");
                }
            }
            s => parts.push(s),
        }
    }
    let j = parts.join("/");
    match (rooted, j.is_empty()) {
        (true, _) => format!("/{j}"),
        (false, true) => ".".into(),
        (false, false) => j,
    }
}
