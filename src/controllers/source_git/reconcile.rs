//! One GitRepository reconcile: suspended? → finalizer → [`apply`] (resolve the ref with a ref advertisement,
//! fetch only when the revision moved, archive, store, GC) or [`cleanup`] (delete the artifacts and the cache).

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use k8s_openapi::api::core::v1::Secret;
use k8s_openapi::apimachinery::pkg::apis::meta::v1::Time;
use kube::ResourceExt;
use kube::api::Api;
use kube::runtime::controller::Action;
use tracing::{info, warn};

use crate::api::meta::Artifact;
use crate::api::source::{GitProvider, GitRepository, GitRepositoryStatus};
use crate::artifact::{RETENTION_RECORDS, Storage};
use crate::controllers::runtime::Context;
use crate::controllers::source_common::{
    Notice, Success, begin_attempt, finish_source_reconcile, write_progress,
};
use crate::git::{self, Auth, Proxy, Reference, Remote, Resolved, github_app};

use super::error::Error;
use super::status;
use super::verify::Verified;

/// Default of `spec.timeout`.
const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);

fn parse_duration(field: &'static str, value: &str) -> Result<Duration, Error> {
    crate::duration::parse(value).map_err(|source| Error::InvalidDuration {
        field,
        value: value.to_string(),
        source,
    })
}

/// A Secret's `data` and `stringData`, merged (stringData wins, as the API server would apply it).
fn secret_data(secret: Secret) -> BTreeMap<String, Vec<u8>> {
    let mut data: BTreeMap<String, Vec<u8>> = secret
        .data
        .unwrap_or_default()
        .into_iter()
        .map(|(k, v)| (k, v.0))
        .collect();
    for (k, v) in secret.string_data.unwrap_or_default() {
        data.insert(k, v.into_bytes());
    }
    data
}

async fn read_auth(
    obj: &GitRepository,
    ns: &str,
    ctx: &Context,
    timeout: Duration,
) -> Result<Auth, Error> {
    let provider = obj.spec.provider.unwrap_or(GitProvider::Generic);
    if matches!(provider, GitProvider::Aws | GitProvider::Azure) {
        // Workload identity needs the cloud's metadata endpoints, which this build does not talk to.
        return Err(Error::UnsupportedProvider(
            if provider == GitProvider::Aws {
                "aws"
            } else {
                "azure"
            },
        ));
    }
    let Some(secret_ref) = &obj.spec.secret_ref else {
        if provider == GitProvider::Github {
            return Err(Error::GithubAppSecretMissing);
        }
        return Ok(Auth::default());
    };
    let api: Api<Secret> = Api::namespaced(ctx.client.clone(), ns);
    let secret = api
        .get(&secret_ref.name)
        .await
        .map_err(|source| Error::GetSecret {
            namespace: ns.to_string(),
            name: secret_ref.name.clone(),
            source,
        })?;
    let data = secret_data(secret);
    if provider == GitProvider::Github {
        let config = github_app::AppConfig::from_secret_data(&data).map_err(|message| {
            Error::InvalidGithubAppSecret {
                name: secret_ref.name.clone(),
                message,
            }
        })?;
        let token = github_app::installation_token(&config, timeout)
            .await
            .map_err(Error::GithubAppToken)?;
        return Ok(Auth {
            username: Some(github_app::TOKEN_USER.to_string()),
            password: Some(token),
            ca: config.ca_pem,
            ..Auth::default()
        });
    }
    Auth::from_secret_data(&data, &obj.spec.url).map_err(|source| Error::InvalidSecret {
        name: secret_ref.name.clone(),
        source,
    })
}

/// The proxy of `spec.proxySecretRef`, with Flux's messages: `secret '<ns>/<name>' not found`, `secret
/// '<ns>/<name>': key 'address' not found`.
async fn read_proxy(obj: &GitRepository, ns: &str, ctx: &Context) -> Result<Option<Proxy>, Error> {
    let Some(proxy_ref) = &obj.spec.proxy_secret_ref else {
        return Ok(None);
    };
    let key = format!("{ns}/{}", proxy_ref.name);
    let api: Api<Secret> = Api::namespaced(ctx.client.clone(), ns);
    let secret = match api.get_opt(&proxy_ref.name).await {
        Ok(Some(secret)) => secret,
        Ok(None) => return Err(Error::ProxySecretNotFound(key)),
        Err(source) => {
            return Err(Error::GetProxySecret {
                secret: key,
                source,
            });
        }
    };
    Proxy::from_secret_data(&secret_data(secret))
        .map(Some)
        .map_err(|message| Error::InvalidProxySecret {
            secret: key,
            message,
        })
}

