//! Patch and replacement targets: selectors with regexes, label and annotation selectors.

use regex::Regex;
use serde_json::{Map, Value};

use crate::error::{Result, invalid};
use crate::kustfile::Selector;
use crate::resource::Resource;

fn anchored(p: &str) -> Result<Option<Regex>> {
    if p.is_empty() {
        return Ok(None);
    }
    Regex::new(&format!("^(?:{p})$"))
        .map(Some)
        .map_err(|e| invalid(format!("invalid selector regex {p:?}: {e}")))
}

fn matches(re: &Option<Regex>, s: &str) -> bool {
    re.as_ref().is_none_or(|r| r.is_match(s))
}

fn effective_ns(r: &crate::resource::ResId) -> String {
    if r.is_cluster_scoped() {
        "_non_namespaceable_".into()
    } else if r.namespace.is_empty() {
        "default".into()
    } else {
        r.namespace.clone()
    }
}

/// Indexes of the objects a selector picks.
pub fn select(rs: &[Resource], s: &Selector) -> Result<Vec<usize>> {
    let name = anchored(&s.name)?;
    let ns = anchored(&s.namespace)?;
    let group = anchored(&s.group)?;
    let version = anchored(&s.version)?;
    let kind = anchored(&s.kind)?;
    let labels = parse_label_selector(&s.label_selector)?;
    let annos = parse_label_selector(&s.annotation_selector)?;
    let mut out = Vec::new();
    for (i, r) in rs.iter().enumerate() {
        let (cur, org) = (r.cur_id(), r.org_id());
        if !matches(&ns, &effective_ns(&org)) && !matches(&ns, &effective_ns(&cur)) {
            continue;
        }
        if !matches(&name, &org.name) && !matches(&name, &cur.name) {
            continue;
        }
        let gvk = r.gvk();
        if !matches(&group, &gvk.group)
            || !matches(&version, &gvk.version)
            || !matches(&kind, &gvk.kind)
        {
            continue;
        }
        if !labels
            .iter()
            .all(|req| req.matches(&r.string_map("labels")))
        {
            continue;
        }
        if !annos
            .iter()
            .all(|req| req.matches(&r.string_map("annotations")))
        {
            continue;
        }
        out.push(i);
    }
    Ok(out)
}

/// One requirement of a Kubernetes label selector.
#[derive(Debug)]
enum Req {
    Eq(String, String),
    NotEq(String, String),
    In(String, Vec<String>),
    NotIn(String, Vec<String>),
    Exists(String),
    NotExists(String),
}

impl Req {
    fn matches(&self, m: &Map<String, Value>) -> bool {
        let get = |k: &str| m.get(k).map(crate::kustfile::scalar_text);
        match self {
            Req::Eq(k, v) => get(k).as_deref() == Some(v.as_str()),
            Req::NotEq(k, v) => get(k).as_deref() != Some(v.as_str()),
            Req::In(k, vs) => get(k).is_some_and(|x| vs.contains(&x)),
            Req::NotIn(k, vs) => get(k).is_none_or(|x| !vs.contains(&x)),
            Req::Exists(k) => m.contains_key(k),
            Req::NotExists(k) => !m.contains_key(k),
        }
    }
}

fn split_top(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut depth = 0;
    for c in s.chars() {
        match c {
            '(' => {
                depth += 1;
                cur.push(c);
            }
            ')' => {
                depth -= 1;
                cur.push(c);
            }
            ',' if depth == 0 => out.push(std::mem::take(&mut cur)),
            _ => cur.push(c),
        }
    }
    out.push(cur);
    out.into_iter()
        .map(|x| x.trim().to_string())
        .filter(|x| !x.is_empty())
        .collect()
}

