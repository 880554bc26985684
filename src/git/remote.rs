//! Talking to a remote with libgit2: the ref advertisement ([`resolve`]), the shallow fetch into the cache and
//! the checkout of a commit's tree ([`checkout`]).

use std::cell::Cell;
use std::collections::BTreeMap;
use std::path::Path;
use std::time::Instant;

use git2::{
    AutotagOption, CertificateCheckStatus, Cred, CredentialType, Direction, ErrorClass, ErrorCode,
    FetchOptions, ObjectType, Oid, RemoteCallbacks, Repository,
};

use super::auth::host_key_is_known;
use super::error::{Error, message};
use super::http::Scope;
use super::submodule::Modules;
use super::{Reference, Remote, Resolved, Result, revision};

/// Ref of the cache repository the fetched commit is kept under, so it is not garbage.
const CACHE_REF: &str = "refs/flux/fetched";
/// Ref of the cache repository the fetched annotated tag is kept under.
const CACHE_TAG_REF: &str = "refs/flux/tag";

/// Host and port of an `ssh://` URL, and its user.
#[derive(Clone)]
struct SshTarget {
    user: String,
    host: String,
    port: Option<u16>,
}

fn validate_url(url: &str) -> Result<()> {
    let ok = ["http://", "https://", "ssh://", "git://", "file://"]
        .iter()
        .any(|p| url.starts_with(p) && url.len() > p.len());
    if ok {
        Ok(())
    } else {
        Err(Error::InvalidUrl {
            url: url.to_string(),
            reason: "scheme must be http, https, ssh, git or file".into(),
        })
    }
}

fn ssh_target(url: &str) -> Option<SshTarget> {
    let rest = url.strip_prefix("ssh://")?;
    let authority = rest.split('/').next()?;
    let (user, hostport) = match authority.rsplit_once('@') {
        Some((u, h)) => (u.to_string(), h),
        None => ("git".to_string(), authority),
    };
    let (host, port) = if let Some(v6) = hostport.strip_prefix('[') {
        let (h, tail) = v6.split_once(']')?;
        (
            h.to_string(),
            tail.strip_prefix(':').and_then(|p| p.parse().ok()),
        )
    } else {
        match hostport.rsplit_once(':') {
            Some((h, p)) => (h.to_string(), p.parse().ok()),
            None => (hostport.to_string(), None),
        }
    };
    Some(SshTarget { user, host, port })
}

/// What went wrong inside libgit2's callbacks, which libgit2's own error code does not always carry.
#[derive(Default)]
pub(super) struct Outcome {
    host_key_rejected: Cell<bool>,
    auth_attempts: Cell<u32>,
    timed_out: Cell<bool>,
}

