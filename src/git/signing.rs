//! Commit signing for `flux bootstrap`.
//!
//! Flux can sign the commits it pushes during bootstrap, either with an
//! OpenPGP key taken from a key ring file (`--gpg-key-ring`,
//! `--gpg-passphrase`, `--gpg-key-id`) or with an SSH key
//! (`--ssh-signing-key-file`, `--ssh-signing-password`). This module turns
//! that key material into a [`Signer`] that produces the armored signature
//! Git stores in a commit's `gpgsig` header, so callers can do:
//!
//! ```text
//! let buffer = repo.commit_create_buffer(&author, &committer, msg, &tree, &parents)?;
//! let buffer = buffer.as_str().ok_or("commit buffer is not UTF-8")?;
//! let signature = signer.sign(buffer)?;
//! let oid = repo.commit_signed(buffer, &signature, None)?;
//! ```
//!
//! Keys are unlocked once, when the [`Signer`] is built, so that a wrong
//! passphrase is reported before any work is done (Flux checks the key
//! before bootstrapping too), and signing many commits does not repeat the
//! deliberately slow passphrase derivation.
//!
//! Key selection follows Flux: with a key id, the key ring entry whose key
//! id or fingerprint matches is used; without one, the first entry is used
//! (here: the first entry that holds a secret key able to sign, so a ring
//! that starts with a public-only or encryption-only key still works).
//!
//! Errors are single lines meant for the user; they never include key
//! material or passphrases.

use std::fmt;

use pgp::composed::{ArmorOptions, DetachedSignature, PublicOrSecret, SignedSecretKey};
use pgp::crypto::hash::HashAlgorithm;
use pgp::packet::{SecretKey, SecretSubkey, Signature, SubpacketData};
use pgp::types::{KeyDetails, Password, SecretParams, SigningKey};
use ssh_key::private::{KeypairData, RsaKeypair};
use ssh_key::{Algorithm, HashAlg, LineEnding, Mpint, PrivateKey, SshSig};

/// The SSH signature namespace Git uses for commits (`ssh-keygen -Y sign -n git`).
const SSH_NAMESPACE: &str = "git";

/// Shown when an encrypted SSH key comes without `--ssh-signing-password`.
const SSH_PASSPHRASE_REQUIRED: &str =
    "the SSH signing key is encrypted: a passphrase is required (--ssh-signing-password)";

/// A commit signer.
///
/// Built from the key material given on the command line; holds the
/// unlocked private key. Its `Debug` output only shows public key
/// identifiers.
pub enum Signer {
    /// An OpenPGP key (primary key or signing subkey) from a GPG key ring.
    OpenPgp(OpenPgpKey),
    /// An OpenSSH private key, producing `sshsig` signatures.
    Ssh(Box<PrivateKey>),
}

/// The OpenPGP key that signs: rpgp models primary keys and subkeys as
/// distinct packet types, both of which can sign.
pub enum OpenPgpKey {
    /// The primary key of a certificate.
    Primary(Box<SecretKey>),
    /// A subkey bound to a certificate with the signing flag.
    Subkey(Box<SecretSubkey>),
}

impl OpenPgpKey {
    /// The key as the trait object rpgp signs with.
    fn signing_key(&self) -> &dyn SigningKey {
        match self {
            OpenPgpKey::Primary(key) => key.as_ref(),
            OpenPgpKey::Subkey(key) => key.as_ref(),
        }
    }
}

impl fmt::Debug for Signer {
    // Hand-written so that secret key material can never end up in logs.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Signer::OpenPgp(key) => {
                let key = key.signing_key();
                f.debug_struct("Signer::OpenPgp")
                    .field("key_id", &hex_upper(key.legacy_key_id().as_ref()))
                    .field("fingerprint", &hex_upper(key.fingerprint().as_bytes()))
                    .finish()
            }
            Signer::Ssh(key) => f
                .debug_struct("Signer::Ssh")
                .field("algorithm", &key.algorithm().as_str())
                .field("fingerprint", &key.fingerprint(HashAlg::Sha256).to_string())
                .finish(),
        }
    }
}

