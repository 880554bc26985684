//! The artifact store of the source controllers: deterministic tar.gz archives with a sha256 digest, laid out
//! as Flux lays them out (`<storage>/<kind>/<namespace>/<name>/<file>`), garbage-collected per object, and
//! served read-only over HTTP (see [`server`]).
//!
//! Start here: [`Storage::archive_dir`] stores a directory as an artifact and returns what goes into
//! `status.artifact`; [`Storage::gc`] keeps the newest few files of an object; [`Storage::remove_object`] is the
//! finalizer's cleanup.

pub mod archive;
pub mod fetch;
pub mod server;

use std::path::{Component, Path, PathBuf};

/// Files kept per object by [`Storage::gc`] (Flux's `--artifact-retention-records` default).
pub const RETENTION_RECORDS: usize = 2;

/// A failed storage step, naming the file.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Creating the object's directory failed.
    #[error("failed to create directory {path}: {source}")]
    CreateDir {
        path: String,
        #[source]
        source: std::io::Error,
    },
    /// Writing or renaming the archive failed.
    #[error("failed to write artifact {path}: {source}")]
    Archive {
        path: String,
        #[source]
        source: std::io::Error,
    },
    /// An ignore pattern does not parse.
    #[error("invalid ignore rules in {path}: {message}")]
    Ignore { path: String, message: String },
    /// A path would leave the directory it must stay in.
    #[error("path {path:?} escapes {root}")]
    PathTraversal { path: String, root: String },
    /// Removing old or deleted artifacts failed.
    #[error("failed to remove {path}: {source}")]
    Remove {
        path: String,
        #[source]
        source: std::io::Error,
    },
}

impl Error {
    /// The Flux condition reason this error surfaces as.
    pub fn reason(&self) -> &'static str {
        use crate::api::conditions as c;
        match self {
            Error::CreateDir { .. } => c::DIRECTORY_CREATION_FAILED,
            Error::Archive { .. } | Error::Ignore { .. } => c::ARCHIVE_OPERATION_FAILED,
            Error::PathTraversal { .. } => c::INVALID_PATH,
            Error::Remove { .. } => c::STAT_OPERATION_FAILED,
        }
    }
}

/// What a stored artifact looks like from outside: the fields of `status.artifact` except time and revision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stored {
    /// Path relative to the storage root.
    pub path: String,
    /// Download URL.
    pub url: String,
    /// `sha256:<hex>`.
    pub digest: String,
    /// Bytes.
    pub size: u64,
}

/// The storage directory and the address it is advertised under.
#[derive(Debug, Clone)]
pub struct Storage {
    root: PathBuf,
    advertised: String,
}

/// Joins `rel` under `root`, refusing absolute paths and `..` that climb out. Symlinks are not resolved: callers
/// only join into trees we wrote ourselves, which hold none.
pub fn secure_join(root: &Path, rel: &str) -> Result<PathBuf, Error> {
    let mut out = root.to_path_buf();
    let mut depth = 0usize;
    for c in Path::new(rel).components() {
        match c {
            Component::Normal(p) => {
                out.push(p);
                depth += 1;
            }
            Component::CurDir => {}
            Component::ParentDir if depth > 0 => {
                out.pop();
                depth -= 1;
            }
            _ => {
                return Err(Error::PathTraversal {
                    path: rel.to_string(),
                    root: root.display().to_string(),
                });
            }
        }
    }
    Ok(out)
}

impl Storage {
    /// A store rooted at `root`, advertising `http://<advertised>/…` URLs.
    pub fn new(root: impl Into<PathBuf>, advertised: impl Into<String>) -> Self {
        Self {
            root: root.into(),
            advertised: advertised.into(),
        }
    }

    /// The storage root.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Relative directory of one object: `<kind>/<namespace>/<name>`.
    pub fn object_dir(kind: &str, namespace: &str, name: &str) -> String {
        format!("{}/{namespace}/{name}", kind.to_lowercase())
    }

    /// The download URL of a relative path.
    pub fn url(&self, rel: &str) -> String {
        format!("http://{}/{rel}", self.advertised.trim_end_matches('/'))
    }

