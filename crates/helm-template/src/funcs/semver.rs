//! Semantic versions and constraints as Masterminds/semver v3 reads them (`semver`, `semverCompare`).

use std::cmp::Ordering;
use std::collections::BTreeMap;
use std::rc::Rc;

use super::{Res, add, string_arg};
use crate::template::exec::{Exec, Funcs};
use crate::template::value::{Object, Value};

type E<'a, 'b> = &'a mut Exec<'b>;

/// A parsed version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Version {
    /// Major number.
    pub major: u64,
    /// Minor number.
    pub minor: u64,
    /// Patch number.
    pub patch: u64,
    /// Pre-release part (after `-`).
    pub pre: String,
    /// Build metadata (after `+`).
    pub meta: String,
}

/// Parses a version loosely (optional `v`, missing minor/patch are 0).
pub fn parse_version(s: &str) -> Result<Version, String> {
    let t = s.trim();
    let t = t
        .strip_prefix('v')
        .or_else(|| t.strip_prefix('V'))
        .unwrap_or(t);
    let (t, meta) = match t.split_once('+') {
        Some((a, b)) => (a, b.to_string()),
        None => (t, String::new()),
    };
    let (core, pre) = match t.split_once('-') {
        Some((a, b)) => (a, b.to_string()),
        None => (t, String::new()),
    };
    let parts: Vec<&str> = core.split('.').collect();
    if parts.is_empty()
        || parts.len() > 3
        || parts
            .iter()
            .any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()))
    {
        return Err("Invalid Semantic Version".into());
    }
    let num = |i: usize| -> Result<u64, String> {
        parts.get(i).map_or(Ok(0), |p| {
            p.parse()
                .map_err(|_| "Invalid Semantic Version".to_string())
        })
    };
    if !pre.is_empty()
        && !pre
            .split('.')
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'))
    {
        return Err("Invalid Semantic Version".into());
    }
    Ok(Version {
        major: num(0)?,
        minor: num(1)?,
        patch: num(2)?,
        pre,
        meta,
    })
}

fn cmp_pre(a: &str, b: &str) -> Ordering {
    match (a.is_empty(), b.is_empty()) {
        (true, true) => return Ordering::Equal,
        (true, false) => return Ordering::Greater,
        (false, true) => return Ordering::Less,
        _ => {}
    }
    let (pa, pb): (Vec<&str>, Vec<&str>) = (a.split('.').collect(), b.split('.').collect());
    for (x, y) in pa.iter().zip(pb.iter()) {
        let o = match (x.parse::<u64>(), y.parse::<u64>()) {
            (Ok(i), Ok(j)) => i.cmp(&j),
            (Ok(_), Err(_)) => Ordering::Less,
            (Err(_), Ok(_)) => Ordering::Greater,
            _ => x.cmp(y),
        };
        if o != Ordering::Equal {
            return o;
        }
    }
    pa.len().cmp(&pb.len())
}

/// Orders two versions by semver precedence.
pub fn compare(a: &Version, b: &Version) -> Ordering {
    (a.major, a.minor, a.patch)
        .cmp(&(b.major, b.minor, b.patch))
        .then_with(|| cmp_pre(&a.pre, &b.pre))
}

struct Constraint {
    op: String,
    v: Version,
    /// Which parts were wildcards or missing: 0 = none, 1 = patch, 2 = minor, 3 = major.
    wild: u8,
}

fn parse_constraint(s: &str) -> Result<Constraint, String> {
    let s = s.trim();
    let ops = ["!=", ">=", "=>", "<=", "=<", "~>", ">", "<", "=", "~", "^"];
    let (op, rest) = ops
        .iter()
        .find_map(|o| s.strip_prefix(o).map(|r| (o.to_string(), r.trim())))
        .unwrap_or_else(|| (String::new(), s));
    let rest_v = rest.strip_prefix('v').unwrap_or(rest);
    let (core, tail) = match rest_v.find(['-', '+']) {
        Some(i) => (&rest_v[..i], &rest_v[i..]),
        None => (rest_v, ""),
    };
    let parts: Vec<&str> = core.split('.').collect();
    let is_x = |p: &str| matches!(p, "x" | "X" | "*");
    let mut wild = 0u8;
    let mut nums = Vec::new();
    for (i, p) in parts.iter().enumerate() {
        if is_x(p) {
            wild = 3 - i as u8;
            break;
        }
        nums.push(*p);
    }
    if wild == 0 && parts.len() < 3 {
        wild = 3 - parts.len() as u8;
        if op.is_empty() || op == "=" || op == "!=" {
            // "1.2" means "1.2.x" for equality
        } else {
            wild = 0;
        }
    }
    let text = if nums.is_empty() {
        "0".to_string()
    } else {
        nums.join(".")
    };
    let v =
        parse_version(&format!("{text}{tail}")).map_err(|_| format!("improper constraint: {s}"))?;
    Ok(Constraint { op, v, wild })
}

