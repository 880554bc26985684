//! The HTTP client under registry and Helm repository calls: one rustls stack (ring), the TLS material of a
//! `certSecretRef` (CA bundle, client certificate), a connect timeout.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

/// Why the HTTP client could not be built. The message names the key at fault, never its content.
#[derive(Debug, thiserror::Error)]
pub enum HttpError {
    /// The TLS material is unusable.
    #[error("{0}")]
    Tls(String),
    /// reqwest refused the configuration.
    #[error("{0}")]
    Build(String),
}

/// TLS material: CA bundle and client certificate, each optional.
#[derive(Default, Clone)]
pub struct TlsMaterial {
    /// PEM CA bundle (`ca.crt`); replaces the system roots when set.
    pub ca: Option<Vec<u8>>,
    /// PEM client certificate (`tls.crt`).
    pub cert: Option<Vec<u8>>,
    /// PEM client key (`tls.key`).
    pub key: Option<Vec<u8>>,
}

impl std::fmt::Debug for TlsMaterial {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TlsMaterial")
            .field("ca", &self.ca.is_some())
            .field("cert", &self.cert.is_some())
            .field("key", &self.key.as_ref().map(|_| "<redacted>"))
            .finish()
    }
}

impl TlsMaterial {
    /// Reads `ca.crt`, `tls.crt`, `tls.key` (and the legacy `caFile`, `certFile`, `keyFile`).
    pub fn from_data(data: &BTreeMap<String, Vec<u8>>) -> Self {
        let pick = |a: &str, b: &str| data.get(a).or_else(|| data.get(b)).cloned();
        Self {
            ca: pick("ca.crt", "caFile"),
            cert: pick("tls.crt", "certFile"),
            key: pick("tls.key", "keyFile"),
        }
    }

    /// Whether no TLS setting is given.
    pub fn is_empty(&self) -> bool {
        self.ca.is_none() && self.cert.is_none() && self.key.is_none()
    }
}

/// An error with its causes, as Go's wrapped errors read (`a: b: c`).
pub fn error_chain(e: &(dyn std::error::Error + 'static)) -> String {
    let mut parts = vec![e.to_string()];
    let mut cur = e.source();
    while let Some(c) = cur {
        let s = c.to_string();
        if !parts.iter().any(|p| p.contains(&s)) {
            parts.push(s);
        }
        cur = c.source();
    }
    parts.join(": ")
}

/// The HTTP client: `ca.crt` replaces the system roots when given (otherwise the platform verifier, so a
/// registry signed by a public CA verifies), the client certificate is presented when both halves are there.
pub fn build_http(
    tls: &TlsMaterial,
    timeout: Duration,
    user_agent: &str,
) -> Result<reqwest::Client, HttpError> {
    build_http_via(tls, timeout, user_agent, None)
}

/// [`build_http`] sending every request through `proxy` when one is given.
pub fn build_http_via(
    tls: &TlsMaterial,
    timeout: Duration,
    user_agent: &str,
    proxy: Option<reqwest::Proxy>,
) -> Result<reqwest::Client, HttpError> {
    // reqwest is built without its own crypto provider: make sure the process one (ring) is installed, as
    // `main` does, so tests and library callers get the same TLS stack.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let builder = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| HttpError::Tls(e.to_string()))?;
    let builder = match tls.ca.as_deref() {
        Some(ca) => builder.with_root_certificates(
            crate::git::tls::roots_from_pem(ca, Some("ca.crt")).map_err(HttpError::Tls)?,
        ),
        None => {
            use rustls_platform_verifier::BuilderVerifierExt;
            builder.with_platform_verifier().map_err(|e| {
                HttpError::Tls(format!("unable to load the system CA certificates: {e}"))
            })?
        }
    };
    let mut config = match (tls.cert.as_deref(), tls.key.as_deref()) {
        (Some(cert), Some(key)) => {
            let (certs, key) =
                crate::git::http::parse_identity(cert, key).map_err(HttpError::Tls)?;
            builder
                .with_client_auth_cert(certs, key)
                .map_err(|e| HttpError::Tls(format!("the client certificate 'tls.crt' and private key 'tls.key' are not usable together: {e}")))?
        }
        (Some(_), None) => {
            return Err(HttpError::Tls(
                "found 'tls.crt' but no 'tls.key'".to_string(),
            ));
        }
        (None, Some(_)) => {
            return Err(HttpError::Tls(
                "found 'tls.key' but no 'tls.crt'".to_string(),
            ));
        }
        (None, None) => builder.with_no_client_auth(),
    };
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    let builder = reqwest::Client::builder()
        .tls_backend_preconfigured(config)
        .connect_timeout(timeout)
        .user_agent(user_agent);
    match proxy {
        Some(proxy) => builder.proxy(proxy),
        None => builder.no_proxy(),
    }
    .build()
    .map_err(|e| HttpError::Build(error_chain(&e)))
}