/// Whether the stored artifact already reflects `resolved` and the spec it was built from.
fn is_up_to_date(
    obj: &GitRepository,
    st: &GitRepositoryStatus,
    resolved: &Resolved,
    included: &[Artifact],
    storage: &Storage,
) -> bool {
    let Some(artifact) = &st.artifact else {
        return false;
    };
    let same = |a: &Artifact, b: &Artifact| a.revision == b.revision && a.digest == b.digest;
    let old_included = st.included_artifacts.as_deref().unwrap_or_default();
    let includes_unchanged = old_included.len() == included.len()
        && old_included.iter().zip(included).all(|(a, b)| same(a, b));
    includes_unchanged
        && artifact.revision == resolved.revision
        && storage.exists(&artifact.path)
        && st.observed_ignore == obj.spec.ignore
        && st.observed_include == obj.spec.include
        && st.observed_sparse_checkout == obj.spec.sparse_checkout
        && st.observed_recurse_submodules == obj.spec.recurse_submodules
        && st.source_verification_mode.as_deref()
            == obj
                .spec
                .verify
                .as_ref()
                .map(|v| super::verify::mode_name(v.mode))
}

/// What one attempt produced, before the status patch.
enum Outcome {
    /// The stored artifact is still current: no fetch happened.
    UpToDate(Artifact),
    /// A new artifact was stored: the artifact, the commit subject, the included artifacts and the result of
    /// `spec.verify`.
    Stored(Artifact, String, Vec<Artifact>, Option<Verified>),
}

async fn attempt(
    obj: &GitRepository,
    ns: &str,
    name: &str,
    st: &GitRepositoryStatus,
    ctx: &Context,
    wrote_progress: &mut bool,
) -> Result<Outcome, Error> {
    let timeout = match &obj.spec.timeout {
        Some(t) => parse_duration("timeout", t)?,
        None => DEFAULT_TIMEOUT,
    };
    let auth = read_auth(obj, ns, ctx, timeout).await?;
    let proxy = read_proxy(obj, ns, ctx).await?;
    let remote = Remote {
        url: obj.spec.url.clone(),
        auth,
        timeout,
        proxy,
    };
    let reference = Reference::from_spec(obj.spec.reference.as_ref());
    let resolved = {
        let remote = remote.clone();
        tokio::task::spawn_blocking(move || git::resolve(&remote, &reference))
            .await
            .map_err(Error::Task)?
            .map_err(Error::Checkout)?
    };
    let included = super::include::resolve_includes(obj, ns, ctx).await?;
    if is_up_to_date(obj, st, &resolved, &included, &ctx.storage)
        && let Some(artifact) = &st.artifact
    {
        // As source-controller does on every reconcile: the URL follows the current `--storage-adv-addr`, so
        // consumers find the artifact after the address changed.
        let mut artifact = artifact.clone();
        artifact.url = ctx.storage.url(&artifact.path);
        return Ok(Outcome::UpToDate(artifact));
    }
    // Before a fetch that replaces a stored artifact, shows the work in progress as Flux does.
    if st.artifact.is_some() {
        *wrote_progress = write_progress(ctx, obj, st, |p| {
            status::set_outdated(p, obj, &resolved.revision)
        })
        .await;
    }
    let work = tempfile::tempdir().map_err(Error::TempDir)?;
    let cache = ctx.git_cache.join(ns).join(name);
    let summary = {
        let (remote, resolved, cache) = (remote.clone(), resolved.clone(), cache.clone());
        let dest = work.path().to_path_buf();
        let sparse = obj.spec.sparse_checkout.clone().unwrap_or_default();
        let submodules = obj.spec.recurse_submodules == Some(true);
        tokio::task::spawn_blocking(move || -> Result<String, git::Error> {
            if let Some(parent) = cache.parent() {
                let _ = std::fs::create_dir_all(parent);
            }
            git::checkout(&remote, &resolved, &cache, &dest, &sparse, submodules)?;
            Ok(git::commit_summary(&cache, &resolved.commit).unwrap_or_default())
        })
        .await
        .map_err(Error::Task)?
        .map_err(Error::Checkout)?
    };
    let verified = super::verify::verify(
        obj,
        ns,
        ctx,
        &cache,
        &resolved.commit,
        resolved
            .tag_object
            .as_ref()
            .map(|(name, oid)| (name.as_str(), oid.as_str())),
    )
    .await?;
    super::include::copy_includes(obj, &included, ctx, work.path()).await?;
    let object_dir = Storage::object_dir("GitRepository", ns, name);
    let file = format!("{}.tar.gz", resolved.commit);
    let stored = {
        let storage = ctx.storage.clone();
        let src = work.path().to_path_buf();
        let ignore = obj.spec.ignore.clone();
        let od = object_dir.clone();
        tokio::task::spawn_blocking(move || {
            storage.archive_dir(&od, &file, &src, ignore.as_deref())
        })
        .await
        .map_err(Error::Task)??
    };
    if let Err(e) = ctx.storage.gc(&object_dir, &stored.path, RETENTION_RECORDS) {
        warn!(error = %e, "garbage collection of old artifacts failed");
    }
    let artifact = Artifact {
        path: stored.path,
        url: stored.url,
        revision: resolved.revision,
        digest: stored.digest,
        last_update_time: Time(k8s_openapi::jiff::Timestamp::now()),
        size: i64::try_from(stored.size).ok(),
        metadata: None,
    };
    Ok(Outcome::Stored(artifact, summary, included, verified))
}