impl fmt::Debug for OpenPgpKey {
    // Same reason as for `Signer`: show identifiers only.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let key = self.signing_key();
        f.debug_struct("OpenPgpKey")
            .field("key_id", &hex_upper(key.legacy_key_id().as_ref()))
            .finish()
    }
}

impl Signer {
    /// OpenPGP signer.
    ///
    /// `keyring` is the content of a key ring file (armored or binary,
    /// possibly several keys, as written by `gpg --export-secret-keys`).
    /// `key_id` selects a key by long or short hex key id or by fingerprint
    /// (case-insensitive, an optional `0x` prefix and spaces are ignored);
    /// without it the first key that can sign is used. `passphrase` unlocks
    /// the key; empty means the key is not protected.
    ///
    /// When the selected id names a certificate's primary key but that key
    /// may not sign (e.g. GnuPG's default of a certify-only primary key with
    /// a signing subkey), the certificate's signing subkey is used, as
    /// `gpg --local-user <id>` would.
    pub fn openpgp(keyring: &[u8], passphrase: &str, key_id: Option<&str>) -> Result<Self, String> {
        let certs = read_key_ring(keyring)?;
        let key_id = match key_id.map(str::trim) {
            Some("") | None => None,
            Some(id) => Some(KeyIdQuery::parse(id)?),
        };

        let mut key = match &key_id {
            Some(query) => select_by_id(&certs, query)?,
            None => select_first(&certs)?,
        };
        unlock_openpgp(&mut key, passphrase)?;
        Ok(Signer::OpenPgp(key))
    }

    /// SSH signer from an OpenSSH private key (`-----BEGIN OPENSSH PRIVATE
    /// KEY-----`), optionally encrypted with `passphrase` (empty = none).
    ///
    /// A passphrase given for an unencrypted key is ignored.
    pub fn ssh(private_key_pem: &[u8], passphrase: &str) -> Result<Self, String> {
        let pem = std::str::from_utf8(private_key_pem)
            .map_err(|_| "invalid SSH signing key: not a PEM text file".to_string())?
            .trim();
        if pem.starts_with("-----BEGIN") && !pem.starts_with("-----BEGIN OPENSSH PRIVATE KEY-----")
        {
            // PKCS#1/PKCS#8 keys (`ssh-keygen -m PEM`) are not supported by
            // ssh-key; say how to convert rather than reporting a PEM error.
            return Err("invalid SSH signing key: only OpenSSH private keys \
                        (-----BEGIN OPENSSH PRIVATE KEY-----) are supported; \
                        convert it with `ssh-keygen -p -f <file>`"
                .to_string());
        }
        let key = PrivateKey::from_openssh(pem)
            .map_err(|e| format!("invalid SSH signing key: {}", brief(&e)))?;

        let key = if key.is_encrypted() {
            if passphrase.is_empty() {
                return Err(SSH_PASSPHRASE_REQUIRED.to_string());
            }
            key.decrypt(passphrase).map_err(|e| match e {
                // A wrong passphrase yields garbage plaintext whose check
                // integers do not match, which ssh-key reports as `Crypto`.
                ssh_key::Error::Crypto => {
                    "unable to decrypt SSH signing key: wrong passphrase".to_string()
                }
                other => format!("unable to decrypt SSH signing key: {}", brief(&other)),
            })?
        } else {
            key
        };

        // Hardware-backed keys (sk-*) and DSA keys cannot sign here; find out
        // now rather than on the first commit.
        ssh_sign(&key, b"").map_err(|e| {
            format!(
                "unable to sign with SSH key of type {}: {}",
                key.algorithm().as_str(),
                brief(&e)
            )
        })?;
        Ok(Signer::Ssh(Box::new(key)))
    }

