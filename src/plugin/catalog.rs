//! The plugin catalog: `catalog.yaml` and one `<name>.yaml` manifest per plugin under a base URL, and the
//! choice of a version and of this machine's binary in a manifest. Errors read as Flux's.

use std::time::Duration;

use super::{
    API_VERSION, CATALOG_KIND, Catalog, Manifest, PLUGIN_KIND, PLUGIN_PREFIX, Platform, Version,
    quote,
};

/// Where Flux's CLI finds the catalog when `FLUXCD_PLUGIN_CATALOG` is unset.
pub const DEFAULT_CATALOG_BASE: &str =
    "https://github.com/fluxcd/plugins/releases/latest/download/";
/// The environment variable naming another catalog base URL (it must end with `/`: names are appended).
pub const ENV_CATALOG_BASE: &str = "FLUXCD_PLUGIN_CATALOG";

/// A catalog document or manifest is never bigger than this; the rest of a larger body is ignored, as Flux does.
const MAX_RESPONSE_BYTES: usize = 10 << 20;

/// Why the catalog or a manifest could not be used.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Any failure to fetch a manifest. Flux's message does not tell a 404 from an outage, and its CLI prints
    /// no cause: `cause` is kept for callers but left out of the error chain so the line reads as Flux's.
    #[error("plugin {} not found in catalog", quote(.name))]
    ManifestNotFound { name: String, cause: FetchError },
    #[error("failed to parse plugin manifest for {}: {source}", quote(.name))]
    ParseManifest {
        name: String,
        #[source]
        source: yaml_serde::Error,
    },
    #[error("plugin {} has unsupported apiVersion {} (expected {})", quote(.name), quote(.got), quote(API_VERSION))]
    ManifestApiVersion { name: String, got: String },
    #[error("plugin {} has unexpected kind {} (expected {})", quote(.name), quote(.got), quote(PLUGIN_KIND))]
    ManifestKind { name: String, got: String },
    #[error("plugin {} has invalid bin {} (must be a plain filename prefixed with {})", quote(.name), quote(.bin), quote(PLUGIN_PREFIX))]
    InvalidBin { name: String, bin: String },
    #[error("failed to fetch plugin catalog: {0}")]
    FetchCatalog(#[source] FetchError),
    #[error("failed to parse plugin catalog: {0}")]
    ParseCatalog(#[source] yaml_serde::Error),
    #[error("plugin catalog has unsupported apiVersion {} (expected {})", quote(.0), quote(API_VERSION))]
    CatalogApiVersion(String),
    #[error("plugin catalog has unexpected kind {} (expected {})", quote(.0), quote(CATALOG_KIND))]
    CatalogKind(String),
    #[error("plugin {} has no versions", quote(.0))]
    NoVersions(String),
    #[error("version {} not found for plugin {}", quote(.version), quote(.name))]
    VersionNotFound { name: String, version: String },
    #[error("no binary for {os}/{arch}")]
    NoPlatform { os: String, arch: String },
    #[error("digest {} not found for plugin {} on {os}/{arch}", quote(.digest), quote(.name))]
    DigestNotFound {
        name: String,
        digest: String,
        os: String,
        arch: String,
    },
}

/// Why an HTTP GET failed.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    #[error("Get {}: {source}", quote(.url))]
    Request {
        url: String,
        #[source]
        source: reqwest::Error,
    },
    /// Every attempt failed (retryablehttp's words, wrapped as Go's client wraps them).
    #[error("Get {}: GET {url} giving up after 4 attempt(s){}", quote(.url), .cause.as_ref().map(|e| format!(": {e}")).unwrap_or_default())]
    GaveUp {
        url: String,
        #[source]
        cause: Option<reqwest::Error>,
    },
    #[error("HTTP {status} from {url}")]
    Status { status: u16, url: String },
}

/// Reads the catalog under one base URL.
pub struct CatalogClient {
    base_url: String,
    http: reqwest::Client,
}

impl CatalogClient {
    /// The catalog `FLUXCD_PLUGIN_CATALOG` names, else Flux's.
    pub fn from_env() -> Self {
        let base = std::env::var(ENV_CATALOG_BASE)
            .ok()
            .filter(|v| !v.is_empty())
            .unwrap_or_else(|| DEFAULT_CATALOG_BASE.to_string());
        Self::new(base)
    }

