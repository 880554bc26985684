//! Our own Git smart-HTTP transport, for the remotes libgit2 cannot serve:
//! - HTTPS with a client certificate (mutual TLS: `tls.crt` + `tls.key`, optionally `ca.crt`, in a
//!   GitRepository's Secret), which libgit2 cannot present;
//! - plain HTTP behind a proxy (`proxySecretRef`), which libgit2 would connect to directly;
//! - HTTP(S) behind a SOCKS5 proxy, which libgit2 does not speak.
//!
//! These remotes, and only these, go through [`transport`] (reqwest over rustls). The URL handed to libgit2 is rewritten from `https://…` to
//! `flux-mtls+https://…`, a scheme registered with libgit2 once per process whose factory wraps
//! [`transport::Subtransport`] in libgit2's smart (stateless RPC) protocol. Every other remote keeps libgit2's own
//! HTTPS.
//!
//! libgit2 has no way to hand the transport the remote's settings (client identity, CA, basic or bearer
//! credentials, proxy, timeout). A [`Scope`] puts them in a thread-local table for the duration of one libgit2
//! call: libgit2 runs the transport factory, and then the subtransport, synchronously on the thread that called
//! it, so the factory finds exactly the settings of the operation that asked, however many reconciles run at once.

mod transport;

use std::cell::RefCell;
use std::marker::PhantomData;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use base64::Engine;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};

use super::error::Error;
use super::{Remote, Result};

/// The scheme libgit2 is given instead of `https` for remotes with a client certificate.
pub(super) const SCHEME: &str = "flux-mtls+https";
/// The scheme libgit2 is given instead of `http` for plain-HTTP remotes behind a proxy, which libgit2 itself
/// would connect to directly.
pub(super) const SCHEME_HTTP: &str = "flux-mtls+http";
/// What both schemes start with; the rest is the real URL.
pub(super) const PREFIX: &str = "flux-mtls+";

/// Connect limit of one HTTP request (the whole operation is bounded by the remote's timeout).
const CONNECT_TIMEOUT: Duration = Duration::from_secs(30);

/// The client certificate chain and private key in `tls.crt` / `tls.key`. Errors name the Secret key at fault and
/// never quote its content.
pub(crate) fn parse_identity(
    cert: &[u8],
    key: &[u8],
) -> std::result::Result<(Vec<CertificateDer<'static>>, PrivateKeyDer<'static>), String> {
    let certs = CertificateDer::pem_slice_iter(cert)
        .collect::<std::result::Result<Vec<_>, _>>()
        .map_err(|e| format!("invalid client certificate 'tls.crt': {e}"))?;
    if certs.is_empty() {
        return Err("the client certificate 'tls.crt' holds no PEM certificate".into());
    }
    // The error of the PEM reader says what it could not parse, never the bytes.
    let key = PrivateKeyDer::from_pem_slice(key).map_err(|e| match e {
        rustls::pki_types::pem::Error::NoItemsFound => {
            "the private key 'tls.key' holds no PEM private key".to_string()
        }
        _ => "the private key 'tls.key' is not a valid PEM private key".to_string(),
    })?;
    Ok((certs, key))
}

/// What the transport needs to talk to one remote. `Debug` prints no credential.
pub(super) struct Settings {
    /// HTTP client presenting the client certificate, trusting `ca.crt` (or the system roots), through the proxy.
    client: reqwest::blocking::Client,
    /// `Authorization` header value: `Basic …` from `username`/`password`, or `Bearer …` from `bearerToken`.
    authorization: Option<String>,
}

impl std::fmt::Debug for Settings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Settings")
            .field(
                "authorization",
                &self.authorization.as_ref().map(|_| "<redacted>"),
            )
            .finish_non_exhaustive()
    }
}

