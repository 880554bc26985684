//! sprig's date functions on a UTC clock: `now`, `date`, `toDate`, `ago`, `duration`…, with Go's
//! reference-time layouts (`2006-01-02 15:04:05`).

use std::collections::BTreeMap;
use std::rc::Rc;

use super::{Res, add, string_arg, to_i64};
use crate::template::exec::{Exec, Funcs};
use crate::template::value::{Object, Value};

type E<'a, 'b> = &'a mut Exec<'b>;

/// A `time.Time` value (UTC, seconds and nanoseconds since the epoch).
pub(crate) fn time_value(secs: i64, nanos: u32) -> Value {
    let mut fields = BTreeMap::new();
    fields.insert("unix".to_string(), Value::Int64(secs));
    fields.insert("nanos".to_string(), Value::Int64(i64::from(nanos)));
    let display = format_layout(secs, nanos, "2006-01-02 15:04:05.999999999 -0700 MST");
    Value::Object(Rc::new(Object {
        type_name: "time.Time",
        fields: BTreeMap::new(),
        methods: {
            let mut m: BTreeMap<String, crate::template::value::Method> = BTreeMap::new();
            m.insert(
                "Unix".into(),
                Rc::new(move |_: &[Value]| Ok(Value::Int64(secs))),
            );
            let f = fields;
            m.insert(
                "UTC".into(),
                Rc::new(move |_: &[Value]| {
                    let s = f.get("unix").map(to_i64).unwrap_or(0);
                    let n = f.get("nanos").map(to_i64).unwrap_or(0);
                    Ok(time_value(s, n as u32))
                }),
            );
            m.insert(
                "Format".into(),
                Rc::new(move |a: &[Value]| match a {
                    [Value::Str(l)] => Ok(Value::str(format_layout(secs, nanos, l))),
                    _ => Err("wrong number of args for Format: want 1".into()),
                }),
            );
            m
        },
        map_like: false,
        display: Some(display),
    }))
}

fn time_of(v: &Value) -> Option<(i64, u32)> {
    match v {
        Value::Object(o) if o.type_name == "time.Time" => {
            let secs = o
                .methods
                .get("Unix")
                .and_then(|m| m(&[]).ok())
                .map(|v| to_i64(&v))?;
            Some((secs, 0))
        }
        Value::Int(i) | Value::Int64(i) => Some((*i, 0)),
        _ => None,
    }
}

fn now() -> (i64, u32) {
    let d = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    (d.as_secs() as i64, d.subsec_nanos())
}

/// Days since the epoch → (year, month, day).
pub(crate) fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const DAYS: [&str; 7] = [
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
];

/// Go's layout tokens, longest first.
const TOKENS: &[&str] = &[
    "January",
    "Monday",
    "2006",
    "-07:00",
    "Z07:00",
    "-0700",
    "Z0700",
    ".000000000",
    ".999999999",
    ".000000",
    ".999999",
    ".000",
    ".999",
    "Jan",
    "Mon",
    "MST",
    "002",
    "01",
    "02",
    "_2",
    "15",
    "03",
    "04",
    "05",
    "06",
    "PM",
    "pm",
    "-07",
    "1",
    "2",
    "3",
    "4",
    "5",
];

/// Formats a UTC time with a Go layout.
pub(crate) fn format_layout(secs: i64, nanos: u32, layout: &str) -> String {
    let days = secs.div_euclid(86400);
    let rem = secs.rem_euclid(86400);
    let (y, mo, d) = civil_from_days(days);
    let (h, mi, s) = (rem / 3600, rem % 3600 / 60, rem % 60);
    let wd = DAYS[days.rem_euclid(7) as usize];
    let mut out = String::new();
    let mut rest = layout;
    while !rest.is_empty() {
        let Some(tok) = TOKENS.iter().find(|t| rest.starts_with(**t)) else {
            let c = rest.chars().next().unwrap_or(' ');
            out.push(c);
            rest = &rest[c.len_utf8()..];
            continue;
        };
        let h12 = if h % 12 == 0 { 12 } else { h % 12 };
        let piece = match *tok {
            "January" => MONTHS[(mo - 1) as usize].to_string(),
            "Jan" => MONTHS[(mo - 1) as usize][..3].to_string(),
            "Monday" => wd.to_string(),
            "Mon" => wd[..3].to_string(),
            "2006" => format!("{y:04}"),
            "06" => format!("{:02}", y % 100),
            "01" => format!("{mo:02}"),
            "1" => mo.to_string(),
            "02" => format!("{d:02}"),
            "_2" => format!("{d:>2}"),
            "2" => d.to_string(),
            "002" => format!("{:03}", days - days_from_civil(y, 1, 1) + 1),
            "15" => format!("{h:02}"),
            "03" => format!("{h12:02}"),
            "3" => h12.to_string(),
            "04" => format!("{mi:02}"),
            "4" => mi.to_string(),
            "05" => format!("{s:02}"),
            "5" => s.to_string(),
            "PM" => (if h >= 12 { "PM" } else { "AM" }).to_string(),
            "pm" => (if h >= 12 { "pm" } else { "am" }).to_string(),
            "MST" => "UTC".to_string(),
            "-0700" | "-07:00" | "-07" => tok.replace("07", "00").replace('-', "+"),
            "Z07:00" | "Z0700" => "Z".to_string(),
            t if t.starts_with(".0") => format!(
                ".{:0width$}",
                nanos / 10u32.pow(9 - (t.len() as u32 - 1)),
                width = t.len() - 1
            ),
            t => {
                let digits = format!("{nanos:09}");
                let d = digits[..t.len() - 1].trim_end_matches('0');
                if d.is_empty() {
                    String::new()
                } else {
                    format!(".{d}")
                }
            }
        };
        out.push_str(&piece);
        rest = &rest[tok.len()..];
    }
    out
}

