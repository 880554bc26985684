//! Lays out the list of differences as dyff's human report: a path line and
//! a block per change, blocks side by side when they fit the terminal width.

use serde_json::Value;

use super::compare::{
    ADDITION, Detail, MODIFICATION, ORDERCHANGE, Path, REMOVAL, compare_documents,
};
use super::line_diff::{Op, line_diff};
use super::neat::neat_yaml;
use super::node::{Kind, Node, TAG_NULL, TAG_STR};
use super::restructure::restructure;

pub(super) fn render_report(live: &Value, desired: &Value, width: usize) -> String {
    let diffs = compare_documents(live, desired);
    if diffs.is_empty() {
        return String::new();
    }
    let mut out = String::new();
    for diff in diffs {
        out.push('\n');
        out.push_str(&path_to_string(&diff.path));
        out.push('\n');
        let blocks: Vec<String> = diff
            .details
            .into_iter()
            .map(|d| detail_output(d, width))
            .collect();
        write_text_blocks(&mut out, 0, &blocks, width);
    }
    out.push('\n');
    out
}

fn path_to_string(path: &Path) -> String {
    let Some(elements) = path else {
        return "(file level)".to_string();
    };
    if elements.is_empty() {
        return "(root level)".to_string();
    }
    let sections: Vec<String> = elements
        .iter()
        .filter_map(|e| {
            if !e.name.is_empty() {
                Some(e.name.clone())
            } else if e.idx >= 0 {
                Some(e.idx.to_string())
            } else {
                // dyff silently drops elements with an empty name
                None
            }
        })
        .collect();
    sections.join(".")
}

fn plural(amount: usize, singular: &str, plural: Option<&str>) -> String {
    const WORDS: [&str; 13] = [
        "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve",
    ];
    let number = WORDS
        .get(amount)
        .map(|w| w.to_string())
        .unwrap_or_else(|| amount.to_string());
    match (amount == 1, plural) {
        (true, _) => format!("{number} {singular}"),
        (false, Some(p)) => format!("{number} {p}"),
        (false, None) => format!("{number} {singular}s"),
    }
}

fn count_phrase(node: &Node) -> String {
    match node.kind {
        Kind::Document => plural(node.content.len(), "document", None),
        Kind::Sequence => plural(node.content.len(), "list entry", Some("list entries")),
        Kind::Mapping => plural(node.content.len() / 2, "map entry", Some("map entries")),
        Kind::Scalar => String::new(),
    }
}

fn detail_output(detail: Detail, width: usize) -> String {
    let mut out = String::new();
    match detail.kind {
        ADDITION => {
            if let Some(mut to) = detail.to {
                out.push_str(&format!("{ADDITION} {} added:\n", count_phrase(&to)));
                restructure(&mut to);
                write_text_blocks(&mut out, 2, &[neat_yaml(&to)], width);
            }
        }
        REMOVAL => {
            if let Some(mut from) = detail.from {
                out.push_str(&format!("{REMOVAL} {} removed:\n", count_phrase(&from)));
                restructure(&mut from);
                write_text_blocks(&mut out, 0, &[neat_yaml(&from)], width);
            }
        }
        MODIFICATION => {
            if let (Some(from), Some(to)) = (&detail.from, &detail.to) {
                modification_output(&mut out, from, to, width);
            }
        }
        _ => {
            if let (Some(from), Some(to)) = (&detail.from, &detail.to) {
                order_change_output(&mut out, from, to, width);
            }
        }
    }
    out
}

fn human_type(node: &Node) -> String {
    match node.kind {
        Kind::Document => "document".to_string(),
        Kind::Mapping => "map".to_string(),
        Kind::Sequence => "list".to_string(),
        Kind::Scalar => match node.tag {
            TAG_STR => "string".to_string(),
            TAG_NULL => "<nil>".to_string(),
            t => t.trim_start_matches("!!").to_string(),
        },
    }
}

fn yaml_string(node: &Node) -> String {
    if node.tag == TAG_NULL {
        return "<nil>".to_string();
    }
    neat_yaml(node)
}

