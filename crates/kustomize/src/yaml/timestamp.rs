//! Plain timestamps: kustomize reads resources with go-yaml v3, which takes an unquoted
//! `2001-12-14` as a time and prints it back, through JSON, as `"2001-12-14T00:00:00Z"`.

use std::sync::LazyLock;

use regex::Regex;

static TS_VALUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"^(?P<pre>\s*(?:-\s+)*(?:(?:"[^"]*"|'[^']*'|[^\s"'#?:\-\[\]{}][^#:]*?):\s+)?)(?P<val>[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt][0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(?:\.[0-9]+)?(?:Z|[+-][0-9]{2}:[0-9]{2})| [0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(?:\.[0-9]+)?)?)(?P<post>\s*(?:#.*)?)$"#,
    )
    .expect("static regex")
});

fn days_in_month(y: i64, m: i64) -> i64 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        _ => 28,
    }
}

/// The RFC 3339 text Go's `time.Time` marshals to, for a timestamp go-yaml v3 accepts.
pub fn rfc3339(s: &str) -> Option<String> {
    let (date, rest) = match s.find(['T', 't', ' ']) {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    };
    let mut d = date.split('-').map(|p| p.parse::<i64>().ok());
    let (y, mo, da) = (d.next()??, d.next()??, d.next()??);
    if !(1..=12).contains(&mo) || da < 1 || da > days_in_month(y, mo) {
        return None;
    }
    let Some(rest) = rest else {
        return Some(format!("{y:04}-{mo:02}-{da:02}T00:00:00Z"));
    };
    let (clock, zone) = match rest.find(['Z', '+', '-']) {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, "Z"),
    };
    let (hms, frac) = match clock.split_once('.') {
        Some((a, f)) => (a, f.trim_end_matches('0')),
        None => (clock, ""),
    };
    let mut t = hms.split(':').map(|p| p.parse::<i64>().ok());
    let (h, mi, se) = (t.next()??, t.next()??, t.next()??);
    if h > 23 || mi > 59 || se > 59 || frac.len() > 9 {
        return None;
    }
    let zone = match zone {
        "Z" | "+00:00" | "-00:00" => "Z".to_string(),
        z => z.to_string(),
    };
    let frac = if frac.is_empty() {
        String::new()
    } else {
        format!(".{frac}")
    };
    Some(format!(
        "{y:04}-{mo:02}-{da:02}T{h:02}:{mi:02}:{se:02}{frac}{zone}"
    ))
}

/// Rewrites plain timestamp values (`key: 2001-12-14`, `- 2001-12-14`, outside block scalars)
/// to the quoted text kustomize prints for them.
pub fn plain_timestamps(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.lines().any(|l| TS_VALUE.is_match(l)) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut block: Option<usize> = None;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        let indent = body.len() - body.trim_start().len();
        if let Some(b) = block {
            if body.trim().is_empty() || indent > b {
                out.push_str(line);
                continue;
            }
            block = None;
        }
        let trimmed = body.trim_end();
        if ["|", "|-", "|+", ">", ">-", ">+"]
            .iter()
            .any(|m| trimmed.ends_with(m))
        {
            block = Some(indent);
            out.push_str(line);
            continue;
        }
        let rewritten = TS_VALUE.captures(body).and_then(|c| {
            let ts = rfc3339(&c["val"])?;
            Some(format!(
                "{}\"{ts}\"{}{}",
                &c["pre"],
                &c["post"],
                &line[body.len()..]
            ))
        });
        out.push_str(rewritten.as_deref().unwrap_or(line));
    }
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_dates_become_go_times_and_quoted_ones_stay() {
        assert_eq!(
            plain_timestamps(
                "a: 2001-12-14\nb: \"2001-12-14\"\nc: 2002-1-1 3:4:5.50\nd: 2001-12-14T21:59:43+00:00\n"
            ),
            "a: \"2001-12-14T00:00:00Z\"\nb: \"2001-12-14\"\nc: \"2002-01-01T03:04:05.5Z\"\nd: \"2001-12-14T21:59:43Z\"\n"
        );
    }

    #[test]
    fn impossible_dates_stay_strings() {
        assert_eq!(rfc3339("2001-02-30"), None);
        assert_eq!(plain_timestamps("a: 2001-13-01\n"), "a: 2001-13-01\n");
    }
}
