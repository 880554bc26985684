//! A working clone for writing to a repository, as bootstrap does: clone one branch (or start it when the
//! remote does not have it yet), write files, commit only when the tree changed, and push.

use std::path::{Path, PathBuf};
use std::time::Instant;

use git2::{FetchOptions, IndexAddOption, PushOptions, Repository, Signature};

use super::error::{Error, message};
use super::http::Scope;
use super::remote::{Outcome, callbacks, classify};
use super::signing::Signer;
use super::{Remote, Result};

/// Author e-mail of commits made without one.
pub const DEFAULT_EMAIL: &str = "flux@localhost";

/// A local clone of one branch of `remote`.
pub struct Workdir {
    repo: Repository,
    dir: PathBuf,
    remote: Remote,
    branch: String,
}

/// The `origin` remote, or for a remote with a client certificate an anonymous one at the URL of the mutual TLS
/// transport (see `http`), so the configured `origin` keeps the real URL.
fn connect_origin<'r>(
    repo: &'r Repository,
    url: &str,
    scope: &Scope,
) -> std::result::Result<git2::Remote<'r>, git2::Error> {
    if scope.url() == url {
        repo.find_remote("origin")
    } else {
        repo.remote_anonymous(scope.url())
    }
}

impl Workdir {
    /// Clones `branch` of `remote` into `dir` (an empty directory). A branch the remote lacks starts empty.
    pub fn clone_branch(remote: &Remote, branch: &str, dir: &Path) -> Result<Self> {
        let local = |e: git2::Error| Error::Checkout {
            path: dir.display().to_string(),
            message: message(&e),
        };
        let repo = Repository::init(dir).map_err(local)?;
        {
            repo.remote("origin", &remote.url).map_err(local)?;
            let scope = Scope::enter(remote)?;
            let mut origin = connect_origin(&repo, &remote.url, &scope).map_err(local)?;
            let outcome = Outcome::default();
            let deadline = Instant::now() + remote.timeout;
            let mut fo = FetchOptions::new();
            fo.remote_callbacks(callbacks(remote, &outcome, deadline));
            if let Some(proxy) = scope.libgit2_proxy(remote) {
                fo.proxy_options(proxy);
            }
            let refspec = format!("+refs/heads/{branch}:refs/remotes/origin/{branch}");
            origin
                .fetch(&[refspec.as_str()], Some(&mut fo), None)
                .map_err(|e| {
                    classify(remote, &outcome, &e, |m| Error::Fetch {
                        url: remote.url.clone(),
                        message: m,
                    })
                })?;
        }
        let head = format!("refs/heads/{branch}");
        if let Ok(fetched) = repo.find_reference(&format!("refs/remotes/origin/{branch}"))
            && let Some(oid) = fetched.target()
        {
            repo.reference(&head, oid, true, "bootstrap: clone")
                .map_err(local)?;
            repo.set_head(&head).map_err(local)?;
            repo.checkout_head(Some(git2::build::CheckoutBuilder::new().force()))
                .map_err(local)?;
        } else {
            repo.set_head(&head).map_err(local)?;
        }
        Ok(Self {
            repo,
            dir: dir.to_path_buf(),
            remote: remote.clone(),
            branch: branch.to_string(),
        })
    }

    /// The file `rel` of the working tree, if it exists.
    pub fn read(&self, rel: &str) -> Option<String> {
        std::fs::read_to_string(self.dir.join(rel)).ok()
    }

