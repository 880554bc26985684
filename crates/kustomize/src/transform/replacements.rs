//! replacements: copy a field of one object (or a fixed value) into fields of others.

use serde_json::{Map, Value};

use crate::build::{Loader, Target};
use crate::error::{Result, invalid, reference};
use crate::kustfile::{Selector, scalar_text};
use crate::patch::select;
use crate::resource::{Gvk, ResId, Resource};
use crate::yaml::parse::parse_one;
use crate::yaml::resolve;

use super::structured;

/// Splits a replacement field path on dots, as kustomize does: `\.` escapes a dot inside a key
/// (`metadata.annotations.example\.com/x`), a bracketed part spanning dots stays one part,
/// keeping its brackets when it is a `[key=value]` match and losing them otherwise
/// (`metadata.annotations.[a.b/c]`).
pub fn split_field_path(p: &str) -> Vec<String> {
    let mut raw: Vec<String> = Vec::new();
    for piece in p.split('.') {
        match raw.last_mut() {
            Some(last) if last.ends_with('\\') => {
                last.pop();
                last.push('.');
                last.push_str(piece);
            }
            _ => raw.push(piece.to_string()),
        }
    }
    let mut out = Vec::new();
    let mut i = 0;
    while i < raw.len() {
        let elem = &raw[i];
        if elem.starts_with('[') && !elem.ends_with(']') {
            let mut joined = elem.clone();
            while i + 1 < raw.len() {
                i += 1;
                joined.push('.');
                joined.push_str(&raw[i]);
                if raw[i].ends_with(']') {
                    break;
                }
            }
            if joined.contains('=') {
                out.push(joined);
            } else {
                out.push(joined.trim_matches(|c| c == '[' || c == ']').to_string());
            }
        } else {
            out.push(elem.clone());
        }
        i += 1;
    }
    out
}

fn str_of(v: &Value, k: &str) -> String {
    v.get(k).map(scalar_text).unwrap_or_default()
}

/// Replacement entries with `path` ones read from their files.
fn load(ld: &Loader<'_>, t: &Target, entries: &[Value]) -> Result<Vec<Value>> {
    let mut out = Vec::new();
    for r in entries {
        let path = str_of(r, "path");
        if path.is_empty() {
            out.push(r.clone());
            continue;
        }
        if r.get("source").is_some() || r.get("targets").is_some() {
            return Err(invalid("cannot specify both path and inline replacement"));
        }
        let bytes = ld.read_file(&t.dir, &path)?;
        // Read as kustomize reads it, through go-yaml v2 (plain `yes` is true).
        let text = String::from_utf8_lossy(&bytes);
        match parse_one(&crate::kustfile::yaml11_bools(&text)).map_err(|e| e.in_file(&path))? {
            Value::Array(items) => out.extend(items),
            v @ Value::Object(_) => out.push(v),
            _ => {
                return Err(invalid(
                    "unsupported replacement type encountered within replacement path",
                )
                .in_file(&path));
            }
        }
    }
    Ok(out)
}

fn options(v: Option<&Value>) -> (String, i64, bool) {
    match v {
        Some(o) => (
            str_of(o, "delimiter"),
            o.get("index").and_then(|i| i.as_i64()).unwrap_or(0),
            o.get("create").and_then(|c| c.as_bool()).unwrap_or(false),
        ),
        None => (String::new(), 0, false),
    }
}

fn all_ids(r: &Resource) -> Vec<ResId> {
    let mut ids = vec![r.cur_id()];
    let gvk = r.gvk();
    for p in &r.prev_ids {
        ids.push(ResId {
            gvk: Gvk {
                group: gvk.group.clone(),
                version: gvk.version.clone(),
                kind: p.gvk.kind.clone(),
            },
            name: p.name.clone(),
            namespace: p.namespace.clone(),
        });
    }
    ids
}

