//! The object index of a Bucket as source-controller keeps it: key → ETag of every listed object that no ignore
//! rule excludes, and its revision, `sha256:` of the lines `<key> <etag>\n` in key order (fluxcd's
//! `index.Digester`). The same objects with the same ETags give the same revision, so an unchanged bucket
//! makes no new artifact.

use std::collections::BTreeMap;

use ignore::gitignore::{Gitignore, GitignoreBuilder};
use sha2::{Digest, Sha256};

/// The bucket's own ignore file, read from the bucket root.
pub const IGNORE_FILE: &str = ".sourceignore";

/// Keys and ETags, sorted by key.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Index(BTreeMap<String, String>);

impl Index {
    /// Adds or replaces an entry.
    pub fn add(&mut self, key: String, etag: String) {
        self.0.insert(key, etag);
    }

    /// Drops an entry (the object disappeared between the listing and its download).
    pub fn remove(&mut self, key: &str) {
        self.0.remove(key);
    }

    /// Number of objects.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether the index holds no object.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The entries in key order.
    pub fn entries(&self) -> impl Iterator<Item = (&String, &String)> {
        self.0.iter()
    }

    /// The revision: `sha256:<hex>` of every `<key> <etag>\n` line in key order.
    pub fn digest(&self) -> String {
        let mut h = Sha256::new();
        for (k, v) in &self.0 {
            h.update(k.as_bytes());
            h.update(b" ");
            h.update(v.as_bytes());
            h.update(b"\n");
        }
        format!("sha256:{}", hex::encode(h.finalize()))
    }
}

/// The ignore rules of a Bucket: the patterns of its `.sourceignore` object, then `spec.ignore` (which wins, being
/// later), in gitignore syntax. No default exclusion applies to buckets.
pub struct Rules(Gitignore);

impl Rules {
    /// Rules from the bucket's `.sourceignore` text and `spec.ignore`. Lines that are not valid patterns are
    /// skipped, as Flux's reader skips them.
    pub fn new(sourceignore: Option<&str>, spec: Option<&str>) -> Self {
        let mut b = GitignoreBuilder::new("/");
        for line in sourceignore.into_iter().chain(spec).flat_map(str::lines) {
            let _ = b.add_line(None, line);
        }
        Self(b.build().unwrap_or_else(|_| Gitignore::empty()))
    }

    /// Whether the object `key` is excluded: directory markers (`…/`) and the ignore file itself always are.
    pub fn excludes(&self, key: &str) -> bool {
        if key.ends_with('/') || key == IGNORE_FILE {
            return true;
        }
        self.0
            .matched_path_or_any_parents(format!("/{key}"), false)
            .is_ignore()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_revision_is_the_digest_of_sorted_key_etag_lines() {
        let mut index = Index::default();
        index.add("b.yaml".into(), "2".into());
        index.add("a.yaml".into(), "1".into());
        let expected = hex::encode(Sha256::digest(b"a.yaml 1\nb.yaml 2\n"));
        assert_eq!(index.digest(), format!("sha256:{expected}"));
    }

    #[test]
    fn spec_ignore_patterns_follow_the_bucket_sourceignore() {
        let rules = Rules::new(Some("*.txt\n"), Some("!keep.txt\nsecret/\n"));
        assert!(rules.excludes("notes.txt"));
        assert!(!rules.excludes("keep.txt"));
        assert!(rules.excludes("secret/key.yaml"));
        assert!(rules.excludes("dir/"));
        assert!(rules.excludes(".sourceignore"));
        assert!(!rules.excludes("deploy/app.yaml"));
    }
}
