//! sprig's `camelcase`, `snakecase` and `kebabcase`, with huandu/xstrings' rules: text is cut
//! into words (connectors `-`, `_` and spaces; punctuation; capitalised, lower-case and all-caps
//! runs; digits; anything else), and words are rejoined by those rules, so punctuation,
//! digits and non-ASCII text come out as helm prints them.

use std::sync::OnceLock;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Word {
    /// Nothing left.
    End,
    Number,
    Upper,
    Alpha,
    Connector,
    Punct,
    Other,
}

fn is_connector(c: char) -> bool {
    c == '-' || c == '_' || c.is_whitespace()
}

/// A letter that is not a CJK ideograph.
fn is_alphabet(c: char) -> bool {
    c.is_alphabetic()
        && !matches!(c, '\u{4E00}'..='\u{9FCC}' | '\u{3400}'..='\u{4D85}' | '\u{20000}'..='\u{2B81D}')
}

/// Unicode punctuation (general category P), as Go's `unicode.IsPunct`.
fn is_punct(c: char) -> bool {
    static RE: OnceLock<Option<regex::Regex>> = OnceLock::new();
    let re = RE.get_or_init(|| regex::Regex::new(r"^\p{P}$").ok());
    let mut buf = [0u8; 4];
    re.as_ref()
        .is_some_and(|re| re.is_match(c.encode_utf8(&mut buf)))
}

/// Single-character case mappings (Go maps rune to rune; `ß` stays `ß`).
pub(crate) fn upper(c: char) -> char {
    let mut u = c.to_uppercase();
    match (u.next(), u.next()) {
        (Some(x), None) => x,
        _ => c,
    }
}

pub(crate) fn lower(c: char) -> char {
    let mut l = c.to_lowercase();
    match (l.next(), l.next()) {
        (Some(x), None) => x,
        _ => c,
    }
}

/// The first word of `s`: its kind, its text and the rest.
fn next_word(s: &str) -> (Word, &str, &str) {
    let mut it = s.char_indices().peekable();
    let Some((_, c)) = it.next() else {
        return (Word::End, "", "");
    };
    let end_while = |it: &mut std::iter::Peekable<std::str::CharIndices>,
                     f: &dyn Fn(char) -> bool| {
        while let Some(&(_, x)) = it.peek() {
            if !f(x) {
                break;
            }
            it.next();
        }
        it.peek().map_or(s.len(), |&(i, _)| i)
    };
    let (kind, end) = if is_connector(c) {
        (Word::Connector, end_while(&mut it, &is_connector))
    } else if is_punct(c) {
        (Word::Punct, end_while(&mut it, &is_punct))
    } else if c.is_uppercase() {
        match it.peek().copied() {
            None => (Word::Upper, s.len()),
            Some((_, n)) if n.is_uppercase() => {
                // a run of capitals; its last one starts the next word when a letter follows
                let mut last_start = 0;
                while let Some(&(i, x)) = it.peek() {
                    if !x.is_uppercase() {
                        break;
                    }
                    last_start = i;
                    it.next();
                }
                match it.peek() {
                    Some(&(_, x)) if is_alphabet(x) => (Word::Upper, last_start),
                    Some(&(i, _)) => (Word::Upper, i),
                    None => (Word::Upper, s.len()),
                }
            }
            Some((_, n)) if is_alphabet(n) => (
                Word::Upper,
                end_while(&mut it, &|x| is_alphabet(x) && !x.is_uppercase()),
            ),
            Some((i, _)) => (Word::Upper, i),
        }
    } else if is_alphabet(c) {
        (
            Word::Alpha,
            end_while(&mut it, &|x| is_alphabet(x) && !x.is_uppercase()),
        )
    } else if c.is_numeric() {
        (Word::Number, end_while(&mut it, &char::is_numeric))
    } else {
        (
            Word::Other,
            end_while(&mut it, &|x| {
                !(is_connector(x) || is_alphabet(x) || x.is_numeric() || is_punct(x))
            }),
        )
    };
    (kind, &s[..end], &s[end..])
}

