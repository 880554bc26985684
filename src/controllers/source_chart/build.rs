//! The two chart builds of source-controller: from a HelmRepository (pick the version in the stored index,
//! download the chart with the repository's credentials, repackage only when values files or version metadata
//! change it) and from a source tarball (GitRepository, Bucket: package the chart directory with its values
//! files merged and its `file://` dependencies vendored). Both reuse the stored chart when its name and version
//! are what the build would produce and the spec did not change.

use std::path::{Component, Path};
use std::time::Duration;

use sha2::Digest as _;

use crate::api::meta::Artifact;
use crate::api::source::{HelmChart, HelmRepository, HelmRepositoryType, ReconcileStrategy};
use crate::controllers::runtime::Context;
use crate::controllers::source_helm::client::{self, MAX_CHART_SIZE, RepoClient};
use crate::controllers::source_helm::index::{Constraint, Index, parse_version};
use crate::controllers::source_helm::oci::Registry;

use super::error::{BuildReason, Error, is_auth_failure};
use super::package::{self, Files, Metadata};

/// The parsed indexes of recent HelmRepository artifacts, so the charts of one repository do not each read and
/// parse its index (source-controller keeps such a cache too, `--helm-cache-max-size`). Keyed by artifact path
/// and digest: a new index is a new entry, and a stored file is verified once, when it is first parsed.
mod index_cache {
    use std::collections::VecDeque;
    use std::sync::{Arc, Mutex, OnceLock};

    use crate::controllers::source_helm::index::Index;

    /// Indexes kept; the oldest goes first.
    const CAPACITY: usize = 8;

    type Entries = VecDeque<(String, String, Arc<Index>)>;

    fn entries() -> &'static Mutex<Entries> {
        static CACHE: OnceLock<Mutex<Entries>> = OnceLock::new();
        CACHE.get_or_init(|| Mutex::new(VecDeque::new()))
    }

    /// The parsed index of artifact `path` with `digest`, if cached.
    pub fn get(path: &str, digest: &str) -> Option<Arc<Index>> {
        let cache = entries().lock().unwrap_or_else(|p| p.into_inner());
        cache
            .iter()
            .find(|(p, d, _)| p == path && d == digest)
            .map(|(_, _, i)| i.clone())
    }

    /// Caches `index` as the parsed artifact `path` with `digest` and returns it.
    pub fn put(path: &str, digest: &str, index: Index) -> Arc<Index> {
        let index = Arc::new(index);
        let mut cache = entries().lock().unwrap_or_else(|p| p.into_inner());
        cache.retain(|(p, _, _)| p != path);
        if cache.len() >= CAPACITY {
            cache.pop_front();
        }
        cache.push_back((path.to_string(), digest.to_string(), index.clone()));
        index
    }
}

/// Download limit of a source artifact unpacked to build a chart.
const SOURCE_TIMEOUT: Duration = Duration::from_secs(60);

/// What a build produced (source-controller's `chart.Build`).
#[derive(Debug, Clone, PartialEq)]
pub struct Build {
    /// Chart name.
    pub name: String,
    /// Chart version, with build metadata when Flux adds it (`6.0.0+3`, `1.0.0+4e5cbb7b97d0`).
    pub version: String,
    /// The packaged chart; `None` when the stored artifact already is this build.
    pub data: Option<Vec<u8>>,
    /// The values files merged in.
    pub values_files: Vec<String>,
    /// Whether the chart was packaged here (else pulled as it was).
    pub packaged: bool,
    /// How many `file://` dependencies were vendored.
    pub dependencies: usize,
}

impl Build {
    /// Flux's summary of a build: `pulled 'podinfo' chart with version '6.0.0'`, plus the merged values files.
    pub fn summary(&self) -> String {
        let action = if self.packaged { "packaged" } else { "pulled" };
        summary(action, &self.name, &self.version, &self.values_files)
    }

