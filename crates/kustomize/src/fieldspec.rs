//! Field specs: which field of which kinds a transformer touches, kustomize's built-in tables, and
//! walking a path inside an object.

use std::sync::LazyLock;

use serde_json::{Map, Value};

use crate::error::Result;
use crate::resource::Gvk;

/// A field (slash-separated path, `[]` marks a list) in objects of the kinds `gvk` selects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldSpec {
    pub gvk: Gvk,
    pub path: String,
    /// Create the field when it is missing.
    pub create: bool,
}

impl FieldSpec {
    pub fn new(path: &str, create: bool) -> FieldSpec {
        FieldSpec {
            gvk: Gvk::default(),
            path: path.to_string(),
            create,
        }
    }

    /// Reads a spec from a kustomization-style map (`path`, `group`, `version`, `kind`, `create`).
    pub fn from_value(v: &Value) -> FieldSpec {
        let s = |k: &str| v.get(k).and_then(|x| x.as_str()).unwrap_or("").to_string();
        FieldSpec {
            gvk: Gvk {
                group: s("group"),
                version: s("version"),
                kind: s("kind"),
            },
            path: s("path"),
            create: v.get("create").and_then(|c| c.as_bool()).unwrap_or(false),
        }
    }
}

/// One line of a table file: path, group, version, kind, create.
fn parse_spec(line: &str) -> FieldSpec {
    let cols: Vec<&str> = line.split('\t').collect();
    let col = |i: usize| cols.get(i).copied().unwrap_or("").to_string();
    FieldSpec {
        gvk: Gvk {
            group: col(1),
            version: col(2),
            kind: col(3),
        },
        path: col(0),
        create: col(4) == "create",
    }
}

fn parse_table(text: &str) -> Vec<FieldSpec> {
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(parse_spec)
        .collect()
}

/// The built-in tables, as kustomize ships them.
pub static COMMON_LABELS: LazyLock<Vec<FieldSpec>> =
    LazyLock::new(|| parse_table(include_str!("data/commonlabels.tsv")));
pub static TEMPLATE_LABELS: LazyLock<Vec<FieldSpec>> =
    LazyLock::new(|| parse_table(include_str!("data/templatelabels.tsv")));
pub static COMMON_ANNOTATIONS: LazyLock<Vec<FieldSpec>> =
    LazyLock::new(|| parse_table(include_str!("data/commonannotations.tsv")));
pub static NAMESPACE: LazyLock<Vec<FieldSpec>> =
    LazyLock::new(|| parse_table(include_str!("data/namespace.tsv")));
pub static IMAGES: LazyLock<Vec<FieldSpec>> =
    LazyLock::new(|| parse_table(include_str!("data/images.tsv")));
pub static REPLICAS: LazyLock<Vec<FieldSpec>> =
    LazyLock::new(|| parse_table(include_str!("data/replicas.tsv")));
pub static VAR_REFERENCE: LazyLock<Vec<FieldSpec>> =
    LazyLock::new(|| parse_table(include_str!("data/varreference.tsv")));

/// A kind that can be referred to by name, and the fields that refer to it.
#[derive(Debug, Clone)]
pub struct NameBackRef {
    pub gvk: Gvk,
    pub referrers: Vec<FieldSpec>,
}

pub static NAME_REFERENCE: LazyLock<Vec<NameBackRef>> = LazyLock::new(|| {
    let mut out: Vec<NameBackRef> = Vec::new();
    for line in include_str!("data/namereference.tsv").lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if let Some(referral) = line.strip_prefix("@\t") {
            let cols: Vec<&str> = referral.split('\t').collect();
            let col = |i: usize| cols.get(i).copied().unwrap_or("").to_string();
            out.push(NameBackRef {
                gvk: Gvk {
                    group: col(0),
                    version: col(1),
                    kind: col(2),
                },
                referrers: vec![],
            });
        } else if let Some(last) = out.last_mut() {
            last.referrers.push(parse_spec(line));
        }
    }
    out
});

/// What to create when a missing field is created on the way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CreateKind {
    /// Never create.
    None,
    /// Create the last field as a map.
    Map,
    /// Create the last field as a scalar (null until set).
    Scalar,
}

/// Splits a field-spec path; `\/` escapes a slash inside a key.
pub fn split_path(path: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut chars = path.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' && chars.peek() == Some(&'/') {
            cur.push('/');
            chars.next();
        } else if c == '/' {
            out.push(std::mem::take(&mut cur));
        } else {
            cur.push(c);
        }
    }
    out.push(cur);
    out.into_iter().filter(|s| !s.is_empty()).collect()
}

/// Calls `set` on every node the path reaches (lists are walked element by element), creating
/// missing fields when `create` says so.
pub fn visit(
    node: &mut Value,
    path: &[String],
    create: bool,
    kind: CreateKind,
    set: &mut dyn FnMut(&mut Value) -> Result<()>,
) -> Result<()> {
    if path.is_empty() {
        return set(node);
    }
    match node {
        Value::Array(items) => {
            for item in items {
                visit(item, path, create, kind, set)?;
            }
            Ok(())
        }
        Value::Object(map) => {
            let (name, is_seq) = match path[0].strip_suffix("[]") {
                Some(n) => (n, true),
                None => (path[0].as_str(), false),
            };
            let last = path.len() == 1;
            let may_create = create && kind != CreateKind::None && !is_seq;
            if !map.contains_key(name) {
                if !may_create {
                    return Ok(());
                }
                let fresh = if last && kind == CreateKind::Scalar {
                    Value::Null
                } else {
                    Value::Object(Map::new())
                };
                map.insert(name.to_string(), fresh);
            }
            let Some(field) = map.get_mut(name) else {
                return Ok(());
            };
            if field.is_null() {
                if is_seq {
                    *field = Value::Array(Vec::new());
                } else if may_create && !(last && kind == CreateKind::Scalar) {
                    *field = Value::Object(Map::new());
                }
            }
            visit(field, &path[1..], create, kind, set)
        }
        Value::Null => Ok(()),
        // kustomize's field-spec walk refuses a scalar where the path goes on.
        _ => Err(crate::error::invalid(format!(
            "considering field '{}': expected sequence or mapping node",
            path.join("/")
        ))),
    }
}

/// Visits the path of `spec` in `obj` when the spec selects the object's kind.
pub fn visit_spec(
    obj: &mut Value,
    gvk: &Gvk,
    spec: &FieldSpec,
    kind: CreateKind,
    set: &mut dyn FnMut(&mut Value) -> Result<()>,
) -> Result<()> {
    if !gvk.is_selected(&spec.gvk) {
        return Ok(());
    }
    visit(obj, &split_path(&spec.path), spec.create, kind, set)
}

/// Adds specs from `more` that are not there yet (kustomize's FsSlice.MergeAll).
pub fn merge_specs(base: &mut Vec<FieldSpec>, more: &[FieldSpec]) {
    for s in more {
        if !base.iter().any(|b| b.path == s.path && b.gvk == s.gvk) {
            base.push(s.clone());
        }
    }
}

/// Adds specs from a `configurations` file. As kustomize does (observed with v5), a specific spec
/// for a path takes the place of a generic (any-kind) default spec for the same path.
pub fn merge_custom_specs(base: &mut Vec<FieldSpec>, more: &[FieldSpec]) {
    for s in more {
        if s.gvk != Gvk::default()
            && let Some(i) = base
                .iter()
                .position(|b| b.path == s.path && b.gvk == Gvk::default())
        {
            base[i] = s.clone();
            continue;
        }
        merge_specs(base, std::slice::from_ref(s));
    }
}
