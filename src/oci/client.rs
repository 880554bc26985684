//! A client of one OCI registry over the distribution API: tags, manifests (HEAD to resolve a digest without a
//! pull), blobs, and pushes, answering the registry's `WWW-Authenticate` challenge (`Basic`, or `Bearer` with a
//! token from the realm it names).
//!
//! The header that answered the last challenge is kept and sent up front, so a client used for several calls
//! (a reconcile, a push) pays the 401 round trip once. Errors read as go-containerregistry's do (`GET <url>:
//! MANIFEST_UNKNOWN: manifest unknown; map[Tag:v9]`), since users compare them with Flux's; none carries a
//! credential.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use base64::Engine as _;
use reqwest::Method;
use reqwest::header::{ACCEPT, AUTHORIZATION, CONTENT_TYPE, LOCATION, WWW_AUTHENTICATE};
use serde_json::Value;
use sha2::Digest as _;

use super::auth::{Credentials, challenge_param};
use super::http::{HttpError, TlsMaterial, build_http, error_chain};

/// OCI image manifest media type.
pub const OCI_MANIFEST: &str = "application/vnd.oci.image.manifest.v1+json";

/// The manifest types asked for: OCI and Docker v2 image manifests.
const MANIFEST_ACCEPT: &str = "application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json";

/// A failed registry call.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The registry answered with an error status; `message` is its error document, as go-containerregistry
    /// renders it.
    #[error("{method} {url}: {message}")]
    Status {
        method: String,
        url: String,
        status: u16,
        /// `401 Unauthorized`.
        status_text: String,
        message: String,
    },
    /// The connection or the transfer failed (TLS and DNS errors included).
    #[error("{method} \"{url}\": {message}")]
    Transfer {
        method: String,
        url: String,
        message: String,
    },
    /// An address does not parse.
    #[error("invalid URL '{url}': {message}")]
    Url { url: String, message: String },
    /// A blob is larger than the caller allows.
    #[error("{what} exceeds the maximum {what} file size of {max} bytes")]
    TooLarge { what: &'static str, max: usize },
    /// A blob or manifest does not hash to its digest.
    #[error("digest mismatch for {url}: computed {computed}, expected {expected}")]
    Digest {
        url: String,
        computed: String,
        expected: String,
    },
    /// A response is not what the API promises (a manifest that is not JSON, a push without a Location).
    #[error("invalid response from {url}: {message}")]
    Invalid { url: String, message: String },
    /// The HTTP client could not be built.
    #[error("failed to build the registry client: {0}")]
    Http(#[source] HttpError),
}

impl Error {
    /// The HTTP status of a registry answer, if the call got that far.
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Status { status, .. } => Some(*status),
            _ => None,
        }
    }
}

/// A manifest as the registry served it.
#[derive(Debug, Clone)]
pub struct Manifest {
    /// The raw bytes (the digest is over them).
    pub bytes: Vec<u8>,
    /// `sha256:<hex>`.
    pub digest: String,
    /// The parsed document.
    pub json: Value,
}

/// A client of one registry host. Cheap to clone; clones share the cached authorization.
#[derive(Clone)]
pub struct Client {
    http: reqwest::Client,
    /// `http(s)://host[:port]`.
    base: String,
    credentials: Credentials,
    /// The `Authorization` header that answered the last challenge.
    auth: Arc<Mutex<Option<String>>>,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("base", &self.base)
            .field("credentials", &self.credentials)
            .finish_non_exhaustive()
    }
}

/// Options of a [`Client`].
#[derive(Debug, Clone)]
pub struct Options {
    /// `host[:port]`.
    pub host: String,
    /// Plain HTTP instead of HTTPS.
    pub insecure: bool,
    /// What to answer challenges with.
    pub credentials: Credentials,
    /// CA bundle and client certificate.
    pub tls: TlsMaterial,
    /// Connect timeout.
    pub timeout: Duration,
    /// The `User-Agent` header.
    pub user_agent: String,
    /// Plain HTTP for loopback, `localhost`, `*.local` and RFC 1918 hosts even without `insecure`, as
    /// go-containerregistry (and so Flux's CLI) decides the scheme.
    pub plain_http_for_local: bool,
}

