//! Submodules of a checkout (GitRepository `spec.recurseSubmodules`): each gitlink in the tree is looked up in
//! the repository's `.gitmodules`, its commit fetched from the submodule's URL (relative URLs resolved against
//! the parent's URL) with the parent's credentials and proxy, as Flux does, and its files written at the
//! submodule path; nested submodules are followed the same way.
//!
//! Each submodule URL gets its own bare cache repository under the parent's cache (`<cache>/flux-submodules/`),
//! so an unchanged submodule commit costs no network on the next artifact. A submodule fetch downloads the
//! remote's branches and tags in full (upload-pack over protocol v0 only serves advertised tips), then, if the
//! pinned commit is on none of them, asks for the commit itself.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use git2::{Oid, Repository, Tree};

use super::error::{Error, message};
use super::remote::{fetch, open_cache, write_tree};
use super::{Remote, Resolved, Result};

/// Nesting limit: a submodule cycle (A includes B includes A) stops here instead of recursing forever.
const MAX_DEPTH: usize = 8;

/// Folder of the parent cache repository that holds one cache repository per submodule URL.
pub(super) const CACHE_DIR: &str = "flux-submodules";

/// The submodules of one (super)repository's tree and how to fetch them.
pub(super) struct Modules<'a> {
    /// The superproject's remote: base of relative URLs, and the credentials, proxy and timeout to reuse.
    parent: &'a Remote,
    /// Submodule path (relative to the superproject's root) → absolute URL.
    urls: BTreeMap<String, String>,
    /// Where the per-URL cache repositories live.
    cache_root: PathBuf,
    /// How deep in the submodule nesting this superproject is (0 for the GitRepository itself).
    depth: usize,
}

/// Resolves a `.gitmodules` URL: `./x` and `../x` are relative to the superproject's URL, as in Git.
fn resolve_url(base: &str, url: &str) -> String {
    if !url.starts_with("./") && !url.starts_with("../") {
        return url.to_string();
    }
    let mut base = base.trim_end_matches('/').to_string();
    let authority_end = base
        .find("://")
        .map(|i| i + 3)
        .and_then(|start| base[start..].find('/').map(|j| start + j))
        .unwrap_or(base.len());
    let mut rest = url;
    loop {
        if let Some(r) = rest.strip_prefix("./") {
            rest = r;
        } else if let Some(r) = rest.strip_prefix("../") {
            rest = r;
            if let Some(i) = base.rfind('/').filter(|i| *i >= authority_end) {
                base.truncate(i);
            }
        } else {
            break;
        }
    }
    format!("{base}/{rest}")
}

/// Path → URL of the `.gitmodules` text, read with libgit2's config parser (the file is git-config syntax).
fn parse_gitmodules(text: &[u8]) -> std::result::Result<BTreeMap<String, String>, String> {
    let mut file = tempfile::NamedTempFile::new().map_err(|e| e.to_string())?;
    file.write_all(text).map_err(|e| e.to_string())?;
    let cfg = git2::Config::open(file.path()).map_err(|e| message(&e))?;
    let mut paths = BTreeMap::new();
    let mut urls = BTreeMap::new();
    let mut entries = cfg
        .entries(Some(r"submodule\..*\.(path|url)"))
        .map_err(|e| message(&e))?;
    while let Some(entry) = entries.next() {
        let entry = entry.map_err(|e| message(&e))?;
        let (Ok(name), Ok(value)) = (entry.name(), entry.value()) else {
            continue;
        };
        let Some((module, key)) = name
            .strip_prefix("submodule.")
            .and_then(|n| n.rsplit_once('.'))
        else {
            continue;
        };
        let slot = if key == "path" { &mut paths } else { &mut urls };
        slot.insert(module.to_string(), value.to_string());
    }
    Ok(paths
        .into_iter()
        .filter_map(|(module, path)| {
            let url = urls.get(&module)?.clone();
            Some((path.trim_matches('/').to_string(), url))
        })
        .collect())
}

/// A URL as a directory name.
fn cache_name(url: &str) -> String {
    url.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect()
}

