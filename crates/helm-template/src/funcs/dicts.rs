//! sprig's dict functions: `dict`, `set`, `hasKey`, `pick`, `omit`, `merge`, `dig`….

use std::collections::BTreeMap;
use std::rc::Rc;

use super::{Res, add, is_empty, string_arg, strval};
use crate::template::exec::{Exec, Funcs};
use crate::template::value::{Map, Value};

type E<'a, 'b> = &'a mut Exec<'b>;

/// A typed `map[string]interface{}` parameter; nil becomes `None` (a nil map). (A field holding
/// nil written as the argument itself is refused before the call, in `exec`.)
fn map_arg(v: &Value) -> Result<Option<Map>, String> {
    match v {
        Value::Map(m) => Ok(Some(m.clone())),
        Value::Nil => Ok(None),
        other => Err(format!(
            "wrong type for value; expected map[string]interface {{}}; got {}",
            other.type_name()
        )),
    }
}

fn entries(m: &Option<Map>) -> BTreeMap<String, Value> {
    m.as_ref().map(|m| m.borrow().clone()).unwrap_or_default()
}

pub(crate) fn register(f: &mut Funcs) {
    add(
        f,
        "dict",
        |_: E, a| {
            let mut m = BTreeMap::new();
            for pair in a.chunks(2) {
                m.insert(
                    strval(&pair[0]),
                    pair.get(1).cloned().unwrap_or_else(|| Value::str("")),
                );
            }
            Ok(Value::map(m))
        },
        0,
        None,
    );
    add(
        f,
        "get",
        |_: E, a| {
            let m = map_arg(&a[0])?;
            let k = string_arg(&a[1])?;
            Ok(entries(&m)
                .get(&k)
                .cloned()
                .unwrap_or_else(|| Value::str("")))
        },
        2,
        Some(2),
    );
    add(
        f,
        "set",
        |_: E, a| {
            let m = map_arg(&a[0])?.ok_or("assignment to entry in nil map")?;
            let k = string_arg(&a[1])?;
            m.borrow_mut().insert(k, a[2].clone());
            Ok(Value::Map(m))
        },
        3,
        Some(3),
    );
    add(
        f,
        "unset",
        |_: E, a| {
            let Some(m) = map_arg(&a[0])? else {
                return Ok(Value::empty_map());
            };
            let k = string_arg(&a[1])?;
            m.borrow_mut().remove(&k);
            Ok(Value::Map(m))
        },
        2,
        Some(2),
    );
    add(
        f,
        "hasKey",
        |_: E, a| {
            let m = map_arg(&a[0])?;
            let k = string_arg(&a[1])?;
            Ok(Value::Bool(m.is_some_and(|m| m.borrow().contains_key(&k))))
        },
        2,
        Some(2),
    );
    add(
        f,
        "pluck",
        |_: E, a| {
            let k = string_arg(&a[0])?;
            let mut out = Vec::new();
            for d in &a[1..] {
                if let Some(v) = entries(&map_arg(d)?).get(&k) {
                    out.push(v.clone());
                }
            }
            Ok(Value::list(out))
        },
        1,
        None,
    );
    add(
        f,
        "keys",
        |_: E, a| {
            let mut out = Vec::new();
            for d in &a {
                out.extend(entries(&map_arg(d)?).into_keys());
            }
            Ok(Value::StrList(Rc::new(out)))
        },
        0,
        None,
    );
    add(
        f,
        "values",
        |_: E, a| {
            Ok(Value::list(
                entries(&map_arg(&a[0])?).into_values().collect(),
            ))
        },
        1,
        Some(1),
    );
    add(
        f,
        "pick",
        |_: E, a| {
            let m = entries(&map_arg(&a[0])?);
            let mut out = BTreeMap::new();
            for k in &a[1..] {
                let k = string_arg(k)?;
                if let Some(v) = m.get(&k) {
                    out.insert(k, v.clone());
                }
            }
            Ok(Value::map(out))
        },
        1,
        None,
    );
    add(
        f,
        "omit",
        |_: E, a| {
            let mut m = entries(&map_arg(&a[0])?);
            for k in &a[1..] {
                m.remove(&string_arg(k)?);
            }
            Ok(Value::map(m))
        },
        1,
        None,
    );
    for (name, overwrite) in [
        ("merge", false),
        ("mustMerge", false),
        ("mergeOverwrite", true),
        ("mustMergeOverwrite", true),
    ] {
        let func: crate::template::exec::FuncImpl = if overwrite {
            |_: E, a| merge_all(a, true)
        } else {
            |_: E, a| merge_all(a, false)
        };
        add(f, name, func, 1, None);
    }
    for name in ["deepCopy", "mustDeepCopy"] {
        add(
            f,
            name,
            |_: E, a| match &a[0] {
                // copystructure reflects on the value; nil has no type
                Value::Nil => Err("reflect: call of reflect.Value.Type on zero Value".into()),
                v => Ok(v.deep_copy()),
            },
            1,
            Some(1),
        );
    }
    add(
        f,
        "dig",
        |e: E, a| {
            if a.len() < 3 {
                return Err("dig needs at least three arguments".into());
            }
            // sprig asserts every step is a map[string]interface{} (Go panics otherwise)
            let as_dict = |v: &Value| match v {
                Value::Map(_) if e.go_type_name(v) != "map[string]interface {}" => Err(format!(
                    "interface conversion: interface {{}} is {}, not map[string]interface {{}}",
                    e.go_type_name(v)
                )),
                Value::Map(m) => Ok(m.clone()),
                Value::Nil => Err(
                    "interface conversion: interface {} is nil, not map[string]interface {}"
                        .to_string(),
                ),
                other => Err(format!(
                    "interface conversion: interface {{}} is {}, not map[string]interface {{}}",
                    other.type_name()
                )),
            };
            let default = a[a.len() - 2].clone();
            let keys = a[..a.len() - 2]
                .iter()
                .map(string_arg)
                .collect::<Result<Vec<_>, _>>()?;
            let mut dict = as_dict(&a[a.len() - 1])?;
            for (i, k) in keys.iter().enumerate() {
                let Some(step) = dict.borrow().get(k).cloned() else {
                    return Ok(default);
                };
                if i + 1 == keys.len() {
                    return Ok(step);
                }
                dict = as_dict(&step)?;
            }
            Ok(default)
        },
        3,
        None,
    );
}

