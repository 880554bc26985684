//! One OCIRepository reconcile: suspended? → finalizer → [`apply`] (resolve the reference to a digest with a
//! tag list and/or a manifest HEAD, pull only when the revision moved, unpack or copy the layer, store, GC) or
//! [`cleanup`] (delete the artifacts).
//!
//! A no-op reconcile of a tag reference is one HEAD request (plus the 401 that asks for credentials, when the
//! registry wants them); a semver reference adds the tag list.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use k8s_openapi::api::core::v1::ServiceAccount;
use k8s_openapi::apimachinery::pkg::apis::meta::v1::Time;
use kube::ResourceExt;
use kube::api::Api;
use kube::runtime::controller::Action;
use tracing::{info, warn};

use crate::api::meta::Artifact;
use crate::api::source::{OCILayerOperation, OCIProvider, OCIRepository, OCIRepositoryStatus};
use crate::artifact::{RETENTION_RECORDS, Storage};
use crate::controllers::runtime::Context;
use crate::controllers::source_common::{
    Notice, Success, begin_attempt, finish_source_reconcile, write_progress,
};
use crate::controllers::source_helm::client::read_secret;
use crate::controllers::source_helm::index::{Constraint, parse_version};
use crate::oci::{self, ArtifactUrl, Credentials, TlsMaterial, artifact};

use super::error::Error;
use super::status;

/// Default of `spec.timeout`.
const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);

fn parse_duration(field: &'static str, value: &str) -> Result<Duration, Error> {
    crate::duration::parse(value).map_err(|source| Error::InvalidDuration {
        field,
        value: value.to_string(),
        source,
    })
}

/// `spec.url` parsed; a tag or digest in it is refused as source-controller refuses it.
pub fn parse_url(url: &str) -> Result<ArtifactUrl, Error> {
    let invalid = |message: String| Error::UrlInvalid {
        url: url.to_string(),
        message,
    };
    let parsed = ArtifactUrl::parse(url).map_err(|e| invalid(e.to_string()))?;
    if let Some(tag) = &parsed.tag {
        return Err(invalid(format!(
            "URL must not contain a tag; remove ':{tag}'"
        )));
    }
    if parsed.digest.is_some() {
        return Err(invalid(
            "URL must be in format 'oci://<domain>/<org>/<repo>'".to_string(),
        ));
    }
    Ok(parsed)
}

/// The registry credentials: `secretRef`, else the pull secrets of `serviceAccountName`.
async fn credentials(
    obj: &OCIRepository,
    ns: &str,
    host: &str,
    ctx: &Context,
) -> Result<Credentials, Error> {
    match obj.spec.provider {
        None | Some(OCIProvider::Generic) => {}
        Some(OCIProvider::Aws) => return Err(Error::UnsupportedProvider("aws")),
        Some(OCIProvider::Azure) => return Err(Error::UnsupportedProvider("azure")),
        Some(OCIProvider::Gcp) => return Err(Error::UnsupportedProvider("gcp")),
    }
    let mut secrets = Vec::new();
    if let Some(r) = &obj.spec.secret_ref {
        secrets.push(r.name.clone());
    }
    if let Some(sa) = &obj.spec.service_account_name {
        let api: Api<ServiceAccount> = Api::namespaced(ctx.client.clone(), ns);
        let account = api
            .get(sa)
            .await
            .map_err(|source| Error::GetServiceAccount {
                account: format!("{ns}/{sa}"),
                source,
            })?;
        secrets.extend(
            account
                .image_pull_secrets
                .unwrap_or_default()
                .into_iter()
                .map(|r| r.name),
        );
    }
    for name in secrets {
        let data = read_secret(&ctx.client, ns, &name)
            .await
            .map_err(|source| Error::GetSecret {
                secret: format!("{ns}/{name}"),
                source,
            })?;
        if let Some(c) = Credentials::from_secret_data(&data, host) {
            return Ok(c);
        }
    }
    Ok(Credentials::Anonymous)
}

