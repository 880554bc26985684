//! Reading YAML as helm v4 does before the JSON conversion: YAML 1.1 scalars (`yes`, `017`,
//! `1_000`) rewritten to their YAML 1.2 spelling, and a lenient reader that keeps the last of
//! duplicate keys and reads integers past 64 bits as floats.

/// Rewrites plain YAML 1.1 scalars that go-yaml v2 resolves differently from YAML 1.2
/// (`yes`/`no`/`on`/`off`/`y`/`n` booleans, `0755` octals) when they stand alone as a block
/// mapping or sequence value; block scalar contents are left alone.
pub(super) fn yaml11_compat(src: &str) -> std::borrow::Cow<'_, str> {
    if !may_need_yaml11_compat(src) {
        return std::borrow::Cow::Borrowed(src);
    }
    const TRUE: &[&str] = &["y", "Y", "yes", "Yes", "YES", "on", "On", "ON"];
    const FALSE: &[&str] = &["n", "N", "no", "No", "NO", "off", "Off", "OFF"];
    // Unchanged lines are not copied: `out` only receives the text up to a rewritten line
    // (`flushed` marks how far), so documents without YAML 1.1 scalars cost no copy.
    let mut out = String::new();
    let mut flushed = 0;
    let mut changed = false;
    let mut block_indent: Option<usize> = None;
    let mut line_end = 0;
    for line in src.split_inclusive('\n') {
        let line_start = line_end;
        line_end += line.len();
        let body = line.trim_end_matches(['\n', '\r']);
        let indent = body.len() - body.trim_start().len();
        if let Some(bi) = block_indent {
            if body.trim().is_empty() || indent > bi {
                continue;
            }
            block_indent = None;
        }
        let trimmed = body.trim_end();
        // a YAML 1.1 boolean as a plain mapping key ("yes: x", "- on: y")
        let key_start = if trimmed.trim_start().starts_with("- ") {
            indent + 2
        } else {
            indent
        };
        if let Some(colon) = trimmed.find(':') {
            let key = trimmed.get(key_start..colon).unwrap_or("");
            let at_end = trimmed.len() == colon + 1 || trimmed[colon + 1..].starts_with(' ');
            if at_end && (TRUE.contains(&key) || FALSE.contains(&key)) {
                let word = if TRUE.contains(&key) { "true" } else { "false" };
                let rewritten = format!("{}{word}{}", &body[..key_start], &line[colon..]);
                let rest_changed = yaml11_compat(&rewritten).into_owned();
                out.push_str(&src[flushed..line_start]);
                out.push_str(&rest_changed);
                flushed = line_end;
                changed = true;
                continue;
            }
        }
        // where does the value start? after "key: " or "- "
        let item_flow =
            trimmed.trim_start().starts_with("- {") || trimmed.trim_start().starts_with("- [");
        let value_start = if item_flow {
            Some(indent + 2)
        } else if let Some(end) = quoted_key_end(trimmed.trim_start()) {
            // `"a key": value`
            let at = trimmed.len() - trimmed.trim_start().len() + end;
            trimmed[at..].starts_with(": ").then_some(at + 2)
        } else {
            trimmed
                .find(": ")
                .filter(|_| !trimmed.trim_start().starts_with(['#', '"', '\'']))
                .map(|i| i + 2)
                .or_else(|| trimmed.trim_start().starts_with("- ").then(|| indent + 2))
        };
        if let Some(vs) = value_start.filter(|vs| *vs <= trimmed.len()) {
            let value = trimmed[vs..].trim();
            let value = value.split(" #").next().unwrap_or(value).trim();
            if value.starts_with(['|', '>']) {
                block_indent = Some(indent);
            }
            let replacement = if let Some(r) = yaml11_scalar(value) {
                Some(r)
            } else if value.len() > 2
                && ((value.starts_with('[') && value.ends_with(']'))
                    || (value.starts_with('{') && value.ends_with('}')))
                && !outside_quotes_has(value, &['#', '&', '*', '!'])
            {
                // a one-line flow collection: rewrite its plain scalars
                let mut flow = String::new();
                let mut token = String::new();
                let mut any = false;
                let mut quote: Option<char> = None;
                let mut escaped = false;
                for c in value.chars() {
                    if let Some(q) = quote {
                        token.push(c);
                        if escaped {
                            escaped = false;
                        } else if q == '"' && c == '\\' {
                            escaped = true;
                        } else if c == q {
                            quote = None;
                        }
                        continue;
                    }
                    if c == '"' || c == '\'' {
                        quote = Some(c);
                        token.push(c);
                        continue;
                    }
                    if matches!(c, '[' | ']' | '{' | '}' | ',' | ':') {
                        let t = token.trim();
                        match yaml11_scalar(t) {
                            Some(r) => {
                                flow.push_str(&token.replacen(t, &r, 1));
                                any = true;
                            }
                            None => flow.push_str(&token),
                        }
                        token.clear();
                        flow.push(c);
                    } else {
                        token.push(c);
                    }
                }
                flow.push_str(&token);
                any.then_some(flow)
            } else {
                None
            };
            if let Some(r) = replacement {
                let at = vs + trimmed[vs..].find(value).unwrap_or(0);
                out.push_str(&src[flushed..line_start]);
                out.push_str(&body[..at]);
                out.push_str(&r);
                out.push_str(&body[at + value.len()..]);
                out.push_str(&line[body.len()..]);
                flushed = line_end;
                changed = true;
                continue;
            }
        }
    }
    if changed {
        out.push_str(&src[flushed..]);
        std::borrow::Cow::Owned(out)
    } else {
        std::borrow::Cow::Borrowed(src)
    }
}

