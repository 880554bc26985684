//! Helm's own template functions: `include`, `tpl`, `required`, `fail`, `lookup`.

use std::rc::Rc;

use super::{Res, add, string_arg};
use crate::template::exec::{Exec, Funcs};
use crate::template::gofmt::go_quote;
use crate::template::value::Value;

type E<'a, 'b> = &'a mut Exec<'b>;

/// Markers Helm wraps `required`/`fail` messages in, to find them again in nested errors.
pub(crate) const WARN_START: &str = "HELM_ERR_START";
/// End marker of a wrapped message.
pub(crate) const WARN_END: &str = "HELM_ERR_END";

const RECURSION_MAX: usize = 1000;

pub(crate) fn register(f: &mut Funcs) {
    add(f, "include", include, 2, Some(2));
    add(f, "tpl", tpl, 2, Some(2));
    add(
        f,
        "required",
        |_: E, a| -> Res {
            let warn = string_arg(&a[0])?;
            match &a[1] {
                Value::Nil => Err(format!("{WARN_START}{warn}{WARN_END}")),
                Value::Str(s) if s.is_empty() => Err(format!("{WARN_START}{warn}{WARN_END}")),
                v => Ok(v.clone()),
            }
        },
        2,
        Some(2),
    );
    add(
        f,
        "fail",
        |_: E, a| -> Res { Err(format!("{WARN_START}{}{WARN_END}", string_arg(&a[0])?)) },
        1,
        Some(1),
    );
    add(
        f,
        "lookup",
        |_: E, a| -> Res {
            for v in &a {
                string_arg(v)?;
            }
            Ok(Value::empty_map())
        },
        4,
        Some(4),
    );
    add(
        f,
        "env",
        |_: E, _| Err("\"env\" is not a defined function".into()),
        1,
        Some(1),
    );
}

fn include(ex: E, a: Vec<Value>) -> Res {
    let name = string_arg(&a[0])?;
    let depth = ex.depth();
    let count = ex.include_counts.entry(name.clone()).or_insert(0);
    if *count > RECURSION_MAX || depth >= 150 {
        return Err(format!(
            "unable to execute template: rendering template has a nested reference name: {name}"
        ));
    }
    *count += 1;
    let r = ex.execute(&name, a[1].clone());
    if let Some(c) = ex.include_counts.get_mut(&name) {
        *c = c.saturating_sub(1);
    }
    r.map(Value::str)
}

fn tpl(ex: E, a: Vec<Value>) -> Res {
    let text = string_arg(&a[0])?;
    let mut trees = (*ex.trees).clone();
    crate::template::add_parsed(&mut trees, ex.funcs, "gotpl", text.as_str().into())
        .map_err(|e| format!("cannot parse template {}: {e}", go_quote(&text)))?;
    let saved = std::mem::replace(&mut ex.trees, Rc::new(trees));
    let r = ex.execute("gotpl", a[1].clone());
    ex.trees = saved;
    match r {
        Ok(out) => Ok(Value::str(out.replace("<no value>", ""))),
        Err(e) => Err(format!(
            "error during tpl function execution for {}: {e}",
            go_quote(&text)
        )),
    }
}
