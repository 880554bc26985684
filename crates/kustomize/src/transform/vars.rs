//! Legacy `vars`: `$(NAME)` in the fields kustomize's varReference table lists, replaced by a
//! value read from another object.

use serde_json::Value;

use crate::build::Accumulator;
use crate::error::{Result, reference};
use crate::fieldspec::{CreateKind, split_path, visit};
use crate::kustfile::Var;
use crate::resource::Gvk;

/// Reads a field by a dotted path (`spec.containers[0].image`, `metadata.name`).
pub fn field_by_path<'a>(obj: &'a Value, path: &str) -> Option<&'a Value> {
    let mut cur = obj;
    for part in split_dotted(path) {
        let (name, idx) = match part.find('[') {
            Some(i) if part.ends_with(']') => (&part[..i], Some(&part[i + 1..part.len() - 1])),
            _ => (part.as_str(), None),
        };
        if !name.is_empty() {
            cur = cur.get(name)?;
        }
        if let Some(idx) = idx {
            cur = match idx.split_once('=') {
                Some((k, v)) => cur
                    .as_array()?
                    .iter()
                    .find(|e| e.get(k).and_then(|x| x.as_str()) == Some(v))?,
                None => cur.get(idx.parse::<usize>().ok()?)?,
            };
        }
    }
    Some(cur)
}

fn split_dotted(path: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut depth = 0;
    for c in path.chars() {
        match c {
            '[' => {
                depth += 1;
                cur.push(c);
            }
            ']' => {
                depth -= 1;
                cur.push(c);
            }
            '.' if depth == 0 => out.push(std::mem::take(&mut cur)),
            _ => cur.push(c),
        }
    }
    out.push(cur);
    out
}

/// Ties a var to the one object its objref names, among the objects of the kustomization that
/// declares it (kustomize's MergeVars); later renames do not break the tie.
pub fn bind(acc: &mut Accumulator, v: &Var) -> Result<()> {
    let gvk = if v.objref.api_version.is_empty() {
        Gvk {
            group: v.objref.group.clone(),
            version: v.objref.version.clone(),
            kind: v.objref.kind.clone(),
        }
    } else {
        Gvk::from_api_version(&v.objref.api_version, &v.objref.kind)
    };
    let matched: Vec<usize> = (0..acc.resources.len())
        .filter(|&i| {
            acc.resources[i].all_ids().iter().any(|id| {
                // kustomize compares the objref's group, version and kind exactly: an
                // objref without apiVersion names no object of a versioned kind.
                id.gvk == gvk
                    && id.name == v.objref.name
                    && (v.objref.namespace.is_empty() || id.namespace == v.objref.namespace)
            })
        })
        .collect();
    match matched.as_slice() {
        [] => Ok(()),
        [one] => {
            acc.resources[*one].ref_var_names.push(v.name.clone());
            Ok(())
        }
        _ => Err(reference(format!(
            "found {} resId matches for var {} (unable to disambiguate)",
            matched.len(),
            v.name
        ))),
    }
}

fn var_value(acc: &Accumulator, v: &Var) -> Result<Value> {
    let r = acc
        .resources
        .iter()
        .find(|r| r.ref_var_names.contains(&v.name))
        .ok_or_else(|| {
            reference(format!(
                "var '{}' cannot be mapped to a field in the set of known resources",
                v.name
            ))
        })?;
    let path = if v.fieldref.field_path.is_empty() {
        "metadata.name"
    } else {
        v.fieldref.field_path.as_str()
    };
    field_by_path(&r.obj, path).cloned().ok_or_else(|| {
        reference(format!(
            "field specified in var '{}' not found in corresponding resource",
            v.name
        ))
    })
}

/// Replaces `$(NAME)` references; `$$` escapes a dollar.
pub fn expand(s: &str, lookup: &dyn Fn(&str) -> Option<String>) -> String {
    let b = s.as_bytes();
    let mut out = String::new();
    let mut i = 0;
    while i < s.len() {
        if b[i] == b'$' && i + 1 < s.len() {
            if b[i + 1] == b'$' {
                out.push('$');
                i += 2;
                continue;
            }
            if b[i + 1] == b'('
                && let Some(end) = s[i + 2..].find(')')
            {
                let name = &s[i + 2..i + 2 + end];
                if let Some(v) = lookup(name) {
                    out.push_str(&v);
                } else {
                    out.push_str(&s[i..i + 3 + end]);
                }
                i += 3 + end;
                continue;
            }
        }
        let c = s[i..].chars().next().unwrap_or('$');
        out.push(c);
        i += c.len_utf8();
    }
    out
}

pub fn resolve(acc: &mut Accumulator) -> Result<()> {
    if acc.vars.is_empty() {
        return Ok(());
    }
    let mut values = Vec::new();
    for v in &acc.vars {
        values.push((v.name.clone(), var_value(acc, v)?));
    }
    let text = |name: &str| -> Option<String> {
        values
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| match v {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            })
    };
    let specs = acc.config.var_reference.clone();
    for r in acc.resources.iter_mut() {
        let gvk = r.gvk();
        for fs in &specs {
            if !gvk.is_selected(&fs.gvk) {
                continue;
            }
            visit(
                &mut r.obj,
                &split_path(&fs.path),
                false,
                CreateKind::None,
                &mut |node| {
                    replace_in(node, &values, &text);
                    Ok(())
                },
            )?;
        }
    }
    Ok(())
}

fn replace_in(node: &mut Value, values: &[(String, Value)], text: &dyn Fn(&str) -> Option<String>) {
    match node {
        Value::String(s) => {
            if let Some(name) = s.strip_prefix("$(").and_then(|x| x.strip_suffix(')'))
                && let Some((_, v)) = values.iter().find(|(n, _)| n == name)
            {
                *node = v.clone();
                return;
            }
            *s = expand(s, text);
        }
        Value::Array(a) => a.iter_mut().for_each(|x| replace_in(x, values, text)),
        Value::Object(m) => m.values_mut().for_each(|x| replace_in(x, values, text)),
        _ => {}
    }
}
