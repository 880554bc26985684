//! The one error type of SOPS decryption: a variant per step that can fail, never carrying secret material.

/// Why a SOPS document could not be decrypted. Messages name the step and, where there is one, the path of the
/// value (`data.password`); they never contain plaintext, ciphertext or private keys (age recipients, which are
/// public keys, may appear).
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A `*.agekey` entry of the decryption Secret is not a list of age identities.
    #[error("failed to import '{entry}' data from the decryption Secret: {reason}")]
    ImportKey { entry: String, reason: String },

    /// The input is not a well-formed document of the expected format.
    #[error("failed to load encrypted {format} data: {reason}")]
    Load {
        format: &'static str,
        reason: String,
    },

    /// The document has no `sops` metadata, so it is not SOPS-encrypted.
    #[error("sops metadata not found")]
    MetadataNotFound,

    /// The `sops` metadata is present but malformed or uses a feature we do not implement.
    #[error("invalid sops metadata: {0}")]
    Metadata(String),

    /// No key we hold could recover the data key (wording follows Flux's "cannot get sops data key").
    #[error("cannot get sops data key: {0}")]
    DataKey(String),

    /// A value that the encryption rules say is encrypted is not a well-formed `ENC[AES256_GCM,…]` value.
    #[error("invalid SOPS value at path {path}: {reason}")]
    InvalidValue { path: String, reason: String },

    /// AES-GCM authentication of a value failed: its ciphertext was altered, or it was moved to another path
    /// (the path is authenticated data), or the data key is wrong.
    #[error(
        "failed to decrypt the value at path {path}: authentication failed (the value was modified or moved)"
    )]
    DecryptValue { path: String },

    /// The MAC over all values does not match: values were added, removed, reordered or edited in clear.
    #[error("MAC mismatch: the file was modified after encryption")]
    MacMismatch,

    /// The stored MAC itself could not be decrypted.
    #[error("failed to verify sops data integrity: {0}")]
    Mac(String),

    /// The decrypted tree cannot be written in the requested format.
    #[error("failed to emit decrypted {format} data: {reason}")]
    Emit {
        format: &'static str,
        reason: String,
    },
}

/// Shorthand for results of this module.
pub type Result<T, E = Error> = std::result::Result<T, E>;
