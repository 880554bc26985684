//! Renders a YAML node the way the neat library prints it for dyff (no
//! colours), quoting strings with Go's `%q` where they need it.

use super::node::{Kind, Node, TAG_STR};

/// neat's YAML rendering of a node as dyff prints it (no colours).
pub(super) fn neat_yaml(node: &Node) -> String {
    let mut out = String::new();
    neat_node(&mut out, "", false, node);
    out
}

fn neat_node(out: &mut String, prefix: &str, skip_first_indent: bool, node: &Node) {
    let deeper = format!("{prefix}  ");
    match node.kind {
        Kind::Document => {
            out.push_str("---\n");
            for c in &node.content {
                neat_node(out, prefix, false, c);
            }
        }
        Kind::Sequence => {
            for (i, entry) in node.content.iter().enumerate() {
                if i > 0 || !skip_first_indent {
                    out.push_str(prefix);
                }
                out.push_str("- ");
                neat_node(out, &deeper, true, entry);
            }
        }
        Kind::Mapping => {
            for (i, (key, value)) in node.pairs().enumerate() {
                if i > 0 || !skip_first_indent {
                    out.push_str(prefix);
                }
                out.push_str(&key.value);
                out.push(':');
                match value.kind {
                    Kind::Mapping if value.content.is_empty() => out.push_str(" {}\n"),
                    Kind::Mapping => {
                        out.push('\n');
                        neat_node(out, &deeper, false, value);
                    }
                    Kind::Sequence if value.content.is_empty() => out.push_str(" []\n"),
                    Kind::Sequence => {
                        // neat does not indent lists under their key
                        out.push('\n');
                        neat_node(out, prefix, false, value);
                    }
                    Kind::Scalar => {
                        out.push(' ');
                        neat_node(out, &deeper, false, value);
                    }
                    Kind::Document => {}
                }
            }
        }
        Kind::Scalar => {
            let lines: Vec<&str> = node.value.split('\n').collect();
            if lines.len() == 1 {
                if needs_quotes(node) {
                    out.push_str(&go_quote(&node.value));
                } else {
                    out.push_str(&node.value);
                }
            } else {
                out.push_str("|\n");
                for (i, line) in lines.iter().enumerate() {
                    out.push_str(prefix);
                    out.push_str(line);
                    if i != lines.len() - 1 {
                        out.push('\n');
                    }
                }
            }
            out.push('\n');
        }
    }
}

fn needs_quotes(node: &Node) -> bool {
    if node.tag != TAG_STR {
        return false;
    }
    let v = node.value.as_str();
    ["true", "false", "null"].contains(&v)
        || v.starts_with('-')
        || v.contains([' ', '*', '&', ':', ','])
}

/// Go's `%q`: double quotes with Go escapes for non-printable characters.
fn go_quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{7}' => out.push_str("\\a"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{b}' => out.push_str("\\v"),
            c if is_go_printable(c) => out.push(c),
            c if (c as u32) < 0x80 => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push('"');
    out
}

/// Approximation of Go's unicode.IsPrint (letters, marks, numbers,
/// punctuation, symbols and the ASCII space).
fn is_go_printable(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    if c.is_control() || c.is_whitespace() {
        return false;
    }
    // format characters (Cf) that commonly appear in text
    !matches!(
        c as u32,
        0xAD | 0x600..=0x605 | 0x61C | 0x6DD | 0x70F | 0x200B..=0x200F | 0x202A..=0x202E
            | 0x2060..=0x2064 | 0x2066..=0x206F | 0xFEFF | 0xFFF9..=0xFFFB
            | 0xE000..=0xF8FF | 0xD800..=0xDFFF
    )
}

#[cfg(test)]
mod tests {
    use super::super::report;
    use serde_json::json;

    // Checked against dyff v1.10.2 (as Flux invokes it).

    /// Strings are quoted like neat does (%q) only when they need it.
    #[test]
    fn quoting_of_special_strings() {
        let live = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "app", "namespace": "default"}});
        let desired = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "app", "namespace": "default"}, "data": {"a": "true", "b": "-x", "c": "with space", "d": "k:v", "e": "plain", "f": "", "g": "tab\there", "h": "123", "i": "say \"hi\""}});
        assert_eq!(
            report(&live, &desired),
            concat!(
                "\n",
                "(root level)\n",
                "+ one map entry added:\n",
                "  data:\n",
                "    a: \"true\"\n",
                "    b: \"-x\"\n",
                "    c: \"with space\"\n",
                "    d: \"k:v\"\n",
                "    e: plain\n",
                "    f:\n",
                "    g: tab\there\n",
                "    h: 123\n",
                "    i: \"say \\\"hi\\\"\"\n",
                "\n",
            )
        );
    }

    /// Numbers follow Go's formatting; empty maps and lists use flow style.
    #[test]
    fn floats_and_empty_collections() {
        let live = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "app", "namespace": "default"}, "spec": {"f": 1.5, "g": 1e-07, "h": 1234567.5, "m": {}, "l": []}});
        let desired = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "app", "namespace": "default"}, "spec": {"f": 2.25, "g": 0.5, "h": 2.0, "m": {"a": []}, "l": [{}]}});
        assert_eq!(
            report(&live, &desired),
            concat!(
                "\n",
                "spec.f\n",
                "± value change\n",
                "- 1.5\n",
                "+ 2.25\n",
                "\n",
                "spec.g\n",
                "± value change\n",
                "- 1e-07\n",
                "+ 0.5\n",
                "\n",
                "spec.h\n",
                "± type change from float to int\n",
                "- 1.2345675e+06\n",
                "+ 2\n",
                "\n",
                "spec.l\n",
                "+ one list entry added:\n",
                "  -\n",
                "spec.m\n",
                "+ one map entry added:\n",
                "  a: []\n",
                "\n",
            )
        );
    }
}