    /// The condition and event reason of a successful build.
    pub fn reason(&self) -> &'static str {
        if self.packaged {
            crate::api::conditions::CHART_PACKAGE_SUCCEEDED
        } else {
            crate::api::conditions::CHART_PULL_SUCCEEDED
        }
    }
}

/// `<action> '<name>' chart with version '<version>'[ and merged values files [a b]]`.
pub fn summary(action: &str, name: &str, version: &str, values_files: &[String]) -> String {
    let mut s = format!("{action} '{name}' chart with version '{version}'");
    if !values_files.is_empty() {
        s.push_str(&format!(
            " and merged values files [{}]",
            values_files.join(" ")
        ));
    }
    s
}

/// The stored chart of the object, for reuse.
#[derive(Debug, Clone, Default)]
pub struct Cached {
    /// `Chart.yaml` of the stored chart, when it is in storage.
    pub metadata: Option<Metadata>,
    /// `status.observedValuesFiles`.
    pub observed_values_files: Option<Vec<String>>,
    /// The generation changed since the last build: build again even if name and version match.
    pub force: bool,
}

impl Cached {
    /// The stored chart as this build's result, when it has the same name and version.
    fn reuse(
        &self,
        name: &str,
        version: &str,
        values_files: &[String],
        packaged: bool,
    ) -> Option<Build> {
        let meta = self.metadata.as_ref()?;
        (!self.force && meta.name == name && meta.version == version).then(|| Build {
            name: name.to_string(),
            version: version.to_string(),
            data: None,
            values_files: self
                .observed_values_files
                .clone()
                .unwrap_or_else(|| values_files.to_vec()),
            packaged,
            dependencies: 0,
        })
    }
}

/// `version` with SemVer build metadata `meta` (Masterminds' `SetMetadata`: the version is normalised).
fn with_metadata(version: &str, meta: &str) -> Result<String, Error> {
    if meta.is_empty() {
        return Ok(version.to_string());
    }
    let mut v = parse_version(version).ok_or_else(|| {
        Error::build(
            BuildReason::MetadataPatch,
            format!("failed to parse version from chart metadata as SemVer: Invalid Semantic Version '{version}'"),
        )
    })?;
    v.build = semver::BuildMetadata::new(meta).map_err(|e| {
        Error::build(
            BuildReason::MetadataPatch,
            format!("failed to set SemVer metadata on chart version: {e}"),
        )
    })?;
    Ok(v.to_string())
}

/// A path as Go's `filepath.Clean` leaves it (`./a/../b.yaml` → `b.yaml`).
fn clean(p: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for c in Path::new(p).components() {
        match c {
            Component::Normal(s) => parts.push(s.to_str().unwrap_or_default()),
            Component::ParentDir if parts.pop().is_none() => parts.push(".."),
            _ => {}
        }
    }
    parts.join("/")
}

/// Merges the values files named in `paths` as read by `read` (`None`: missing), in order, starting from an
/// empty map; returns the merged values and the files merged.
fn merge_values(
    paths: &[String],
    ignore_missing: bool,
    mut read: impl FnMut(&str) -> Result<Option<Vec<u8>>, Error>,
    missing: impl Fn(&str) -> String,
) -> Result<(serde_json::Map<String, serde_json::Value>, Vec<String>), Error> {
    let mut merged = serde_json::Map::new();
    let mut used = Vec::new();
    for p in paths {
        let Some(data) = read(p)? else {
            if ignore_missing {
                continue;
            }
            return Err(Error::build(BuildReason::ValuesFiles, missing(p)));
        };
        let values = package::parse_values(p, &data)
            .map_err(|e| Error::caused(BuildReason::ValuesFiles, "", e))?;
        package::merge_maps(&mut merged, values);
        used.push(p.clone());
    }
    Ok((merged, used))
}

