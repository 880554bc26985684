//! The Secrets `flux create secret githubapp|tls|proxy` write: GitHub App settings (GitRepository
//! `provider: github`), TLS client certificates and CAs, and proxy addresses with credentials
//! (`proxySecretRef`). Empty settings are left out, as Flux does.

use std::collections::BTreeMap;

use serde_json::{Value, json};

/// A Secret with `stringData` (empty values dropped), labels when given, and a type.
fn secret(
    name: &str,
    namespace: &str,
    labels: &BTreeMap<String, String>,
    data: &[(&str, &str)],
    kind: &str,
) -> Value {
    let string_data: serde_json::Map<String, Value> = data
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| (k.to_string(), Value::from(*v)))
        .collect();
    let mut metadata = json!({"name": name, "namespace": namespace});
    if !labels.is_empty() {
        metadata["labels"] = json!(labels);
    }
    json!({
        "apiVersion": "v1",
        "kind": "Secret",
        "metadata": metadata,
        "stringData": string_data,
        "type": kind,
    })
}

/// Input of `flux create secret githubapp`: the GitHub App settings of GitRepository `provider: github`.
#[derive(Debug, Clone, Default)]
pub struct GitHubAppSecretOptions {
    pub name: String,
    pub namespace: String,
    pub app_id: String,
    pub installation_owner: String,
    pub installation_id: String,
    pub private_key: String,
    pub base_url: String,
    pub labels: BTreeMap<String, String>,
}

/// The Secret `provider: github` reads (see `git::github_app`).
pub fn github_app(opts: &GitHubAppSecretOptions) -> Value {
    secret(
        &opts.name,
        &opts.namespace,
        &opts.labels,
        &[
            ("githubAppID", &opts.app_id),
            ("githubAppInstallationOwner", &opts.installation_owner),
            ("githubAppInstallationID", &opts.installation_id),
            ("githubAppPrivateKey", &opts.private_key),
            ("githubAppBaseURL", &opts.base_url),
        ],
        "Opaque",
    )
}

/// Why a TLS Secret cannot be made: the messages of Flux's `runtime/secrets` package.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum TlsError {
    /// A certificate without its key.
    #[error("found certificate but missing private key")]
    MissingPrivateKey,
    /// A key without its certificate.
    #[error("found private key but missing certificate")]
    MissingCertificate,
    /// Nothing to put in the Secret.
    #[error("no CA certificate or client certificate pair found")]
    NothingGiven,
}

/// `flux create secret tls`: `tls.crt` and `tls.key` (typed `kubernetes.io/tls`) and/or `ca.crt` (alone:
/// `Opaque`, as Flux types it). A certificate needs its key and the other way round.
pub fn tls(
    name: &str,
    namespace: &str,
    labels: &BTreeMap<String, String>,
    cert: &str,
    key: &str,
    ca: &str,
) -> Result<Value, TlsError> {
    match (cert.is_empty(), key.is_empty()) {
        (false, true) => return Err(TlsError::MissingPrivateKey),
        (true, false) => return Err(TlsError::MissingCertificate),
        (true, true) if ca.is_empty() => return Err(TlsError::NothingGiven),
        _ => {}
    }
    let kind = if cert.is_empty() {
        "Opaque"
    } else {
        "kubernetes.io/tls"
    };
    Ok(secret(
        name,
        namespace,
        labels,
        &[("tls.crt", cert), ("tls.key", key), ("ca.crt", ca)],
        kind,
    ))
}

