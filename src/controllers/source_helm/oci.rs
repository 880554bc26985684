//! Charts in an OCI registry (`type: oci` HelmRepositories): the tags of `<url>/<chart>`, the manifest of one
//! tag and its Helm chart layer, as `helm pull oci://…` gets them, over the shared registry client of
//! [`crate::oci`].
//!
//! Credentials come from a `kubernetes.io/dockerconfigjson` Secret (the entry of the registry host) or from
//! `username`/`password` keys; `spec.insecure` talks plain HTTP. Errors keep Helm's getter wording
//! (`failed to fetch <url> : 401 Unauthorized`), which HelmChart conditions show.

use crate::api::source::HelmRepository;
use crate::oci::{self, Credentials};

use super::client::{self, ConfigError, GetError, HELM_USER_AGENT, MAX_CHART_SIZE, TlsMaterial};

/// Media type of the chart layer Helm pushes.
pub const CHART_LAYER: &str = "application/vnd.cncf.helm.chart.content.v1.tar+gzip";

/// A client of one registry repository prefix (`oci://host/path`).
#[derive(Clone, Debug)]
pub struct Registry {
    client: oci::Client,
    /// The path under the host (`charts` of `oci://host/charts`).
    prefix: String,
    /// The registry host as written in the URL (the key of a dockerconfigjson entry).
    host: String,
}

/// A registry error in Helm's getter wording.
fn get_error(e: oci::Error) -> GetError {
    match e {
        oci::Error::Status {
            url, status_text, ..
        } => GetError::Status {
            url,
            status: status_text,
        },
        oci::Error::Transfer { url, message, .. } => GetError::Transfer { url, message },
        oci::Error::Url { url, message } => GetError::Url { url, message },
        oci::Error::TooLarge { what, max } => GetError::TooLarge { what, max },
        oci::Error::Digest {
            url,
            computed,
            expected,
        } => GetError::Transfer {
            url,
            message: format!("digest mismatch: computed {computed}, manifest says {expected}"),
        },
        other @ (oci::Error::Invalid { .. } | oci::Error::Http(_)) => GetError::Transfer {
            url: String::new(),
            message: other.to_string(),
        },
    }
}

impl Registry {
    /// The registry of `repo` (namespace `ns`), with its Secrets read.
    pub async fn for_repository(
        kube: &kube::Client,
        repo: &HelmRepository,
        ns: &str,
    ) -> Result<Self, ConfigError> {
        let rest = repo
            .spec
            .url
            .strip_prefix("oci://")
            .ok_or_else(|| {
                ConfigError::Build(format!("invalid OCI registry URL: {}", repo.spec.url))
            })?
            .trim_end_matches('/');
        let (host, prefix) = rest.split_once('/').unwrap_or((rest, ""));
        let mut tls = TlsMaterial::default();
        if let Some(r) = &repo.spec.cert_secret_ref {
            let data = client::read_secret(kube, ns, &r.name)
                .await
                .map_err(|source| ConfigError::GetCertSecret {
                    secret: format!("{ns}/{}", r.name),
                    source,
                })?;
            tls = TlsMaterial::from_data(&data);
        }
        let mut credentials = Credentials::Anonymous;
        if let Some(r) = &repo.spec.secret_ref {
            let data = client::read_secret(kube, ns, &r.name)
                .await
                .map_err(|source| ConfigError::GetAuthSecret {
                    secret: format!("{ns}/{}", r.name),
                    source,
                })?;
            credentials = Credentials::from_secret_data(&data, host).unwrap_or_default();
        }
        // Build the HTTP client here so TLS problems keep the Helm wording.
        client::build_http(&tls, client::timeout_of(repo))?;
        let client = oci::Client::new(oci::client::Options {
            host: host.to_string(),
            insecure: repo.spec.insecure == Some(true),
            credentials,
            tls,
            timeout: client::timeout_of(repo),
            user_agent: HELM_USER_AGENT.to_string(),
            plain_http_for_local: false,
        })
        .map_err(ConfigError::Registry)?;
        Ok(Self {
            client,
            prefix: prefix.to_string(),
            host: host.to_string(),
        })
    }

    fn repository(&self, chart: &str) -> String {
        if self.prefix.is_empty() {
            chart.to_string()
        } else {
            format!("{}/{chart}", self.prefix)
        }
    }

    /// The reference of a chart version as Flux prints it: `oci://host/path/chart:tag`.
    pub fn reference(&self, chart: &str, version: &str) -> String {
        format!("oci://{}/{}:{version}", self.host, self.repository(chart))
    }

    /// The tags of `chart`, with Helm's `_` turned back into `+`.
    pub async fn tags(&self, chart: &str) -> Result<Vec<String>, GetError> {
        let tags = self
            .client
            .tags(&self.repository(chart))
            .await
            .map_err(get_error)?;
        Ok(tags.into_iter().map(|t| t.replace('_', "+")).collect())
    }

    /// The chart archive of `chart` at `version`: the manifest's Helm chart layer, digest-checked.
    pub async fn pull(&self, chart: &str, version: &str) -> Result<Vec<u8>, GetError> {
        let repository = self.repository(chart);
        let tag = version.replace('+', "_");
        let manifest = self
            .client
            .manifest(&repository, &tag)
            .await
            .map_err(get_error)?;
        let url = self
            .client
            .url(&format!("/v2/{repository}/manifests/{tag}"));
        let layer =
            oci::artifact::select_layer(&manifest.json, Some(CHART_LAYER)).map_err(|_| {
                GetError::Transfer {
                    url: url.clone(),
                    message: format!(
                        "manifest does not contain a layer with mediatype {CHART_LAYER}"
                    ),
                }
            })?;
        if layer
            .get("size")
            .and_then(serde_json::Value::as_u64)
            .is_some_and(|s| s > MAX_CHART_SIZE as u64)
        {
            return Err(GetError::TooLarge {
                what: "chart",
                max: MAX_CHART_SIZE,
            });
        }
        let digest = layer
            .get("digest")
            .and_then(serde_json::Value::as_str)
            .unwrap_or_default();
        self.client
            .blob(&repository, digest, Some((MAX_CHART_SIZE, "chart")))
            .await
            .map_err(get_error)
    }
}