fn source_value(rs: &[Resource], repl: &Value) -> Result<Value> {
    if let Some(v) = repl.get("sourceValue") {
        if repl.get("source").is_some() {
            return Err(invalid(
                "value and resource selectors are mutually exclusive",
            ));
        }
        return Ok(v.clone());
    }
    let src = repl
        .get("source")
        .ok_or_else(|| invalid("replacements must specify a source and at least one target"))?;
    let sel = ResId {
        gvk: if str_of(src, "apiVersion").is_empty() {
            Gvk {
                group: str_of(src, "group"),
                version: str_of(src, "version"),
                kind: str_of(src, "kind"),
            }
        } else {
            Gvk::from_api_version(&str_of(src, "apiVersion"), &str_of(src, "kind"))
        },
        name: str_of(src, "name"),
        namespace: str_of(src, "namespace"),
    };
    let mut found: Option<&Resource> = None;
    for r in rs {
        let hit = all_ids(r).iter().any(|id| {
            (sel.name.is_empty() || sel.name == id.name)
                && (sel.namespace.is_empty() || sel.ns_equals(id))
                && id.gvk.is_selected(&sel.gvk)
        });
        if hit {
            if found.is_some() {
                return Err(reference(format!("multiple matches for selector {sel}")));
            }
            found = Some(r);
        }
    }
    let r = found.ok_or_else(|| reference(format!("nothing selected by {sel}")))?;
    let fp = match str_of(src, "fieldPath") {
        s if s.is_empty() => "metadata.name".to_string(),
        s => s,
    };
    let mut node = &r.obj;
    for part in split_field_path(&fp) {
        node = lookup(node, &part).ok_or_else(|| {
            reference(format!(
                "fieldPath `{fp}` is missing for replacement source {sel}"
            ))
        })?;
    }
    if node.is_null() || node.as_object().is_some_and(|m| m.is_empty()) {
        return Err(reference(format!(
            "fieldPath `{fp}` is missing for replacement source {sel}"
        )));
    }
    let (delim, index, _) = options(src.get("options"));
    if delim.is_empty() {
        return Ok(node.clone());
    }
    let text = match node {
        Value::Object(_) | Value::Array(_) => {
            return Err(invalid(
                "delimiter option can only be used with scalar nodes",
            ));
        }
        other => scalar_text(other),
    };
    let parts: Vec<&str> = text.split(delim.as_str()).collect();
    if index < 0 || index as usize >= parts.len() {
        return Err(invalid(format!(
            "options.index {index} is out of bounds for value {text}"
        )));
    }
    Ok(Value::String(parts[index as usize].to_string()))
}

fn lookup<'a>(node: &'a Value, part: &str) -> Option<&'a Value> {
    if let Some(inner) = part.strip_prefix('[').and_then(|p| p.strip_suffix(']')) {
        let (k, v) = inner.split_once('=')?;
        return node
            .as_array()?
            .iter()
            .find(|e| e.get(k).map(scalar_text).as_deref() == Some(v));
    }
    match node {
        Value::Array(a) => a.get(part.parse::<usize>().ok()?),
        _ => node.get(part),
    }
}

fn selector_of(v: &Value) -> Selector {
    serde_json::from_value(v.clone()).unwrap_or_default()
}

pub fn apply(ld: &Loader<'_>, t: &Target, rs: &mut [Resource]) -> Result<()> {
    apply_entries(ld, t, &t.k.replacements, rs)
}

