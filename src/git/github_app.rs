//! GitRepository `provider: github`: Git over HTTPS as a GitHub App installation. The Secret names the app
//! (`githubAppID`, `githubAppPrivateKey`), the installation (`githubAppInstallationID`, or
//! `githubAppInstallationOwner` to look it up) and, for GitHub Enterprise Server, the API base
//! (`githubAppBaseURL`) and its CA (`ca.crt`). The app signs a short-lived JWT (RS256), trades it for an
//! installation access token, and Git authenticates as `x-access-token:<token>`.
//!
//! Tokens live an hour; they are cached per (API, app and key, installation) and reused until five minutes
//! before they expire, so a one-minute poll does not mint a token each time.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use rsa::RsaPrivateKey;
use rsa::pkcs1::DecodeRsaPrivateKey;
use rsa::pkcs1v15::SigningKey;
use rsa::pkcs8::DecodePrivateKey;
use rsa::signature::{SignatureEncoding, Signer};
use serde_json::{Value, json};
use sha2::Sha256;

/// GitHub's API when `githubAppBaseURL` is not set.
pub const DEFAULT_BASE_URL: &str = "https://api.github.com";
/// The user name Git authenticates with next to an installation token.
pub const TOKEN_USER: &str = "x-access-token";
/// A cached token is renewed this long before it expires.
const RENEW_BEFORE: Duration = Duration::from_secs(300);

/// The GitHub App settings of a Secret.
#[derive(Clone)]
pub struct AppConfig {
    pub app_id: String,
    pub installation: Installation,
    pub private_key_pem: String,
    pub base_url: String,
    pub ca_pem: Option<Vec<u8>>,
}

/// Which installation of the app to act as.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Installation {
    Id(String),
    Owner(String),
}

impl std::fmt::Debug for AppConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AppConfig")
            .field("app_id", &self.app_id)
            .field("installation", &self.installation)
            .field("private_key_pem", &"<redacted>")
            .field("base_url", &self.base_url)
            .finish()
    }
}

impl AppConfig {
    /// Reads the Secret's data; a missing or contradictory field is an error naming it.
    pub fn from_secret_data(data: &BTreeMap<String, Vec<u8>>) -> Result<Self, String> {
        let text = |k: &str| {
            data.get(k)
                .map(|v| String::from_utf8_lossy(v).trim().to_string())
                .filter(|v| !v.is_empty())
        };
        let app_id = text("githubAppID").ok_or("secret is missing the key 'githubAppID'")?;
        let private_key_pem =
            text("githubAppPrivateKey").ok_or("secret is missing the key 'githubAppPrivateKey'")?;
        let installation = match (
            text("githubAppInstallationID"),
            text("githubAppInstallationOwner"),
        ) {
            (Some(id), None) => Installation::Id(id),
            (None, Some(owner)) => Installation::Owner(owner),
            _ => {
                return Err("exactly one of 'githubAppInstallationID' or \
                            'githubAppInstallationOwner' must be set in the secret"
                    .into());
            }
        };
        Ok(AppConfig {
            app_id,
            installation,
            private_key_pem,
            base_url: text("githubAppBaseURL")
                .unwrap_or_else(|| DEFAULT_BASE_URL.to_string())
                .trim_end_matches('/')
                .to_string(),
            ca_pem: data.get("ca.crt").cloned(),
        })
    }
}

fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or_default()
}

/// The app's JWT: issued a minute in the past (clock skew), valid nine minutes, signed RS256.
pub fn app_jwt(app_id: &str, private_key_pem: &str) -> Result<String, String> {
    let key = RsaPrivateKey::from_pkcs1_pem(private_key_pem)
        .or_else(|_| RsaPrivateKey::from_pkcs8_pem(private_key_pem))
        .map_err(|_| "githubAppPrivateKey is not an RSA private key in PEM format".to_string())?;
    let issued = now().saturating_sub(60);
    let iss = app_id
        .parse::<u64>()
        .map(Value::from)
        .unwrap_or_else(|_| Value::from(app_id));
    let header = URL_SAFE_NO_PAD.encode(br#"{"alg":"RS256","typ":"JWT"}"#);
    let claims =
        URL_SAFE_NO_PAD.encode(json!({"iat": issued, "exp": issued + 540, "iss": iss}).to_string());
    let signing_input = format!("{header}.{claims}");
    let signature = SigningKey::<Sha256>::new(key).sign(signing_input.as_bytes());
    Ok(format!(
        "{signing_input}.{}",
        URL_SAFE_NO_PAD.encode(signature.to_bytes())
    ))
}

type CacheKey = (String, String, String);

fn cache() -> &'static Mutex<HashMap<CacheKey, (String, u64)>> {
    static CACHE: OnceLock<Mutex<HashMap<CacheKey, (String, u64)>>> = OnceLock::new();
    CACHE.get_or_init(|| Mutex::new(HashMap::new()))
}

