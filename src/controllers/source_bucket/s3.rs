//! The S3 calls of a Bucket, as source-controller makes them through minio-go: does the bucket exist (HEAD),
//! list its objects with their ETags (ListObjectsV2, every page), get one object. Requests are signed with
//! SigV4 query parameters (`rusty-s3`) and sent with our reqwest client (TLS of `certSecretRef`, proxy of
//! `proxySecretRef`). Errors read as minio-go's `ErrorResponse` does (the server's message, or MinIO's
//! `x-minio-error-desc` header for bodiless answers); URLs in messages carry no query, so no signature or key
//! id ever reaches a condition.

use std::time::Duration;

use rusty_s3::{Bucket, Credentials, S3Action, UrlStyle};

/// How long a signed URL stays valid: one request.
const SIGNATURE_TTL: Duration = Duration::from_secs(600);

/// Region used when `spec.region` is empty (MinIO's and S3's default).
const DEFAULT_REGION: &str = "us-east-1";

/// A failed S3 call. `Display` is what source-controller shows after its own words.
#[derive(Debug, thiserror::Error)]
pub enum S3Error {
    /// The server answered with an S3 error.
    #[error("{message}")]
    Response {
        /// S3 error code (`NoSuchBucket`, `InvalidAccessKeyId`, …).
        code: String,
        /// The error text.
        message: String,
    },
    /// The request did not complete (connection, TLS, timeout).
    #[error("{method} \"{url}\": {message}")]
    Transfer {
        method: &'static str,
        url: String,
        message: String,
    },
    /// The listing could not be parsed.
    #[error("failed to parse the object listing: {0}")]
    Listing(String),
}

impl S3Error {
    /// The S3 error code, when the server gave one.
    pub fn code(&self) -> Option<&str> {
        match self {
            S3Error::Response { code, .. } => Some(code),
            _ => None,
        }
    }
}

/// Why a client could not be built from the spec.
#[derive(Debug, thiserror::Error)]
pub enum ClientError {
    /// `spec.endpoint` carries a scheme or a path (minio-go's wording).
    #[error("Endpoint url cannot have fully qualified paths.")]
    FullyQualified,
    /// `spec.endpoint` is not a host.
    #[error("invalid endpoint '{0}'")]
    Endpoint(String),
}

/// What a client needs: where, which bucket, the credentials and the HTTP client.
pub struct Options {
    /// `spec.endpoint`: `host[:port]`.
    pub endpoint: String,
    /// `spec.insecure`: plain HTTP.
    pub insecure: bool,
    /// `spec.bucketName`.
    pub bucket: String,
    /// `spec.region`.
    pub region: Option<String>,
    /// `accesskey` and `secretkey` of `spec.secretRef`; anonymous requests without them.
    pub credentials: Option<(String, String)>,
    /// The HTTP client (TLS material, proxy, connect timeout).
    pub http: reqwest::Client,
}

/// A client of one bucket. `Debug` prints no credential.
pub struct Client {
    bucket: Bucket,
    credentials: Option<Credentials>,
    http: reqwest::Client,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("bucket", &self.bucket.base_url().as_str())
            .finish_non_exhaustive()
    }
}

impl Client {
    /// A client for `opts.bucket` at `opts.endpoint`: path-style URLs, virtual-host style for Amazon's own
    /// endpoints (as minio-go picks them).
    pub fn new(opts: Options) -> Result<Self, ClientError> {
        let endpoint = opts.endpoint.trim();
        if endpoint.contains("://") || endpoint.trim_end_matches('/').contains('/') {
            return Err(ClientError::FullyQualified);
        }
        let scheme = if opts.insecure { "http" } else { "https" };
        let url = reqwest::Url::parse(&format!("{scheme}://{}/", endpoint.trim_end_matches('/')))
            .map_err(|_| ClientError::Endpoint(endpoint.to_string()))?;
        let amazon = url
            .host_str()
            .is_some_and(|h| h.ends_with(".amazonaws.com") || h == "amazonaws.com");
        let style = if amazon {
            UrlStyle::VirtualHost
        } else {
            UrlStyle::Path
        };
        let region = opts
            .region
            .filter(|r| !r.is_empty())
            .unwrap_or_else(|| DEFAULT_REGION.to_string());
        let bucket = Bucket::new(url, style, opts.bucket, region)
            .map_err(|_| ClientError::Endpoint(endpoint.to_string()))?;
        Ok(Self {
            bucket,
            credentials: opts
                .credentials
                .map(|(key, secret)| Credentials::new(key, secret)),
            http: opts.http,
        })
    }

    /// Whether the bucket exists (a HEAD on it: `NoSuchBucket` is `false`, other failures are errors).
    pub async fn bucket_exists(&self) -> Result<bool, S3Error> {
        let url = self
            .bucket
            .head_bucket(self.credentials.as_ref())
            .sign(SIGNATURE_TTL);
        let resp = self.send(reqwest::Method::HEAD, "Head", url).await?;
        match check(resp, false).await {
            Ok(_) => Ok(true),
            Err(e) if e.code() == Some("NoSuchBucket") => Ok(false),
            Err(e) => Err(e),
        }
    }

