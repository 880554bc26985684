//! One Bucket reconcile: suspended? → finalizer → [`apply`] (check the bucket, read its `.sourceignore`, list
//! the objects into an index; download and archive them only when the index's digest moved; store, GC) or
//! [`cleanup`] (delete the artifacts).
//!
//! A no-op reconcile is a HEAD on the bucket, a GET of `.sourceignore` and the listing pages; no object is
//! downloaded.

use std::sync::Arc;
use std::time::Duration;

use futures::StreamExt;
use k8s_openapi::apimachinery::pkg::apis::meta::v1::Time;
use kube::ResourceExt;
use kube::runtime::controller::Action;
use tracing::{info, warn};

use crate::api::meta::Artifact;
use crate::api::source::{Bucket, BucketProvider, BucketStatus};
use crate::artifact::{RETENTION_RECORDS, Storage};
use crate::controllers::runtime::Context;
use crate::controllers::source_common::{
    Notice, Success, begin_attempt, finish_source_reconcile, ready_summary, write_progress,
};
use crate::controllers::source_helm::client::read_secret;
use crate::oci::http::TlsMaterial;

use super::error::Error;
use super::index::{IGNORE_FILE, Index, Rules};
use super::s3::{self, S3Error};
use super::status;

/// Default of `spec.timeout`.
const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);

/// Objects downloaded at the same time (source-controller bounds its fetches the same way).
const MAX_CONCURRENT_FETCHES: usize = 100;

/// The User-Agent of bucket calls.
const USER_AGENT: &str = concat!("flux/", env!("CARGO_PKG_VERSION"), " (source-controller)");

fn parse_duration(field: &'static str, value: &str) -> Result<Duration, Error> {
    crate::duration::parse(value).map_err(|source| Error::InvalidDuration {
        field,
        value: value.to_string(),
        source,
    })
}

/// The S3 client of the spec: provider checks, the Secrets of `secretRef`, `proxySecretRef` and
/// `certSecretRef`, and `sts`, in source-controller's order and words.
async fn client(
    obj: &Bucket,
    ns: &str,
    ctx: &Context,
    timeout: Duration,
) -> Result<s3::Client, Error> {
    let provider = obj.spec.provider.unwrap_or(BucketProvider::Generic);
    match provider {
        BucketProvider::Gcp => return Err(Error::UnsupportedProvider("gcp")),
        BucketProvider::Azure => return Err(Error::UnsupportedProvider("azure")),
        BucketProvider::Aws if obj.spec.secret_ref.is_none() => {
            return Err(Error::AwsWorkloadIdentity);
        }
        _ => {}
    }
    let secret = match &obj.spec.secret_ref {
        Some(r) => Some((
            r.name.clone(),
            read_secret(&ctx.client, ns, &r.name)
                .await
                .map_err(|source| Error::GetSecret {
                    secret: format!("{ns}/{}", r.name),
                    source,
                })?,
        )),
        None => None,
    };
    let proxy = match &obj.spec.proxy_secret_ref {
        Some(r) => {
            let data = read_secret(&ctx.client, ns, &r.name).await.map_err(|e| {
                Error::Proxy(format!(
                    "secret '{ns}/{}': {}",
                    r.name,
                    crate::cluster::describe(&e)
                ))
            })?;
            let proxy = crate::git::Proxy::from_secret_data(&data)
                .map_err(|m| Error::Proxy(format!("secret '{ns}/{}': {m}", r.name)))?;
            let mut p = reqwest::Proxy::all(proxy.address())
                .map_err(|e| Error::Proxy(format!("secret '{ns}/{}': {e}", r.name)))?;
            if let Some((user, password)) = proxy.credentials() {
                p = p.basic_auth(user, password);
            }
            Some(p)
        }
        None => None,
    };
    let tls = match &obj.spec.cert_secret_ref {
        Some(r) => {
            let data = read_secret(&ctx.client, ns, &r.name).await.map_err(|e| {
                Error::Tls(format!(
                    "secret '{ns}/{}': {}",
                    r.name,
                    crate::cluster::describe(&e)
                ))
            })?;
            TlsMaterial::from_data(&data)
        }
        None => TlsMaterial::default(),
    };
    let credentials = match secret {
        Some((name, data)) => {
            let (Some(key), Some(secret)) = (data.get("accesskey"), data.get("secretkey")) else {
                return Err(Error::InvalidSecret(name));
            };
            let key = String::from_utf8_lossy(key).to_string();
            let secret = String::from_utf8_lossy(secret).to_string();
            // minio-go goes anonymous when either is empty.
            (!key.is_empty() && !secret.is_empty()).then_some((key, secret))
        }
        None => None,
    };
    if let Some(sts) = &obj.spec.sts {
        let compatible = matches!(
            (provider, sts.provider.as_str()),
            (BucketProvider::Generic, "ldap") | (BucketProvider::Aws, "aws")
        );
        if !compatible {
            return Err(Error::StsProvider {
                sts: sts.provider.clone(),
                provider: provider_name(provider).to_string(),
            });
        }
        return Err(Error::StsUnsupported(sts.provider.clone()));
    }
    let http = crate::oci::http::build_http_via(&tls, timeout, USER_AGENT, proxy)
        .map_err(|e| Error::Tls(e.to_string()))?;
    s3::Client::new(s3::Options {
        endpoint: obj.spec.endpoint.clone(),
        insecure: obj.spec.insecure == Some(true),
        bucket: obj.spec.bucket_name.clone(),
        region: obj.spec.region.clone(),
        credentials,
        http,
    })
    .map_err(Error::Client)
}

