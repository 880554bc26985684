//! The copy operations of one generated artifact: files from the sources' unpacked artifacts (by alias) into a
//! staging directory, with `cp`-like semantics, exclusions, and the Overwrite, Merge and Extract strategies,
//! worded as source-watcher words its failures (`internal/builder/builder.go`).
//!
//! Paths inside a source or the staging directory are handled as `/`-separated relative strings and resolved
//! with [`secure_join`], so no copy can read or write outside its root. The sources were unpacked by
//! [`crate::artifact::fetch::unpack`], which keeps regular files and directories only: there are no symlinks
//! to follow.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use globset::{GlobBuilder, GlobMatcher};

use crate::api::extensions::{CopyOperation, EXTRACT, MERGE};
use crate::artifact::secure_join;

use super::merge;

/// Why one copy operation failed; the message is source-watcher's.
#[derive(Debug, thiserror::Error)]
pub enum CopyError {
    /// `from` is not `@alias/pattern`.
    #[error("invalid copy source '{from}': {reason}")]
    InvalidSource { from: String, reason: &'static str },
    /// `to` is not `@artifact/path`.
    #[error("invalid copy destination '{0}': destination must start with '@artifact/'")]
    InvalidDestination(String),
    /// No source has that alias.
    #[error("source alias '{0}' not found")]
    UnknownAlias(String),
    /// An `exclude` entry does not parse.
    #[error("invalid exclude pattern '{0}'")]
    InvalidExclude(String),
    /// The `from` glob does not parse.
    #[error("invalid glob pattern '{pattern}': {source}")]
    InvalidGlob {
        pattern: String,
        #[source]
        source: globset::Error,
    },
    /// The glob matched nothing.
    #[error("no files match pattern '{pattern}' in source '{alias}'")]
    NoMatch { pattern: String, alias: String },
    /// Everything the glob matched is excluded.
    #[error("all files matching pattern '{pattern}' in source '{alias}' were excluded")]
    AllExcluded { pattern: String, alias: String },
    /// A plain (non-glob) `from` path is missing.
    #[error("source '{0}' does not exist")]
    Missing(String),
    /// Extract was asked of a directory.
    #[error("extract strategy is not supported for directories, got '{0}'")]
    ExtractDirectory(String),
    /// Extract was asked of a single file that is no tarball.
    #[error("extract strategy requires tarball file (.tar.gz or .tgz), got '{0}'")]
    NotTarball(String),
    /// A tarball could not be unpacked.
    #[error("failed to extract tarball '{path}' to '{dest}': {source}")]
    Extract {
        path: String,
        dest: String,
        #[source]
        source: crate::artifact::fetch::FetchError,
    },
    /// Copying (or merging) one matched file or directory failed.
    #[error("failed to copy file '{from}' to '{to}': {source}")]
    CopyFile {
        from: String,
        to: String,
        #[source]
        source: Box<CopyError>,
    },
    /// A path climbs out of its root.
    #[error("path '{0}' escapes from its root")]
    Escape(String),
    /// A file system step failed.
    #[error("{op} {path}: {source}")]
    Io {
        op: &'static str,
        path: String,
        #[source]
        source: std::io::Error,
    },
    /// A Merge of two YAML files failed.
    #[error(transparent)]
    Merge(#[from] merge::MergeError),
}

/// One operation of `artifacts[].copy` failed.
#[derive(Debug, thiserror::Error)]
#[error("failed to apply copy operation from '{from}' to '{to}': {source}")]
pub struct OperationError {
    pub from: String,
    pub to: String,
    /// Boxed: the error travels up through every reconcile `Result`.
    #[source]
    pub source: Box<CopyError>,
}

type Result<T> = std::result::Result<T, CopyError>;

/// Applies `operations` in order from `sources` (alias → unpacked artifact directory) into `staging`.
pub fn apply_all(
    operations: &[CopyOperation],
    sources: &BTreeMap<String, PathBuf>,
    staging: &Path,
) -> std::result::Result<(), OperationError> {
    for op in operations {
        apply(op, sources, staging).map_err(|source| OperationError {
            from: op.from.clone(),
            to: op.to.clone(),
            source: Box::new(source),
        })?;
    }
    Ok(())
}

/// The compiled `exclude` list of one operation.
struct Excludes(Vec<(String, GlobMatcher)>);

impl Excludes {
    fn compile(patterns: &[String]) -> Result<Self> {
        patterns
            .iter()
            .map(|p| {
                doublestar(p)
                    .map(|m| (p.clone(), m))
                    .map_err(|_| CopyError::InvalidExclude(p.clone()))
            })
            .collect::<Result<Vec<_>>>()
            .map(Excludes)
    }

    /// A pattern matches the path, or (without a `/`) its file name.
    fn matches(&self, path: &str) -> bool {
        let name = base_name(path);
        self.0
            .iter()
            .any(|(p, m)| m.is_match(path) || (!p.contains('/') && m.is_match(name)))
    }

    /// Excluded by the path relative to the source root, or relative to the operation's selection root.
    fn excludes(&self, path: &str, base: &str) -> bool {
        if self.0.is_empty() {
            return false;
        }
        if self.matches(path) {
            return true;
        }
        match relative_to(base, path) {
            Some(rel) if rel != "." && rel != path => self.matches(&rel),
            _ => false,
        }
    }
}

/// A glob with doublestar's rules: `*` stays within a path segment, `**` crosses segments.
fn doublestar(pattern: &str) -> std::result::Result<GlobMatcher, globset::Error> {
    Ok(GlobBuilder::new(pattern)
        .literal_separator(true)
        .backslash_escape(true)
        .build()?
        .compile_matcher())
}

fn apply(op: &CopyOperation, sources: &BTreeMap<String, PathBuf>, staging: &Path) -> Result<()> {
    let (alias, pattern) = parse_from(&op.from)?;
    let dest = op
        .to
        .strip_prefix("@artifact/")
        .ok_or_else(|| CopyError::InvalidDestination(op.to.clone()))?;
    let root = sources
        .get(alias)
        .ok_or_else(|| CopyError::UnknownAlias(alias.to_string()))?;
    let excludes = Excludes::compile(&op.exclude)?;
    let extract = op.strategy == EXTRACT;
    if !is_glob(pattern) {
        return copy_single(op, root, pattern, staging, dest, &excludes);
    }
    let matches = glob(root, pattern, extract)?;
    if matches.is_empty() {
        return Err(CopyError::NoMatch {
            pattern: pattern.to_string(),
            alias: alias.to_string(),
        });
    }
    let base = selection_root(pattern);
    let selected: Vec<String> = matches
        .into_iter()
        .filter(|m| m != "." && m != ".." && !excludes.excludes(m, &base))
        .collect();
    if selected.is_empty() {
        return Err(CopyError::AllExcluded {
            pattern: pattern.to_string(),
            alias: alias.to_string(),
        });
    }
    for m in selected {
        if extract {
            // A glob selects the tarballs among whatever it matches.
            if is_tarball(&m) {
                extract_tarball(root, &m, staging, dest)?;
            }
            continue;
        }
        let to = glob_destination(pattern, &m, dest);
        copy_path(op, root, &m, staging, &to, &base, &excludes).map_err(|e| {
            CopyError::CopyFile {
                from: m.clone(),
                to: to.clone(),
                source: Box::new(e),
            }
        })?;
    }
    Ok(())
}

fn parse_from(from: &str) -> Result<(&str, &str)> {
    let invalid = |reason| CopyError::InvalidSource {
        from: from.to_string(),
        reason,
    };
    let rest = from
        .strip_prefix('@')
        .ok_or_else(|| invalid("source must start with '@'"))?;
    rest.split_once('/')
        .ok_or_else(|| invalid("source format must be '@alias/pattern'"))
}

fn is_glob(path: &str) -> bool {
    path.contains(['*', '?', '[', ']'])
}

/// `.tar.gz` or `.tgz`, in any case.
pub fn is_tarball(path: &str) -> bool {
    let lower = path.to_ascii_lowercase();
    lower.ends_with(".tar.gz") || lower.ends_with(".tgz")
}

/// A plain path: a file goes to `dest` (or into it when `dest` ends with `/` or is a directory already), a
/// directory goes under `dest` by its own name.
fn copy_single(
    op: &CopyOperation,
    root: &Path,
    pattern: &str,
    staging: &Path,
    dest: &str,
    excludes: &Excludes,
) -> Result<()> {
    let src = clean(pattern);
    let abs = resolve(root, &src)?;
    let md = match std::fs::metadata(&abs) {
        Ok(md) => md,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(CopyError::Missing(src));
        }
        Err(source) => return Err(io("failed to stat source", &src, source)),
    };
    if md.is_dir() {
        if op.strategy == EXTRACT {
            return Err(CopyError::ExtractDirectory(src));
        }
        let to = join(dest, base_name(&src));
        return copy_path(op, root, &src, staging, &to, &src, excludes);
    }
    if excludes.excludes(&src, ".") {
        return Ok(());
    }
    if op.strategy == EXTRACT {
        if !is_tarball(&src) {
            return Err(CopyError::NotTarball(src));
        }
        return extract_tarball(root, &src, staging, dest);
    }
    let into_dir = op.to.ends_with('/') || resolve(staging, dest)?.is_dir();
    let to = if into_dir {
        join(dest, base_name(&src))
    } else {
        clean(dest)
    };
    copy_path(op, root, &src, staging, &to, ".", excludes)
}

/// Copies a file (merging it into an existing one under Merge) or a whole directory (plain copies, exclusions
/// applied relative to `base`).
fn copy_path(
    op: &CopyOperation,
    root: &Path,
    src: &str,
    staging: &Path,
    to: &str,
    base: &str,
    excludes: &Excludes,
) -> Result<()> {
    let abs = resolve(root, src)?;
    if abs.is_dir() {
        return copy_dir(root, src, staging, to, base, excludes);
    }
    let dest = resolve(staging, to)?;
    if op.strategy == MERGE && dest.exists() {
        let merged = merge::merge_files(&read(&abs, src)?, &read(&dest, to)?)?;
        return std::fs::write(&dest, merged).map_err(|e| io("failed to write", to, e));
    }
    copy_file(&abs, src, &dest, to)
}

fn copy_dir(
    root: &Path,
    src: &str,
    staging: &Path,
    to: &str,
    base: &str,
    excludes: &Excludes,
) -> Result<()> {
    let dest = resolve(staging, to)?;
    std::fs::create_dir_all(&dest).map_err(|e| io("failed to create directory", to, e))?;
    let abs = resolve(root, src)?;
    let mut entries: Vec<String> = std::fs::read_dir(&abs)
        .map_err(|e| io("failed to read directory", src, e))?
        .map(|e| {
            e.map(|e| e.file_name().to_string_lossy().into_owned())
                .map_err(|e| io("failed to read directory", src, e))
        })
        .collect::<Result<_>>()?;
    entries.sort();
    for name in entries {
        let path = join(src, &name);
        if excludes.excludes(&path, base) {
            continue;
        }
        let target = join(to, &name);
        if resolve(root, &path)?.is_dir() {
            copy_dir(root, &path, staging, &target, base, excludes)?;
        } else {
            copy_file(
                &resolve(root, &path)?,
                &path,
                &resolve(staging, &target)?,
                &target,
            )?;
        }
    }
    Ok(())
}

fn copy_file(src: &Path, src_rel: &str, dest: &Path, dest_rel: &str) -> Result<()> {
    if let Some(parent) = dest.parent() {
        std::fs::create_dir_all(parent)
            .map_err(|e| io("failed to create destination directory", dest_rel, e))?;
    }
    // `copy` carries the permission bits over, as source-watcher's chmod does.
    std::fs::copy(src, dest).map_err(|e| io("failed to copy", src_rel, e))?;
    Ok(())
}

fn read(path: &Path, rel: &str) -> Result<Vec<u8>> {
    std::fs::read(path).map_err(|e| io("failed to read", rel, e))
}

fn extract_tarball(root: &Path, src: &str, staging: &Path, dest: &str) -> Result<()> {
    let bytes = read(&resolve(root, src)?, src)?;
    let target = resolve(staging, dest)?;
    crate::artifact::fetch::unpack(&bytes, &target).map_err(|source| CopyError::Extract {
        path: src.to_string(),
        dest: dest.to_string(),
        source,
    })
}

/// Every file and directory under `root` matching `pattern`, sorted. Without Extract a segment's `**` is a
/// plain `*` (Go's `fs.Glob`); with Extract it crosses directories (doublestar's `Glob`).
fn glob(root: &Path, pattern: &str, recursive: bool) -> Result<Vec<String>> {
    let effective = if recursive {
        pattern.to_string()
    } else {
        // Collapse runs of `*`: `fs.Glob` has no `**`.
        let mut out = String::with_capacity(pattern.len());
        for c in pattern.chars() {
            if !(c == '*' && out.ends_with('*')) {
                out.push(c);
            }
        }
        out
    };
    let matcher = doublestar(&effective).map_err(|source| CopyError::InvalidGlob {
        pattern: pattern.to_string(),
        source,
    })?;
    let mut found = Vec::new();
    walk(root, "", &mut |rel| {
        if matcher.is_match(rel) {
            found.push(rel.to_string());
        }
    })?;
    found.sort();
    Ok(found)
}

fn walk(root: &Path, rel: &str, visit: &mut dyn FnMut(&str)) -> Result<()> {
    let dir = if rel.is_empty() {
        root.to_path_buf()
    } else {
        root.join(rel)
    };
    let entries = std::fs::read_dir(&dir).map_err(|e| io("failed to read directory", rel, e))?;
    for entry in entries {
        let entry = entry.map_err(|e| io("failed to read directory", rel, e))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let path = if rel.is_empty() {
            name
        } else {
            format!("{rel}/{name}")
        };
        visit(&path);
        if entry.file_type().is_ok_and(|t| t.is_dir()) {
            walk(root, &path, visit)?;
        }
    }
    Ok(())
}

/// Where a glob match goes: `dir/**` drops the `dir/` prefix (like `cp -r dir/** dest/`), any other pattern
/// keeps the whole matched path.
fn glob_destination(pattern: &str, matched: &str, dest: &str) -> String {
    if let Some(prefix) = pattern.strip_suffix("/**")
        && let Some(rest) = matched.strip_prefix(&format!("{prefix}/"))
    {
        return join(dest, rest);
    }
    join(dest, matched)
}

/// The literal directory before the first glob segment (`.` when the pattern starts with one).
fn selection_root(pattern: &str) -> String {
    let cleaned = clean(pattern);
    let literal: Vec<&str> = cleaned
        .split('/')
        .take_while(|part| !is_glob(part))
        .collect();
    if literal.is_empty() {
        ".".to_string()
    } else {
        literal.join("/")
    }
}

/// `path` relative to `base`, `None` when it is not under it.
fn relative_to(base: &str, path: &str) -> Option<String> {
    let base = clean(base);
    let path = clean(path);
    if base == "." {
        return Some(path);
    }
    if path == base {
        return Some(".".to_string());
    }
    path.strip_prefix(&format!("{base}/")).map(str::to_string)
}

/// Go's `filepath.Clean` for relative `/` paths: no empty or `.` segments, `..` folded where it can be.
fn clean(path: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." if parts.last().is_some_and(|p| *p != "..") => {
                parts.pop();
            }
            other => parts.push(other),
        }
    }
    if parts.is_empty() {
        ".".to_string()
    } else {
        parts.join("/")
    }
}

fn join(a: &str, b: &str) -> String {
    clean(&format!("{a}/{b}"))
}

fn base_name(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

fn resolve(root: &Path, rel: &str) -> Result<PathBuf> {
    secure_join(root, rel).map_err(|_| CopyError::Escape(rel.to_string()))
}

fn io(op: &'static str, path: &str, source: std::io::Error) -> CopyError {
    CopyError::Io {
        op,
        path: path.to_string(),
        source,
    }
}

#[cfg(test)]
#[path = "copy_tests.rs"]
mod tests;
