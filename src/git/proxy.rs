//! The proxy of a Git remote (GitRepository `spec.proxySecretRef`): read from the Secret's `address` (required),
//! `username` and `password` as Flux reads them, and handed to libgit2 for every network step of that remote
//! (ref listing, fetch, clone, push).
//!
//! libgit2 (1.9) tunnels `https://` remotes through an HTTP(S) proxy with `CONNECT`, and that is all it really
//! proxies: for `http://` remotes it writes absolute-URI requests but connects to the Git server itself, and it
//! speaks no SOCKS. So `http://` remotes behind a proxy, and any HTTP(S) remote behind a `socks5://` proxy, go
//! through our own smart-HTTP transport (`super::http`) instead. `ssh://` remotes cannot be proxied (as in Flux):
//! a proxy on one is refused ([`check`]) rather than bypassed silently. For libgit2, proxy credentials travel
//! in the proxy URL's user info, which it answers a `407 Proxy Authentication Required` with (Basic).

use std::collections::BTreeMap;

use git2::ProxyOptions;

/// Secret key of the proxy URL.
pub const ADDRESS_KEY: &str = "address";
/// Secret key of the proxy user.
pub const USERNAME_KEY: &str = "username";
/// Secret key of the proxy password.
pub const PASSWORD_KEY: &str = "password";

/// A validated proxy. `Debug` never prints the password.
#[derive(Clone, PartialEq, Eq)]
pub struct Proxy {
    /// `scheme://host:port` (a bare `host:port` gets `http://`), without user info.
    address: String,
    username: Option<String>,
    password: Option<String>,
}

impl std::fmt::Debug for Proxy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Proxy")
            .field("address", &self.address)
            .field("username", &self.username)
            .field("password", &self.password.as_ref().map(|_| "<redacted>"))
            .finish()
    }
}

fn text(data: &BTreeMap<String, Vec<u8>>, key: &str) -> Result<Option<String>, String> {
    data.get(key)
        .map(|v| {
            String::from_utf8(v.clone()).map_err(|_| format!("key '{key}' is not valid UTF-8"))
        })
        .transpose()
}

/// Percent-encodes a user-info part (RFC 3986: everything but unreserved characters).
fn encode_userinfo(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

impl Proxy {
    /// Reads the Secret's data (already base64-decoded). Errors are Flux's wording after `secret '<ns>/<name>': `.
    pub fn from_secret_data(data: &BTreeMap<String, Vec<u8>>) -> Result<Self, String> {
        let Some(address) = text(data, ADDRESS_KEY)? else {
            return Err(format!("key '{ADDRESS_KEY}' not found"));
        };
        let address = address.trim();
        if address.is_empty() {
            return Err("proxy address is empty".into());
        }
        if address.contains('@') {
            // Never echo the address here: it would put the credentials in the status message.
            return Err(
                "invalid proxy address: credentials go in the 'username' and 'password' keys"
                    .into(),
            );
        }
        let address = if address.contains("://") {
            address.to_string()
        } else {
            format!("http://{address}")
        };
        let invalid = |why: &str| format!("invalid proxy address '{address}': {why}");
        let (scheme, rest) = address.split_once("://").unwrap_or_default();
        match scheme {
            "http" | "https" | "socks5" | "socks5h" => {}
            _ => return Err(invalid("scheme must be http, https or socks5")),
        }
        let authority = rest.split('/').next().unwrap_or_default();
        if authority.is_empty() || address.contains('\0') {
            return Err(invalid("expected scheme://host:port"));
        }
        let username = text(data, USERNAME_KEY)?.filter(|u| !u.is_empty());
        let password = text(data, PASSWORD_KEY)?.filter(|p| !p.is_empty());
        Ok(Proxy {
            address: address.trim_end_matches('/').to_string(),
            username,
            password,
        })
    }

    /// The proxy address without credentials, for messages.
    pub fn address(&self) -> &str {
        &self.address
    }

    /// The proxy user and password (an absent password is empty), for HTTP clients other than libgit2.
    pub fn credentials(&self) -> Option<(&str, &str)> {
        let user = self.username.as_deref()?;
        Some((user, self.password.as_deref().unwrap_or_default()))
    }

    /// Whether this is a SOCKS5 proxy (which only our own HTTP transport speaks; see `super::http`).
    pub(super) fn is_socks(&self) -> bool {
        self.address.starts_with("socks5://") || self.address.starts_with("socks5h://")
    }

    /// The address with the percent-encoded credentials as user info.
    pub(super) fn url(&self) -> String {
        let Some(user) = &self.username else {
            return self.address.clone();
        };
        let (scheme, rest) = self.address.split_once("://").unwrap_or(("http", ""));
        let password = self
            .password
            .as_deref()
            .map(|p| format!(":{}", encode_userinfo(p)))
            .unwrap_or_default();
        format!("{scheme}://{}{password}@{rest}", encode_userinfo(user))
    }

    /// libgit2's proxy options for this proxy.
    pub(super) fn options(&self) -> ProxyOptions<'static> {
        let mut opts = ProxyOptions::new();
        // The URL was checked for NUL bytes when parsed and user info is percent-encoded, so `url` cannot panic.
        opts.url(&self.url());
        opts
    }
}