/// Parses `text` with a Go layout (numeric fields, month names, UTC offsets).
fn parse_layout(layout: &str, text: &str) -> Result<(i64, u32), String> {
    let (mut y, mut mo, mut d, mut h, mut mi, mut s, mut off, mut pm) =
        (1i64, 1u32, 1u32, 0i64, 0i64, 0i64, 0i64, None);
    let mut rest = layout;
    let mut t = text;
    let bad = || format!("parsing time {text:?} as {layout:?}: cannot parse");
    let num = |t: &mut &str, max: usize| -> Result<i64, String> {
        let n = t.bytes().take(max).take_while(u8::is_ascii_digit).count();
        if n == 0 {
            return Err(bad());
        }
        let v = t[..n].parse().map_err(|_| bad())?;
        *t = &t[n..];
        Ok(v)
    };
    while !rest.is_empty() {
        let Some(tok) = TOKENS.iter().find(|k| rest.starts_with(**k)) else {
            let c = rest.chars().next().unwrap_or(' ');
            if !t.starts_with(c) {
                return Err(bad());
            }
            rest = &rest[c.len_utf8()..];
            t = &t[c.len_utf8()..];
            continue;
        };
        match *tok {
            "2006" => y = num(&mut t, 4)?,
            "06" => y = 2000 + num(&mut t, 2)?,
            "01" | "1" => mo = num(&mut t, 2)? as u32,
            "02" | "2" | "_2" => {
                t = t.trim_start_matches(' ');
                d = num(&mut t, 2)? as u32;
            }
            "15" | "03" | "3" => h = num(&mut t, 2)?,
            "04" | "4" => mi = num(&mut t, 2)?,
            "05" | "5" => s = num(&mut t, 2)?,
            "January" | "Jan" => {
                let i = MONTHS
                    .iter()
                    .position(|m| t.starts_with(if *tok == "Jan" { &m[..3] } else { m }))
                    .ok_or_else(bad)?;
                t = &t[if *tok == "Jan" { 3 } else { MONTHS[i].len() }..];
                mo = i as u32 + 1;
            }
            "Monday" | "Mon" => {
                let n = t.bytes().take_while(u8::is_ascii_alphabetic).count();
                t = &t[n..];
            }
            "PM" | "pm" => {
                pm = Some(t.get(..2).is_some_and(|p| p.eq_ignore_ascii_case("pm")));
                t = t.get(2..).unwrap_or("");
            }
            "MST" => {
                let n = t.bytes().take_while(u8::is_ascii_alphabetic).count();
                t = &t[n..];
            }
            "Z07:00" | "Z0700" | "-07:00" | "-0700" | "-07" => {
                if let Some(r) = t.strip_prefix('Z') {
                    t = r;
                } else {
                    let sign = if t.starts_with('-') { -1 } else { 1 };
                    t = t.get(1..).ok_or_else(bad)?;
                    let oh = num(&mut t, 2)?;
                    t = t.strip_prefix(':').unwrap_or(t);
                    let om = if tok.len() > 3 { num(&mut t, 2)? } else { 0 };
                    off = sign * (oh * 3600 + om * 60);
                }
            }
            _ => {
                // fractional seconds
                if let Some(r) = t.strip_prefix('.') {
                    let n = r.bytes().take_while(u8::is_ascii_digit).count();
                    t = &r[n..];
                }
            }
        }
        rest = &rest[tok.len()..];
    }
    if !t.is_empty() {
        return Err(format!("parsing time {text:?}: extra text: {t:?}"));
    }
    if let Some(p) = pm {
        h = h % 12 + if p { 12 } else { 0 };
    }
    let secs = days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + s - off;
    Ok((secs, 0))
}

fn duration_string(secs: i64) -> String {
    if secs == 0 {
        return "0s".into();
    }
    let neg = secs < 0;
    let a = secs.unsigned_abs();
    let (h, m, s) = (a / 3600, a % 3600 / 60, a % 60);
    let mut out = String::from(if neg { "-" } else { "" });
    if h > 0 {
        out.push_str(&format!("{h}h{m}m{s}s"));
    } else if m > 0 {
        out.push_str(&format!("{m}m{s}s"));
    } else {
        out.push_str(&format!("{s}s"));
    }
    out
}

