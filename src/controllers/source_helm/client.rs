//! The HTTP side of a HelmRepository: credentials and TLS from its Secrets, and size-limited GETs of the index
//! and of chart archives, as Helm's HTTP getter makes them for source-controller.
//!
//! Credentials go only to the repository's own scheme and host unless `spec.passCredentials` is set (Helm's
//! rule, so a chart URL pointing at a CDN does not receive the repository password). The TLS settings of
//! `certSecretRef` (or, deprecated, TLS keys in `secretRef`) apply to every request. Nothing here logs or returns
//! a credential: errors name the Secret and the key at fault only.

use std::collections::BTreeMap;
use std::time::Duration;

use k8s_openapi::api::core::v1::Secret;
use kube::api::Api;

use crate::api::source::HelmRepository;
pub(crate) use crate::oci::http::TlsMaterial;
use crate::oci::http::{HttpError, error_chain};

/// The User-Agent of Helm repository and registry calls.
pub(crate) const HELM_USER_AGENT: &str = concat!("Helm/4 (flux/", env!("CARGO_PKG_VERSION"), ")");

/// Default of `spec.timeout` (Flux's `GetTimeout`).
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);

/// Largest index accepted (source-controller's `helm.MaxIndexSize`, 50 MiB).
pub const MAX_INDEX_SIZE: usize = 50 << 20;

/// Largest chart archive accepted (source-controller's `helm.MaxChartSize`, 10 MiB).
pub const MAX_CHART_SIZE: usize = 10 << 20;

/// Why the client of a repository could not be configured. Messages as source-controller words them.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The Secret of `spec.certSecretRef` could not be read.
    #[error("failed to get TLS authentication secret '{secret}'")]
    GetCertSecret {
        secret: String,
        #[source]
        source: kube::Error,
    },
    /// The Secret of `spec.secretRef` could not be read.
    #[error("failed to get authentication secret '{secret}'")]
    GetAuthSecret {
        secret: String,
        #[source]
        source: kube::Error,
    },
    /// The TLS material of a Secret is unusable; the message names the key.
    #[error("failed to construct Helm client's TLS config: {0}")]
    Tls(String),
    /// The basic-auth keys of `spec.secretRef` are incomplete.
    #[error("failed to detect authentication methods: secret '{secret}': {message}")]
    BasicAuth { secret: String, message: String },
    /// The HTTP client could not be built.
    #[error("failed to construct Helm client: {0}")]
    Build(String),
    /// `spec.url` does not parse.
    #[error("failed to construct Helm client")]
    InvalidUrl(#[source] GetError),
    /// The OCI registry client could not be built.
    #[error("failed to construct Helm client")]
    Registry(#[source] crate::oci::client::Error),
}

/// Why a GET failed. `Display` reads as Helm's getter errors do (`failed to fetch <url> : 401 Unauthorized`).
#[derive(Debug, thiserror::Error)]
pub enum GetError {
    /// The server answered with a non-success status.
    #[error("failed to fetch {url} : {status}")]
    Status { url: String, status: String },
    /// The connection or the transfer failed (TLS errors included).
    #[error("Get \"{url}\": {message}")]
    Transfer { url: String, message: String },
    /// The body is larger than allowed.
    #[error("{what} exceeds the maximum {what} file size of {max} bytes")]
    TooLarge { what: &'static str, max: usize },
    /// The URL does not parse.
    #[error("invalid URL '{url}': {message}")]
    Url { url: String, message: String },
}

/// A configured client of one HelmRepository. `Debug` prints no credential.
#[derive(Clone)]
pub struct RepoClient {
    client: reqwest::Client,
    /// `username`, `password` of `spec.secretRef`.
    basic: Option<(String, String)>,
    /// The normalised repository URL (trailing `/`): the base of relative chart URLs and the host credentials
    /// belong to.
    base: reqwest::Url,
    pass_credentials: bool,
    timeout: Duration,
}

impl std::fmt::Debug for RepoClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RepoClient")
            .field("base", &self.base.as_str())
            .field("basic", &self.basic.as_ref().map(|_| "<redacted>"))
            .finish_non_exhaustive()
    }
}

