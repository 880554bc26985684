//! Go's regexp syntax on the regex crate: Go's Perl classes (`\d`, `\w`, `\s` and their
//! negations) are ASCII-only, the regex crate's are Unicode. Spelling them as ASCII sets is
//! both what Go means and far cheaper to compile (Unicode `\w` alone is hundreds of ranges, and
//! a chart run compiles every pattern it meets).

use std::borrow::Cow;

/// Compiles a Go pattern; errors read as the regex crate reports the pattern as written.
pub(crate) fn compile(pattern: &str) -> Result<regex::Regex, regex::Error> {
    match ascii_classes(pattern) {
        Cow::Borrowed(p) => regex::Regex::new(p),
        // a rewritten pattern that fails is reported as the original fails
        Cow::Owned(p) => regex::Regex::new(&p).or_else(|_| regex::Regex::new(pattern)),
    }
}

/// Rewrites `\d \D \w \W \s \S` as bracketed ASCII sets. Inside a class the set becomes a nested
/// class, which the regex crate unites with the rest, so no class tracking is needed.
fn ascii_classes(pattern: &str) -> Cow<'_, str> {
    if !pattern.contains(['\\', '{']) {
        return Cow::Borrowed(pattern);
    }
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut changed = false;
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        if c == '{' && !starts_repetition(chars.as_str()) {
            // Go reads a `{` that does not open `{n}`, `{n,}` or `{n,m}` as a literal
            out.push_str("\\{");
            changed = true;
            continue;
        }
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some(e) = chars.next() else {
            out.push(c);
            break;
        };
        let set = match e {
            'd' => "[0-9]",
            'D' => "[^0-9]",
            'w' => "[0-9A-Za-z_]",
            'W' => "[^0-9A-Za-z_]",
            's' => r"[\t\n\f\r ]",
            'S' => r"[^\t\n\f\r ]",
            // `\p{Greek}`, `\x{263a}`: the braces belong to the escape
            'p' | 'P' | 'x' if chars.as_str().starts_with('{') => {
                out.push(c);
                out.push(e);
                for b in chars.by_ref() {
                    out.push(b);
                    if b == '}' {
                        break;
                    }
                }
                continue;
            }
            _ => {
                out.push(c);
                out.push(e);
                continue;
            }
        };
        out.push_str(set);
        changed = true;
    }
    if changed {
        Cow::Owned(out)
    } else {
        Cow::Borrowed(pattern)
    }
}

/// Whether `rest` (the text after a `{`) completes a repetition: digits, optionally a comma
/// and more digits, then `}`.
fn starts_repetition(rest: &str) -> bool {
    let b = rest.as_bytes();
    let digits = |from: usize| b[from..].iter().take_while(|c| c.is_ascii_digit()).count();
    let n = digits(0);
    if n == 0 {
        return false;
    }
    let mut i = n;
    if b.get(i) == Some(&b',') {
        i += 1;
        i += digits(i);
    }
    b.get(i) == Some(&b'}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn perl_classes_become_ascii_sets() {
        assert_eq!(ascii_classes(r"-r\d+$"), r"-r[0-9]+$");
        assert_eq!(ascii_classes(r"(-?[^a-z\d\-])+-?"), r"(-?[^a-z[0-9]\-])+-?");
        assert_eq!(ascii_classes(r"a\\d\.\W"), r"a\\d\.[^0-9A-Za-z_]");
        assert_eq!(ascii_classes(r"\p{L}\s"), r"\p{L}[\t\n\f\r ]");
    }

    #[test]
    fn rewritten_patterns_match_like_go() {
        let cases: &[(&str, &str, bool)] = &[
            (r"^\d+$", "123", true),
            (r"^\d+$", "١٢٣", false),
            (r"^[^a-z\d\-]+$", "A_B", true),
            (r"^[^a-z\d\-]+$", "a", false),
            (r"^[^a-z\d\-]+$", "7", false),
            (r"^[^a-z\d\-]+$", "é", true),
            (r"^\W+$", "é!", true),
            (r"^\w+$", "é", false),
            (r"^[\w.]+$", "a_b.c", true),
            (r"^[^\W]+$", "ab", true),
            (r"^\S\s\S$", "a b", true),
            (r"^\s$", "\u{a0}", false),
        ];
        for (p, text, want) in cases {
            let r = compile(p).unwrap();
            assert_eq!(r.is_match(text), *want, "{p} on {text:?}");
        }
    }

    #[test]
    fn errors_name_the_pattern_as_written() {
        let e = compile(r"\d(").unwrap_err().to_string();
        assert!(e.contains(r"\d("), "{e}");
    }
}
