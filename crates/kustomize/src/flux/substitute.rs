//! Flux's post-build variable substitution (`spec.postBuild`) and the `envsubst` it is built on.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use base64::Engine;
use regex::Regex;
use serde_json::Value;

use crate::ResourceList;
use crate::error::{Error, ErrorKind, Result};

/// The label or annotation that turns substitution off for one object (value `disabled`).
pub const SUBSTITUTE_KEY: &str = "kustomize.toolkit.fluxcd.io/substitute";

static VAR_NAME: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[_[:alpha:]][_[:alpha:][:digit:]]*$").expect("static regex"));

/// Inputs of a substitution.
#[derive(Debug, Clone, Default)]
pub struct SubstituteOptions {
    /// The variables, already merged (see [`SubstituteOptions::from_sources`]).
    pub vars: BTreeMap<String, String>,
    /// Fail on `${var}` with no value and no default (`--strict-substitute`).
    pub strict: bool,
    /// Substitute even when no variable is defined, so defaults apply (`substituteFrom` strategy
    /// `Always`); by default nothing happens without variables.
    pub always: bool,
}

impl SubstituteOptions {
    /// Merges `substituteFrom` objects (ConfigMaps and Secrets, in list order, later ones
    /// winning; Secret values base64-decoded) and then the inline `substitute` map, whose values
    /// lose their line breaks, as Flux does.
    pub fn from_sources(
        sources: &[Value],
        inline: &BTreeMap<String, String>,
    ) -> Result<SubstituteOptions> {
        let mut vars = BTreeMap::new();
        for s in sources {
            let is_secret = s.get("kind").and_then(|k| k.as_str()) == Some("Secret");
            if let Some(data) = s.get("data").and_then(|d| d.as_object()) {
                for (k, v) in data {
                    let text = v.as_str().unwrap_or("").to_string();
                    let text = if is_secret {
                        let bytes = base64::engine::general_purpose::STANDARD
                            .decode(text.trim())
                            .map_err(|e| {
                                subst_err(format!("invalid base64 in secret key {k}: {e}"))
                            })?;
                        String::from_utf8_lossy(&bytes).into_owned()
                    } else {
                        text
                    };
                    vars.insert(k.clone(), text);
                }
            }
            if is_secret && let Some(data) = s.get("stringData").and_then(|d| d.as_object()) {
                for (k, v) in data {
                    vars.insert(k.clone(), v.as_str().unwrap_or("").to_string());
                }
            }
        }
        for (k, v) in inline {
            vars.insert(k.clone(), v.replace('\n', ""));
        }
        Ok(SubstituteOptions {
            vars,
            strict: false,
            always: false,
        })
    }
}

fn subst_err(msg: impl Into<String>) -> Error {
    Error::new(ErrorKind::Substitute(msg.into()))
}

fn is_disabled(obj: &Value) -> bool {
    ["labels", "annotations"].iter().any(|f| {
        obj.get("metadata")
            .and_then(|m| m.get(f))
            .and_then(|m| m.get(SUBSTITUTE_KEY))
            .and_then(|v| v.as_str())
            == Some("disabled")
    })
}

/// Substitutes variables in every object (except those with the `substitute: disabled`
/// label or annotation): the object's YAML goes through [`envsubst`] and is read back, so a
/// variable can turn a string into a number.
pub fn substitute(list: &ResourceList, opts: &SubstituteOptions) -> Result<ResourceList> {
    for k in opts.vars.keys() {
        if !VAR_NAME.is_match(k) {
            return Err(subst_err(format!(
                "'{k}' var name is invalid, must match '^[_[:alpha:]][_[:alpha:][:digit:]]*$'"
            )));
        }
    }
    if opts.vars.is_empty() && !opts.always {
        return Ok(list.clone());
    }
    let mut out = Vec::new();
    for obj in &list.objects {
        if is_disabled(obj) {
            out.push(obj.clone());
            continue;
        }
        let text = crate::to_yaml(obj);
        let lookup = |name: &str| opts.vars.get(name).cloned();
        let replaced = envsubst(&text, &lookup, opts.strict).map_err(|e| {
            let name = obj
                .get("metadata")
                .and_then(|m| m.get("name"))
                .and_then(|n| n.as_str())
                .unwrap_or("");
            let kind = obj.get("kind").and_then(|k| k.as_str()).unwrap_or("");
            subst_err(format!(
                "{kind}/{name}: variable substitution failed: {}",
                e.kind
            ))
        })?;
        let v = crate::yaml::parse::parse_one(&yaml11_booleans(&replaced)).map_err(|e| {
            let name = obj
                .get("metadata")
                .and_then(|m| m.get("name"))
                .and_then(|n| n.as_str())
                .unwrap_or("");
            let at = e
                .location
                .map(|(l, c)| format!("line {l} column {c}: "))
                .unwrap_or_default();
            subst_err(format!(
                "var substitution failed for '{name}': the substituted YAML does not parse: {at}{}",
                e.kind
            ))
        })?;
        out.push(v);
    }
    Ok(ResourceList { objects: out })
}