/// Refuses a proxy on a remote libgit2 would connect to directly (see the module doc).
pub(super) fn check(url: &str, proxy: Option<&Proxy>) -> Result<(), super::Error> {
    // https:// goes through libgit2's CONNECT tunnel, http:// through our own transport (`super::http`).
    if proxy.is_none() || url.starts_with("https://") || url.starts_with("http://") {
        return Ok(());
    }
    Err(super::Error::UnsupportedProxy {
        url: url.to_string(),
        reason: "the Git transport sends only http:// and https:// remotes through a proxy (ssh:// remotes would connect directly)".into(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data(pairs: &[(&str, &str)]) -> BTreeMap<String, Vec<u8>> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.as_bytes().to_vec()))
            .collect()
    }

    #[test]
    fn missing_address_is_refused_with_fluxs_words() {
        let err = Proxy::from_secret_data(&data(&[("username", "u")])).unwrap_err();
        assert_eq!(err, "key 'address' not found");
        let err = Proxy::from_secret_data(&data(&[("address", " ")])).unwrap_err();
        assert_eq!(err, "proxy address is empty");
    }

    #[test]
    fn credentials_are_percent_encoded_into_the_url() {
        let p = Proxy::from_secret_data(&data(&[
            ("address", "http://proxy.local:3128/"),
            ("username", "me@corp"),
            ("password", "p:ss/w%rd"),
        ]))
        .unwrap();
        assert_eq!(p.address(), "http://proxy.local:3128");
        assert_eq!(p.url(), "http://me%40corp:p%3Ass%2Fw%25rd@proxy.local:3128");
        assert!(!format!("{p:?}").contains("p:ss"));
    }

    #[test]
    fn only_http_and_https_remotes_take_a_proxy() {
        let p = Proxy::from_secret_data(&data(&[("address", "http://h:3128")])).unwrap();
        assert!(check("https://git.example.com/r.git", Some(&p)).is_ok());
        assert!(check("http://git.example.com/r.git", Some(&p)).is_ok());
        let err = check("ssh://git@h/r.git", Some(&p)).unwrap_err();
        assert!(err.is_terminal(), "{err}");
        assert!(check("ssh://git@h/r.git", None).is_ok());
    }

    #[test]
    fn a_bare_host_port_means_http() {
        let p = Proxy::from_secret_data(&data(&[("address", "10.0.0.1:8080")])).unwrap();
        assert_eq!(p.url(), "http://10.0.0.1:8080");
    }

    #[test]
    fn socks_is_accepted_and_embedded_credentials_are_refused() {
        let socks = Proxy::from_secret_data(&data(&[("address", "socks5://h:1080")])).unwrap();
        assert!(socks.is_socks());
        let err = Proxy::from_secret_data(&data(&[("address", "http://u:p@h:3128")])).unwrap_err();
        assert!(err.contains("credentials go in"), "{err}");
        assert!(!err.contains("u:p"), "{err}");
        let err = Proxy::from_secret_data(&data(&[("address", "ftp://h:21")])).unwrap_err();
        assert!(
            err.contains("scheme must be http, https or socks5"),
            "{err}"
        );
    }
}