pub(super) fn callbacks<'a>(
    remote: &'a Remote,
    outcome: &'a Outcome,
    deadline: Instant,
) -> RemoteCallbacks<'a> {
    let mut cb = RemoteCallbacks::new();
    let ssh = ssh_target(&remote.url);
    let ssh_for_keys = ssh.clone();
    cb.credentials(move |_url, url_user, allowed| {
        let n = outcome.auth_attempts.get() + 1;
        outcome.auth_attempts.set(n);
        if n > 1 {
            // libgit2 asks again after a refusal; answering the same would loop forever.
            return Err(git2::Error::new(
                ErrorCode::Auth,
                ErrorClass::Http,
                "authentication failed",
            ));
        }
        let auth = &remote.auth;
        if allowed.contains(CredentialType::SSH_KEY)
            && let Some(identity) = &auth.identity
        {
            let user = url_user
                .map(str::to_string)
                .or_else(|| ssh.as_ref().map(|s| s.user.clone()))
                .unwrap_or_else(|| "git".into());
            return Cred::ssh_key_from_memory(&user, None, identity, auth.password.as_deref());
        }
        // Without a key, the user's SSH agent (`flux bootstrap git` with no --private-key-file); never for the
        // controllers, whose sources must not borrow the identity of whoever runs `flux serve`.
        if allowed.contains(CredentialType::SSH_KEY) && auth.ssh_agent {
            let user = url_user
                .map(str::to_string)
                .or_else(|| ssh.as_ref().map(|s| s.user.clone()))
                .unwrap_or_else(|| "git".into());
            return Cred::ssh_key_from_agent(&user);
        }
        if allowed.contains(CredentialType::USER_PASS_PLAINTEXT)
            && let (Some(u), Some(p)) = (&auth.username, &auth.password)
        {
            return Cred::userpass_plaintext(u, p);
        }
        if allowed.contains(CredentialType::USERNAME) {
            let user = ssh.as_ref().map(|s| s.user.as_str()).unwrap_or("git");
            return Cred::username(user);
        }
        Err(git2::Error::new(
            ErrorCode::Auth,
            ErrorClass::Http,
            "authentication required but no credentials were provided",
        ))
    });
    cb.certificate_check(move |cert, host| {
        if let Some(x509) = cert.as_x509() {
            // A private CA replaces the system roots for this remote; without one, libgit2 decides.
            let Some(ca) = remote.auth.ca.as_deref() else {
                return Ok(CertificateCheckStatus::CertificatePassthrough);
            };
            return match super::tls::verify_server(ca, x509.data(), host) {
                Ok(()) => Ok(CertificateCheckStatus::CertificateOk),
                Err(msg) => Err(git2::Error::new(
                    ErrorCode::Certificate,
                    ErrorClass::Ssl,
                    msg,
                )),
            };
        }
        let Some(hostkey) = cert.as_hostkey() else {
            return Ok(CertificateCheckStatus::CertificatePassthrough);
        };
        let known = remote.auth.known_hosts.as_deref().unwrap_or_default();
        let port = ssh_for_keys.as_ref().and_then(|s| s.port);
        let host = ssh_for_keys.as_ref().map_or(host, |s| s.host.as_str());
        match hostkey.hostkey() {
            Some(key) if host_key_is_known(known, host, port, key) => {
                Ok(CertificateCheckStatus::CertificateOk)
            }
            _ => {
                outcome.host_key_rejected.set(true);
                Err(git2::Error::new(
                    ErrorCode::Certificate,
                    ErrorClass::Ssh,
                    "host key is not in known_hosts",
                ))
            }
        }
    });
    cb.transfer_progress(move |_| {
        if Instant::now() > deadline {
            outcome.timed_out.set(true);
            return false;
        }
        true
    });
    cb
}

/// Turns a libgit2 failure into the step's error, using what the callbacks saw.
pub(super) fn classify(
    remote: &Remote,
    outcome: &Outcome,
    err: &git2::Error,
    step: impl FnOnce(String) -> Error,
) -> Error {
    let url = remote.url.clone();
    if outcome.timed_out.get() {
        return Error::Timeout {
            url,
            seconds: remote.timeout.as_secs(),
        };
    }
    if outcome.host_key_rejected.get() {
        let host = ssh_target(&remote.url)
            .map(|s| match s.port {
                Some(p) => format!("{}:{p}", s.host),
                None => s.host,
            })
            .unwrap_or_default();
        return Error::UnknownHostKey {
            host,
            message: "the host key is not listed in known_hosts".into(),
        };
    }
    let auth_failure = err.code() == ErrorCode::Auth
        || (err.class() == ErrorClass::Ssh && message(err).contains("authentication"))
        || message(err).contains("status code: 401")
        || message(err).contains("status code: 403");
    if auth_failure {
        return Error::Authentication {
            url,
            message: message(err),
        };
    }
    step(message(err))
}

fn headers(remote: &Remote) -> Vec<String> {
    remote
        .auth
        .bearer_token
        .as_ref()
        .map(|t| vec![format!("Authorization: Bearer {t}")])
        .unwrap_or_default()
}

