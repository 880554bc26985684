//! `flux migrate -f <path>`: find the Flux objects whose `apiVersion:` line is older than the latest version
//! of their kind and rewrite that line in place.
//!
//! Like Flux, this is line-based, not YAML-aware: an `apiVersion: <group>/<version>` line directly followed by
//! a `kind: <Kind>` line is an object, wherever it sits (also inside Helm templates, hence `--extensions`).
//! Paths are relative to the working directory and may not leave it (Flux opens the working directory as a
//! root), and only the first occurrence of the old version on the line is replaced.

use crate::progress::Progress;

/// Why a file-system migration failed; the messages are Flux's.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("version {version} is not supported, supported versions are: {supported}")]
    UnsupportedVersion { version: String, supported: String },
    /// The path cannot be read. Flux stats through a root opened at the working directory, so its cause
    /// reads `open <path>: invalid argument` for a path leaving it and `openat <path>: …` otherwise.
    #[error("failed to stat path {path}: {op} {path}: {reason}")]
    Stat {
        path: String,
        op: &'static str,
        reason: String,
    },
    #[error("file {path} does not match the specified extensions: {extensions}")]
    Extension { path: String, extensions: String },
    #[error("file {0} is irregular")]
    Irregular(String),
    #[error("failed to walk directory {dir}: {reason}")]
    Walk { dir: String, reason: String },
    #[error("failed to read file {path}: {reason}")]
    Read { path: String, reason: String },
    #[error("failed to write file {path}: {reason}")]
    Write { path: String, reason: String },
}

/// What to migrate.
#[derive(Debug, Clone)]
pub struct Options {
    /// `--path`, relative to the working directory.
    pub path: String,
    /// `--extensions`: a file is a manifest when its name ends with one of these.
    pub extensions: Vec<String>,
    /// The latest version of each (group, kind), from [`super::latest_versions`].
    pub latest: &'static [(&'static str, &'static str, &'static str)],
}

/// One `apiVersion:` line to rewrite.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Upgrade {
    /// Zero-based line index.
    pub line: usize,
    pub kind: String,
    pub old_version: String,
    pub new_version: String,
}

/// The upgrades of one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileUpgrades {
    pub file: String,
    pub upgrades: Vec<Upgrade>,
}

/// Lists the manifests and the upgrades each needs, reporting each upgrade (`✚ file:line: Kind v1 -> v2`) and
/// skipped irregular files and unparsable versions (`⚠️`).
pub fn detect(opts: &Options, progress: &dyn Progress) -> Result<Vec<FileUpgrades>, Error> {
    let path = clean(&opts.path);
    let files = list_files(&path, &opts.extensions, progress)?;
    let mut plan = Vec::new();
    for file in files {
        let text = std::fs::read(&file).map_err(|e| Error::Read {
            path: file.clone(),
            reason: go_reason(&format!("open {file}"), &e),
        })?;
        let upgrades = detect_file(
            &file,
            &String::from_utf8_lossy(&text),
            opts.latest,
            progress,
        );
        if upgrades.is_empty() {
            continue;
        }
        for u in &upgrades {
            progress.generate(&format!(
                "{file}:{}: {} {} -> {}",
                u.line + 1,
                u.kind,
                u.old_version,
                u.new_version
            ));
        }
        plan.push(FileUpgrades { file, upgrades });
    }
    Ok(plan)
}

/// Rewrites one file's lines, keeping its permissions.
pub fn apply(file: &FileUpgrades) -> Result<(), Error> {
    let path = &file.file;
    let text = std::fs::read(path).map_err(|e| Error::Read {
        path: path.clone(),
        reason: go_reason(&format!("open {path}"), &e),
    })?;
    let text = String::from_utf8_lossy(&text);
    let mut lines: Vec<String> = text.split('\n').map(str::to_string).collect();
    for u in &file.upgrades {
        if let Some(line) = lines.get_mut(u.line) {
            *line = line.replacen(&u.old_version, &u.new_version, 1);
        }
    }
    std::fs::write(path, lines.join("\n")).map_err(|e| Error::Write {
        path: path.clone(),
        reason: go_reason(&format!("open {path}"), &e),
    })
}

