//! SOPS dotenv files: `KEY=value` lines, `#` comments, and the metadata flattened into `sops_*` entries.

use std::collections::BTreeMap;

use serde_json::Value;

use super::error::{Error, Result};
use super::keys::Keys;
use super::metadata::Metadata;
use super::walk::Walker;
use super::{DecryptOptions, open};

/// One line of a dotenv file.
enum Line {
    Comment(String),
    Entry(String, String),
}

/// Decrypts a dotenv file and writes it back as SOPS does (`\n` in values escaped, metadata lines dropped).
pub(crate) fn decrypt(bytes: &[u8], keys: &Keys, opts: &DecryptOptions) -> Result<Vec<u8>> {
    let text = std::str::from_utf8(bytes).map_err(|_| load("the file is not UTF-8 text".into()))?;
    let mut lines = Vec::new();
    let mut meta = Vec::new();
    for (n, line) in text.split('\n').enumerate() {
        if line.is_empty() {
            continue;
        }
        if let Some(comment) = line.strip_prefix('#') {
            lines.push(Line::Comment(comment.to_string()));
            continue;
        }
        let (key, value) = line
            .split_once('=')
            .ok_or_else(|| load(format!("line {} is not KEY=value", n + 1)))?;
        // SOPS stores newlines escaped and unescapes every value on load.
        let value = value.replace("\\n", "\n");
        match key.strip_prefix("sops_") {
            Some(meta_key) => meta.push((meta_key.to_string(), value)),
            None => lines.push(Line::Entry(key.to_string(), value)),
        }
    }
    if meta.is_empty() {
        return Err(Error::MetadataNotFound);
    }
    let meta = Metadata::from_value(&unflatten(meta)?)?;
    let key = open(&meta, keys)?;
    let mut walker = Walker {
        rules: &meta.rules,
        key: &key,
        mac: super::mac::Mac::new(meta.mac_only_encrypted),
    };
    let mut out = Vec::new();
    for line in lines {
        match line {
            Line::Comment(c) => {
                out.push(b'#');
                out.extend_from_slice(walker.comment(&c, &[]).as_bytes());
            }
            Line::Entry(k, v) => {
                let plain = walker.bytes(&v, std::slice::from_ref(&k), &k)?;
                out.extend_from_slice(k.as_bytes());
                out.push(b'=');
                for b in plain {
                    if b == b'\n' {
                        out.extend_from_slice(b"\\n");
                    } else {
                        out.push(b);
                    }
                }
            }
        }
        out.push(b'\n');
    }
    if opts.verify_mac {
        walker.mac.verify(&meta.mac, &key, &meta.last_modified)?;
    }
    Ok(out)
}

fn load(reason: String) -> Error {
    Error::Load {
        format: "dotenv",
        reason,
    }
}

/// A node of the metadata tree while it is rebuilt from flattened keys.
#[derive(Default)]
struct Node {
    value: Option<String>,
    keys: BTreeMap<String, Node>,
    items: BTreeMap<usize, Node>,
}

/// Rebuilds nested metadata from keys such as `age__list_0__map_recipient`.
fn unflatten(entries: Vec<(String, String)>) -> Result<Value> {
    let mut root = Node::default();
    for (key, value) in entries {
        let mut node = &mut root;
        for token in tokens(&key) {
            node = match token {
                Token::Key(k) => node.keys.entry(k).or_default(),
                Token::Index(i) => node.items.entry(i).or_default(),
            };
        }
        if node.value.replace(value).is_some() {
            return Err(Error::Metadata(format!(
                "duplicate metadata entry sops_{key}"
            )));
        }
    }
    convert(root)
}

enum Token {
    Key(String),
    Index(usize),
}

fn tokens(key: &str) -> Vec<Token> {
    const MAP: &str = "__map_";
    const LIST: &str = "__list_";
    let mut out = Vec::new();
    let mut rest = key;
    let mut current = Token::Key(String::new());
    loop {
        let next = [(rest.find(MAP), MAP), (rest.find(LIST), LIST)]
            .into_iter()
            .filter_map(|(pos, sep)| pos.map(|p| (p, sep)))
            .min_by_key(|(p, _)| *p);
        let (end, sep) = match next {
            Some((p, sep)) => (p, Some(sep)),
            None => (rest.len(), None),
        };
        let text = &rest[..end];
        out.push(match current {
            Token::Key(_) => Token::Key(text.to_string()),
            // A malformed index becomes 0, as in SOPS; the list check below then reports it.
            Token::Index(_) => Token::Index(text.parse().unwrap_or(0)),
        });
        let Some(sep) = sep else { break };
        rest = &rest[end + sep.len()..];
        current = if sep == MAP {
            Token::Key(String::new())
        } else {
            Token::Index(0)
        };
    }
    out
}

fn convert(node: Node) -> Result<Value> {
    let kinds = [
        node.value.is_some(),
        !node.keys.is_empty(),
        !node.items.is_empty(),
    ];
    if kinds.iter().filter(|k| **k).count() > 1 {
        return Err(Error::Metadata(
            "flattened metadata mixes values, maps and lists".into(),
        ));
    }
    if let Some(v) = node.value {
        return Ok(Value::String(v));
    }
    if !node.items.is_empty() {
        let n = node.items.len();
        if node.items.keys().copied().ne(0..n) {
            return Err(Error::Metadata(
                "flattened metadata has an incomplete list".into(),
            ));
        }
        return node
            .items
            .into_values()
            .map(convert)
            .collect::<Result<Vec<_>>>()
            .map(Value::Array);
    }
    let mut map = serde_json::Map::new();
    for (k, v) in node.keys {
        map.insert(k, convert(v)?);
    }
    Ok(Value::Object(map))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flattened_metadata_is_rebuilt() {
        let v = unflatten(vec![
            ("age__list_0__map_recipient".into(), "age1x".into()),
            ("age__list_0__map_enc".into(), "E".into()),
            ("mac".into(), "M".into()),
        ])
        .unwrap();
        assert_eq!(
            v,
            serde_json::json!({"age": [{"enc": "E", "recipient": "age1x"}], "mac": "M"})
        );
    }

    #[test]
    fn a_list_with_a_gap_is_rejected() {
        let r = unflatten(vec![("age__list_1__map_enc".into(), "E".into())]);
        assert!(matches!(r, Err(Error::Metadata(_))));
    }
}
