//! Helm's engine: parse every template of a chart and its subcharts into one set, execute each
//! file with its chart's scope, and turn Go's errors into Helm's messages.

use std::collections::BTreeMap;
use std::rc::Rc;

use serde_json::{Map, Value as J};

use super::load::Chart;
use super::objects;
use crate::error::{Error, Result};
use crate::funcs::helm::{WARN_END, WARN_START};
use crate::template::value::Value;
use crate::template::{Set, exec::MissingKey};

/// What the engine needs besides the chart and values.
pub(crate) struct EngineInput<'a> {
    pub release_name: &'a str,
    pub namespace: &'a str,
    pub revision: i64,
    pub is_upgrade: bool,
    pub kube_version: &'a str,
    pub api_versions: &'a [String],
    pub helm_version: &'a str,
    pub strict: bool,
}

struct Renderable {
    src: Rc<str>,
    scope: Value,
    base_path: String,
}

/// Renders every template file; returns file path → output (partials excluded).
pub(crate) fn render_files(
    chart: &Chart,
    values: &Map<String, J>,
    input: &EngineInput<'_>,
) -> Result<BTreeMap<String, String>> {
    let caps =
        objects::capabilities_value(input.kube_version, input.api_versions, input.helm_version);
    let release = objects::release_value(
        input.release_name,
        input.namespace,
        input.revision,
        input.is_upgrade,
    );
    let root_values = Value::from_json_map(values);
    let mut tpls: BTreeMap<String, Renderable> = BTreeMap::new();
    collect(chart, "", true, &root_values, &caps, &release, &mut tpls);

    let mut set = Set::new(crate::funcs::table());
    if input.strict {
        set.missing_key = MissingKey::Error;
    }
    let keys = sort_templates(tpls.keys().cloned().collect());
    for name in &keys {
        let r = &tpls[name];
        set.parse(name, r.src.clone())
            .map_err(|e| cleanup_parse_error(name, &e))?;
    }
    // helm v4 gives each scope, its .Values and .Template the named type common.Values (a
    // subchart's .Values only as its own; see Exec::go_type_name)
    let mut named = Vec::new();
    if let Value::Map(v) = &root_values {
        named.push(v.clone());
    }
    for r in tpls.values() {
        if let Value::Map(m) = &r.scope {
            named.push(m.clone());
        }
    }
    let mut out = BTreeMap::new();
    for name in &keys {
        let base = name.rsplit('/').next().unwrap_or(name);
        if base.starts_with('_') {
            continue;
        }
        let r = &tpls[name];
        if let Value::Map(m) = &r.scope {
            let mut t = BTreeMap::new();
            t.insert("Name".to_string(), Value::str(name.as_str()));
            t.insert("BasePath".to_string(), Value::str(r.base_path.as_str()));
            let t = Value::map(t);
            if let Value::Map(tm) = &t {
                named.push(tm.clone());
            }
            m.borrow_mut().insert("Template".into(), t);
        }
        set.named_maps = Rc::new(named.clone());
        let text = set
            .execute(name, r.scope.clone(), None)
            .map_err(|e| cleanup_exec_error(name, &e))?;
        let text = if text.contains("<no value>") {
            text.replace("<no value>", "")
        } else {
            text
        };
        out.insert(name.clone(), text);
    }
    Ok(out)
}

/// recAllTpls: each chart's scope (`.Values` narrowed to the subchart) and its templates.
fn collect(
    chart: &Chart,
    parent_path: &str,
    is_root: bool,
    values: &Value,
    caps: &Value,
    release: &Value,
    out: &mut BTreeMap<String, Renderable>,
) -> Value {
    let files: BTreeMap<String, Rc<[u8]>> = chart
        .files
        .iter()
        .map(|f| (f.name.clone(), Rc::from(f.data.as_slice())))
        .collect();
    let subcharts = Value::empty_map();
    let mut next = BTreeMap::new();
    next.insert("Chart".to_string(), objects::chart_value(chart, is_root));
    next.insert("Files".to_string(), objects::files_object(Rc::new(files)));
    next.insert("Release".to_string(), release.clone());
    next.insert("Capabilities".to_string(), caps.clone());
    next.insert("Values".to_string(), values.clone());
    next.insert("Subcharts".to_string(), subcharts.clone());
    let next = Value::map(next);
    let full_path = if parent_path.is_empty() {
        chart.name().to_string()
    } else {
        format!("{parent_path}/charts/{}", chart.name())
    };
    for dep in &chart.dependencies {
        let sub_values = match values.get(dep.name()) {
            Some(v @ Value::Map(_)) => v,
            _ => Value::empty_map(),
        };
        let child = collect(dep, &full_path, false, &sub_values, caps, release, out);
        if let Value::Map(m) = &subcharts {
            m.borrow_mut().insert(dep.name().to_string(), child);
        }
    }
    for t in &chart.templates {
        let base = t.name.rsplit('/').next().unwrap_or(&t.name);
        if chart.is_library() && !base.starts_with('_') {
            continue;
        }
        out.insert(
            format!("{full_path}/{}", t.name),
            Renderable {
                src: super::lossy_utf8(&t.data).into(),
                scope: next.clone(),
                base_path: format!("{full_path}/templates"),
            },
        );
    }
    next
}

/// Helm parses deeper paths first; equal depths in reverse lexical order.
fn sort_templates(mut keys: Vec<String>) -> Vec<String> {
    keys.sort_by(|a, b| {
        let (ca, cb) = (a.matches('/').count(), b.matches('/').count());
        cb.cmp(&ca).then_with(|| b.cmp(a))
    });
    keys
}

fn cleanup_parse_error(file: &str, err: &str) -> Error {
    let tokens: Vec<&str> = err.split(": ").collect();
    if tokens.len() == 1 {
        return Error::Parse {
            location: file.to_string(),
            message: err.to_string(),
        };
    }
    Error::Parse {
        location: tokens[1].to_string(),
        message: tokens[tokens.len() - 1].to_string(),
    }
}

fn cleanup_exec_error(file: &str, err: &str) -> Error {
    let tokens: Vec<&str> = err.splitn(3, ": ").collect();
    if tokens.len() != 3 {
        return Error::Execute {
            file: file.to_string(),
            message: format!("execution error in ({file}): {err}"),
        };
    }
    if let (Some(s), Some(e)) = (tokens[2].find(WARN_START), tokens[2].rfind(WARN_END))
        && s + WARN_START.len() <= e
    {
        let msg = &tokens[2][s + WARN_START.len()..e];
        return Error::Execute {
            file: file.to_string(),
            message: format!("execution error at ({}): {msg}", tokens[1]),
        };
    }
    Error::Execute {
        file: file.to_string(),
        message: err.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deeper_templates_parse_first() {
        let k = sort_templates(vec![
            "a/templates/x".into(),
            "a/charts/b/templates/y".into(),
            "a/templates/z".into(),
        ]);
        assert_eq!(
            k,
            vec!["a/charts/b/templates/y", "a/templates/z", "a/templates/x"]
        );
    }

    #[test]
    fn required_errors_are_reported_at_their_location() {
        let e = cleanup_exec_error(
            "c/templates/x.yaml",
            "template: c/templates/x.yaml:3:4: executing \"c/templates/x.yaml\" at <required \"m\" .x>: error calling required: HELM_ERR_STARTneed xHELM_ERR_END",
        );
        assert_eq!(
            e.to_string(),
            "execution error at (c/templates/x.yaml:3:4): need x"
        );
    }
}
