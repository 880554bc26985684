//! Decryption of SOPS-encrypted Kubernetes objects and files with age keys, as Flux's kustomize-controller does.
//!
//! Start here: read the keys of a Kustomization's `spec.decryption.secretRef` with [`Keys::from_secret_data`],
//! check built objects with [`is_encrypted`], decrypt them with [`decrypt_object`], and decrypt the files a
//! `secretGenerator`/`configMapGenerator` reads with [`decrypt_file`] (format from [`Format::from_path`]).
//!
//! # How SOPS encrypts
//! A random 32-byte data key encrypts every covered value with AES-256-GCM; the value's key path (`data:token:`)
//! is authenticated with it, so values cannot be moved. The data key itself is stored once per recipient under
//! `sops.age[].enc` as an armored age file. A SHA-512 MAC over all values in order, encrypted with
//! `sops.lastmodified` as additional data, detects edits of clear values, removals and reordering.
//!
//! # Scope
//! Only age X25519 identities decrypt. PGP, cloud KMS and Vault keys are recognised in the Secret and in files
//! but not implemented: a file only they can open fails with an error naming them. INI files and
//! post-quantum/plugin age identities are not supported either. Key groups split with Shamir's secret sharing
//! are recombined. Pure and synchronous: no I/O.
//!
//! # The MAC and Flux
//! Flux's decryptor never checks the MAC (`checkSopsMac` is off): kustomize rewrites values the MAC covers
//! (namespace, labels, name prefixes) before decryption. [`decrypt_object`] therefore skips the check like Flux;
//! [`decrypt_file`] verifies it, since nothing rewrites a file before it is decrypted. Both choices can be
//! overridden with the `_with` variants and [`DecryptOptions`].

mod cipher;
mod dotenv;
mod error;
mod format;
mod json_out;
mod keys;
mod mac;
mod metadata;
mod rules;
mod shamir;
mod walk;
mod yaml;

use serde_json::{Map, Value};

pub use self::error::{Error, Result};
pub use self::format::Format;
pub use self::keys::Keys;

use self::cipher::is_enc;
use self::mac::Mac;
use self::metadata::Metadata;
use self::walk::Walker;

/// The top-level key holding SOPS metadata.
const SOPS_KEY: &str = "sops";

/// Knobs of a decryption.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DecryptOptions {
    /// Verify the MAC over all values; fails with [`Error::MacMismatch`] when the document was edited.
    pub verify_mac: bool,
}

impl DecryptOptions {
    /// What Flux's kustomize-controller does: no MAC check.
    pub const FLUX: DecryptOptions = DecryptOptions { verify_mac: false };
    /// What `sops -d` does: the MAC must match.
    pub const STRICT: DecryptOptions = DecryptOptions { verify_mac: true };
}

/// Whether a built object is SOPS-encrypted: a top-level `sops` mapping with a `mac` entry, and at least one
/// `ENC[…]` value elsewhere. Flux refuses to apply such a Secret when decryption is not configured.
pub fn is_encrypted(obj: &Value) -> bool {
    let Some(map) = obj.as_object() else {
        return false;
    };
    let has_mac = map
        .get(SOPS_KEY)
        .and_then(Value::as_object)
        .is_some_and(|s| s.contains_key("mac"));
    has_mac
        && map
            .iter()
            .any(|(k, v)| k != SOPS_KEY && has_encrypted_value(v))
}

fn has_encrypted_value(v: &Value) -> bool {
    match v {
        Value::String(s) => is_enc(s),
        Value::Array(items) => items.iter().any(has_encrypted_value),
        Value::Object(m) => m.values().any(has_encrypted_value),
        _ => false,
    }
}

/// Decrypts a SOPS-encrypted Kubernetes object (a YAML or JSON document encrypted with `sops -e`, after the
/// kustomize build) and returns it without its `sops` key, values typed as SOPS recorded them. Like Flux, the
/// MAC is not checked (see the crate docs); each encrypted value is still authenticated with its path.
pub fn decrypt_object(obj: &Value, keys: &Keys) -> Result<Value> {
    decrypt_object_with(obj, keys, DecryptOptions::FLUX)
}

/// [`decrypt_object`] with explicit options.
pub fn decrypt_object_with(obj: &Value, keys: &Keys, opts: DecryptOptions) -> Result<Value> {
    let Value::Object(map) = obj else {
        return Err(Error::Load {
            format: "JSON",
            reason: "the object is not a mapping".into(),
        });
    };
    decrypt_documents(vec![map.clone()], keys, &opts)
        .map(|mut docs| Value::Object(docs.pop().unwrap_or_default()))
}