/// Whether go-containerregistry would talk plain HTTP to `host` by default.
pub fn is_local(host: &str) -> bool {
    let name = host.rsplit_once(':').map_or(host, |(h, p)| {
        if p.chars().all(|c| c.is_ascii_digit()) && !h.ends_with(':') {
            h
        } else {
            host
        }
    });
    if host.starts_with("localhost:") || host.contains("127.0.0.1") || host.contains("::1") {
        return true;
    }
    if name.ends_with(".local") {
        return true;
    }
    match name.parse::<std::net::Ipv4Addr>() {
        Ok(ip) => ip.is_private(),
        Err(_) => false,
    }
}

/// `CODE: message[; detail]` of a registry error document, as go-containerregistry prints a diagnostic.
fn render_errors(body: &[u8]) -> Option<String> {
    let doc: Value = serde_json::from_slice(body).ok()?;
    let errors = doc.get("errors")?.as_array()?;
    let rendered: Vec<String> = errors
        .iter()
        .map(|e| {
            let code = e.get("code").and_then(Value::as_str).unwrap_or_default();
            let message = e.get("message").and_then(Value::as_str).unwrap_or_default();
            match e.get("detail") {
                Some(d) if !d.is_null() => format!("{code}: {message}; {}", go_value(d)),
                _ => format!("{code}: {message}"),
            }
        })
        .collect();
    match rendered.len() {
        0 => None,
        1 => rendered.into_iter().next(),
        _ => Some(format!("multiple errors returned: {}", rendered.join("; "))),
    }
}

/// A JSON value as Go's `%v` prints the `interface{}` it decodes to (`map[k:v]`, `[a b]`).
fn go_value(v: &Value) -> String {
    match v {
        Value::Null => "<nil>".to_string(),
        Value::String(s) => s.clone(),
        Value::Array(a) => format!("[{}]", a.iter().map(go_value).collect::<Vec<_>>().join(" ")),
        Value::Object(o) => {
            let mut entries: Vec<(&String, &Value)> = o.iter().collect();
            entries.sort_by(|a, b| a.0.cmp(b.0));
            let parts: Vec<String> = entries
                .into_iter()
                .map(|(k, v)| format!("{k}:{}", go_value(v)))
                .collect();
            format!("map[{}]", parts.join(" "))
        }
        other => other.to_string(),
    }
}

fn sha256(data: &[u8]) -> String {
    format!("sha256:{}", hex::encode(sha2::Sha256::digest(data)))
}

impl Client {
    /// A client of `opts.host`.
    pub fn new(opts: Options) -> Result<Self, Error> {
        let plain = opts.insecure || (opts.plain_http_for_local && is_local(&opts.host));
        let scheme = if plain { "http" } else { "https" };
        Ok(Self {
            http: build_http(&opts.tls, opts.timeout, &opts.user_agent).map_err(Error::Http)?,
            base: format!("{scheme}://{}", opts.host),
            credentials: opts.credentials,
            auth: Arc::new(Mutex::new(None)),
        })
    }