/// Runs replacement entries (inline or `path`) over the objects.
pub fn apply_entries(
    ld: &Loader<'_>,
    t: &Target,
    entries: &[Value],
    rs: &mut [Resource],
) -> Result<()> {
    for repl in load(ld, t, entries)? {
        let targets = repl.get("targets").and_then(|t| t.as_array()).cloned();
        let Some(targets) = targets else {
            return Err(invalid(
                "replacements must specify a source and at least one target",
            ));
        };
        let value = source_value(rs, &repl)?;
        for target in &targets {
            let Some(sel) = target.get("select") else {
                return Err(invalid("target must specify resources to select"));
            };
            let sel = selector_of(sel);
            let rejects: Vec<Selector> = target
                .get("reject")
                .and_then(|r| r.as_array())
                .map(|a| a.iter().map(selector_of).collect())
                .unwrap_or_default();
            let paths: Vec<String> = match target.get("fieldPaths").and_then(|f| f.as_array()) {
                Some(a) if !a.is_empty() => a.iter().map(scalar_text).collect(),
                _ => vec!["metadata.name".into()],
            };
            let (delim, index, create) = options(target.get("options"));
            let chosen = select::select_for_replacement(rs, &sel, &rejects)?;
            for i in chosen {
                for fp in &paths {
                    let parts = split_field_path(fp);
                    // kustomize first tries the path as one into JSON or YAML text.
                    let mut inside = |doc: &mut Value, rest: &[String]| -> Result<usize> {
                        let mut n = 0;
                        set_path(doc, rest, create, false, &mut |node, created| {
                            n += 1;
                            let mode = if created {
                                Made::Created
                            } else {
                                Made::Existing
                            };
                            set_value(node, mode, &value, &delim, index)
                        })?;
                        Ok(n)
                    };
                    if let Some(done) = structured::set(&mut rs[i].obj, &parts, &mut inside) {
                        done?;
                        continue;
                    }
                    // A created annotation keeps its text: kustomize writes annotations back
                    // as strings, so `0755` stays `0755` where a created label becomes 493.
                    let in_annotations =
                        parts.len() > 2 && parts[0] == "metadata" && parts[1] == "annotations";
                    let mut hits = 0;
                    set_path(
                        &mut rs[i].obj,
                        &parts,
                        create,
                        false,
                        &mut |node, created| {
                            hits += 1;
                            let mode = match (created, in_annotations) {
                                (false, _) => Made::Existing,
                                (true, false) => Made::Created,
                                (true, true) => Made::CreatedText,
                            };
                            set_value(node, mode, &value, &delim, index)
                        },
                    )?;
                    if hits == 0 {
                        return Err(reference(if create {
                            format!("unable to find or create field \"{fp}\" in replacement target")
                        } else {
                            format!("unable to find field \"{fp}\" in replacement target")
                        }));
                    }
                }
            }
        }
    }
    Ok(())
}

/// How the field a replacement writes came to be.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Made {
    /// It was there: it keeps its YAML type.
    Existing,
    /// The replacement created it: its text reads as plain YAML.
    Created,
    /// Created as an annotation, which kustomize writes back as a string: it keeps its text.
    CreatedText,
}

fn set_value(node: &mut Value, made: Made, value: &Value, delim: &str, index: i64) -> Result<()> {
    let mut value = value.clone();
    if !delim.is_empty() {
        let Some(cur) = scalar(node) else {
            return Err(invalid(
                "delimiter option can only be used with scalar nodes",
            ));
        };
        let mut parts: Vec<String> = cur.split(delim).map(str::to_string).collect();
        let v = scalar_text(&value);
        if index < 0 {
            parts.insert(0, v);
        } else if index as usize >= parts.len() {
            parts.push(v);
        } else {
            parts[index as usize] = v;
        }
        value = Value::String(parts.join(delim));
    }
    // A field the replacement created has the source's kind (kyaml creates it so); a map or
    // list target is replaced whole.
    let created = made != Made::Existing;
    if node.is_object() || node.is_array() || (created && (value.is_object() || value.is_array())) {
        *node = value;
        return Ok(());
    }
    // A scalar target keeps its type and takes only the text (kustomize copies the node's
    // value, not its tag); a node the replacement created has no type yet and reads the text
    // as plain YAML. A map or list source has no text.
    let text = match &value {
        Value::Object(_) | Value::Array(_) => String::new(),
        v => scalar_text(v),
    };
    // A text the node's type cannot take is not an error yet: kustomize only fails when the
    // object is next read as JSON, and a later transformer may overwrite the field first.
    *node = if made == Made::CreatedText {
        Value::String(text)
    } else if created {
        resolve::resolve_plain(&text)
            .map(|(_, v)| v)
            .unwrap_or_else(|_| undecodable(&format!("json: unsupported value: {text}")))
    } else {
        let tag = resolve::Tag::of(node).unwrap_or(resolve::Tag::Str);
        resolve::decode_tagged(tag, &text).unwrap_or_else(|e| undecodable(&e))
    };
    Ok(())
}

