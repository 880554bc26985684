//! Go's `encoding/json` syntax check, for its error words: Flux quotes them when a file it decodes is not JSON
//! (`invalid character '-' in numeric literal`). The same state machine as Go's scanner, over bytes; it only
//! checks, decoding is serde_json's.

/// Where the scanner is inside a composite value.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Parse {
    ObjectKey,
    ObjectValue,
    ArrayValue,
}

/// The scanner's next step.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Step {
    BeginValue,
    BeginValueOrEmpty,
    BeginStringOrEmpty,
    BeginString,
    EndValue,
    EndTop,
    InString,
    InStringEsc,
    InStringEscU(u8),
    Neg,
    One,
    Zero,
    Dot,
    Dot0,
    E,
    ESign,
    E0,
    /// Inside `true`, `false` or `null`: the literal and how many bytes were read.
    Literal(&'static str, usize),
}

/// Go's message for the first syntax error of `data`, or `None` when it is valid JSON.
pub fn syntax_error(data: &[u8]) -> Option<String> {
    let mut stack: Vec<Parse> = Vec::new();
    let mut step = Step::BeginValue;
    for &c in data {
        step = match next(step, c, &mut stack) {
            Ok(s) => s,
            Err(context) => return Some(format!("invalid character {} {context}", quote_char(c))),
        };
    }
    // End of input: a number or literal may end here; anything else open is truncated input.
    match next(step, b' ', &mut stack) {
        Ok(Step::EndTop) => None,
        _ => Some("unexpected end of JSON input".to_string()),
    }
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\r' | b'\n')
}

fn next(step: Step, c: u8, stack: &mut Vec<Parse>) -> Result<Step, String> {
    match step {
        Step::BeginValueOrEmpty => {
            if is_space(c) {
                return Ok(step);
            }
            if c == b']' {
                return end_value(c, stack);
            }
            begin_value(c, stack)
        }
        Step::BeginValue => begin_value(c, stack),
        Step::BeginStringOrEmpty => {
            if is_space(c) {
                return Ok(step);
            }
            if c == b'}' {
                if let Some(top) = stack.last_mut() {
                    *top = Parse::ObjectValue;
                }
                return end_value(c, stack);
            }
            begin_string(c)
        }
        Step::BeginString => begin_string(c),
        Step::EndValue => end_value(c, stack),
        Step::EndTop => {
            if is_space(c) {
                Ok(Step::EndTop)
            } else {
                Err("after top-level value".into())
            }
        }
        Step::InString => match c {
            b'"' => Ok(Step::EndValue),
            b'\\' => Ok(Step::InStringEsc),
            c if c < 0x20 => Err("in string literal".into()),
            _ => Ok(Step::InString),
        },
        Step::InStringEsc => match c {
            b'b' | b'f' | b'n' | b'r' | b't' | b'\\' | b'/' | b'"' => Ok(Step::InString),
            b'u' => Ok(Step::InStringEscU(0)),
            _ => Err("in string escape code".into()),
        },
        Step::InStringEscU(n) => {
            if !c.is_ascii_hexdigit() {
                return Err("in \\u hexadecimal character escape".into());
            }
            Ok(if n == 3 {
                Step::InString
            } else {
                Step::InStringEscU(n + 1)
            })
        }
        Step::Neg => match c {
            b'0' => Ok(Step::Zero),
            b'1'..=b'9' => Ok(Step::One),
            _ => Err("in numeric literal".into()),
        },
        Step::One if c.is_ascii_digit() => Ok(Step::One),
        Step::One | Step::Zero => match c {
            b'.' => Ok(Step::Dot),
            b'e' | b'E' => Ok(Step::E),
            _ => end_value(c, stack),
        },
        Step::Dot => {
            if c.is_ascii_digit() {
                Ok(Step::Dot0)
            } else {
                Err("after decimal point in numeric literal".into())
            }
        }
        Step::Dot0 => match c {
            b'0'..=b'9' => Ok(Step::Dot0),
            b'e' | b'E' => Ok(Step::E),
            _ => end_value(c, stack),
        },
        Step::E if c == b'+' || c == b'-' => Ok(Step::ESign),
        Step::E | Step::ESign => {
            if c.is_ascii_digit() {
                Ok(Step::E0)
            } else {
                Err("in exponent of numeric literal".into())
            }
        }
        Step::E0 => {
            if c.is_ascii_digit() {
                Ok(Step::E0)
            } else {
                end_value(c, stack)
            }
        }
        Step::Literal(word, read) => {
            let want = word.as_bytes()[read];
            if c != want {
                return Err(format!(
                    "in literal {word} (expecting {})",
                    quote_char(want)
                ));
            }
            Ok(if read + 1 == word.len() {
                Step::EndValue
            } else {
                Step::Literal(word, read + 1)
            })
        }
    }
}

