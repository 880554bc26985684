//! Credentials for a Git remote, read from a Secret's data as Flux reads them: `username`/`password`,
//! `bearerToken`, `identity` + `known_hosts` (+ `password` as passphrase) for SSH, `ca.crt` and the HTTPS client
//! certificate `tls.crt` + `tls.key` (mutual TLS, served by [`super::http`]). Also the SSH host-key check against
//! `known_hosts`, which refuses any host key it does not list.

use std::collections::BTreeMap;

use base64::Engine;

use super::error::Error;

/// What we authenticate with. `Debug` never prints secret material.
#[derive(Clone, Default)]
pub struct Auth {
    /// HTTP basic auth user (or SSH user override).
    pub username: Option<String>,
    /// HTTP basic auth password, or the SSH key passphrase.
    pub password: Option<String>,
    /// HTTP bearer token.
    pub bearer_token: Option<String>,
    /// PEM/OpenSSH private key for SSH.
    pub identity: Option<String>,
    /// `known_hosts` lines the SSH server's key must match.
    pub known_hosts: Option<String>,
    /// PEM CA bundle for HTTPS (`ca.crt` or legacy `caFile`).
    pub ca: Option<Vec<u8>>,
    /// Authenticate SSH with the user's agent when there is no `identity` (CLI only).
    pub ssh_agent: bool,
    /// PEM client certificate (chain) presented to an HTTPS server (`tls.crt`); always with `tls_key`.
    pub tls_cert: Option<Vec<u8>>,
    /// PEM private key of `tls_cert` (`tls.key`).
    pub tls_key: Option<Vec<u8>>,
}

impl std::fmt::Debug for Auth {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Auth")
            .field("username", &self.username)
            .field("password", &self.password.as_ref().map(|_| "<redacted>"))
            .field(
                "bearer_token",
                &self.bearer_token.as_ref().map(|_| "<redacted>"),
            )
            .field("identity", &self.identity.as_ref().map(|_| "<redacted>"))
            .field("known_hosts", &self.known_hosts.is_some())
            .field("ca", &self.ca.is_some())
            .field("ssh_agent", &self.ssh_agent)
            .field("tls_cert", &self.tls_cert.is_some())
            .field("tls_key", &self.tls_key.as_ref().map(|_| "<redacted>"))
            .finish()
    }
}

fn text(data: &BTreeMap<String, Vec<u8>>, key: &str) -> Result<Option<String>, Error> {
    data.get(key)
        .map(|v| {
            String::from_utf8(v.clone())
                .map_err(|_| Error::InvalidAuth(format!("key '{key}' is not valid UTF-8")))
        })
        .transpose()
}

impl Auth {
    /// Reads the Secret's data (already base64-decoded) for a remote at `url`.
    pub fn from_secret_data(data: &BTreeMap<String, Vec<u8>>, url: &str) -> Result<Self, Error> {
        let auth = Auth {
            username: text(data, "username")?,
            password: text(data, "password")?,
            bearer_token: text(data, "bearerToken")?,
            identity: text(data, "identity")?,
            known_hosts: text(data, "known_hosts")?,
            ca: data.get("ca.crt").or_else(|| data.get("caFile")).cloned(),
            ssh_agent: false,
            tls_cert: data.get("tls.crt").cloned(),
            tls_key: data.get("tls.key").cloned(),
        };
        auth.check_client_certificate(url)?;
        if url.starts_with("ssh://") {
            if auth.identity.is_none() {
                return Err(Error::InvalidAuth(
                    "SSH transport requires the key 'identity'".into(),
                ));
            }
            if auth.known_hosts.is_none() {
                return Err(Error::InvalidAuth(
                    "SSH transport requires the key 'known_hosts'".into(),
                ));
            }
        } else if auth.username.is_some() != auth.password.is_some() && auth.bearer_token.is_none()
        {
            return Err(Error::InvalidAuth(
                "basic auth requires both 'username' and 'password'".into(),
            ));
        }
        Ok(auth)
    }

    /// Whether this remote authenticates with an HTTPS client certificate (mutual TLS).
    pub fn has_client_certificate(&self) -> bool {
        self.tls_cert.is_some() && self.tls_key.is_some()
    }

    /// `tls.crt` and `tls.key` come together, hold PEM, and only go with `https://` URLs. Messages never quote
    /// the key.
    fn check_client_certificate(&self, url: &str) -> Result<(), Error> {
        match (&self.tls_cert, &self.tls_key) {
            (None, None) => return Ok(()),
            (Some(_), None) => {
                return Err(Error::InvalidAuth(
                    "the client certificate 'tls.crt' needs its private key 'tls.key'".into(),
                ));
            }
            (None, Some(_)) => {
                return Err(Error::InvalidAuth(
                    "the private key 'tls.key' needs its client certificate 'tls.crt'".into(),
                ));
            }
            (Some(cert), Some(key)) => {
                super::http::parse_identity(cert, key).map_err(Error::InvalidAuth)?;
            }
        }
        if url.starts_with("http://") {
            return Err(Error::InvalidAuth(
                "a client certificate ('tls.crt', 'tls.key') needs an https:// URL".into(),
            ));
        }
        Ok(())
    }
}

