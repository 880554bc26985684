//! sprig's list functions: `list`, `append`, `first`, `uniq`, `has`, `concat`, `until`….

use super::{Res, add, int_arg, list_arg, to_i64};
use crate::template::exec::{Exec, Funcs};
use crate::template::value::Value;

type E<'a, 'b> = &'a mut Exec<'b>;

fn l(v: Vec<Value>) -> Res {
    Ok(Value::list(v))
}

/// reflect.DeepEqual on template values (type-sensitive).
pub(crate) fn deep_equal(a: &Value, b: &Value) -> bool {
    a == b
}

pub(crate) fn register(f: &mut Funcs) {
    add(f, "list", |_: E, a| l(a), 0, None);
    add(f, "tuple", |_: E, a| l(a), 0, None);
    for name in ["append", "push", "mustAppend", "mustPush"] {
        add(
            f,
            name,
            |_: E, a| {
                let mut v = list_arg(&a[0], "push")?;
                v.push(a[1].clone());
                l(v)
            },
            2,
            Some(2),
        );
    }
    for name in ["prepend", "mustPrepend"] {
        add(
            f,
            name,
            |_: E, a| {
                let mut v = list_arg(&a[0], "prepend")?;
                v.insert(0, a[1].clone());
                l(v)
            },
            2,
            Some(2),
        );
    }
    for name in ["first", "mustFirst"] {
        add(
            f,
            name,
            |_: E, a| {
                Ok(list_arg(&a[0], "find first")?
                    .first()
                    .cloned()
                    .unwrap_or_default())
            },
            1,
            Some(1),
        );
    }
    for name in ["last", "mustLast"] {
        add(
            f,
            name,
            |_: E, a| {
                Ok(list_arg(&a[0], "find last")?
                    .last()
                    .cloned()
                    .unwrap_or_default())
            },
            1,
            Some(1),
        );
    }
    for name in ["rest", "mustRest"] {
        add(
            f,
            name,
            |_: E, a| {
                let v = list_arg(&a[0], "find rest")?;
                if v.is_empty() {
                    // a nil []interface{}: prints as []
                    l(Vec::new())
                } else {
                    l(v[1..].to_vec())
                }
            },
            1,
            Some(1),
        );
    }
    for name in ["initial", "mustInitial"] {
        add(
            f,
            name,
            |_: E, a| {
                let v = list_arg(&a[0], "find initial")?;
                if v.is_empty() {
                    // a nil []interface{}: prints as []
                    l(Vec::new())
                } else {
                    l(v[..v.len() - 1].to_vec())
                }
            },
            1,
            Some(1),
        );
    }
    for name in ["reverse", "mustReverse"] {
        add(
            f,
            name,
            |_: E, a| {
                let mut v = list_arg(&a[0], "find reverse")?;
                v.reverse();
                l(v)
            },
            1,
            Some(1),
        );
    }
    for name in ["uniq", "mustUniq"] {
        add(
            f,
            name,
            |_: E, a| {
                let v = list_arg(&a[0], "find uniq")?;
                let mut out: Vec<Value> = Vec::new();
                for x in v {
                    if !out.iter().any(|y| deep_equal(y, &x)) {
                        out.push(x);
                    }
                }
                l(out)
            },
            1,
            Some(1),
        );
    }
    for name in ["compact", "mustCompact"] {
        add(
            f,
            name,
            |_: E, a| {
                l(list_arg(&a[0], "compact")?
                    .into_iter()
                    .filter(Value::is_true)
                    .collect())
            },
            1,
            Some(1),
        );
    }
    for name in ["without", "mustWithout"] {
        add(
            f,
            name,
            |_: E, a| {
                let v = list_arg(&a[0], "find without")?;
                l(v.into_iter()
                    .filter(|x| !a[1..].iter().any(|y| deep_equal(x, y)))
                    .collect())
            },
            1,
            None,
        );
    }
    for name in ["has", "mustHas"] {
        add(
            f,
            name,
            |_: E, a| {
                if matches!(a[1], Value::Nil) {
                    return Ok(Value::Bool(false));
                }
                let v = list_arg(&a[1], "find has")?;
                Ok(Value::Bool(v.iter().any(|x| deep_equal(&a[0], x))))
            },
            2,
            Some(2),
        );
    }
    for name in ["slice", "mustSlice"] {
        add(
            f,
            name,
            |_: E, a| {
                let v = match &a[0] {
                    Value::Nil => Vec::new(),
                    other => other.as_list().ok_or_else(|| {
                        format!(
                            "list should be type of slice or array but {}",
                            other.kind_name()
                        )
                    })?,
                };
                let len = v.len() as i64;
                let lo = a.get(1).map(to_i64).unwrap_or(0);
                let hi = a.get(2).map(to_i64).unwrap_or(len);
                if lo < 0 || hi > len || lo > hi {
                    return Err(format!("slice bounds out of range [{lo}:{hi}]"));
                }
                l(v[lo as usize..hi as usize].to_vec())
            },
            1,
            Some(3),
        );
    }
    for name in ["chunk", "mustChunk"] {
        add(
            f,
            name,
            |_: E, a| {
                let size = int_arg(&a[0])?.max(1) as usize;
                let v = list_arg(&a[1], "chunk")?;
                l(v.chunks(size).map(|c| Value::list(c.to_vec())).collect())
            },
            2,
            Some(2),
        );
    }
    add(
        f,
        "concat",
        |_: E, a| {
            let mut out = Vec::new();
            for x in &a {
                out.extend(list_arg(x, "concat")?);
            }
            l(out)
        },
        0,
        None,
    );
    add(
        f,
        "until",
        |_: E, a| {
            let n = int_arg(&a[0])?;
            l(step_range(0, n, if n < 0 { -1 } else { 1 }))
        },
        1,
        Some(1),
    );
    add(
        f,
        "untilStep",
        |_: E, a| {
            l(step_range(
                int_arg(&a[0])?,
                int_arg(&a[1])?,
                int_arg(&a[2])?,
            ))
        },
        3,
        Some(3),
    );
    add(
        f,
        "seq",
        |_: E, a| {
            let n: Vec<i64> = a.iter().map(to_i64).collect();
            let (start, step, end) = match n.as_slice() {
                [] => return Ok(Value::str("")),
                [e] => (1, if *e >= 1 { 1 } else { -1 }, *e),
                [s, e] => (*s, if e >= s { 1 } else { -1 }, *e),
                [s, st, e, ..] => (*s, *st, *e),
            };
            let end_inclusive = if step > 0 { end + 1 } else { end - 1 };
            let v: Vec<String> = step_range(start, end_inclusive, step)
                .iter()
                .map(super::strval)
                .collect();
            Ok(Value::str(v.join(" ")))
        },
        0,
        None,
    );
}

fn step_range(start: i64, stop: i64, step: i64) -> Vec<Value> {
    let mut out = Vec::new();
    if step == 0 {
        return out;
    }
    let mut i = start;
    while (step > 0 && i < stop) || (step < 0 && i > stop) {
        out.push(Value::Int(i));
        i += step;
        if out.len() > 1_000_000 {
            break;
        }
    }
    out
}