fn provider_name(p: BucketProvider) -> &'static str {
    match p {
        BucketProvider::Generic => "generic",
        BucketProvider::Aws => "aws",
        BucketProvider::Gcp => "gcp",
        BucketProvider::Azure => "azure",
    }
}

/// The bucket's index (source-controller's `fetchEtagIndex`): the bucket must exist; its `.sourceignore` and
/// `spec.ignore` filter the listing under `spec.prefix`. Returns the ignore file's bytes too: they go into the
/// artifact, as source-controller downloads the file into the directory it archives.
async fn fetch_index(obj: &Bucket, client: &s3::Client) -> Result<(Index, Option<Vec<u8>>), Error> {
    let bucket = obj.spec.bucket_name.clone();
    let exists = client
        .bucket_exists()
        .await
        .map_err(|source| Error::BucketExists {
            bucket: bucket.clone(),
            source,
        })?;
    if !exists {
        return Err(Error::BucketNotFound(bucket));
    }
    let ignore_file = client
        .get(IGNORE_FILE)
        .await
        .map_err(Error::IgnoreFile)?
        .map(|(body, _)| body);
    let rules = Rules::new(
        ignore_file
            .as_deref()
            .map(String::from_utf8_lossy)
            .as_deref(),
        obj.spec.ignore.as_deref(),
    );
    let objects = client
        .list(obj.spec.prefix.as_deref())
        .await
        .map_err(|source| Error::List {
            bucket: bucket.clone(),
            source,
        })?;
    let mut index = Index::default();
    for (key, etag) in objects {
        if !rules.excludes(&key) {
            index.add(key, etag);
        }
    }
    Ok((index, ignore_file))
}

/// Downloads every indexed object into `dir` (source-controller's `fetchIndexFiles`): an object gone since
/// the listing leaves the index, a changed ETag replaces the listed one.
async fn fetch_objects(
    obj: &Bucket,
    client: &s3::Client,
    index: &mut Index,
    dir: &std::path::Path,
) -> Result<(), Error> {
    let bucket = &obj.spec.bucket_name;
    let keys: Vec<(String, String)> = index
        .entries()
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    let fetched: Vec<(String, String, Fetched)> =
        futures::stream::iter(keys.into_iter().map(|(key, etag)| async move {
            let got = client.get(&key).await;
            (key, etag, got)
        }))
        .buffer_unordered(MAX_CONCURRENT_FETCHES)
        .collect()
        .await;
    for (key, listed, got) in fetched {
        let got = got.map_err(|source| Error::Get {
            bucket: bucket.clone(),
            key: key.clone(),
            source,
        })?;
        let Some((body, etag)) = got else {
            info!("indexed object '{key}' disappeared from '{bucket}' bucket");
            index.remove(&key);
            continue;
        };
        let path = crate::artifact::secure_join(dir, &key).map_err(|source| Error::ObjectPath {
            bucket: bucket.clone(),
            key: key.clone(),
            source,
        })?;
        let write = |e| Error::WriteObject {
            bucket: bucket.clone(),
            key: key.clone(),
            source: e,
        };
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(write)?;
        }
        std::fs::write(&path, &body).map_err(write)?;
        if !etag.is_empty() && etag != listed {
            index.add(key, etag);
        }
    }
    Ok(())
}

/// One download: the body and ETag, `None` when the object is gone.
type Fetched = Result<Option<(Vec<u8>, String)>, S3Error>;

/// What one attempt produced, before the status patch.
enum Outcome {
    /// The stored artifact is still current: nothing was downloaded. Carries the number of indexed objects.
    UpToDate(Artifact, usize),
    /// A new artifact was stored, with the URL of its `latest.tar.gz` link and the number of objects.
    Stored(Artifact, Option<String>, usize),
}