/// The rustls configuration of `remote`: its client identity (if any), and `ca.crt` in place of the system roots
/// when set.
fn tls_config(remote: &Remote) -> std::result::Result<rustls::ClientConfig, String> {
    let auth = &remote.auth;
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let builder = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| format!("TLS setup: {e}"))?;
    let builder = match auth.ca.as_deref() {
        Some(ca) => builder.with_root_certificates(super::tls::roots_from_pem(ca, Some("ca.crt"))?),
        None => {
            use rustls_platform_verifier::BuilderVerifierExt;
            builder
                .with_platform_verifier()
                .map_err(|e| format!("unable to load the system CA certificates: {e}"))?
        }
    };
    let mut config = match (auth.tls_cert.as_deref(), auth.tls_key.as_deref()) {
        (Some(cert), Some(key)) => {
            let (certs, key) = parse_identity(cert, key)?;
            builder.with_client_auth_cert(certs, key).map_err(|e| {
                format!(
                    "the client certificate 'tls.crt' and private key 'tls.key' are not usable together: {e}"
                )
            })?
        }
        // An HTTPS remote behind a SOCKS5 proxy, without a client certificate.
        _ => builder.with_no_client_auth(),
    };
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(config)
}

/// Redirects are followed (at most 5) but never from HTTPS to plain HTTP: the request body and the client
/// certificate stay on TLS. reqwest drops the `Authorization` header when a redirect leaves the host.
fn redirect_policy() -> reqwest::redirect::Policy {
    reqwest::redirect::Policy::custom(|attempt| {
        let from_https = attempt
            .previous()
            .first()
            .is_some_and(|u| u.scheme() == "https");
        if from_https && attempt.url().scheme() != "https" {
            attempt.error("refusing a redirect off HTTPS")
        } else if attempt.previous().len() >= 5 {
            attempt.error("too many redirects")
        } else {
            attempt.follow()
        }
    })
}

impl Settings {
    /// Builds the HTTP client of `remote`: an `https://` one carries a client certificate or goes through a SOCKS5
    /// proxy; an `http://` one goes through its proxy.
    fn new(remote: &Remote) -> std::result::Result<Self, String> {
        let mut builder = reqwest::blocking::Client::builder();
        if remote.url.starts_with("https://") {
            builder = builder.tls_backend_preconfigured(tls_config(remote)?);
        }
        let mut builder = builder
            .connect_timeout(CONNECT_TIMEOUT)
            .timeout(remote.timeout)
            .user_agent(concat!("git/2.0 (flux/", env!("CARGO_PKG_VERSION"), ")"))
            .redirect(redirect_policy());
        builder = match &remote.proxy {
            Some(proxy) => {
                // SOCKS5 credentials travel in the URL; HTTP proxies get a Proxy-Authorization header.
                let url = if proxy.is_socks() {
                    proxy.url()
                } else {
                    proxy.address().to_string()
                };
                let mut p = reqwest::Proxy::all(&url)
                    .map_err(|e| format!("invalid proxy address '{}': {e}", proxy.address()))?;
                if let (false, Some((user, password))) = (proxy.is_socks(), proxy.credentials()) {
                    p = p.basic_auth(user, password);
                }
                builder.proxy(p)
            }
            None => builder.no_proxy(),
        };
        let client = builder.build().map_err(|e| {
            format!(
                "unable to set up the HTTPS client: {}",
                transport::chain(&e)
            )
        })?;
        let auth = &remote.auth;
        let authorization = if let Some(token) = &auth.bearer_token {
            Some(format!("Bearer {token}"))
        } else if let (Some(u), Some(p)) = (&auth.username, &auth.password) {
            let basic = base64::engine::general_purpose::STANDARD.encode(format!("{u}:{p}"));
            Some(format!("Basic {basic}"))
        } else {
            None
        };
        Ok(Self {
            client,
            authorization,
        })
    }
}

thread_local! {
    /// Settings of the libgit2 calls running on this thread, innermost last, by the URL libgit2 was given.
    static ACTIVE: RefCell<Vec<(String, Arc<Settings>)>> = const { RefCell::new(Vec::new()) };
}

