//! Which values of a document are encrypted: SOPS's per-file rule (suffixes or regexes over the key path).

use regex::Regex;

use super::error::{Error, Result};

/// The suffix SOPS uses when a file names no rule at all.
const DEFAULT_UNENCRYPTED_SUFFIX: &str = "_unencrypted";

/// The one encryption rule of a file (SOPS allows at most one).
#[derive(Debug)]
pub(crate) enum Rules {
    /// Values under a key ending in the suffix stay clear.
    UnencryptedSuffix(String),
    /// Only values under a key ending in the suffix are encrypted.
    EncryptedSuffix(String),
    /// Values under a key matching the regex stay clear.
    UnencryptedRegex(Regex),
    /// Only values under a key matching the regex are encrypted.
    EncryptedRegex(Regex),
    /// `encrypted_comment_regex` / `unencrypted_comment_regex`: decided by comments, which parsed values no longer
    /// carry, so each value's own form (`ENC[…]` or not) decides. The MAC still catches a value swapped for clear
    /// text, because it covers that value either way.
    ByComment,
}

/// How a leaf is to be treated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Leaf {
    Encrypted,
    Clear,
    /// Only under [`Rules::ByComment`]: encrypted if it looks encrypted.
    AsFound,
}

impl Rules {
    /// Builds the rule from the metadata's string fields (`get` returns "" when a field is absent).
    pub(crate) fn from_metadata(get: impl Fn(&str) -> Result<String>) -> Result<Self> {
        let regex = |name: &str, src: String| {
            Regex::new(&src).map_err(|e| Error::Metadata(format!("invalid {name}: {e}")))
        };
        let mut found = Vec::new();
        for name in [
            "unencrypted_suffix",
            "encrypted_suffix",
            "unencrypted_regex",
            "encrypted_regex",
            "unencrypted_comment_regex",
            "encrypted_comment_regex",
        ] {
            let value = get(name)?;
            if !value.is_empty() {
                found.push((name, value));
            }
        }
        let Some((name, value)) = found.pop() else {
            return Ok(Rules::UnencryptedSuffix(DEFAULT_UNENCRYPTED_SUFFIX.into()));
        };
        if !found.is_empty() {
            return Err(Error::Metadata(
                "more than one of encrypted_suffix, unencrypted_suffix, encrypted_regex, unencrypted_regex, \
                 encrypted_comment_regex and unencrypted_comment_regex is set"
                    .into(),
            ));
        }
        Ok(match name {
            "unencrypted_suffix" => Rules::UnencryptedSuffix(value),
            "encrypted_suffix" => Rules::EncryptedSuffix(value),
            "unencrypted_regex" => Rules::UnencryptedRegex(regex(name, value)?),
            "encrypted_regex" => Rules::EncryptedRegex(regex(name, value)?),
            _ => Rules::ByComment,
        })
    }

    /// Classifies a leaf by the mapping keys above it (list positions are not part of the path). A rule matches
    /// when any key on the path matches, so `^data$` covers everything below `data`.
    pub(crate) fn classify(&self, path: &[String]) -> Leaf {
        let any = |f: &dyn Fn(&str) -> bool| path.iter().any(|k| f(k));
        let encrypted = match self {
            Rules::UnencryptedSuffix(s) => !any(&|k| k.ends_with(s.as_str())),
            Rules::EncryptedSuffix(s) => any(&|k| k.ends_with(s.as_str())),
            Rules::UnencryptedRegex(r) => !any(&|k| r.is_match(k)),
            Rules::EncryptedRegex(r) => any(&|k| r.is_match(k)),
            Rules::ByComment => return Leaf::AsFound,
        };
        if encrypted {
            Leaf::Encrypted
        } else {
            Leaf::Clear
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path(p: &[&str]) -> Vec<String> {
        p.iter().map(|s| s.to_string()).collect()
    }

    fn rules(name: &str, value: &str) -> Rules {
        Rules::from_metadata(|n| {
            Ok(if n == name {
                value.to_string()
            } else {
                String::new()
            })
        })
        .unwrap()
    }

    #[test]
    fn no_rule_means_everything_but_unencrypted_suffix_is_encrypted() {
        let r = Rules::from_metadata(|_| Ok(String::new())).unwrap();
        assert_eq!(r.classify(&path(&["a", "b"])), Leaf::Encrypted);
        assert_eq!(r.classify(&path(&["a_unencrypted", "b"])), Leaf::Clear);
    }

    #[test]
    fn encrypted_regex_matches_any_key_on_the_path() {
        let r = rules("encrypted_regex", "^(data|stringData)$");
        assert_eq!(
            r.classify(&path(&["stringData", "password"])),
            Leaf::Encrypted
        );
        assert_eq!(r.classify(&path(&["metadata", "name"])), Leaf::Clear);
        assert_eq!(
            r.classify(&path(&["metadata", "labels", "data"])),
            Leaf::Encrypted
        );
    }

    #[test]
    fn two_rules_in_one_file_are_rejected() {
        let r = Rules::from_metadata(|n| {
            Ok(if n.ends_with("suffix") {
                "x".into()
            } else {
                String::new()
            })
        });
        assert!(matches!(r, Err(Error::Metadata(_))));
    }
}