/// The TLS material of `certSecretRef`.
async fn tls(obj: &OCIRepository, ns: &str, ctx: &Context) -> Result<TlsMaterial, Error> {
    let Some(r) = &obj.spec.cert_secret_ref else {
        return Ok(TlsMaterial::default());
    };
    let data = read_secret(&ctx.client, ns, &r.name)
        .await
        .map_err(|source| Error::GetSecret {
            secret: format!("{ns}/{}", r.name),
            source,
        })?;
    Ok(TlsMaterial::from_data(&data))
}

/// The highest tag matching `range` (after the optional `filter` regex), as source-controller picks it.
pub fn pick_semver(tags: &[String], range: &str, filter: Option<&str>) -> Result<String, String> {
    let re = match filter.filter(|f| !f.is_empty()) {
        Some(f) => Some(regex::Regex::new(f).map_err(|e| format!("error parsing regexp: {e}"))?),
        None => None,
    };
    let constraint = Constraint::parse(range)
        .map_err(|_| format!("semver '{range}' parse error: improper constraint: {range}"))?;
    tags.iter()
        .filter(|t| re.as_ref().is_none_or(|re| re.is_match(t)))
        .filter_map(|t| parse_version(t).map(|v| (v, t)))
        .filter(|(v, _)| constraint.matches(v))
        .max_by(|a, b| a.0.cmp(&b.0))
        .map(|(_, t)| t.clone())
        .ok_or_else(|| format!("no match found for semver: {range}"))
}

/// The reference the spec asks for, resolved to what the registry serves: `(reference, revision)`, where the
/// revision is `<tag>@sha256:<hex>` (or the digest alone for a digest reference).
async fn resolve(
    obj: &OCIRepository,
    url: &ArtifactUrl,
    client: &oci::Client,
) -> Result<(String, String), Error> {
    let r = obj.spec.reference.clone().unwrap_or_default();
    if let Some(d) = r.digest.filter(|d| !d.is_empty()) {
        return Ok((d.clone(), d));
    }
    let tag = match r.semver.filter(|s| !s.is_empty()) {
        Some(range) => {
            let tag_error = |message: String| Error::Tag {
                url: obj.spec.url.clone(),
                message,
            };
            let tags = client
                .tags(&url.repository)
                .await
                .map_err(|e| tag_error(e.to_string()))?;
            pick_semver(&tags, &range, r.semver_filter.as_deref()).map_err(tag_error)?
        }
        None => r
            .tag
            .filter(|t| !t.is_empty())
            .unwrap_or_else(|| "latest".to_string()),
    };
    let digest = client
        .resolve(&url.repository, &tag)
        .await
        .map_err(|e| Error::Digest(Box::new(e)))?;
    Ok((tag.clone(), format!("{tag}@{digest}")))
}

/// The digest part of a revision.
fn digest_of(revision: &str) -> &str {
    revision.rsplit_once('@').map_or(revision, |(_, d)| d)
}

/// Whether the stored artifact already reflects `revision` and the spec it was built from.
fn is_up_to_date(
    obj: &OCIRepository,
    st: &OCIRepositoryStatus,
    revision: &str,
    storage: &Storage,
) -> bool {
    st.artifact.as_ref().is_some_and(|a| {
        a.revision == revision
            && storage.exists(&a.path)
            && st.observed_ignore == obj.spec.ignore
            && st.observed_layer_selector == obj.spec.layer_selector
    })
}

/// What one attempt produced, before the status patch.
enum Outcome {
    /// The stored artifact is still current: nothing was pulled.
    UpToDate(Artifact),
    /// A new artifact was stored, with the URL of its `latest.tar.gz` link.
    Stored(Artifact, Option<String>),
}

