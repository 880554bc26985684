//! sprig's string functions: quoting, indentation, trimming, case, splitting, regexes.

use std::collections::BTreeMap;

use super::{Res, add, int_arg, string_arg, strval};
use crate::template::exec::{Exec, Funcs};
use crate::template::gofmt;
use crate::template::value::Value;

type E<'a, 'b> = &'a mut Exec<'b>;

fn s(v: String) -> Res {
    Ok(Value::str(v))
}

pub(crate) fn register(f: &mut Funcs) {
    add(
        f,
        "quote",
        |_: E, a| {
            s(a.iter()
                .filter(|v| !matches!(v, Value::Nil))
                .map(|v| gofmt::go_quote(&strval(v)))
                .collect::<Vec<_>>()
                .join(" "))
        },
        0,
        None,
    );
    add(
        f,
        "squote",
        |_: E, a| {
            s(a.iter()
                .filter(|v| !matches!(v, Value::Nil))
                .map(|v| format!("'{}'", strval(v)))
                .collect::<Vec<_>>()
                .join(" "))
        },
        0,
        None,
    );
    add(
        f,
        "cat",
        |_: E, a| {
            s(a.iter()
                .filter(|v| !matches!(v, Value::Nil))
                .map(strval)
                .collect::<Vec<_>>()
                .join(" "))
        },
        0,
        None,
    );
    add(
        f,
        "indent",
        |_: E, a| s(checked_indent(int_arg(&a[0])?, &string_arg(&a[1])?)?),
        2,
        Some(2),
    );
    add(
        f,
        "nindent",
        |_: E, a| {
            s(format!(
                "\n{}",
                checked_indent(int_arg(&a[0])?, &string_arg(&a[1])?)?
            ))
        },
        2,
        Some(2),
    );
    add(
        f,
        "trunc",
        |_: E, a| s(trunc(int_arg(&a[0])?, &string_arg(&a[1])?)),
        2,
        Some(2),
    );
    add(
        f,
        "trim",
        |_: E, a| s(string_arg(&a[0])?.trim().to_string()),
        1,
        Some(1),
    );
    add(
        f,
        "trimAll",
        |_: E, a| s(trim_set(&string_arg(&a[1])?, &string_arg(&a[0])?)),
        2,
        Some(2),
    );
    add(
        f,
        "trimall",
        |_: E, a| s(trim_set(&string_arg(&a[1])?, &string_arg(&a[0])?)),
        2,
        Some(2),
    );
    add(
        f,
        "trimSuffix",
        |_: E, a| {
            let (suf, v) = (string_arg(&a[0])?, string_arg(&a[1])?);
            s(v.strip_suffix(suf.as_str()).unwrap_or(&v).to_string())
        },
        2,
        Some(2),
    );
    add(
        f,
        "trimPrefix",
        |_: E, a| {
            let (pre, v) = (string_arg(&a[0])?, string_arg(&a[1])?);
            s(v.strip_prefix(pre.as_str()).unwrap_or(&v).to_string())
        },
        2,
        Some(2),
    );
    add(
        f,
        "upper",
        // Go maps rune by rune (`ß` stays `ß`, no final-sigma rule)
        |_: E, a| s(string_arg(&a[0])?.chars().map(super::case::upper).collect()),
        1,
        Some(1),
    );
    add(
        f,
        "lower",
        |_: E, a| s(string_arg(&a[0])?.chars().map(super::case::lower).collect()),
        1,
        Some(1),
    );
    add(
        f,
        "title",
        |_: E, a| s(title(&string_arg(&a[0])?)),
        1,
        Some(1),
    );
    add(
        f,
        "untitle",
        |_: E, a| s(untitle(&string_arg(&a[0])?)),
        1,
        Some(1),
    );
    add(
        f,
        "substr",
        |_: E, a| {
            s(substr(
                int_arg(&a[0])?,
                int_arg(&a[1])?,
                &string_arg(&a[2])?,
            )?)
        },
        3,
        Some(3),
    );
    add(
        f,
        "repeat",
        |_: E, a| {
            let (n, v) = (int_arg(&a[0])?, string_arg(&a[1])?);
            check_repeat(n, v.len())?;
            s(v.repeat(n as usize))
        },
        2,
        Some(2),
    );
    add(
        f,
        "nospace",
        |_: E, a| {
            // goutils' DeleteWhiteSpace walks bytes and writes each kept byte back as a rune,
            // so non-ASCII text comes out as Latin-1 mojibake (with C1 control characters)
            // (and hands back the original text when there was nothing to delete)
            let v = string_arg(&a[0])?;
            if !v.bytes().any(is_latin1_space) {
                return s(v);
            }
            s(v.bytes()
                .filter(|b| !is_latin1_space(*b))
                .map(char::from)
                .collect())
        },
        1,
        Some(1),
    );
    add(
        f,
        "initials",
        |_: E, a| {
            // goutils' Initials walks bytes: each word's first byte, written back as a rune
            let v = string_arg(&a[0])?;
            let mut out = String::new();
            let mut gap = true;
            for b in v.bytes() {
                if is_latin1_space(b) {
                    gap = true;
                } else if gap {
                    out.push(char::from(b));
                    gap = false;
                }
            }
            s(out)
        },
        1,
        Some(1),
    );
    add(
        f,
        "swapcase",
        |_: E, a| {
            s(string_arg(&a[0])?
                .chars()
                .map(|c| {
                    if c.is_uppercase() {
                        super::case::lower(c)
                    } else {
                        super::case::upper(c)
                    }
                })
                .collect())
        },
        1,
        Some(1),
    );
    add(
        f,
        "snakecase",
        |_: E, a| s(super::case::lower_joined(&string_arg(&a[0])?, '_')),
        1,
        Some(1),
    );
    add(
        f,
        "kebabcase",
        |_: E, a| s(super::case::lower_joined(&string_arg(&a[0])?, '-')),
        1,
        Some(1),
    );
    add(
        f,
        "camelcase",
        |_: E, a| s(super::case::pascal(&string_arg(&a[0])?)),
        1,
        Some(1),
    );
    add(
        f,
        "contains",
        |_: E, a| {
            Ok(Value::Bool(
                string_arg(&a[1])?.contains(&string_arg(&a[0])?),
            ))
        },
        2,
        Some(2),
    );
    add(
        f,
        "hasPrefix",
        |_: E, a| {
            Ok(Value::Bool(
                string_arg(&a[1])?.starts_with(&string_arg(&a[0])?),
            ))
        },
        2,
        Some(2),
    );
    add(
        f,
        "hasSuffix",
        |_: E, a| {
            Ok(Value::Bool(
                string_arg(&a[1])?.ends_with(&string_arg(&a[0])?),
            ))
        },
        2,
        Some(2),
    );
    add(
        f,
        "replace",
        |_: E, a| s(string_arg(&a[2])?.replace(&string_arg(&a[0])?, &string_arg(&a[1])?)),
        3,
        Some(3),
    );
    add(
        f,
        "plural",
        |_: E, a| {
            // both strings are typed parameters, checked whatever the count
            let (one, many) = (string_arg(&a[0])?, string_arg(&a[1])?);
            s(if int_arg(&a[2])? == 1 { one } else { many })
        },
        3,
        Some(3),
    );
    add(f, "toString", |_: E, a| s(strval(&a[0])), 1, Some(1));
    add(
        f,
        "abbrev",
        |_: E, a| s(abbrev(int_arg(&a[0])?, &string_arg(&a[1])?)),
        2,
        Some(2),
    );
    add(
        f,
        "wrap",
        |_: E, a| s(wrap(&string_arg(&a[1])?, int_arg(&a[0])?, "", false)),
        2,
        Some(2),
    );
    add(
        f,
        "wrapWith",
        |_: E, a| {
            s(wrap(
                &string_arg(&a[2])?,
                int_arg(&a[0])?,
                &string_arg(&a[1])?,
                true,
            ))
        },
        3,
        Some(3),
    );
    add(
        f,
        "split",
        |_: E, a| {
            let (sep, v) = (string_arg(&a[0])?, string_arg(&a[1])?);
            let m: BTreeMap<String, Value> = go_split(&v, &sep, -1)
                .into_iter()
                .enumerate()
                .map(|(i, p)| (format!("_{i}"), Value::str(p)))
                .collect();
            Ok(crate::template::value::Object::string_map(m))
        },
        2,
        Some(2),
    );
    add(
        f,
        "splitn",
        |_: E, a| {
            let (sep, n, v) = (string_arg(&a[0])?, int_arg(&a[1])?, string_arg(&a[2])?);
            let m: BTreeMap<String, Value> = go_split(&v, &sep, n)
                .into_iter()
                .enumerate()
                .map(|(i, p)| (format!("_{i}"), Value::str(p)))
                .collect();
            Ok(crate::template::value::Object::string_map(m))
        },
        3,
        Some(3),
    );
    add(
        f,
        "splitList",
        |_: E, a| {
            let (sep, v) = (string_arg(&a[0])?, string_arg(&a[1])?);
            Ok(Value::StrList(std::rc::Rc::new(go_split(&v, &sep, -1))))
        },
        2,
        Some(2),
    );
    add(
        f,
        "join",
        |_: E, a| {
            let sep = string_arg(&a[0])?;
            s(strslice(&a[1]).join(&sep))
        },
        2,
        Some(2),
    );
    add(
        f,
        "toStrings",
        |_: E, a| Ok(Value::StrList(std::rc::Rc::new(strslice(&a[0])))),
        1,
        Some(1),
    );
    add(
        f,
        "sortAlpha",
        |_: E, a| {
            let mut v = match &a[0] {
                Value::List(_) | Value::StrList(_) => strslice(&a[0]),
                other => vec![strval(other)],
            };
            v.sort();
            Ok(Value::StrList(std::rc::Rc::new(v)))
        },
        1,
        Some(1),
    );
    add(
        f,
        "regexMatch",
        |_: E, a| Ok(Value::Bool(re(&a[0])?.is_match(&string_arg(&a[1])?))),
        2,
        Some(2),
    );
    add(
        f,
        "mustRegexMatch",
        |_: E, a| Ok(Value::Bool(re(&a[0])?.is_match(&string_arg(&a[1])?))),
        2,
        Some(2),
    );
    add(
        f,
        "regexFind",
        |_: E, a| {
            s(re(&a[0])?
                .find(&string_arg(&a[1])?)
                .map(|m| m.as_str().to_string())
                .unwrap_or_default())
        },
        2,
        Some(2),
    );
    add(
        f,
        "mustRegexFind",
        |_: E, a| {
            s(re(&a[0])?
                .find(&string_arg(&a[1])?)
                .map(|m| m.as_str().to_string())
                .unwrap_or_default())
        },
        2,
        Some(2),
    );
    add(f, "regexFindAll", regex_find_all, 3, Some(3));
    add(f, "mustRegexFindAll", regex_find_all, 3, Some(3));
    add(
        f,
        "regexReplaceAll",
        |_: E, a| {
            s(re(&a[0])?
                .replace_all(&string_arg(&a[1])?, go_repl(&string_arg(&a[2])?).as_str())
                .into_owned())
        },
        3,
        Some(3),
    );
    add(
        f,
        "mustRegexReplaceAll",
        |_: E, a| {
            s(re(&a[0])?
                .replace_all(&string_arg(&a[1])?, go_repl(&string_arg(&a[2])?).as_str())
                .into_owned())
        },
        3,
        Some(3),
    );
    add(
        f,
        "regexReplaceAllLiteral",
        |_: E, a| {
            s(re(&a[0])?
                .replace_all(&string_arg(&a[1])?, regex::NoExpand(&string_arg(&a[2])?))
                .into_owned())
        },
        3,
        Some(3),
    );
    add(
        f,
        "mustRegexReplaceAllLiteral",
        |_: E, a| {
            s(re(&a[0])?
                .replace_all(&string_arg(&a[1])?, regex::NoExpand(&string_arg(&a[2])?))
                .into_owned())
        },
        3,
        Some(3),
    );
    add(f, "regexSplit", regex_split, 3, Some(3));
    add(f, "mustRegexSplit", regex_split, 3, Some(3));
    add(
        f,
        "regexQuoteMeta",
        // Go's regexp.QuoteMeta: only `\.+*?()|[]{}^$` get a backslash
        |_: E, a| {
            let v = string_arg(&a[0])?;
            let mut out = String::with_capacity(v.len());
            for c in v.chars() {
                if "\\.+*?()|[]{}^$".contains(c) {
                    out.push('\\');
                }
                out.push(c);
            }
            s(out)
        },
        1,
        Some(1),
    );
    add(f, "hello", |_: E, _| s("Hello!".into()), 0, Some(0));
    add(
        f,
        "abbrevboth",
        |_: E, a| {
            let (left, right, v) = (int_arg(&a[0])?, int_arg(&a[1])?, string_arg(&a[2])?);
            let chars: Vec<char> = v.chars().collect();
            if right < 4 || (left > 0 && right < 7) || chars.len() as i64 <= right {
                return s(v);
            }
            let left = left.clamp(0, chars.len() as i64) as usize;
            let trimmed: String = if left > 3 {
                format!("...{}", chars[left..].iter().collect::<String>())
            } else {
                v.clone()
            };
            s(abbrev(right, &trimmed))
        },
        3,
        Some(3),
    );
}

