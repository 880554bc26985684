//! Values: Helm's coalescing of user values over chart defaults, subchart scoping and `global`,
//! dependency `condition`/`tags`/`alias`, and `import-values`.

use serde_json::{Map, Value as J};

use super::load::Chart;
use crate::error::{Error, Result};

type M = Map<String, J>;

fn concat_prefix(a: &str, b: &str) -> String {
    if a.is_empty() {
        b.to_string()
    } else {
        format!("{a}.{b}")
    }
}

/// Merges `overlay` over `base` as `helm -f a.yaml -f b.yaml` does (maps deep-merge, the rest replaces).
pub fn merge_values(base: &mut M, overlay: &M) {
    for (k, v) in overlay {
        match (base.get_mut(k), v) {
            (Some(J::Object(b)), J::Object(o)) => merge_values(b, o),
            _ => {
                base.insert(k.clone(), v.clone());
            }
        }
    }
}

/// CoalesceValues (merge = false) or MergeValues (merge = true) of `vals` over `chart`.
pub(crate) fn coalesce(chart: &Chart, vals: &M, merge: bool) -> Result<M> {
    let mut dest = vals.clone();
    coalesce_chart(chart, &mut dest, "", merge)?;
    Ok(dest)
}

fn coalesce_chart(chart: &Chart, dest: &mut M, prefix: &str, merge: bool) -> Result<()> {
    coalesce_values(chart, dest, prefix, merge);
    coalesce_deps(chart, dest, prefix, merge)
}

fn coalesce_deps(chart: &Chart, dest: &mut M, prefix: &str, merge: bool) -> Result<()> {
    for sub in &chart.dependencies {
        let name = sub.name().to_string();
        match dest.get(&name) {
            None => {
                dest.insert(name.clone(), J::Object(M::new()));
            }
            Some(J::Object(_)) => {}
            Some(other) => {
                return Err(Error::Values(format!(
                    "type mismatch on {name}: %!t({}={})",
                    go_type(other),
                    go_print(other)
                )));
            }
        }
        let sub_prefix = concat_prefix(prefix, chart.name());
        let parent_globals = dest.get("global").cloned();
        if let Some(J::Object(dv)) = dest.get_mut(&name) {
            coalesce_globals(dv, parent_globals.as_ref());
            coalesce_chart(sub, dv, &sub_prefix, merge)?;
        }
    }
    Ok(())
}

fn go_type(v: &J) -> &'static str {
    match v {
        J::String(_) => "string",
        J::Number(_) => "float64",
        J::Bool(_) => "bool",
        J::Array(_) => "[]interface {}",
        _ => "<nil>",
    }
}

fn go_print(v: &J) -> String {
    crate::template::gofmt::sprint_value(&crate::template::Value::from_json(v))
}

/// Copies the parent's `global` into the subchart's values: the parent wins, tables merge.
fn coalesce_globals(dest: &mut M, parent_global: Option<&J>) {
    let mut dg = match dest.get("global") {
        None => M::new(),
        Some(J::Object(m)) => m.clone(),
        Some(_) => return,
    };
    let sg = match parent_global {
        None => M::new(),
        Some(J::Object(m)) => m.clone(),
        Some(_) => return,
    };
    for (k, v) in sg {
        match &v {
            J::Object(vm) => {
                let mut vv = vm.clone();
                match dg.get(&k) {
                    None => {
                        dg.insert(k, J::Object(vv));
                    }
                    Some(J::Object(destv)) => {
                        let mut src = destv.clone();
                        coalesce_tables(&mut vv, &mut src, true);
                        dg.insert(k, J::Object(vv));
                    }
                    Some(_) => {}
                }
            }
            _ => {
                if !matches!(dg.get(&k), Some(J::Object(_))) {
                    dg.insert(k, v);
                }
            }
        }
    }
    dest.insert("global".into(), J::Object(dg));
}

/// Chart defaults under user values: a user `null` deletes the default; a chart's own `null`s
/// are dropped (coalescing, not merging), at any depth, except in a subchart's table.
fn coalesce_values(chart: &Chart, v: &mut M, _prefix: &str, merge: bool) {
    for (key, val) in chart.values.clone() {
        match v.get_mut(&key) {
            Some(J::Null) if !merge => {
                v.remove(&key);
            }
            Some(J::Object(dest)) => {
                if let J::Object(mut src) = val {
                    let child = chart.dependencies.iter().any(|d| d.name() == key);
                    let merge = child || merge;
                    if !merge {
                        drop_nulls(&mut src);
                    }
                    coalesce_tables(dest, &mut src, merge);
                }
            }
            Some(_) => {}
            None => {
                let mut val = val;
                if !merge {
                    match &mut val {
                        J::Null => continue,
                        J::Object(m) => drop_nulls(m),
                        _ => {}
                    }
                }
                v.insert(key, val);
            }
        }
    }
}

