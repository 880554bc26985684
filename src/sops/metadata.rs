//! Reading the `sops` metadata map: who can open the data key, which values are encrypted, and the MAC.

use std::collections::BTreeSet;

use serde_json::{Map, Value};

use super::error::{Error, Result};
use super::rules::Rules;

/// Key types SOPS records besides age, by their metadata key.
const OTHER_KEY_TYPES: [&str; 6] = ["pgp", "kms", "gcp_kms", "azure_kv", "hc_vault", "hckms"];

/// The parts of the `sops` map that decryption needs.
#[derive(Debug)]
pub(crate) struct Metadata {
    /// One group in practice; several mean the data key is split with Shamir's secret sharing.
    pub key_groups: Vec<KeyGroup>,
    /// How many groups must be opened when there are several (`shamir_threshold`).
    pub shamir_threshold: usize,
    /// `lastmodified`, normalised as SOPS re-formats it; the additional data of the encrypted MAC.
    pub last_modified: String,
    /// The encrypted MAC (`ENC[…]`), empty when absent.
    pub mac: String,
    pub rules: Rules,
    /// The MAC covers only encrypted values (and starts from a fixed prefix).
    pub mac_only_encrypted: bool,
}

/// The master keys that each hold the whole data key.
#[derive(Debug, Default)]
pub(crate) struct KeyGroup {
    pub age: Vec<AgeStanza>,
    /// Metadata names of the other key types present (`pgp`, `kms`, …).
    pub other: BTreeSet<&'static str>,
}

/// The data key encrypted for one age recipient.
#[derive(Debug)]
pub(crate) struct AgeStanza {
    pub recipient: String,
    /// An armored age file.
    pub enc: String,
}

impl Metadata {
    /// Reads the metadata from the value of the `sops` key (for dotenv, after un-flattening).
    pub(crate) fn from_value(sops: &Value) -> Result<Self> {
        let map = sops
            .as_object()
            .ok_or_else(|| Error::Metadata("the sops entry is not a mapping".into()))?;
        let top = read_group(map)?;
        let key_groups = if !top.age.is_empty() || !top.other.is_empty() {
            vec![top]
        } else {
            match map.get("key_groups") {
                Some(Value::Array(groups)) => groups
                    .iter()
                    .map(|g| {
                        g.as_object()
                            .ok_or_else(|| Error::Metadata("a key group is not a mapping".into()))
                            .and_then(read_group)
                    })
                    .collect::<Result<Vec<_>>>()?,
                _ => Vec::new(),
            }
        };
        let last_modified = text(map, "lastmodified")?
            .ok_or_else(|| Error::Metadata("lastmodified is missing".into()))?;
        let shamir_threshold = match text(map, "shamir_threshold")?.as_deref() {
            None | Some("") => 0,
            Some(n) => n
                .parse()
                .map_err(|_| Error::Metadata("shamir_threshold is not a number".into()))?,
        };
        Ok(Metadata {
            key_groups,
            shamir_threshold,
            last_modified: normalise_rfc3339(&last_modified),
            mac: text(map, "mac")?.unwrap_or_default(),
            rules: Rules::from_metadata(|name| text(map, name).map(Option::unwrap_or_default))?,
            mac_only_encrypted: flag(map, "mac_only_encrypted")?,
        })
    }
}

fn read_group(map: &Map<String, Value>) -> Result<KeyGroup> {
    let mut group = KeyGroup::default();
    if let Some(list) = map.get("age") {
        for entry in list.as_array().into_iter().flatten() {
            let entry = entry
                .as_object()
                .ok_or_else(|| Error::Metadata("an age entry is not a mapping".into()))?;
            group.age.push(AgeStanza {
                recipient: text(entry, "recipient")?.unwrap_or_default(),
                enc: text(entry, "enc")?.unwrap_or_default(),
            });
        }
    }
    for kind in OTHER_KEY_TYPES {
        if map
            .get(kind)
            .and_then(Value::as_array)
            .is_some_and(|l| !l.is_empty())
        {
            group.other.insert(kind);
        }
    }
    Ok(group)
}

/// A string field; SOPS decodes metadata weakly typed, so scalars of other types are accepted as text.
fn text(map: &Map<String, Value>, name: &str) -> Result<Option<String>> {
    match map.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(Value::Number(n)) => Ok(Some(n.to_string())),
        Some(Value::Bool(b)) => Ok(Some(b.to_string())),
        Some(_) => Err(Error::Metadata(format!("{name} is not a scalar"))),
    }
}

/// A boolean field, accepting dotenv's `true`/`false` text.
fn flag(map: &Map<String, Value>, name: &str) -> Result<bool> {
    match map.get(name) {
        None | Some(Value::Null) => Ok(false),
        Some(Value::Bool(b)) => Ok(*b),
        Some(Value::String(s)) => match s.as_str() {
            "1" | "t" | "T" | "true" | "TRUE" | "True" => Ok(true),
            "0" | "f" | "F" | "false" | "FALSE" | "False" | "" => Ok(false),
            _ => Err(Error::Metadata(format!("{name} is not a boolean"))),
        },
        Some(_) => Err(Error::Metadata(format!("{name} is not a boolean"))),
    }
}

/// SOPS parses `lastmodified` as RFC 3339 and formats it back without fractional seconds before using it as
/// additional data, so `…:05.123Z` authenticates as `…:05Z`.
fn normalise_rfc3339(s: &str) -> String {
    match s.find('.') {
        Some(dot) if s.len() > 19 && dot == 19 => {
            let rest = &s[dot + 1..];
            let zone = rest.trim_start_matches(|c: char| c.is_ascii_digit());
            format!("{}{zone}", &s[..dot])
        }
        _ => s.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fractional_seconds_are_dropped_from_lastmodified() {
        assert_eq!(
            normalise_rfc3339("2024-01-02T03:04:05.123Z"),
            "2024-01-02T03:04:05Z"
        );
        assert_eq!(
            normalise_rfc3339("2024-01-02T03:04:05+02:00"),
            "2024-01-02T03:04:05+02:00"
        );
    }

    #[test]
    fn key_groups_are_read_when_there_are_no_top_level_keys() {
        let v = serde_json::json!({
            "lastmodified": "2024-01-02T03:04:05Z",
            "key_groups": [{"age": [{"recipient": "age1x", "enc": "e"}]}, {"pgp": [{"fp": "F"}]}],
        });
        let m = Metadata::from_value(&v).unwrap();
        assert_eq!(m.key_groups.len(), 2);
        assert_eq!(m.key_groups[0].age[0].recipient, "age1x");
        assert!(m.key_groups[1].other.contains("pgp"));
    }
}
