//! Charts in an OCI registry (`type: oci` HelmRepositories): the tags of `<url>/<chart>`, the manifest of one
//! tag and its Helm chart layer, over the OCI distribution API as `helm pull oci://…` does it.
//!
//! Authentication follows the registry's challenge: `Basic` with the Secret's credentials, or `Bearer` with a
//! token fetched from the realm it names (with the credentials, or anonymously). Credentials come from a
//! `kubernetes.io/dockerconfigjson` Secret (the entry of the registry host) or from `username`/`password` keys.
//! `spec.insecure` talks plain HTTP. Nothing here logs or returns a credential.

use std::collections::BTreeMap;

use base64::Engine as _;
use reqwest::header::{ACCEPT, AUTHORIZATION, WWW_AUTHENTICATE};
use serde_json::Value;
use sha2::Digest as _;

use crate::api::source::HelmRepository;

use super::client::{self, ConfigError, GetError, MAX_CHART_SIZE, TlsMaterial};

/// Media type of the chart layer Helm pushes.
pub const CHART_LAYER: &str = "application/vnd.cncf.helm.chart.content.v1.tar+gzip";

const MANIFEST_TYPES: &str = "application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json";

/// A client of one registry repository prefix (`oci://host/path`).
#[derive(Clone)]
pub struct Registry {
    http: reqwest::Client,
    /// `http(s)://host[:port]`.
    base: String,
    /// The path under the host (`charts` of `oci://host/charts`).
    prefix: String,
    /// The registry host as written in the URL (the key of a dockerconfigjson entry).
    host: String,
    basic: Option<(String, String)>,
}

impl std::fmt::Debug for Registry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Registry")
            .field("base", &self.base)
            .field("prefix", &self.prefix)
            .field("basic", &self.basic.as_ref().map(|_| "<redacted>"))
            .finish_non_exhaustive()
    }
}

/// The credentials for `host` in a Secret: a dockerconfigjson entry, else `username`/`password`.
fn credentials(data: &BTreeMap<String, Vec<u8>>, host: &str) -> Option<(String, String)> {
    if let Some(config) = data.get(".dockerconfigjson") {
        let doc: Value = serde_json::from_slice(config).ok()?;
        let auths = doc.get("auths")?.as_object()?;
        let entry = auths
            .iter()
            .find(|(k, _)| {
                let k = k
                    .trim_start_matches("https://")
                    .trim_start_matches("http://");
                k.trim_end_matches('/') == host
            })?
            .1;
        let text = |k: &str| entry.get(k).and_then(Value::as_str).map(str::to_string);
        if let (Some(u), Some(p)) = (text("username"), text("password")) {
            return Some((u, p));
        }
        let decoded = base64::engine::general_purpose::STANDARD
            .decode(text("auth")?)
            .ok()?;
        let pair = String::from_utf8(decoded).ok()?;
        let (u, p) = pair.split_once(':')?;
        return Some((u.to_string(), p.to_string()));
    }
    let text = |k: &str| data.get(k).map(|v| String::from_utf8_lossy(v).into_owned());
    Some((text("username")?, text("password")?))
}

