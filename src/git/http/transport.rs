//! Git's smart HTTP protocol (stateless RPC) over reqwest + rustls, as a libgit2 smart subtransport: what
//! serves the `flux-mtls+https://` remotes of the parent module, presenting the client certificate.
//!
//! libgit2 drives the protocol (ref advertisement, negotiation, pack); this side only moves bytes: a ref
//! listing is `GET <url>/info/refs?service=git-upload-pack`, a negotiation round `POST <url>/git-upload-pack`
//! with what libgit2 wrote as the body (sent on libgit2's first read), and likewise `git-receive-pack` for a
//! push. Errors say what failed in words a user can act on (refused client certificate, untrusted server,
//! authentication) and never carry credentials or key material.

use std::io::{self, Read, Write};
use std::sync::Arc;

use git2::transport::{Service, SmartSubtransport, SmartSubtransportStream};
use reqwest::StatusCode;
use reqwest::header::{ACCEPT, AUTHORIZATION, CONTENT_TYPE};

use super::{PREFIX, Settings};

/// The libgit2 subtransport of one remote.
pub(super) struct Subtransport {
    settings: Arc<Settings>,
}

impl Subtransport {
    pub(super) fn new(settings: Arc<Settings>) -> Self {
        Self { settings }
    }
}

/// `flux-mtls+https://host/repo` → `https://host/repo` (and `flux-mtls+http://…` → `http://…`), without a
/// trailing slash.
fn https_url(url: &str) -> Result<String, git2::Error> {
    url.strip_prefix(PREFIX)
        .filter(|rest| rest.starts_with("https://") || rest.starts_with("http://"))
        .map(|rest| rest.trim_end_matches('/').to_string())
        .ok_or_else(|| git2::Error::from_str("the Flux HTTP transport got a URL of another scheme"))
}

impl SmartSubtransport for Subtransport {
    fn action(
        &self,
        url: &str,
        action: Service,
    ) -> Result<Box<dyn SmartSubtransportStream>, git2::Error> {
        let base = https_url(url)?;
        let (service, listing) = match action {
            Service::UploadPackLs => ("git-upload-pack", true),
            Service::UploadPack => ("git-upload-pack", false),
            Service::ReceivePackLs => ("git-receive-pack", true),
            Service::ReceivePack => ("git-receive-pack", false),
        };
        let endpoint = if listing {
            format!("{base}/info/refs?service={service}")
        } else {
            format!("{base}/{service}")
        };
        Ok(Box::new(Stream {
            settings: self.settings.clone(),
            endpoint,
            service,
            listing,
            body: Vec::new(),
            response: None,
        }))
    }

    fn close(&self) -> Result<(), git2::Error> {
        Ok(())
    }
}

/// One request/response exchange: libgit2 writes the request body, then reads the response.
struct Stream {
    settings: Arc<Settings>,
    endpoint: String,
    service: &'static str,
    /// A ref advertisement (`GET …/info/refs`) rather than an RPC (`POST`).
    listing: bool,
    body: Vec<u8>,
    response: Option<reqwest::blocking::Response>,
}

impl Stream {
    fn send(&mut self) -> io::Result<reqwest::blocking::Response> {
        let client = &self.settings.client;
        let service = self.service;
        let mut request = if self.listing {
            client.get(&self.endpoint).header(ACCEPT, "*/*")
        } else {
            client
                .post(&self.endpoint)
                .header(CONTENT_TYPE, format!("application/x-{service}-request"))
                .header(ACCEPT, format!("application/x-{service}-result"))
                .body(std::mem::take(&mut self.body))
        };
        if let Some(value) = &self.settings.authorization {
            request = request.header(AUTHORIZATION, value);
        }
        let response = request
            .send()
            .map_err(|e| io::Error::other(request_error(e)))?;
        let status = response.status();
        if !status.is_success() {
            let text = response.text().unwrap_or_default();
            return Err(io::Error::other(status_error(status, &text)));
        }
        let expected = if self.listing {
            format!("application/x-{service}-advertisement")
        } else {
            format!("application/x-{service}-result")
        };
        let content_type = response
            .headers()
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(';').next())
            .unwrap_or_default()
            .trim();
        if content_type != expected {
            return Err(io::Error::other(format!(
                "the server is not a smart Git HTTP server: expected content type {expected}, got {content_type:?}"
            )));
        }
        Ok(response)
    }
}

impl Read for Stream {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.response.is_none() {
            self.response = Some(self.send()?);
        }
        match self.response.as_mut() {
            Some(r) => r.read(buf).map_err(|e| io::Error::other(read_error(e))),
            None => Ok(0),
        }
    }
}

impl Write for Stream {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.response.is_some() {
            return Err(io::Error::other(
                "libgit2 wrote to a Git HTTP request that was already sent",
            ));
        }
        self.body.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// An error and its sources, `: `-joined, without the parts that repeat the previous one. The messages handed to
/// libgit2 must hold no NUL byte.
pub(super) fn chain(err: &dyn std::error::Error) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut next = Some(err);
    while let Some(e) = next {
        let text = e.to_string();
        if !parts.last().is_some_and(|last| last.contains(&text)) {
            parts.push(text);
        }
        next = e.source();
    }
    parts.join(": ").replace('\0', "")
}