async fn attempt(
    obj: &OCIRepository,
    ns: &str,
    name: &str,
    st: &OCIRepositoryStatus,
    ctx: &Context,
    wrote_progress: &mut bool,
) -> Result<Outcome, Error> {
    let timeout = match &obj.spec.timeout {
        Some(t) => parse_duration("timeout", t)?,
        None => DEFAULT_TIMEOUT,
    };
    let url = parse_url(&obj.spec.url)?;
    let credentials = credentials(obj, ns, &url.host, ctx).await?;
    let tls = tls(obj, ns, ctx).await?;
    let client = oci::Client::new(oci::client::Options {
        host: url.host.clone(),
        insecure: obj.spec.insecure == Some(true),
        credentials,
        tls,
        timeout,
        user_agent: concat!("flux/", env!("CARGO_PKG_VERSION"), " (source-controller)").into(),
        plain_http_for_local: false,
    })
    .map_err(|source| Error::Transport {
        url: obj.spec.url.clone(),
        source: Box::new(source),
    })?;
    let work = async {
        let (reference, revision) = resolve(obj, &url, &client).await?;
        if is_up_to_date(obj, st, &revision, &ctx.storage)
            && let Some(artifact) = &st.artifact
        {
            // The URL follows the current `--storage-adv-addr`, as source-controller rewrites it each time.
            let mut artifact = artifact.clone();
            artifact.url = ctx.storage.url(&artifact.path);
            return Ok(Outcome::UpToDate(artifact));
        }
        let shown = format!("{}:{reference}", url.repository_name());
        // Before a pull that replaces a stored artifact, shows the work in progress as source-controller
        // does.
        if st.artifact.is_some() {
            *wrote_progress = write_progress(ctx, obj, st, |p| {
                status::set_outdated(p, obj, &revision, &shown)
            })
            .await;
        }
        store(obj, ns, name, &url, &client, &revision, ctx).await
    };
    match tokio::time::timeout(timeout, work).await {
        Ok(r) => r,
        Err(_) => Err(Error::Pull {
            url: obj.spec.url.clone(),
            source: Box::new(oci::Error::Transfer {
                method: "Get".into(),
                url: obj.spec.url.clone(),
                message: format!("context deadline exceeded after {timeout:?}"),
            }),
        }),
    }
}

/// Pulls the artifact of `revision` and stores it: the layer unpacked and re-archived (with `spec.ignore`),
/// or copied as it is.
async fn store(
    obj: &OCIRepository,
    ns: &str,
    name: &str,
    url: &ArtifactUrl,
    client: &oci::Client,
    revision: &str,
    ctx: &Context,
) -> Result<Outcome, Error> {
    let digest = digest_of(revision);
    let manifest = client
        .manifest(&url.repository, digest)
        .await
        .map_err(|source| Error::Pull {
            url: obj.spec.url.clone(),
            source: Box::new(source),
        })?;
    let selector = obj.spec.layer_selector.clone().unwrap_or_default();
    let layer = artifact::select_layer(&manifest.json, selector.media_type.as_deref())
        .map_err(|e| Error::Layer(Box::new(e)))?;
    let layer_digest = layer
        .get("digest")
        .and_then(serde_json::Value::as_str)
        .unwrap_or_default()
        .to_string();
    let bytes = client
        .blob(&url.repository, &layer_digest, None)
        .await
        .map_err(|e| Error::FetchLayer(Box::new(e)))?;
    let metadata: BTreeMap<String, String> =
        artifact::Metadata::from_manifest(&manifest.json).annotations;
    let hex = digest.trim_start_matches("sha256:").to_string();
    let object_dir = Storage::object_dir("OCIRepository", ns, name);
    let storage = ctx.storage.clone();
    let ignore = obj.spec.ignore.clone();
    let copy = selector.operation == Some(OCILayerOperation::Copy);
    let od = object_dir.clone();
    let stored = tokio::task::spawn_blocking(move || -> Result<_, Error> {
        if copy {
            return storage
                .store_bytes(&od, &format!("{hex}.tgz"), &bytes)
                .map_err(Error::Storage);
        }
        let work = tempfile::tempdir().map_err(Error::TempDir)?;
        artifact::extract(&bytes, work.path()).map_err(|e| Error::Layer(Box::new(e)))?;
        storage
            .archive_dir(
                &od,
                &format!("{hex}.tar.gz"),
                work.path(),
                ignore.as_deref(),
            )
            .map_err(Error::Storage)
    })
    .await
    .map_err(Error::Task)??;
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
        revision: revision.to_string(),
        digest: stored.digest,
        last_update_time: Time(k8s_openapi::jiff::Timestamp::now()),
        size: i64::try_from(stored.size).ok(),
        metadata: (!metadata.is_empty()).then_some(metadata),
    };
    Ok(Outcome::Stored(artifact, link))
}