/// Deletes `null` entries from a table and its nested tables (not from lists).
fn drop_nulls(m: &mut M) {
    m.retain(|_, v| !v.is_null());
    for v in m.values_mut() {
        if let J::Object(sub) = v {
            drop_nulls(sub);
        }
    }
}

/// coalesceTablesFullKey: `dst` wins; `src` fills in; nulls in `dst` delete (unless merging).
pub(crate) fn coalesce_tables(dst: &mut M, src: &mut M, merge: bool) {
    let src_non_nil: std::collections::BTreeSet<String> = src
        .iter()
        .filter(|(_, v)| !v.is_null())
        .map(|(k, _)| k.clone())
        .collect();
    for (k, v) in dst.iter() {
        if v.is_null() {
            src.insert(k.clone(), J::Null);
        }
    }
    for (key, val) in src.iter_mut() {
        match dst.get_mut(key) {
            Some(J::Null) if !merge && src_non_nil.contains(key) => {
                dst.remove(key);
            }
            None => {
                dst.insert(key.clone(), val.clone());
            }
            Some(J::Object(dv)) => {
                if let J::Object(sv) = val {
                    coalesce_tables(dv, sv, merge);
                }
            }
            Some(_) => {}
        }
    }
}

fn path_value(vals: &M, path: &str) -> Option<J> {
    let parts: Vec<&str> = path.split('.').collect();
    let (last, tables) = parts.split_last()?;
    let mut cur = vals;
    for t in tables {
        match cur.get(*t) {
            Some(J::Object(m)) => cur = m,
            _ => return None,
        }
    }
    cur.get(*last).cloned()
}

/// Whether the chart or a subchart lists dependencies: without any,
/// [`process_dependencies`] changes nothing.
pub(crate) fn declares_dependencies(chart: &Chart) -> bool {
    !chart.metadata.dependencies.is_empty() || chart.dependencies.iter().any(declares_dependencies)
}

/// ProcessDependenciesWithMerge: drops disabled subcharts, applies aliases, imports values.
pub(crate) fn process_dependencies(chart: &mut Chart, vals: &M) -> Result<()> {
    process_enabled(chart, vals, "")?;
    process_import_values(chart)
}

fn compatible(constraint: &str, version: &str) -> bool {
    let Ok(v) = crate::funcs::semver::parse_version(version) else {
        return false;
    };
    crate::funcs::semver::satisfies(constraint, &v).unwrap_or(false)
}