/// sprig's strslice: a list of any kind as strings; nil elements are skipped.
pub(crate) fn strslice(v: &Value) -> Vec<String> {
    match v {
        Value::StrList(l) => l.as_ref().clone(),
        Value::List(l) => l
            .iter()
            .filter(|x| !matches!(x, Value::Nil))
            .map(strval)
            .collect(),
        Value::Nil => Vec::new(),
        other => vec![strval(other)],
    }
}

/// Compiles a template's pattern, once per pattern and thread: charts call the regex functions in loops.
fn re(v: &Value) -> Result<regex::Regex, String> {
    thread_local! {
        static CACHE: std::cell::RefCell<std::collections::HashMap<String, regex::Regex>> =
            std::cell::RefCell::new(std::collections::HashMap::new());
    }
    let p = string_arg(v)?;
    if let Some(found) = CACHE.with(|c| c.borrow().get(&p).cloned()) {
        return Ok(found);
    }
    let compiled = super::regexp::compile(&p).map_err(|e| format!("error parsing regexp: {e}"))?;
    CACHE.with(|c| c.borrow_mut().insert(p, compiled.clone()));
    Ok(compiled)
}

/// Go's `${1}`/`$1` expansion is close to the regex crate's; `$name` differs only in edge cases.
fn go_repl(r: &str) -> String {
    r.to_string()
}

