//! Go's fmt package as templates see it: `%v` printing, `Sprint`, `Sprintln`, `Sprintf`.

use super::value::Value;

/// Formats a float64 as Go's `%v` (strconv 'g', shortest).
pub(crate) fn format_float_g(f: f64, upper: bool) -> String {
    if f.is_nan() {
        return "NaN".into();
    }
    if f.is_infinite() {
        return if f > 0.0 {
            "+Inf".into()
        } else {
            "-Inf".into()
        };
    }
    if f == 0.0 {
        return if f.is_sign_negative() {
            "-0".into()
        } else {
            "0".into()
        };
    }
    let (digits, exp) = shortest_digits(f);
    let neg = f < 0.0;
    let mut s = String::new();
    if neg {
        s.push('-');
    }
    // exp: decimal exponent of the first digit
    if !(-4..21).contains(&exp) {
        s.push_str(&digits[..1]);
        if digits.len() > 1 {
            s.push('.');
            s.push_str(&digits[1..]);
        }
        s.push(if upper { 'E' } else { 'e' });
        s.push(if exp < 0 { '-' } else { '+' });
        s.push_str(&format!("{:02}", exp.abs()));
    } else {
        s.push_str(&place_digits(&digits, exp));
    }
    s
}

/// `%v` for float64 in fmt uses 'g' with the shortest precision; the exponent
/// threshold is 21 for shortest formatting (strconv's eprec rule).
fn shortest_digits(f: f64) -> (String, i32) {
    let e = format!("{:e}", f.abs());
    let (mant, exp) = e.split_once('e').unwrap_or((&e, "0"));
    let digits: String = mant.chars().filter(char::is_ascii_digit).collect();
    let digits = digits.trim_end_matches('0').to_string();
    let digits = if digits.is_empty() {
        "0".to_string()
    } else {
        digits
    };
    (digits, exp.parse().unwrap_or(0))
}

fn place_digits(digits: &str, exp: i32) -> String {
    if exp < 0 {
        format!("0.{}{}", "0".repeat((-exp - 1) as usize), digits)
    } else {
        let int_len = exp as usize + 1;
        if digits.len() <= int_len {
            format!("{}{}", digits, "0".repeat(int_len - digits.len()))
        } else {
            format!("{}.{}", &digits[..int_len], &digits[int_len..])
        }
    }
}

/// strconv.FormatFloat(f, 'g', -1, 64), which is what `%v` prints for a float64:
/// the exponent form when exp < -4 || exp >= 6 (so 1000000 prints as `1e+06`).
pub(crate) fn strconv_g(f: f64) -> String {
    if !f.is_finite() || f == 0.0 {
        return format_float_g(f, false);
    }
    let (digits, exp) = shortest_digits(f);
    let mut s = String::new();
    if f < 0.0 {
        s.push('-');
    }
    if !(-4..6).contains(&exp) {
        s.push_str(&digits[..1]);
        if digits.len() > 1 {
            s.push('.');
            s.push_str(&digits[1..]);
        }
        s.push('e');
        s.push(if exp < 0 { '-' } else { '+' });
        s.push_str(&format!("{:02}", exp.abs()));
    } else {
        s.push_str(&place_digits(&digits, exp));
    }
    s
}

/// `%v` of a value, as `fmt.Sprint` prints a single operand.
pub(crate) fn sprint_value(v: &Value) -> String {
    let mut s = String::new();
    write_v(&mut s, v);
    s
}