    /// The absolute URL of an API path.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    fn cached_auth(&self) -> Option<String> {
        self.auth.lock().ok().and_then(|a| a.clone())
    }

    /// Answers a challenge: the header to retry with, or `None` when we have nothing the registry accepts.
    async fn answer(&self, challenge: &str, url: &str) -> Result<Option<String>, Error> {
        let lower = challenge.to_ascii_lowercase();
        if lower.starts_with("bearer") {
            if let Credentials::Token(t) = &self.credentials {
                return Ok(Some(format!("Bearer {t}")));
            }
            let realm = challenge_param(challenge, "realm").unwrap_or_default();
            let mut query = Vec::new();
            for k in ["service", "scope"] {
                if let Some(v) = challenge_param(challenge, k) {
                    query.push((k, v));
                }
            }
            let token_url =
                reqwest::Url::parse_with_params(&realm, &query).map_err(|e| Error::Url {
                    url: realm.clone(),
                    message: e.to_string(),
                })?;
            let mut req = self.http.get(token_url);
            if let Credentials::Basic { username, password } = &self.credentials {
                req = req.basic_auth(username, Some(password));
            }
            let resp = req.send().await.map_err(|e| Error::Transfer {
                method: "GET".into(),
                url: realm.clone(),
                message: error_chain(&e),
            })?;
            if !resp.status().is_success() {
                return Err(status_error("GET", &realm, resp).await);
            }
            let body: Value = resp.json().await.map_err(|e| Error::Invalid {
                url: realm.clone(),
                message: e.to_string(),
            })?;
            let token = body
                .get("token")
                .or_else(|| body.get("access_token"))
                .and_then(Value::as_str)
                .unwrap_or_default();
            return Ok(Some(format!("Bearer {token}")));
        }
        let _ = url;
        Ok(match &self.credentials {
            Credentials::Basic { username, password } => {
                let pair = base64::engine::general_purpose::STANDARD
                    .encode(format!("{username}:{password}"));
                Some(format!("Basic {pair}"))
            }
            Credentials::Token(t) => Some(format!("Bearer {t}")),
            Credentials::Anonymous => None,
        })
    }

    /// Sends one request, answering a 401 challenge once. The response may still be an error status.
    async fn send(
        &self,
        method: Method,
        url: &str,
        accept: Option<&str>,
        body: Option<(&[u8], &str)>,
    ) -> Result<reqwest::Response, Error> {
        let request = |auth: Option<String>| {
            let mut r = self.http.request(method.clone(), url);
            if let Some(a) = accept {
                r = r.header(ACCEPT, a);
            }
            if let Some(a) = auth {
                r = r.header(AUTHORIZATION, a);
            }
            if let Some((data, content_type)) = body {
                r = r.header(CONTENT_TYPE, content_type).body(data.to_vec());
            }
            r
        };
        let transfer = |e: reqwest::Error| Error::Transfer {
            method: title_case(method.as_str()),
            url: url.to_string(),
            message: error_chain(&e),
        };
        let resp = request(self.cached_auth()).send().await.map_err(transfer)?;
        if resp.status() != reqwest::StatusCode::UNAUTHORIZED {
            return Ok(resp);
        }
        let challenge = resp
            .headers()
            .get(WWW_AUTHENTICATE)
            .and_then(|h| h.to_str().ok())
            .unwrap_or_default()
            .to_string();
        let Some(auth) = self.answer(&challenge, url).await? else {
            return Ok(resp);
        };
        if let Ok(mut cached) = self.auth.lock() {
            *cached = Some(auth.clone());
        }
        request(Some(auth)).send().await.map_err(transfer)
    }

    /// The tags of `repository`, following `Link` pagination.
    pub async fn tags(&self, repository: &str) -> Result<Vec<String>, Error> {
        let mut out = Vec::new();
        let mut path = format!("/v2/{repository}/tags/list?n=1000");
        loop {
            let url = self.url(&path);
            let resp = self.send(Method::GET, &url, None, None).await?;
            if !resp.status().is_success() {
                return Err(status_error("GET", &url, resp).await);
            }
            let next = resp
                .headers()
                .get(reqwest::header::LINK)
                .and_then(|h| h.to_str().ok())
                .and_then(|l| l.split_once('<'))
                .and_then(|(_, r)| r.split_once('>'))
                .map(|(p, _)| p.to_string());
            let body: Value = resp.json().await.map_err(|e| Error::Invalid {
                url: url.clone(),
                message: e.to_string(),
            })?;
            out.extend(
                body.get("tags")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_str)
                    .map(str::to_string),
            );
            match next {
                Some(p) if p.starts_with('/') => path = p,
                _ => return Ok(out),
            }
        }
    }

    /// The digest `reference` (a tag or digest) points at, from a HEAD request; when the registry gives no
    /// digest that way, from the manifest itself (as go-containerregistry falls back to a GET).
    pub async fn resolve(&self, repository: &str, reference: &str) -> Result<String, Error> {
        let url = self.url(&format!("/v2/{repository}/manifests/{reference}"));
        let resp = self
            .send(Method::HEAD, &url, Some(MANIFEST_ACCEPT), None)
            .await?;
        if resp.status().is_success()
            && let Some(d) = resp
                .headers()
                .get("docker-content-digest")
                .and_then(|h| h.to_str().ok())
        {
            return Ok(d.to_string());
        }
        Ok(self.manifest(repository, reference).await?.digest)
    }

    /// The manifest of `reference`, digest-checked when `reference` is a digest.
    pub async fn manifest(&self, repository: &str, reference: &str) -> Result<Manifest, Error> {
        let url = self.url(&format!("/v2/{repository}/manifests/{reference}"));
        let resp = self
            .send(Method::GET, &url, Some(MANIFEST_ACCEPT), None)
            .await?;
        if !resp.status().is_success() {
            return Err(status_error("GET", &url, resp).await);
        }
        let bytes = resp.bytes().await.map_err(|e| Error::Transfer {
            method: "Get".into(),
            url: url.clone(),
            message: error_chain(&e),
        })?;
        let digest = sha256(&bytes);
        if reference.starts_with("sha256:") && reference != digest {
            return Err(Error::Digest {
                url,
                computed: digest,
                expected: reference.to_string(),
            });
        }
        let json = serde_json::from_slice(&bytes).map_err(|e| Error::Invalid {
            url: url.clone(),
            message: e.to_string(),
        })?;
        Ok(Manifest {
            bytes: bytes.to_vec(),
            digest,
            json,
        })
    }

    /// The blob `digest` of `repository`, refused beyond `max` bytes and checked against its digest.
    pub async fn blob(
        &self,
        repository: &str,
        digest: &str,
        max: Option<(usize, &'static str)>,
    ) -> Result<Vec<u8>, Error> {
        let url = self.url(&format!("/v2/{repository}/blobs/{digest}"));
        let resp = self.send(Method::GET, &url, None, None).await?;
        if !resp.status().is_success() {
            return Err(status_error("GET", &url, resp).await);
        }
        if let Some((max, what)) = max
            && resp.content_length().is_some_and(|l| l > max as u64)
        {
            return Err(Error::TooLarge { what, max });
        }
        let body = resp.bytes().await.map_err(|e| Error::Transfer {
            method: "Get".into(),
            url: url.clone(),
            message: error_chain(&e),
        })?;
        let computed = sha256(&body);
        if computed != digest {
            return Err(Error::Digest {
                url,
                computed,
                expected: digest.to_string(),
            });
        }
        Ok(body.to_vec())
    }

    /// Uploads `data` as a blob unless the registry has it already; returns its digest.
    pub async fn push_blob(&self, repository: &str, data: &[u8]) -> Result<String, Error> {
        let digest = sha256(data);
        let url = self.url(&format!("/v2/{repository}/blobs/{digest}"));
        let head = self.send(Method::HEAD, &url, None, None).await?;
        if head.status().is_success() {
            return Ok(digest);
        }
        let start = self.url(&format!("/v2/{repository}/blobs/uploads/"));
        let resp = self.send(Method::POST, &start, None, None).await?;
        if resp.status() != reqwest::StatusCode::ACCEPTED {
            return Err(status_error("POST", &start, resp).await);
        }
        let location = resp
            .headers()
            .get(LOCATION)
            .and_then(|h| h.to_str().ok())
            .ok_or_else(|| Error::Invalid {
                url: start.clone(),
                message: "upload started without a Location header".into(),
            })?;
        let mut upload = if location.starts_with('/') {
            reqwest::Url::parse(&self.url(location))
        } else {
            reqwest::Url::parse(location)
        }
        .map_err(|e| Error::Url {
            url: location.to_string(),
            message: e.to_string(),
        })?;
        upload.query_pairs_mut().append_pair("digest", &digest);
        let put_url = upload.to_string();
        // docker-registry refuses a blob PUT without this content type.
        let resp = self
            .send(
                Method::PUT,
                &put_url,
                None,
                Some((data, "application/octet-stream")),
            )
            .await?;
        if !resp.status().is_success() {
            return Err(status_error("PUT", &put_url, resp).await);
        }
        Ok(digest)
    }

    /// Puts a manifest under `reference` (a tag); returns its digest.
    pub async fn push_manifest(
        &self,
        repository: &str,
        reference: &str,
        bytes: &[u8],
        media_type: &str,
    ) -> Result<String, Error> {
        let url = self.url(&format!("/v2/{repository}/manifests/{reference}"));
        let resp = self
            .send(Method::PUT, &url, None, Some((bytes, media_type)))
            .await?;
        if !resp.status().is_success() {
            return Err(status_error("PUT", &url, resp).await);
        }
        Ok(sha256(bytes))
    }
}