fn regex_find_all(_: E, a: Vec<Value>) -> Res {
    let r = re(&a[0])?;
    let v = string_arg(&a[1])?;
    let n = int_arg(&a[2])?;
    let mut out: Vec<String> = r.find_iter(&v).map(|m| m.as_str().to_string()).collect();
    if n >= 0 {
        out.truncate(n as usize);
    }
    Ok(Value::StrList(std::rc::Rc::new(out)))
}

fn regex_split(_: E, a: Vec<Value>) -> Res {
    let r = re(&a[0])?;
    let v = string_arg(&a[1])?;
    let n = int_arg(&a[2])?;
    Ok(Value::StrList(std::rc::Rc::new(go_regex_split(&r, &v, n))))
}

/// Go's Regexp.Split: an empty match at the very start adds no empty first piece, and nothing
/// is added after a match that ends the text.
fn go_regex_split(r: &regex::Regex, v: &str, n: i64) -> Vec<String> {
    if n == 0 {
        return Vec::new();
    }
    if !r.as_str().is_empty() && v.is_empty() {
        return vec![String::new()];
    }
    let mut out = Vec::new();
    let (mut beg, mut end) = (0, 0);
    for m in r.find_iter(v) {
        if n > 0 && out.len() as i64 == n - 1 {
            break;
        }
        end = m.start();
        if m.end() != 0 {
            out.push(v[beg..end].to_string());
        }
        beg = m.end();
    }
    if end != v.len() {
        out.push(v[beg..].to_string());
    }
    out
}