    /// Every object under `prefix` as `(key, etag)`, the ETag without its quotes (as minio-go gives it).
    pub async fn list(&self, prefix: Option<&str>) -> Result<Vec<(String, String)>, S3Error> {
        let mut out = Vec::new();
        let mut token: Option<String> = None;
        loop {
            let mut action = self.bucket.list_objects_v2(self.credentials.as_ref());
            if let Some(p) = prefix.filter(|p| !p.is_empty()) {
                action.with_prefix(p);
            }
            if let Some(t) = &token {
                action.with_continuation_token(t.clone());
            }
            let url = action.sign(SIGNATURE_TTL);
            let resp = self.send(reqwest::Method::GET, "Get", url).await?;
            let body = check(resp, false).await?;
            let text = String::from_utf8_lossy(&body);
            let page = rusty_s3::actions::ListObjectsV2::parse_response(&text)
                .map_err(|e| S3Error::Listing(e.to_string()))?;
            out.extend(page.contents.into_iter().map(|c| {
                let etag = c.etag.unwrap_or_default().trim_matches('"').to_string();
                (c.key, etag)
            }));
            match page.next_continuation_token {
                Some(t) => token = Some(t),
                None => return Ok(out),
            }
        }
    }

    /// The object `key` and its ETag; `None` when it does not exist (`NoSuchKey`).
    pub async fn get(&self, key: &str) -> Result<Option<(Vec<u8>, String)>, S3Error> {
        let url = self
            .bucket
            .get_object(self.credentials.as_ref(), key)
            .sign(SIGNATURE_TTL);
        let resp = self.send(reqwest::Method::GET, "Get", url).await?;
        let etag = resp
            .headers()
            .get(reqwest::header::ETAG)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .trim_matches('"')
            .to_string();
        match check(resp, true).await {
            Ok(body) => Ok(Some((body, etag))),
            Err(e) if e.code() == Some("NoSuchKey") => Ok(None),
            Err(e) => Err(e),
        }
    }

    async fn send(
        &self,
        method: reqwest::Method,
        verb: &'static str,
        url: reqwest::Url,
    ) -> Result<reqwest::Response, S3Error> {
        self.http
            .request(method, url.clone())
            .send()
            .await
            .map_err(|e| S3Error::Transfer {
                method: verb,
                url: without_query(&url),
                // reqwest's own text would repeat the URL, query (signature) included.
                message: crate::oci::http::error_chain(&e.without_url()),
            })
    }
}

/// The URL as error messages show it: no query (it holds the signature and the key id).
fn without_query(url: &reqwest::Url) -> String {
    let mut u = url.clone();
    u.set_query(None);
    u.to_string()
}

/// The body of a successful answer, or the S3 error it carries. `object` says a missing thing is a key
/// (`NoSuchKey`), not the bucket.
async fn check(resp: reqwest::Response, object: bool) -> Result<Vec<u8>, S3Error> {
    let status = resp.status();
    let headers = resp.headers().clone();
    let body = resp.bytes().await.map_err(|e| S3Error::Transfer {
        method: "Get",
        url: String::new(),
        message: crate::oci::http::error_chain(&e),
    })?;
    if status.is_success() {
        return Ok(body.to_vec());
    }
    let text = String::from_utf8_lossy(&body);
    let (mut code, mut message) = match (xml_field(&text, "Code"), xml_field(&text, "Message")) {
        (Some(code), message) => (code, message.unwrap_or_default()),
        // No XML body (a HEAD): minio-go's fallbacks by status.
        _ => match status.as_u16() {
            404 if object => (
                "NoSuchKey".into(),
                "The specified key does not exist.".into(),
            ),
            404 => (
                "NoSuchBucket".into(),
                "The specified bucket does not exist.".into(),
            ),
            403 => ("AccessDenied".into(), "Access Denied.".into()),
            409 => (
                "Conflict".into(),
                "The bucket you tried to delete is not empty.".into(),
            ),
            412 => (
                "PreconditionFailed".into(),
                "At least one of the pre-conditions you specified did not hold".into(),
            ),
            _ => {
                let shown = if text.is_empty() {
                    status.to_string()
                } else {
                    text.chars().take(1024).collect()
                };
                (status.to_string(), shown)
            }
        },
    };
    let header = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .filter(|v| !v.is_empty())
    };
    if let Some(c) = header("x-minio-error-code") {
        code = c.to_string();
    }
    if let Some(d) = header("x-minio-error-desc") {
        message = d.trim_matches('"').to_string();
    }
    if message.is_empty() {
        message = format!("Error response code {code}.");
    }
    Err(S3Error::Response { code, message })
}

/// The text of the first `<name>` element of an S3 error document, entities decoded.
fn xml_field(text: &str, name: &str) -> Option<String> {
    let open = format!("<{name}>");
    let close = format!("</{name}>");
    let start = text.find(&open)? + open.len();
    let end = start + text[start..].find(&close)?;
    Some(
        text[start..end]
            .replace("&quot;", "\"")
            .replace("&apos;", "'")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::oci::http::TlsMaterial as TlsMaterialForTests;

    #[test]
    fn an_endpoint_with_a_scheme_is_refused_as_minio_go_refuses_it() {
        let opts = |endpoint: &str| Options {
            endpoint: endpoint.into(),
            insecure: true,
            bucket: "b".into(),
            region: None,
            credentials: None,
            http: crate::oci::http::build_http(
                &TlsMaterialForTests::default(),
                Duration::from_secs(5),
                "test",
            )
            .unwrap(),
        };
        assert_eq!(
            Client::new(opts("http://minio:9000"))
                .unwrap_err()
                .to_string(),
            "Endpoint url cannot have fully qualified paths."
        );
        assert!(Client::new(opts("minio:9000")).is_ok());
    }

    #[test]
    fn s3_error_documents_give_their_code_and_message() {
        let doc = "<?xml version=\"1.0\"?><Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided. Check your key and signing method.</Message></Error>";
        assert_eq!(
            xml_field(doc, "Code").as_deref(),
            Some("SignatureDoesNotMatch")
        );
        assert!(
            xml_field(doc, "Message")
                .unwrap()
                .starts_with("The request signature")
        );
    }
}
