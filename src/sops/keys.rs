//! The decryption keys of a Kustomization (`spec.decryption.secretRef`) and recovery of a document's data key.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Read;
use std::str::FromStr;

use age::armor::ArmoredReader;

use super::error::{Error, Result};
use super::metadata::{KeyGroup, Metadata};
use super::shamir;

/// Secret entries Flux recognises besides `*.agekey`. We do not implement them; we only remember that they were
/// offered so an error can say which kind of key was missing.
const OTHER_KEY_ENTRIES: [(&str, &str); 4] = [
    ("sops.vault-token", "hc_vault"),
    ("sops.aws-kms", "kms"),
    ("sops.azure-kv", "azure_kv"),
    ("sops.gcp-kms", "gcp_kms"),
];

/// Decryption keys read from the data of the Kustomization's decryption Secret.
///
/// Every entry whose name ends in `.agekey` holds age identities, one per line (`AGE-SECRET-KEY-1…`); empty
/// lines and `#` comments are skipped, as `age-keygen` output has them. `*.asc` (PGP) and the cloud/Vault entries
/// are recognised but not supported: a file that only those keys could open fails with an error naming them.
/// Debug output never shows the identities.
pub struct Keys {
    age: Vec<age::x25519::Identity>,
    /// SOPS metadata names (`pgp`, `kms`, …) of unsupported key types present in the Secret.
    other: BTreeSet<&'static str>,
}

impl std::fmt::Debug for Keys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Keys")
            .field("age_identities", &self.age.len())
            .field("unsupported", &self.other)
            .finish()
    }
}

impl Keys {
    /// Reads the keys from a Secret's `data` (already base64-decoded). Fails on an `.agekey` entry that holds
    /// anything but age X25519 identities, naming the entry and line but not its content.
    pub fn from_secret_data(data: &BTreeMap<String, Vec<u8>>) -> Result<Self> {
        let mut keys = Keys {
            age: Vec::new(),
            other: BTreeSet::new(),
        };
        for (name, value) in data {
            if name.ends_with(".agekey") {
                keys.age.extend(parse_identities(name, value)?);
            } else if name.ends_with(".asc") {
                keys.other.insert("pgp");
            } else if let Some((_, kind)) =
                OTHER_KEY_ENTRIES.iter().find(|(entry, _)| entry == name)
            {
                keys.other.insert(kind);
            }
        }
        Ok(keys)
    }

    /// True when the Secret held no age identity, so nothing can be decrypted.
    pub fn is_empty(&self) -> bool {
        self.age.is_empty()
    }

    /// Recovers the 32-byte data key: from the one key group, or by recombining the shares of enough groups
    /// when SOPS split it with Shamir's secret sharing.
    pub(crate) fn data_key(&self, meta: &Metadata) -> Result<[u8; 32]> {
        let key = match meta.key_groups.as_slice() {
            [] => return Err(Error::Metadata("no keys found in file".into())),
            [group] => self.open_group(group)?,
            groups => self.open_shamir(groups, meta.shamir_threshold)?,
        };
        <[u8; 32]>::try_from(key.as_slice()).map_err(|_| {
            Error::DataKey(format!("the data key is {} bytes, expected 32", key.len()))
        })
    }

    fn open_shamir(&self, groups: &[KeyGroup], threshold: usize) -> Result<Vec<u8>> {
        // SOPS stores the threshold it used; an absent one meant "every group".
        let threshold = if threshold == 0 {
            groups.len()
        } else {
            threshold
        };
        let mut shares = Vec::new();
        let mut failures = Vec::new();
        for (i, group) in groups.iter().enumerate() {
            match self.open_group(group) {
                Ok(share) => shares.push(share),
                Err(e) => failures.push(format!("group {i}: {}", reason(e))),
            }
        }
        if shares.len() < threshold {
            return Err(Error::DataKey(format!(
                "the data key is split across {} key groups and {threshold} must be opened, but only {} could \
                 be ({})",
                groups.len(),
                shares.len(),
                failures.join("; ")
            )));
        }
        shamir::combine(&shares).ok_or_else(|| {
            Error::DataKey("the key group shares do not combine into a data key".into())
        })
    }