/// Flux reads the substituted text back with go-yaml v2, a YAML 1.1 parser: a plain `yes`,
/// `on`, `off`, `n` … is a boolean there. Values written by the emitter are quoted when they
/// would read that way, so such plain words can only come from a substitution; they are
/// rewritten to `true`/`false` before parsing.
fn yaml11_booleans(text: &str) -> String {
    const TRUE: &[&str] = &["y", "Y", "yes", "Yes", "YES", "on", "On", "ON"];
    const FALSE: &[&str] = &["n", "N", "no", "No", "NO", "off", "Off", "OFF"];
    let mut out = String::with_capacity(text.len());
    // Inside a `|` block scalar (lines indented deeper than the line that opened it) nothing
    // is rewritten.
    let mut block: Option<usize> = None;
    for line in text.split_inclusive('\n') {
        let (body, nl) = match line.strip_suffix('\n') {
            Some(b) => (b, "\n"),
            None => (line, ""),
        };
        let indent = body.len() - body.trim_start().len();
        if let Some(b) = block {
            if body.trim().is_empty() || indent > b {
                out.push_str(line);
                continue;
            }
            block = None;
        }
        let tail = match body.rfind(": ") {
            Some(i) => &body[i + 2..],
            None => body.trim_start().strip_prefix("- ").unwrap_or(""),
        };
        let opens_block = tail.starts_with('|')
            && tail[1..]
                .chars()
                .all(|c| c == '-' || c == '+' || c.is_ascii_digit());
        if opens_block {
            block = Some(indent);
            out.push_str(line);
            continue;
        }
        let value_start = match body.rfind(": ") {
            Some(i) => i + 2,
            None => {
                let t = body.trim_start();
                match t.strip_prefix("- ") {
                    Some(_) => body.len() - t.len() + 2,
                    None => {
                        out.push_str(line);
                        continue;
                    }
                }
            }
        };
        let value = &body[value_start..];
        let word = if TRUE.contains(&value) {
            Some("true")
        } else if FALSE.contains(&value) {
            Some("false")
        } else {
            None
        };
        match word {
            Some(w) => {
                out.push_str(&body[..value_start]);
                out.push_str(w);
                out.push_str(nl);
            }
            None => out.push_str(line),
        }
    }
    out
}

/// Bash-style substitution as Flux does it: `${var}`, `${var:=default}`, `${var:-default}`,
/// `${var=default}`, `${var:pos}`, `${var:pos:len}`, `${var/from/to}`, `${#var}`, case and
/// trim operators; `$var` without braces is left alone and `$$` writes a `$`. With `strict`, a
/// variable with no value and no default is an error.
pub fn envsubst(
    text: &str,
    lookup: &dyn Fn(&str) -> Option<String>,
    strict: bool,
) -> Result<String> {
    let b = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'$' && i + 1 < b.len() {
            if b[i + 1] == b'$' {
                out.push('$');
                i += 2;
                continue;
            }
            if b[i + 1] == b'{' {
                let Some(end) = find_close(text, i + 2) else {
                    return Err(subst_err(format!(
                        "missing closing brace in {:?}",
                        &text[i..]
                    )));
                };
                out.push_str(&expand(&text[i + 2..end], lookup, strict)?);
                i = end + 1;
                continue;
            }
        }
        let c = text[i..].chars().next().unwrap_or('$');
        out.push(c);
        i += c.len_utf8();
    }
    Ok(out)
}

