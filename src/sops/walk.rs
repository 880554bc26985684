//! Walking a document's values in order: decrypting those the rules mark encrypted and feeding the MAC.

use serde_json::{Map, Number, Value};

use super::cipher::{self, Kind, Plain, ValueError};
use super::error::{Error, Result};
use super::mac::{Mac, go_float};
use super::rules::{Leaf, Rules};

/// Decrypts values with one data key while accumulating the MAC of the whole document.
pub(crate) struct Walker<'a> {
    pub rules: &'a Rules,
    pub key: &'a [u8; 32],
    pub mac: Mac,
}

impl Walker<'_> {
    /// Decrypts every value under a document root (a mapping for every format SOPS writes).
    pub(crate) fn document(&mut self, root: Map<String, Value>) -> Result<Map<String, Value>> {
        self.map(root, &mut Vec::new(), "")
    }

    fn map(
        &mut self,
        map: Map<String, Value>,
        path: &mut Vec<String>,
        shown: &str,
    ) -> Result<Map<String, Value>> {
        let mut out = Map::with_capacity(map.len());
        for (k, v) in map {
            let shown = if shown.is_empty() {
                k.clone()
            } else {
                format!("{shown}.{k}")
            };
            path.push(k.clone());
            let v = self.value(v, path, &shown);
            path.pop();
            out.insert(k, v?);
        }
        Ok(out)
    }

    fn value(&mut self, v: Value, path: &mut Vec<String>, shown: &str) -> Result<Value> {
        match v {
            // SOPS neither encrypts nor MACs null.
            Value::Null => Ok(Value::Null),
            Value::Object(m) => self.map(m, path, shown).map(Value::Object),
            // List positions are not part of the path SOPS authenticates.
            Value::Array(items) => items
                .into_iter()
                .enumerate()
                .map(|(i, item)| self.value(item, path, &format!("{shown}[{i}]")))
                .collect::<Result<Vec<_>>>()
                .map(Value::Array),
            Value::String(s) => {
                let Some(plain) = self.decrypt_if_encrypted(&s, path, shown)? else {
                    self.mac.add(s.as_bytes(), false);
                    return Ok(Value::String(s));
                };
                let (value, canonical) = typed(plain, shown)?;
                self.mac.add(canonical.as_bytes(), true);
                Ok(value)
            }
            Value::Number(n) => {
                self.expect_clear(path, shown, "a number")?;
                self.mac.add(number_bytes(&n).as_bytes(), false);
                Ok(Value::Number(n))
            }
            Value::Bool(b) => {
                self.expect_clear(path, shown, "a boolean")?;
                self.mac.add(bool_bytes(b).as_bytes(), false);
                Ok(Value::Bool(b))
            }
        }
    }

    /// A string leaf as raw bytes (binary and dotenv values, which need not be UTF-8 or typed).
    pub(crate) fn bytes(&mut self, s: &str, path: &[String], shown: &str) -> Result<Vec<u8>> {
        match self.decrypt_if_encrypted(s, path, shown)? {
            Some(plain) => {
                self.mac.add(&plain.bytes, true);
                Ok(plain.bytes)
            }
            None => {
                self.mac.add(s.as_bytes(), false);
                Ok(s.as_bytes().to_vec())
            }
        }
    }

    /// A comment (dotenv `#…`): decrypted when the rules say so; one that does not decrypt is kept as written,
    /// as SOPS does for comments written by older versions. Comments are not part of the MAC.
    pub(crate) fn comment(&self, s: &str, parent: &[String]) -> String {
        if self.rules.classify(parent) == Leaf::Clear || !cipher::is_enc(s) {
            return s.to_string();
        }
        match cipher::decrypt(s, self.key, &additional_data(parent)) {
            Ok(Plain {
                bytes,
                kind: Kind::Comment,
            }) => String::from_utf8(bytes).unwrap_or_else(|_| s.to_string()),
            _ => s.to_string(),
        }
    }

    fn decrypt_if_encrypted(&self, s: &str, path: &[String], shown: &str) -> Result<Option<Plain>> {
        let encrypted = match self.rules.classify(path) {
            Leaf::Encrypted => true,
            Leaf::Clear => false,
            Leaf::AsFound => s.is_empty() || cipher::is_enc(s),
        };
        if !encrypted {
            return Ok(None);
        }
        cipher::decrypt(s, self.key, &additional_data(path))
            .map(Some)
            .map_err(|e| match e {
                ValueError::Malformed(reason) => Error::InvalidValue {
                    path: shown.to_string(),
                    reason: reason.to_string(),
                },
                ValueError::Authentication => Error::DecryptValue {
                    path: shown.to_string(),
                },
            })
    }

    /// SOPS encrypts every scalar it covers as a string, so a clear number or boolean where the rules expect an
    /// encrypted value means the file was edited.
    fn expect_clear(&self, path: &[String], shown: &str, found: &str) -> Result<()> {
        if self.rules.classify(path) == Leaf::Encrypted {
            return Err(Error::InvalidValue {
                path: shown.to_string(),
                reason: format!("expected an encrypted value, found {found}"),
            });
        }
        Ok(())
    }
}

/// The additional data SOPS binds each value to: its mapping keys joined by `:`, with a trailing `:`.
fn additional_data(path: &[String]) -> String {
    let mut s = path.join(":");
    s.push(':');
    s
}

/// Restores a decrypted value's recorded type; returns it with the bytes the MAC covers (Go's canonical form
/// of the typed value, so `type:int` `007` counts as `7`).
fn typed(plain: Plain, shown: &str) -> Result<(Value, String)> {
    let invalid = |reason: &str| Error::InvalidValue {
        path: shown.to_string(),
        reason: reason.to_string(),
    };
    let text = String::from_utf8(plain.bytes)
        .map_err(|_| invalid("the decrypted value is not UTF-8 text"))?;
    match plain.kind {
        // Times and bytes have no JSON type; their text is what a Kubernetes object can hold.
        Kind::Str | Kind::Bytes | Kind::Time => Ok((Value::String(text.clone()), text)),
        Kind::Int => {
            let i: i64 = text
                .parse()
                .map_err(|_| invalid("the decrypted value is not an int"))?;
            Ok((Value::from(i), i.to_string()))
        }
        Kind::Float => {
            let f: f64 = text
                .parse()
                .map_err(|_| invalid("the decrypted value is not a float"))?;
            let n =
                Number::from_f64(f).ok_or_else(|| invalid("the decrypted float is not finite"))?;
            Ok((Value::Number(n), go_float(f)))
        }
        Kind::Bool => {
            // Go's strconv.ParseBool spellings.
            let b = match text.as_str() {
                "1" | "t" | "T" | "true" | "TRUE" | "True" => true,
                "0" | "f" | "F" | "false" | "FALSE" | "False" => false,
                _ => return Err(invalid("the decrypted value is not a bool")),
            };
            Ok((Value::Bool(b), bool_bytes(b).to_string()))
        }
        Kind::Comment => Err(invalid("a comment is stored in place of a value")),
    }
}

/// How SOPS writes a clear number into the MAC: integers in decimal, the rest as Go floats.
fn number_bytes(n: &Number) -> String {
    match (n.as_i64(), n.as_f64()) {
        (Some(i), _) => i.to_string(),
        (None, Some(f)) => go_float(f),
        (None, None) => n.to_string(),
    }
}

/// SOPS writes booleans Python-style.
fn bool_bytes(b: bool) -> &'static str {
    if b { "True" } else { "False" }
}