/// The settings a libgit2 call on this thread registered for `url` (the rewritten one).
fn settings_for(url: &str) -> Option<Arc<Settings>> {
    ACTIVE.with(|a| {
        a.borrow()
            .iter()
            .rev()
            .find(|(u, _)| u == url)
            .map(|(_, s)| s.clone())
    })
}

/// Registers [`SCHEME`] with libgit2 once per process; the outcome is kept for every later caller.
fn register() -> std::result::Result<(), String> {
    static REGISTERED: OnceLock<std::result::Result<(), String>> = OnceLock::new();
    REGISTERED
        .get_or_init(|| {
            // SAFETY: `git2::transport::register` is unsafe because libgit2's table of custom transports is not
            // synchronised: libgit2 reads it on every connection (any URL), so registering while another thread
            // connects is a data race. Every libgit2 remote operation of this crate (ref listing, fetch, clone,
            // push: `remote.rs`, `workdir.rs`, `submodule.rs` through `fetch`) first enters a [`Scope`], and
            // `Scope::enter` calls this function for every remote, mTLS or not. The OnceLock runs the
            // registration exactly once and makes every other caller wait for it to finish, so no libgit2
            // connection can start before or during it. The factory is 'static, Send and Sync as required.
            [SCHEME, SCHEME_HTTP]
                .into_iter()
                .try_for_each(|scheme| unsafe {
                    git2::transport::register(scheme, |remote| {
                        let url = remote.url().unwrap_or_default();
                        let settings = settings_for(url).ok_or_else(|| {
                            git2::Error::from_str(
                                "Flux HTTP transport used outside of a Flux operation (no settings for this URL)",
                            )
                        })?;
                        git2::transport::Transport::smart(
                            remote,
                            true,
                            transport::Subtransport::new(settings),
                        )
                    })
                })
                .map_err(|e| format!("unable to register the Flux HTTP transport: {}", e.message()))
        })
        .clone()
}

/// The URL to hand libgit2 for one operation on a remote, and (for a remote with a client certificate) the
/// settings its transport finds while the scope lives. Must be dropped on the thread that entered it.
pub(super) struct Scope {
    url: String,
    active: bool,
    /// Tied to this thread: the settings live in a thread-local.
    _thread: PhantomData<*const ()>,
}

impl Scope {
    /// Enters the scope of one libgit2 operation on `remote`. Remotes without a client certificate (or not over
    /// HTTPS) keep their URL and libgit2's own transports.
    pub(super) fn enter(remote: &Remote) -> Result<Self> {
        // Before any libgit2 connection, mTLS or not: see the SAFETY note in `register`.
        let registered = register();
        let plain = Self {
            url: remote.url.clone(),
            active: false,
            _thread: PhantomData,
        };
        // Ours: HTTPS with a client certificate, and plain HTTP behind a proxy. Everything else is libgit2's.
        // libgit2 has no SOCKS support either, so a SOCKS5 proxy takes HTTPS remotes through ours too.
        let socks = remote.proxy.as_ref().is_some_and(|p| p.is_socks());
        let scheme = if remote.url.starts_with("https://")
            && (remote.auth.has_client_certificate() || socks)
        {
            SCHEME
        } else if remote.url.starts_with("http://") && remote.proxy.is_some() {
            SCHEME_HTTP
        } else {
            return Ok(plain);
        };
        let rest = remote
            .url
            .split_once("://")
            .map(|(_, rest)| rest)
            .unwrap_or_default();
        registered.map_err(|message| Error::ListRefs {
            url: remote.url.clone(),
            message,
        })?;
        let settings = Settings::new(remote).map_err(Error::InvalidAuth)?;
        let url = format!("{scheme}://{rest}");
        ACTIVE.with(|a| a.borrow_mut().push((url.clone(), Arc::new(settings))));
        Ok(Self {
            url,
            active: true,
            _thread: PhantomData,
        })
    }

    /// The URL libgit2 is to be given.
    pub(super) fn url(&self) -> &str {
        &self.url
    }