pub(crate) fn register(f: &mut Funcs) {
    add(
        f,
        "now",
        |_: E, _| {
            let (s, n) = now();
            Ok(time_value(s, n))
        },
        0,
        Some(0),
    );
    add(
        f,
        "date",
        |_: E, a| -> Res {
            let layout = string_arg(&a[0])?;
            let (s, n) = time_of(&a[1]).unwrap_or_else(now);
            Ok(Value::str(format_layout(s, n, &layout)))
        },
        2,
        Some(2),
    );
    for name in ["dateInZone", "date_in_zone"] {
        add(
            f,
            name,
            |_: E, a| -> Res {
                let layout = string_arg(&a[0])?;
                let (s, n) = time_of(&a[1]).unwrap_or_else(now);
                Ok(Value::str(format_layout(s, n, &layout)))
            },
            3,
            Some(3),
        );
    }
    add(
        f,
        "htmlDate",
        |_: E, a| {
            Ok(Value::str(
                time_of(&a[0])
                    .map(|(s, n)| format_layout(s, n, "2006-01-02"))
                    .unwrap_or_default(),
            ))
        },
        1,
        Some(1),
    );
    add(
        f,
        "htmlDateInZone",
        |_: E, a| {
            Ok(Value::str(
                time_of(&a[0])
                    .map(|(s, n)| format_layout(s, n, "2006-01-02"))
                    .unwrap_or_default(),
            ))
        },
        2,
        Some(2),
    );
    add(
        f,
        "unixEpoch",
        |_: E, a| {
            Ok(Value::str(
                time_of(&a[0])
                    .map(|(s, _)| s.to_string())
                    .unwrap_or_default(),
            ))
        },
        1,
        Some(1),
    );
    add(
        f,
        "toDate",
        |_: E, a| -> Res {
            let (l, t) = (string_arg(&a[0])?, string_arg(&a[1])?);
            let (s, n) = parse_layout(&l, &t).unwrap_or((-62_135_596_800, 0));
            Ok(time_value(s, n))
        },
        2,
        Some(2),
    );
    add(
        f,
        "mustToDate",
        |_: E, a| -> Res {
            let (l, t) = (string_arg(&a[0])?, string_arg(&a[1])?);
            let (s, n) = parse_layout(&l, &t)?;
            Ok(time_value(s, n))
        },
        2,
        Some(2),
    );
    for name in [
        "dateModify",
        "date_modify",
        "mustDateModify",
        "must_date_modify",
    ] {
        add(
            f,
            name,
            |_: E, a| -> Res {
                let m = string_arg(&a[0])?;
                let (s, n) = time_of(&a[1]).unwrap_or_else(now);
                Ok(time_value(
                    s + parse_duration(&m)
                        .ok_or_else(|| format!("time: invalid duration {m:?}"))?,
                    n,
                ))
            },
            2,
            Some(2),
        );
    }
    add(
        f,
        "ago",
        |_: E, a| {
            let (s, _) = time_of(&a[0]).unwrap_or_else(now);
            Ok(Value::str(duration_string(now().0 - s)))
        },
        1,
        Some(1),
    );
    add(
        f,
        "duration",
        |_: E, a| Ok(Value::str(duration_string(to_i64(&a[0])))),
        1,
        Some(1),
    );
    add(
        f,
        "durationRound",
        |_: E, a| {
            let secs = match &a[0] {
                Value::Str(s) => parse_duration(s).unwrap_or(0),
                other => to_i64(other) / 1_000_000_000,
            }
            .abs();
            let units = [
                (31_536_000, "y"),
                (2_592_000, "mo"),
                (86_400, "d"),
                (3600, "h"),
                (60, "m"),
            ];
            let out = units
                .iter()
                .find(|(u, _)| secs >= *u)
                .map_or_else(|| format!("{secs}s"), |(u, n)| format!("{}{n}", secs / u));
            Ok(Value::str(out))
        },
        1,
        Some(1),
    );
}

/// A Go duration string (`1h30m`, `-2h`, `90s`) in whole seconds.
fn parse_duration(s: &str) -> Option<i64> {
    let (neg, mut t) = match s.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    let mut total = 0f64;
    while !t.is_empty() {
        let n = t
            .bytes()
            .take_while(|b| b.is_ascii_digit() || *b == b'.')
            .count();
        let v: f64 = t[..n].parse().ok()?;
        t = &t[n..];
        let u = t.bytes().take_while(u8::is_ascii_alphabetic).count();
        let mult = match &t[..u] {
            "h" => 3600.0,
            "m" => 60.0,
            "s" => 1.0,
            "ms" => 0.001,
            "us" | "µs" => 0.000_001,
            "ns" => 0.000_000_001,
            _ => return None,
        };
        total += v * mult;
        t = &t[u..];
    }
    Some(if neg { -(total as i64) } else { total as i64 })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn go_layouts_format_and_parse() {
        let t = parse_layout("2006-01-02T15:04:05Z07:00", "2024-03-05T07:08:09+01:00").unwrap();
        assert_eq!(
            format_layout(t.0, 0, "2006-01-02 15:04:05 Mon Jan"),
            "2024-03-05 06:08:09 Tue Mar"
        );
        assert_eq!(parse_duration("1h30m"), Some(5400));
    }
}