async fn attempt(
    obj: &Bucket,
    ns: &str,
    name: &str,
    st: &BucketStatus,
    ctx: &Context,
    wrote_progress: &mut bool,
) -> Result<Outcome, Error> {
    let timeout = match &obj.spec.timeout {
        Some(t) => parse_duration("timeout", t)?,
        None => DEFAULT_TIMEOUT,
    };
    let client = client(obj, ns, ctx, timeout).await?;
    let bucket = obj.spec.bucket_name.clone();
    let (mut index, ignore_file) = tokio::time::timeout(timeout, fetch_index(obj, &client))
        .await
        .map_err(|_| Error::Timeout {
            step: "indexation of objects",
            bucket: bucket.clone(),
        })??;
    let revision = index.digest();
    if let Some(artifact) = &st.artifact
        && artifact.revision == revision
        && ctx.storage.exists(&artifact.path)
    {
        // The URL follows the current `--storage-adv-addr`, as source-controller rewrites it each time.
        let mut artifact = artifact.clone();
        artifact.url = ctx.storage.url(&artifact.path);
        return Ok(Outcome::UpToDate(artifact, index.len()));
    }
    if st.artifact.is_some() {
        *wrote_progress =
            write_progress(ctx, obj, st, |p| status::set_outdated(p, obj, &revision)).await;
    }
    let work = tempfile::tempdir().map_err(Error::TempDir)?;
    if let Some(body) = &ignore_file {
        std::fs::write(work.path().join(IGNORE_FILE), body).map_err(|source| {
            Error::WriteObject {
                bucket: bucket.clone(),
                key: IGNORE_FILE.to_string(),
                source,
            }
        })?;
    }
    tokio::time::timeout(
        timeout,
        fetch_objects(obj, &client, &mut index, work.path()),
    )
    .await
    .map_err(|_| Error::Timeout {
        step: "fetch",
        bucket: bucket.clone(),
    })??;
    let revision = index.digest();
    let hex = revision.trim_start_matches("sha256:").to_string();
    let object_dir = Storage::object_dir("Bucket", ns, name);
    let stored = {
        let storage = ctx.storage.clone();
        let od = object_dir.clone();
        let src = work.path().to_path_buf();
        tokio::task::spawn_blocking(move || {
            storage.archive_dir_all(&od, &format!("{hex}.tar.gz"), &src)
        })
        .await
        .map_err(Error::Task)?
        .map_err(Error::Storage)?
    };
    if let Err(e) = ctx.storage.gc(&object_dir, &stored.path, RETENTION_RECORDS) {
        warn!(error = %e, "garbage collection of old artifacts failed");
    }
    let link = match ctx
        .storage
        .symlink(&object_dir, &stored.path, "latest.tar.gz")
    {
        Ok(u) => Some(u),
        Err(e) => {
            warn!(error = %e, "failed to update status URL symlink");
            None
        }
    };
    let artifact = Artifact {
        path: stored.path,
        url: stored.url,
        revision,
        digest: stored.digest,
        last_update_time: Time(k8s_openapi::jiff::Timestamp::now()),
        size: i64::try_from(stored.size).ok(),
        metadata: None,
    };
    Ok(Outcome::Stored(artifact, link, index.len()))
}

/// Reconciles a live Bucket.
pub async fn apply(obj: Arc<Bucket>, ctx: Arc<Context>) -> Result<Action, Error> {
    let ctx = ctx.as_ref();
    let ns = obj.namespace().ok_or(Error::MissingMetadata("namespace"))?;
    let name = obj.name_any();
    let Some((old, mut st)) = begin_attempt(obj.as_ref()) else {
        // The Bucket watch wakes us again when `spec.suspend` changes (a generation change).
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
        let (artifact, link, files, new) = match outcome {
            Outcome::UpToDate(a, n) => (a, None, n, false),
            Outcome::Stored(a, link, n) => (a, link, n, true),
        };
        let was_ready = ready_summary(old.conditions.as_deref()).is_some_and(|r| r.0 == "True");
        let message = format!(
            "stored artifact with {files} fetched files from '{}' bucket",
            obj.spec.bucket_name
        );
        let reason = if new && old.artifact.as_ref().map(|a| &a.digest) != Some(&artifact.digest) {
            Some(crate::api::conditions::NEW_ARTIFACT)
        } else if !was_ready && old.artifact.is_some() {
            // Recovery from a failure: source-controller says so with a Succeeded event.
            Some(crate::api::conditions::SUCCEEDED)
        } else {
            None
        };
        let revision = artifact.revision.clone();
        status::set_ready(&mut st, &obj, artifact, link);
        Success {
            event: reason.map(|reason| Notice {
                reason,
                message,
                revision,
            }),
            requeue: Action::requeue(interval),
        }
    });
    finish_source_reconcile(ctx, obj.as_ref(), &old, st, wrote_progress, result).await
}

/// Deletes the object's artifacts; idempotent.
pub async fn cleanup(obj: Arc<Bucket>, ctx: Arc<Context>) -> Result<Action, Error> {
    let ns = obj.namespace().ok_or(Error::MissingMetadata("namespace"))?;
    ctx.storage
        .remove_object(&Storage::object_dir("Bucket", &ns, &obj.name_any()))
        .map_err(Error::Storage)?;
    info!("artifacts removed");
    Ok(Action::await_change())
}