/// One parsed `known_hosts` entry.
struct KnownHost {
    patterns: Vec<String>,
    key_type: String,
    key: Vec<u8>,
}

fn parse_known_hosts(text: &str) -> Vec<KnownHost> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#') && !l.starts_with('@'))
        .filter_map(|l| {
            let mut parts = l.split_whitespace();
            let hosts = parts.next()?;
            let key_type = parts.next()?.to_string();
            let key = base64::engine::general_purpose::STANDARD
                .decode(parts.next()?)
                .ok()?;
            Some(KnownHost {
                patterns: hosts.split(',').map(str::to_string).collect(),
                key_type,
                key,
            })
        })
        .collect()
}

/// The `known_hosts` spelling of a host: `host` on port 22, `[host]:port` otherwise.
fn host_pattern(host: &str, port: Option<u16>) -> String {
    match port {
        Some(p) if p != 22 => format!("[{host}]:{p}"),
        _ => host.to_string(),
    }
}

/// Whether `key` (the raw SSH wire-format host key) is listed for `host`/`port` in `known_hosts`.
/// Hashed entries (`|1|…`) are not matched: generate known_hosts with `ssh-keyscan` without `-H`.
pub fn host_key_is_known(known_hosts: &str, host: &str, port: Option<u16>, key: &[u8]) -> bool {
    let wanted = host_pattern(host, port);
    parse_known_hosts(known_hosts).iter().any(|entry| {
        entry.key == key
            && !entry.key_type.is_empty()
            && entry.patterns.iter().any(|p| p == &wanted)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ssh_url_without_known_hosts_is_refused() {
        let mut data = BTreeMap::new();
        data.insert("identity".to_string(), b"key".to_vec());
        let err = Auth::from_secret_data(&data, "ssh://git@host/repo").unwrap_err();
        assert!(err.to_string().contains("known_hosts"), "{err}");
    }

    #[test]
    fn debug_output_hides_secrets() {
        let auth = Auth {
            password: Some("hunter2".into()),
            tls_key: Some(b"-----BEGIN PRIVATE KEY-----\nsecret-key-bytes".to_vec()),
            ..Auth::default()
        };
        let debug = format!("{auth:?}");
        assert!(!debug.contains("hunter2"), "{debug}");
        assert!(!debug.contains("secret-key-bytes"), "{debug}");
    }

    #[test]
    fn a_client_certificate_needs_its_key_and_pem() {
        let url = "https://git.example.com/repo.git";
        let mut data = BTreeMap::new();
        data.insert("tls.crt".to_string(), b"cert".to_vec());
        let err = Auth::from_secret_data(&data, url).unwrap_err();
        assert!(err.to_string().contains("'tls.key'"), "{err}");
        let mut data = BTreeMap::new();
        data.insert("tls.key".to_string(), b"key".to_vec());
        let err = Auth::from_secret_data(&data, url).unwrap_err();
        assert!(err.to_string().contains("'tls.crt'"), "{err}");
        data.insert("tls.crt".to_string(), b"not pem".to_vec());
        let err = Auth::from_secret_data(&data, url).unwrap_err();
        assert!(err.to_string().contains("no PEM certificate"), "{err}");
        assert!(!err.to_string().contains("key\""), "{err}");
    }

    #[test]
    fn a_client_certificate_is_read_for_https() {
        use crate::git::http::tests::{CLIENT_CERT, CLIENT_KEY};
        let mut data = BTreeMap::new();
        data.insert("tls.crt".to_string(), CLIENT_CERT.as_bytes().to_vec());
        data.insert("tls.key".to_string(), CLIENT_KEY.as_bytes().to_vec());
        let auth = Auth::from_secret_data(&data, "https://git.example.com/r.git").unwrap();
        assert!(auth.has_client_certificate());
        let err = Auth::from_secret_data(&data, "http://git.example.com/r.git").unwrap_err();
        assert!(err.to_string().contains("https://"), "{err}");
    }

    #[test]
    fn host_key_matches_only_listed_host_and_port() {
        let key = b"\x00\x00\x00\x0bssh-ed25519abc";
        let b64 = base64::engine::general_purpose::STANDARD.encode(key);
        let kh = format!("[127.0.0.1]:2222 ssh-ed25519 {b64}\n");
        assert!(host_key_is_known(&kh, "127.0.0.1", Some(2222), key));
        assert!(!host_key_is_known(&kh, "127.0.0.1", Some(22), key));
        assert!(!host_key_is_known(&kh, "127.0.0.1", Some(2222), b"other"));
    }
}
