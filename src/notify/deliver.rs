//! Sends a provider's requests: one HTTP client per delivery (the Provider's proxy, CA and client
//! certificate), the Provider's `timeout` over the whole delivery including retries, and Flux's retry policy
//! (go-retryablehttp: up to 4 retries after connection errors, 429 and 5xx except 501, waiting 2s, 4s, 8s, 16s,
//! at most 30s each). A 2xx answer is success; anything else is an error carrying the status and body.

use std::time::Duration;

use super::providers::Request;

/// Retries after the first attempt.
const RETRY_MAX: u32 = 4;
/// First wait between attempts.
const RETRY_WAIT_MIN: Duration = Duration::from_secs(2);
/// Longest wait between attempts.
const RETRY_WAIT_MAX: Duration = Duration::from_secs(30);
/// How much of an error body goes into the message.
const BODY_EXCERPT: usize = 512;

/// How to reach the service.
#[derive(Debug, Clone, Default)]
pub struct Transport {
    /// The whole delivery's deadline (`spec.timeout`, 15s by default).
    pub timeout: Duration,
    /// HTTP/S proxy URL.
    pub proxy: Option<String>,
    /// PEM CA bundle trusted on top of the system roots.
    pub ca_pem: Option<Vec<u8>>,
    /// PEM client certificate and key (mTLS).
    pub client_cert: Option<(Vec<u8>, Vec<u8>)>,
}

/// Why a delivery failed.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The HTTP client could not be configured (bad CA, certificate or proxy).
    #[error("failed to configure the HTTP client: {0}")]
    Client(String),
    /// Connecting or sending failed on the last attempt.
    #[error("failed to execute request: {0}")]
    Send(String),
    /// The service answered with a non-2xx status on the last attempt.
    #[error("request failed with status code {status}: {body}")]
    Status { status: u16, body: String },
    /// The deadline passed.
    #[error("request timed out after {0:?}")]
    Timeout(Duration),
}

/// Builds the client of `transport`.
fn client(transport: &Transport) -> Result<reqwest::Client, Error> {
    let mut builder =
        crate::git::tls::api_client_builder(transport.timeout, transport.ca_pem.as_deref())
            .map_err(Error::Client)?;
    if let Some(proxy) = &transport.proxy {
        builder =
            builder.proxy(reqwest::Proxy::all(proxy).map_err(|e| Error::Client(e.to_string()))?);
    }
    if let Some((cert, key)) = &transport.client_cert {
        let mut pem = cert.clone();
        pem.push(b'\n');
        pem.extend_from_slice(key);
        let identity =
            reqwest::Identity::from_pem(&pem).map_err(|e| Error::Client(e.to_string()))?;
        builder = builder.identity(identity);
    }
    builder.build().map_err(|e| Error::Client(e.to_string()))
}

/// Whether an answer with `status` is worth another attempt.
fn retryable(status: u16) -> bool {
    status == 429 || (status >= 500 && status != 501)
}

/// Sends every request in order (a later one only after the earlier succeeded) within `transport.timeout`.
pub async fn send_all(requests: &[Request], transport: &Transport) -> Result<(), Error> {
    if requests.is_empty() {
        return Ok(());
    }
    let client = client(transport)?;
    let work = async {
        for request in requests {
            send(&client, request).await?;
        }
        Ok(())
    };
    match tokio::time::timeout(transport.timeout, work).await {
        Ok(result) => result,
        Err(_) => Err(Error::Timeout(transport.timeout)),
    }
}

async fn send(client: &reqwest::Client, request: &Request) -> Result<(), Error> {
    let mut attempt = 0;
    loop {
        let mut builder = client
            .request(request.method.clone(), &request.url)
            .header(reqwest::header::CONTENT_TYPE, &request.content_type)
            .body(request.body.clone());
        for (k, v) in &request.headers {
            builder = builder.header(k.as_str(), v.as_str());
        }
        let outcome = match builder.send().await {
            Ok(response) => {
                let status = response.status().as_u16();
                if response.status().is_success() {
                    return Ok(());
                }
                let body = response.text().await.unwrap_or_default();
                let body: String = body.chars().take(BODY_EXCERPT).collect();
                (retryable(status), Error::Status { status, body })
            }
            Err(e) => (true, Error::Send(crate::oci::http::error_chain(&e))),
        };
        let (again, error) = outcome;
        if !again || attempt >= RETRY_MAX {
            return Err(error);
        }
        let wait = RETRY_WAIT_MIN
            .saturating_mul(1 << attempt)
            .min(RETRY_WAIT_MAX);
        tracing::debug!(url = %redact_url(&request.url), error = %error, retry_in = ?wait, "notification delivery failed, retrying");
        tokio::time::sleep(wait).await;
        attempt += 1;
    }
}

/// The URL without its path and query, for logs: webhook URLs carry their secret in the path.
pub fn redact_url(url: &str) -> String {
    match reqwest::Url::parse(url) {
        Ok(u) => format!("{}://{}", u.scheme(), u.host_str().unwrap_or_default()),
        Err(_) => "<invalid url>".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_throttling_and_server_errors_are_retried() {
        assert!(retryable(429));
        assert!(retryable(500));
        assert!(retryable(503));
        assert!(!retryable(501));
        assert!(!retryable(400));
        assert!(!retryable(404));
    }

    #[test]
    fn redacted_urls_keep_only_scheme_and_host() {
        assert_eq!(
            redact_url("https://hooks.slack.com/services/T/B/secret"),
            "https://hooks.slack.com"
        );
    }

    #[tokio::test]
    async fn a_down_endpoint_fails_within_the_timeout() {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap_or_else(|e| panic!("{e}"));
        let addr = listener.local_addr().unwrap_or_else(|e| panic!("{e}"));
        drop(listener);
        let request = Request::post_json(&format!("http://{addr}/"), &serde_json::json!({}))
            .unwrap_or_else(|e| panic!("{e}"));
        let transport = Transport {
            timeout: Duration::from_millis(500),
            ..Default::default()
        };
        let started = std::time::Instant::now();
        let result = send_all(&[request], &transport).await;
        assert!(result.is_err());
        assert!(started.elapsed() < Duration::from_secs(2));
    }
}
