//! SSH key pairs for Git deploy keys (`flux bootstrap`, `flux create secret git`): ECDSA P-384 by default as
//! in Flux, or ECDSA P-256/P-521, Ed25519 and RSA on request. The private key is written in the OpenSSH format,
//! which libgit2 (our Git transport) and OpenSSH both read; the public key is one `authorized_keys` line.

use ssh_key::private::{KeypairData, RsaKeypair};
use ssh_key::rand_core::OsRng;
use ssh_key::{Algorithm, EcdsaCurve, LineEnding, PrivateKey};

/// Smallest and largest RSA sizes accepted (below 2048 bits keys are too weak, and ssh-key refuses them).
const RSA_BITS: std::ops::RangeInclusive<usize> = 2048..=8192;

/// Which key to generate (`--ssh-key-algorithm`, `--ssh-ecdsa-curve`, `--ssh-rsa-bits`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyAlgorithm {
    Ecdsa(Curve),
    Ed25519,
    Rsa { bits: usize },
}

/// NIST curves of ECDSA keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Curve {
    P256,
    P384,
    P521,
}

impl Default for KeyAlgorithm {
    fn default() -> Self {
        KeyAlgorithm::Ecdsa(Curve::P384)
    }
}

impl KeyAlgorithm {
    /// Parses Flux's flag values: `algorithm` is `ecdsa`, `ed25519` or `rsa`; `curve` is `p256`, `p384` or
    /// `p521` (used for ecdsa); `rsa_bits` is the RSA size.
    pub fn from_flags(algorithm: &str, curve: &str, rsa_bits: usize) -> Result<Self, String> {
        match algorithm {
            "ecdsa" => {
                let curve = match curve {
                    "p256" => Curve::P256,
                    "p384" => Curve::P384,
                    "p521" => Curve::P521,
                    other => {
                        return Err(format!(
                            "unsupported curve '{other}', must be one of: p256, p384, p521"
                        ));
                    }
                };
                Ok(KeyAlgorithm::Ecdsa(curve))
            }
            "ed25519" => Ok(KeyAlgorithm::Ed25519),
            "rsa" if RSA_BITS.contains(&rsa_bits) => Ok(KeyAlgorithm::Rsa { bits: rsa_bits }),
            "rsa" => Err(format!(
                "RSA key bits {rsa_bits} out of range, must be between {} and {}",
                RSA_BITS.start(),
                RSA_BITS.end()
            )),
            other => Err(format!(
                "unsupported public key algorithm '{other}', must be one of: rsa, ecdsa, ed25519"
            )),
        }
    }
}

/// A generated key pair.
pub struct KeyPair {
    /// The private key, OpenSSH PEM (`-----BEGIN OPENSSH PRIVATE KEY-----`).
    pub private_pem: String,
    /// The public key as one `authorized_keys` line, with a trailing newline.
    pub public: String,
}

impl std::fmt::Debug for KeyPair {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("KeyPair")
            .field("private_pem", &"<redacted>")
            .field("public", &self.public)
            .finish()
    }
}

/// Generates a key pair from the operating system's random source.
pub fn generate(algorithm: KeyAlgorithm) -> Result<KeyPair, String> {
    let fail = |e: ssh_key::Error| format!("failed to generate SSH key pair: {e}");
    let key = match algorithm {
        KeyAlgorithm::Ecdsa(curve) => {
            let curve = match curve {
                Curve::P256 => EcdsaCurve::NistP256,
                Curve::P384 => EcdsaCurve::NistP384,
                Curve::P521 => EcdsaCurve::NistP521,
            };
            PrivateKey::random(&mut OsRng, Algorithm::Ecdsa { curve }).map_err(fail)?
        }
        KeyAlgorithm::Ed25519 => {
            PrivateKey::random(&mut OsRng, Algorithm::Ed25519).map_err(fail)?
        }
        KeyAlgorithm::Rsa { bits } => {
            let pair = RsaKeypair::random(&mut OsRng, bits).map_err(fail)?;
            PrivateKey::new(KeypairData::from(pair), "").map_err(fail)?
        }
    };
    let private_pem = key.to_openssh(LineEnding::LF).map_err(fail)?.to_string();
    let public = key.public_key().to_openssh().map_err(fail)?;
    Ok(KeyPair {
        private_pem,
        public: format!("{public}\n"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_parse_like_flux() {
        assert_eq!(
            KeyAlgorithm::from_flags("ecdsa", "p384", 2048),
            Ok(KeyAlgorithm::default())
        );
        assert_eq!(
            KeyAlgorithm::from_flags("rsa", "p384", 4096),
            Ok(KeyAlgorithm::Rsa { bits: 4096 })
        );
        assert!(
            KeyAlgorithm::from_flags("dsa", "p384", 2048)
                .unwrap_err()
                .contains("must be one of: rsa, ecdsa, ed25519")
        );
        assert!(KeyAlgorithm::from_flags("rsa", "", 1024).is_err());
        assert!(KeyAlgorithm::from_flags("ecdsa", "p999", 0).is_err());
    }

    #[test]
    fn generated_keys_round_trip_and_match_their_public_half() {
        for (algorithm, prefix) in [
            (KeyAlgorithm::default(), "ecdsa-sha2-nistp384 "),
            (KeyAlgorithm::Ecdsa(Curve::P256), "ecdsa-sha2-nistp256 "),
            (KeyAlgorithm::Ed25519, "ssh-ed25519 "),
            (KeyAlgorithm::Rsa { bits: 2048 }, "ssh-rsa "),
        ] {
            let pair = generate(algorithm).unwrap();
            assert!(pair.public.starts_with(prefix), "{}", pair.public);
            assert!(
                pair.private_pem
                    .starts_with("-----BEGIN OPENSSH PRIVATE KEY-----")
            );
            let parsed = PrivateKey::from_openssh(&pair.private_pem).unwrap();
            assert_eq!(
                format!("{}\n", parsed.public_key().to_openssh().unwrap()),
                pair.public
            );
            assert!(!format!("{pair:?}").contains("PRIVATE KEY"));
        }
        let a = generate(KeyAlgorithm::Ed25519).unwrap();
        let b = generate(KeyAlgorithm::Ed25519).unwrap();
        assert_ne!(a.public, b.public, "keys must be random");
    }
}