/// One `key="value"` parameter of a `WWW-Authenticate` header.
fn challenge_param(header: &str, key: &str) -> Option<String> {
    let needle = format!("{key}=\"");
    let start = header.find(&needle)? + needle.len();
    let end = header[start..].find('"')? + start;
    Some(header[start..end].to_string())
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
        let mut basic = None;
        if let Some(r) = &repo.spec.secret_ref {
            let data = client::read_secret(kube, ns, &r.name)
                .await
                .map_err(|source| ConfigError::GetAuthSecret {
                    secret: format!("{ns}/{}", r.name),
                    source,
                })?;
            basic = credentials(&data, host);
        }
        let scheme = if repo.spec.insecure == Some(true) {
            "http"
        } else {
            "https"
        };
        Ok(Self {
            http: client::build_http(&tls, client::timeout_of(repo))?,
            base: format!("{scheme}://{host}"),
            prefix: prefix.to_string(),
            host: host.to_string(),
            basic,
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

    /// GET `path` under the registry, answering a 401 challenge once.
    async fn get(&self, path: &str, accept: Option<&str>) -> Result<reqwest::Response, GetError> {
        let url = format!("{}{path}", self.base);
        let transfer = |e: reqwest::Error| GetError::Transfer {
            url: url.clone(),
            message: e.to_string(),
        };
        let request = |auth: Option<String>| {
            let mut r = self.http.get(&url);
            if let Some(a) = accept {
                r = r.header(ACCEPT, a);
            }
            if let Some(a) = auth {
                r = r.header(AUTHORIZATION, a);
            }
            r
        };
        let resp = request(None).send().await.map_err(transfer)?;
        if resp.status() != reqwest::StatusCode::UNAUTHORIZED {
            return Ok(resp);
        }
        let challenge = resp
            .headers()
            .get(WWW_AUTHENTICATE)
            .and_then(|h| h.to_str().ok())
            .unwrap_or_default()
            .to_string();
        let auth = if challenge.to_ascii_lowercase().starts_with("bearer") {
            let realm = challenge_param(&challenge, "realm").unwrap_or_default();
            let mut query = Vec::new();
            for k in ["service", "scope"] {
                if let Some(v) = challenge_param(&challenge, k) {
                    query.push((k, v));
                }
            }
            let token_url =
                reqwest::Url::parse_with_params(&realm, &query).map_err(|e| GetError::Url {
                    url: realm.clone(),
                    message: e.to_string(),
                })?;
            let mut token_req = self.http.get(token_url);
            if let Some((u, p)) = &self.basic {
                token_req = token_req.basic_auth(u, Some(p));
            }
            let token_resp = token_req.send().await.map_err(transfer)?;
            if !token_resp.status().is_success() {
                return Err(status_error(&realm, token_resp.status()));
            }
            let body: Value = token_resp.json().await.map_err(transfer)?;
            let token = body
                .get("token")
                .or_else(|| body.get("access_token"))
                .and_then(Value::as_str)
                .unwrap_or_default();
            format!("Bearer {token}")
        } else {
            let Some((u, p)) = &self.basic else {
                return Err(status_error(&url, reqwest::StatusCode::UNAUTHORIZED));
            };
            let pair = base64::engine::general_purpose::STANDARD.encode(format!("{u}:{p}"));
            format!("Basic {pair}")
        };
        request(Some(auth)).send().await.map_err(transfer)
    }

    /// The tags of `chart`, with Helm's `_` turned back into `+`.
    pub async fn tags(&self, chart: &str) -> Result<Vec<String>, GetError> {
        let path = format!("/v2/{}/tags/list?n=1000", self.repository(chart));
        let resp = self.get(&path, None).await?;
        if !resp.status().is_success() {
            return Err(status_error(&format!("{}{path}", self.base), resp.status()));
        }
        let url = format!("{}{path}", self.base);
        let body: Value = resp.json().await.map_err(|e| GetError::Transfer {
            url,
            message: e.to_string(),
        })?;
        Ok(body
            .get("tags")
            .and_then(Value::as_array)
            .map(|t| {
                t.iter()
                    .filter_map(Value::as_str)
                    .map(|t| t.replace('_', "+"))
                    .collect()
            })
            .unwrap_or_default())
    }

    /// The chart archive of `chart` at `version`: the manifest's Helm chart layer, digest-checked.
    pub async fn pull(&self, chart: &str, version: &str) -> Result<Vec<u8>, GetError> {
        let repository = self.repository(chart);
        let tag = version.replace('+', "_");
        let path = format!("/v2/{repository}/manifests/{tag}");
        let resp = self.get(&path, Some(MANIFEST_TYPES)).await?;
        let url = format!("{}{path}", self.base);
        if !resp.status().is_success() {
            return Err(status_error(&url, resp.status()));
        }
        let manifest: Value = resp.json().await.map_err(|e| GetError::Transfer {
            url: url.clone(),
            message: e.to_string(),
        })?;
        let layer = manifest
            .get("layers")
            .and_then(Value::as_array)
            .and_then(|l| {
                l.iter()
                    .find(|l| l.get("mediaType").and_then(Value::as_str) == Some(CHART_LAYER))
            })
            .ok_or_else(|| GetError::Transfer {
                url: url.clone(),
                message: format!("manifest does not contain a layer with mediatype {CHART_LAYER}"),
            })?;
        let digest = layer
            .get("digest")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string();
        if layer
            .get("size")
            .and_then(Value::as_u64)
            .is_some_and(|s| s > MAX_CHART_SIZE as u64)
        {
            return Err(GetError::TooLarge {
                what: "chart",
                max: MAX_CHART_SIZE,
            });
        }
        let blob_path = format!("/v2/{repository}/blobs/{digest}");
        let resp = self.get(&blob_path, None).await?;
        let blob_url = format!("{}{blob_path}", self.base);
        if !resp.status().is_success() {
            return Err(status_error(&blob_url, resp.status()));
        }
        let body = resp.bytes().await.map_err(|e| GetError::Transfer {
            url: blob_url.clone(),
            message: e.to_string(),
        })?;
        let computed = format!("sha256:{}", hex::encode(sha2::Sha256::digest(&body)));
        if computed != digest {
            return Err(GetError::Transfer {
                url: blob_url,
                message: format!("digest mismatch: computed {computed}, manifest says {digest}"),
            });
        }
        Ok(body.to_vec())
    }
}

fn status_error(url: &str, status: reqwest::StatusCode) -> GetError {
    GetError::Status {
        url: url.to_string(),
        status: format!(
            "{} {}",
            status.as_u16(),
            status.canonical_reason().unwrap_or_default()
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn docker_config_entries_are_matched_by_host() {
        let mut data = BTreeMap::new();
        let auth = base64::engine::general_purpose::STANDARD.encode("u:p");
        data.insert(
            ".dockerconfigjson".to_string(),
            format!(r#"{{"auths":{{"https://127.0.0.1:5000":{{"auth":"{auth}"}}}}}}"#).into_bytes(),
        );
        assert_eq!(
            credentials(&data, "127.0.0.1:5000"),
            Some(("u".to_string(), "p".to_string()))
        );
        assert_eq!(credentials(&data, "ghcr.io"), None);
    }

    #[test]
    fn bearer_challenges_are_parsed() {
        let h = r#"Bearer realm="https://auth.example.com/token",service="registry",scope="repository:charts/podinfo:pull""#;
        assert_eq!(
            challenge_param(h, "realm").unwrap(),
            "https://auth.example.com/token"
        );
        assert_eq!(
            challenge_param(h, "scope").unwrap(),
            "repository:charts/podinfo:pull"
        );
    }
}
