//! The YAML node model: what yaml.v3 gives dyff after Flux's yaml.v2 round
//! trip, built from a JSON object (tags resolved, keys in yaml.v2's order).

use serde_json::Value;

use super::go_sort::go_sort;

#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Kind {
    Document,
    Sequence,
    Mapping,
    Scalar,
}

pub(super) const TAG_STR: &str = "!!str";
pub(super) const TAG_INT: &str = "!!int";
pub(super) const TAG_FLOAT: &str = "!!float";
pub(super) const TAG_BOOL: &str = "!!bool";
pub(super) const TAG_NULL: &str = "!!null";
pub(super) const TAG_MAP: &str = "!!map";
pub(super) const TAG_SEQ: &str = "!!seq";

#[derive(Clone, Debug)]
pub(super) struct Node {
    pub(super) kind: Kind,
    pub(super) tag: &'static str,
    pub(super) value: String,
    /// Sequence entries, or alternating key/value nodes for mappings.
    pub(super) content: Vec<Node>,
}

impl Node {
    pub(super) fn scalar(tag: &'static str, value: String) -> Node {
        Node {
            kind: Kind::Scalar,
            tag,
            value,
            content: Vec::new(),
        }
    }

    pub(super) fn collection(kind: Kind, tag: &'static str, content: Vec<Node>) -> Node {
        Node {
            kind,
            tag,
            value: String::new(),
            content,
        }
    }

    pub(super) fn pairs(&self) -> impl Iterator<Item = (&Node, &Node)> {
        self.content.chunks(2).filter_map(|c| match c {
            [k, v] => Some((k, v)),
            _ => None,
        })
    }

    pub(super) fn get(&self, key: &str) -> Option<&Node> {
        if self.kind != Kind::Mapping {
            return None;
        }
        self.pairs().find(|(k, _)| k.value == key).map(|(_, v)| v)
    }
}

pub(super) fn to_node(v: &Value) -> Node {
    match v {
        Value::Null => Node::scalar(TAG_NULL, "null".to_string()),
        Value::Bool(b) => Node::scalar(TAG_BOOL, b.to_string()),
        Value::Number(n) => number_node(n),
        Value::String(s) => Node::scalar(TAG_STR, s.clone()),
        Value::Array(items) => {
            Node::collection(Kind::Sequence, TAG_SEQ, items.iter().map(to_node).collect())
        }
        Value::Object(map) => {
            // sigs.k8s.io/yaml emits keys in yaml.v2's sort order.
            let mut keys: Vec<&String> = map.keys().collect();
            go_sort(&mut keys, &|a: &&String, b: &&String| {
                yaml_v2_key_less(a, b)
            });
            let mut content = Vec::with_capacity(keys.len() * 2);
            for k in keys {
                if let Some(val) = map.get(k.as_str()) {
                    content.push(Node::scalar(TAG_STR, k.clone()));
                    content.push(to_node(val));
                }
            }
            Node::collection(Kind::Mapping, TAG_MAP, content)
        }
    }
}

fn number_node(n: &serde_json::Number) -> Node {
    if let Some(i) = n.as_i64() {
        return Node::scalar(TAG_INT, i.to_string());
    }
    if let Some(u) = n.as_u64() {
        return Node::scalar(TAG_INT, u.to_string());
    }
    let f = n.as_f64().unwrap_or(0.0);
    // encoding/json writes integral floats without a fraction, so yaml.v2
    // reads them back as integers.
    if f.fract() == 0.0 && f.abs() < 9.2e18 {
        return Node::scalar(TAG_INT, (f as i64).to_string());
    }
    Node::scalar(TAG_FLOAT, go_format_float_g(f))
}