/// Builds the chart of `obj` from the HTTP HelmRepository `repo`, whose index is the stored artifact `index`
/// (`None` for an OCI repository).
pub async fn from_repository(
    ctx: &Context,
    obj: &HelmChart,
    repo: &HelmRepository,
    index: Option<&Artifact>,
    cached: &Cached,
) -> Result<Build, Error> {
    let ns = obj.metadata.namespace.clone().unwrap_or_default();
    let index = match index {
        Some(index) if repo.spec.repository_type != Some(HelmRepositoryType::Oci) => index,
        _ => return from_registry(ctx, obj, repo, cached).await,
    };
    client::normalize_url(&repo.spec.url).map_err(Error::UrlInvalid)?;
    let http = RepoClient::for_repository(&ctx.client, repo, &ns)
        .await
        .map_err(Error::Client)?;
    let pull = |m: String| Error::build(BuildReason::ChartPull, m);
    let parsed = match index_cache::get(&index.path, &index.digest) {
        Some(parsed) => parsed,
        None => {
            let bytes = ctx.storage.read(&index.path).map_err(|e| {
                pull(format!(
                    "failed to get chart version for remote reference: failed to load index: {e}"
                ))
            })?;
            let computed = format!("sha256:{}", hex::encode(sha2::Sha256::digest(&bytes)));
            if computed != index.digest {
                return Err(pull(format!(
                    "failed to get chart version for remote reference: index artifact digest {computed} doesn't match advertised digest {}",
                    index.digest
                )));
            }
            let parsed = tokio::task::spawn_blocking(move || Index::parse(&bytes))
                .await
                .map_err(Error::Task)?
                .map_err(|e| {
                    pull(format!(
                        "failed to get chart version for remote reference: failed to load index: {e}"
                    ))
                })?;
            index_cache::put(&index.path, &index.digest, parsed)
        }
    };
    let range = obj.spec.version.clone().unwrap_or_default();
    let cv = parsed.find(&obj.spec.chart, &range).map_err(|e| {
        Error::build(
            BuildReason::ChartReference,
            format!("failed to get chart version for remote reference: {e}"),
        )
    })?;
    drop(parsed);
    let all_files = obj.spec.values_files.clone().unwrap_or_default();
    let values_files = package::effective_values_files(&all_files).to_vec();
    let meta = if values_files.is_empty() {
        String::new()
    } else {
        obj.metadata.generation.unwrap_or_default().to_string()
    };
    let version = with_metadata(&cv.version, &meta)?;
    let requires_packaging = !values_files.is_empty() || !meta.is_empty();
    if let Some(build) = cached.reuse(&cv.name, &version, &values_files, requires_packaging) {
        return Ok(build);
    }
    let Some(reference) = cv.urls.first() else {
        return Err(pull(format!(
            "failed to download chart for remote reference: chart '{}' has no downloadable URLs",
            cv.name
        )));
    };
    let url = http.resolve(reference).map_err(|e| {
        pull(format!(
            "failed to download chart for remote reference: {e}"
        ))
    })?;
    let data = match http.get(&url, MAX_CHART_SIZE, "chart").await {
        Ok(data) => data,
        Err(e) => {
            let err = pull(format!(
                "failed to download chart for remote reference: {e}"
            ));
            let text = err.message();
            if is_auth_failure(&text) {
                return Err(Error::Authentication(text));
            }
            return Err(err);
        }
    };
    finish_pull(obj, cv.name, version, data, all_files, requires_packaging).await
}