/// The upgrades of one file's text.
fn detect_file(
    file: &str,
    text: &str,
    latest: &[(&str, &str, &str)],
    progress: &dyn Progress,
) -> Vec<Upgrade> {
    const API_VERSION: &str = "apiVersion: ";
    const KIND: &str = "kind: ";
    let lines: Vec<&str> = text.split('\n').collect();
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let Some(at) = line.find(API_VERSION) else {
            continue;
        };
        let value = go_trim_space(&line[at + API_VERSION.len()..]);
        let api_version = value.split(' ').next().unwrap_or_default();
        let (group, version) = match parse_group_version(api_version) {
            Ok(gv) => gv,
            Err(e) => {
                progress.warning(&format!("{file}:{}: {e}", i + 1));
                continue;
            }
        };
        let Some(kind_line) = lines.get(i + 1) else {
            continue;
        };
        let Some(at) = kind_line.find(KIND) else {
            continue;
        };
        let kind = go_trim_space(&kind_line[at + KIND.len()..])
            .split(' ')
            .next()
            .unwrap_or_default();
        let Some((_, _, new)) = latest.iter().find(|(g, k, _)| *g == group && *k == kind) else {
            continue;
        };
        if *new == version {
            continue;
        }
        out.push(Upgrade {
            line: i,
            kind: kind.to_string(),
            old_version: version.to_string(),
            new_version: new.to_string(),
        });
    }
    out
}

/// Kubernetes' `schema.ParseGroupVersion`: `v1` is the core group, `a/b` a group and version, more slashes an
/// error.
fn parse_group_version(gv: &str) -> Result<(&str, &str), String> {
    if gv.is_empty() || gv == "/" {
        return Ok(("", ""));
    }
    match gv.matches('/').count() {
        0 => Ok(("", gv)),
        1 => Ok(gv.split_once('/').unwrap_or(("", gv))),
        _ => Err(format!("unexpected GroupVersion string: {gv}")),
    }
}

/// Go's `strings.TrimSpace` (ASCII whitespace and the Unicode spaces; `\r` of CRLF files included).
fn go_trim_space(s: &str) -> &str {
    s.trim()
}

/// The manifests at `path`: the file itself, or every matching regular file under the directory in lexical
/// walk order (symlinks are not followed and are reported as irregular).
fn list_files(
    path: &str,
    extensions: &[String],
    progress: &dyn Progress,
) -> Result<Vec<String>, Error> {
    let matches = |p: &str| extensions.iter().any(|e| p.ends_with(e.as_str()));
    if !is_valid_fs_path(path) {
        return Err(Error::Stat {
            path: path.to_string(),
            op: "open",
            reason: "invalid argument".to_string(),
        });
    }
    let meta = std::fs::metadata(path).map_err(|e| Error::Stat {
        path: path.to_string(),
        op: "openat",
        reason: go_errno(&e),
    })?;
    if !meta.is_dir() {
        if !matches(path) {
            return Err(Error::Extension {
                path: path.to_string(),
                extensions: extensions.join(", "),
            });
        }
        let own = std::fs::symlink_metadata(path).map_err(|e| Error::Stat {
            path: path.to_string(),
            op: "openat",
            reason: go_errno(&e),
        })?;
        if !own.file_type().is_file() {
            return Err(Error::Irregular(path.to_string()));
        }
        return Ok(vec![path.to_string()]);
    }
    let mut files = Vec::new();
    walk(path, &matches, &mut files, progress).map_err(|reason| Error::Walk {
        dir: path.to_string(),
        reason,
    })?;
    Ok(files)
}

/// `fs.WalkDir` from `dir`: entries sorted by name, directories descended into as met.
fn walk(
    dir: &str,
    matches: &dyn Fn(&str) -> bool,
    files: &mut Vec<String>,
    progress: &dyn Progress,
) -> Result<(), String> {
    let read = std::fs::read_dir(dir).map_err(|e| go_reason(&format!("open {dir}"), &e))?;
    let mut entries: Vec<_> = read
        .collect::<Result<_, _>>()
        .map_err(|e| go_reason(&format!("readdirent {dir}"), &e))?;
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let name = entry.file_name().to_string_lossy().into_owned();
        let path = if dir == "." {
            name
        } else {
            format!("{dir}/{name}")
        };
        let file_type = entry
            .file_type()
            .map_err(|e| go_reason(&format!("lstat {path}"), &e))?;
        if matches(&path) {
            if file_type.is_file() {
                files.push(path.clone());
            } else if !file_type.is_dir() {
                progress.warning(&format!("skipping irregular file {path}"));
            }
        }
        if file_type.is_dir() {
            walk(&path, matches, files, progress)?;
        }
    }
    Ok(())
}