/// Decrypts a whole SOPS file and returns its plaintext in the same format: JSON exactly as `sops -d` prints
/// it, dotenv and binary byte for byte, YAML with the same data but our layout (comments dropped). The MAC is
/// verified.
pub fn decrypt_file(bytes: &[u8], format: Format, keys: &Keys) -> Result<Vec<u8>> {
    decrypt_file_with(bytes, format, keys, DecryptOptions::STRICT)
}

/// [`decrypt_file`] with explicit options (Flux itself uses [`DecryptOptions::FLUX`]).
pub fn decrypt_file_with(
    bytes: &[u8],
    format: Format,
    keys: &Keys,
    opts: DecryptOptions,
) -> Result<Vec<u8>> {
    match format {
        Format::Yaml => yaml::emit(decrypt_documents(yaml::parse(bytes)?, keys, &opts)?),
        Format::Json => {
            let docs = decrypt_documents(vec![parse_json(bytes, format)?], keys, &opts)?;
            Ok(json_out::to_go_json(docs.first().unwrap_or(&Map::new())).into_bytes())
        }
        Format::Binary => decrypt_binary(parse_json(bytes, format)?, keys, &opts),
        Format::Dotenv => dotenv::decrypt(bytes, keys, &opts),
        Format::Ini => Err(Error::Load {
            format: format.name(),
            reason: "INI files are not supported".into(),
        }),
    }
}

/// Recovers the data key named by the metadata with our keys.
pub(crate) fn open(meta: &Metadata, keys: &Keys) -> Result<[u8; 32]> {
    keys.data_key(meta)
}

/// Takes the `sops` metadata out of the first document (and drops it from the others, as SOPS does).
fn take_metadata(docs: &mut [Map<String, Value>]) -> Result<Metadata> {
    let sops = docs
        .first_mut()
        .and_then(|d| d.shift_remove(SOPS_KEY))
        .ok_or(Error::MetadataNotFound)?;
    for doc in docs.iter_mut().skip(1) {
        doc.shift_remove(SOPS_KEY);
    }
    Metadata::from_value(&sops)
}

/// Decrypts tree-shaped documents (YAML, JSON, objects); the MAC runs across all of them in order.
fn decrypt_documents(
    mut docs: Vec<Map<String, Value>>,
    keys: &Keys,
    opts: &DecryptOptions,
) -> Result<Vec<Map<String, Value>>> {
    let meta = take_metadata(&mut docs)?;
    let key = open(&meta, keys)?;
    let mut walker = Walker {
        rules: &meta.rules,
        key: &key,
        mac: Mac::new(meta.mac_only_encrypted),
    };
    let docs = docs
        .into_iter()
        .map(|d| walker.document(d))
        .collect::<Result<Vec<_>>>()?;
    if opts.verify_mac {
        walker.mac.verify(&meta.mac, &key, &meta.last_modified)?;
    }
    Ok(docs)
}

/// A binary file is a JSON envelope whose `data` string is the whole file; the plaintext need not be UTF-8.
fn decrypt_binary(
    mut doc: Map<String, Value>,
    keys: &Keys,
    opts: &DecryptOptions,
) -> Result<Vec<u8>> {
    let meta = take_metadata(std::slice::from_mut(&mut doc))?;
    let key = open(&meta, keys)?;
    let mut walker = Walker {
        rules: &meta.rules,
        key: &key,
        mac: Mac::new(meta.mac_only_encrypted),
    };
    let Some(Value::String(data)) = doc.get("data") else {
        return Err(Error::Load {
            format: "binary",
            reason: "no binary data found in the envelope".into(),
        });
    };
    let plain = walker.bytes(data, &["data".to_string()], "data")?;
    if opts.verify_mac {
        walker.mac.verify(&meta.mac, &key, &meta.last_modified)?;
    }
    Ok(plain)
}

fn parse_json(bytes: &[u8], format: Format) -> Result<Map<String, Value>> {
    match serde_json::from_slice(bytes) {
        Ok(Value::Object(m)) => Ok(m),
        Ok(_) => Err(Error::Load {
            format: format.name(),
            reason: "the top level is not an object".into(),
        }),
        Err(e) => Err(Error::Load {
            format: format.name(),
            reason: e.to_string(),
        }),
    }
}

#[cfg(test)]
mod fixture_tests;
