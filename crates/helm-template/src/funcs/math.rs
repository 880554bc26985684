//! sprig's arithmetic, conversions and flow helpers (`default`, `ternary`, `coalesce`, type tests).

use super::decimal::{self, Op};
use super::{Res, add, int_arg, is_empty, string_arg, to_f64, to_i64};
use crate::template::exec::{Exec, Funcs};
use crate::template::value::Value;

type E<'a, 'b> = &'a mut Exec<'b>;

fn i(v: i64) -> Res {
    Ok(Value::Int64(v))
}

fn f(v: f64) -> Res {
    Ok(Value::Float(v))
}

fn decimal_op(op: Op, first: f64, rest: &[f64]) -> Res {
    decimal::fold(op, first, rest)
        .map(Value::Float)
        .map_err(str::to_string)
}

pub(crate) fn register(t: &mut Funcs) {
    add(
        t,
        "add",
        |_: E, a| i(a.iter().map(to_i64).fold(0i64, i64::wrapping_add)),
        0,
        None,
    );
    add(
        t,
        "add1",
        |_: E, a| i(to_i64(&a[0]).wrapping_add(1)),
        1,
        Some(1),
    );
    add(
        t,
        "sub",
        |_: E, a| i(to_i64(&a[0]).wrapping_sub(to_i64(&a[1]))),
        2,
        Some(2),
    );
    add(
        t,
        "mul",
        |_: E, a| i(a.iter().map(to_i64).fold(1i64, i64::wrapping_mul)),
        1,
        None,
    );
    add(
        t,
        "div",
        |_: E, a| {
            let d = to_i64(&a[1]);
            if d == 0 {
                return Err("runtime error: integer divide by zero".into());
            }
            i(to_i64(&a[0]).wrapping_div(d))
        },
        2,
        Some(2),
    );
    add(
        t,
        "mod",
        |_: E, a| {
            let d = to_i64(&a[1]);
            if d == 0 {
                return Err("runtime error: integer divide by zero".into());
            }
            i(to_i64(&a[0]).wrapping_rem(d))
        },
        2,
        Some(2),
    );
    for name in ["max", "biggest"] {
        add(
            t,
            name,
            |_: E, a| i(a.iter().map(to_i64).max().unwrap_or(0)),
            1,
            None,
        );
    }
    add(
        t,
        "min",
        |_: E, a| i(a.iter().map(to_i64).min().unwrap_or(0)),
        1,
        None,
    );
    add(
        t,
        "maxf",
        |_: E, a| f(a.iter().map(to_f64).fold(f64::MIN, f64::max)),
        1,
        None,
    );
    add(
        t,
        "minf",
        |_: E, a| f(a.iter().map(to_f64).fold(f64::MAX, f64::min)),
        1,
        None,
    );
    add(
        t,
        "addf",
        |_: E, a| decimal_op(Op::Add, 0.0, &a.iter().map(to_f64).collect::<Vec<_>>()),
        0,
        None,
    );
    add(t, "add1f", |_: E, a| f(to_f64(&a[0]) + 1.0), 1, Some(1));
    add(
        t,
        "subf",
        |_: E, a| {
            decimal_op(
                Op::Sub,
                to_f64(&a[0]),
                &a[1..].iter().map(to_f64).collect::<Vec<_>>(),
            )
        },
        1,
        None,
    );
    add(
        t,
        "mulf",
        |_: E, a| {
            decimal_op(
                Op::Mul,
                to_f64(&a[0]),
                &a[1..].iter().map(to_f64).collect::<Vec<_>>(),
            )
        },
        1,
        None,
    );
    add(
        t,
        "divf",
        |_: E, a| {
            decimal_op(
                Op::Div,
                to_f64(&a[0]),
                &a[1..].iter().map(to_f64).collect::<Vec<_>>(),
            )
        },
        1,
        None,
    );
    add(t, "floor", |_: E, a| f(to_f64(&a[0]).floor()), 1, Some(1));
    add(t, "ceil", |_: E, a| f(to_f64(&a[0]).ceil()), 1, Some(1));
    add(
        t,
        "round",
        |_: E, a| {
            let x = to_f64(&a[0]);
            let p = to_i64(&a[1]);
            let r = a.get(2).map_or(0.5, to_f64);
            let pow = 10f64.powi(p as i32);
            let digit = pow * x;
            let (int, frac) = (digit.trunc(), digit.fract());
            let rounded = if frac >= r { int + 1.0 } else { int };
            f(rounded / pow)
        },
        2,
        Some(3),
    );
    add(
        t,
        "int",
        |_: E, a| Ok(Value::Int(to_i64(&a[0]))),
        1,
        Some(1),
    );
    add(t, "int64", |_: E, a| i(to_i64(&a[0])), 1, Some(1));
    add(t, "float64", |_: E, a| f(to_f64(&a[0])), 1, Some(1));
    add(
        t,
        "atoi",
        |_: E, a| Ok(Value::Int(string_arg(&a[0])?.trim().parse().unwrap_or(0))),
        1,
        Some(1),
    );
    add(
        t,
        "toDecimal",
        |_: E, a| i(i64::from_str_radix(&super::strval(&a[0]), 8).unwrap_or(0)),
        1,
        Some(1),
    );
    add(
        t,
        "randInt",
        |_: E, a| {
            let (lo, hi) = (int_arg(&a[0])?, int_arg(&a[1])?);
            if hi <= lo {
                return Err("invalid argument to Intn".into());
            }
            Ok(Value::Int(
                lo + (super::crypto::random_u64() % (hi - lo) as u64) as i64,
            ))
        },
        2,
        Some(2),
    );
    add(
        t,
        "default",
        |_: E, a| {
            let given = a.get(1).cloned().unwrap_or_default();
            Ok(if is_empty(&given) {
                a[0].clone()
            } else {
                given
            })
        },
        1,
        Some(2),
    );
    add(
        t,
        "empty",
        |_: E, a| Ok(Value::Bool(is_empty(&a[0]))),
        1,
        Some(1),
    );
    add(
        t,
        "coalesce",
        |_: E, a| Ok(a.iter().find(|v| !is_empty(v)).cloned().unwrap_or_default()),
        0,
        None,
    );
    add(
        t,
        "all",
        |_: E, a| Ok(Value::Bool(a.iter().all(|v| !is_empty(v)))),
        0,
        None,
    );
    add(
        t,
        "any",
        |_: E, a| Ok(Value::Bool(a.iter().any(|v| !is_empty(v)))),
        0,
        None,
    );
    add(
        t,
        "ternary",
        |_: E, a| match &a[2] {
            Value::Bool(b) => Ok(if *b { a[0].clone() } else { a[1].clone() }),
            other => Err(format!(
                "wrong type for value; expected bool; got {}",
                other.type_name()
            )),
        },
        3,
        Some(3),
    );
    add(
        t,
        "typeOf",
        |e: E, a| Ok(Value::str(e.go_type_name(&a[0]))),
        1,
        Some(1),
    );
    add(
        t,
        "typeIs",
        |e: E, a| Ok(Value::Bool(string_arg(&a[0])? == e.go_type_name(&a[1]))),
        2,
        Some(2),
    );
    add(
        t,
        "typeIsLike",
        |e: E, a| {
            let want = string_arg(&a[0])?;
            let t = e.go_type_name(&a[1]);
            Ok(Value::Bool(want == t || want == format!("*{t}")))
        },
        2,
        Some(2),
    );
    add(
        t,
        "kindOf",
        |_: E, a| Ok(Value::str(a[0].kind_name())),
        1,
        Some(1),
    );
    add(
        t,
        "kindIs",
        |_: E, a| Ok(Value::Bool(string_arg(&a[0])? == a[1].kind_name())),
        2,
        Some(2),
    );
    add(
        t,
        "deepEqual",
        |_: E, a| Ok(Value::Bool(super::lists::deep_equal(&a[0], &a[1]))),
        2,
        Some(2),
    );
    add(t, "getHostByName", |_: E, _| Ok(Value::str("")), 1, Some(1));
}