/// The end of a pull (HTTP or OCI): the downloaded chart as it is, or repackaged with the values files merged
/// and the version set when the build requires it.
async fn finish_pull(
    obj: &HelmChart,
    name: String,
    version: String,
    data: Vec<u8>,
    all_files: Vec<String>,
    requires_packaging: bool,
) -> Result<Build, Error> {
    if !requires_packaging {
        package::archive_metadata(&data).map_err(|e| {
            Error::build(
                BuildReason::ChartPull,
                format!("failed to load chart metadata from written chart: {e}"),
            )
        })?;
        return Ok(Build {
            name,
            version,
            data: Some(data),
            values_files: Vec::new(),
            packaged: false,
            dependencies: 0,
        });
    }
    let ignore_missing = obj.spec.ignore_missing_values_files == Some(true);
    tokio::task::spawn_blocking(move || -> Result<Build, Error> {
        let mut files = package::read_archive(&data).map_err(|e| {
            Error::build(
                BuildReason::ChartPackage,
                format!("failed to load downloaded chart: {e}"),
            )
        })?;
        let (merged, used) = merge_values(
            &all_files,
            ignore_missing,
            |p| Ok(files.get(&clean(p)).cloned()),
            |p| format!("failed to merge chart values: no values file found at path '{p}'"),
        )?;
        package::patch_chart(&mut files, &version, Some(merged))
            .map_err(|e| Error::caused(BuildReason::ValuesFiles, "", e))?;
        let data = package::write_archive(&name, &files)
            .map_err(|e| Error::caused(BuildReason::ChartPackage, "", e))?;
        Ok(Build {
            name,
            version,
            data: Some(data),
            values_files: used,
            packaged: true,
            dependencies: 0,
        })
    })
    .await
    .map_err(Error::Task)?
}

/// The tag of `chart` for `range` in a registry, as Flux's OCI chart repository picks it: a range that parses
/// as a version is used as the tag without listing; otherwise the exact tag, else the highest match.
pub(super) async fn registry_version(
    registry: &Registry,
    chart: &str,
    range: &str,
) -> Result<String, Error> {
    let pull = |m: String| {
        Error::build(
            BuildReason::ChartPull,
            format!("failed to get chart version for remote reference: {m}"),
        )
    };
    if parse_version(range).is_some() {
        return Ok(range.to_string());
    }
    let tags = registry.tags(chart).await.map_err(|e| {
        pull(format!(
            "could not get tags for \"{chart}\": could not fetch tags for \"{}\": {e}",
            registry.reference(chart, "").trim_end_matches(':')
        ))
    })?;
    if tags.is_empty() {
        return Err(pull(format!(
            "unable to locate any tags in provided repository: {chart}"
        )));
    }
    if !range.is_empty()
        && let Some(t) = tags.iter().find(|t| *t == range)
    {
        return Ok(t.clone());
    }
    let constraint =
        Constraint::parse(if range.is_empty() { "*" } else { range }).map_err(|e| {
            Error::caused(
                BuildReason::ChartPull,
                "failed to get chart version for remote reference",
                e,
            )
        })?;
    tags.iter()
        .filter_map(|t| parse_version(t).map(|v| (v, t)))
        .filter(|(v, _)| constraint.matches(v))
        .max_by(|a, b| a.0.cmp(&b.0))
        .map(|(_, t)| t.clone())
        .ok_or_else(|| {
            pull(format!(
                "could not locate a version matching provided version string {range}"
            ))
        })
}

/// Builds the chart of `obj` from the OCI HelmRepository `repo`: the tag for `spec.version`, then the chart
/// layer of its manifest.
async fn from_registry(
    ctx: &Context,
    obj: &HelmChart,
    repo: &HelmRepository,
    cached: &Cached,
) -> Result<Build, Error> {
    let ns = obj.metadata.namespace.clone().unwrap_or_default();
    if !client::is_oci(&repo.spec.url) {
        return Err(Error::Client(client::ConfigError::Build(format!(
            "invalid OCI registry URL: {}",
            repo.spec.url
        ))));
    }
    let registry = Registry::for_repository(&ctx.client, repo, &ns)
        .await
        .map_err(Error::Client)?;
    let chart = obj.spec.chart.clone();
    let range = obj.spec.version.clone().unwrap_or_default();
    let tag = registry_version(&registry, &chart, &range).await?;
    let all_files = obj.spec.values_files.clone().unwrap_or_default();
    let values_files = package::effective_values_files(&all_files).to_vec();
    let meta = if values_files.is_empty() {
        String::new()
    } else {
        obj.metadata.generation.unwrap_or_default().to_string()
    };
    let version = with_metadata(&tag, &meta)?;
    let requires_packaging = !values_files.is_empty() || !meta.is_empty();
    if let Some(build) = cached.reuse(&chart, &version, &values_files, requires_packaging) {
        return Ok(build);
    }
    let data = match registry.pull(&chart, &tag).await {
        Ok(data) => data,
        Err(e) => {
            let err = Error::build(
                BuildReason::ChartPull,
                format!(
                    "failed to download chart for remote reference: failed to get '{}': {e}",
                    registry.reference(&chart, &tag)
                ),
            );
            let text = err.message();
            if is_auth_failure(&text) {
                return Err(Error::Authentication(text));
            }
            return Err(err);
        }
    };
    finish_pull(obj, chart, version, data, all_files, requires_packaging).await
}