fn merge_all(a: Vec<Value>, overwrite: bool) -> Res {
    let Some(dst) = map_arg(&a[0])? else {
        return Ok(Value::empty_map());
    };
    for src in &a[1..] {
        if let Some(src) = map_arg(src)? {
            merge_into(&dst, &src, overwrite, 0);
        }
    }
    Ok(Value::Map(dst))
}

/// mergo's Merge / MergeWithOverwrite on maps.
pub(crate) fn merge_into(dst: &Map, src: &Map, overwrite: bool, depth: usize) {
    if Rc::ptr_eq(dst, src) || depth > 64 {
        return;
    }
    let items: Vec<(String, Value)> = src
        .borrow()
        .iter()
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    for (k, sv) in items {
        let dv = dst.borrow().get(&k).cloned();
        if matches!(sv, Value::Nil) {
            // mergeOverwrite copies a nil over anything; merge never copies one
            if overwrite {
                dst.borrow_mut().insert(k, sv);
            }
            continue;
        }
        if let (Some(Value::Map(dm)), Value::Map(sm)) = (&dv, &sv) {
            merge_into(dm, sm, overwrite, depth + 1);
            continue;
        }
        let dst_empty = dv.as_ref().is_none_or(is_empty);
        if overwrite || dst_empty {
            if !overwrite
                && matches!(sv, Value::Map(_))
                && dv.as_ref().is_some_and(|d| !is_empty(d))
            {
                continue;
            }
            dst.borrow_mut().insert(k, sv);
        }
    }
}
