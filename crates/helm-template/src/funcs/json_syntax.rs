//! The first syntax error in JSON text, worded as Go's encoding/json scanner words it
//! (`invalid character 'a' looking for beginning of value`, `unexpected end of JSON input`):
//! `fromJson` and `fromJsonArray` put that message in their result.

struct Scan<'a> {
    b: &'a [u8],
    i: usize,
}

const EOF: &str = "unexpected end of JSON input";

/// How Go quotes a byte in these messages: `'a'`, `'\n'`, `'\''`.
fn quote(c: u8) -> String {
    match c {
        b'\'' => "'\\''".into(),
        b'"' => "'\"'".into(),
        0x07 => "'\\a'".into(),
        0x08 => "'\\b'".into(),
        0x0c => "'\\f'".into(),
        b'\n' => "'\\n'".into(),
        b'\r' => "'\\r'".into(),
        b'\t' => "'\\t'".into(),
        0x0b => "'\\v'".into(),
        0..=0x1f | 0x7f => format!("'\\x{c:02x}'"),
        0x80..=0xa0 | 0xad => format!("'\\u{c:04x}'"),
        _ => format!("'{}'", char::from(c)),
    }
}

fn invalid(c: u8, context: &str) -> String {
    format!("invalid character {} {context}", quote(c))
}

impl Scan<'_> {
    fn ws(&mut self) {
        while self.i < self.b.len() && matches!(self.b[self.i], b' ' | b'\t' | b'\n' | b'\r') {
            self.i += 1;
        }
    }

    fn peek(&self) -> Result<u8, String> {
        self.b.get(self.i).copied().ok_or_else(|| EOF.to_string())
    }

    /// The next byte where the grammar needs a particular one: at the end, Go's scanner is fed
    /// a space, so the error names `' '` (`in literal true (expecting 'r')`).
    fn want(&self) -> u8 {
        self.b.get(self.i).copied().unwrap_or(b' ')
    }

    fn digits(&mut self) {
        while self.i < self.b.len() && self.b[self.i].is_ascii_digit() {
            self.i += 1;
        }
    }

    fn value(&mut self) -> Result<(), String> {
        self.ws();
        match self.peek()? {
            b'{' => self.object(),
            b'[' => self.array(),
            b'"' => self.string(),
            b'-' | b'0'..=b'9' => self.number(),
            b't' => self.literal("true"),
            b'f' => self.literal("false"),
            b'n' => self.literal("null"),
            c => Err(invalid(c, "looking for beginning of value")),
        }
    }

    fn object(&mut self) -> Result<(), String> {
        self.i += 1;
        self.ws();
        if self.peek()? == b'}' {
            self.i += 1;
            return Ok(());
        }
        loop {
            self.ws();
            let c = self.peek()?;
            if c != b'"' {
                return Err(invalid(c, "looking for beginning of object key string"));
            }
            self.string()?;
            self.ws();
            let c = self.peek()?;
            if c != b':' {
                return Err(invalid(c, "after object key"));
            }
            self.i += 1;
            self.value()?;
            self.ws();
            match self.peek()? {
                b',' => self.i += 1,
                b'}' => {
                    self.i += 1;
                    return Ok(());
                }
                c => return Err(invalid(c, "after object key:value pair")),
            }
        }
    }

    fn array(&mut self) -> Result<(), String> {
        self.i += 1;
        self.ws();
        if self.peek()? == b']' {
            self.i += 1;
            return Ok(());
        }
        loop {
            self.value()?;
            self.ws();
            match self.peek()? {
                b',' => self.i += 1,
                b']' => {
                    self.i += 1;
                    return Ok(());
                }
                c => return Err(invalid(c, "after array element")),
            }
        }
    }

    fn string(&mut self) -> Result<(), String> {
        self.i += 1;
        loop {
            let c = self.peek()?;
            self.i += 1;
            match c {
                b'"' => return Ok(()),
                b'\\' => {
                    let e = self.want();
                    self.i += 1;
                    match e {
                        b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't' => {}
                        b'u' => {
                            for _ in 0..4 {
                                let h = self.want();
                                if !h.is_ascii_hexdigit() {
                                    return Err(invalid(h, "in \\u hexadecimal character escape"));
                                }
                                self.i += 1;
                            }
                        }
                        e => return Err(invalid(e, "in string escape code")),
                    }
                }
                c if c < 0x20 => return Err(invalid(c, "in string literal")),
                _ => {}
            }
        }
    }

    fn number(&mut self) -> Result<(), String> {
        if self.b[self.i] == b'-' {
            self.i += 1;
            let c = self.want();
            if !c.is_ascii_digit() {
                return Err(invalid(c, "in numeric literal"));
            }
        }
        if self.b[self.i] == b'0' {
            self.i += 1;
        } else {
            self.digits();
        }
        if self.b.get(self.i) == Some(&b'.') {
            self.i += 1;
            let c = self.want();
            if !c.is_ascii_digit() {
                return Err(invalid(c, "after decimal point in numeric literal"));
            }
            self.digits();
        }
        if matches!(self.b.get(self.i), Some(b'e' | b'E')) {
            self.i += 1;
            if matches!(self.want(), b'+' | b'-') {
                self.i += 1;
            }
            let c = self.want();
            if !c.is_ascii_digit() {
                return Err(invalid(c, "in exponent of numeric literal"));
            }
            self.digits();
        }
        Ok(())
    }

    fn literal(&mut self, word: &str) -> Result<(), String> {
        self.i += 1;
        for &want in &word.as_bytes()[1..] {
            let c = self.want();
            if c != want {
                return Err(invalid(
                    c,
                    &format!("in literal {word} (expecting {})", quote(want)),
                ));
            }
            self.i += 1;
        }
        Ok(())
    }
}

/// The first syntax error in `text`, or `None` when it is valid JSON.
pub(crate) fn syntax_error(text: &str) -> Option<String> {
    let mut s = Scan {
        b: text.as_bytes(),
        i: 0,
    };
    if let Err(e) = s.value() {
        return Some(e);
    }
    s.ws();
    s.b.get(s.i).map(|&c| invalid(c, "after top-level value"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syntax_errors_are_worded_as_go_words_them() {
        let cases = [
            (
                "a,b,c",
                Some("invalid character 'a' looking for beginning of value"),
            ),
            (
                "- 1\n- two\n",
                Some("invalid character ' ' in numeric literal"),
            ),
            ("\"x", Some("unexpected end of JSON input")),
            ("", Some("unexpected end of JSON input")),
            ("007", Some("invalid character '0' after top-level value")),
            (
                "top/x",
                Some("invalid character 'o' in literal true (expecting 'r')"),
            ),
            ("{\"a\" 1}", Some("invalid character '1' after object key")),
            ("[1 2]", Some("invalid character '2' after array element")),
            ("{\"k\": [1, 2.5, null]}", None),
            (
                "t",
                Some("invalid character ' ' in literal true (expecting 'r')"),
            ),
            ("-", Some("invalid character ' ' in numeric literal")),
            (
                "1.",
                Some("invalid character ' ' after decimal point in numeric literal"),
            ),
            ("\"a\\", Some("invalid character ' ' in string escape code")),
            ("[1,", Some("unexpected end of JSON input")),
        ];
        for (text, want) in cases {
            assert_eq!(syntax_error(text).as_deref(), want, "{text:?}");
        }
    }
}