fn write_v(out: &mut String, v: &Value) {
    match v {
        Value::Nil => out.push_str("<nil>"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Int(i) | Value::Int64(i) => out.push_str(&i.to_string()),
        Value::Float(f) => out.push_str(&strconv_g(*f)),
        Value::Str(s) => out.push_str(s),
        Value::Bytes(b) => {
            out.push('[');
            for (i, x) in b.iter().enumerate() {
                if i > 0 {
                    out.push(' ');
                }
                out.push_str(&x.to_string());
            }
            out.push(']');
        }
        Value::List(l) => {
            out.push('[');
            for (i, x) in l.iter().enumerate() {
                if i > 0 {
                    out.push(' ');
                }
                write_v(out, x);
            }
            out.push(']');
        }
        Value::StrList(l) => {
            out.push('[');
            out.push_str(&l.join(" "));
            out.push(']');
        }
        Value::Map(m) => {
            out.push_str("map[");
            for (i, (k, x)) in m.borrow().iter().enumerate() {
                if i > 0 {
                    out.push(' ');
                }
                out.push_str(k);
                out.push(':');
                write_v(out, x);
            }
            out.push(']');
        }
        Value::Object(o) => {
            if let Some(d) = &o.display {
                out.push_str(d);
            } else if o.map_like {
                out.push_str("map[");
                for (i, (k, x)) in o.fields.iter().enumerate() {
                    if i > 0 {
                        out.push(' ');
                    }
                    out.push_str(k);
                    out.push(':');
                    write_v(out, x);
                }
                out.push(']');
            } else {
                out.push('{');
                for (i, x) in o.fields.values().enumerate() {
                    if i > 0 {
                        out.push(' ');
                    }
                    write_v(out, x);
                }
                out.push('}');
            }
        }
    }
}

/// `fmt.Sprint`: spaces between operands when neither side is a string.
pub(crate) fn sprint(args: &[Value]) -> String {
    let mut out = String::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            let prev_str = matches!(args[i - 1], Value::Str(_));
            let cur_str = matches!(a, Value::Str(_));
            if !prev_str && !cur_str {
                out.push(' ');
            }
        }
        out.push_str(&sprint_value(a));
    }
    out
}

/// `fmt.Sprintln`: always spaces, newline at the end.
pub(crate) fn sprintln(args: &[Value]) -> String {
    let parts: Vec<String> = args.iter().map(sprint_value).collect();
    format!("{}\n", parts.join(" "))
}

#[derive(Default, Clone, Copy)]
struct Flags {
    minus: bool,
    plus: bool,
    sharp: bool,
    space: bool,
    zero: bool,
}