fn modification_output(out: &mut String, from: &Node, to: &Node, width: usize) {
    let from_type = human_type(from);
    let to_type = human_type(to);
    if from_type == "string" && to_type == "string" {
        string_diff(out, &from.value, &to.value, width);
        return;
    }
    if from_type != to_type {
        out.push_str(&format!(
            "{MODIFICATION} type change from {from_type} to {to_type}\n"
        ));
    } else {
        out.push_str(&format!("{MODIFICATION} value change\n"));
    }
    out.push_str(&prefixed("- ", yaml_string(from).trim_end_matches('\n')));
    out.push_str(&prefixed("+ ", yaml_string(to).trim_end_matches('\n')));
}

fn string_diff(out: &mut String, from: &str, to: &str, width: usize) {
    // dyff renders two PEM certificates as a summary of their fields; that
    // needs an X.509 parser and is not reproduced here.
    if from.trim_matches([' ', '\n']) == to.trim_matches([' ', '\n']) {
        out.push_str(&format!("{MODIFICATION} whitespace only change\n"));
        let show = |s: &str| s.replace('\n', "↵\n").replace(' ', "·");
        let blocks = [prefixed("- ", &show(from)), prefixed("+ ", &show(to))];
        write_text_blocks(out, 0, &blocks, width);
        return;
    }
    if from.contains('\n') || to.contains('\n') {
        let chunks = line_diff(from, to);
        let mut ins = 0;
        let mut del = 0;
        let mut buf = String::new();
        for (op, text) in chunks {
            // equal lines are only shown with context lines, which Flux
            // leaves at zero
            match op {
                Op::Insert => {
                    buf.push_str(&continuous_prefixed("+ ", &text));
                    ins += 1;
                }
                Op::Delete => {
                    buf.push_str(&continuous_prefixed("- ", &text));
                    del += 1;
                }
                Op::Equal => {}
            }
        }
        out.push_str(&format!(
            "{MODIFICATION} value change in multiline text ({}, {})\n",
            plural(ins, "insert", None),
            plural(del, "deletion", None)
        ));
        out.push_str(&buf);
        out.push('\n');
        return;
    }
    // Minor and major single-line changes look the same without colours.
    out.push_str(&format!("{MODIFICATION} value change\n"));
    out.push_str(&prefixed("- ", from));
    out.push_str(&prefixed("+ ", to));
}

fn order_change_output(out: &mut String, from: &Node, to: &Node, width: usize) {
    out.push_str(&format!("{ORDERCHANGE} order changed\n"));
    if from.kind != Kind::Sequence {
        return;
    }
    let as_strings = |seq: &Node| -> Vec<String> {
        seq.content
            .iter()
            .map(|e| {
                if e.value.is_empty() {
                    yaml_string(e)
                } else {
                    e.value.clone()
                }
            })
            .collect()
    };
    let from = as_strings(from);
    let to = as_strings(to);
    let single_len = |list: &[String]| -> isize {
        let chars: usize = list.iter().map(|s| text_len(s)).sum();
        chars as isize + (list.len() as isize - 1) * 2
    };
    let estimated = single_len(&from).max(single_len(&to));
    if estimated < (width / 2) as isize {
        out.push_str(&format!("- {}\n", from.join(", ")));
        out.push_str(&format!("+ {}\n", to.join(", ")));
    } else {
        out.push_str(&table_style(" ", 2, &[from.join("\n"), to.join("\n")]));
    }
}