pub(crate) fn indent(n: i64, v: &str) -> String {
    let pad = " ".repeat(n.max(0) as usize);
    format!("{pad}{}", v.replace('\n', &format!("\n{pad}")))
}

fn trunc(c: i64, v: &str) -> String {
    let len = v.len() as i64;
    let cut = |from: usize, to: usize| -> String {
        String::from_utf8_lossy(&v.as_bytes()[from..to]).into_owned()
    };
    if c < 0 && len + c > 0 {
        return cut((len + c) as usize, v.len());
    }
    if c >= 0 && len > c {
        return cut(0, c as usize);
    }
    v.to_string()
}

/// sprig's `substring`: Go slicing, so out-of-range bounds are errors (Go panics).
fn substr(start: i64, end: i64, v: &str) -> Result<String, String> {
    let b = v.as_bytes();
    let len = b.len() as i64;
    let (from, to) = if start < 0 {
        (0, end)
    } else if end < 0 || end > len {
        (start, len)
    } else {
        (start, end)
    };
    if to < 0 || to > len {
        return Err(format!(
            "runtime error: slice bounds out of range [:{to}] with length {len}"
        ));
    }
    if from > to {
        return Err(format!(
            "runtime error: slice bounds out of range [{from}:{to}]"
        ));
    }
    Ok(String::from_utf8_lossy(&b[from as usize..to as usize]).into_owned())
}

/// `indent`'s padding: a negative width is an error (Go's strings.Repeat panics).
fn checked_indent(n: i64, v: &str) -> Result<String, String> {
    check_repeat(n, 1 + v.matches('\n').count())?;
    Ok(indent(n, v))
}

