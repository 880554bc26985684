//! The file system a build reads from: a small trait with a disk and an in-memory implementation.

use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};

/// Read-only access to files, as the build needs it.
///
/// Paths given to these methods are already normalised (no `.` or `..` parts). Implement it to
/// build from something other than the disk, e.g. an unpacked artifact held in memory.
pub trait Fs {
    /// The contents of a file (an error of kind NotFound when there is none).
    fn read(&self, path: &Path) -> std::io::Result<Vec<u8>>;
    /// Whether `path` is a directory.
    fn is_dir(&self, path: &Path) -> bool;
    /// Whether `path` is a regular file.
    fn is_file(&self, path: &Path) -> bool;
    /// The names of a directory's entries (files and directories), sorted.
    fn list(&self, path: &Path) -> std::io::Result<Vec<String>>;
}

/// The real file system.
#[derive(Debug, Default, Clone, Copy)]
pub struct DiskFs;

impl Fs for DiskFs {
    fn read(&self, path: &Path) -> std::io::Result<Vec<u8>> {
        std::fs::read(path)
    }
    fn is_dir(&self, path: &Path) -> bool {
        path.is_dir()
    }
    fn is_file(&self, path: &Path) -> bool {
        path.is_file()
    }
    fn list(&self, path: &Path) -> std::io::Result<Vec<String>> {
        let mut names = Vec::new();
        for entry in std::fs::read_dir(path)? {
            names.push(entry?.file_name().to_string_lossy().into_owned());
        }
        names.sort();
        Ok(names)
    }
}

/// Files held in memory, keyed by normalised path; directories are implied by the files in them.
#[derive(Debug, Default, Clone)]
pub struct MemFs {
    files: BTreeMap<PathBuf, Vec<u8>>,
}

impl MemFs {
    /// An empty file system.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds (or replaces) a file.
    pub fn insert(&mut self, path: impl AsRef<Path>, contents: impl Into<Vec<u8>>) -> &mut Self {
        self.files.insert(normalize(path.as_ref()), contents.into());
        self
    }
}

fn not_found(path: &Path) -> std::io::Error {
    std::io::Error::new(
        std::io::ErrorKind::NotFound,
        format!("{}: no such file or directory", path.display()),
    )
}

impl Fs for MemFs {
    fn read(&self, path: &Path) -> std::io::Result<Vec<u8>> {
        self.files
            .get(&normalize(path))
            .cloned()
            .ok_or_else(|| not_found(path))
    }
    fn is_dir(&self, path: &Path) -> bool {
        let p = normalize(path);
        self.files.keys().any(|k| k.starts_with(&p) && *k != p)
    }
    fn is_file(&self, path: &Path) -> bool {
        self.files.contains_key(&normalize(path))
    }
    fn list(&self, path: &Path) -> std::io::Result<Vec<String>> {
        let p = normalize(path);
        let mut names: Vec<String> = self
            .files
            .keys()
            .filter_map(|k| k.strip_prefix(&p).ok())
            .filter_map(|rest| rest.components().next())
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        names.dedup();
        if names.is_empty() && !self.is_dir(&p) {
            return Err(not_found(path));
        }
        Ok(names)
    }
}

/// Removes `.` parts and resolves `..` lexically.
pub fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => match out.components().next_back() {
                Some(Component::Normal(_)) => {
                    out.pop();
                }
                Some(Component::RootDir) | Some(Component::Prefix(_)) => {}
                _ => out.push(".."),
            },
            other => out.push(other.as_os_str()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_resolves_parent_parts() {
        assert_eq!(normalize(Path::new("a/b/../c/./d")), PathBuf::from("a/c/d"));
    }

    #[test]
    fn mem_fs_lists_implied_directories() {
        let mut fs = MemFs::new();
        fs.insert("r/a.yaml", "x").insert("r/sub/b.yaml", "y");
        assert_eq!(
            fs.list(Path::new("r")).unwrap_or_default(),
            vec!["a.yaml", "sub"]
        );
        assert!(fs.is_dir(Path::new("r/sub")));
    }
}
