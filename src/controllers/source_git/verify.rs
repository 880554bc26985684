//! GitRepository `spec.verify`: after the checkout and before the artifact is stored, the commit (mode `HEAD`),
//! the annotated tag that selected it (`Tag`), or both (`TagAndHEAD`) must carry a signature by a key of the
//! verification Secret. A failure keeps the last artifact and sets SourceVerified=False with Flux's reasons;
//! a success is recorded as SourceVerified=True and `status.sourceVerificationMode`.

use std::collections::BTreeMap;
use std::path::Path;

use k8s_openapi::api::core::v1::Secret;
use kube::api::Api;

use crate::api::source::{GitRepository, GitVerificationMode};
use crate::controllers::runtime::Context;
use crate::git::verify::{TrustedKeys, verify_commit, verify_tag};

use super::error::Error;

/// Reason of a verification Secret that cannot be read.
pub const VERIFICATION_ERROR: &str = "VerificationError";
/// Reason of a tag mode on a ref that is not a tag.
pub const INVALID_VERIFICATION_MODE: &str = "InvalidVerificationMode";
/// Reason of an unsigned (or lightweight) tag.
pub const INVALID_GIT_OBJECT: &str = "InvalidGitObject";
/// Reason of a tag signature that does not verify.
pub const INVALID_TAG_SIGNATURE: &str = "InvalidTagSignature";
/// Reason of a commit signature that does not verify.
pub const INVALID_COMMIT_SIGNATURE: &str = "InvalidCommitSignature";

/// A passed verification: the mode as the status records it, and the condition message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verified {
    pub mode: String,
    pub message: String,
}

/// The mode as Flux writes it to `status.sourceVerificationMode` (`head` is the legacy spelling of `HEAD`).
pub fn mode_name(mode: Option<GitVerificationMode>) -> &'static str {
    match mode {
        None | Some(GitVerificationMode::Head) | Some(GitVerificationMode::HeadLegacy) => "HEAD",
        Some(GitVerificationMode::Tag) => "Tag",
        Some(GitVerificationMode::TagAndHEAD) => "TagAndHEAD",
    }
}

/// Verifies the checkout in the `cache` repository. `commit` is the checked-out commit and `tag` the annotated
/// tag object that resolved to it, if any. `Ok(None)` when the GitRepository asks for no verification.
pub async fn verify(
    obj: &GitRepository,
    ns: &str,
    ctx: &Context,
    cache: &Path,
    commit: &str,
    tag: Option<(&str, &str)>,
) -> Result<Option<Verified>, Error> {
    let Some(spec) = &obj.spec.verify else {
        return Ok(None);
    };
    let mode = mode_name(spec.mode);
    let keys = trusted_keys(ns, &spec.secret_ref.name, ctx).await?;
    let (cache, commit) = (cache.to_path_buf(), commit.to_string());
    let tag = tag.map(|(name, oid)| (name.to_string(), oid.to_string()));
    tokio::task::spawn_blocking(move || check(&cache, &commit, tag, mode, &keys))
        .await
        .map_err(Error::Task)?
        .map(|message| {
            Some(Verified {
                mode: mode.to_string(),
                message,
            })
        })
}

async fn trusted_keys(ns: &str, name: &str, ctx: &Context) -> Result<TrustedKeys, Error> {
    let api: Api<Secret> = Api::namespaced(ctx.client.clone(), ns);
    let secret = api.get(name).await.map_err(Error::GetVerificationSecret)?;
    let data: BTreeMap<String, Vec<u8>> = secret
        .data
        .unwrap_or_default()
        .into_iter()
        .map(|(k, v)| (k, v.0))
        .collect();
    TrustedKeys::from_secret_data(&data).map_err(Error::InvalidVerificationKeys)
}

/// The verification itself, blocking: the message lists each verified object with its key, as Flux does.
fn check(
    cache: &Path,
    commit: &str,
    tag: Option<(String, String)>,
    mode: &str,
    keys: &TrustedKeys,
) -> Result<String, Error> {
    let repo = git2::Repository::open_bare(cache).map_err(Error::OpenCache)?;
    let mut lines = Vec::new();
    if mode != "HEAD" {
        let Some((name, oid)) = tag else {
            return Err(Error::TagNotSpecified);
        };
        let oid = git2::Oid::from_str(&oid).map_err(Error::InvalidTagObject)?;
        let key = verify_tag(&repo, oid, keys).map_err(|message| {
            if message.contains("not signed") || message.contains("lightweight") {
                Error::UnsignedTag(name.clone())
            } else {
                Error::TagSignature {
                    tag: name.clone(),
                    message,
                }
            }
        })?;
        lines.push(format!("tag '{name}' with key '{key}'"));
    }
    if mode != "Tag" {
        let oid = git2::Oid::from_str(commit).map_err(Error::InvalidCommitObject)?;
        let key = verify_commit(&repo, oid, keys).map_err(|message| Error::CommitSignature {
            commit: commit.to_string(),
            message,
        })?;
        lines.push(format!("commit '{commit}' with key '{key}'"));
    }
    Ok(format!(
        "verified signature of\n\t- {}",
        lines.join("\n\t- ")
    ))
}
