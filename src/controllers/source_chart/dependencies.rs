//! Repository dependencies of a chart directory (`https://`, `oci://` entries of `Chart.yaml` not vendored under
//! `charts/`), downloaded before packaging as Flux's dependency manager does.

use std::path::Path;

use crate::api::source::{HelmChart, HelmRepository, HelmRepositoryType};
use crate::controllers::runtime::Context;
use crate::controllers::source_helm::client::{self, MAX_CHART_SIZE, RepoClient};
use crate::controllers::source_helm::index::Index;
use crate::controllers::source_helm::oci::Registry;

use super::build::registry_version;
use super::error::{BuildReason, Cause, Error};
use super::package;

/// Downloads the repository dependencies (`https://`, `oci://`) the chart directory does not vendor into its
/// `charts/` (in the temporary copy of the source), as Flux's dependency manager does: with the credentials
/// of the HelmRepository of the same URL in the chart's namespace, or anonymously when there is none.
/// Returns how many were added.
pub async fn fetch_remote(ctx: &Context, obj: &HelmChart, root: &Path) -> Result<usize, Error> {
    let dep_err = |m: String| Error::build(BuildReason::DependencyBuild, m);
    let Ok(chart_dir) = crate::artifact::secure_join(root, &obj.spec.chart) else {
        return Ok(0);
    };
    if !chart_dir.is_dir() {
        return Ok(0);
    }
    let missing = package::remote_dependencies(&chart_dir);
    if missing.is_empty() {
        return Ok(0);
    }
    let ns = obj.metadata.namespace.clone().unwrap_or_default();
    let api: kube::Api<HelmRepository> = kube::Api::namespaced(ctx.client.clone(), &ns);
    let repos = api
        .list(&kube::api::ListParams::default())
        .await
        .map_err(|e| dep_err(format!("unable to retrieve HelmRepositoryList: {e}")))?;
    let charts = chart_dir.join("charts");
    std::fs::create_dir_all(&charts)
        .map_err(|e| dep_err(format!("failed to create {}: {e}", charts.display())))?;
    for dep in &missing {
        let same = |u: &str| u.trim_end_matches('/') == dep.repository.trim_end_matches('/');
        let repo = repos
            .items
            .iter()
            .find(|r| same(&r.spec.url))
            .cloned()
            .unwrap_or_else(|| {
                let mut r = HelmRepository::new(
                    "",
                    crate::api::source::HelmRepositorySpec {
                        url: dep.repository.clone(),
                        ..Default::default()
                    },
                );
                if client::is_oci(&dep.repository) {
                    r.spec.repository_type = Some(HelmRepositoryType::Oci);
                }
                r
            });
        let context = format!("failed to add remote dependency '{}'", dep.name);
        let fail = |e: String| dep_err(format!("{context}: {e}"));
        let failed = |e: Cause| Error::caused(BuildReason::DependencyBuild, context.clone(), e);
        let (version, data) = if client::is_oci(&dep.repository) {
            let registry = Registry::for_repository(&ctx.client, &repo, &ns)
                .await
                .map_err(|e| failed(e.into()))?;
            let tag = registry_version(&registry, &dep.name, &dep.version)
                .await
                .map_err(|e| fail(e.message()))?;
            let data = registry
                .pull(&dep.name, &tag)
                .await
                .map_err(|e| failed(e.into()))?;
            (tag, data)
        } else {
            let http = RepoClient::for_repository(&ctx.client, &repo, &ns)
                .await
                .map_err(|e| failed(e.into()))?;
            // The HelmRepository's stored index when there is one, else the repository's own.
            let stored = repo
                .status
                .as_ref()
                .and_then(|s| s.artifact.as_ref())
                .and_then(|a| ctx.storage.read(&a.path).ok());
            let bytes = match stored {
                Some(b) => b,
                None => http
                    .get(&http.index_url(), client::MAX_INDEX_SIZE, "index")
                    .await
                    .map_err(|e| failed(e.into()))?,
            };
            let index = Index::parse(&bytes).map_err(|e| failed(e.into()))?;
            let cv = index
                .find(&dep.name, &dep.version)
                .map_err(|e| failed(e.into()))?;
            let url = cv
                .urls
                .first()
                .ok_or_else(|| fail(format!("chart '{}' has no downloadable URLs", cv.name)))?;
            let url = http.resolve(url).map_err(|e| failed(e.into()))?;
            let data = http
                .get(&url, MAX_CHART_SIZE, "chart")
                .await
                .map_err(|e| failed(e.into()))?;
            (cv.version, data)
        };
        let file = charts.join(format!("{}-{version}.tgz", dep.name));
        std::fs::write(&file, &data).map_err(|e| fail(format!("{}: {e}", file.display())))?;
    }
    Ok(missing.len())
}