/// `GET` → `Get`, as Go's net/http names a method in a transport error.
fn title_case(method: &str) -> String {
    let lower = method.to_ascii_lowercase();
    let mut c = lower.chars();
    match c.next() {
        Some(f) => f.to_ascii_uppercase().to_string() + c.as_str(),
        None => String::new(),
    }
}

/// The error of a non-success answer: the registry's error document when there is one, else the status.
async fn status_error(method: &str, url: &str, resp: reqwest::Response) -> Error {
    let status = resp.status();
    let status_text = format!(
        "{} {}",
        status.as_u16(),
        status.canonical_reason().unwrap_or_default()
    );
    let body = resp.bytes().await.unwrap_or_default();
    let message = render_errors(&body).unwrap_or_else(|| {
        let text = String::from_utf8_lossy(&body);
        let text = text.trim();
        if text.is_empty() {
            format!("unexpected status code {status_text}")
        } else {
            format!("unexpected status code {status_text}: {text}")
        }
    });
    Error::Status {
        method: method.to_string(),
        url: url.to_string(),
        status: status.as_u16(),
        status_text,
        message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registry_errors_read_as_go_containerregistry_prints_them() {
        let body = br#"{"errors":[{"code":"MANIFEST_UNKNOWN","message":"manifest unknown","detail":{"Tag":"v9"}}]}"#;
        assert_eq!(
            render_errors(body).as_deref(),
            Some("MANIFEST_UNKNOWN: manifest unknown; map[Tag:v9]")
        );
        let body = br#"{"errors":[{"code":"UNAUTHORIZED","message":"authentication required","detail":[{"Type":"repository","Name":"app","Action":"pull"}]}]}"#;
        assert_eq!(
            render_errors(body).as_deref(),
            Some(
                "UNAUTHORIZED: authentication required; [map[Action:pull Name:app Type:repository]]"
            )
        );
        assert_eq!(render_errors(b"not json"), None);
    }

    #[test]
    fn local_hosts_are_spoken_to_over_plain_http_as_go_containerregistry_does() {
        assert!(is_local("127.0.0.1:5000"));
        assert!(is_local("localhost:5000"));
        assert!(is_local("192.168.1.10:5000"));
        assert!(is_local("registry.local"));
        assert!(!is_local("ghcr.io"));
        assert!(!is_local("8.8.8.8:443"));
    }

    #[test]
    fn transport_methods_are_named_as_go_names_them() {
        assert_eq!(title_case("GET"), "Get");
        assert_eq!(title_case("HEAD"), "Head");
    }
}