/// Every line gets the prefix; the result always ends with one newline.
fn continuous_prefixed(prefix: &str, text: &str) -> String {
    let trimmed = text.strip_suffix('\n').unwrap_or(text);
    let mut out = String::new();
    for line in trimmed.split('\n') {
        out.push_str(prefix);
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// The first line gets the prefix, later lines are aligned under it.
fn prefixed(prefix: &str, text: &str) -> String {
    let mut out = String::new();
    for (i, line) in text.split('\n').enumerate() {
        if i == 0 {
            out.push_str(prefix);
        } else {
            out.push_str(&" ".repeat(text_len(prefix)));
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

fn text_len(s: &str) -> usize {
    s.chars().count()
}

/// Blocks side by side when they fit the terminal, otherwise one below the
/// other (where a trailing newline of a block becomes an empty line).
fn write_text_blocks(out: &mut String, indent: usize, blocks: &[String], width: usize) {
    const SEPARATOR: &str = "   ";
    let mut max_len = indent + blocks.len().saturating_sub(1) * text_len(SEPARATOR);
    for block in blocks {
        max_len += block.split('\n').map(text_len).max().unwrap_or(0);
    }
    if max_len > width {
        for block in blocks {
            for line in block.split('\n') {
                out.push_str(&" ".repeat(indent));
                out.push_str(line);
                out.push('\n');
            }
        }
    } else {
        out.push_str(&table_style(SEPARATOR, indent, blocks));
    }
}

fn table_style(separator: &str, indent: usize, columns: &[String]) -> String {
    let split: Vec<Vec<&str>> = columns.iter().map(|c| c.split('\n').collect()).collect();
    let rows = split.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = split
        .iter()
        .map(|lines| lines.iter().map(|l| text_len(l)).max().unwrap_or(0))
        .collect();
    let mut lines_out = Vec::with_capacity(rows);
    for row in 0..rows {
        let cells: Vec<String> = split
            .iter()
            .zip(&widths)
            .map(|(lines, w)| match lines.get(row) {
                Some(line) => format!(
                    "{}{}{}",
                    " ".repeat(indent),
                    line,
                    " ".repeat(w - text_len(line))
                ),
                None => " ".repeat(w + indent),
            })
            .collect();
        lines_out.push(cells.join(separator).trim_end_matches(' ').to_string());
    }
    lines_out.join("\n")
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::secret;
    use super::super::{report, report_with_width};
    use serde_json::json;

    #[test]
    fn narrow_terminal_lists_blocks_below_each_other() {
        let live = secret("s", json!({"drift-key": "x"}));
        let desired = secret("s", json!({"token": "y"}));
        assert_eq!(
            report_with_width(&live, &desired, 40),
            concat!(
                "\n",
                "data\n",
                "- one map entry removed:\n",
                "drift-key: \"***\"\n",
                "\n",
                "+ one map entry added:\n",
                "  token: \"***\"\n",
                "\n",
                "\n",
            )
        );
    }

    // Checked against dyff v1.10.2 (as Flux invokes it).

    /// Differently typed scalars produce a type change.
    #[test]
    fn type_changes() {
        let live = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "app", "namespace": "default"}, "spec": {"replicas": "2", "paused": true, "ratio": 0.5, "extra": null, "obj": {"a": 1}}});
        let desired = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "app", "namespace": "default"}, "spec": {"replicas": 2, "paused": "yes", "ratio": 1, "extra": "set", "obj": ["a"]}});
        assert_eq!(
            report(&live, &desired),
            concat!(
                "\n",
                "spec.extra\n",
                "± type change from <nil> to string\n",
                "- <nil>\n",
                "+ set\n",
                "\n",
                "spec.obj\n",
                "± type change from map to list\n",
                "- a: 1\n",
                "+ - a\n",
                "\n",
                "spec.paused\n",
                "± type change from bool to string\n",
                "- true\n",
                "+ yes\n",
                "\n",
                "spec.ratio\n",
                "± type change from float to int\n",
                "- 0.5\n",
                "+ 1\n",
                "\n",
                "spec.replicas\n",
                "± type change from string to int\n",
                "- 2\n",
                "+ 2\n",
                "\n",
            )
        );
    }

    /// Changes in leading/trailing spaces or newlines are made visible.
    #[test]
    fn whitespace_only_change() {
        let live = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "app", "namespace": "default"}, "data": {"key": "value \n"}});
        let desired = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "app", "namespace": "default"}, "data": {"key": "value"}});
        assert_eq!(
            report(&live, &desired),
            concat!(
                "\n",
                "data.key\n",
                "± whitespace only change\n",
                "- value·↵   + value\n",
                "\n",
                "\n",
            )
        );
    }

    /// Blocks wider than the terminal are listed one below the other.
    #[test]
    fn long_values_are_not_laid_out_side_by_side() {
        let live = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "app", "namespace": "default"}, "data": {"old-key-with-a-rather-long-name": "some rather long value that does not fit", "same": "x"}});
        let desired = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "app", "namespace": "default"}, "data": {"new-key-with-a-rather-long-name": "another rather long value that will not fit", "same": "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy"}});
        assert_eq!(
            report(&live, &desired),
            concat!(
                "\n",
                "data\n",
                "- one map entry removed:\n",
                "old-key-with-a-rather-long-name: \"some rather long value that does not fit\"\n",
                "\n",
                "+ one map entry added:\n",
                "  new-key-with-a-rather-long-name: \"another rather long value that will not fit\"\n",
                "\n",
                "\n",
                "data.same\n",
                "± value change\n",
                "- x\n",
                "+ yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\n",
                "\n",
                "\n",
            )
        );
    }
}
