//! Signature checks of GitRepository `spec.verify`: is the checked-out commit (and/or the annotated tag that
//! selected it) signed by one of the trusted keys of the verification Secret? OpenPGP signatures are checked
//! against the key rings stored under `*.asc` keys (and, as in Flux, any key without a known suffix); SSH
//! signatures (`gpg.format=ssh`) against the `authorized_keys` lines stored under `*.sshpub` keys.
//!
//! The answer names the key that signed, as Flux reports it: the OpenPGP primary key id (`5982D0279C227FFD`)
//! or the SSH key's SHA256 fingerprint.

use std::collections::BTreeMap;

use git2::{ObjectType, Oid, Repository};
use pgp::composed::{Deserializable, DetachedSignature, SignedPublicKey};
use pgp::types::KeyDetails;
use ssh_key::{HashAlg, PublicKey, SshSig};

/// Namespace Git signs commits and tags in with SSH keys.
const SSH_NAMESPACE: &str = "git";
const PGP_BEGIN: &str = "-----BEGIN PGP SIGNATURE-----";
const SSH_BEGIN: &str = "-----BEGIN SSH SIGNATURE-----";

/// The public keys a verification Secret trusts.
#[derive(Default)]
pub struct TrustedKeys {
    pgp: Vec<SignedPublicKey>,
    ssh: Vec<PublicKey>,
}

impl std::fmt::Debug for TrustedKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TrustedKeys")
            .field("pgp", &self.pgp.len())
            .field("ssh", &self.ssh.len())
            .finish()
    }
}

impl TrustedKeys {
    /// Reads a verification Secret's data: `*.sshpub` values are `authorized_keys` lines, everything else is an
    /// OpenPGP key ring (armored or binary).
    pub fn from_secret_data(data: &BTreeMap<String, Vec<u8>>) -> Result<Self, String> {
        let mut keys = TrustedKeys::default();
        for (name, value) in data {
            if name.ends_with(".sshpub") {
                let text = String::from_utf8_lossy(value);
                for line in text.lines().map(str::trim) {
                    if line.is_empty() || line.starts_with('#') {
                        continue;
                    }
                    let key = PublicKey::from_openssh(line)
                        .map_err(|e| format!("invalid SSH public key in '{name}': {e}"))?;
                    keys.ssh.push(key);
                }
            } else {
                let (certs, _) = SignedPublicKey::from_reader_many(value.as_slice())
                    .map_err(|e| format!("invalid OpenPGP key ring in '{name}': {}", brief(&e)))?;
                for cert in certs {
                    keys.pgp.push(cert.map_err(|e| {
                        format!("invalid OpenPGP key ring in '{name}': {}", brief(&e))
                    })?);
                }
            }
        }
        if keys.pgp.is_empty() && keys.ssh.is_empty() {
            return Err("the verification secret holds no public key".into());
        }
        Ok(keys)
    }

    /// Checks `signature` over `signed` and returns the id of the trusted key that made it.
    fn check(&self, signature: &str, signed: &[u8]) -> Result<String, String> {
        if signature.trim_start().starts_with(SSH_BEGIN) {
            return self.check_ssh(signature, signed);
        }
        let (sig, _) = DetachedSignature::from_string(signature)
            .map_err(|e| format!("invalid OpenPGP signature: {}", brief(&e)))?;
        for cert in &self.pgp {
            let primary = &cert.primary_key;
            let by_primary = sig.verify(primary, signed).is_ok();
            let by_subkey = || {
                cert.public_subkeys
                    .iter()
                    .any(|sub| sig.verify(&sub.key, signed).is_ok())
            };
            if by_primary || by_subkey() {
                return Ok(hex_upper(primary.legacy_key_id().as_ref()));
            }
        }
        Err("signature made by unknown entity".into())
    }

    fn check_ssh(&self, signature: &str, signed: &[u8]) -> Result<String, String> {
        let sig = SshSig::from_pem(signature.trim())
            .map_err(|e| format!("invalid SSH signature: {e}"))?;
        if sig.namespace() != SSH_NAMESPACE {
            return Err(format!(
                "SSH signature namespace is '{}', expected '{SSH_NAMESPACE}'",
                sig.namespace()
            ));
        }
        let key = self
            .ssh
            .iter()
            .find(|k| k.key_data() == sig.public_key())
            .ok_or("signature made by unknown SSH key")?;
        key.verify(SSH_NAMESPACE, signed, &sig)
            .map_err(|e| format!("invalid SSH signature: {e}"))?;
        Ok(key.fingerprint(HashAlg::Sha256).to_string())
    }
}

/// Verifies the signature of commit `oid` in `repo`; returns the signing key's id.
pub fn verify_commit(repo: &Repository, oid: Oid, keys: &TrustedKeys) -> Result<String, String> {
    let (signature, signed) = repo
        .extract_signature(&oid, None)
        .map_err(|_| format!("commit '{oid}' is not signed"))?;
    let signature = signature
        .as_str()
        .map_err(|_| format!("commit '{oid}' has a signature that is not text"))?;
    keys.check(signature, &signed)
}