/// `data` merged with `stringData` of a Secret.
pub fn secret_data(secret: Secret) -> BTreeMap<String, Vec<u8>> {
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

/// The repository URL as source-controller normalises it: one trailing `/` on the path.
pub fn normalize_url(url: &str) -> Result<reqwest::Url, GetError> {
    let mut u = reqwest::Url::parse(url).map_err(|e| GetError::Url {
        url: url.to_string(),
        message: e.to_string(),
    })?;
    let path = format!("{}/", u.path().trim_end_matches('/'));
    u.set_path(&path);
    Ok(u)
}

/// Whether `url` is an `oci://` reference.
pub fn is_oci(url: &str) -> bool {
    url.starts_with("oci://")
}

/// The `spec.timeout` of a repository, or Flux's default when unset or unparsable (the CRD validates it).
pub fn timeout_of(repo: &HelmRepository) -> Duration {
    repo.spec
        .timeout
        .as_deref()
        .and_then(|t| crate::duration::parse(t).ok())
        .unwrap_or(DEFAULT_TIMEOUT)
}

pub(crate) async fn read_secret(
    client: &kube::Client,
    ns: &str,
    name: &str,
) -> Result<BTreeMap<String, Vec<u8>>, kube::Error> {
    let api: Api<Secret> = Api::namespaced(client.clone(), ns);
    api.get(name).await.map(secret_data)
}

impl RepoClient {
    /// The client of `repo` (namespace `ns`): reads `certSecretRef` and `secretRef`, builds the TLS settings.
    pub async fn for_repository(
        kube: &kube::Client,
        repo: &HelmRepository,
        ns: &str,
    ) -> Result<Self, ConfigError> {
        let mut tls = TlsMaterial::default();
        if let Some(r) = &repo.spec.cert_secret_ref {
            let data = read_secret(kube, ns, &r.name).await.map_err(|source| {
                ConfigError::GetCertSecret {
                    secret: format!("{ns}/{}", r.name),
                    source,
                }
            })?;
            tls = TlsMaterial::from_data(&data);
        }
        let mut basic = None;
        if let Some(r) = &repo.spec.secret_ref {
            let secret = format!("{ns}/{}", r.name);
            let data = read_secret(kube, ns, &r.name).await.map_err(|source| {
                ConfigError::GetAuthSecret {
                    secret: secret.clone(),
                    source,
                }
            })?;
            let text = |k: &str| data.get(k).map(|v| String::from_utf8_lossy(v).into_owned());
            basic = match (text("username"), text("password")) {
                (Some(u), Some(p)) => Some((u, p)),
                (None, None) => None,
                (Some(_), None) => {
                    return Err(ConfigError::BasicAuth {
                        secret,
                        message: "malformed basic auth - has 'username' but missing 'password'"
                            .into(),
                    });
                }
                (None, Some(_)) => {
                    return Err(ConfigError::BasicAuth {
                        secret,
                        message: "malformed basic auth - has 'password' but missing 'username'"
                            .into(),
                    });
                }
            };
            // Deprecated: TLS keys in the auth Secret count only without a certSecretRef.
            if tls.is_empty() {
                tls = TlsMaterial::from_data(&data);
            }
        }
        let base = normalize_url(&repo.spec.url).map_err(ConfigError::InvalidUrl)?;
        let timeout = timeout_of(repo);
        let client = build_http(&tls, timeout)?;
        Ok(Self {
            client,
            basic,
            base,
            pass_credentials: repo.spec.pass_credentials == Some(true),
            timeout,
        })
    }

    /// The index URL: `<url>/index.yaml`.
    pub fn index_url(&self) -> String {
        let mut u = self.base.clone();
        let path = format!("{}index.yaml", u.path());
        u.set_path(&path);
        u.to_string()
    }

    /// A chart URL of the index resolved against the repository (Helm's `ResolveReferenceURL`): absolute URLs
    /// as they are, relative ones under the repository path, keeping the repository's query.
    pub fn resolve(&self, reference: &str) -> Result<String, GetError> {
        if let Ok(abs) = reqwest::Url::parse(reference) {
            return Ok(abs.to_string());
        }
        let mut joined = self.base.join(reference).map_err(|e| GetError::Url {
            url: reference.to_string(),
            message: e.to_string(),
        })?;
        if joined.query().is_none() {
            joined.set_query(self.base.query());
        }
        Ok(joined.to_string())
    }

    /// GETs `url`, refusing bodies over `max` bytes (`what` names the file in that error).
    pub async fn get(
        &self,
        url: &str,
        max: usize,
        what: &'static str,
    ) -> Result<Vec<u8>, GetError> {
        let target = reqwest::Url::parse(url).map_err(|e| GetError::Url {
            url: url.to_string(),
            message: e.to_string(),
        })?;
        let mut req = self.client.get(target.clone()).timeout(self.timeout);
        if let Some((user, password)) = &self.basic
            && (self.pass_credentials
                || (target.scheme() == self.base.scheme()
                    && target.host_str() == self.base.host_str()
                    && target.port_or_known_default() == self.base.port_or_known_default()))
        {
            req = req.basic_auth(user, Some(password));
        }
        let transfer = |e: reqwest::Error| GetError::Transfer {
            url: url.to_string(),
            message: error_chain(&e),
        };
        let mut resp = req.send().await.map_err(transfer)?;
        if !resp.status().is_success() {
            let status = resp.status();
            return Err(GetError::Status {
                url: url.to_string(),
                status: format!(
                    "{} {}",
                    status.as_u16(),
                    status.canonical_reason().unwrap_or_default()
                ),
            });
        }
        if resp.content_length().is_some_and(|n| n > max as u64) {
            return Err(GetError::TooLarge { what, max });
        }
        let mut body = Vec::new();
        while let Some(chunk) = resp.chunk().await.map_err(transfer)? {
            if body.len() + chunk.len() > max {
                return Err(GetError::TooLarge { what, max });
            }
            body.extend_from_slice(&chunk);
        }
        Ok(body)
    }
}

/// The HTTP client of a Helm repository (see [`crate::oci::http::build_http`]), with Helm's User-Agent and
/// source-controller's wording of a failure.
pub(crate) fn build_http(
    tls: &TlsMaterial,
    timeout: Duration,
) -> Result<reqwest::Client, ConfigError> {
    crate::oci::http::build_http(tls, timeout, HELM_USER_AGENT).map_err(|e| match e {
        HttpError::Tls(m) => ConfigError::Tls(m),
        HttpError::Build(m) => ConfigError::Build(m),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn client(url: &str) -> RepoClient {
        RepoClient {
            client: build_http(&TlsMaterial::default(), DEFAULT_TIMEOUT).unwrap(),
            basic: None,
            base: normalize_url(url).unwrap(),
            pass_credentials: false,
            timeout: DEFAULT_TIMEOUT,
        }
    }

    #[test]
    fn index_url_is_under_the_repository_path() {
        assert_eq!(
            client("https://charts.example.com/stable").index_url(),
            "https://charts.example.com/stable/index.yaml"
        );
        assert_eq!(
            client("https://charts.example.com/").index_url(),
            "https://charts.example.com/index.yaml"
        );
    }

    #[test]
    fn relative_chart_urls_resolve_under_the_repository() {
        let c = client("https://charts.example.com/stable");
        assert_eq!(
            c.resolve("podinfo-6.0.0.tgz").unwrap(),
            "https://charts.example.com/stable/podinfo-6.0.0.tgz"
        );
        assert_eq!(
            c.resolve("https://cdn.example.org/p.tgz").unwrap(),
            "https://cdn.example.org/p.tgz"
        );
    }
}