/// Lists the remote's refs: name → commit, tags peeled to the commit they point at; and the annotated tags'
/// own object hashes (name → tag object).
fn list_refs(remote: &Remote) -> Result<(BTreeMap<String, String>, BTreeMap<String, String>)> {
    let outcome = Outcome::default();
    let deadline = Instant::now() + remote.timeout;
    let failed = |e: git2::Error| {
        classify(remote, &outcome, &e, |message| Error::ListRefs {
            url: remote.url.clone(),
            message,
        })
    };
    let listed = |e: git2::Error| Error::ListRefs {
        url: remote.url.clone(),
        message: message(&e),
    };
    if remote.auth.bearer_token.is_some() {
        // libgit2 sends custom headers (the bearer token) only with fetches, not with a bare connect: run a
        // fetch that wants nothing in a throwaway repository, and read the advertisement it received.
        let scratch = tempfile::tempdir().map_err(|e| Error::ListRefs {
            url: remote.url.clone(),
            message: e.to_string(),
        })?;
        let repo = Repository::init_bare(scratch.path()).map_err(listed)?;
        let scope = Scope::enter(remote)?;
        let mut anon = repo
            .remote_anonymous(scope.url())
            .map_err(|e| Error::InvalidUrl {
                url: remote.url.clone(),
                reason: message(&e),
            })?;
        let headers = headers(remote);
        let header_refs: Vec<&str> = headers.iter().map(String::as_str).collect();
        let mut opts = FetchOptions::new();
        opts.remote_callbacks(callbacks(remote, &outcome, deadline))
            .download_tags(AutotagOption::None)
            .custom_headers(&header_refs);
        if let Some(proxy) = scope.libgit2_proxy(remote) {
            opts.proxy_options(proxy);
        }
        anon.download(&[] as &[&str], Some(&mut opts))
            .map_err(failed)?;
        return Ok(ref_maps(anon.list().map_err(listed)?));
    }
    let scope = Scope::enter(remote)?;
    let mut detached =
        git2::Remote::create_detached(scope.url()).map_err(|e| Error::InvalidUrl {
            url: remote.url.clone(),
            reason: message(&e),
        })?;
    let cb = callbacks(remote, &outcome, deadline);
    let conn = detached
        .connect_auth(Direction::Fetch, Some(cb), scope.libgit2_proxy(remote))
        .map_err(failed)?;
    Ok(ref_maps(conn.list().map_err(listed)?))
}

/// The advertised refs (name → commit, tags peeled to the commit they point at) and the annotated tags' own
/// object hashes (name → tag object).
fn ref_maps(
    heads: &[git2::RemoteHead<'_>],
) -> (BTreeMap<String, String>, BTreeMap<String, String>) {
    let mut refs = BTreeMap::new();
    let mut peeled = BTreeMap::new();
    for head in heads {
        let name = head.name();
        if let Some(tag) = name.strip_suffix("^{}") {
            peeled.insert(tag.to_string(), head.oid().to_string());
        } else {
            refs.insert(name.to_string(), head.oid().to_string());
        }
    }
    let tag_objects = peeled
        .keys()
        .filter_map(|tag| Some((tag.clone(), refs.get(tag)?.clone())))
        .collect();
    refs.extend(peeled);
    (refs, tag_objects)
}

/// Masterminds-style constraints (`>=1.0.0 <2.0.0`) in the comma syntax of the `semver` crate.
fn semver_req(range: &str) -> Result<semver::VersionReq> {
    let mut parts: Vec<String> = Vec::new();
    let mut pending = String::new();
    for token in range.replace(',', " ").split_whitespace() {
        pending.push_str(token);
        if token.chars().all(|c| "<>=~^!".contains(c)) {
            continue;
        }
        parts.push(std::mem::take(&mut pending));
    }
    semver::VersionReq::parse(&parts.join(", "))
        .map_err(|e| Error::InvalidReference(format!("semver range '{range}': {e}")))
}

fn pick_semver(refs: &BTreeMap<String, String>, range: &str) -> Result<(String, String)> {
    let req = semver_req(range)?;
    refs.iter()
        .filter_map(|(name, oid)| {
            let tag = name.strip_prefix("refs/tags/")?;
            let v = semver::Version::parse(tag.strip_prefix('v').unwrap_or(tag)).ok()?;
            req.matches(&v).then(|| (v, tag.to_string(), oid.clone()))
        })
        .max_by(|a, b| a.0.cmp(&b.0))
        .map(|(_, tag, oid)| (tag, oid))
        .ok_or_else(|| Error::RefNotFound(format!("no match found for semver: {range}")))
}

/// Resolves `reference` on the remote with a ref advertisement only (no objects are downloaded). A commit
/// reference needs no network at all.
pub fn resolve(remote: &Remote, reference: &Reference) -> Result<Resolved> {
    validate_url(&remote.url)?;
    super::proxy::check(&remote.url, remote.proxy.as_ref())?;
    init_timeouts();
    if let Reference::Commit { commit, branch } = reference {
        if commit.len() != 40 || !commit.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(Error::InvalidReference(format!(
                "commit '{commit}' is not a full SHA-1 hash"
            )));
        }
        return Ok(Resolved {
            revision: revision(branch.as_deref(), commit),
            commit: commit.to_lowercase(),
            fetch_ref: branch.as_ref().map(|b| format!("refs/heads/{b}")),
            shallow: false,
            tag_object: None,
        });
    }
    let (refs, tag_objects) = list_refs(remote)?;
    let (short, full) = match reference {
        Reference::Branch(b) => (b.clone(), format!("refs/heads/{b}")),
        Reference::Tag(t) => (t.clone(), format!("refs/tags/{t}")),
        Reference::Name(n) => (n.clone(), n.clone()),
        Reference::Semver(range) => {
            let (tag, _) = pick_semver(&refs, range)?;
            (tag.clone(), format!("refs/tags/{tag}"))
        }
        Reference::Commit { .. } => unreachable_commit(),
    };
    let commit = refs
        .get(&full)
        .cloned()
        .ok_or_else(|| Error::RefNotFound(format!("couldn't find remote ref \"{full}\"")))?;
    let tag_object = tag_objects
        .get(&full)
        .map(|oid| (short.clone(), oid.clone()));
    Ok(Resolved {
        revision: revision(Some(&short), &commit),
        commit,
        fetch_ref: Some(full),
        shallow: true,
        tag_object,
    })
}