    /// Absolute path of a relative artifact path, refusing traversal.
    pub fn local_path(&self, rel: &str) -> Result<PathBuf, Error> {
        secure_join(&self.root, rel)
    }

    /// Whether the artifact file exists.
    pub fn exists(&self, rel: &str) -> bool {
        self.local_path(rel).map(|p| p.is_file()).unwrap_or(false)
    }

    /// Archives `src` as `<kind>/<ns>/<name>/<file>` (written to a temporary file, then renamed, so readers
    /// never see half a file) and returns its location and digest.
    pub fn archive_dir(
        &self,
        object_dir: &str,
        file: &str,
        src: &Path,
        ignore: Option<&str>,
    ) -> Result<Stored, Error> {
        self.archive_with(object_dir, file, |out| archive::write(src, ignore, out))
    }

    /// [`Storage::archive_dir`] with no exclusion at all (a Bucket's fetched objects).
    pub fn archive_dir_all(
        &self,
        object_dir: &str,
        file: &str,
        src: &Path,
    ) -> Result<Stored, Error> {
        self.archive_with(object_dir, file, |out| archive::write_all(src, out))
    }

    /// [`Storage::archive_dir`] leaving out version-control files only (an ArtifactGenerator's artifact).
    pub fn archive_dir_without_vcs(
        &self,
        object_dir: &str,
        file: &str,
        src: &Path,
    ) -> Result<Stored, Error> {
        self.archive_with(object_dir, file, |out| archive::write_without_vcs(src, out))
    }

    fn archive_with(
        &self,
        object_dir: &str,
        file: &str,
        write: impl FnOnce(std::io::BufWriter<&std::fs::File>) -> Result<archive::Written, Error>,
    ) -> Result<Stored, Error> {
        let rel = format!("{object_dir}/{file}");
        let dest = self.local_path(&rel)?;
        let dir = self.local_path(object_dir)?;
        std::fs::create_dir_all(&dir).map_err(|source| Error::CreateDir {
            path: dir.display().to_string(),
            source,
        })?;
        let io = |source| Error::Archive {
            path: dest.display().to_string(),
            source,
        };
        let tmp = tempfile::NamedTempFile::new_in(&dir).map_err(io)?;
        let written = write(std::io::BufWriter::new(tmp.as_file()))?;
        tmp.as_file().sync_all().map_err(io)?;
        tmp.persist(&dest).map_err(|e| io(e.error))?;
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(&dest, std::fs::Permissions::from_mode(0o644));
        Ok(Stored {
            url: self.url(&rel),
            path: rel,
            digest: written.digest,
            size: written.size,
        })
    }

    /// Stores `data` as `<object_dir>/<file>` (temporary file, then rename) and returns its location and sha256
    /// digest. For artifacts that are a single file already: a Helm index, a packaged chart.
    pub fn store_bytes(&self, object_dir: &str, file: &str, data: &[u8]) -> Result<Stored, Error> {
        use sha2::Digest as _;
        use std::io::Write as _;
        let rel = format!("{object_dir}/{file}");
        let dest = self.local_path(&rel)?;
        let dir = self.local_path(object_dir)?;
        std::fs::create_dir_all(&dir).map_err(|source| Error::CreateDir {
            path: dir.display().to_string(),
            source,
        })?;
        let io = |source| Error::Archive {
            path: dest.display().to_string(),
            source,
        };
        let mut tmp = tempfile::NamedTempFile::new_in(&dir).map_err(io)?;
        tmp.write_all(data).map_err(io)?;
        tmp.as_file().sync_all().map_err(io)?;
        tmp.persist(&dest).map_err(|e| io(e.error))?;
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(&dest, std::fs::Permissions::from_mode(0o644));
        Ok(Stored {
            url: self.url(&rel),
            path: rel,
            digest: format!("sha256:{}", hex::encode(sha2::Sha256::digest(data))),
            size: data.len() as u64,
        })
    }

