//! The SOPS MAC: SHA-512 over the plaintext of the document's values, in document order, stored encrypted.

use sha2::{Digest, Sha512};

use super::cipher::{self, Kind};
use super::error::{Error, Result};

/// SHA-256 of "sops": the MAC of a `mac_only_encrypted` file starts from these bytes, so it can never equal the
/// MAC of the same values under the default mode.
const MAC_ONLY_ENCRYPTED_PREFIX: [u8; 32] = [
    0x8a, 0x3f, 0xd2, 0xad, 0x54, 0xce, 0x66, 0x52, 0x7b, 0x10, 0x34, 0xf3, 0xd1, 0x47, 0xbe, 0x0b,
    0x0b, 0x97, 0x5b, 0x3b, 0xf4, 0x4f, 0x72, 0xc6, 0xfd, 0xad, 0xec, 0x81, 0x76, 0xf2, 0x7d, 0x69,
];

/// Accumulates the MAC while a document is walked. Keys and comments are not part of it, only values
/// (strings as is, numbers in Go's shortest decimal form, booleans as `True`/`False`).
pub(crate) struct Mac {
    hash: Sha512,
    only_encrypted: bool,
}

impl Mac {
    pub(crate) fn new(only_encrypted: bool) -> Self {
        let mut hash = Sha512::new();
        if only_encrypted {
            hash.update(MAC_ONLY_ENCRYPTED_PREFIX);
        }
        Mac {
            hash,
            only_encrypted,
        }
    }

    /// Adds a value's canonical bytes; clear values count only when the MAC covers all values.
    pub(crate) fn add(&mut self, bytes: &[u8], encrypted: bool) {
        if encrypted || !self.only_encrypted {
            self.hash.update(bytes);
        }
    }

    /// Compares the computed MAC with the stored one, which is encrypted with `lastmodified` as additional data.
    pub(crate) fn verify(self, stored: &str, key: &[u8; 32], last_modified: &str) -> Result<()> {
        let computed = hex::encode_upper(self.hash.finalize());
        let plain = cipher::decrypt(stored, key, last_modified).map_err(|e| {
            Error::Mac(match e {
                cipher::ValueError::Malformed(why) => format!("the stored MAC is malformed: {why}"),
                cipher::ValueError::Authentication => {
                    "the stored MAC does not authenticate (mac or lastmodified was modified)".into()
                }
            })
        })?;
        if plain.kind != Kind::Str || plain.bytes != computed.as_bytes() {
            return Err(Error::MacMismatch);
        }
        Ok(())
    }
}

/// Go's `strconv.FormatFloat(f, 'f', -1, 64)`: the shortest decimal that round-trips, never in exponent form.
pub(crate) fn go_float(f: f64) -> String {
    if f.is_nan() {
        "NaN".into()
    } else if f.is_infinite() {
        if f > 0.0 {
            "+Inf".into()
        } else {
            "-Inf".into()
        }
    } else {
        // Rust's Display is also shortest-round-trip and never uses an exponent.
        format!("{f}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_print_like_go() {
        assert_eq!(go_float(1000.0), "1000");
        assert_eq!(go_float(0.75), "0.75");
        assert_eq!(go_float(1e-7), "0.0000001");
        assert_eq!(go_float(f64::INFINITY), "+Inf");
    }

    #[test]
    fn mac_only_encrypted_skips_clear_values() {
        let mut a = Mac::new(true);
        a.add(b"clear", false);
        a.add(b"secret", true);
        let mut b = Mac::new(true);
        b.add(b"secret", true);
        assert_eq!(a.hash.finalize(), b.hash.finalize());
    }
}