fn put_lower(buf: &mut String, kind: Word, word: &str, connector: char) {
    if kind != Word::Upper && kind != Word::Connector {
        buf.push_str(word);
        return;
    }
    for c in word.chars() {
        buf.push(if is_connector(c) {
            connector
        } else if c.is_uppercase() {
            lower(c)
        } else {
            c
        });
    }
}

/// `snakecase` (`connector` `_`) and `kebabcase` (`-`).
pub(crate) fn lower_joined(s: &str, connector: char) -> String {
    use Word::*;
    let mut buf = String::with_capacity(s.len() + 4);
    let (mut wt, mut word, mut rest) = next_word(s);
    while !rest.is_empty() {
        if wt != Connector {
            put_lower(&mut buf, wt, word, connector);
        }
        let (prev, last) = (wt, word);
        (wt, word, rest) = next_word(rest);
        match prev {
            Number => {
                while wt == Alpha || wt == Number {
                    put_lower(&mut buf, wt, word, connector);
                    (wt, word, rest) = next_word(rest);
                }
                if !matches!(wt, End | Punct | Connector) {
                    buf.push(connector);
                }
            }
            Connector => put_lower(&mut buf, prev, last, connector),
            Punct => {}
            _ => {
                if wt != Number {
                    if wt != Connector && wt != Punct {
                        buf.push(connector);
                    }
                } else if !rest.is_empty() {
                    let number = word;
                    (wt, word, rest) = next_word(rest);
                    if wt != Alpha {
                        put_lower(&mut buf, Number, number, connector);
                        if wt != Connector && wt != Punct {
                            buf.push(connector);
                        }
                    } else {
                        buf.push(connector);
                        put_lower(&mut buf, Number, number, connector);
                        while wt == Alpha || wt == Number {
                            put_lower(&mut buf, wt, word, connector);
                            (wt, word, rest) = next_word(rest);
                        }
                        if !matches!(wt, End | Connector | Punct) {
                            buf.push(connector);
                        }
                    }
                }
            }
        }
    }
    put_lower(&mut buf, wt, word, connector);
    buf
}

/// `camelcase` (xstrings' ToPascalCase): connectors are dropped and the next letter capitalised;
/// a word that starts with a capital has its following capitals lowered.
pub(crate) fn pascal(s: &str) -> String {
    let mut chars = s.chars();
    let mut buf = String::with_capacity(s.len());
    let mut first_upper = false;
    let mut r0 = None;
    for c in chars.by_ref() {
        if !is_connector(c) {
            first_upper = c.is_uppercase();
            r0 = Some(upper(c));
            break;
        }
        buf.push(c);
        r0 = Some(c);
    }
    let Some(mut r0) = r0 else {
        return buf;
    };
    let rest: Vec<char> = chars.collect();
    if rest.is_empty() {
        // xstrings writes the last rune again here, even a connector it already wrote
        buf.push(r0);
        return buf;
    }
    for c in rest {
        let r1 = r0;
        r0 = c;
        if is_connector(r0) && is_connector(r1) {
            buf.push(r1);
            continue;
        }
        if is_connector(r1) {
            first_upper = r0.is_uppercase();
            r0 = upper(r0);
        } else {
            if first_upper {
                if r0.is_uppercase() {
                    r0 = lower(r0);
                } else {
                    first_upper = false;
                }
            }
            buf.push(r1);
        }
    }
    buf.push(r0);
    buf
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snake_and_kebab_case_keep_punctuation_and_split_numbers_like_xstrings() {
        assert_eq!(lower_joined("-7", '_'), "_7");
        assert_eq!(lower_joined(" ", '_'), "_");
        assert_eq!(lower_joined("aGVsbG8=", '-'), "a-g-vsb-g8-=");
        assert_eq!(lower_joined("v1.36.0", '-'), "v1.36.0");
        assert_eq!(lower_joined("a,b,c", '_'), "a,b,c");
        assert_eq!(lower_joined("HTTPServer2Go", '_'), "http_server2_go");
    }

    #[test]
    fn camel_case_drops_connectors_and_lowers_caps_runs() {
        assert_eq!(pascal("multi\nline\n"), "MultiLine\n");
        assert_eq!(pascal("hello_world"), "HelloWorld");
        assert_eq!(pascal("HTTPServer"), "Httpserver");
        assert_eq!(pascal("  "), "   ");
    }
}