    /// A catalog under `base_url` (names are appended to it as is).
    pub fn new(base_url: String) -> Self {
        Self {
            base_url,
            http: http_client(Duration::from_secs(30)),
        }
    }

    /// A plugin's manifest, checked as Flux checks it: schema, kind, and a `bin` that is a plain `flux-` file
    /// name (it becomes a path in the plugin directory).
    pub async fn fetch_manifest(&self, name: &str) -> Result<Manifest, Error> {
        let url = format!("{}{name}.yaml", self.base_url);
        let body = get(&self.http, &url)
            .await
            .map_err(|cause| Error::ManifestNotFound {
                name: name.to_string(),
                cause,
            })?;
        let manifest: Manifest =
            yaml_serde::from_slice(&body).map_err(|source| Error::ParseManifest {
                name: name.to_string(),
                source,
            })?;
        if manifest.api_version != API_VERSION {
            return Err(Error::ManifestApiVersion {
                name: name.to_string(),
                got: manifest.api_version,
            });
        }
        if manifest.kind != PLUGIN_KIND {
            return Err(Error::ManifestKind {
                name: name.to_string(),
                got: manifest.kind,
            });
        }
        if !is_plain_file_name(&manifest.bin) || !manifest.bin.starts_with(PLUGIN_PREFIX) {
            return Err(Error::InvalidBin {
                name: name.to_string(),
                bin: manifest.bin,
            });
        }
        Ok(manifest)
    }

    /// The catalog itself.
    pub async fn fetch_catalog(&self) -> Result<Catalog, Error> {
        let url = format!("{}catalog.yaml", self.base_url);
        let body = get(&self.http, &url).await.map_err(Error::FetchCatalog)?;
        let catalog: Catalog = yaml_serde::from_slice(&body).map_err(Error::ParseCatalog)?;
        if catalog.api_version != API_VERSION {
            return Err(Error::CatalogApiVersion(catalog.api_version));
        }
        if catalog.kind != CATALOG_KIND {
            return Err(Error::CatalogKind(catalog.kind));
        }
        Ok(catalog)
    }
}

/// A file name with no directory part, not `.` or `..`: what may be joined to the plugin directory.
pub(crate) fn is_plain_file_name(name: &str) -> bool {
    !name.is_empty() && name != "." && name != ".." && !name.contains('/') && !name.contains('\0')
}

/// An HTTP client with the given overall timeout.
pub(crate) fn http_client(timeout: Duration) -> reqwest::Client {
    reqwest::Client::builder()
        .timeout(timeout)
        .build()
        .unwrap_or_else(|_| reqwest::Client::new())
}

/// Whether a failed attempt is worth another: connection errors, 429 and 5xx other than 501, as Go's
/// retryablehttp (Flux's client) decides.
fn is_retryable(result: &Result<reqwest::Response, reqwest::Error>) -> bool {
    match result {
        Err(e) => !e.is_builder(),
        Ok(resp) => {
            let s = resp.status().as_u16();
            s == 429 || (s >= 500 && s != 501)
        }
    }
}

/// GET with Flux's retries (three more attempts, backing off 1 s, 2 s, 4 s) and a body cap.
pub(crate) async fn send_with_retries(
    http: &reqwest::Client,
    url: &str,
) -> Result<reqwest::Response, FetchError> {
    let mut wait = Duration::from_secs(1);
    let mut attempt = 0;
    loop {
        let result = http.get(url).send().await;
        attempt += 1;
        if !is_retryable(&result) {
            return result.map_err(|source| FetchError::Request {
                url: url.to_string(),
                source,
            });
        }
        if attempt > 3 {
            return Err(FetchError::GaveUp {
                url: url.to_string(),
                cause: result.err(),
            });
        }
        tokio::time::sleep(wait).await;
        wait *= 2;
    }
}

async fn get(http: &reqwest::Client, url: &str) -> Result<Vec<u8>, FetchError> {
    let resp = send_with_retries(http, url).await?;
    if resp.status() != reqwest::StatusCode::OK {
        return Err(FetchError::Status {
            status: resp.status().as_u16(),
            url: url.to_string(),
        });
    }
    let mut body = resp.bytes().await.map_err(|source| FetchError::Request {
        url: url.to_string(),
        source,
    })?;
    body.truncate(MAX_RESPONSE_BYTES);
    Ok(body.to_vec())
}

