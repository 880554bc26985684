//! The Git engine behind GitRepository: resolve a ref with a ref advertisement only (so an unchanged remote costs
//! no fetch), shallow-fetch into a persistent per-repository cache, and check the commit's tree out to a directory.
//!
//! Start here: [`Reference::from_spec`] turns `spec.ref` into a [`Reference`] with Flux's precedence
//! (commit > name > semver > tag > branch, default branch `master`); [`resolve`] lists the remote refs and
//! returns a [`Resolved`] revision (`main@sha1:<hex>`, `v1.0.0@sha1:<hex>`, `sha1:<hex>`); [`checkout`] makes
//! sure the commit is in the cache and writes its files.
//!
//! # Transports
//! `http(s)://` (basic auth, bearer token), `ssh://` (private key, host key checked against `known_hosts`,
//! unknown keys refused), `git://` and `file://` (no auth; for local use and tests). An optional HTTP(S)
//! [`Proxy`] carries the `http(s)://` traffic. An `https://` remote whose Secret holds a client certificate
//! (`tls.crt` + `tls.key`, mutual TLS) goes through our own smart HTTP transport over rustls ([`http`]), as
//! libgit2 cannot present one. Everything blocks: call it from `spawn_blocking`.
//!
//! # Submodules
//! With `recurse_submodules`, [`checkout`] also fetches each submodule's commit (recursively, with the parent's
//! credentials and proxy) and writes its files at the submodule's path.

pub mod auth;
pub mod error;
pub mod github_app;
pub(crate) mod http;
pub mod keygen;
pub mod proxy;
mod remote;
pub mod signing;
mod submodule;
pub mod tls;
pub mod verify;
pub mod workdir;

use crate::api::source::GitRepositoryRef;

pub use auth::Auth;
pub use error::Error;
pub use proxy::Proxy;
pub use remote::{checkout, commit_summary, resolve};
pub use workdir::Workdir;

/// Result alias of the Git engine.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Branch checked out when `spec.ref` says nothing (Flux's default).
pub const DEFAULT_BRANCH: &str = "master";

/// What to check out, after Flux's precedence was applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reference {
    /// Tip of a branch.
    Branch(String),
    /// A tag (annotated tags are peeled to their commit).
    Tag(String),
    /// The highest tag matching a SemVer range.
    Semver(String),
    /// A full ref name such as `refs/pull/420/head`.
    Name(String),
    /// An exact commit, optionally looked up on a branch.
    Commit {
        /// 40-hex commit hash.
        commit: String,
        /// Branch whose history holds the commit.
        branch: Option<String>,
    },
}

fn non_empty(s: &Option<String>) -> Option<String> {
    s.as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

impl Reference {
    /// Applies Flux's precedence to `spec.ref`: commit > name > semver > tag > branch, default `master`.
    pub fn from_spec(r: Option<&GitRepositoryRef>) -> Self {
        let Some(r) = r else {
            return Reference::Branch(DEFAULT_BRANCH.into());
        };
        if let Some(commit) = non_empty(&r.commit) {
            return Reference::Commit {
                commit,
                branch: non_empty(&r.branch),
            };
        }
        if let Some(name) = non_empty(&r.name) {
            return Reference::Name(name);
        }
        if let Some(range) = non_empty(&r.semver) {
            return Reference::Semver(range);
        }
        if let Some(tag) = non_empty(&r.tag) {
            return Reference::Tag(tag);
        }
        Reference::Branch(non_empty(&r.branch).unwrap_or_else(|| DEFAULT_BRANCH.into()))
    }
}

/// A ref resolved against the remote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    /// Flux's revision string: `<branch|tag|ref>@sha1:<hex>` or `sha1:<hex>`.
    pub revision: String,
    /// The commit hash (hex).
    pub commit: String,
    /// The full remote ref to fetch (`refs/heads/main`); `None` fetches the remote's HEAD.
    pub fetch_ref: Option<String>,
    /// Whether a shallow (depth 1) fetch is enough: false when an older commit of a branch is wanted.
    pub shallow: bool,
    /// The annotated tag that resolved to the commit: (tag name, tag object hash), for signature checks.
    pub tag_object: Option<(String, String)>,
}

/// Formats a revision as Flux does: `<name>@sha1:<hex>`, or `sha1:<hex>` without a name.
pub fn revision(name: Option<&str>, commit: &str) -> String {
    match name {
        Some(n) => format!("{n}@sha1:{commit}"),
        None => format!("sha1:{commit}"),
    }
}

/// The commit hash in a revision string (`main@sha1:<hex>`, `sha1:<hex>` or legacy `main/<hex>`).
pub fn commit_of(revision: &str) -> &str {
    if let Some((_, hex)) = revision.rsplit_once("sha1:") {
        return hex;
    }
    revision.rsplit_once('/').map_or(revision, |(_, h)| h)
}

/// Everything [`resolve`] and [`checkout`] need to talk to one remote.
#[derive(Debug, Clone)]
pub struct Remote {
    /// Repository URL.
    pub url: String,
    /// Credentials.
    pub auth: Auth,
    /// Limit of each network operation.
    pub timeout: std::time::Duration,
    /// HTTP(S) proxy every network step goes through (`spec.proxySecretRef`); `None` connects directly.
    pub proxy: Option<Proxy>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(f: impl FnOnce(&mut GitRepositoryRef)) -> GitRepositoryRef {
        let mut r = GitRepositoryRef::default();
        f(&mut r);
        r
    }

    #[test]
    fn missing_ref_means_master() {
        assert_eq!(
            Reference::from_spec(None),
            Reference::Branch("master".into())
        );
        assert_eq!(
            Reference::from_spec(Some(&GitRepositoryRef::default())),
            Reference::Branch("master".into())
        );
    }

    #[test]
    fn commit_wins_over_everything() {
        let r = spec(|r| {
            r.commit = Some("abc".into());
            r.branch = Some("main".into());
            r.tag = Some("v1".into());
            r.name = Some("refs/x".into());
        });
        assert_eq!(
            Reference::from_spec(Some(&r)),
            Reference::Commit {
                commit: "abc".into(),
                branch: Some("main".into())
            }
        );
    }

    #[test]
    fn name_beats_semver_beats_tag_beats_branch() {
        let r = spec(|r| {
            r.name = Some("refs/pull/1/head".into());
            r.semver = Some(">=1".into());
        });
        assert_eq!(
            Reference::from_spec(Some(&r)),
            Reference::Name("refs/pull/1/head".into())
        );
        let r = spec(|r| {
            r.semver = Some(">=1".into());
            r.tag = Some("v1".into());
        });
        assert_eq!(
            Reference::from_spec(Some(&r)),
            Reference::Semver(">=1".into())
        );
        let r = spec(|r| {
            r.tag = Some("v1".into());
            r.branch = Some("dev".into());
        });
        assert_eq!(Reference::from_spec(Some(&r)), Reference::Tag("v1".into()));
    }

    #[test]
    fn revisions_are_formatted_like_flux() {
        assert_eq!(revision(Some("main"), "ab12"), "main@sha1:ab12");
        assert_eq!(revision(None, "ab12"), "sha1:ab12");
        assert_eq!(commit_of("main@sha1:ab12"), "ab12");
        assert_eq!(commit_of("main/ab12"), "ab12");
    }
}