/// Go's `filepath.Clean` for the relative and absolute paths users type.
fn clean(path: &str) -> String {
    let rooted = path.starts_with('/');
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => match parts.last() {
                Some(&last) if last != ".." => {
                    parts.pop();
                }
                _ if rooted => {}
                _ => parts.push(".."),
            },
            p => parts.push(p),
        }
    }
    let joined = parts.join("/");
    match (rooted, joined.is_empty()) {
        (true, _) => format!("/{joined}"),
        (false, true) => ".".to_string(),
        (false, false) => joined,
    }
}

/// Go's `fs.ValidPath`: what a path inside the working-directory root may look like.
fn is_valid_fs_path(path: &str) -> bool {
    path == "."
        || (!path.is_empty()
            && path
                .split('/')
                .all(|p| !p.is_empty() && p != "." && p != ".."))
}

/// The text Go prints for an errno (`no such file or directory`).
fn go_errno(e: &std::io::Error) -> String {
    use std::io::ErrorKind;
    match e.kind() {
        ErrorKind::NotFound => "no such file or directory".to_string(),
        ErrorKind::PermissionDenied => "permission denied".to_string(),
        ErrorKind::IsADirectory => "is a directory".to_string(),
        ErrorKind::NotADirectory => "not a directory".to_string(),
        _ => {
            let text = e.to_string();
            text.split(" (os error")
                .next()
                .unwrap_or(&text)
                .to_lowercase()
        }
    }
}

/// `<op> <path>: <errno>`, as Go's `*PathError` reads.
fn go_reason(op_path: &str, e: &std::io::Error) -> String {
    format!("{op_path}: {}", go_errno(e))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::Silent;

    const LATEST: &[(&str, &str, &str)] = super::super::LATEST_API_VERSIONS[0].latest;

    #[test]
    fn old_versions_followed_by_a_flux_kind_are_upgraded() {
        let text = "apiVersion: source.toolkit.fluxcd.io/v1beta2\nkind: GitRepository\n---\napiVersion: v1\nkind: ConfigMap\n---\napiVersion: helm.toolkit.fluxcd.io/v2beta1 # old\nkind: HelmRelease\nspec:\n  sourceRef:\n    apiVersion: source.toolkit.fluxcd.io/v1\n    kind: HelmRepository\n";
        let got = detect_file("x.yaml", text, LATEST, &Silent);
        assert_eq!(
            got,
            vec![
                Upgrade {
                    line: 0,
                    kind: "GitRepository".into(),
                    old_version: "v1beta2".into(),
                    new_version: "v1".into()
                },
                Upgrade {
                    line: 6,
                    kind: "HelmRelease".into(),
                    old_version: "v2beta1".into(),
                    new_version: "v2".into()
                },
            ]
        );
    }

    #[test]
    fn the_kind_must_be_on_the_next_line() {
        let text =
            "apiVersion: source.toolkit.fluxcd.io/v1beta2\nmetadata: {}\nkind: GitRepository\n";
        assert!(detect_file("x.yaml", text, LATEST, &Silent).is_empty());
    }

    #[test]
    fn group_versions_parse_as_kubernetes_does() {
        assert_eq!(parse_group_version("v1"), Ok(("", "v1")));
        assert_eq!(parse_group_version("a/b"), Ok(("a", "b")));
        assert!(parse_group_version("a/b/c").is_err());
    }

    #[test]
    fn paths_are_cleaned_and_must_stay_inside_the_working_directory() {
        assert_eq!(clean("dir/"), "dir");
        assert_eq!(clean("./a//b/../c"), "a/c");
        assert_eq!(clean(""), ".");
        assert!(is_valid_fs_path("."));
        assert!(is_valid_fs_path("a/b.yaml"));
        assert!(!is_valid_fs_path("/abs"));
        assert!(!is_valid_fs_path("../up"));
    }
}
