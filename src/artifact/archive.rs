//! Deterministic tar.gz of a directory as Flux's source-controller builds it: regular files and directories
//! only, owners and times zeroed, modes normalised, ignore rules applied (default exclusions or `spec.ignore`,
//! plus every `.sourceignore`).

use std::io::Write;
use std::path::{Path, PathBuf};

use flate2::Compression;
use flate2::write::GzEncoder;
use ignore::gitignore::{Gitignore, GitignoreBuilder};
use sha2::{Digest, Sha256};

use super::Error;

/// Patterns excluded when `spec.ignore` is not set (Flux's defaults, gitignore syntax).
pub const DEFAULT_EXCLUSIONS: &[&str] = &[
    ".git/",
    ".gitignore",
    ".gitmodules",
    ".gitattributes",
    "*.jpg",
    "*.jpeg",
    "*.gif",
    "*.png",
    "*.wmv",
    "*.flv",
    "*.tar.gz",
    "*.zip",
    ".github/",
    ".circleci/",
    ".travis.yml",
    ".gitlab-ci.yml",
    "appveyor.yml",
    ".drone.yml",
    "cloudbuild.yaml",
    "codeship-services.yml",
    "codeship-steps.yml",
    "**/.goreleaser.yml",
    "**/.sops.yaml",
    "**/.flux.yaml",
];

/// Name of the per-directory ignore file.
pub const SOURCEIGNORE: &str = ".sourceignore";

/// The outcome of writing an archive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Written {
    /// `sha256:<hex>` of the compressed bytes.
    pub digest: String,
    /// Size of the compressed bytes.
    pub size: u64,
}

/// A writer that hashes and counts what passes through.
struct Hashing<W> {
    inner: W,
    hasher: Sha256,
    size: u64,
}

impl<W: Write> Write for Hashing<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hasher.update(&buf[..n]);
        self.size += n as u64;
        Ok(n)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

fn build_matcher(root: &Path, lines: impl IntoIterator<Item = String>) -> Result<Gitignore, Error> {
    let mut b = GitignoreBuilder::new(root);
    for line in lines {
        b.add_line(None, &line).map_err(|e| Error::Ignore {
            path: root.display().to_string(),
            message: e.to_string(),
        })?;
    }
    b.build().map_err(|e| Error::Ignore {
        path: root.display().to_string(),
        message: e.to_string(),
    })
}

/// Ignore rules in force while walking: the root rules, then one matcher per `.sourceignore` on the path.
struct Rules {
    stack: Vec<Gitignore>,
    /// False for an archive of everything (a Bucket's fetched objects): no rule, no `.sourceignore`, is read.
    enabled: bool,
    /// Whether `.sourceignore` files add rules (source-controller's archives; not an ArtifactGenerator's).
    read_sourceignore: bool,
}

impl Rules {
    fn is_ignored(&self, path: &Path, is_dir: bool) -> bool {
        if !self.enabled {
            return false;
        }
        for m in self.stack.iter().rev() {
            let found = m.matched(path, is_dir);
            if found.is_ignore() {
                return true;
            }
            if found.is_whitelist() {
                return false;
            }
        }
        false
    }
}

/// Writes the gzip'd tar of `dir` to `out`. `ignore` replaces the default exclusions when set.
pub fn write(dir: &Path, ignore: Option<&str>, out: impl Write) -> Result<Written, Error> {
    let root_lines: Vec<String> = match ignore {
        Some(text) => text.lines().map(str::to_string).collect(),
        None => DEFAULT_EXCLUSIONS.iter().map(|s| s.to_string()).collect(),
    };
    let rules = Rules {
        stack: vec![build_matcher(dir, root_lines)?],
        enabled: true,
        read_sourceignore: true,
    };
    write_with(dir, rules, out)
}

/// Version-control files an ArtifactGenerator's archive leaves out (the VCS patterns of Flux's default matcher;
/// no other default exclusion and no `.sourceignore` applies, so copied tarballs and images stay in).
pub const VCS_EXCLUSIONS: &[&str] = &[".git/", ".gitignore", ".gitmodules", ".gitattributes"];

/// Writes the gzip'd tar of `dir` leaving out only [`VCS_EXCLUSIONS`], as source-watcher archives a generated
/// artifact.
pub fn write_without_vcs(dir: &Path, out: impl Write) -> Result<Written, Error> {
    let rules = Rules {
        stack: vec![build_matcher(
            dir,
            VCS_EXCLUSIONS.iter().map(|s| s.to_string()),
        )?],
        enabled: true,
        read_sourceignore: false,
    };
    write_with(dir, rules, out)
}

/// Writes the gzip'd tar of everything in `dir` (regular files and directories), with no exclusion: the
/// archive of a Bucket, whose ignore rules were applied to the object listing already, as source-controller
/// archives it.
pub fn write_all(dir: &Path, out: impl Write) -> Result<Written, Error> {
    let rules = Rules {
        stack: Vec::new(),
        enabled: false,
        read_sourceignore: false,
    };
    write_with(dir, rules, out)
}

fn write_with(dir: &Path, mut rules: Rules, out: impl Write) -> Result<Written, Error> {
    let hashing = Hashing {
        inner: out,
        hasher: Sha256::new(),
        size: 0,
    };
    let gz = GzEncoder::new(hashing, Compression::default());
    let mut tar = tar::Builder::new(gz);
    walk(dir, dir, &mut rules, &mut tar)?;
    let io = |e: std::io::Error| Error::Archive {
        path: dir.display().to_string(),
        source: e,
    };
    let gz = tar.into_inner().map_err(io)?;
    let mut hashing = gz.finish().map_err(io)?;
    hashing.flush().map_err(io)?;
    Ok(Written {
        digest: format!("sha256:{}", hex::encode(hashing.hasher.finalize())),
        size: hashing.size,
    })
}