/// The most text one `repeat` or `indent` may make. Go would try to allocate any size and
/// crash; one renderer serves every controller here, so a template asking for more than this
/// fails instead.
const MAX_REPEAT_BYTES: u64 = 1 << 28;

/// Checks `strings.Repeat(s, n)` for a string of `len` bytes: negative counts are Go's panic,
/// huge results are our limit.
fn check_repeat(n: i64, len: usize) -> Result<(), String> {
    if n < 0 {
        return Err("strings: negative Repeat count".into());
    }
    if (n as u64).saturating_mul(len as u64) > MAX_REPEAT_BYTES {
        return Err(format!(
            "strings: Repeat output length over {MAX_REPEAT_BYTES} bytes"
        ));
    }
    Ok(())
}

fn trim_set(v: &str, set: &str) -> String {
    v.trim_matches(|c| set.contains(c)).to_string()
}

/// Go's strings.Title: a character after a separator is upper-cased; separators are ASCII
/// characters other than letters, digits and `_`, and non-ASCII spaces.
fn title(v: &str) -> String {
    let is_separator = |c: char| {
        if c.is_ascii() {
            !(c.is_ascii_alphanumeric() || c == '_')
        } else {
            !(c.is_alphabetic() || c.is_numeric()) && c.is_whitespace()
        }
    };
    let mut out = String::with_capacity(v.len());
    let mut prev = ' ';
    for c in v.chars() {
        out.push(if is_separator(prev) {
            super::case::upper(c)
        } else {
            c
        });
        prev = c;
    }
    out
}

/// Go's unicode.IsSpace for a byte read as a rune (goutils works byte by byte).
fn is_latin1_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ' | 0x85 | 0xa0)
}

fn untitle(v: &str) -> String {
    let mut out = String::new();
    let mut at_start = true;
    for c in v.chars() {
        if at_start && !c.is_whitespace() {
            out.extend(c.to_lowercase());
        } else {
            out.push(c);
        }
        at_start = c.is_whitespace();
    }
    out
}

fn abbrev(width: i64, v: &str) -> String {
    // goutils.Abbreviate counts bytes
    if width < 4 || v.len() as i64 <= width {
        return v.to_string();
    }
    let keep = String::from_utf8_lossy(&v.as_bytes()[..(width - 3) as usize]).into_owned();
    format!("{keep}...")
}

/// goutils' WrapCustom (sprig's `wrap` and `wrapWith`): works on bytes, breaks at the last space
/// that keeps a line within `width`; a longer word is cut at `width` when `cut_long`, else kept
/// whole up to the next space. Existing newlines are ordinary characters.
fn wrap(v: &str, width: i64, sep: &str, cut_long: bool) -> String {
    if v.is_empty() {
        return String::new();
    }
    let sep = if sep.is_empty() { "\n" } else { sep }.as_bytes();
    let width = width.max(1) as usize;
    let b = v.as_bytes();
    let mut out: Vec<u8> = Vec::with_capacity(b.len());
    let mut off = 0;
    while b.len() - off > width {
        if b[off] == b' ' {
            off += 1;
            continue;
        }
        let end = (off + width + 1).min(b.len());
        if let Some(sp) = b[off..end].iter().rposition(|c| *c == b' ') {
            out.extend_from_slice(&b[off..off + sp]);
            out.extend_from_slice(sep);
            off += sp + 1;
        } else if cut_long {
            out.extend_from_slice(&b[off..off + width]);
            out.extend_from_slice(sep);
            off += width;
        } else {
            let end = off + width;
            match b[end..].iter().position(|c| *c == b' ') {
                None => {
                    out.extend_from_slice(&b[off..]);
                    off = b.len();
                }
                Some(i) => {
                    out.extend_from_slice(&b[off..end + i]);
                    out.extend_from_slice(sep);
                    off = end + i + 1;
                }
            }
        }
    }
    out.extend_from_slice(&b[off..]);
    String::from_utf8_lossy(&out).into_owned()
}

/// Go's strings.SplitN (n < 0: all).
pub(crate) fn go_split(v: &str, sep: &str, n: i64) -> Vec<String> {
    if n == 0 {
        return Vec::new();
    }
    if sep.is_empty() {
        let mut out: Vec<String> = v.chars().map(String::from).collect();
        if n > 0 && out.len() > n as usize {
            let rest: String = out[n as usize - 1..].concat();
            out.truncate(n as usize - 1);
            out.push(rest);
        }
        return out;
    }
    if n < 0 {
        v.split(sep).map(str::to_string).collect()
    } else {
        v.splitn(n as usize, sep).map(str::to_string).collect()
    }
}