/// The part of a source revision Flux puts into the chart version with `reconcileStrategy: Revision`: the
/// first 12 hex characters of the commit (GitRepository) or of the digest (Bucket).
fn revision_metadata(kind: &str, revision: &str) -> String {
    let hex_part = if kind == "GitRepository" {
        revision.rsplit([':', '/']).next().unwrap_or(revision)
    } else {
        revision.rsplit(':').next().unwrap_or(revision)
    };
    hex_part.chars().take(12).collect()
}

/// Builds the chart of `obj` at `spec.chart` inside the tarball artifact `source` of a GitRepository or Bucket.
pub async fn from_tarball(
    ctx: &Context,
    obj: &HelmChart,
    source: &Artifact,
    cached: &Cached,
) -> Result<Build, Error> {
    let work = tempfile::tempdir().map_err(Error::TempDir)?;
    crate::artifact::fetch::fetch_and_unpack(&ctx.storage, source, work.path(), SOURCE_TIMEOUT)
        .await
        .map_err(Error::SourceArtifact)?;
    let fetched = super::dependencies::fetch_remote(ctx, obj, work.path()).await?;
    let obj = obj.clone();
    let source = source.clone();
    let cached = cached.clone();
    let mut build =
        tokio::task::spawn_blocking(move || build_local(&obj, &source, &cached, work.path()))
            .await
            .map_err(Error::Task)??;
    if build.data.is_some() {
        build.dependencies += fetched;
    }
    Ok(build)
}