// Commit references return before the listing; this keeps the match exhaustive without a panic path.
fn unreachable_commit() -> (String, String) {
    (String::new(), String::new())
}

pub(super) fn open_cache(dir: &Path) -> Result<Repository> {
    let cache_err = |source| Error::Cache {
        path: dir.display().to_string(),
        source,
    };
    match Repository::open_bare(dir) {
        Ok(r) => Ok(r),
        Err(_) => {
            // A half-written cache (crash mid-fetch) is thrown away and rebuilt.
            let _ = std::fs::remove_dir_all(dir);
            Repository::init_bare(dir).map_err(cache_err)
        }
    }
}

/// Makes sure `resolved.commit` is in the cache repository at `cache`, fetching (shallow when possible) only if
/// it is missing, then writes the commit's files into `dest` (which must exist and be empty). Symlinks are not
/// written: the artifact holds regular files only. Submodules are written only with `recurse_submodules`
/// (fetched with the same credentials into caches under `cache`); without it their paths stay absent. A
/// non-empty `sparse` list of directories limits the checkout to them (cone mode: files at the root are always
/// written). Returns whether a fetch of the repository itself happened.
pub fn checkout(
    remote: &Remote,
    resolved: &Resolved,
    cache: &Path,
    dest: &Path,
    sparse: &[String],
    recurse_submodules: bool,
) -> Result<bool> {
    validate_url(&remote.url)?;
    super::proxy::check(&remote.url, remote.proxy.as_ref())?;
    init_timeouts();
    let repo = open_cache(cache)?;
    let oid = Oid::from_str(&resolved.commit).map_err(|e| {
        Error::InvalidReference(format!("commit '{}': {}", resolved.commit, message(&e)))
    })?;
    // A signed tag is checked on its own object, which a cached commit does not bring along.
    let tag_oid = resolved
        .tag_object
        .as_ref()
        .and_then(|(_, t)| Oid::from_str(t).ok());
    let tag_missing = tag_oid.is_some_and(|t| repo.find_tag(t).is_err());
    let mut fetched = false;
    if repo.find_commit(oid).is_err() || tag_missing {
        fetch(remote, resolved, &repo)?;
        fetched = true;
    }
    if let Some(t) = tag_oid {
        let _ = repo.reference(CACHE_TAG_REF, t, true, "flux: fetched tag");
    }
    let commit = repo.find_commit(oid).map_err(|e| Error::CommitNotFound {
        url: remote.url.clone(),
        commit: resolved.commit.clone(),
        message: message(&e),
    })?;
    // Keep the commit reachable so libgit2 never prunes it from the cache.
    let _ = repo.reference(CACHE_REF, oid, true, "flux: fetched commit");
    let tree = commit.tree().map_err(|e| Error::Checkout {
        path: dest.display().to_string(),
        message: message(&e),
    })?;
    let sparse: Vec<String> = sparse
        .iter()
        .map(|p| p.trim_start_matches("./").trim_matches('/').to_string())
        .filter(|p| !p.is_empty())
        .collect();
    let modules = if recurse_submodules {
        let root = cache.join(super::submodule::CACHE_DIR);
        Some(Modules::load(&repo, &tree, remote, &root, 0)?)
    } else {
        None
    };
    write_tree(&repo, &tree, dest, "", &sparse, modules.as_ref())?;
    Ok(fetched)
}

