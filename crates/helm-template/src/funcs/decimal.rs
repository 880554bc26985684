//! Decimal arithmetic for sprig's `addf`, `subf`, `mulf` and `divf`, which convert each float to
//! its shortest decimal form, compute exactly in decimal (division: 16 places, half away from
//! zero) and convert the result back to the nearest float64. So `addf 0.1 0.2` is `0.3`.

/// A decimal `mantissa × 10^exp`.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Dec {
    m: i128,
    e: i32,
}

/// Places a quotient keeps (shopspring/decimal's `DivisionPrecision`).
const DIV_PLACES: i32 = 16;

fn from_f64(f: f64) -> Option<Dec> {
    if !f.is_finite() {
        return None;
    }
    // `{:e}` is the shortest representation that reads back as `f`: `-1.25e-3`
    let s = format!("{f:e}");
    let (mant, exp) = s.split_once('e')?;
    let exp: i32 = exp.parse().ok()?;
    let (int, frac) = mant.split_once('.').unwrap_or((mant, ""));
    let digits = format!("{int}{frac}");
    let m: i128 = digits.parse().ok()?;
    Some(Dec {
        m,
        e: exp - frac.len() as i32,
    })
}

fn to_f64(d: Dec) -> f64 {
    format!("{}e{}", d.m, d.e).parse().unwrap_or(f64::NAN)
}

fn pow10(n: u32) -> Option<i128> {
    10i128.checked_pow(n)
}

/// Brings both to the smaller exponent; `None` when a mantissa would overflow.
fn align(a: Dec, b: Dec) -> Option<(i128, i128, i32)> {
    let e = a.e.min(b.e);
    let am = a.m.checked_mul(pow10((a.e - e) as u32)?)?;
    let bm = b.m.checked_mul(pow10((b.e - e) as u32)?)?;
    Some((am, bm, e))
}

/// The operations sprig runs through decimals.
#[derive(Clone, Copy)]
pub(crate) enum Op {
    Add,
    Sub,
    Mul,
    Div,
}

/// Why a decimal operation failed (only division by zero; Go panics, the template errors).
pub(crate) const DIVISION_BY_ZERO: &str = "decimal division by 0";

fn apply(op: Op, a: Dec, b: Dec) -> Result<Option<Dec>, &'static str> {
    Ok(match op {
        Op::Add => align(a, b).and_then(|(x, y, e)| {
            Some(Dec {
                m: x.checked_add(y)?,
                e,
            })
        }),
        Op::Sub => align(a, b).and_then(|(x, y, e)| {
            Some(Dec {
                m: x.checked_sub(y)?,
                e,
            })
        }),
        Op::Mul => a.m.checked_mul(b.m).map(|m| Dec { m, e: a.e + b.e }),
        Op::Div => {
            if b.m == 0 {
                return Err(DIVISION_BY_ZERO);
            }
            // q = a/b × 10^16, rounded half away from zero, as an integer
            let shift = a.e - b.e + DIV_PLACES;
            let (num, den) = if shift >= 0 {
                (
                    pow10(shift as u32).and_then(|p| a.m.checked_mul(p)),
                    Some(b.m),
                )
            } else {
                (
                    Some(a.m),
                    pow10((-shift) as u32).and_then(|p| b.m.checked_mul(p)),
                )
            };
            num.zip(den).and_then(|(num, den)| {
                let (q, r) = (num / den, num % den);
                let away = r.checked_abs()?.checked_mul(2)? >= den.checked_abs()?;
                let sign = if (num < 0) != (den < 0) { -1 } else { 1 };
                Some(Dec {
                    m: if away && r != 0 { q + sign } else { q },
                    e: -DIV_PLACES,
                })
            })
        }
    })
}

/// Folds `op` over the arguments in decimal; out-of-range intermediate values fall back to
/// float64 arithmetic.
pub(crate) fn fold(op: Op, first: f64, rest: &[f64]) -> Result<f64, &'static str> {
    let mut acc = first;
    for &x in rest {
        let exact = match (from_f64(acc), from_f64(x)) {
            (Some(a), Some(b)) => apply(op, a, b)?.map(to_f64),
            _ => None,
        };
        if matches!(op, Op::Div) && x == 0.0 {
            return Err(DIVISION_BY_ZERO);
        }
        acc = exact.unwrap_or(match op {
            Op::Add => acc + x,
            Op::Sub => acc - x,
            Op::Mul => acc * x,
            Op::Div => acc / x,
        });
    }
    Ok(acc)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_sums_have_no_binary_rounding_error() {
        assert_eq!(fold(Op::Add, 0.1, &[0.2]), Ok(0.3));
        assert_eq!(fold(Op::Mul, 1.1, &[1.1]), Ok(1.21));
        assert_eq!(fold(Op::Sub, 0.3, &[0.1]), Ok(0.2));
    }

    #[test]
    fn decimal_quotients_keep_sixteen_places() {
        assert_eq!(fold(Op::Div, 2.0, &[3.0]), Ok(0.6666666666666667));
        assert_eq!(fold(Op::Div, 1e-20, &[1.0]), Ok(0.0));
        assert_eq!(fold(Op::Div, 1.0, &[0.0]), Err(DIVISION_BY_ZERO));
    }
}