fn process_enabled(chart: &mut Chart, vals: &M, path: &str) -> Result<()> {
    if chart.metadata.dependencies.is_empty() {
        return Ok(());
    }
    // Subcharts are moved, not copied (they hold every file), unless a later requirement uses
    // the same chart again (one chart under two aliases).
    let mut existing: Vec<Option<Chart>> = std::mem::take(&mut chart.dependencies)
        .into_iter()
        .map(Some)
        .collect();
    let reqs = &chart.metadata.dependencies;
    let matches = |r: &super::load::Dependency, c: &Chart| {
        r.name == c.name() && compatible(&r.version, &c.metadata.version)
    };
    let uses: Vec<Option<usize>> = reqs
        .iter()
        .map(|r| {
            existing
                .iter()
                .position(|c| c.as_ref().is_some_and(|c| matches(r, c)))
        })
        .collect();
    let mut deps: Vec<Chart> = existing
        .iter_mut()
        .filter(|e| {
            e.as_ref()
                .is_some_and(|e| !reqs.iter().any(|r| matches(r, e)))
        })
        .filter_map(Option::take)
        .collect();
    for (i, req) in chart.metadata.dependencies.iter_mut().enumerate() {
        let used = uses[i];
        let used_again = uses[i + 1..].contains(&used);
        let found = used.and_then(|k| {
            let slot = existing.get_mut(k)?;
            if used_again {
                slot.clone()
            } else {
                slot.take()
            }
        });
        if let Some(mut c) = found {
            if !req.alias.is_empty() {
                c.metadata.name = req.alias.clone();
                c.metadata
                    .raw
                    .insert("name".into(), J::String(req.alias.clone()));
            }
            deps.push(c);
        }
        if !req.alias.is_empty() {
            req.name = req.alias.clone();
        }
    }
    chart.dependencies = deps;
    let cvals = coalesce(chart, vals, false)?;
    let mut enabled: Vec<bool> = vec![true; chart.metadata.dependencies.len()];
    // tags
    if let Some(J::Object(tags)) = cvals.get("tags") {
        for (i, r) in chart.metadata.dependencies.iter().enumerate() {
            let (mut t, mut f) = (false, false);
            for k in &r.tags {
                match tags.get(k) {
                    Some(J::Bool(true)) => t = true,
                    Some(J::Bool(false)) => f = true,
                    _ => {}
                }
            }
            enabled[i] = t || !f;
        }
    }
    // conditions
    for (i, r) in chart.metadata.dependencies.iter().enumerate() {
        for c in r.condition.trim().split(',') {
            let c = c.trim();
            if c.is_empty() {
                continue;
            }
            if let Some(J::Bool(b)) = path_value(&cvals, &format!("{path}{c}")) {
                enabled[i] = b;
                break;
            }
        }
    }
    let disabled: Vec<String> = chart
        .metadata
        .dependencies
        .iter()
        .zip(&enabled)
        .filter(|(_, e)| !**e)
        .map(|(r, _)| r.name.clone())
        .collect();
    chart
        .dependencies
        .retain(|d| !disabled.contains(&d.metadata.name));
    chart
        .metadata
        .dependencies
        .retain(|r| !disabled.contains(&r.name));
    for d in &mut chart.dependencies {
        let sub = format!("{path}{}.", d.metadata.name);
        process_enabled(d, &cvals, &sub)?;
    }
    Ok(())
}

fn table<'a>(vals: &'a M, path: &str) -> Option<&'a M> {
    let mut cur = vals;
    for p in path.split('.').filter(|p| !p.is_empty()) {
        match cur.get(p) {
            Some(J::Object(m)) => cur = m,
            _ => return None,
        }
    }
    Some(cur)
}

fn path_to_map(path: &str, data: M) -> M {
    if path == "." {
        return data;
    }
    let parts: Vec<&str> = path.split('.').filter(|p| !p.is_empty()).collect();
    let mut cur = data;
    for p in parts.iter().rev() {
        let mut m = M::new();
        m.insert((*p).to_string(), J::Object(cur));
        cur = m;
    }
    cur
}

fn process_import_values(chart: &mut Chart) -> Result<()> {
    for d in &mut chart.dependencies {
        process_import_values(d)?;
    }
    if chart.metadata.dependencies.is_empty() {
        return Ok(());
    }
    let cvals = coalesce(chart, &M::new(), true)?;
    let mut b = M::new();
    for r in &chart.metadata.dependencies {
        for iv in &r.import_values {
            match iv {
                J::Object(m) => {
                    let s = |k: &str| {
                        m.get(k)
                            .map(|v| match v {
                                J::String(s) => s.clone(),
                                other => go_print(other),
                            })
                            .unwrap_or_else(|| "<nil>".into())
                    };
                    let (child, parent) = (s("child"), s("parent"));
                    if let Some(vv) = table(&cvals, &format!("{}.{child}", r.name)) {
                        let mut src = path_to_map(&parent, vv.clone());
                        coalesce_tables(&mut b, &mut src, true);
                    }
                }
                J::String(name) => {
                    if let Some(vm) = table(&cvals, &format!("{}.exports.{name}", r.name)) {
                        let mut src = vm.clone();
                        coalesce_tables(&mut b, &mut src, true);
                    }
                }
                _ => {}
            }
        }
    }
    let mut out = cvals;
    coalesce_tables(&mut out, &mut b, true);
    chart.values = out;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn obj(v: J) -> M {
        match v {
            J::Object(m) => m,
            _ => M::new(),
        }
    }

    #[test]
    fn user_null_deletes_a_default_and_tables_merge() {
        let chart = Chart {
            values: obj(json!({"a": 1, "b": {"c": 2, "d": 3}, "e": "x"})),
            ..Chart::default()
        };
        let got = coalesce(
            &chart,
            &obj(json!({"a": null, "b": {"d": null, "f": 4}})),
            false,
        )
        .unwrap();
        assert_eq!(J::Object(got), json!({"b": {"c": 2, "f": 4}, "e": "x"}));
    }
}