/// The first line of a cached commit's message, for the `NewArtifact` event.
pub fn commit_summary(cache: &Path, commit: &str) -> Option<String> {
    let repo = Repository::open_bare(cache).ok()?;
    let oid = Oid::from_str(commit).ok()?;
    let c = repo.find_commit(oid).ok()?;
    c.summary().ok().flatten().map(str::to_string)
}

/// Fetches `resolved.fetch_ref` (or every branch when `None`) of `remote` into `repo`.
pub(super) fn fetch(remote: &Remote, resolved: &Resolved, repo: &Repository) -> Result<()> {
    let outcome = Outcome::default();
    let deadline = Instant::now() + remote.timeout;
    let scope = Scope::enter(remote)?;
    let mut anon = repo
        .remote_anonymous(scope.url())
        .map_err(|e| Error::InvalidUrl {
            url: remote.url.clone(),
            reason: message(&e),
        })?;
    let headers = headers(remote);
    let header_refs: Vec<&str> = headers.iter().map(String::as_str).collect();
    let mut opts = FetchOptions::new();
    opts.remote_callbacks(callbacks(remote, &outcome, deadline))
        .download_tags(AutotagOption::None)
        .update_fetchhead(false)
        .custom_headers(&header_refs);
    if let Some(proxy) = scope.libgit2_proxy(remote) {
        opts.proxy_options(proxy);
    }
    if resolved.shallow {
        opts.depth(1);
    }
    // Without a ref (a commit on no named branch) every branch is fetched, as the commit may be on any.
    let refspec = match resolved.fetch_ref.as_deref() {
        Some(source) => format!("+{source}:{CACHE_REF}"),
        None => "+refs/heads/*:refs/flux/heads/*".to_string(),
    };
    anon.fetch(&[refspec.as_str()], Some(&mut opts), None)
        .map_err(|e| {
            classify(remote, &outcome, &e, |message| Error::Fetch {
                url: remote.url.clone(),
                message,
            })
        })
}

/// Whether a path (relative, `/`-separated) is inside the sparse cone.
fn in_cone(rel: &str, is_dir: bool, sparse: &[String]) -> bool {
    if sparse.is_empty() || (!is_dir && !rel.contains('/')) {
        return true;
    }
    sparse.iter().any(|s| {
        rel == s
            || rel.starts_with(&format!("{s}/"))
            || (is_dir && s.starts_with(&format!("{rel}/")))
    })
}