    /// The proxy settings for libgit2: none when our transport carries the remote (its client has the proxy).
    pub(super) fn libgit2_proxy(&self, remote: &Remote) -> Option<git2::ProxyOptions<'static>> {
        if self.active {
            return None;
        }
        remote.proxy.as_ref().map(|p| p.options())
    }
}

impl Drop for Scope {
    fn drop(&mut self) {
        if !self.active {
            return;
        }
        ACTIVE.with(|a| {
            let mut a = a.borrow_mut();
            if let Some(i) = a.iter().rposition(|(u, _)| u == &self.url) {
                a.remove(i);
            }
        });
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::git::Auth;

    /// Test PKI made with openssl (P-256, valid for 100 years): a CA, a server certificate for 127.0.0.1 and a
    /// client certificate it signed, and a self-signed client certificate no server trusts.
    pub(crate) const CA: &str = include_str!("testdata/ca.crt");
    pub(crate) const SERVER_CERT: &str = include_str!("testdata/server.crt");
    pub(crate) const SERVER_KEY: &str = include_str!("testdata/server.key");
    pub(crate) const CLIENT_CERT: &str = include_str!("testdata/client.crt");
    pub(crate) const CLIENT_KEY: &str = include_str!("testdata/client.key");
    pub(crate) const OTHER_CERT: &str = include_str!("testdata/other.crt");
    pub(crate) const OTHER_KEY: &str = include_str!("testdata/other.key");

    pub(crate) fn remote(url: &str, cert: &str, key: &str) -> Remote {
        Remote {
            url: url.into(),
            auth: Auth {
                username: Some("flux".into()),
                password: Some("pw".into()),
                ca: Some(CA.as_bytes().to_vec()),
                tls_cert: Some(cert.as_bytes().to_vec()),
                tls_key: Some(key.as_bytes().to_vec()),
                ..Auth::default()
            },
            timeout: Duration::from_secs(10),
            proxy: None,
        }
    }

    /// A one-connection HTTPS server that requires a client certificate of [`CA`] and answers a ref listing with a
    /// fixed advertisement (`refs/heads/main` at [`OID`]). Returns its port and, once served, the request head
    /// (`None` when the handshake failed).
    fn serve_listing() -> (u16, std::thread::JoinHandle<Option<String>>) {
        use rustls::server::WebPkiClientVerifier;
        use std::io::{Read, Write};

        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let mut roots = rustls::RootCertStore::empty();
        for c in CertificateDer::pem_slice_iter(CA.as_bytes()) {
            roots.add(c.unwrap()).unwrap();
        }
        let verifier =
            WebPkiClientVerifier::builder_with_provider(Arc::new(roots), provider.clone())
                .build()
                .unwrap();
        let (certs, key) = parse_identity(SERVER_CERT.as_bytes(), SERVER_KEY.as_bytes()).unwrap();
        let config = rustls::ServerConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_client_cert_verifier(verifier)
            .with_single_cert(certs, key)
            .unwrap();
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let handle = std::thread::spawn(move || {
            let (tcp, _) = listener.accept().ok()?;
            let conn = rustls::ServerConnection::new(Arc::new(config)).ok()?;
            let mut tls = rustls::StreamOwned::new(conn, tcp);
            let mut head = Vec::new();
            let mut byte = [0u8; 1];
            while !head.ends_with(b"\r\n\r\n") {
                tls.read_exact(&mut byte).ok()?;
                head.push(byte[0]);
            }
            let pkt = |s: &str| format!("{:04x}{s}", s.len() + 4);
            let body = format!(
                "{}0000{}0000",
                pkt("# service=git-upload-pack\n"),
                pkt(&format!(
                    "{OID} refs/heads/main\0multi_ack side-band-64k ofs-delta\n"
                ))
            );
            let response = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: application/x-git-upload-pack-advertisement\r\n\
                 Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
            tls.write_all(response.as_bytes()).ok()?;
            tls.flush().ok()?;
            tls.conn.send_close_notify();
            let _ = tls.flush();
            Some(String::from_utf8_lossy(&head).into_owned())
        });
        (port, handle)
    }

    const OID: &str = "0123456789abcdef0123456789abcdef01234567";

    #[test]
    fn refs_are_listed_over_mutual_tls_with_the_credentials() {
        let (port, server) = serve_listing();
        let r = remote(
            &format!("https://127.0.0.1:{port}/r.git"),
            CLIENT_CERT,
            CLIENT_KEY,
        );
        let resolved =
            crate::git::resolve(&r, &crate::git::Reference::Branch("main".into())).unwrap();
        assert_eq!(resolved.revision, format!("main@sha1:{OID}"));
        let head = server
            .join()
            .unwrap()
            .expect("the server served the listing");
        assert!(
            head.starts_with("GET /r.git/info/refs?service=git-upload-pack HTTP/1.1"),
            "{head}"
        );
        assert!(
            head.to_ascii_lowercase()
                .contains("authorization: basic zmx1edpwdw=="),
            "{head}"
        );
        assert!(!head.contains("flux-mtls"), "{head}");
    }

    #[test]
    fn a_client_certificate_the_server_does_not_trust_is_named_in_the_error() {
        let (port, server) = serve_listing();
        let r = remote(
            &format!("https://127.0.0.1:{port}/r.git"),
            OTHER_CERT,
            OTHER_KEY,
        );
        let err = crate::git::resolve(&r, &crate::git::Reference::Branch("main".into()))
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("refused the client certificate 'tls.crt'"),
            "{err}"
        );
        assert!(!err.contains("PRIVATE KEY"), "{err}");
        assert!(server.join().unwrap().is_none());
    }