/// Marks a field whose text its YAML type cannot take; see [`check_decodable`].
const UNDECODABLE: &str = "\u{0}undecodable\u{0}";

fn undecodable(msg: &str) -> Value {
    Value::String(format!("{UNDECODABLE}{msg}"))
}

/// Fails on a field a replacement left undecodable (go-yaml's error, raised when kustomize
/// next reads the object as JSON).
pub fn check_decodable(v: &Value) -> Result<()> {
    match v {
        Value::String(s) => match s.strip_prefix(UNDECODABLE) {
            Some(msg) => Err(invalid(msg.to_string())),
            None => Ok(()),
        },
        Value::Array(a) => a.iter().try_for_each(check_decodable),
        Value::Object(m) => m.values().try_for_each(check_decodable),
        _ => Ok(()),
    }
}

fn scalar(v: &Value) -> Option<String> {
    match v {
        Value::Object(_) | Value::Array(_) => None,
        other => Some(scalar_text(other)),
    }
}

/// Walks a replacement path (fields, `[k=v]` matches, indexes, `*`), creating missing parts
/// when asked, and calls `set` on each node reached.
fn set_path(
    node: &mut Value,
    parts: &[String],
    create: bool,
    created: bool,
    set: &mut dyn FnMut(&mut Value, bool) -> Result<()>,
) -> Result<()> {
    let Some((first, rest)) = parts.split_first() else {
        return set(node, created);
    };
    if let Some(inner) = first.strip_prefix('[').and_then(|p| p.strip_suffix(']')) {
        let (k, v) = inner.split_once('=').unwrap_or(("", inner));
        if node.is_null() && create {
            *node = Value::Array(Vec::new());
        }
        let Some(items) = node.as_array_mut() else {
            return Ok(());
        };
        let mut found = false;
        for item in items.iter_mut() {
            let hit = if k.is_empty() {
                scalar(item).as_deref() == Some(v)
            } else {
                item.get(k).map(scalar_text).as_deref() == Some(v)
            };
            if hit {
                found = true;
                set_path(item, rest, create, false, set)?;
            }
        }
        if !found && create && !k.is_empty() {
            let mut m = Map::new();
            m.insert(k.to_string(), Value::String(v.to_string()));
            items.push(Value::Object(m));
            if let Some(last) = items.last_mut() {
                set_path(last, rest, create, true, set)?;
            }
        }
        return Ok(());
    }
    if first == "*" {
        match node {
            Value::Array(a) => {
                for item in a {
                    set_path(item, rest, create, false, set)?;
                }
            }
            Value::Object(m) => {
                for item in m.values_mut() {
                    set_path(item, rest, create, false, set)?;
                }
            }
            _ => {}
        }
        return Ok(());
    }
    if let Value::Array(a) = node {
        if let Ok(i) = first.parse::<usize>()
            && let Some(item) = a.get_mut(i)
        {
            return set_path(item, rest, create, false, set);
        }
        return Ok(());
    }
    if node.is_null() && create {
        *node = Value::Object(Map::new());
    }
    let Some(m) = node.as_object_mut() else {
        return Ok(());
    };
    let fresh_here = !m.contains_key(first.as_str());
    if fresh_here {
        if !create {
            return Ok(());
        }
        let next_is_list = rest
            .first()
            .is_some_and(|n| n.starts_with('[') || n.parse::<usize>().is_ok());
        let fresh = if rest.is_empty() {
            Value::Null
        } else if next_is_list {
            Value::Array(Vec::new())
        } else {
            Value::Object(Map::new())
        };
        m.insert(first.clone(), fresh);
    }
    match m.get_mut(first.as_str()) {
        Some(child) => set_path(child, rest, create, fresh_here, set),
        None => Ok(()),
    }
}