    /// The armored signature of a commit buffer (as returned by
    /// `git2::Repository::commit_create_buffer`), to pass to
    /// `git2::Repository::commit_signed(buffer, signature, None)`.
    ///
    /// OpenPGP: a detached binary signature, `-----BEGIN PGP SIGNATURE-----`,
    /// hashed with SHA-256 (or the stronger hash an ECDSA P-384/P-521 key
    /// requires). SSH: an `sshsig` signature, `-----BEGIN SSH SIGNATURE-----`,
    /// namespace `git`, SHA-512, as `ssh-keygen -Y sign -n git` makes.
    pub fn sign(&self, commit_buffer: &str) -> Result<String, String> {
        match self {
            Signer::OpenPgp(key) => {
                // rpgp implements `SigningKey` for this box, not for `&dyn`.
                let key: Box<&dyn SigningKey> = Box::new(key.signing_key());
                let hash = openpgp_hash(*key);
                // The RNG is only consumed for v6 signatures (salt); ssh-key's
                // re-export of the OS RNG saves a direct `rand` dependency.
                let signature = DetachedSignature::sign_binary_data(
                    ssh_key::rand_core::OsRng,
                    &key,
                    &Password::empty(),
                    hash,
                    commit_buffer.as_bytes(),
                )
                .map_err(|e| format!("unable to sign commit with GPG key: {}", brief(&e)))?;
                signature
                    .to_armored_string(ArmorOptions::default())
                    .map_err(|e| format!("unable to encode GPG signature: {}", brief(&e)))
            }
            Signer::Ssh(key) => {
                let signature = ssh_sign(key, commit_buffer.as_bytes())
                    .map_err(|e| format!("unable to sign commit with SSH key: {}", brief(&e)))?;
                signature
                    .to_pem(LineEnding::LF)
                    .map_err(|e| format!("unable to encode SSH signature: {}", brief(&e)))
            }
        }
    }
}

/// An `sshsig` signature over `msg` in Git's namespace, with SHA-512.
fn ssh_sign(key: &PrivateKey, msg: &[u8]) -> ssh_key::Result<SshSig> {
    match key.key_data() {
        KeypairData::Rsa(keypair) => ssh_sign_rsa(key, keypair, msg),
        _ => key.sign(SSH_NAMESPACE, HashAlg::Sha512, msg),
    }
}

/// RSA `sshsig` (`rsa-sha2-512`, as ssh-keygen makes), done with the `rsa`
/// crate directly: ssh-key 0.6.7 passes the prime `p` twice when converting
/// the key, so its own RSA signing always fails.
fn ssh_sign_rsa(key: &PrivateKey, keypair: &RsaKeypair, msg: &[u8]) -> ssh_key::Result<SshSig> {
    use rsa::signature::{SignatureEncoding, Signer as _};

    fn uint(m: &Mpint) -> ssh_key::Result<rsa::BigUint> {
        m.as_positive_bytes()
            .map(rsa::BigUint::from_bytes_be)
            .ok_or(ssh_key::Error::Crypto)
    }
    let private = rsa::RsaPrivateKey::from_components(
        uint(&keypair.public.n)?,
        uint(&keypair.public.e)?,
        uint(&keypair.private.d)?,
        vec![uint(&keypair.private.p)?, uint(&keypair.private.q)?],
    )
    .map_err(|_| ssh_key::Error::Crypto)?;
    let data = SshSig::signed_data(SSH_NAMESPACE, HashAlg::Sha512, msg)?;
    let raw = rsa::pkcs1v15::SigningKey::<ssh_key::sha2::Sha512>::new(private)
        .try_sign(&data)
        .map_err(|_| ssh_key::Error::Crypto)?;
    let signature = ssh_key::Signature::new(
        Algorithm::Rsa {
            hash: Some(HashAlg::Sha512),
        },
        raw.to_vec(),
    )?;
    SshSig::new(
        key.public_key().key_data().clone(),
        SSH_NAMESPACE,
        HashAlg::Sha512,
        signature,
    )
}

/// Parses every certificate in the key ring, keeping those with secret keys.
fn read_key_ring(keyring: &[u8]) -> Result<Vec<SignedSecretKey>, String> {
    let (entries, _headers) = PublicOrSecret::from_reader_many(keyring)
        .map_err(|e| format!("unable to read GPG key ring: {}", brief(&e)))?;
    let mut secret = Vec::new();
    let mut public_only = 0usize;
    for entry in entries {
        match entry.map_err(|e| format!("unable to read GPG key ring: {}", brief(&e)))? {
            PublicOrSecret::Secret(key) => secret.push(key),
            PublicOrSecret::Public(_) => public_only += 1,
        }
    }
    if secret.is_empty() {
        return Err(if public_only > 0 {
            "the GPG key ring holds only public keys: export the secret key with \
             `gpg --export-secret-keys`"
                .to_string()
        } else {
            "empty GPG key ring".to_string()
        });
    }
    Ok(secret)
}