fn build_local(
    obj: &HelmChart,
    source: &Artifact,
    cached: &Cached,
    root: &Path,
) -> Result<Build, Error> {
    let reference = |m: String| Error::build(BuildReason::ChartReference, m);
    let chart_path = crate::artifact::secure_join(root, &obj.spec.chart)
        .map_err(|e| reference(format!("path '{}' is invalid: {e}", obj.spec.chart)))?;
    let is_dir = chart_path.is_dir();
    let meta = if is_dir {
        let data = std::fs::read(chart_path.join("Chart.yaml")).map_err(|_| {
            reference(format!(
                "failed to load chart metadata: '{}': Chart.yaml file is missing",
                obj.spec.chart
            ))
        })?;
        package::parse_metadata(&data)
            .map_err(|e| Error::caused(BuildReason::ChartReference, "", e))?
            .0
    } else if chart_path.is_file() {
        let data = std::fs::read(&chart_path)
            .map_err(|e| Error::caused(BuildReason::ChartReference, "", e))?;
        package::archive_metadata(&data)
            .map_err(|e| Error::caused(BuildReason::ChartReference, "", e))?
    } else {
        return Err(reference(format!(
            "stat {}: no such file or directory",
            obj.spec.chart
        )));
    };
    let all_files = obj.spec.values_files.clone().unwrap_or_default();
    let values_files = package::effective_values_files(&all_files).to_vec();
    let kind = obj.spec.source_ref.kind.as_str();
    let mut version_meta = String::new();
    if obj.spec.reconcile_strategy == Some(ReconcileStrategy::Revision) {
        version_meta = revision_metadata(kind, &source.revision);
    }
    if !values_files.is_empty() {
        if !version_meta.is_empty() {
            version_meta.push('.');
        }
        version_meta.push_str(&obj.metadata.generation.unwrap_or_default().to_string());
    }
    let version = with_metadata(&meta.version, &version_meta)?;
    let requires_packaging = is_dir || !version_meta.is_empty() || !values_files.is_empty();
    if let Some(build) = cached.reuse(&meta.name, &version, &values_files, requires_packaging) {
        return Ok(build);
    }
    if !requires_packaging {
        let data = std::fs::read(&chart_path).map_err(|e| {
            Error::build(
                BuildReason::ChartPull,
                format!("failed to open file to copy from: {e}"),
            )
        })?;
        return Ok(Build {
            name: meta.name,
            version,
            data: Some(data),
            values_files: Vec::new(),
            packaged: false,
            dependencies: 0,
        });
    }
    let ignore_missing = obj.spec.ignore_missing_values_files == Some(true);
    let (merged, used) = if values_files.is_empty() {
        (None, Vec::new())
    } else {
        let (m, u) = merge_values(
            &all_files,
            ignore_missing,
            |p| {
                let path = crate::artifact::secure_join(root, p)
                    .map_err(|e| Error::caused(BuildReason::ValuesFiles, "", e))?;
                if !path.is_file() {
                    return Ok(None);
                }
                std::fs::read(&path).map(Some).map_err(|e| {
                    Error::build(
                        BuildReason::ValuesFiles,
                        format!("could not read values from file '{p}': {e}"),
                    )
                })
            },
            |p| {
                format!(
                    "no values file found at path '/{}' (reference '{p}')",
                    clean(p)
                )
            },
        )?;
        (Some(m), u)
    };
    let package_err = |e: package::PackageError| Error::caused(BuildReason::ChartPackage, "", e);
    let mut files: Files = if is_dir {
        package::read_dir(&chart_path).map_err(package_err)?
    } else {
        let data = std::fs::read(&chart_path)
            .map_err(|e| Error::caused(BuildReason::ChartPackage, "", e))?;
        package::read_archive(&data).map_err(package_err)?
    };
    package::patch_chart(&mut files, &version, merged)
        .map_err(|e| Error::caused(BuildReason::ValuesFiles, "", e))?;
    let dependencies = if is_dir {
        package::resolve_dependencies(&mut files, &chart_path, root)
            .map_err(|e| Error::caused(BuildReason::DependencyBuild, "", e))?
    } else {
        0
    };
    let data = package::write_archive(&meta.name, &files).map_err(package_err)?;
    Ok(Build {
        name: meta.name,
        version,
        data: Some(data),
        values_files: used,
        packaged: true,
        dependencies,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn git_revisions_shorten_to_twelve_hex_characters() {
        assert_eq!(
            revision_metadata(
                "GitRepository",
                "main@sha1:4e5cbb7b97d00a8bc8b2d1e1c0f4e1a2b3c4d5e6"
            ),
            "4e5cbb7b97d0"
        );
        assert_eq!(
            revision_metadata("GitRepository", "main/4e5cbb7b97d00a8b"),
            "4e5cbb7b97d0"
        );
        assert_eq!(
            revision_metadata("Bucket", "sha256:abcdef0123456789ff"),
            "abcdef012345"
        );
    }

    #[test]
    fn version_metadata_follows_masterminds() {
        assert_eq!(with_metadata("6.0.0", "3").unwrap(), "6.0.0+3");
        assert_eq!(with_metadata("v6.0", "abc.2").unwrap(), "6.0.0+abc.2");
        assert_eq!(with_metadata("6.0.0", "").unwrap(), "6.0.0");
    }

    #[test]
    fn summaries_read_as_flux_writes_them() {
        assert_eq!(
            summary(
                "packaged",
                "podinfo",
                "6.0.0+2",
                &["values.yaml".into(), "prod.yaml".into()]
            ),
            "packaged 'podinfo' chart with version '6.0.0+2' and merged values files [values.yaml prod.yaml]"
        );
    }

    #[test]
    fn paths_clean_as_go_cleans_them() {
        assert_eq!(clean("./a/../b.yaml"), "b.yaml");
        assert_eq!(clean("values.yaml"), "values.yaml");
    }
}
