//! Trusting a private CA on HTTPS remotes (`ca.crt` in a GitRepository's Secret, `flux bootstrap --ca-file`).
//!
//! libgit2 checks server certificates against the system roots only, so a remote signed by a private CA fails
//! there. Its certificate callback hands us the server's leaf certificate; we verify it against the given CA
//! bundle with rustls' WebPKI verifier (chain to one of the CAs, validity dates, host name), and accept the
//! connection only then.

use std::sync::Arc;

use rustls::RootCertStore;
use rustls::client::WebPkiServerVerifier;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};

/// Verifies `leaf_der` (the server's certificate) for `host` against the PEM CA bundle `ca_pem`.
///
/// The error says why in words a user can act on (unknown authority, expired, wrong host).
pub fn verify_server(ca_pem: &[u8], leaf_der: &[u8], host: &str) -> Result<(), String> {
    let mut roots = RootCertStore::empty();
    let mut found = 0;
    for cert in CertificateDer::pem_slice_iter(ca_pem) {
        let cert = cert.map_err(|e| format!("invalid CA certificate: {e}"))?;
        roots
            .add(cert)
            .map_err(|e| format!("invalid CA certificate: {e}"))?;
        found += 1;
    }
    if found == 0 {
        return Err("the CA bundle holds no PEM certificate".into());
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_bundle_is_refused_with_a_reason() {
        let err = verify_server(b"not pem", b"", "example.com").unwrap_err();
        assert!(err.contains("no PEM certificate"), "{err}");
    }
}