/// The byte just past a quoted scalar at the start of `v` (`"a\"b"`, `'it''s'`).
fn quoted_key_end(v: &str) -> Option<usize> {
    let q = v.chars().next().filter(|c| *c == '"' || *c == '\'')?;
    let b = v.as_bytes();
    let mut i = 1;
    while i < b.len() {
        match b[i] {
            b'\\' if q == '"' => i += 2,
            c if c == q as u8 && q == '\'' && b.get(i + 1) == Some(&b'\'') => i += 2,
            c if c == q as u8 => return Some(i + 1),
            _ => i += 1,
        }
    }
    None
}

/// Whether one of `chars` occurs in `v` outside single- or double-quoted strings.
fn outside_quotes_has(v: &str, chars: &[char]) -> bool {
    let mut quote: Option<char> = None;
    let mut escaped = false;
    for c in v.chars() {
        match quote {
            Some('"') if escaped => escaped = false,
            Some('"') if c == '\\' => escaped = true,
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == '"' || c == '\'' => quote = Some(c),
            None if chars.contains(&c) => return true,
            None => {}
        }
    }
    false
}

/// A quick scan for what [`yaml11_compat`] could rewrite: a YAML 1.1 boolean word or a `0`-led
/// octal standing alone (as a run of ASCII letters and digits) outside comments. Rewrites only
/// ever touch such a run before a line's first ` #`, and never a line that starts with `#`, so
/// text without one is returned as it is, skipping the line-by-line analysis.
pub(super) fn may_need_yaml11_compat(src: &str) -> bool {
    const WORDS: &[&[u8]] = &[
        b"y", b"Y", b"yes", b"Yes", b"YES", b"on", b"On", b"ON", b"n", b"N", b"no", b"No", b"NO",
        b"off", b"Off", b"OFF",
    ];
    let candidate = |t: &[u8]| {
        WORDS.contains(&t) || (t.len() > 1 && t[0] == b'0' && t.iter().all(u8::is_ascii_digit))
    };
    // digit groups (`1_000`): the scan below splits runs at `_`, so look for them directly
    if src
        .as_bytes()
        .windows(2)
        .any(|w| w[0].is_ascii_digit() && w[1] == b'_')
    {
        return true;
    }
    for line in src.split('\n') {
        if line.trim_start().starts_with('#') {
            continue;
        }
        let line = line.find(" #").map_or(line, |k| &line[..k]).as_bytes();
        let mut start = None;
        for (i, b) in line.iter().enumerate() {
            match (b.is_ascii_alphanumeric(), start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    if candidate(&line[s..i]) {
                        return true;
                    }
                    start = None;
                }
                _ => {}
            }
        }
        if start.is_some_and(|s| candidate(&line[s..])) {
            return true;
        }
    }
    false
}

/// The YAML 1.2 spelling of a plain YAML 1.1 scalar that go-yaml v2 reads differently.
pub(super) fn yaml11_scalar(v: &str) -> Option<String> {
    const TRUE: &[&str] = &["y", "Y", "yes", "Yes", "YES", "on", "On", "ON"];
    const FALSE: &[&str] = &["n", "N", "no", "No", "NO", "off", "Off", "OFF"];
    if TRUE.contains(&v) {
        Some("true".into())
    } else if FALSE.contains(&v) {
        Some("false".into())
    } else {
        yaml11_number(v)
    }
}