fn begin_value(c: u8, stack: &mut Vec<Parse>) -> Result<Step, String> {
    if is_space(c) {
        return Ok(Step::BeginValue);
    }
    match c {
        b'{' => {
            stack.push(Parse::ObjectKey);
            Ok(Step::BeginStringOrEmpty)
        }
        b'[' => {
            stack.push(Parse::ArrayValue);
            Ok(Step::BeginValueOrEmpty)
        }
        b'"' => Ok(Step::InString),
        b'-' => Ok(Step::Neg),
        b'0' => Ok(Step::Zero),
        b'1'..=b'9' => Ok(Step::One),
        b't' => Ok(Step::Literal("true", 1)),
        b'f' => Ok(Step::Literal("false", 1)),
        b'n' => Ok(Step::Literal("null", 1)),
        _ => Err("looking for beginning of value".into()),
    }
}

fn begin_string(c: u8) -> Result<Step, String> {
    if is_space(c) {
        return Ok(Step::BeginString);
    }
    if c == b'"' {
        return Ok(Step::InString);
    }
    Err("looking for beginning of object key string".into())
}

fn end_value(c: u8, stack: &mut Vec<Parse>) -> Result<Step, String> {
    let Some(top) = stack.last().copied() else {
        return next(Step::EndTop, c, stack);
    };
    if is_space(c) {
        return Ok(Step::EndValue);
    }
    match top {
        Parse::ObjectKey if c == b':' => {
            if let Some(t) = stack.last_mut() {
                *t = Parse::ObjectValue;
            }
            Ok(Step::BeginValue)
        }
        Parse::ObjectKey => Err("after object key".into()),
        Parse::ObjectValue if c == b',' => {
            if let Some(t) = stack.last_mut() {
                *t = Parse::ObjectKey;
            }
            Ok(Step::BeginString)
        }
        Parse::ObjectValue if c == b'}' => pop(stack),
        Parse::ObjectValue => Err("after object key:value pair".into()),
        Parse::ArrayValue if c == b',' => Ok(Step::BeginValue),
        Parse::ArrayValue if c == b']' => pop(stack),
        Parse::ArrayValue => Err("after array element".into()),
    }
}

fn pop(stack: &mut Vec<Parse>) -> Result<Step, String> {
    stack.pop();
    Ok(if stack.is_empty() {
        Step::EndTop
    } else {
        Step::EndValue
    })
}

/// Go's `quoteChar`: the byte in single quotes, escaped as `strconv.Quote` escapes it.
fn quote_char(c: u8) -> String {
    match c {
        b'\'' => "'\\''".to_string(),
        b'"' => "'\"'".to_string(),
        b'\n' => "'\\n'".to_string(),
        b'\t' => "'\\t'".to_string(),
        b'\r' => "'\\r'".to_string(),
        b'\\' => "'\\\\'".to_string(),
        0x07 => "'\\a'".to_string(),
        0x08 => "'\\b'".to_string(),
        0x0c => "'\\f'".to_string(),
        0x0b => "'\\v'".to_string(),
        c if c < 0x20 || c == 0x7f => format!("'\\x{c:02x}'"),
        c if (0x80..0xa0).contains(&c) => format!("'\\u{c:04x}'"),
        c => format!("'{}'", char::from(c)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_json_has_no_error() {
        for ok in [
            "{}",
            " [1, -2.5e+3, \"a\\u00e9\", true, null] ",
            "{\"a\": {\"b\": []}}",
            "0",
        ] {
            assert_eq!(syntax_error(ok.as_bytes()), None, "{ok}");
        }
    }

    #[test]
    fn errors_read_as_gos() {
        let cases = [
            ("-----BEGIN", "invalid character '-' in numeric literal"),
            ("", "unexpected end of JSON input"),
            ("{\"a\": 1", "unexpected end of JSON input"),
            ("x", "invalid character 'x' looking for beginning of value"),
            ("{\"a\" 1}", "invalid character '1' after object key"),
            (
                "{\"a\": 1 \"b\"}",
                "invalid character '\"' after object key:value pair",
            ),
            ("[1 2]", "invalid character '2' after array element"),
            (
                "{a}",
                "invalid character 'a' looking for beginning of object key string",
            ),
            ("{} x", "invalid character 'x' after top-level value"),
            (
                "tru e",
                "invalid character ' ' in literal true (expecting 'e')",
            ),
            (
                "1.x",
                "invalid character 'x' after decimal point in numeric literal",
            ),
        ];
        for (input, want) in cases {
            assert_eq!(
                syntax_error(input.as_bytes()).as_deref(),
                Some(want),
                "{input}"
            );
        }
    }
}