/// strconv.FormatFloat(f, 'g', -1, 64), which yaml.v2 uses for floats.
fn go_format_float_g(f: f64) -> String {
    if f.is_nan() {
        return ".nan".to_string();
    }
    if f.is_infinite() {
        return if f > 0.0 { ".inf" } else { "-.inf" }.to_string();
    }
    let sci = format!("{:e}", f.abs());
    let (mantissa, exp) = sci.split_once('e').unwrap_or((sci.as_str(), "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    let sign = if f < 0.0 { "-" } else { "" };
    // With the shortest representation Go switches to exponent notation
    // below 1e-4 and from 1e6 on.
    if !(-4..6).contains(&exp) {
        let mut out = String::from(sign);
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push('e');
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.abs()));
        return out;
    }
    let mut out = String::from(sign);
    if exp < 0 {
        out.push_str("0.");
        out.push_str(&"0".repeat((-exp - 1) as usize));
        out.push_str(&digits);
    } else {
        let int_len = (exp + 1) as usize;
        if digits.len() <= int_len {
            out.push_str(&digits);
            out.push_str(&"0".repeat(int_len - digits.len()));
        } else {
            out.push_str(&digits[..int_len]);
            out.push('.');
            out.push_str(&digits[int_len..]);
        }
    }
    out
}

/// yaml.v2's ordering of string map keys: letters sort by code point, digit
/// runs compare numerically, and letters sort after non-letters.
fn yaml_v2_key_less(a: &str, b: &str) -> bool {
    let ar: Vec<char> = a.chars().collect();
    let br: Vec<char> = b.chars().collect();
    let is_digit = |c: char| c.is_numeric();
    for i in 0..ar.len().min(br.len()) {
        if ar[i] == br[i] {
            continue;
        }
        let al = ar[i].is_alphabetic();
        let bl = br[i].is_alphabetic();
        if al && bl {
            return ar[i] < br[i];
        }
        if al || bl {
            return bl;
        }
        let (mut an, mut bn): (i64, i64) = (0, 0);
        if ar[i] == '0' || br[i] == '0' {
            let mut j = i;
            while j > 0 {
                j -= 1;
                if !is_digit(ar[j]) {
                    break;
                }
                if ar[j] != '0' {
                    an = 1;
                    bn = 1;
                    break;
                }
            }
        }
        let mut ai = i;
        while ai < ar.len() && is_digit(ar[ai]) {
            an = an.wrapping_mul(10).wrapping_add(ar[ai] as i64 - '0' as i64);
            ai += 1;
        }
        let mut bi = i;
        while bi < br.len() && is_digit(br[bi]) {
            bn = bn.wrapping_mul(10).wrapping_add(br[bi] as i64 - '0' as i64);
            bi += 1;
        }
        if an != bn {
            return an < bn;
        }
        if ai != bi {
            return ai < bi;
        }
        return ar[i] < br[i];
    }
    ar.len() < br.len()
}

#[cfg(test)]
mod tests {
    use super::super::report;
    use super::*;
    use serde_json::json;

    #[test]
    fn go_float_formatting() {
        assert_eq!(go_format_float_g(0.5), "0.5");
        assert_eq!(go_format_float_g(1e-7), "1e-07");
        assert_eq!(go_format_float_g(1234567.5), "1.2345675e+06");
        assert_eq!(go_format_float_g(123456.5), "123456.5");
        assert_eq!(go_format_float_g(-0.0001), "-0.0001");
        assert_eq!(go_format_float_g(1e21), "1e+21");
    }

    #[test]
    fn yaml_v2_key_order() {
        let mut keys = vec!["b", "a10", "a9", "A", "_x", "a09", "1", "10", "9", "a"];
        go_sort(&mut keys, &|a: &&str, b: &&str| yaml_v2_key_less(a, b));
        assert_eq!(
            keys,
            vec!["_x", "1", "9", "10", "A", "a", "a9", "a09", "a10", "b"]
        );
    }

    // Checked against dyff v1.10.2 (as Flux invokes it).

    /// Top-level additions sit at the root; keys follow yaml.v2's natural sort.
    #[test]
    fn root_level_entries_and_key_order() {
        let live = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "app", "namespace": "default"}});
        let desired = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "app", "namespace": "default"}, "data": {"key10": "a", "key9": "b", "Key": "c", "key": "d"}, "binaryData": {}, "immutable": true});
        assert_eq!(
            report(&live, &desired),
            concat!(
                "\n",
                "(root level)\n",
                "+ three map entries added:\n",
                "  binaryData: {}\n",
                "  data:\n",
                "    key: d\n",
                "    Key: c\n",
                "    key9: b\n",
                "    key10: a\n",
                "  immutable: true\n",
                "\n",
            )
        );
    }
}
