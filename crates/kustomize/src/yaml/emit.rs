//! Writes a JSON value as YAML exactly as kustomize prints it (sigs.k8s.io/yaml's JSONToYAML:
//! go-yaml v2 with keys sorted, 2-space indent, sequences in maps not indented, width 80).

use serde_json::Value;

use super::scalar::{self, Style};

const BEST_INDENT: usize = 2;
const BEST_WIDTH: usize = 80;

/// Renders one document (no `---` separator); the output ends with a newline.
pub fn to_yaml(value: &Value) -> String {
    render(value, false)
}

/// Like [`to_yaml`], keeping the maps' own key order (what kyaml writes for a node it parsed).
pub fn to_yaml_in_order(value: &Value) -> String {
    render(value, true)
}

fn render(value: &Value, keep_order: bool) -> String {
    let mut e = Emitter {
        out: String::new(),
        column: 0,
        whitespace: true,
        indention: true,
        keep_order,
    };
    e.node(value, -1, Ctx::Root);
    e.finish()
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Ctx {
    Root,
    MapValue,
    SeqItem,
}

struct Emitter {
    out: String,
    column: usize,
    whitespace: bool,
    indention: bool,
    /// Keep map keys in their order instead of go-yaml v2's sorted order.
    keep_order: bool,
}

impl Emitter {
    fn finish(mut self) -> String {
        // The stream end writes a final line break when the last line is unfinished.
        if !self.indention || self.column > 0 || !self.whitespace {
            self.put_break();
        }
        self.out
    }

    fn put(&mut self, c: char) {
        self.out.push(c);
        self.column += 1;
    }

    fn put_str(&mut self, s: &str) {
        for c in s.chars() {
            self.put(c);
        }
    }

    fn put_break(&mut self) {
        self.out.push('\n');
        self.column = 0;
    }

    fn write_indent(&mut self, indent: i64) {
        let indent = indent.max(0) as usize;
        if !self.indention || self.column > indent || (self.column == indent && !self.whitespace) {
            self.put_break();
        }
        while self.column < indent {
            self.put(' ');
        }
        self.whitespace = true;
        self.indention = true;
    }

    fn indicator(
        &mut self,
        s: &str,
        need_whitespace: bool,
        is_whitespace: bool,
        is_indention: bool,
    ) {
        if need_whitespace && !self.whitespace {
            self.put(' ');
        }
        self.put_str(s);
        self.whitespace = is_whitespace;
        self.indention = self.indention && is_indention;
    }

    /// Emits a node whose parent has indentation `parent`.
    fn node(&mut self, v: &Value, parent: i64, ctx: Ctx) {
        match v {
            Value::Object(m) if !m.is_empty() => {
                let indent = if parent < 0 {
                    0
                } else {
                    parent + BEST_INDENT as i64
                };
                let mut keys: Vec<&String> = m.keys().collect();
                if !self.keep_order {
                    keys.sort_by(|a, b| scalar::go_key_cmp(a, b));
                }
                for k in keys {
                    let child = &m[k.as_str()];
                    self.write_indent(indent);
                    // Keys over 128 bytes or spanning lines are not simple keys: `? key` then `: value`.
                    if k.len() > 128 || k.chars().any(scalar::is_break) {
                        self.indicator("?", true, false, true);
                        self.scalar_str(k, indent + BEST_INDENT as i64, false);
                        self.write_indent(indent);
                        self.indicator(":", true, false, true);
                        self.node(child, indent, Ctx::SeqItem);
                        continue;
                    }
                    self.scalar_str(k, indent, true);
                    self.indicator(":", false, false, false);
                    self.node(child, indent, Ctx::MapValue);
                }
            }
            Value::Array(a) if !a.is_empty() => {
                // Sequences inside mappings are not indented.
                let indent = if parent < 0 {
                    0
                } else if ctx == Ctx::MapValue {
                    parent
                } else {
                    parent + BEST_INDENT as i64
                };
                for item in a {
                    self.write_indent(indent);
                    self.indicator("-", true, false, true);
                    self.node(item, indent, Ctx::SeqItem);
                }
            }
            Value::Object(_) => self.indicator("{}", true, false, false),
            Value::Array(_) => self.indicator("[]", true, false, false),
            Value::Null => self.plain("null", parent, false),
            Value::Bool(b) => self.plain(if *b { "true" } else { "false" }, parent, false),
            Value::Number(n) => {
                let text = scalar::go_number(n);
                self.plain(&text, parent, false)
            }
            Value::String(s) => {
                let indent = if parent < 0 {
                    0
                } else {
                    parent + BEST_INDENT as i64
                };
                let _ = ctx;
                self.scalar_str(s, indent, false);
            }
        }
    }

    fn plain(&mut self, s: &str, _parent: i64, _key: bool) {
        if !self.whitespace {
            self.put(' ');
        }
        self.put_str(s);
        self.whitespace = false;
        self.indention = false;
    }

    /// Emits a string scalar at indentation `indent` (the scalar's own, for folded lines).
    fn scalar_str(&mut self, s: &str, indent: i64, simple_key: bool) {
        let style = scalar::choose_style(s, simple_key);
        let allow_breaks = !simple_key;
        match style {
            Style::Plain => self.write_plain(s, indent, allow_breaks),
            Style::Single => self.write_single(s, indent, allow_breaks),
            Style::Double => self.write_double(s, indent, allow_breaks),
            Style::Literal => self.write_literal(s, indent),
        }
    }

    fn write_plain(&mut self, s: &str, indent: i64, allow_breaks: bool) {
        if !self.whitespace && !s.is_empty() {
            self.put(' ');
        }
        let chars: Vec<char> = s.chars().collect();
        let mut spaces = false;
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            if c == ' ' {
                let next_space = chars.get(i + 1) == Some(&' ');
                if allow_breaks && !spaces && self.column > BEST_WIDTH && !next_space {
                    self.write_indent(indent);
                } else {
                    self.put(c);
                }
                spaces = true;
            } else {
                self.put(c);
                spaces = false;
            }
            i += 1;
        }
        self.whitespace = false;
        self.indention = false;
    }

    fn write_single(&mut self, s: &str, indent: i64, allow_breaks: bool) {
        self.indicator("'", true, false, false);
        let chars: Vec<char> = s.chars().collect();
        let mut spaces = false;
        let mut breaks = false;
        for (i, &c) in chars.iter().enumerate() {
            if c == ' ' {
                let next_space = chars.get(i + 1) == Some(&' ');
                if allow_breaks
                    && !spaces
                    && self.column > BEST_WIDTH
                    && i != 0
                    && i != chars.len() - 1
                    && !next_space
                {
                    self.write_indent(indent);
                } else {
                    self.put(c);
                }
                spaces = true;
            } else if scalar::is_break(c) {
                // Line and paragraph separators (never `\n` here) start a new line.
                if !breaks && c == '\n' {
                    self.put_break();
                }
                self.out.push(c);
                self.column = 0;
                self.indention = true;
                breaks = true;
            } else {
                if breaks {
                    self.write_indent(indent);
                    breaks = false;
                }
                if c == '\'' {
                    self.put('\'');
                }
                self.put(c);
                self.indention = false;
                spaces = false;
            }
        }
        self.indicator("'", false, false, false);
    }

    fn write_double(&mut self, s: &str, indent: i64, allow_breaks: bool) {
        self.indicator("\"", true, false, false);
        let chars: Vec<char> = s.chars().collect();
        let mut spaces = false;
        // go-yaml's BOM test looks at the start of the string, whatever the position: a string
        // that starts with a BOM has every character escaped.
        let leading_bom = chars.first() == Some(&'\u{feff}');
        for (i, &c) in chars.iter().enumerate() {
            if !scalar::is_printable(c)
                || leading_bom
                || scalar::is_break(c)
                || c == '"'
                || c == '\\'
            {
                self.put('\\');
                match c {
                    '\0' => self.put('0'),
                    '\u{7}' => self.put('a'),
                    '\u{8}' => self.put('b'),
                    '\t' => self.put('t'),
                    '\n' => self.put('n'),
                    '\u{b}' => self.put('v'),
                    '\u{c}' => self.put('f'),
                    '\r' => self.put('r'),
                    '\u{1b}' => self.put('e'),
                    '"' => self.put('"'),
                    '\\' => self.put('\\'),
                    '\u{85}' => self.put('N'),
                    '\u{a0}' => self.put('_'),
                    '\u{2028}' => self.put('L'),
                    '\u{2029}' => self.put('P'),
                    _ => {
                        let v = c as u32;
                        let text = if v <= 0xff {
                            format!("x{v:02X}")
                        } else if v <= 0xffff {
                            format!("u{v:04X}")
                        } else {
                            format!("U{v:08X}")
                        };
                        self.put_str(&text);
                    }
                }
                spaces = false;
            } else if c == ' ' {
                if allow_breaks
                    && !spaces
                    && self.column > BEST_WIDTH
                    && i != 0
                    && i != chars.len() - 1
                {
                    self.write_indent(indent);
                    if chars.get(i + 1) == Some(&' ') {
                        self.put('\\');
                    }
                } else {
                    self.put(c);
                }
                spaces = true;
            } else {
                self.put(c);
                spaces = false;
            }
        }
        self.indicator("\"", false, false, false);
    }

    fn write_literal(&mut self, s: &str, indent: i64) {
        self.indicator("|", true, false, false);
        // Block scalar hints: indentation when the text starts with a space or break, chomping.
        let chars: Vec<char> = s.chars().collect();
        if let Some(&first) = chars.first()
            && (first == ' ' || scalar::is_break(first))
        {
            self.put_str(&BEST_INDENT.to_string());
        }
        match chars.last() {
            None => self.put('-'),
            Some(&last) if !scalar::is_break(last) => self.put('-'),
            Some(_) if chars.len() == 1 => {
                self.put('+');
            }
            Some(_) => {
                if scalar::is_break(chars[chars.len() - 2]) {
                    self.put('+');
                }
            }
        }
        self.put_break();
        self.indention = true;
        self.whitespace = true;
        let mut breaks = true;
        for &c in &chars {
            if scalar::is_break(c) {
                self.put_break();
                self.indention = true;
                breaks = true;
            } else {
                if breaks {
                    self.write_indent(indent);
                    breaks = false;
                }
                self.put(c);
                self.indention = false;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn maps_sort_keys_and_sequences_are_not_indented() {
        let v = json!({"kind": "A", "b": [1, {"z": 2, "x": "s"}], "a": {}});
        assert_eq!(to_yaml(&v), "a: {}\nb:\n- 1\n- x: s\n  z: 2\nkind: A\n");
    }

    #[test]
    fn strings_that_look_like_other_types_are_quoted() {
        let v = json!({"a": "true", "b": "12", "c": "", "d": "x: y", "e": "a\nb\n"});
        assert_eq!(
            to_yaml(&v),
            "a: \"true\"\nb: \"12\"\nc: \"\"\nd: 'x: y'\ne: |\n  a\n  b\n"
        );
    }
}