/// What a failed TLS handshake means, from rustls' wording (alerts the server sent, checks we made).
fn tls_hint(detail: &str) -> Option<&'static str> {
    const REFUSED: [&str; 6] = [
        "CertificateRequired",
        "BadCertificate",
        "UnknownCA",
        "CertificateUnknown",
        "AccessDenied",
        "HandshakeFailure",
    ];
    if detail.contains("alert") && REFUSED.iter().any(|a| detail.contains(a)) {
        return Some(
            "TLS handshake failed: the server refused the client certificate 'tls.crt' (not signed by a CA it trusts, expired, or not for client authentication)",
        );
    }
    if detail.contains("invalid peer certificate") {
        return Some(
            "TLS handshake failed: x509: the server's certificate is not trusted (check 'ca.crt')",
        );
    }
    None
}

/// A request that got no response.
fn request_error(err: reqwest::Error) -> String {
    let timed_out = err.is_timeout();
    // Without the URL: it is the remote's, and a URL may carry user info.
    let detail = chain(&err.without_url());
    if timed_out {
        return format!("the Git HTTP request timed out: {detail}");
    }
    match tls_hint(&detail) {
        Some(hint) => format!("{hint}: {detail}"),
        None => detail,
    }
}

/// A failure while reading a response body (the server may drop the connection after the handshake when it
/// checks the client certificate late, as TLS 1.3 allows).
fn read_error(err: io::Error) -> String {
    let detail = match err.get_ref() {
        Some(inner) => chain(inner),
        None => err.to_string(),
    };
    match tls_hint(&detail) {
        Some(hint) => format!("{hint}: {detail}"),
        None => format!("reading the Git HTTP response failed: {detail}"),
    }
}

/// The readable text of an error page: the HTML `<title>` when there is one, else the first non-empty line,
/// shortened and without control characters.
fn page_text(body: &str) -> String {
    let lower = body.to_ascii_lowercase();
    let title = lower
        .find("<title>")
        .map(|i| i + "<title>".len())
        .and_then(|start| {
            let end = lower[start..].find("</title>")?;
            body.get(start..start + end)
        });
    let text = title.unwrap_or_else(|| {
        body.lines()
            .map(str::trim)
            .find(|l| !l.is_empty())
            .unwrap_or_default()
    });
    text.chars()
        .filter(|c| !c.is_control())
        .take(200)
        .collect::<String>()
        .trim()
        .to_string()
}

/// A non-2xx response. The wording keeps libgit2's `status code: <n>`, which the error classification of
/// `remote.rs` reads (401/403 are authentication failures).
fn status_error(status: StatusCode, body: &str) -> String {
    let code = status.as_u16();
    let page = page_text(body);
    let page = if page.is_empty() {
        String::new()
    } else {
        format!(": {page}")
    };
    let lower = page.to_ascii_lowercase();
    if code == 400 && lower.contains("ssl certificate") {
        // nginx checks the client certificate after the handshake and answers 400 when it is missing or bad.
        return format!(
            "the server refused the client certificate 'tls.crt' (HTTP status code: {code}{page})"
        );
    }
    match code {
        401 | 403 => format!("authentication failed (HTTP status code: {code}{page})"),
        404 => format!("repository not found (HTTP status code: {code}{page})"),
        _ => format!("unexpected HTTP status code: {code}{page}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_private_scheme_maps_back_to_https() {
        assert_eq!(
            https_url("flux-mtls+https://git.example.com:8443/org/repo.git/").unwrap(),
            "https://git.example.com:8443/org/repo.git"
        );
        assert!(https_url("https://git.example.com/r.git").is_err());
    }

    #[test]
    fn statuses_keep_libgit2s_wording_and_the_page_title() {
        let nginx = "<html>\r\n<head><title>400 No required SSL certificate was sent</title></head>\r\n</html>";
        let msg = status_error(StatusCode::BAD_REQUEST, nginx);
        assert!(msg.contains("refused the client certificate"), "{msg}");
        assert!(
            msg.contains("No required SSL certificate was sent"),
            "{msg}"
        );
        let msg = status_error(StatusCode::UNAUTHORIZED, "");
        assert_eq!(msg, "authentication failed (HTTP status code: 401)");
        let msg = status_error(StatusCode::INTERNAL_SERVER_ERROR, "\n  boom\0\n");
        assert_eq!(msg, "unexpected HTTP status code: 500: boom");
    }

    #[test]
    fn handshake_failures_name_the_certificate_at_fault() {
        let refused = tls_hint("connection error: received fatal alert: CertificateRequired");
        assert!(refused.is_some_and(|h| h.contains("'tls.crt'")));
        let untrusted = tls_hint("invalid peer certificate: UnknownIssuer");
        assert!(untrusted.is_some_and(|h| h.contains("'ca.crt'")));
        assert_eq!(tls_hint("connection refused"), None);
    }
}