    /// The data key (or its Shamir share) held by one group.
    fn open_group(&self, group: &KeyGroup) -> Result<Vec<u8>> {
        if group.age.is_empty() && group.other.is_empty() {
            return Err(Error::Metadata("a key group lists no keys".into()));
        }
        if group.age.is_empty() {
            let kinds: Vec<&str> = group.other.iter().copied().collect();
            let offered: Vec<&str> = kinds
                .iter()
                .copied()
                .filter(|k| self.other.contains(k))
                .collect();
            let note = if offered.is_empty() {
                String::new()
            } else {
                format!(
                    " (the decryption Secret has {} credentials, which are ignored)",
                    offered.join(", ")
                )
            };
            return Err(Error::DataKey(format!(
                "the file is encrypted only for {} keys, which are not supported; only age keys (*.agekey entries \
                 of the decryption Secret) are{note}",
                kinds.join(", ")
            )));
        }
        let recipients: Vec<&str> = group.age.iter().map(|a| a.recipient.as_str()).collect();
        if self.age.is_empty() {
            return Err(Error::DataKey(format!(
                "the decryption Secret holds no age identity (*.agekey entry) for the recipients [{}]",
                recipients.join(", ")
            )));
        }
        let mut failures = Vec::new();
        for stanza in &group.age {
            match self.unwrap(&stanza.enc) {
                Ok(Some(key)) => return Ok(key),
                Ok(None) => {}
                Err(reason) => failures.push(format!("{}: {reason}", stanza.recipient)),
            }
        }
        let mut msg = format!(
            "no age identity in the decryption Secret matches the recipients [{}]",
            recipients.join(", ")
        );
        if !failures.is_empty() {
            msg.push_str(&format!(" ({})", failures.join("; ")));
        }
        if !group.other.is_empty() {
            let kinds: Vec<&str> = group.other.iter().copied().collect();
            msg.push_str(&format!(
                "; the file's {} keys are not supported",
                kinds.join(", ")
            ));
        }
        Err(Error::DataKey(msg))
    }

    /// Decrypts one armored age file holding the data key: `Ok(None)` when none of our identities is a
    /// recipient of it, `Err` with a reason when the file itself is broken.
    fn unwrap(&self, armored: &str) -> std::result::Result<Option<Vec<u8>>, String> {
        let decryptor = age::Decryptor::new(ArmoredReader::new(armored.as_bytes()))
            .map_err(|e| format!("invalid age data: {e}"))?;
        let identities = self.age.iter().map(|i| i as &dyn age::Identity);
        let mut reader = match decryptor.decrypt(identities) {
            Ok(reader) => reader,
            Err(age::DecryptError::NoMatchingKeys) => return Ok(None),
            Err(e) => return Err(format!("failed to decrypt the age data: {e}")),
        };
        let mut key = Vec::new();
        reader
            .read_to_end(&mut key)
            .map_err(|e| format!("failed to read the age payload: {e}"))?;
        Ok(Some(key))
    }
}

/// The message of a data-key error without its "cannot get sops data key" prefix, to nest it.
fn reason(e: Error) -> String {
    match e {
        Error::DataKey(reason) => reason,
        other => other.to_string(),
    }
}

/// Parses the identities of one `.agekey` entry, line by line like SOPS does.
fn parse_identities(entry: &str, value: &[u8]) -> Result<Vec<age::x25519::Identity>> {
    let err = |reason: String| Error::ImportKey {
        entry: entry.to_string(),
        reason,
    };
    let text = std::str::from_utf8(value).map_err(|_| err("the value is not UTF-8 text".into()))?;
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        // Trimming is a little more lenient than SOPS (it tolerates CRLF files and indented comments).
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let lineno = n + 1;
        if line.starts_with("AGE-SECRET-KEY-PQ-1") {
            return Err(err(format!(
                "line {lineno}: post-quantum age identities are not supported"
            )));
        }
        if line.starts_with("AGE-PLUGIN-") {
            return Err(err(format!(
                "line {lineno}: age plugin identities are not supported"
            )));
        }
        if !line.starts_with("AGE-SECRET-KEY-1") {
            return Err(err(format!("line {lineno}: unknown identity type")));
        }
        // The parser's own error could echo the key, so only the line number is reported.
        let identity = age::x25519::Identity::from_str(line)
            .map_err(|_| err(format!("line {lineno}: malformed age identity")))?;
        out.push(identity);
    }
    Ok(out)
}
