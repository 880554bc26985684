//! Registry credentials: where they come from (a `kubernetes.io/dockerconfigjson` Secret, `username`/`password`
//! keys, `--creds user:pass`) and how a `WWW-Authenticate` challenge is read. `Debug` never prints a secret.

use std::collections::BTreeMap;

use base64::Engine as _;
use serde_json::Value;

/// What a registry is asked to accept.
#[derive(Clone, Default, PartialEq, Eq)]
pub enum Credentials {
    /// No credentials: anonymous pulls (and anonymous bearer tokens).
    #[default]
    Anonymous,
    /// A user name and password: sent as Basic, or to a token realm.
    Basic { username: String, password: String },
    /// A registry token (`--creds <token>` without a colon): sent as Bearer.
    Token(String),
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Credentials::Anonymous => f.write_str("Anonymous"),
            Credentials::Basic { username, .. } => {
                write!(f, "Basic({username}, <redacted>)")
            }
            Credentials::Token(_) => f.write_str("Token(<redacted>)"),
        }
    }
}

impl Credentials {
    /// `--creds` as Flux reads it: `user:password`, or a lone token.
    pub fn from_flag(creds: &str) -> Self {
        match creds.split_once(':') {
            Some((u, p)) => Credentials::Basic {
                username: u.to_string(),
                password: p.to_string(),
            },
            None => Credentials::Token(creds.to_string()),
        }
    }

    /// The credentials for `host` in a Secret's data: its dockerconfigjson entry, else `username`/`password`.
    pub fn from_secret_data(data: &BTreeMap<String, Vec<u8>>, host: &str) -> Option<Self> {
        if let Some(config) = data.get(".dockerconfigjson") {
            return from_docker_config(config, host);
        }
        let text = |k: &str| data.get(k).map(|v| String::from_utf8_lossy(v).into_owned());
        Some(Credentials::Basic {
            username: text("username")?,
            password: text("password")?,
        })
    }

    /// Whether there is anything to send.
    pub fn is_anonymous(&self) -> bool {
        matches!(self, Credentials::Anonymous)
    }
}

/// The entry of `host` in a dockerconfigjson document (keys may carry a scheme or a trailing `/`).
fn from_docker_config(config: &[u8], host: &str) -> Option<Credentials> {
    let doc: Value = serde_json::from_slice(config).ok()?;
    let auths = doc.get("auths")?.as_object()?;
    let entry = auths
        .iter()
        .find(|(k, _)| {
            let k = k
                .trim_start_matches("https://")
                .trim_start_matches("http://");
            k.split('/').next() == Some(host)
        })?
        .1;
    let text = |k: &str| entry.get(k).and_then(Value::as_str).map(str::to_string);
    if let Some(token) = text("registrytoken").filter(|t| !t.is_empty()) {
        return Some(Credentials::Token(token));
    }
    if let (Some(u), Some(p)) = (text("username"), text("password")) {
        return Some(Credentials::Basic {
            username: u,
            password: p,
        });
    }
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(text("auth")?)
        .ok()?;
    let pair = String::from_utf8(decoded).ok()?;
    let (u, p) = pair.split_once(':')?;
    Some(Credentials::Basic {
        username: u.to_string(),
        password: p.to_string(),
    })
}

/// One `key="value"` parameter of a `WWW-Authenticate` header.
pub fn challenge_param(header: &str, key: &str) -> Option<String> {
    let needle = format!("{key}=\"");
    let start = header.find(&needle)? + needle.len();
    let end = header[start..].find('"')? + start;
    Some(header[start..end].to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn docker_config_entries_are_matched_by_host() {
        let mut data = BTreeMap::new();
        let auth = base64::engine::general_purpose::STANDARD.encode("u:p");
        data.insert(
            ".dockerconfigjson".to_string(),
            format!(r#"{{"auths":{{"https://127.0.0.1:5000":{{"auth":"{auth}"}}}}}}"#).into_bytes(),
        );
        assert_eq!(
            Credentials::from_secret_data(&data, "127.0.0.1:5000"),
            Some(Credentials::Basic {
                username: "u".into(),
                password: "p".into()
            })
        );
        assert_eq!(Credentials::from_secret_data(&data, "ghcr.io"), None);
    }

    #[test]
    fn creds_flag_is_user_password_or_token() {
        assert_eq!(
            Credentials::from_flag("u:p:q"),
            Credentials::Basic {
                username: "u".into(),
                password: "p:q".into()
            }
        );
        assert_eq!(
            Credentials::from_flag("tok"),
            Credentials::Token("tok".into())
        );
    }

    #[test]
    fn debug_output_hides_secrets() {
        let c = Credentials::Basic {
            username: "u".into(),
            password: "hunter2".into(),
        };
        assert!(!format!("{c:?}").contains("hunter2"));
        assert!(!format!("{:?}", Credentials::Token("t0k".into())).contains("t0k"));
    }

    #[test]
    fn bearer_challenges_are_parsed() {
        let h = r#"Bearer realm="https://auth.example.com/token",service="registry",scope="repository:charts/podinfo:pull""#;
        assert_eq!(
            challenge_param(h, "realm").as_deref(),
            Some("https://auth.example.com/token")
        );
        assert_eq!(
            challenge_param(h, "scope").as_deref(),
            Some("repository:charts/podinfo:pull")
        );
    }
}