/// An installation access token for `config`, from the cache or freshly minted.
pub async fn installation_token(config: &AppConfig, timeout: Duration) -> Result<String, String> {
    let installation = match &config.installation {
        Installation::Id(id) => id.clone(),
        Installation::Owner(owner) => format!("owner:{owner}"),
    };
    // The key's digest is part of the cache key: a Secret with another private key must not get the token
    // the first key earned.
    let key_digest = hex::encode(<Sha256 as sha2::Digest>::digest(
        config.private_key_pem.as_bytes(),
    ));
    let key = (
        config.base_url.clone(),
        format!("{}/{key_digest}", config.app_id),
        installation,
    );
    if let Ok(cached) = cache().lock()
        && let Some((token, expires)) = cached.get(&key)
        && now() + RENEW_BEFORE.as_secs() < *expires
    {
        return Ok(token.clone());
    }
    let (token, expires) = mint(config, timeout).await?;
    if let Ok(mut cached) = cache().lock() {
        cached.insert(key, (token.clone(), expires));
    }
    Ok(token)
}

async fn mint(config: &AppConfig, timeout: Duration) -> Result<(String, u64), String> {
    let http = super::tls::api_client_builder(timeout, config.ca_pem.as_deref())
        .map_err(|e| format!("invalid ca.crt: {e}"))?
        .build()
        .map_err(|e| e.to_string())?;
    let jwt = app_jwt(&config.app_id, &config.private_key_pem)?;
    let call = |method: reqwest::Method, url: String| {
        let what = format!("{method} {url}");
        let req = http
            .request(method, url)
            .bearer_auth(&jwt)
            .header("Accept", "application/vnd.github+json");
        send(req, what)
    };
    let id = match &config.installation {
        Installation::Id(id) => id.clone(),
        Installation::Owner(owner) => {
            let mut found = None;
            for kind in ["orgs", "users"] {
                let url = format!("{}/{kind}/{owner}/installation", config.base_url);
                let body = call(reqwest::Method::GET, url).await;
                match body {
                    Ok(v) => {
                        found = v.get("id").map(|id| match id {
                            Value::String(s) => s.clone(),
                            other => other.to_string(),
                        });
                        break;
                    }
                    Err((404, _)) => continue,
                    Err((_, msg)) => return Err(msg),
                }
            }
            found.ok_or_else(|| format!("no installation of the GitHub App found for '{owner}'"))?
        }
    };
    let url = format!("{}/app/installations/{id}/access_tokens", config.base_url);
    let body = call(reqwest::Method::POST, url)
        .await
        .map_err(|(_, msg)| msg)?;
    let token = body
        .get("token")
        .and_then(Value::as_str)
        .ok_or("the installation token response has no token")?
        .to_string();
    let expires = body
        .get("expires_at")
        .and_then(Value::as_str)
        .and_then(|t| t.parse::<k8s_openapi::jiff::Timestamp>().ok())
        .and_then(|t| u64::try_from(t.as_second()).ok())
        .unwrap_or_else(|| now() + 3600);
    Ok((token, expires))
}

/// Sends a request; a non-2xx answer is (status, "METHOD URL: status message").
async fn send(req: reqwest::RequestBuilder, what: String) -> Result<Value, (u16, String)> {
    let resp = req.send().await.map_err(|e| (0, format!("{what}: {e}")))?;
    let status = resp.status().as_u16();
    let text = resp.text().await.unwrap_or_default();
    let body: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
    if (200..300).contains(&status) {
        return Ok(body);
    }
    let message = body
        .get("message")
        .and_then(Value::as_str)
        .unwrap_or(text.trim());
    Err((status, format!("{what}: {status} {message}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exactly_one_installation_field_is_required() {
        let base = |extra: &[(&str, &str)]| {
            let mut d: BTreeMap<String, Vec<u8>> = BTreeMap::from([
                ("githubAppID".into(), b"42".to_vec()),
                (
                    "githubAppPrivateKey".into(),
                    b"SECRET-KEY-MATERIAL".to_vec(),
                ),
            ]);
            for (k, v) in extra {
                d.insert(k.to_string(), v.as_bytes().to_vec());
            }
            d
        };
        assert!(AppConfig::from_secret_data(&base(&[])).is_err());
        assert!(
            AppConfig::from_secret_data(&base(&[
                ("githubAppInstallationID", "1"),
                ("githubAppInstallationOwner", "o")
            ]))
            .is_err()
        );
        let c =
            AppConfig::from_secret_data(&base(&[("githubAppInstallationOwner", "acme")])).unwrap();
        assert_eq!(c.installation, Installation::Owner("acme".into()));
        assert_eq!(c.base_url, DEFAULT_BASE_URL);
        assert!(!format!("{c:?}").contains("SECRET-KEY-MATERIAL"));
    }
}