    #[test]
    fn only_https_remotes_with_a_client_certificate_are_rewritten() {
        let r = remote("https://127.0.0.1:1/r.git", CLIENT_CERT, CLIENT_KEY);
        let scope = Scope::enter(&r).unwrap();
        assert_eq!(scope.url(), "flux-mtls+https://127.0.0.1:1/r.git");
        let settings = settings_for(scope.url()).expect("settings while the scope lives");
        assert_eq!(
            settings.authorization.as_deref(),
            Some("Basic Zmx1eDpwdw==")
        );
        assert!(!format!("{settings:?}").contains("Zmx1eDpwdw"));
        let url = scope.url().to_string();
        drop(scope);
        assert!(settings_for(&url).is_none(), "the scope cleans up");

        let mut plain = r.clone();
        plain.auth.tls_cert = None;
        plain.auth.tls_key = None;
        assert_eq!(
            Scope::enter(&plain).unwrap().url(),
            "https://127.0.0.1:1/r.git"
        );
        let ssh = remote("ssh://git@h/r.git", CLIENT_CERT, CLIENT_KEY);
        assert_eq!(Scope::enter(&ssh).unwrap().url(), "ssh://git@h/r.git");
    }

    #[test]
    fn a_key_of_another_certificate_is_refused_without_quoting_it() {
        let r = remote("https://127.0.0.1:1/r.git", CLIENT_CERT, OTHER_KEY);
        let err = Scope::enter(&r).err().expect("mismatched key is refused");
        let msg = err.to_string();
        assert!(msg.contains("not usable together"), "{msg}");
        let key_body = OTHER_KEY.lines().nth(1).unwrap_or_default();
        assert!(!msg.contains(key_body), "{msg}");
    }

    #[test]
    fn identity_parsing_names_the_key_at_fault() {
        assert!(parse_identity(CLIENT_CERT.as_bytes(), CLIENT_KEY.as_bytes()).is_ok());
        let err = parse_identity(b"junk", CLIENT_KEY.as_bytes()).unwrap_err();
        assert!(err.contains("'tls.crt'"), "{err}");
        let err = parse_identity(CLIENT_CERT.as_bytes(), CLIENT_CERT.as_bytes()).unwrap_err();
        assert!(err.contains("'tls.key'"), "{err}");
    }
}
