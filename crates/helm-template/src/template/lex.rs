//! Splits template source into tokens, as Go's text/template/parse lexer does.

/// Tokens borrow their text from the source (quoted strings, which need unescaping, are shared
/// `Rc`s): the parser clones tokens as it peeks, and copying every text run was costly.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Tok<'a> {
    Text(&'a str),
    Left,
    Right,
    Space,
    Ident(&'a str),
    Field(&'a str),
    Var(&'a str),
    Dot,
    Declare,
    Assign,
    Pipe,
    LParen,
    RParen,
    Comma,
    Str(std::rc::Rc<str>),
    Char(i64),
    Number(&'a str),
    Bool(bool),
    Nil,
    Keyword(&'static str),
    Comment,
    Eof,
}

#[derive(Debug, Clone)]
pub(crate) struct Token<'a> {
    pub tok: Tok<'a>,
    pub pos: usize,
}

const KEYWORDS: &[&str] = &[
    "block", "break", "continue", "define", "else", "end", "if", "range", "template", "with",
];

/// Lexes `src`; an error carries the byte offset and message.
pub(crate) fn lex(src: &str) -> Result<Vec<Token<'_>>, (usize, String)> {
    let mut out: Vec<Token<'_>> = Vec::new();
    let b = src.as_bytes();
    let mut i = 0;
    let mut trim_next = false;
    while i < b.len() {
        // text up to the next "{{"
        let next = find_left_delim(src, i);
        let mut text = &src[i..next];
        if trim_next {
            text = text.trim_start_matches([' ', '\t', '\r', '\n']);
        }
        let text_start = next - text.len();
        let trim_left = next + 4 <= b.len()
            && &src[next..next + 3] == "{{-"
            && matches!(b[next + 3], b' ' | b'\t' | b'\r' | b'\n');
        if trim_left {
            text = text.trim_end_matches([' ', '\t', '\r', '\n']);
        }
        if !text.is_empty() {
            out.push(Token {
                tok: Tok::Text(text),
                pos: text_start,
            });
        }
        if next >= b.len() {
            break;
        }
        out.push(Token {
            tok: Tok::Left,
            pos: next,
        });
        i = next + 2;
        if trim_left {
            i += 2;
        }
        // comment
        let rest = &src[i..];
        if rest.starts_with("/*") {
            let start = i;
            let Some(end) = src[start + 2..].find("*/") else {
                return Err((start, "unclosed comment".into()));
            };
            let mut j = start + 2 + end + 2;
            let (is_trim, close) = right_delim_at(src, j);
            if close == 0 {
                return Err((start, "comment ends before closing delimiter".into()));
            }
            j += close;
            out.push(Token {
                tok: Tok::Comment,
                pos: start,
            });
            out.push(Token {
                tok: Tok::Right,
                pos: j - 2,
            });
            trim_next = is_trim;
            i = j;
            continue;
        }
        // inside action
        let mut paren = 0usize;
        loop {
            let (is_trim, close) = right_delim_at(src, i);
            if close > 0 && paren == 0 {
                out.push(Token {
                    tok: Tok::Right,
                    pos: i,
                });
                i += close;
                trim_next = is_trim;
                break;
            }
            if i >= b.len() {
                return Err((i, "unclosed action".into()));
            }
            let c = b[i];
            let start = i;
            match c {
                b' ' | b'\t' | b'\r' | b'\n' => {
                    while i < b.len() && matches!(b[i], b' ' | b'\t' | b'\r' | b'\n') {
                        if right_delim_at(src, i).1 > 0 && right_delim_at(src, i).0 {
                            break;
                        }
                        i += 1;
                    }
                    if i == start {
                        // " -}}" at i: handled on the next loop turn
                        let (_, close) = right_delim_at(src, i);
                        out.push(Token {
                            tok: Tok::Right,
                            pos: i,
                        });
                        i += close;
                        trim_next = true;
                        break;
                    }
                    out.push(Token {
                        tok: Tok::Space,
                        pos: start,
                    });
                }
                b'=' => {
                    i += 1;
                    out.push(Token {
                        tok: Tok::Assign,
                        pos: start,
                    });
                }
                b':' => {
                    if b.get(i + 1) != Some(&b'=') {
                        return Err((i, "expected :=".into()));
                    }
                    i += 2;
                    out.push(Token {
                        tok: Tok::Declare,
                        pos: start,
                    });
                }
                b'|' => {
                    i += 1;
                    out.push(Token {
                        tok: Tok::Pipe,
                        pos: start,
                    });
                }
                b',' => {
                    i += 1;
                    out.push(Token {
                        tok: Tok::Comma,
                        pos: start,
                    });
                }
                b'(' => {
                    paren += 1;
                    i += 1;
                    out.push(Token {
                        tok: Tok::LParen,
                        pos: start,
                    });
                }
                b')' => {
                    if paren == 0 {
                        return Err((i, "unexpected right paren".into()));
                    }
                    paren -= 1;
                    i += 1;
                    out.push(Token {
                        tok: Tok::RParen,
                        pos: start,
                    });
                }
                b'"' => {
                    i += 1;
                    loop {
                        match b.get(i) {
                            None | Some(b'\n') => {
                                return Err((start, "unterminated quoted string".into()));
                            }
                            Some(b'\\') => i += 2,
                            Some(b'"') => break,
                            _ => i += 1,
                        }
                    }
                    i += 1;
                    let s = unquote(&src[start..i]).map_err(|e| (start, e))?;
                    out.push(Token {
                        tok: Tok::Str(s.into()),
                        pos: start,
                    });
                }
                b'`' => {
                    let Some(end) = src[i + 1..].find('`') else {
                        return Err((start, "unterminated raw quoted string".into()));
                    };
                    i = i + 1 + end + 1;
                    out.push(Token {
                        tok: Tok::Str(src[start + 1..i - 1].into()),
                        pos: start,
                    });
                }
                b'\'' => {
                    i += 1;
                    loop {
                        match b.get(i) {
                            None | Some(b'\n') => {
                                return Err((start, "unterminated character constant".into()));
                            }
                            Some(b'\\') => i += 2,
                            Some(b'\'') => break,
                            _ => i += 1,
                        }
                    }
                    i += 1;
                    let inner = &src[start + 1..i - 1];
                    let s = unquote(&format!("\"{inner}\"")).map_err(|e| (start, e))?;
                    let mut chars = s.chars();
                    let (Some(ch), None) = (chars.next(), chars.next()) else {
                        return Err((
                            start,
                            format!("malformed character constant: {}", &src[start..i]),
                        ));
                    };
                    out.push(Token {
                        tok: Tok::Char(i64::from(u32::from(ch))),
                        pos: start,
                    });
                }
                b'$' => {
                    i += 1;
                    while i < b.len() && is_alnum(b[i]) {
                        i += 1;
                    }
                    out.push(Token {
                        tok: Tok::Var(&src[start..i]),
                        pos: start,
                    });
                }
                b'.' => {
                    if b.get(i + 1).is_some_and(u8::is_ascii_digit) {
                        i = scan_number(b, i);
                        out.push(Token {
                            tok: Tok::Number(&src[start..i]),
                            pos: start,
                        });
                    } else if b.get(i + 1).copied().is_some_and(is_alnum) {
                        i += 1;
                        while i < b.len() && is_alnum(b[i]) {
                            i += 1;
                        }
                        out.push(Token {
                            tok: Tok::Field(&src[start + 1..i]),
                            pos: start,
                        });
                    } else {
                        i += 1;
                        out.push(Token {
                            tok: Tok::Dot,
                            pos: start,
                        });
                    }
                }
                b'+' | b'-' | b'0'..=b'9' => {
                    i = scan_number(b, i);
                    if i == start + 1 && !c.is_ascii_digit() {
                        return Err((start, format!("bad character {:?}", c as char)));
                    }
                    out.push(Token {
                        tok: Tok::Number(&src[start..i]),
                        pos: start,
                    });
                }
                c if is_alnum(c) => {
                    while i < b.len() && is_alnum(b[i]) {
                        i += 1;
                    }
                    let word = &src[start..i];
                    let tok = if let Some(k) = KEYWORDS.iter().find(|k| **k == word) {
                        Tok::Keyword(k)
                    } else {
                        match word {
                            "true" => Tok::Bool(true),
                            "false" => Tok::Bool(false),
                            "nil" => Tok::Nil,
                            _ => Tok::Ident(word),
                        }
                    };
                    out.push(Token { tok, pos: start });
                }
                _ => {
                    let ch = src[i..].chars().next().unwrap_or('?');
                    return Err((i, format!("unexpected {ch:?} in command")));
                }
            }
        }
    }
    out.push(Token {
        tok: Tok::Eof,
        pos: b.len(),
    });
    Ok(out)
}

/// The offset of the next `{{` at or after `from` (the end when there is none). Searching for
/// the single byte `{` uses memchr; the two-byte pattern search was a visible cost on large
/// template files.
fn find_left_delim(src: &str, from: usize) -> usize {
    let b = src.as_bytes();
    let mut i = from;
    while let Some(k) = src[i..].find('{') {
        let at = i + k;
        if b.get(at + 1) == Some(&b'{') {
            return at;
        }
        i = at + 1;
    }
    b.len()
}

/// At `i`, is there a right delimiter? Returns (trims, length consumed).
fn right_delim_at(src: &str, i: usize) -> (bool, usize) {
    // byte checks: the lexer asks this at every character of an action
    let rest = src.as_bytes().get(i..).unwrap_or_default();
    match rest {
        [b'}', b'}', ..] => (false, 2),
        [b' ' | b'\t' | b'\r' | b'\n', b'-', b'}', b'}', ..] => (true, 4),
        _ => (false, 0),
    }
}

fn is_alnum(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80
}

fn scan_number(b: &[u8], mut i: usize) -> usize {
    if matches!(b[i], b'+' | b'-') {
        i += 1;
    }
    while i < b.len() {
        let c = b[i];
        let exp_sign =
            matches!(c, b'+' | b'-') && i > 0 && matches!(b[i - 1], b'e' | b'E' | b'p' | b'P');
        if c.is_ascii_alphanumeric() || c == b'.' || c == b'_' || exp_sign {
            i += 1;
        } else {
            break;
        }
    }
    i
}

/// Interprets a Go double-quoted string literal.
pub(crate) fn unquote(lit: &str) -> Result<String, String> {
    let inner = &lit[1..lit.len() - 1];
    let mut out = String::new();
    let mut chars = inner.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some(e) = chars.next() else {
            return Err("invalid syntax".into());
        };
        match e {
            'n' => out.push('\n'),
            't' => out.push('\t'),
            'r' => out.push('\r'),
            'a' => out.push('\u{7}'),
            'b' => out.push('\u{8}'),
            'f' => out.push('\u{c}'),
            'v' => out.push('\u{b}'),
            '\\' => out.push('\\'),
            '"' => out.push('"'),
            '\'' => out.push('\''),
            'x' | 'u' | 'U' => {
                let n = match e {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let hex: String = (0..n).filter_map(|_| chars.next()).collect();
                let v = u32::from_str_radix(&hex, 16).map_err(|_| "invalid syntax".to_string())?;
                if e == 'x' {
                    // a byte; only valid UTF-8 as a whole string, approximate with the char
                    out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
                } else {
                    out.push(char::from_u32(v).ok_or("invalid syntax")?);
                }
            }
            '0'..='7' => {
                let mut v = e.to_digit(8).unwrap_or(0);
                for _ in 0..2 {
                    let d = chars
                        .next()
                        .and_then(|c| c.to_digit(8))
                        .ok_or("invalid syntax")?;
                    v = v * 8 + d;
                }
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
            }
            _ => return Err("invalid syntax".into()),
        }
    }
    Ok(out)
}
