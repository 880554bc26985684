//! Builds one generated artifact: the copy operations into a staging directory, then the archive stored as
//! `externalartifact/<namespace>/<name>/<contents-hash>.tar.gz` with revision `latest@<digest>`.
//!
//! The file name is source-watcher's contents hash (Adler-32 over the sorted `hash  name` lines of every file,
//! `internal/builder/dirhash.go`), so identical contents land in the same file; the archive is deterministic
//! (times and owners zeroed), so identical contents also keep the same digest and revision: an unchanged input
//! makes no new artifact.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::api::extensions::OutputArtifact;
use crate::artifact::{Storage, Stored};

use super::copy::{self, OperationError};

/// Why an artifact could not be built; the message is source-watcher's.
#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    /// The staging directory could not be made.
    #[error("failed to create staging dir: {0}")]
    Staging(#[source] std::io::Error),
    /// A copy operation failed.
    #[error("failed to apply copy operations: {0}")]
    Copy(#[source] OperationError),
    /// The staged files could not be read for hashing.
    #[error("failed to hash staging dir: {0}")]
    Hash(#[source] std::io::Error),
    /// The archive could not be written to storage.
    #[error("failed to create artifact: {0}")]
    Archive(#[source] crate::artifact::Error),
}

/// A stored artifact and the file name it has in storage.
#[derive(Debug, Clone)]
pub struct Built {
    /// Location, URL, digest and size.
    pub stored: Stored,
    /// `<contents-hash>.tar.gz`.
    pub filename: String,
}

/// Stages `spec`'s copies from `sources` under `workspace/<name>` and stores the archive for the
/// ExternalArtifact `namespace/<name>`. Blocking: run it off the async runtime.
pub fn build(
    storage: &Storage,
    spec: &OutputArtifact,
    sources: &BTreeMap<String, PathBuf>,
    namespace: &str,
    workspace: &Path,
) -> Result<Built, BuildError> {
    let staging = workspace.join(&spec.name);
    std::fs::create_dir_all(&staging).map_err(BuildError::Staging)?;
    copy::apply_all(&spec.copy, sources, &staging).map_err(BuildError::Copy)?;
    let hash = contents_hash(&staging, &spec.name).map_err(BuildError::Hash)?;
    let filename = format!("{hash}.tar.gz");
    let dir = Storage::object_dir("ExternalArtifact", namespace, &spec.name);
    let stored = storage
        .archive_dir_without_vcs(&dir, &filename, &staging)
        .map_err(BuildError::Archive)?;
    Ok(Built { stored, filename })
}

/// source-watcher's contents hash of a directory: for each regular file, sorted by `<prefix>/<path>`, the line
/// `<adler32 hex>  <prefix>/<path>\n` fed to an outer Adler-32, printed in decimal.
pub fn contents_hash(dir: &Path, prefix: &str) -> std::io::Result<String> {
    let mut files = Vec::new();
    list_files(dir, "", &mut files)?;
    let mut named: Vec<(String, PathBuf)> = files
        .into_iter()
        .map(|rel| (format!("{prefix}/{rel}"), dir.join(&rel)))
        .collect();
    named.sort_by(|a, b| a.0.cmp(&b.0));
    let mut outer = Adler32::default();
    for (name, path) in named {
        if name.contains('\n') {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                "filenames with newlines are not supported",
            ));
        }
        let mut inner = Adler32::default();
        inner.update(&std::fs::read(&path)?);
        outer.update(format!("{:x}  {name}\n", inner.finish()).as_bytes());
    }
    Ok(outer.finish().to_string())
}

fn list_files(root: &Path, rel: &str, out: &mut Vec<String>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(root.join(rel))? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let path = if rel.is_empty() {
            name
        } else {
            format!("{rel}/{name}")
        };
        if entry.file_type()?.is_dir() {
            list_files(root, &path, out)?;
        } else {
            out.push(path);
        }
    }
    Ok(())
}

/// Adler-32 (RFC 1950), the checksum of Go's `hash/adler32`.
struct Adler32 {
    a: u32,
    b: u32,
}

impl Default for Adler32 {
    fn default() -> Self {
        Self { a: 1, b: 0 }
    }
}

impl Adler32 {
    const MOD: u32 = 65521;
    /// Bytes that can be summed before the 32-bit sums must be reduced.
    const CHUNK: usize = 5552;

    fn update(&mut self, data: &[u8]) {
        for chunk in data.chunks(Self::CHUNK) {
            for &byte in chunk {
                self.a += u32::from(byte);
                self.b += self.a;
            }
            self.a %= Self::MOD;
            self.b %= Self::MOD;
        }
    }

    fn finish(&self) -> u32 {
        (self.b << 16) | self.a
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adler32_matches_the_reference_values() {
        let mut h = Adler32::default();
        h.update(b"Wikipedia");
        assert_eq!(h.finish(), 0x11E6_0398);
        let mut long = Adler32::default();
        long.update(&vec![0xff; 100_000]);
        // Reference: zlib's adler32 of 100000 bytes of 0xff.
        let (mut a, mut b) = (1u64, 0u64);
        for _ in 0..100_000 {
            a = (a + 0xff) % 65521;
            b = (b + a) % 65521;
        }
        assert_eq!(u64::from(long.finish()), (b << 16) | a);
    }

    #[test]
    fn contents_hash_depends_on_contents_and_names_only() {
        let one = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(one.path().join("sub")).unwrap();
        std::fs::write(one.path().join("sub/a.yaml"), "a: 1\n").unwrap();
        std::fs::write(one.path().join("b.yaml"), "b: 2\n").unwrap();
        let two = tempfile::tempdir().unwrap();
        std::fs::write(two.path().join("b.yaml"), "b: 2\n").unwrap();
        std::fs::create_dir_all(two.path().join("sub")).unwrap();
        std::fs::write(two.path().join("sub/a.yaml"), "a: 1\n").unwrap();
        let h1 = contents_hash(one.path(), "app").unwrap();
        assert_eq!(h1, contents_hash(two.path(), "app").unwrap());
        assert_ne!(h1, contents_hash(two.path(), "other").unwrap());
        std::fs::write(two.path().join("b.yaml"), "b: 3\n").unwrap();
        assert_ne!(h1, contents_hash(two.path(), "app").unwrap());
    }

    #[test]
    fn the_same_inputs_store_the_same_file_and_digest() {
        let storage_dir = tempfile::tempdir().unwrap();
        let storage = Storage::new(storage_dir.path(), "localhost:9090");
        let src = tempfile::tempdir().unwrap();
        std::fs::write(src.path().join("a.yaml"), "a: 1\n").unwrap();
        let sources = BTreeMap::from([("s".to_string(), src.path().to_path_buf())]);
        let spec = OutputArtifact {
            name: "app".into(),
            copy: vec![crate::api::extensions::CopyOperation {
                from: "@s/a.yaml".into(),
                to: "@artifact/".into(),
                ..Default::default()
            }],
            ..Default::default()
        };
        let w1 = tempfile::tempdir().unwrap();
        let first = build(&storage, &spec, &sources, "default", w1.path()).unwrap();
        let w2 = tempfile::tempdir().unwrap();
        let second = build(&storage, &spec, &sources, "default", w2.path()).unwrap();
        assert_eq!(first.stored, second.stored);
        assert_eq!(
            first.stored.path,
            format!("externalartifact/default/app/{}", first.filename)
        );
    }
}
