//! Trusting a private CA on HTTPS remotes (`ca.crt` in a GitRepository's Secret, `flux bootstrap --ca-file`).
//!
//! libgit2 checks server certificates against the system roots only, so a remote signed by a private CA fails
//! there. Its certificate callback hands us the server's leaf certificate; we verify it against the given CA
//! bundle with rustls' WebPKI verifier (chain to one of the CAs, validity dates, host name), and accept the
//! connection only then. The provider and GitHub App API clients trust the same CA ([`api_client_builder`]),
//! and the own HTTP transport builds its roots with [`roots_from_pem`].

use std::sync::Arc;

use rustls::RootCertStore;
use rustls::client::WebPkiServerVerifier;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};

/// Verifies `leaf_der` (the server's certificate) for `host` against the PEM CA bundle `ca_pem`.
///
/// The error says why in words a user can act on (unknown authority, expired, wrong host).
pub fn verify_server(ca_pem: &[u8], leaf_der: &[u8], host: &str) -> Result<(), String> {
    let roots = roots_from_pem(ca_pem, None)?;
    let provider = rustls::crypto::ring::default_provider();
    let verifier = WebPkiServerVerifier::builder_with_provider(Arc::new(roots), Arc::new(provider))
        .build()
        .map_err(|e| format!("invalid CA bundle: {e}"))?;
    let name = ServerName::try_from(host.trim_start_matches('[').trim_end_matches(']'))
        .map_err(|e| format!("invalid host name {host:?}: {e}"))?
        .to_owned();
    let leaf = CertificateDer::from(leaf_der);
    rustls::client::danger::ServerCertVerifier::verify_server_cert(
        verifier.as_ref(),
        &leaf,
        &[],
        &name,
        &[],
        UnixTime::now(),
    )
    .map(|_| ())
    .map_err(|e| format!("x509: certificate verification failed: {e}"))
}

/// A reqwest client builder for provider and GitHub App APIs: the process' rustls provider (ring), Flux's user
/// agent, `timeout` per request, and `ca_pem` trusted on top of the system roots. The error is the CA bundle's.
pub fn api_client_builder(
    timeout: std::time::Duration,
    ca_pem: Option<&[u8]>,
) -> Result<reqwest::ClientBuilder, String> {
    // reqwest is built without its own crypto provider; make sure the process one (ring) is installed, as
    // `main` does, so library callers and tests get the same TLS stack.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let mut builder = reqwest::Client::builder()
        .timeout(timeout)
        .user_agent(concat!("flux/", env!("CARGO_PKG_VERSION")));
    if let Some(pem) = ca_pem {
        for cert in reqwest::Certificate::from_pem_bundle(pem).map_err(|e| e.to_string())? {
            builder = builder.add_root_certificate(cert);
        }
    }
    Ok(builder)
}

/// The trust roots of a PEM CA bundle. `key` names the Secret key it came from, for the messages.
pub fn roots_from_pem(ca_pem: &[u8], key: Option<&str>) -> Result<RootCertStore, String> {
    let named = key.map(|k| format!(" '{k}'")).unwrap_or_default();
    let mut roots = RootCertStore::empty();
    for cert in CertificateDer::pem_slice_iter(ca_pem) {
        let cert = cert.map_err(|e| format!("invalid CA certificate{named}: {e}"))?;
        roots
            .add(cert)
            .map_err(|e| format!("invalid CA certificate{named}: {e}"))?;
    }
    if roots.is_empty() {
        return Err(format!("the CA bundle{named} holds no PEM certificate"));
    }
    Ok(roots)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_bundle_is_refused_with_a_reason() {
        let err = verify_server(b"not pem", b"", "example.com").unwrap_err();
        assert!(err.contains("no PEM certificate"), "{err}");
    }
}
