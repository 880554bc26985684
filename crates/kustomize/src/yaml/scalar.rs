//! go-yaml v2's scalar rules: which strings need quotes and which style, key order, number text.

use std::cmp::Ordering;
use std::sync::LazyLock;

use regex::Regex;

/// How a string scalar is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Plain,
    Single,
    Double,
    Literal,
}

static BASE60: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$").expect("static regex")
});
static YAML_FLOAT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$").expect("static regex")
});
static TIMESTAMP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:[Tt]([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2})(?:\.[0-9]+)?(?:Z|[-+][0-9]{2}:[0-9]{2})?)|(?: ([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2})(?:\.[0-9]+)?))?$",
    )
    .expect("static regex")
});

/// Whether go-yaml v2 would read the unquoted text as something other than a string.
pub fn resolves_to_non_string(s: &str) -> bool {
    if s.is_empty() {
        return true;
    }
    const SPECIAL: &[&str] = &[
        "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON", "n", "N", "no",
        "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF", "~", "null", "Null", "NULL",
        ".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf",
        "-.Inf", "-.INF",
    ];
    if SPECIAL.contains(&s) {
        return true;
    }
    let first = s.as_bytes()[0];
    match first {
        b'.' => go_parse_float(s),
        b'0'..=b'9' | b'+' | b'-' => {
            if is_timestamp(s) {
                return true;
            }
            let plain = s.replace('_', "");
            go_parse_int(&plain) || YAML_FLOAT.is_match(&plain) || {
                let p = plain.strip_prefix('-').unwrap_or(&plain);
                p.strip_prefix("0b")
                    .is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b == b'0' || b == b'1'))
            }
        }
        _ => false,
    }
}

fn is_timestamp(s: &str) -> bool {
    let Some(c) = TIMESTAMP.captures(s) else {
        return false;
    };
    let num = |i: usize| c.get(i).and_then(|m| m.as_str().parse::<u32>().ok());
    let (Some(month), Some(day)) = (num(2), num(3)) else {
        return false;
    };
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return false;
    }
    for (h, m, sec) in [(4, 5, 6), (7, 8, 9)] {
        if let (Some(h), Some(m), Some(sec)) = (num(h), num(m), num(sec))
            && (h > 23 || m > 59 || sec > 59)
        {
            return false;
        }
    }
    true
}

/// strconv.ParseInt(s, 0, 64) or ParseUint succeeds.
fn go_parse_int(s: &str) -> bool {
    let (body, _neg) = match s.as_bytes().first() {
        Some(b'+') => (&s[1..], false),
        Some(b'-') => (&s[1..], true),
        _ => (s, false),
    };
    if body.is_empty() {
        return false;
    }
    let lower = body.to_ascii_lowercase();
    let (digits, radix) = if let Some(d) = lower.strip_prefix("0x") {
        (d.to_string(), 16)
    } else if let Some(d) = lower.strip_prefix("0b") {
        (d.to_string(), 2)
    } else if let Some(d) = lower.strip_prefix("0o") {
        (d.to_string(), 8)
    } else if lower.len() > 1 && lower.starts_with('0') {
        (lower[1..].to_string(), 8)
    } else {
        (lower.clone(), 10)
    };
    !digits.is_empty() && u64::from_str_radix(&digits, radix).is_ok()
}

/// strconv.ParseFloat(s, 64) succeeds (for text starting with '.').
fn go_parse_float(s: &str) -> bool {
    YAML_FLOAT.is_match(s)
}