fn find_close(text: &str, from: usize) -> Option<usize> {
    let mut depth = 0;
    for (j, c) in text[from..].char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => return Some(from + j),
            '}' => depth -= 1,
            _ => {}
        }
    }
    None
}

fn expand(expr: &str, lookup: &dyn Fn(&str) -> Option<String>, strict: bool) -> Result<String> {
    if let Some(name) = expr.strip_prefix('#') {
        return Ok(lookup(name).unwrap_or_default().chars().count().to_string());
    }
    let name_len = expr
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(expr.len());
    let (name, op) = expr.split_at(name_len);
    if name.is_empty() {
        return Err(subst_err(format!("bad substitution: ${{{expr}}}")));
    }
    let value = lookup(name);
    let missing = |v: &Option<String>| -> Result<String> {
        match v {
            Some(s) => Ok(s.clone()),
            None if strict => Err(subst_err(format!(
                "variable not set (strict mode): \"{name}\""
            ))),
            None => Ok(String::new()),
        }
    };
    let sub = |s: &str| envsubst(s, lookup, strict);
    if op.is_empty() {
        return missing(&value);
    }
    if let Some(def) = op.strip_prefix(":=").or_else(|| op.strip_prefix(":-")) {
        return match value.filter(|v| !v.is_empty()) {
            Some(v) => Ok(v),
            None => sub(def),
        };
    }
    if let Some(def) = op.strip_prefix('=').or_else(|| op.strip_prefix('-')) {
        return match value {
            Some(v) => Ok(v),
            None => sub(def),
        };
    }
    let v = missing(&value)?;
    let chars: Vec<char> = v.chars().collect();
    if let Some(rest) = op.strip_prefix(':') {
        let (pos, len) = match rest.split_once(':') {
            Some((p, l)) => (p, Some(l)),
            None => (rest, None),
        };
        let pos: i64 = pos
            .trim()
            .parse()
            .map_err(|_| subst_err(format!("bad substitution: ${{{expr}}}")))?;
        let start = if pos < 0 {
            (chars.len() as i64 + pos).max(0) as usize
        } else {
            (pos as usize).min(chars.len())
        };
        let end = match len {
            Some(l) => {
                let l: usize = l
                    .trim()
                    .parse()
                    .map_err(|_| subst_err(format!("bad substitution: ${{{expr}}}")))?;
                (start + l).min(chars.len())
            }
            None => chars.len(),
        };
        return Ok(chars[start..end].iter().collect());
    }
    if let Some(rest) = op.strip_prefix('/') {
        let (all, rest) = match rest.strip_prefix('/') {
            Some(r) => (true, r),
            None => (false, rest),
        };
        let (from, to) = rest.split_once('/').unwrap_or((rest, ""));
        let to = sub(to)?;
        if let Some(f) = from.strip_prefix('#') {
            return Ok(match v.strip_prefix(f) {
                Some(r) => format!("{to}{r}"),
                None => v,
            });
        }
        if let Some(f) = from.strip_prefix('%') {
            return Ok(match v.strip_suffix(f) {
                Some(r) => format!("{r}{to}"),
                None => v,
            });
        }
        return Ok(if all {
            v.replace(from, &to)
        } else {
            v.replacen(from, &to, 1)
        });
    }
    match op {
        "^^" => return Ok(v.to_uppercase()),
        ",," => return Ok(v.to_lowercase()),
        "^" => return Ok(first_case(&v, true)),
        "," => return Ok(first_case(&v, false)),
        _ => {}
    }
    for (prefix, longest, from_end) in [
        ("##", true, false),
        ("#", false, false),
        ("%%", true, true),
        ("%", false, true),
    ] {
        if let Some(pat) = op.strip_prefix(prefix) {
            if from_end {
                let rev = |x: &str| x.chars().rev().collect::<String>();
                return Ok(rev(&trim_prefix(&rev(&v), &rev(pat), longest)));
            }
            return Ok(trim_prefix(&v, pat, longest));
        }
    }
    Err(subst_err(format!("bad substitution: ${{{expr}}}")))
}