/// Writes `tree` into `dir`; `prefix` is the tree's path from the repository root. Gitlinks are written through
/// `modules` when given, else skipped.
pub(super) fn write_tree(
    repo: &Repository,
    tree: &git2::Tree<'_>,
    dir: &Path,
    prefix: &str,
    sparse: &[String],
    modules: Option<&Modules<'_>>,
) -> Result<()> {
    let fail = |path: &Path, message: String| Error::Checkout {
        path: path.display().to_string(),
        message,
    };
    for entry in tree.iter() {
        let Ok(name) = entry.name() else { continue };
        if name.is_empty() || name == "." || name == ".." || name.contains('/') {
            continue;
        }
        let path = dir.join(name);
        let rel = if prefix.is_empty() {
            name.to_string()
        } else {
            format!("{prefix}/{name}")
        };
        let dir_like = matches!(entry.kind(), Some(ObjectType::Tree | ObjectType::Commit));
        if !in_cone(&rel, dir_like, sparse) {
            continue;
        }
        match entry.kind() {
            Some(ObjectType::Tree) => {
                std::fs::create_dir(&path).map_err(|e| fail(&path, e.to_string()))?;
                let sub = repo
                    .find_tree(entry.id())
                    .map_err(|e| fail(&path, message(&e)))?;
                write_tree(repo, &sub, &path, &rel, sparse, modules)?;
            }
            Some(ObjectType::Blob) => {
                // 0o120000 is a symlink: never materialised, so nothing can point out of the checkout.
                if entry.filemode() == 0o120000 {
                    continue;
                }
                let blob = repo
                    .find_blob(entry.id())
                    .map_err(|e| fail(&path, message(&e)))?;
                std::fs::write(&path, blob.content()).map_err(|e| fail(&path, e.to_string()))?;
                if entry.filemode() == 0o100755 {
                    use std::os::unix::fs::PermissionsExt;
                    let perms = std::fs::Permissions::from_mode(0o755);
                    std::fs::set_permissions(&path, perms)
                        .map_err(|e| fail(&path, e.to_string()))?;
                }
            }
            // A gitlink: the submodule's commit, written only when submodules are recursed.
            Some(ObjectType::Commit) => {
                if let Some(modules) = modules {
                    modules.write(&rel, entry.id(), &path)?;
                }
            }
            _ => {}
        }
    }
    Ok(())
}

/// Sets libgit2's process-wide network timeouts once (connect 30s, idle server 60s).
fn init_timeouts() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        // SAFETY: called once before any network operation; these only store integers in libgit2's globals.
        unsafe {
            let _ = git2::opts::set_server_connect_timeout_in_milliseconds(30_000);
            let _ = git2::opts::set_server_timeout_in_milliseconds(60_000);
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sparse_cone_keeps_listed_dirs_their_parents_and_root_files() {
        let sparse = vec!["apps/prod".to_string()];
        assert!(in_cone("README.md", false, &sparse));
        assert!(in_cone("apps", true, &sparse));
        assert!(in_cone("apps/prod/a.yaml", false, &sparse));
        assert!(!in_cone("apps/dev", true, &sparse));
        assert!(!in_cone("apps/x.yaml", false, &sparse));
        assert!(in_cone("anything/deep", true, &[]));
    }

    #[test]
    fn ssh_url_parts() {
        let t = ssh_target("ssh://git@127.0.0.1:2222/srv/repo.git").unwrap();
        assert_eq!(
            (t.user.as_str(), t.host.as_str(), t.port),
            ("git", "127.0.0.1", Some(2222))
        );
        let t = ssh_target("ssh://example.com/repo").unwrap();
        assert_eq!((t.user.as_str(), t.port), ("git", None));
    }

    #[test]
    fn masterminds_ranges_are_understood() {
        let req = semver_req(">=1.0.0 <2.0.0").unwrap();
        assert!(req.matches(&semver::Version::new(1, 5, 0)));
        assert!(!req.matches(&semver::Version::new(2, 0, 0)));
        let req = semver_req(">= 1.1").unwrap();
        assert!(req.matches(&semver::Version::new(1, 2, 0)));
    }

    #[test]
    fn highest_matching_tag_is_picked() {
        let refs: BTreeMap<String, String> = [
            ("refs/tags/v1.0.0", "a"),
            ("refs/tags/v1.2.0", "b"),
            ("refs/tags/v2.0.0", "c"),
            ("refs/heads/main", "d"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        assert_eq!(
            pick_semver(&refs, "<2.0.0").unwrap(),
            ("v1.2.0".into(), "b".into())
        );
        assert!(pick_semver(&refs, ">=3").is_err());
    }
}