fn parse_label_selector(s: &str) -> Result<Vec<Req>> {
    let mut out = Vec::new();
    for part in split_top(s) {
        let set = |rest: &str| -> Vec<String> {
            rest.trim()
                .trim_start_matches('(')
                .trim_end_matches(')')
                .split(',')
                .map(|x| x.trim().to_string())
                .collect()
        };
        if let Some(k) = part.strip_prefix('!') {
            out.push(Req::NotExists(k.trim().to_string()));
        } else if let Some((k, v)) = part.split_once("!=") {
            out.push(Req::NotEq(k.trim().into(), v.trim().into()));
        } else if let Some((k, v)) = part.split_once("==") {
            out.push(Req::Eq(k.trim().into(), v.trim().into()));
        } else if let Some((k, v)) = part.split_once('=') {
            out.push(Req::Eq(k.trim().into(), v.trim().into()));
        } else if let Some((k, rest)) = part.split_once(" notin ") {
            out.push(Req::NotIn(k.trim().into(), set(rest)));
        } else if let Some((k, rest)) = part.split_once(" in ") {
            out.push(Req::In(k.trim().into(), set(rest)));
        } else if part
            .chars()
            .all(|c| c.is_alphanumeric() || "-_./".contains(c))
        {
            out.push(Req::Exists(part));
        } else {
            return Err(invalid(format!("unable to parse requirement: {part:?}")));
        }
    }
    Ok(out)
}

fn matches_id(
    name: &Option<Regex>,
    ns: &Option<Regex>,
    g: &Option<Regex>,
    v: &Option<Regex>,
    k: &Option<Regex>,
    id: &crate::resource::ResId,
) -> bool {
    matches(name, &id.name)
        && matches(ns, &id.namespace)
        && matches(g, &id.gvk.group)
        && matches(v, &id.gvk.version)
        && matches(k, &id.gvk.kind)
}

struct Compiled {
    name: Option<Regex>,
    ns: Option<Regex>,
    group: Option<Regex>,
    version: Option<Regex>,
    kind: Option<Regex>,
    labels: Vec<Req>,
    annos: Vec<Req>,
    is_empty_id: bool,
}

fn compile(s: &Selector) -> Result<Compiled> {
    Ok(Compiled {
        name: anchored(&s.name)?,
        ns: anchored(&s.namespace)?,
        group: anchored(&s.group)?,
        version: anchored(&s.version)?,
        kind: anchored(&s.kind)?,
        labels: parse_label_selector(&s.label_selector)?,
        annos: parse_label_selector(&s.annotation_selector)?,
        is_empty_id: s.name.is_empty()
            && s.namespace.is_empty()
            && s.group.is_empty()
            && s.version.is_empty()
            && s.kind.is_empty(),
    })
}

/// Targets of a replacement: selected by any of their ids (current or previous), not rejected.
pub fn select_for_replacement(
    rs: &[Resource],
    sel: &Selector,
    rejects: &[Selector],
) -> Result<Vec<usize>> {
    let s = compile(sel)?;
    let rej: Vec<Compiled> = rejects.iter().map(compile).collect::<Result<_>>()?;
    let mut out = Vec::new();
    for (i, r) in rs.iter().enumerate() {
        let (labels, annos) = (r.string_map("labels"), r.string_map("annotations"));
        if !s.labels.iter().all(|q| q.matches(&labels))
            || !s.annos.iter().all(|q| q.matches(&annos))
        {
            continue;
        }
        let label_rejected = rej.iter().any(|x| {
            (!x.labels.is_empty() || !x.annos.is_empty())
                && x.labels.iter().all(|q| q.matches(&labels))
                && x.annos.iter().all(|q| q.matches(&annos))
        });
        if label_rejected {
            continue;
        }
        let mut ids = vec![r.cur_id()];
        let gvk = r.gvk();
        for p in &r.prev_ids {
            ids.push(crate::resource::ResId {
                gvk: crate::resource::Gvk {
                    group: gvk.group.clone(),
                    version: gvk.version.clone(),
                    kind: p.gvk.kind.clone(),
                },
                name: p.name.clone(),
                namespace: p.namespace.clone(),
            });
        }
        let rejected = rej.iter().any(|x| {
            !x.is_empty_id
                && ids
                    .iter()
                    .any(|id| matches_id(&x.name, &x.ns, &x.group, &x.version, &x.kind, id))
        });
        if rejected {
            continue;
        }
        if ids
            .iter()
            .any(|id| matches_id(&s.name, &s.ns, &s.group, &s.version, &s.kind, id))
        {
            out.push(i);
        }
    }
    Ok(out)
}