    /// Points the symlink `<object_dir>/<link>` at the stored file `target` (a path relative to the storage
    /// root) and returns the link's URL, as Flux's `index.yaml` and `latest.tar.gz` links. The link is replaced
    /// atomically (new link, then rename).
    pub fn symlink(&self, object_dir: &str, target: &str, link: &str) -> Result<String, Error> {
        let dir = self.local_path(object_dir)?;
        let rel_link = format!("{object_dir}/{link}");
        let link_path = self.local_path(&rel_link)?;
        let file_name = self
            .local_path(target)?
            .file_name()
            .map(|f| f.to_os_string())
            .ok_or_else(|| Error::PathTraversal {
                path: target.to_string(),
                root: dir.display().to_string(),
            })?;
        let tmp = dir.join(format!(".{link}.tmp"));
        let io = |source| Error::Archive {
            path: link_path.display().to_string(),
            source,
        };
        let _ = std::fs::remove_file(&tmp);
        std::os::unix::fs::symlink(&file_name, &tmp).map_err(io)?;
        std::fs::rename(&tmp, &link_path).map_err(io)?;
        Ok(self.url(&rel_link))
    }

    /// The bytes of a stored file.
    pub fn read(&self, rel: &str) -> Result<Vec<u8>, Error> {
        let path = self.local_path(rel)?;
        std::fs::read(&path).map_err(|source| Error::Archive {
            path: path.display().to_string(),
            source,
        })
    }

    /// Deletes all but the newest `keep` files of an object, never the one at `current`.
    pub fn gc(&self, object_dir: &str, current: &str, keep: usize) -> Result<Vec<String>, Error> {
        let dir = self.local_path(object_dir)?;
        let Ok(read) = std::fs::read_dir(&dir) else {
            return Ok(Vec::new());
        };
        let mut files: Vec<(std::time::SystemTime, PathBuf)> = read
            .flatten()
            .filter_map(|e| {
                let md = e.metadata().ok()?;
                let modified = md.modified().ok()?;
                md.is_file().then(|| (modified, e.path()))
            })
            .collect();
        files.sort_by_key(|f| std::cmp::Reverse(f.0));
        let current = self.local_path(current)?;
        let mut removed = Vec::new();
        for (_, path) in files.into_iter().skip(keep) {
            if path == current {
                continue;
            }
            std::fs::remove_file(&path).map_err(|source| Error::Remove {
                path: path.display().to_string(),
                source,
            })?;
            removed.push(path.display().to_string());
        }
        Ok(removed)
    }

    /// Removes every artifact of an object (the finalizer's job).
    pub fn remove_object(&self, object_dir: &str) -> Result<(), Error> {
        let dir = self.local_path(object_dir)?;
        match std::fs::remove_dir_all(&dir) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(source) => Err(Error::Remove {
                path: dir.display().to_string(),
                source,
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn traversal_is_refused() {
        let root = Path::new("/data");
        assert!(secure_join(root, "../etc").is_err());
        assert!(secure_join(root, "/etc").is_err());
        assert!(secure_join(root, "a/../../b").is_err());
        assert_eq!(
            secure_join(root, "a/./b/../c").unwrap(),
            Path::new("/data/a/c")
        );
    }

    #[test]
    fn store_then_gc_keeps_the_newest_two() {
        let storage_dir = tempfile::tempdir().unwrap();
        let src = tempfile::tempdir().unwrap();
        std::fs::write(src.path().join("f"), "x").unwrap();
        let s = Storage::new(storage_dir.path(), "localhost:9090");
        let dir = Storage::object_dir("GitRepository", "ns", "app");
        let mut last = None;
        for i in 0..4 {
            let st = s
                .archive_dir(&dir, &format!("{i}.tar.gz"), src.path(), None)
                .unwrap();
            assert_eq!(
                st.url,
                format!("http://localhost:9090/gitrepository/ns/app/{i}.tar.gz")
            );
            last = Some(st);
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        let last = last.unwrap();
        let removed = s.gc(&dir, &last.path, RETENTION_RECORDS).unwrap();
        assert_eq!(removed.len(), 2);
        assert!(s.exists(&last.path));
        s.remove_object(&dir).unwrap();
        assert!(!s.exists(&last.path));
    }
}