/// The `NewArtifact` event's message, with the origin when the artifact names one.
fn new_artifact_message(obj: &OCIRepository, artifact: &Artifact) -> String {
    let mut msg = format!(
        "stored artifact with revision '{}' from '{}'",
        artifact.revision, obj.spec.url
    );
    if let Some(m) = &artifact.metadata {
        let get = |k: &str| m.get(k).filter(|v| !v.is_empty());
        if let (Some(source), Some(revision)) = (
            get(artifact::SOURCE_ANNOTATION),
            get(artifact::REVISION_ANNOTATION),
        ) {
            msg = format!("{msg}, origin source '{source}', origin revision '{revision}'");
        }
    }
    msg
}

/// Reconciles a live OCIRepository.
pub async fn apply(obj: Arc<OCIRepository>, ctx: Arc<Context>) -> Result<Action, Error> {
    let ctx = ctx.as_ref();
    let ns = obj.namespace().ok_or(Error::MissingMetadata("namespace"))?;
    let name = obj.name_any();
    let Some((old, mut st)) = begin_attempt(obj.as_ref()) else {
        // The OCIRepository watch wakes us again when `spec.suspend` changes (a generation change).
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
        let (artifact, link, new) = match outcome {
            Outcome::UpToDate(a) => (a, None, false),
            Outcome::Stored(a, link) => (a, link, true),
        };
        let event = new.then(|| Notice {
            reason: crate::api::conditions::NEW_ARTIFACT,
            message: new_artifact_message(&obj, &artifact),
            revision: artifact.revision.clone(),
        });
        status::set_ready(&mut st, &obj, artifact, link);
        Success {
            event,
            requeue: Action::requeue(interval),
        }
    });
    finish_source_reconcile(ctx, obj.as_ref(), &old, st, wrote_progress, result).await
}

/// Deletes the object's artifacts; idempotent.
pub async fn cleanup(obj: Arc<OCIRepository>, ctx: Arc<Context>) -> Result<Action, Error> {
    let ns = obj.namespace().ok_or(Error::MissingMetadata("namespace"))?;
    let name = obj.name_any();
    ctx.storage
        .remove_object(&Storage::object_dir("OCIRepository", &ns, &name))
        .map_err(Error::Storage)?;
    info!("artifacts removed");
    Ok(Action::await_change())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(t: &[&str]) -> Vec<String> {
        t.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn the_highest_matching_tag_wins() {
        let t = tags(&["1.0.0", "v1.2.0", "1.10.0", "2.0.0", "latest"]);
        assert_eq!(pick_semver(&t, ">=1.0.0 <2.0.0", None).unwrap(), "1.10.0");
        assert_eq!(
            pick_semver(&t, ">=3.0.0", None).unwrap_err(),
            "no match found for semver: >=3.0.0"
        );
    }

    #[test]
    fn the_semver_filter_runs_before_ordering() {
        let t = tags(&["1.0.0-rc.1", "1.0.0-rc.2", "1.0.0", "0.9.0"]);
        assert_eq!(pick_semver(&t, ">=1.0.0-rc.1", None).unwrap(), "1.0.0");
        assert_eq!(
            pick_semver(&t, ">=1.0.0-rc.1", Some(".*-rc.*")).unwrap(),
            "1.0.0-rc.2"
        );
    }

    #[test]
    fn tags_and_digests_in_the_url_are_refused() {
        assert_eq!(
            parse_url("oci://r:5000/app:v1").unwrap_err().message(),
            "URL validation failed for 'oci://r:5000/app:v1': URL must not contain a tag; remove ':v1'"
        );
        assert!(parse_url("oci://r:5000/org/app").is_ok());
        assert!(parse_url("https://r/app").is_err());
    }
}