/// `fmt.Sprintf` with Go's verbs and its `%!verb(type=value)` errors.
pub(crate) fn sprintf(format: &str, args: &[Value]) -> String {
    let mut out = String::new();
    let chars: Vec<char> = format.chars().collect();
    let mut i = 0;
    let mut argi = 0;
    while i < chars.len() {
        let c = chars[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        i += 1;
        let mut fl = Flags::default();
        while i < chars.len() {
            match chars[i] {
                '-' => fl.minus = true,
                '+' => fl.plus = true,
                '#' => fl.sharp = true,
                ' ' => fl.space = true,
                '0' => fl.zero = true,
                _ => break,
            }
            i += 1;
        }
        let mut width: Option<usize> = None;
        if i < chars.len() && chars[i] == '*' {
            i += 1;
            if let Some(Value::Int(n) | Value::Int64(n)) = args.get(argi) {
                width = Some(n.unsigned_abs() as usize);
                if *n < 0 {
                    fl.minus = true;
                }
            }
            argi += 1;
        } else {
            let mut w = String::new();
            while i < chars.len() && chars[i].is_ascii_digit() {
                w.push(chars[i]);
                i += 1;
            }
            if !w.is_empty() {
                width = w.parse().ok();
            }
        }
        let mut prec: Option<usize> = None;
        if i < chars.len() && chars[i] == '.' {
            i += 1;
            let mut p = String::new();
            while i < chars.len() && chars[i].is_ascii_digit() {
                p.push(chars[i]);
                i += 1;
            }
            prec = Some(p.parse().unwrap_or(0));
        }
        if i >= chars.len() {
            out.push_str("%!(NOVERB)");
            break;
        }
        let verb = chars[i];
        i += 1;
        if verb == '%' {
            out.push('%');
            continue;
        }
        let Some(arg) = args.get(argi) else {
            out.push_str(&format!("%!{verb}(MISSING)"));
            continue;
        };
        argi += 1;
        let body = format_one(verb, arg, fl, prec);
        pad(&mut out, &body, width, fl, verb, arg);
    }
    if argi < args.len() {
        out.push_str("%!(EXTRA ");
        let extra: Vec<String> = args[argi..]
            .iter()
            .map(|a| format!("{}={}", a.type_name(), sprint_value(a)))
            .collect();
        out.push_str(&extra.join(", "));
        out.push(')');
    }
    out
}

fn pad(out: &mut String, body: &str, width: Option<usize>, fl: Flags, verb: char, arg: &Value) {
    let len = body.chars().count();
    let Some(w) = width.filter(|w| *w > len) else {
        out.push_str(body);
        return;
    };
    let n = w - len;
    if fl.minus {
        out.push_str(body);
        out.push_str(&" ".repeat(n));
    } else if fl.zero
        && matches!(arg, Value::Int(_) | Value::Int64(_) | Value::Float(_))
        && verb != 's'
        && verb != 'v'
        || fl.zero && matches!(verb, 'd' | 'f' | 'x' | 'e' | 'g')
    {
        let (sign, digits) = match body.strip_prefix('-') {
            Some(d) => ("-", d),
            None => match body.strip_prefix('+') {
                Some(d) => ("+", d),
                None => ("", body),
            },
        };
        out.push_str(sign);
        out.push_str(&"0".repeat(n));
        out.push_str(digits);
    } else {
        out.push_str(&" ".repeat(n));
        out.push_str(body);
    }
}

fn bad(verb: char, arg: &Value) -> String {
    match arg {
        Value::Nil => format!("%!{verb}(<nil>)"),
        _ => format!("%!{verb}({}={})", arg.type_name(), sprint_value(arg)),
    }
}

fn quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\u{7}' => out.push_str("\\a"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\u{b}' => out.push_str("\\v"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Go's `%q` of a string (strconv.Quote).
pub(crate) fn go_quote(s: &str) -> String {
    quote(s)
}

fn format_one(verb: char, arg: &Value, fl: Flags, prec: Option<usize>) -> String {
    let sign = |neg: bool, s: String| -> String {
        if neg {
            format!("-{s}")
        } else if fl.plus {
            format!("+{s}")
        } else if fl.space {
            format!(" {s}")
        } else {
            s
        }
    };
    match (verb, arg) {
        ('v', Value::Float(f)) => match prec {
            Some(p) => sign(*f < 0.0, fmt_g_prec(f.abs(), p)),
            None => {
                let s = strconv_g(*f);
                if fl.plus && *f >= 0.0 {
                    format!("+{s}")
                } else {
                    s
                }
            }
        },
        ('v', Value::Str(s)) if fl.sharp => quote(s),
        ('v', Value::Int(i) | Value::Int64(i)) => sign(*i < 0, i.unsigned_abs().to_string()),
        ('v', _) => sprint_value(arg),
        ('T', _) => arg.type_name(),
        ('t', Value::Bool(b)) => b.to_string(),
        ('s', Value::Str(s)) => match prec {
            Some(p) => s.chars().take(p).collect(),
            None => s.to_string(),
        },
        ('s', Value::Bytes(b)) => String::from_utf8_lossy(b).into_owned(),
        ('s', Value::List(_) | Value::StrList(_) | Value::Map(_)) => {
            format_container(verb, arg, fl, prec)
        }
        ('q', Value::Str(s)) => quote(s),
        ('q', Value::Int(i) | Value::Int64(i)) => {
            let c = char::from_u32(*i as u32).unwrap_or('\u{fffd}');
            format!("'{c}'")
        }
        ('d', Value::Int(i) | Value::Int64(i)) => sign(*i < 0, i.unsigned_abs().to_string()),
        ('d', Value::List(_) | Value::Map(_)) => format_container(verb, arg, fl, prec),
        ('c', Value::Int(i) | Value::Int64(i)) => {
            char::from_u32(*i as u32).unwrap_or('\u{fffd}').to_string()
        }
        ('b', Value::Int(i) | Value::Int64(i)) => sign(*i < 0, format!("{:b}", i.unsigned_abs())),
        ('o', Value::Int(i) | Value::Int64(i)) => sign(*i < 0, format!("{:o}", i.unsigned_abs())),
        ('O', Value::Int(i) | Value::Int64(i)) => sign(*i < 0, format!("0o{:o}", i.unsigned_abs())),
        ('x', Value::Int(i) | Value::Int64(i)) => sign(
            *i < 0,
            format!("{}{:x}", if fl.sharp { "0x" } else { "" }, i.unsigned_abs()),
        ),
        ('X', Value::Int(i) | Value::Int64(i)) => sign(
            *i < 0,
            format!("{}{:X}", if fl.sharp { "0X" } else { "" }, i.unsigned_abs()),
        ),
        ('x', Value::Str(s)) => s.bytes().map(|b| format!("{b:02x}")).collect(),
        ('X', Value::Str(s)) => s.bytes().map(|b| format!("{b:02X}")).collect(),
        ('x', Value::Bytes(s)) => s.iter().map(|b| format!("{b:02x}")).collect(),
        ('f' | 'F', Value::Float(f)) => {
            sign(*f < 0.0, format!("{:.*}", prec.unwrap_or(6), f.abs()))
        }
        ('e' | 'E', Value::Float(f)) => {
            let s = fmt_e(f.abs(), prec.unwrap_or(6));
            sign(*f < 0.0, if verb == 'E' { s.to_uppercase() } else { s })
        }
        ('g' | 'G', Value::Float(f)) => {
            let s = match prec {
                Some(p) => fmt_g_prec(f.abs(), p),
                None => strconv_g(f.abs()),
            };
            sign(*f < 0.0, if verb == 'G' { s.to_uppercase() } else { s })
        }
        ('t', _)
        | ('s', _)
        | ('q', _)
        | ('d', _)
        | ('c', _)
        | ('b', _)
        | ('o', _)
        | ('O', _)
        | ('x', _)
        | ('X', _)
        | ('f', _)
        | ('F', _)
        | ('e', _)
        | ('E', _)
        | ('g', _)
        | ('G', _) => bad(verb, arg),
        _ => format!("%!{verb}({}={})", arg.type_name(), sprint_value(arg)),
    }
}

fn format_container(verb: char, arg: &Value, fl: Flags, prec: Option<usize>) -> String {
    match arg {
        Value::List(l) => {
            let parts: Vec<String> = l.iter().map(|x| format_one(verb, x, fl, prec)).collect();
            format!("[{}]", parts.join(" "))
        }
        Value::StrList(l) => format!("[{}]", l.join(" ")),
        Value::Map(m) => {
            let parts: Vec<String> = m
                .borrow()
                .iter()
                .map(|(k, x)| format!("{k}:{}", format_one(verb, x, fl, prec)))
                .collect();
            format!("map[{}]", parts.join(" "))
        }
        _ => bad(verb, arg),
    }
}

fn fmt_e(f: f64, prec: usize) -> String {
    let s = format!("{:.*e}", prec, f);
    let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
    let exp: i32 = e.parse().unwrap_or(0);
    format!("{m}e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs())
}

fn fmt_g_prec(f: f64, prec: usize) -> String {
    let p = prec.max(1);
    if f == 0.0 {
        return "0".into();
    }
    let s = format!("{:.*e}", p - 1, f);
    let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
    let exp: i32 = e.parse().unwrap_or(0);
    if exp < -4 || exp >= p as i32 {
        let m = if m.contains('.') {
            m.trim_end_matches('0').trim_end_matches('.')
        } else {
            m
        };
        format!("{m}e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs())
    } else {
        let dec = (p as i32 - 1 - exp).max(0) as usize;
        let s = format!("{:.*}", dec, f);
        if s.contains('.') {
            s.trim_end_matches('0').trim_end_matches('.').to_string()
        } else {
            s
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_print_like_go() {
        assert_eq!(strconv_g(1.0), "1");
        assert_eq!(strconv_g(1000000.0), "1e+06");
        assert_eq!(strconv_g(123456.0), "123456");
        assert_eq!(strconv_g(0.5), "0.5");
        assert_eq!(strconv_g(1.5e-5), "1.5e-05");
        assert_eq!(strconv_g(8080.0), "8080");
    }

    #[test]
    fn sprintf_reports_bad_verbs() {
        assert_eq!(sprintf("%d", &[Value::Float(1.0)]), "%!d(float64=1)");
        assert_eq!(sprintf("%s-%d", &[Value::str("a"), Value::Int(3)]), "a-3");
        assert_eq!(sprintf("%05d", &[Value::Int(42)]), "00042");
        assert_eq!(sprintf("%q", &[Value::str("a\"b")]), "\"a\\\"b\"");
    }
}