/// The version asked for, or the newest (the first listed) when `version` is empty.
pub fn resolve_version<'a>(manifest: &'a Manifest, version: &str) -> Result<&'a Version, Error> {
    let first = manifest
        .versions
        .first()
        .ok_or_else(|| Error::NoVersions(manifest.name.clone()))?;
    if version.is_empty() {
        return Ok(first);
    }
    manifest
        .versions
        .iter()
        .find(|v| v.version == version)
        .ok_or_else(|| Error::VersionNotFound {
            name: manifest.name.clone(),
            version: version.to_string(),
        })
}

/// The binary of `version` for this OS and architecture.
pub fn resolve_platform<'a>(
    version: &'a Version,
    os: &str,
    arch: &str,
) -> Result<&'a Platform, Error> {
    version
        .platforms
        .iter()
        .find(|p| p.os == os && p.arch == arch)
        .ok_or_else(|| Error::NoPlatform {
            os: os.to_string(),
            arch: arch.to_string(),
        })
}

/// The version and binary whose checksum is `digest` (`sha256:…`), for installs pinned by digest.
pub fn resolve_by_digest<'a>(
    manifest: &'a Manifest,
    digest: &str,
    os: &str,
    arch: &str,
) -> Result<(&'a Version, &'a Platform), Error> {
    if manifest.versions.is_empty() {
        return Err(Error::NoVersions(manifest.name.clone()));
    }
    manifest
        .versions
        .iter()
        .find_map(|v| {
            v.platforms
                .iter()
                .find(|p| p.os == os && p.arch == arch && p.checksum == digest)
                .map(|p| (v, p))
        })
        .ok_or_else(|| Error::DigestNotFound {
            name: manifest.name.clone(),
            digest: digest.to_string(),
            os: os.to_string(),
            arch: arch.to_string(),
        })
}

/// Splits `operator@0.45.0` (or `operator@sha256:…`) into the name and the reference, empty meaning latest.
pub fn parse_name_version(s: &str) -> (&str, &str) {
    s.split_once('@').unwrap_or((s, ""))
}

/// Whether an install reference is a digest rather than a version.
pub fn is_digest_ref(reference: &str) -> bool {
    reference.starts_with("sha256:")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn manifest() -> Manifest {
        let platform = |os: &str, sum: &str| Platform {
            os: os.into(),
            arch: "amd64".into(),
            url: format!("https://example.com/{os}.tar.gz"),
            checksum: sum.into(),
            extract_path: String::new(),
        };
        Manifest {
            name: "operator".into(),
            versions: vec![
                Version {
                    version: "0.45.0".into(),
                    platforms: vec![
                        platform("linux", "sha256:aa"),
                        platform("darwin", "sha256:bb"),
                    ],
                },
                Version {
                    version: "0.44.0".into(),
                    platforms: vec![platform("linux", "sha256:cc")],
                },
            ],
            ..Manifest::default()
        }
    }

    #[test]
    fn empty_version_means_the_first_listed() {
        let m = manifest();
        assert_eq!(
            resolve_version(&m, "").map(|v| &v.version[..]).ok(),
            Some("0.45.0")
        );
        assert_eq!(
            resolve_version(&m, "0.1.0")
                .map_err(|e| e.to_string())
                .err()
                .as_deref(),
            Some("version \"0.1.0\" not found for plugin \"operator\"")
        );
    }

    #[test]
    fn a_digest_pins_an_older_version() {
        let m = manifest();
        let (v, p) = resolve_by_digest(&m, "sha256:cc", "linux", "amd64")
            .map_err(|e| e.to_string())
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((&v.version[..], &p.os[..]), ("0.44.0", "linux"));
        assert!(resolve_by_digest(&m, "sha256:cc", "darwin", "amd64").is_err());
    }

    #[test]
    fn name_and_reference_split_at_the_first_at() {
        assert_eq!(
            parse_name_version("operator@0.45.0"),
            ("operator", "0.45.0")
        );
        assert_eq!(parse_name_version("operator"), ("operator", ""));
        assert!(is_digest_ref("sha256:06e0"));
    }

    #[test]
    fn bin_must_be_a_plain_file_name() {
        assert!(is_plain_file_name("flux-operator"));
        assert!(!is_plain_file_name("../flux-operator"));
        assert!(!is_plain_file_name("bin/flux-operator"));
        assert!(!is_plain_file_name(""));
    }
}
