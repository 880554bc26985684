//! The file formats SOPS writes, and how a file's format is chosen (by name, or by SOPS's marker bytes).

use std::path::Path;

/// The format of a SOPS-encrypted file; a file decrypts to plaintext in the same format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// YAML, possibly several documents; `sops` metadata in the first.
    Yaml,
    /// A JSON object with a top-level `sops` object.
    Json,
    /// `KEY=value` lines with the metadata flattened into `sops_*` keys.
    Dotenv,
    /// INI: recognised so the error is clear, but not supported.
    Ini,
    /// Any other file: a JSON envelope whose `data` value holds the whole file.
    Binary,
}

impl Format {
    /// The format SOPS (and Flux's decryptor) infer from a file name: `.yaml`/`.yml`, `.json` (also
    /// `.dockerconfigjson`, as Flux adds), `.env`, `.ini`; anything else is binary.
    pub fn from_path(path: &Path) -> Format {
        let name = path.to_string_lossy();
        if name.ends_with(".yaml") || name.ends_with(".yml") {
            Format::Yaml
        } else if name.ends_with(".json") || name.ends_with(".dockerconfigjson") {
            Format::Json
        } else if name.ends_with(".env") {
            Format::Dotenv
        } else if name.ends_with(".ini") {
            Format::Ini
        } else {
            Format::Binary
        }
    }

    /// The format of SOPS-encrypted bytes by the marker Flux looks for (`mac: ENC[`, `"mac": "ENC[`,
    /// `sops_mac=ENC[`, `[sops]`), or `None` when the bytes are not SOPS-encrypted. A JSON marker is reported
    /// as [`Format::Json`]; a binary envelope is JSON too and loads the same way.
    pub fn detect(bytes: &[u8]) -> Option<Format> {
        let has = |marker: &[u8]| bytes.windows(marker.len()).any(|w| w == marker);
        if has(b"\"mac\": \"ENC[") {
            Some(Format::Json)
        } else if has(b"mac: ENC[") {
            Some(Format::Yaml)
        } else if has(b"sops_mac=ENC[") {
            Some(Format::Dotenv)
        } else if has(b"[sops]") {
            Some(Format::Ini)
        } else {
            None
        }
    }

    /// The name used in messages, as Flux spells it.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Format::Yaml => "YAML",
            Format::Json => "JSON",
            Format::Dotenv => "dotenv",
            Format::Ini => "INI",
            Format::Binary => "binary",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_follows_the_file_name() {
        assert_eq!(
            Format::from_path(Path::new("a/secret.enc.yaml")),
            Format::Yaml
        );
        assert_eq!(Format::from_path(Path::new("x.yml")), Format::Yaml);
        assert_eq!(
            Format::from_path(Path::new(".dockerconfigjson")),
            Format::Json
        );
        assert_eq!(Format::from_path(Path::new("app.env")), Format::Dotenv);
        assert_eq!(Format::from_path(Path::new("key.pem")), Format::Binary);
    }

    #[test]
    fn markers_are_detected() {
        assert_eq!(Format::detect(b"x\nsops_mac=ENC[AES"), Some(Format::Dotenv));
        assert_eq!(Format::detect(b"  mac: ENC[AES"), Some(Format::Yaml));
        assert_eq!(Format::detect(b"plain: text"), None);
    }
}