pub fn is_break(c: char) -> bool {
    matches!(c, '\r' | '\n' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

fn is_blank_or_end(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => c == ' ' || c == '\t' || is_break(c) || c == '\0',
    }
}

/// libyaml's printable test as go-yaml implements it (4-byte characters are not printable).
pub fn is_printable(c: char) -> bool {
    let v = c as u32;
    v == 0x0a
        || (0x20..=0x7e).contains(&v)
        || (0xa0..=0xd7ff).contains(&v)
        || ((0xe000..=0xfffd).contains(&v) && v != 0xfeff)
}

/// The style go-yaml v2 ends up with for a string (after the emitter's own checks).
pub fn choose_style(s: &str, simple_key: bool) -> Style {
    let requested = if s.contains('\n') {
        Style::Literal
    } else if !resolves_to_non_string(s) && !BASE60.is_match(s) {
        Style::Plain
    } else {
        Style::Double
    };
    let a = analyze(s);
    match requested {
        Style::Plain => {
            if !a.block_plain || (simple_key && a.multiline) {
                if a.single_quoted {
                    Style::Single
                } else {
                    Style::Double
                }
            } else {
                Style::Plain
            }
        }
        Style::Literal => {
            if !a.block || simple_key {
                Style::Double
            } else {
                Style::Literal
            }
        }
        other => other,
    }
}

struct Analysis {
    multiline: bool,
    block_plain: bool,
    single_quoted: bool,
    block: bool,
}

fn analyze(s: &str) -> Analysis {
    if s.is_empty() {
        return Analysis {
            multiline: false,
            block_plain: true,
            single_quoted: true,
            block: false,
        };
    }
    let chars: Vec<char> = s.chars().collect();
    let (mut block_indicators, mut flow_indicators) = (false, false);
    if s.starts_with("---") || s.starts_with("...") {
        block_indicators = true;
        flow_indicators = true;
    }
    let mut preceded_by_ws = true;
    let mut followed_by_ws = is_blank_or_end(chars.get(1).copied());
    let (mut leading_space, mut leading_break, mut trailing_space, mut trailing_break) =
        (false, false, false, false);
    let (mut break_space, mut space_break, mut previous_space, mut previous_break) =
        (false, false, false, false);
    let (mut line_breaks, mut special) = (false, false);
    for (i, &c) in chars.iter().enumerate() {
        let first = i == 0;
        let last = i == chars.len() - 1;
        if first {
            if "#,[]{}&*!|>'\"%@`".contains(c) {
                flow_indicators = true;
                block_indicators = true;
            }
            if c == '?' || c == ':' {
                flow_indicators = true;
                if followed_by_ws {
                    block_indicators = true;
                }
            }
            if c == '-' && followed_by_ws {
                flow_indicators = true;
                block_indicators = true;
            }
        } else {
            if ",?[]{}".contains(c) {
                flow_indicators = true;
            }
            if c == ':' {
                flow_indicators = true;
                if followed_by_ws {
                    block_indicators = true;
                }
            }
            if c == '#' && preceded_by_ws {
                flow_indicators = true;
                block_indicators = true;
            }
        }
        if !is_printable(c) {
            special = true;
        }
        if is_break(c) {
            line_breaks = true;
        }
        if c == ' ' {
            if first {
                leading_space = true;
            }
            if last {
                trailing_space = true;
            }
            if previous_break {
                break_space = true;
            }
            previous_space = true;
            previous_break = false;
        } else if is_break(c) {
            if first {
                leading_break = true;
            }
            if last {
                trailing_break = true;
            }
            if previous_space {
                space_break = true;
            }
            previous_break = true;
            previous_space = false;
        } else {
            previous_space = false;
            previous_break = false;
        }
        preceded_by_ws = is_blank_or_end(Some(c));
        followed_by_ws = is_blank_or_end(chars.get(i + 2).copied());
    }
    let mut a = Analysis {
        multiline: line_breaks,
        block_plain: true,
        single_quoted: true,
        block: true,
    };
    if leading_space || leading_break || trailing_space || trailing_break {
        a.block_plain = false;
    }
    if trailing_space {
        a.block = false;
    }
    if break_space {
        a.block_plain = false;
        a.single_quoted = false;
    }
    if space_break || special {
        a.block_plain = false;
        a.single_quoted = false;
        a.block = false;
    }
    if line_breaks {
        a.block_plain = false;
    }
    if block_indicators {
        a.block_plain = false;
    }
    let _ = flow_indicators;
    a
}

/// go-yaml v2's map key order: letters after non-letters, runs of digits compared as numbers.
pub fn go_key_cmp(a: &str, b: &str) -> Ordering {
    let ar: Vec<char> = a.chars().collect();
    let br: Vec<char> = b.chars().collect();
    let less = |x: &[char], y: &[char]| -> bool {
        for i in 0..x.len().min(y.len()) {
            if x[i] == y[i] {
                continue;
            }
            let al = x[i].is_alphabetic();
            let bl = y[i].is_alphabetic();
            if al && bl {
                return x[i] < y[i];
            }
            if al || bl {
                return bl;
            }
            let (mut an, mut bn): (i64, i64) = (0, 0);
            if x[i] == '0' || y[i] == '0' {
                let mut j = i;
                while j > 0 && x[j - 1].is_ascii_digit() {
                    j -= 1;
                    if x[j] != '0' {
                        an = 1;
                        bn = 1;
                        break;
                    }
                }
            }
            let mut ai = i;
            while ai < x.len() && x[ai].is_ascii_digit() {
                an = an.wrapping_mul(10).wrapping_add(x[ai] as i64 - '0' as i64);
                ai += 1;
            }
            let mut bi = i;
            while bi < y.len() && y[bi].is_ascii_digit() {
                bn = bn.wrapping_mul(10).wrapping_add(y[bi] as i64 - '0' as i64);
                bi += 1;
            }
            if an != bn {
                return an < bn;
            }
            if ai != bi {
                return ai < bi;
            }
            return x[i] < y[i];
        }
        x.len() < y.len()
    };
    if less(&ar, &br) {
        Ordering::Less
    } else if less(&br, &ar) {
        Ordering::Greater
    } else {
        Ordering::Equal
    }
}

/// A JSON number as kustomize prints it (Go's JSON text re-read by go-yaml v2).
pub fn go_number(n: &serde_json::Number) -> String {
    if n.is_i64() || n.is_u64() {
        return n.to_string();
    }
    let Some(f) = n.as_f64() else {
        return n.to_string();
    };
    if f.is_finite() && f == f.trunc() && f.abs() < 1e21 {
        // Go's JSON writes it without a fraction, so go-yaml reads an integer back.
        if f.abs() < 9.2e18 {
            return format!("{}", f as i64);
        }
    }
    go_format_g(f)
}

/// strconv.FormatFloat(f, 'g', -1, 64).
fn go_format_g(f: f64) -> String {
    if f.is_nan() {
        return ".nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 {
            ".inf".into()
        } else {
            "-.inf".into()
        };
    }
    let e = format!("{f:e}");
    let (mant, exp) = e.split_once('e').unwrap_or((&e, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    if !(-4..6).contains(&exp) {
        let sign = if exp < 0 { '-' } else { '+' };
        return format!("{mant}e{sign}{:02}", exp.abs());
    }
    format!("{f}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_compare_as_numbers_in_keys() {
        assert_eq!(go_key_cmp("a2", "a10"), Ordering::Less);
        assert_eq!(go_key_cmp("a_b", "aB"), Ordering::Less);
    }

    #[test]
    fn ambiguous_strings_need_quotes() {
        for s in ["yes", "1", "0x1f", "1e3", "2020-01-02", "", "-1.5"] {
            assert!(resolves_to_non_string(s), "{s}");
        }
        for s in ["abc", "1.2.3", "v1", "-"] {
            assert!(!resolves_to_non_string(s), "{s}");
        }
    }
}