/// Why a Helm repository Secret cannot be made.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum HelmSecretError {
    /// The client certificate pair is incomplete.
    #[error(transparent)]
    Tls(#[from] TlsError),
    /// Basic auth needs both halves.
    #[error("{0} is required")]
    Required(&'static str),
}

/// `flux create secret helm`: a client certificate pair wins (a TLS Secret, with the CA), then basic auth
/// (`kubernetes.io/basic-auth`, with the CA), then a CA alone (`Opaque`); with nothing, an empty untyped
/// Secret, as Flux keeps for compatibility.
pub fn helm(
    name: &str,
    namespace: &str,
    labels: &BTreeMap<String, String>,
    auth: (&str, &str),
    cert: &str,
    key: &str,
    ca: &str,
) -> Result<Value, HelmSecretError> {
    let (username, password) = auth;
    if !cert.is_empty() || !key.is_empty() {
        return Ok(tls(name, namespace, labels, cert, key, ca)?);
    }
    if !username.is_empty() || !password.is_empty() {
        if username.is_empty() {
            return Err(HelmSecretError::Required("username"));
        }
        if password.is_empty() {
            return Err(HelmSecretError::Required("password"));
        }
        return Ok(secret(
            name,
            namespace,
            labels,
            &[
                ("username", username),
                ("password", password),
                ("ca.crt", ca),
            ],
            "kubernetes.io/basic-auth",
        ));
    }
    if !ca.is_empty() {
        return Ok(tls(name, namespace, labels, "", "", ca)?);
    }
    let mut empty = secret(name, namespace, labels, &[], "");
    if let Some(map) = empty.as_object_mut() {
        map.remove("type");
        map.remove("stringData");
    }
    Ok(empty)
}

/// `flux create secret proxy`: the `address` and basic-auth credentials `proxySecretRef` reads.
pub fn proxy(
    name: &str,
    namespace: &str,
    labels: &BTreeMap<String, String>,
    address: &str,
    username: &str,
    password: &str,
) -> Value {
    secret(
        name,
        namespace,
        labels,
        &[
            ("address", address),
            ("username", username),
            ("password", password),
        ],
        "Opaque",
    )
}

/// `flux create secret oci`: a `kubernetes.io/dockerconfigjson` Secret with one registry entry, its JSON in
/// the key order Flux writes (`username`, `password`, `auth`).
pub fn oci(
    name: &str,
    namespace: &str,
    labels: &BTreeMap<String, String>,
    registry: &str,
    username: &str,
    password: &str,
) -> Value {
    use base64::Engine as _;
    let auth = base64::engine::general_purpose::STANDARD.encode(format!("{username}:{password}"));
    let config =
        json!({"auths": {registry: {"username": username, "password": password, "auth": auth}}});
    let text = serde_json::to_string_pretty(&config).unwrap_or_default();
    secret(
        name,
        namespace,
        labels,
        &[(".dockerconfigjson", &text)],
        "kubernetes.io/dockerconfigjson",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_values_are_left_out_and_types_follow_flux() {
        let s = proxy("p", "ns", &BTreeMap::new(), "https://proxy:3128", "", "");
        assert_eq!(s["stringData"], json!({"address": "https://proxy:3128"}));
        assert_eq!(s["type"], "Opaque");
        let t = tls("t", "ns", &BTreeMap::new(), "", "", "CA").unwrap();
        assert_eq!(t["stringData"], json!({"ca.crt": "CA"}));
        assert_eq!(t["type"], "Opaque");
        let t = tls("t", "ns", &BTreeMap::new(), "CRT", "KEY", "").unwrap();
        assert_eq!(t["type"], "kubernetes.io/tls");
        assert_eq!(
            tls("t", "ns", &BTreeMap::new(), "CRT", "", ""),
            Err(TlsError::MissingPrivateKey)
        );
    }
}

/// Input of `flux create secret receiver`.
#[derive(Debug, Clone, Copy)]
pub struct ReceiverSecret<'a> {
    /// Receiver type (`gcr` adds `email` and `audience`).
    pub kind: &'a str,
    /// The webhook token.
    pub token: &'a str,
    /// Host name of the webhook URL.
    pub hostname: &'a str,
    /// `--email-claim` (gcr).
    pub email: &'a str,
    /// `--audience-claim` (gcr; the webhook URL when empty).
    pub audience: &'a str,
}

/// `flux create secret receiver`: the token, the webhook URL in the `notification.toolkit.fluxcd.io/webhook`
/// annotation, and for gcr the `email` and `audience` claims; keys in the order Flux prints them.
pub fn receiver(
    name: &str,
    namespace: &str,
    labels: &BTreeMap<String, String>,
    opts: &ReceiverSecret<'_>,
) -> Value {
    let path = crate::notify::receiver::webhook_path(opts.token, name, namespace);
    let url = format!("https://{}{path}", opts.hostname);
    let mut metadata = json!({"annotations": {"notification.toolkit.fluxcd.io/webhook": url}});
    if !labels.is_empty() {
        metadata["labels"] = json!(labels);
    }
    metadata["name"] = json!(name);
    metadata["namespace"] = json!(namespace);
    let mut data = serde_json::Map::new();
    if opts.kind == "gcr" {
        let audience = if opts.audience.is_empty() {
            url.as_str()
        } else {
            opts.audience
        };
        data.insert("audience".into(), json!(audience));
        data.insert("email".into(), json!(opts.email));
    }
    data.insert("token".into(), json!(opts.token));
    json!({
        "apiVersion": "v1",
        "kind": "Secret",
        "metadata": metadata,
        "stringData": data,
    })
}

/// `flux create secret notation`: the CA certificates under their file names and the trust policy as
/// `trustpolicy.json`, untyped as Flux leaves it. A later certificate with the same file name wins.
pub fn notation(
    name: &str,
    namespace: &str,
    labels: &BTreeMap<String, String>,
    certs: &[(String, String)],
    trust_policy: &str,
) -> Value {
    let mut string_data = serde_json::Map::new();
    for (file, pem) in certs {
        string_data.insert(file.clone(), Value::from(pem.as_str()));
    }
    if !trust_policy.is_empty() {
        string_data.insert("trustpolicy.json".to_string(), Value::from(trust_policy));
    }
    let mut metadata = json!({"name": name, "namespace": namespace});
    if !labels.is_empty() {
        metadata["labels"] = json!(labels);
    }
    json!({
        "apiVersion": "v1",
        "kind": "Secret",
        "metadata": metadata,
        "stringData": string_data,
    })
}