/// A user-supplied key id or fingerprint, normalised to upper-case hex.
struct KeyIdQuery {
    /// As the user wrote it, for error messages.
    given: String,
    hex: String,
}

impl KeyIdQuery {
    fn parse(id: &str) -> Result<Self, String> {
        let stripped = id
            .strip_prefix("0x")
            .or_else(|| id.strip_prefix("0X"))
            .unwrap_or(id);
        // Fingerprints are often printed in groups of four.
        let hex: String = stripped
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_uppercase();
        let valid_len = matches!(hex.len(), 8 | 16 | 40 | 64);
        if !valid_len || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
            return Err(format!(
                "invalid GPG key id {id:?}: expected a short (8) or long (16 hex digit) key id \
                 or a fingerprint"
            ));
        }
        Ok(Self {
            given: id.to_string(),
            hex,
        })
    }

    /// Whether `key`'s key id or fingerprint is what the user asked for.
    fn matches(&self, key: &impl KeyDetails) -> bool {
        let key_id = hex_upper(key.legacy_key_id().as_ref());
        let fingerprint = hex_upper(key.fingerprint().as_bytes());
        match self.hex.len() {
            // A short id is the low 32 bits of the long id.
            8 => key_id.ends_with(&self.hex),
            16 => key_id == self.hex,
            _ => fingerprint == self.hex,
        }
    }
}

/// The key of a certificate to sign with: the newest usable signing subkey
/// (GnuPG's and go-crypto's choice), else the primary key if it may sign.
fn signing_key_of(cert: &SignedSecretKey) -> Option<OpenPgpKey> {
    let subkey = cert
        .secret_subkeys
        .iter()
        .filter(|sub| subkey_can_sign(&sub.signatures) && has_secret(sub.key.secret_params()))
        .max_by_key(|sub| sub.key.created_at());
    if let Some(sub) = subkey {
        return Some(OpenPgpKey::Subkey(Box::new(sub.key.clone())));
    }
    if primary_can_sign(cert) && has_secret(cert.primary_key.secret_params()) {
        return Some(OpenPgpKey::Primary(Box::new(cert.primary_key.clone())));
    }
    None
}

/// Without a key id: the first certificate in the ring that can sign.
fn select_first(certs: &[SignedSecretKey]) -> Result<OpenPgpKey, String> {
    certs
        .iter()
        .find_map(signing_key_of)
        .ok_or_else(|| "no key in the GPG key ring can sign".to_string())
}

/// With a key id: the matching signing subkey itself, or the signing key of
/// the certificate the id belongs to.
fn select_by_id(certs: &[SignedSecretKey], query: &KeyIdQuery) -> Result<OpenPgpKey, String> {
    for cert in certs {
        for sub in &cert.secret_subkeys {
            if query.matches(&sub.key)
                && subkey_can_sign(&sub.signatures)
                && has_secret(sub.key.secret_params())
            {
                return Ok(OpenPgpKey::Subkey(Box::new(sub.key.clone())));
            }
        }
        let in_cert = query.matches(&cert.primary_key)
            || cert.secret_subkeys.iter().any(|s| query.matches(&s.key))
            || cert.public_subkeys.iter().any(|s| query.matches(&s.key));
        if in_cert {
            return signing_key_of(cert)
                .ok_or_else(|| format!("GPG key {} cannot sign", query.given));
        }
    }
    Err(format!(
        "key id {} not found in the GPG key ring",
        query.given
    ))
}

/// Whether the self-signatures allow the primary key to sign. Keys without
/// any key-flags subpacket predate the flags and are treated as able to
/// sign, as GnuPG does.
fn primary_can_sign(cert: &SignedSecretKey) -> bool {
    let self_sigs = cert
        .details
        .users
        .iter()
        .flat_map(|user| user.signatures.iter())
        .chain(cert.details.direct_signatures.iter());
    flags_allow_signing(self_sigs)
}