/// Numbers as helm v4 resolves plain scalars: `_` separators dropped, then Go's base-prefix
/// rules (`0x`, `0o`, `0b`, and a leading `0` for octal), else a decimal float (`08` is 8).
/// `None` when YAML 1.2 reads the scalar the same way or it is not a number.
fn yaml11_number(v: &str) -> Option<String> {
    let (sign, body) = match v.as_bytes().first()? {
        b'-' => ("-", &v[1..]),
        b'+' => ("", &v[1..]),
        _ => ("", v),
    };
    if !body.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let plain = body.replace('_', "");
    let radix = |p: &str, r: u32| u64::from_str_radix(p, r).ok().map(|n| format!("{sign}{n}"));
    let int = if let Some(h) = plain.strip_prefix("0x") {
        radix(h, 16)
    } else if let Some(o) = plain.strip_prefix("0o") {
        radix(o, 8)
    } else if let Some(b) = plain.strip_prefix("0b") {
        radix(b, 2)
    } else if plain.len() > 1 && plain.starts_with('0') && plain.bytes().all(|b| b.is_ascii_digit())
    {
        radix(&plain[1..], 8).or_else(|| {
            plain
                .trim_start_matches('0')
                .parse::<u64>()
                .ok()
                .map(|n| format!("{sign}{n}"))
        })
    } else {
        None
    };
    if int.is_some() {
        return int;
    }
    if body.contains('_') {
        let float_like = plain
            .bytes()
            .all(|b| b.is_ascii_digit() || b".eE+-".contains(&b));
        if float_like && plain.parse::<f64>().is_ok() {
            return Some(format!("{sign}{plain}"));
        }
    }
    None
}

/// A YAML value read with later duplicate keys replacing earlier ones and integers past 64 bits
/// as floats.
pub(super) struct Lenient(pub(super) yaml_serde::Value);

impl<'de> serde::Deserialize<'de> for Lenient {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(LenientVisitor).map(Lenient)
    }
}

struct LenientVisitor;

impl<'de> serde::de::Visitor<'de> for LenientVisitor {
    type Value = yaml_serde::Value;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any YAML value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Self::Value, E> {
        Ok(yaml_serde::Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Self::Value, E> {
        Ok(yaml_serde::Value::Number(v.into()))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Self::Value, E> {
        Ok(yaml_serde::Value::Number(v.into()))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Self::Value, E> {
        Ok(yaml_serde::Value::Number(v.into()))
    }
    fn visit_i128<E>(self, v: i128) -> Result<Self::Value, E> {
        Ok(yaml_serde::Value::Number((v as f64).into()))
    }
    fn visit_u128<E>(self, v: u128) -> Result<Self::Value, E> {
        Ok(yaml_serde::Value::Number((v as f64).into()))
    }
    fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
        Ok(yaml_serde::Value::String(v.to_string()))
    }
    fn visit_string<E>(self, v: String) -> Result<Self::Value, E> {
        Ok(yaml_serde::Value::String(v))
    }
    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(yaml_serde::Value::Null)
    }
    fn visit_none<E>(self) -> Result<Self::Value, E> {
        Ok(yaml_serde::Value::Null)
    }
    fn visit_some<D: serde::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(LenientVisitor)
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut a: A) -> Result<Self::Value, A::Error> {
        let mut v = Vec::new();
        while let Some(Lenient(x)) = a.next_element()? {
            v.push(x);
        }
        Ok(yaml_serde::Value::Sequence(v))
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut a: A) -> Result<Self::Value, A::Error> {
        let mut m = yaml_serde::Mapping::new();
        while let Some((Lenient(k), Lenient(v))) = a.next_entry()? {
            m.insert(k, v);
        }
        Ok(yaml_serde::Value::Mapping(m))
    }
    fn visit_enum<A: serde::de::EnumAccess<'de>>(self, a: A) -> Result<Self::Value, A::Error> {
        use serde::de::VariantAccess as _;
        // a tagged node (`!!str 1`, `!custom x`): the tag is dropped, as the JSON conversion does
        let (_, variant): (String, _) = a.variant()?;
        variant.newtype_variant::<Lenient>().map(|l| l.0)
    }
}