fn check(c: &Constraint, v: &Version) -> bool {
    if !v.pre.is_empty() && c.v.pre.is_empty() {
        return false;
    }
    let cv = &c.v;
    let ord = compare(v, cv);
    let eq_wild = || match c.wild {
        3 => true,
        2 => v.major == cv.major,
        1 => v.major == cv.major && v.minor == cv.minor,
        _ => ord == Ordering::Equal,
    };
    match c.op.as_str() {
        "" | "=" => eq_wild(),
        "!=" => !eq_wild(),
        ">" => {
            if c.wild > 0 {
                match c.wild {
                    2 => v.major > cv.major,
                    1 => (v.major, v.minor) > (cv.major, cv.minor),
                    _ => false,
                }
            } else {
                ord == Ordering::Greater
            }
        }
        ">=" | "=>" => ord != Ordering::Less,
        "<" => ord == Ordering::Less,
        "<=" | "=<" => {
            if c.wild > 0 {
                match c.wild {
                    2 => v.major <= cv.major,
                    1 => (v.major, v.minor) <= (cv.major, cv.minor),
                    _ => true,
                }
            } else {
                ord != Ordering::Greater
            }
        }
        "~" | "~>" => {
            if ord == Ordering::Less {
                return false;
            }
            if c.wild >= 2 && cv.minor == 0 && cv.patch == 0 {
                v.major == cv.major
            } else {
                v.major == cv.major && v.minor == cv.minor
            }
        }
        "^" => {
            if ord == Ordering::Less {
                return false;
            }
            if cv.major > 0 || c.wild >= 2 {
                v.major == cv.major
            } else if cv.minor > 0 || c.wild >= 1 {
                v.major == 0 && v.minor == cv.minor
            } else {
                v.major == 0 && v.minor == 0 && v.patch == cv.patch
            }
        }
        _ => false,
    }
}

/// Does `version` satisfy `constraint` (`||` between alternatives, `,` or space within one)?
pub fn satisfies(constraint: &str, version: &Version) -> Result<bool, String> {
    for alt in constraint.split("||") {
        let alt = alt.trim();
        // hyphen ranges "1.2 - 1.4"
        let mut cs = Vec::new();
        if let Some((lo, hi)) = alt.split_once(" - ") {
            cs.push(parse_constraint(&format!(">={}", lo.trim()))?);
            cs.push(parse_constraint(&format!("<={}", hi.trim()))?);
        } else {
            let mut buf = String::new();
            let normalized = alt.replace(',', " ");
            let tokens: Vec<&str> = normalized.split_whitespace().collect();
            let mut i = 0;
            while i < tokens.len() {
                buf.clear();
                buf.push_str(tokens[i]);
                // an operator alone ("> 1.2")
                if tokens[i].chars().all(|c| "<>=!~^".contains(c)) && i + 1 < tokens.len() {
                    buf.push_str(tokens[i + 1]);
                    i += 1;
                }
                cs.push(parse_constraint(&buf)?);
                i += 1;
            }
        }
        if cs.is_empty() {
            return Err(format!("improper constraint: {constraint}"));
        }
        if cs.iter().all(|c| check(c, version)) {
            return Ok(true);
        }
    }
    Ok(false)
}

fn version_object(v: &Version, original: &str) -> Value {
    let mut fields = BTreeMap::new();
    fields.insert("Major".into(), Value::Int64(v.major as i64));
    fields.insert("Minor".into(), Value::Int64(v.minor as i64));
    fields.insert("Patch".into(), Value::Int64(v.patch as i64));
    fields.insert("Prerelease".into(), Value::str(v.pre.as_str()));
    fields.insert("Metadata".into(), Value::str(v.meta.as_str()));
    fields.insert("Original".into(), Value::str(original));
    let mut text = format!("{}.{}.{}", v.major, v.minor, v.patch);
    if !v.pre.is_empty() {
        text.push('-');
        text.push_str(&v.pre);
    }
    if !v.meta.is_empty() {
        text.push('+');
        text.push_str(&v.meta);
    }
    Value::Object(Rc::new(Object {
        type_name: "*semver.Version",
        fields,
        methods: BTreeMap::new(),
        map_like: false,
        display: Some(text),
    }))
}

pub(crate) fn register(f: &mut Funcs) {
    add(
        f,
        "semver",
        |_: E, a| -> Res {
            let s = string_arg(&a[0])?;
            let v = parse_version(&s)?;
            Ok(version_object(&v, &s))
        },
        1,
        Some(1),
    );
    add(
        f,
        "semverCompare",
        |_: E, a| -> Res {
            let c = string_arg(&a[0])?;
            let v = parse_version(&string_arg(&a[1])?)?;
            Ok(Value::Bool(satisfies(&c, &v)?))
        },
        2,
        Some(2),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(c: &str, v: &str) -> bool {
        satisfies(c, &parse_version(v).unwrap()).unwrap()
    }

    #[test]
    fn kube_version_constraints() {
        assert!(ok(">=1.21.0-0", "v1.33.0"));
        assert!(!ok("<1.25-0", "v1.33.0"));
        assert!(ok(">=1.13-0", "v1.33.0"));
        assert!(!ok(">=1.20.0", "v1.33.0-rc.1"));
        assert!(ok("~1.2.3", "1.2.9"));
        assert!(!ok("~1.2.3", "1.3.0"));
        assert!(ok("^1.2", "1.9.0"));
        assert!(ok("1.2.x || >=3", "1.2.7"));
        assert!(ok(">= 1.2, < 2", "1.5.0"));
    }
}