/// Whether a subkey's binding signatures carry the signing flag. Unlike for
/// primary keys, a subkey without flags is not assumed to sign: GnuPG
/// requires the flag on subkeys.
fn subkey_can_sign(bindings: &[Signature]) -> bool {
    bindings
        .iter()
        .any(|sig| has_key_flags(sig) && sig.key_flags().sign())
}

fn flags_allow_signing<'a>(sigs: impl Iterator<Item = &'a Signature>) -> bool {
    let mut any_flags = false;
    for sig in sigs {
        if has_key_flags(sig) {
            any_flags = true;
            if sig.key_flags().sign() {
                return true;
            }
        }
    }
    !any_flags
}

fn has_key_flags(sig: &Signature) -> bool {
    sig.config().is_some_and(|config| {
        config
            .hashed_subpackets()
            .any(|p| matches!(p.data, SubpacketData::KeyFlags(_)))
    })
}

/// False for GnuPG's "stub" secret keys (S2K usage 254/255 with the
/// GNU-dummy/divert-to-card extension, e.g. the primary key after
/// `gpg --export-secret-subkeys`), which carry no key material.
fn has_secret(params: &SecretParams) -> bool {
    match params {
        SecretParams::Plain(_) => true,
        SecretParams::Encrypted(enc) => !matches!(
            enc.string_to_key_params(),
            pgp::types::S2kParams::Cfb {
                s2k: pgp::types::StringToKey::Private { .. },
                ..
            } | pgp::types::S2kParams::MalleableCfb {
                s2k: pgp::types::StringToKey::Private { .. },
                ..
            }
        ),
    }
}

/// Removes the passphrase protection in memory, so the key is checked now
/// and signing needs no passphrase.
fn unlock_openpgp(key: &mut OpenPgpKey, passphrase: &str) -> Result<(), String> {
    let (encrypted, key_id) = match key {
        OpenPgpKey::Primary(k) => (
            matches!(k.secret_params(), SecretParams::Encrypted(_)),
            hex_upper(k.legacy_key_id().as_ref()),
        ),
        OpenPgpKey::Subkey(k) => (
            matches!(k.secret_params(), SecretParams::Encrypted(_)),
            hex_upper(k.legacy_key_id().as_ref()),
        ),
    };
    if !encrypted {
        return Ok(());
    }
    if passphrase.is_empty() {
        return Err(format!(
            "the GPG key {key_id} is protected by a passphrase: pass --gpg-passphrase"
        ));
    }
    let password = Password::from(passphrase);
    let result = match key {
        OpenPgpKey::Primary(k) => k.remove_password(&password),
        OpenPgpKey::Subkey(k) => k.remove_password(&password),
    };
    // rpgp cannot tell a wrong passphrase from corrupt data (both fail the
    // checksum or the key parse), and the wrong passphrase is by far the
    // likelier cause. Its error text is left out as it adds nothing useful.
    result.map_err(|_| format!("wrong passphrase for the GPG key {key_id}"))
}

/// SHA-256 as Flux and GnuPG use by default, unless the key needs a longer
/// digest: ECDSA over P-384/P-521 (and some other curves) must not be used
/// with a digest shorter than the curve, which rpgp reports as the key's
/// preferred hash.
fn openpgp_hash(key: &dyn SigningKey) -> HashAlgorithm {
    match key.hash_alg() {
        alg @ (HashAlgorithm::Sha384 | HashAlgorithm::Sha512 | HashAlgorithm::Sha3_512) => alg,
        _ => HashAlgorithm::Sha256,
    }
}

/// A library error as one short line, cut before any dump of the data it
/// failed on: rpgp's parse errors can embed the raw input bytes, which may
/// be key material.
fn brief(err: &dyn fmt::Display) -> String {
    let text = err.to_string();
    let end = text.find(['(', '[', '{', '\n', '\r']).unwrap_or(text.len());
    // rpgp's nom errors read "armor footer Error(Error { input: [..] })".
    let head = text[..end].trim_end();
    let head = head.strip_suffix(" Error").unwrap_or(head);
    let text: String = head.chars().take(120).collect();
    if text.is_empty() {
        "malformed data".to_string()
    } else {
        text
    }
}

/// Upper-case hex, the form GnuPG prints key ids and fingerprints in.
fn hex_upper(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02X}")).collect()
}
