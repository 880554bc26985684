//! One encrypted SOPS value, `ENC[AES256_GCM,data:…,iv:…,tag:…,type:…]`: parsing and AES-256-GCM decryption.

use aes_gcm::AesGcm;
use aes_gcm::aead::generic_array::GenericArray;
use aes_gcm::aead::generic_array::typenum::U32;
use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::aes::Aes256;
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;

/// SOPS uses a 256-bit nonce (Go's `NewGCMWithNonceSize(…, 32)`) rather than GCM's usual 96 bits.
type SopsGcm = AesGcm<Aes256, U32>;
const IV_LEN: usize = 32;
const TAG_LEN: usize = 16;

/// The type SOPS recorded for a value, so it can be restored after decryption.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Str,
    Int,
    Float,
    Bool,
    Bytes,
    Time,
    Comment,
}

/// A decrypted value: its plaintext bytes and recorded type.
#[derive(Debug)]
pub(crate) struct Plain {
    pub bytes: Vec<u8>,
    pub kind: Kind,
}

/// Why a value could not be decrypted; the caller adds the path. Never holds the value itself.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum ValueError {
    /// Not in the `ENC[AES256_GCM,…]` form, or a part is not valid base64 / of the wrong size.
    Malformed(&'static str),
    /// The GCM tag did not verify.
    Authentication,
}

/// Whether a string looks like a SOPS-encrypted value.
pub(crate) fn is_enc(s: &str) -> bool {
    s.starts_with("ENC[AES256_GCM,")
}

/// Decrypts one value with the data key; `additional_data` is the key path joined with `:` plus a trailing `:`
/// (or `lastmodified` for the MAC). The empty string is how SOPS stores an empty value, unencrypted.
pub(crate) fn decrypt(
    value: &str,
    key: &[u8; 32],
    additional_data: &str,
) -> Result<Plain, ValueError> {
    if value.is_empty() {
        return Ok(Plain {
            bytes: Vec::new(),
            kind: Kind::Str,
        });
    }
    let parts = parse(value)?;
    let cipher = SopsGcm::new(GenericArray::from_slice(key));
    let mut sealed = parts.data;
    sealed.extend_from_slice(&parts.tag);
    let bytes = cipher
        .decrypt(
            GenericArray::from_slice(&parts.iv),
            Payload {
                msg: &sealed,
                aad: additional_data.as_bytes(),
            },
        )
        .map_err(|_| ValueError::Authentication)?;
    Ok(Plain {
        bytes,
        kind: parts.kind,
    })
}

struct Parts {
    data: Vec<u8>,
    iv: Vec<u8>,
    tag: Vec<u8>,
    kind: Kind,
}

fn parse(value: &str) -> Result<Parts, ValueError> {
    let body = value
        .strip_prefix("ENC[AES256_GCM,data:")
        .and_then(|s| s.strip_suffix(']'))
        .ok_or(ValueError::Malformed("not an ENC[AES256_GCM,…] value"))?;
    let (data, rest) = body
        .split_once(",iv:")
        .ok_or(ValueError::Malformed("missing iv"))?;
    let (iv, rest) = rest
        .split_once(",tag:")
        .ok_or(ValueError::Malformed("missing tag"))?;
    let (tag, kind) = rest
        .split_once(",type:")
        .ok_or(ValueError::Malformed("missing type"))?;
    let b64 = |s: &str, what| STANDARD.decode(s).map_err(|_| ValueError::Malformed(what));
    let parts = Parts {
        data: b64(data, "data is not base64")?,
        iv: b64(iv, "iv is not base64")?,
        tag: b64(tag, "tag is not base64")?,
        kind: match kind {
            "str" => Kind::Str,
            "int" => Kind::Int,
            "float" => Kind::Float,
            "bool" => Kind::Bool,
            "bytes" => Kind::Bytes,
            "time" => Kind::Time,
            "comment" => Kind::Comment,
            _ => return Err(ValueError::Malformed("unknown type")),
        },
    };
    if parts.iv.len() != IV_LEN {
        return Err(ValueError::Malformed("iv is not 32 bytes"));
    }
    if parts.tag.len() != TAG_LEN {
        return Err(ValueError::Malformed("tag is not 16 bytes"));
    }
    Ok(parts)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Seals like SOPS does, to test the round trip without fixtures.
    pub(crate) fn seal(plain: &str, key: &[u8; 32], aad: &str, kind: &str) -> String {
        let iv = [7u8; IV_LEN];
        let out = SopsGcm::new(GenericArray::from_slice(key))
            .encrypt(
                GenericArray::from_slice(&iv),
                Payload {
                    msg: plain.as_bytes(),
                    aad: aad.as_bytes(),
                },
            )
            .unwrap();
        let (data, tag) = out.split_at(out.len() - TAG_LEN);
        format!(
            "ENC[AES256_GCM,data:{},iv:{},tag:{},type:{kind}]",
            STANDARD.encode(data),
            STANDARD.encode(iv),
            STANDARD.encode(tag)
        )
    }

    #[test]
    fn a_sealed_value_decrypts_with_its_path() {
        let key = [1u8; 32];
        let v = seal("42", &key, "a:b:", "int");
        let p = decrypt(&v, &key, "a:b:").unwrap();
        assert_eq!((p.bytes.as_slice(), p.kind), (b"42".as_slice(), Kind::Int));
    }

    #[test]
    fn a_value_moved_to_another_path_fails_authentication() {
        let key = [1u8; 32];
        let v = seal("x", &key, "a:b:", "str");
        assert_eq!(
            decrypt(&v, &key, "a:c:").unwrap_err(),
            ValueError::Authentication
        );
    }

    #[test]
    fn garbage_is_reported_as_malformed() {
        let key = [1u8; 32];
        assert!(matches!(
            decrypt("ENC[AES256_GCM,data:x]", &key, ""),
            Err(ValueError::Malformed(_))
        ));
        assert!(matches!(
            decrypt("plain", &key, ""),
            Err(ValueError::Malformed(_))
        ));
    }
}