fn header(mode: u32, size: u64, kind: tar::EntryType) -> tar::Header {
    let mut h = tar::Header::new_gnu();
    h.set_entry_type(kind);
    h.set_mode(mode);
    h.set_size(size);
    h.set_uid(0);
    h.set_gid(0);
    h.set_mtime(0);
    let _ = h.set_username("");
    let _ = h.set_groupname("");
    h
}

fn walk<W: Write>(
    root: &Path,
    dir: &Path,
    rules: &mut Rules,
    tar: &mut tar::Builder<W>,
) -> Result<(), Error> {
    let io = |path: &Path, e: std::io::Error| Error::Archive {
        path: path.display().to_string(),
        source: e,
    };
    let pushed = rules.read_sourceignore && {
        let file = dir.join(SOURCEIGNORE);
        match std::fs::symlink_metadata(&file) {
            Ok(md) if md.is_file() => {
                let text = std::fs::read_to_string(&file).map_err(|e| io(&file, e))?;
                rules
                    .stack
                    .push(build_matcher(dir, text.lines().map(str::to_string))?);
                true
            }
            _ => false,
        }
    };
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| io(dir, e))?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()
        .map_err(|e| io(dir, e))?;
    entries.sort();
    for path in entries {
        let md = std::fs::symlink_metadata(&path).map_err(|e| io(&path, e))?;
        // Symlinks, sockets, devices: never archived, so nothing in the tarball can point outside it.
        if !(md.is_dir() || md.is_file()) {
            continue;
        }
        if rules.is_ignored(&path, md.is_dir()) {
            continue;
        }
        let Ok(rel) = path.strip_prefix(root) else {
            continue;
        };
        let name = rel.to_string_lossy().replace('\\', "/");
        if md.is_dir() {
            let mut h = header(0o750, 0, tar::EntryType::Directory);
            tar.append_data(&mut h, format!("{name}/"), std::io::empty())
                .map_err(|e| io(&path, e))?;
            walk(root, &path, rules, tar)?;
        } else {
            use std::os::unix::fs::PermissionsExt;
            let mode = if md.permissions().mode() & 0o111 != 0 {
                0o700
            } else {
                0o600
            };
            let mut h = header(mode, md.len(), tar::EntryType::Regular);
            let file = std::fs::File::open(&path).map_err(|e| io(&path, e))?;
            tar.append_data(&mut h, &name, file)
                .map_err(|e| io(&path, e))?;
        }
    }
    if pushed {
        rules.stack.pop();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(bytes: &[u8]) -> Vec<(String, u32)> {
        let gz = flate2::read::GzDecoder::new(bytes);
        let mut ar = tar::Archive::new(gz);
        let mut out = Vec::new();
        for e in ar.entries().unwrap() {
            let e = e.unwrap();
            let h = e.header();
            out.push((e.path().unwrap().display().to_string(), h.mode().unwrap()));
        }
        out
    }

    fn tree() -> tempfile::TempDir {
        let d = tempfile::tempdir().unwrap();
        let p = d.path();
        std::fs::create_dir_all(p.join("apps/.github")).unwrap();
        std::fs::create_dir_all(p.join(".git")).unwrap();
        std::fs::write(p.join(".git/config"), "x").unwrap();
        std::fs::write(p.join("apps/a.yaml"), "a").unwrap();
        std::fs::write(p.join("apps/logo.png"), "png").unwrap();
        std::fs::write(p.join("apps/.github/ci.yml"), "ci").unwrap();
        std::fs::write(p.join("run.sh"), "#!/bin/sh").unwrap();
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(p.join("run.sh"), std::fs::Permissions::from_mode(0o755)).unwrap();
        std::os::unix::fs::symlink("/etc/passwd", p.join("escape")).unwrap();
        d
    }

    #[test]
    fn default_exclusions_and_symlinks_are_left_out() {
        let d = tree();
        let mut buf = Vec::new();
        write(d.path(), None, &mut buf).unwrap();
        assert_eq!(
            names(&buf),
            vec![
                ("apps/".into(), 0o750),
                ("apps/a.yaml".into(), 0o600),
                ("run.sh".into(), 0o700)
            ]
        );
    }

    #[test]
    fn archive_is_byte_for_byte_reproducible() {
        let d = tree();
        let (mut a, mut b) = (Vec::new(), Vec::new());
        let wa = write(d.path(), None, &mut a).unwrap();
        std::thread::sleep(std::time::Duration::from_millis(1100));
        std::fs::write(d.path().join("apps/a.yaml"), "a").unwrap();
        let wb = write(d.path(), None, &mut b).unwrap();
        assert_eq!(a, b);
        assert_eq!(wa, wb);
        assert_eq!(wa.size as usize, a.len());
        assert!(wa.digest.starts_with("sha256:"));
    }

    #[test]
    fn spec_ignore_replaces_defaults_and_sourceignore_adds() {
        let d = tree();
        std::fs::write(d.path().join("apps/.sourceignore"), "a.yaml\n").unwrap();
        let mut buf = Vec::new();
        write(d.path(), Some(".git/\nrun.sh\n"), &mut buf).unwrap();
        let got: Vec<String> = names(&buf).into_iter().map(|(n, _)| n).collect();
        assert_eq!(
            got,
            vec![
                "apps/",
                "apps/.github/",
                "apps/.github/ci.yml",
                "apps/.sourceignore",
                "apps/logo.png"
            ]
        );
    }
}