/// Removes the shortest or longest non-empty prefix of `v` matching the glob `pat` (Flux's
/// trimShortest/trimLongest; suffixes go through reversed strings, as there).
fn trim_prefix(v: &str, pat: &str, longest: bool) -> String {
    let mut ends: Vec<usize> = v.char_indices().map(|(i, _)| i).skip(1).collect();
    ends.push(v.len());
    let matches = ends
        .iter()
        .copied()
        .filter(|&e| super::ignore::glob(pat, &v[..e]));
    let cut = if longest {
        matches.max()
    } else {
        matches.min()
    };
    match cut {
        Some(e) => v[e..].to_string(),
        None => v.to_string(),
    }
}

fn first_case(v: &str, upper: bool) -> String {
    let mut c = v.chars();
    match c.next() {
        Some(f) if upper => f.to_uppercase().chain(c).collect(),
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vars(name: &str) -> Option<String> {
        match name {
            "cluster" => Some("prod".into()),
            "empty" => Some(String::new()),
            _ => None,
        }
    }

    #[test]
    fn braces_defaults_and_escapes() {
        let out = envsubst(
            "a: ${cluster} b: ${missing:=x} c: $${cluster} d: $cluster e: ${empty:=y}",
            &vars,
            false,
        );
        assert_eq!(
            out.ok().as_deref(),
            Some("a: prod b: x c: ${cluster} d: $cluster e: y")
        );
    }

    #[test]
    fn substituted_yaml_1_1_booleans_read_as_booleans() {
        let list = ResourceList {
            objects: vec![
                serde_json::json!({"kind": "A", "metadata": {"name": "a"}, "spec": {"on": "${flag}", "s": "${word}"}}),
            ],
        };
        let mut opts = SubstituteOptions::default();
        opts.vars.insert("flag".into(), "yes".into());
        opts.vars.insert("word".into(), "yesterday".into());
        let out = substitute(&list, &opts)
            .ok()
            .map(|l| l.objects[0]["spec"].clone());
        assert_eq!(out, Some(serde_json::json!({"on": true, "s": "yesterday"})));
    }

    #[test]
    fn block_scalars_are_left_alone() {
        let text = "data:\n  conf: |-\n    enabled: yes\n    - on\n  flag: on\n";
        assert_eq!(
            yaml11_booleans(text),
            "data:\n  conf: |-\n    enabled: yes\n    - on\n  flag: true\n"
        );
    }

    #[test]
    fn trim_operators_take_glob_patterns() {
        let v = |name: &str| match name {
            "img" => Some("ghcr.io/org/app:1.2".to_string()),
            "tag" => Some("a:b:c".to_string()),
            _ => None,
        };
        assert_eq!(
            envsubst("${img#*/}", &v, false).ok().as_deref(),
            Some("org/app:1.2")
        );
        assert_eq!(
            envsubst("${img%:*}", &v, false).ok().as_deref(),
            Some("ghcr.io/org/app")
        );
        // As in Go's path.Match, `*` does not cross a `/`.
        assert_eq!(
            envsubst("${img##*:}", &v, false).ok().as_deref(),
            Some("ghcr.io/org/app:1.2")
        );
        assert_eq!(envsubst("${tag##*:}", &v, false).ok().as_deref(), Some("c"));
    }

    #[test]
    fn strict_mode_rejects_unset_variables() {
        assert!(envsubst("${nope}", &vars, true).is_err());
        assert_eq!(envsubst("${nope}", &vars, false).ok().as_deref(), Some(""));
    }

    #[test]
    fn disabled_objects_are_left_alone() {
        let list = ResourceList {
            objects: vec![
                serde_json::json!({"kind": "A", "metadata": {"name": "${cluster}",
                "annotations": {SUBSTITUTE_KEY: "disabled"}}}),
            ],
        };
        let mut opts = SubstituteOptions::default();
        opts.vars.insert("cluster".into(), "prod".into());
        let out = substitute(&list, &opts).ok();
        assert_eq!(out, Some(list));
    }
}