/// Reconciles a live GitRepository.
pub async fn apply(obj: Arc<GitRepository>, ctx: Arc<Context>) -> Result<Action, Error> {
    let ctx = ctx.as_ref();
    let ns = obj.namespace().ok_or(Error::MissingMetadata("namespace"))?;
    let name = obj.name_any();
    let Some((old, mut st)) = begin_attempt(obj.as_ref()) else {
        // The GitRepository watch wakes us again when `spec.suspend` changes (a generation change).
        return Ok(Action::await_change());
    };
    let mut wrote_progress = false;
    let result = match parse_duration("interval", &obj.spec.interval) {
        Ok(interval) => attempt(&obj, &ns, &name, &old, ctx, &mut wrote_progress)
            .await
            .map(|o| (o, interval)),
        Err(e) => Err(e),
    };
    let result = result.map(|(outcome, interval)| {
        let (artifact, new) = match outcome {
            Outcome::UpToDate(a) => (a, None),
            Outcome::Stored(a, subject, included, verified) => {
                st.included_artifacts = (!included.is_empty()).then_some(included);
                status::set_verified(&mut st, &obj, verified);
                (a, Some(subject))
            }
        };
        let revision = artifact.revision.clone();
        status::set_ready(&mut st, &obj, artifact);
        Success {
            event: new.map(|subject| Notice {
                reason: crate::api::conditions::NEW_ARTIFACT,
                message: format!("stored artifact for commit '{subject}'"),
                revision,
            }),
            requeue: Action::requeue(interval),
        }
    });
    finish_source_reconcile(ctx, obj.as_ref(), &old, st, wrote_progress, result).await
}

/// Deletes the object's artifacts and Git cache; idempotent.
pub async fn cleanup(obj: Arc<GitRepository>, ctx: Arc<Context>) -> Result<Action, Error> {
    let ns = obj.namespace().ok_or(Error::MissingMetadata("namespace"))?;
    let name = obj.name_any();
    ctx.storage
        .remove_object(&Storage::object_dir("GitRepository", &ns, &name))?;
    let cache = ctx.git_cache.join(&ns).join(&name);
    if let Err(e) = std::fs::remove_dir_all(&cache)
        && e.kind() != std::io::ErrorKind::NotFound
    {
        warn!(error = %e, "failed to remove git cache");
    }
    info!("artifacts and cache removed");
    Ok(Action::await_change())
}