/// Verifies the signature of the annotated tag object `oid` in `repo`; returns the signing key's id.
/// A lightweight or unsigned tag is an error.
pub fn verify_tag(repo: &Repository, oid: Oid, keys: &TrustedKeys) -> Result<String, String> {
    let odb = repo.odb().map_err(|e| e.message().to_string())?;
    let object = odb
        .read(oid)
        .map_err(|_| format!("tag object '{oid}' is not in the repository"))?;
    if object.kind() != ObjectType::Tag {
        return Err("the reference is a lightweight tag, which cannot be signed".into());
    }
    let data = object.data();
    let text = std::str::from_utf8(data).map_err(|_| "the tag object is not text".to_string())?;
    // The signature is the tag message's trailing armor block; what it signs is everything before it.
    let start = [PGP_BEGIN, SSH_BEGIN]
        .iter()
        .filter_map(|marker| {
            text.match_indices(marker)
                .map(|(i, _)| i)
                .find(|&i| i == 0 || text.as_bytes()[i - 1] == b'\n')
        })
        .min()
        .ok_or("the tag is not signed")?;
    keys.check(&text[start..], &data[..start])
}

/// A library error in one line (rpgp's texts can carry raw packet bytes).
fn brief(err: &dyn std::fmt::Display) -> String {
    let text = err.to_string();
    let cut = text.find(['(', '[', '{', '\n']).unwrap_or(text.len());
    text[..cut].trim().to_string()
}

fn hex_upper(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02X}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::git::signing::Signer;

    /// A repository with one commit signed by `signer`, and an annotated tag `v1` on it signed by `signer`.
    fn signed_repo(signer: &Signer) -> (tempfile::TempDir, Oid, Oid) {
        let dir = tempfile::tempdir().unwrap();
        let repo = Repository::init(dir.path()).unwrap();
        let sig = git2::Signature::now("t", "t@example.com").unwrap();
        let tree = {
            let mut index = repo.index().unwrap();
            let id = index.write_tree().unwrap();
            repo.find_tree(id).unwrap()
        };
        let buffer = repo
            .commit_create_buffer(&sig, &sig, "signed", &tree, &[])
            .unwrap();
        let buffer = buffer.as_str().unwrap().to_string();
        let commit = repo
            .commit_signed(&buffer, &signer.sign(&buffer).unwrap(), None)
            .unwrap();
        let body = format!(
            "object {commit}\ntype commit\ntag v1\ntagger t <t@example.com> 1700000000 +0000\n\nrelease\n"
        );
        let signature = signer.sign(&body).unwrap();
        let tag = repo
            .odb()
            .unwrap()
            .write(ObjectType::Tag, format!("{body}{signature}").as_bytes())
            .unwrap();
        (dir, commit, tag)
    }

    fn ssh_pair() -> (Signer, String) {
        let pair = crate::git::keygen::generate(crate::git::keygen::KeyAlgorithm::Ed25519).unwrap();
        (
            Signer::ssh(pair.private_pem.as_bytes(), "").unwrap(),
            pair.public,
        )
    }

    #[test]
    fn ssh_signed_commits_and_tags_verify_against_trusted_keys_only() {
        let (signer, public) = ssh_pair();
        let (dir, commit, tag) = signed_repo(&signer);
        let repo = Repository::open(dir.path()).unwrap();
        let trusted = TrustedKeys::from_secret_data(&BTreeMap::from([(
            "author.sshpub".to_string(),
            public.clone().into_bytes(),
        )]))
        .unwrap();
        let id = verify_commit(&repo, commit, &trusted).unwrap();
        assert!(id.starts_with("SHA256:"), "{id}");
        assert_eq!(verify_tag(&repo, tag, &trusted).unwrap(), id);

        let (_, other) = ssh_pair();
        let untrusted = TrustedKeys::from_secret_data(&BTreeMap::from([(
            "other.sshpub".to_string(),
            other.into_bytes(),
        )]))
        .unwrap();
        assert_eq!(
            verify_commit(&repo, commit, &untrusted).unwrap_err(),
            "signature made by unknown SSH key"
        );
    }

    #[test]
    fn unsigned_commits_and_empty_secrets_are_refused_with_a_reason() {
        let dir = tempfile::tempdir().unwrap();
        let repo = Repository::init(dir.path()).unwrap();
        let sig = git2::Signature::now("t", "t@example.com").unwrap();
        let tree_id = repo.index().unwrap().write_tree().unwrap();
        let tree = repo.find_tree(tree_id).unwrap();
        let commit = repo.commit(None, &sig, &sig, "plain", &tree, &[]).unwrap();
        let (_, public) = ssh_pair();
        let trusted = TrustedKeys::from_secret_data(&BTreeMap::from([(
            "a.sshpub".to_string(),
            public.into_bytes(),
        )]))
        .unwrap();
        assert!(
            verify_commit(&repo, commit, &trusted)
                .unwrap_err()
                .contains("is not signed")
        );
        assert!(TrustedKeys::from_secret_data(&BTreeMap::new()).is_err());
        assert!(
            TrustedKeys::from_secret_data(&BTreeMap::from([(
                "a.sshpub".to_string(),
                b"not a key".to_vec()
            )]))
            .unwrap_err()
            .contains("invalid SSH public key in 'a.sshpub'")
        );
    }
}