impl<'a> Modules<'a> {
    /// Reads `.gitmodules` at the root of `tree` (none means no submodules).
    pub(super) fn load(
        repo: &Repository,
        tree: &Tree<'_>,
        parent: &'a Remote,
        cache_root: &Path,
        depth: usize,
    ) -> Result<Self> {
        let mut urls = BTreeMap::new();
        if let Some(entry) = tree.get_name(".gitmodules") {
            let fail = |m: String| Error::Checkout {
                path: ".gitmodules".into(),
                message: m,
            };
            let blob = repo.find_blob(entry.id()).map_err(|e| fail(message(&e)))?;
            for (path, url) in parse_gitmodules(blob.content()).map_err(fail)? {
                urls.insert(path, resolve_url(&parent.url, &url));
            }
        }
        Ok(Modules {
            parent,
            urls,
            cache_root: cache_root.to_path_buf(),
            depth,
        })
    }

    /// Fetches the submodule at `rel` (pinned to `commit`) and writes its files, and its own submodules', into
    /// `dest`.
    pub(super) fn write(&self, rel: &str, commit: Oid, dest: &Path) -> Result<()> {
        let fail = |m: String| Error::Checkout {
            path: dest.display().to_string(),
            message: m,
        };
        if self.depth >= MAX_DEPTH {
            return Err(fail(format!(
                "submodule '{rel}' is nested more than {MAX_DEPTH} levels deep"
            )));
        }
        let Some(url) = self.urls.get(rel) else {
            return Err(fail(format!(
                "no URL for submodule path '{rel}' in .gitmodules"
            )));
        };
        let remote = Remote {
            url: url.clone(),
            auth: self.parent.auth.clone(),
            timeout: self.parent.timeout,
            proxy: self.parent.proxy.clone(),
        };
        super::proxy::check(&remote.url, remote.proxy.as_ref())?;
        let repo = open_cache(&self.cache_root.join(cache_name(url)))?;
        if repo.find_commit(commit).is_err() {
            fetch_commit(&remote, &repo, commit)?;
        }
        let found = repo
            .find_commit(commit)
            .map_err(|e| Error::CommitNotFound {
                url: url.clone(),
                commit: commit.to_string(),
                message: message(&e),
            })?;
        let tree = found.tree().map_err(|e| fail(message(&e)))?;
        std::fs::create_dir_all(dest).map_err(|e| fail(e.to_string()))?;
        let nested = Modules::load(&repo, &tree, &remote, &self.cache_root, self.depth + 1)?;
        write_tree(&repo, &tree, dest, "", &[], Some(&nested))
    }
}

/// Brings `commit` into the submodule cache: every branch and tag first, then the commit by id if it is on
/// none of them (servers that allow unadvertised wants serve it).
fn fetch_commit(remote: &Remote, repo: &Repository, commit: Oid) -> Result<()> {
    let all = Resolved {
        revision: String::new(),
        commit: commit.to_string(),
        fetch_ref: None,
        shallow: false,
        tag_object: None,
    };
    fetch(remote, &all, repo)?;
    if repo.find_commit(commit).is_ok() {
        return Ok(());
    }
    let by_id = Resolved {
        fetch_ref: Some(commit.to_string()),
        ..all
    };
    // A refusal here is reported as the missing commit by the caller, which names it.
    let _ = fetch(remote, &by_id, repo);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_urls_are_resolved_against_the_superproject() {
        let base = "http://127.0.0.1:80/public/app.git";
        assert_eq!(
            resolve_url(base, "../child.git"),
            "http://127.0.0.1:80/public/child.git"
        );
        assert_eq!(
            resolve_url(base, "./child.git"),
            "http://127.0.0.1:80/public/app.git/child.git"
        );
        assert_eq!(resolve_url("https://h/a/b/", "../../x"), "https://h/x");
        assert_eq!(resolve_url("https://h/a", "../../../x"), "https://h/x");
        assert_eq!(resolve_url(base, "ssh://git@h/x"), "ssh://git@h/x");
    }

    #[test]
    fn gitmodules_map_paths_to_urls() {
        let text = b"[submodule \"lib\"]\n\tpath = vendor/lib\n\turl = ../lib.git\n[submodule \"a.b\"]\n\tpath = ab/\n\turl = https://h/ab.git\n[submodule \"nourl\"]\n\tpath = x\n";
        let map = parse_gitmodules(text).unwrap();
        assert_eq!(
            map.get("vendor/lib").map(String::as_str),
            Some("../lib.git")
        );
        assert_eq!(map.get("ab").map(String::as_str), Some("https://h/ab.git"));
        assert_eq!(map.len(), 2);
    }
}