    /// Writes `content` to `rel`, creating its directories.
    pub fn write(&self, rel: &str, content: &str) -> Result<()> {
        let path = self.dir.join(rel);
        let io = |e: std::io::Error| Error::Checkout {
            path: self.dir.join(rel).display().to_string(),
            message: e.to_string(),
        };
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(io)?;
        }
        std::fs::write(path, content).map_err(io)
    }

    /// The commit the branch points at, `None` while it has none.
    pub fn head(&self) -> Option<String> {
        self.repo
            .head()
            .ok()
            .and_then(|h| h.target())
            .map(|o| o.to_string())
    }

    /// Commits every change of the working tree, signed when a `signer` is given; `None` when the tree is the
    /// same as the last commit's.
    pub fn commit(
        &self,
        message_text: &str,
        author: &str,
        email: &str,
        signer: Option<&Signer>,
    ) -> Result<Option<String>> {
        let local = |e: git2::Error| self.local_error(&e);
        let mut index = self.repo.index().map_err(local)?;
        index
            .add_all(["*"].iter(), IndexAddOption::DEFAULT, None)
            .map_err(local)?;
        index.write().map_err(local)?;
        let tree_id = index.write_tree().map_err(local)?;
        let parent = self.repo.head().ok().and_then(|h| h.peel_to_commit().ok());
        if parent.as_ref().is_some_and(|p| p.tree_id() == tree_id) {
            return Ok(None);
        }
        let tree = self.repo.find_tree(tree_id).map_err(local)?;
        // Flux's default author e-mail is empty, which go-git accepts and libgit2 does not.
        let email = if email.is_empty() {
            DEFAULT_EMAIL
        } else {
            email
        };
        let sig = Signature::now(author, email).map_err(local)?;
        let parents: Vec<&git2::Commit> = parent.iter().collect();
        let Some(signer) = signer else {
            let oid = self
                .repo
                .commit(Some("HEAD"), &sig, &sig, message_text, &tree, &parents)
                .map_err(local)?;
            return Ok(Some(oid.to_string()));
        };
        // libgit2 signs nothing itself: build the commit object, sign its bytes, store it with the signature
        // header, and move the branch ourselves.
        let buffer = self
            .repo
            .commit_create_buffer(&sig, &sig, message_text, &tree, &parents)
            .map_err(local)?;
        let buffer = buffer.as_str().map_err(|_| Error::Checkout {
            path: self.dir.display().to_string(),
            message: "the commit is not valid UTF-8".into(),
        })?;
        let signature = signer.sign(buffer).map_err(Error::Signing)?;
        let oid = self
            .repo
            .commit_signed(buffer, &signature, None)
            .map_err(local)?;
        let head = self.repo.find_reference("HEAD").map_err(local)?;
        let branch = head
            .symbolic_target()
            .ok()
            .flatten()
            .map(str::to_string)
            .unwrap_or_else(|| format!("refs/heads/{}", self.branch));
        self.repo
            .reference(&branch, oid, true, message_text)
            .map_err(local)?;
        Ok(Some(oid.to_string()))
    }

    /// Pushes the branch; a rejected update (someone pushed first) is an error naming the branch.
    pub fn push(&self) -> Result<()> {
        let local = |e: git2::Error| self.local_error(&e);
        let scope = Scope::enter(&self.remote)?;
        let mut origin = connect_origin(&self.repo, &self.remote.url, &scope).map_err(local)?;
        let outcome = Outcome::default();
        let deadline = Instant::now() + self.remote.timeout;
        let rejected = std::cell::RefCell::new(None);
        {
            let mut cb = callbacks(&self.remote, &outcome, deadline);
            cb.push_update_reference(|name, status| {
                if let Some(s) = status {
                    *rejected.borrow_mut() = Some(format!("{name}: {s}"));
                }
                Ok(())
            });
            let mut po = PushOptions::new();
            po.remote_callbacks(cb);
            if let Some(proxy) = scope.libgit2_proxy(&self.remote) {
                po.proxy_options(proxy);
            }
            let spec = format!("refs/heads/{0}:refs/heads/{0}", self.branch);
            origin.push(&[spec.as_str()], Some(&mut po)).map_err(|e| {
                classify(&self.remote, &outcome, &e, |m| Error::Push {
                    url: self.remote.url.clone(),
                    message: m,
                })
            })?;
        }
        match rejected.into_inner() {
            Some(why) => Err(Error::Push {
                url: self.remote.url.clone(),
                message: format!("rejected {why}"),
            }),
            None => Ok(()),
        }
    }

    fn local_error(&self, e: &git2::Error) -> Error {
        Error::Checkout {
            path: self.dir.display().to_string(),
            message: message(e),
        }
    }
}
