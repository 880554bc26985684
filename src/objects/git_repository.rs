//! GitRepository from the CLI's point of view: build one from `flux create source git` options, build its auth
//! Secret (`flux create secret git`), print it as `flux export` does, and summarise it for `flux get`.

use std::collections::BTreeMap;
use std::time::Duration;

use serde_json::{Value, json};

use crate::api::FluxObject;
use crate::api::meta::LocalObjectReference;
use crate::api::source::{GitProvider, GitRepository, GitRepositoryRef, GitRepositorySpec};
use crate::duration;
use crate::git::keygen::{self, KeyAlgorithm};

/// Input of `flux create source git`, validated.
#[derive(Debug, Clone, Default)]
pub struct SourceOptions {
    pub name: String,
    pub namespace: String,
    pub url: String,
    pub interval: Duration,
    pub branch: Option<String>,
    pub tag: Option<String>,
    pub semver: Option<String>,
    pub ref_name: Option<String>,
    pub commit: Option<String>,
    pub secret_ref: Option<String>,
    pub proxy_secret_ref: Option<String>,
    pub provider: Option<GitProvider>,
    pub recurse_submodules: bool,
    pub ignore_paths: Vec<String>,
    pub sparse_checkout_paths: Vec<String>,
    pub labels: BTreeMap<String, String>,
    /// `spec.timeout` (`--fetch-timeout`), unset when not given.
    pub timeout: Option<Duration>,
}

fn non_empty(s: &Option<String>) -> Option<String> {
    s.clone().filter(|s| !s.is_empty())
}

/// The GitRepository `flux create source git` would apply.
pub fn build(opts: &SourceOptions) -> GitRepository {
    let reference = GitRepositoryRef {
        branch: non_empty(&opts.branch),
        tag: non_empty(&opts.tag),
        semver: non_empty(&opts.semver),
        name: non_empty(&opts.ref_name),
        commit: non_empty(&opts.commit),
    };
    let spec = GitRepositorySpec {
        url: opts.url.clone(),
        interval: duration::format(opts.interval),
        reference: (reference != GitRepositoryRef::default()).then_some(reference),
        secret_ref: opts
            .secret_ref
            .clone()
            .filter(|s| !s.is_empty())
            .map(|name| LocalObjectReference { name }),
        proxy_secret_ref: opts
            .proxy_secret_ref
            .clone()
            .filter(|s| !s.is_empty())
            .map(|name| LocalObjectReference { name }),
        provider: opts.provider,
        recurse_submodules: opts.recurse_submodules.then_some(true),
        ignore: (!opts.ignore_paths.is_empty()).then(|| opts.ignore_paths.join("\n")),
        sparse_checkout: (!opts.sparse_checkout_paths.is_empty())
            .then(|| opts.sparse_checkout_paths.clone()),
        timeout: opts.timeout.map(duration::format),
        ..GitRepositorySpec::default()
    };
    let mut obj = GitRepository::new(&opts.name, spec);
    obj.metadata.namespace = Some(opts.namespace.clone());
    if !opts.labels.is_empty() {
        obj.metadata.labels = Some(opts.labels.clone());
    }
    obj
}

fn normalise_duration(v: &mut Value) {
    if let Some(s) = v.as_str()
        && let Ok(d) = duration::parse(s)
    {
        *v = Value::from(duration::format(d));
    }
}

/// The object as `flux export source git` prints it: apiVersion, kind, clean metadata and spec, durations in
/// Go's spelling (`5m0s`), `timeout` filled with its default as the API server would.
pub fn export_value(obj: &GitRepository) -> Value {
    let mut spec = serde_json::to_value(&obj.spec).unwrap_or(Value::Null);
    if let Some(map) = spec.as_object_mut() {
        if let Some(v) = map.get_mut("interval") {
            normalise_duration(v);
        }
        if let Some(v) = map.get_mut("timeout") {
            normalise_duration(v);
        }
    }
    json!({
        "apiVersion": "source.toolkit.fluxcd.io/v1",
        "kind": "GitRepository",
        "metadata": super::export_metadata(&obj.metadata),
        "spec": spec,
    })
}

/// Input of `flux create secret git`.
#[derive(Debug, Clone, Default)]
pub struct SecretOptions {
    pub name: String,
    pub namespace: String,
    pub url: String,
    pub username: Option<String>,
    pub password: Option<String>,
    pub bearer_token: Option<String>,
    pub ca_crt: Option<String>,
    /// An existing private key (`--private-key-file`); without one an SSH URL gets a generated key pair.
    pub private_key: Option<String>,
    /// Algorithm of the generated key pair (`--ssh-key-algorithm`, `--ssh-ecdsa-curve`, `--ssh-rsa-bits`).
    pub key_algorithm: KeyAlgorithm,
    pub known_hosts: Option<String>,
    pub labels: BTreeMap<String, String>,
}

/// Why a secret cannot be built.
#[derive(Debug, thiserror::Error)]
pub enum SecretError {
    /// Basic auth and a bearer token were both given.
    #[error("user credentials and bearer token cannot be used together")]
    BasicAndBearer,
    /// The URL scheme is not http, https or ssh.
    #[error("git URL scheme '{0}' not supported, can be: ssh, http and https")]
    Scheme(String),
    /// Generating the SSH key pair failed.
    #[error("{0}")]
    GenerateKey(String),
    /// The public half of the `--private-key-file` key could not be written.
    #[error("failed to load private key: {0}")]
    LoadKey(String),
    /// An SSH URL needs known_hosts.
    #[error("failed to scan the host key of {0}: {1}")]
    NoKnownHosts(String, String),
}

/// The Secret (`stringData` only) for a Git remote's credentials.
pub fn build_secret(opts: &SecretOptions) -> Result<Value, SecretError> {
    let scheme = opts.url.split("://").next().unwrap_or_default().to_string();
    let mut data = serde_json::Map::new();
    match scheme.as_str() {
        "http" | "https" => {
            let basic = opts.username.is_some() || opts.password.is_some();
            if basic && opts.bearer_token.is_some() {
                return Err(SecretError::BasicAndBearer);
            }
            if let Some(u) = &opts.username {
                data.insert("username".into(), Value::from(u.clone()));
            }
            if let Some(p) = &opts.password {
                data.insert("password".into(), Value::from(p.clone()));
            }
            if let Some(t) = &opts.bearer_token {
                data.insert("bearerToken".into(), Value::from(t.clone()));
            }
            if let Some(ca) = &opts.ca_crt {
                data.insert("ca.crt".into(), Value::from(ca.clone()));
            }
        }
        "ssh" => {
            let (key, public) = ssh_key_pair(opts)?;
            let known = match &opts.known_hosts {
                Some(k) => k.clone(),
                None => scan_host_key(&opts.url, &[])?,
            };
            // Keys in Flux's (sorted) order: identity, identity.pub, known_hosts, password.
            data.insert("identity".into(), Value::from(key));
            if let Some(public) = public {
                data.insert("identity.pub".into(), Value::from(public));
            }
            data.insert("known_hosts".into(), Value::from(known));
            if let Some(p) = &opts.password {
                data.insert("password".into(), Value::from(p.clone()));
            }
        }
        other => return Err(SecretError::Scheme(other.to_string())),
    }
    let mut metadata = json!({"name": opts.name, "namespace": opts.namespace});
    if !opts.labels.is_empty() {
        metadata["labels"] = json!(opts.labels);
    }
    Ok(json!({
        "apiVersion": "v1",
        "kind": "Secret",
        "metadata": metadata,
        "stringData": data,
    }))
}

/// The private key (OpenSSH PEM) and its public half (`identity.pub`, one `authorized_keys` line without a
/// comment, as Flux writes it): the `--private-key-file` key when given, else a freshly generated pair. A key
/// in a format we cannot parse (legacy PEM) is passed through without `identity.pub`, as libgit2 still reads it.
/// An encrypted key's passphrase is not checked here (Flux checks it); a wrong one fails at the first fetch.
fn ssh_key_pair(opts: &SecretOptions) -> Result<(String, Option<String>), SecretError> {
    let Some(pem) = &opts.private_key else {
        let pair = keygen::generate(opts.key_algorithm).map_err(SecretError::GenerateKey)?;
        return Ok((pair.private_pem, Some(pair.public)));
    };
    let Ok(key) = ssh_key::PrivateKey::from_openssh(pem) else {
        return Ok((pem.clone(), None));
    };
    // The OpenSSH format keeps the public half in clear, so an encrypted key needs no passphrase here.
    let public = ssh_key::PublicKey::new(key.public_key().key_data().clone(), "")
        .to_openssh()
        .map_err(|e| SecretError::LoadKey(e.to_string()))?;
    Ok((pem.clone(), Some(format!("{public}\n"))))
}

/// `ssh-keyscan -t` types of SSH host key algorithm names (`--ssh-hostkey-algos`): `ssh-ed25519` is `ed25519`,
/// `ecdsa-sha2-*` is `ecdsa`, `ssh-rsa`/`rsa-sha2-*` is `rsa`; unknown names are skipped.
pub fn keyscan_types(algorithms: &[String]) -> Vec<&'static str> {
    let mut types: Vec<&'static str> = algorithms
        .iter()
        .filter_map(|a| match a.trim() {
            "ssh-ed25519" | "ssh-ed25519-cert-v01@openssh.com" => Some("ed25519"),
            a if a.starts_with("ecdsa-sha2-") => Some("ecdsa"),
            a if a == "ssh-rsa" || a.starts_with("rsa-sha2-") => Some("rsa"),
            _ => None,
        })
        .collect();
    types.dedup();
    types
}

/// The `known_hosts` lines of an `ssh://` URL's server, from `ssh-keyscan`; `algorithms` (host key algorithm
/// names, empty for all) limits which keys are asked for.
pub fn scan_host_key(url: &str, algorithms: &[String]) -> Result<String, SecretError> {
    let fail = |m: String| SecretError::NoKnownHosts(url.to_string(), m);
    let authority = url
        .strip_prefix("ssh://")
        .and_then(|r| r.split('/').next())
        .ok_or_else(|| fail("not an ssh:// URL".into()))?;
    let hostport = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let (host, port) = match hostport.rsplit_once(':') {
        Some((h, p)) => (h, p),
        None => (hostport, "22"),
    };
    let mut cmd = std::process::Command::new("ssh-keyscan");
    cmd.args(["-T", "10", "-p", port]);
    let types = keyscan_types(algorithms);
    if !types.is_empty() {
        cmd.args(["-t", &types.join(",")]);
    }
    let out = cmd
        .arg(host)
        .stderr(std::process::Stdio::null())
        .output()
        .map_err(|e| fail(format!("cannot run ssh-keyscan: {e}")))?;
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .collect();
    if lines.is_empty() {
        return Err(fail("no host key received".into()));
    }
    Ok(lines.join("\n") + "\n")
}

/// The last line of a successful reconcile: `fetched revision <rev>`.
pub fn success_message(obj: &GitRepository) -> String {
    let rev = obj
        .status
        .as_ref()
        .and_then(|s| s.artifact.as_ref())
        .map(|a| a.revision.as_str())
        .unwrap_or_default();
    format!("fetched revision {rev}")
}

/// A revision as `flux get` shows it: the SHA cut to 8 characters.
pub fn short_revision(rev: &str) -> String {
    if let Some((prefix, hex)) = rev.rsplit_once(':')
        && hex.len() > 8
        && hex.bytes().all(|b| b.is_ascii_hexdigit())
    {
        return format!("{prefix}:{}", &hex[..8]);
    }
    rev.to_string()
}

/// One `flux get sources git` row: name, revision, suspended, ready, message.
pub fn row(obj: &GitRepository) -> [String; 5] {
    let full = obj
        .status
        .as_ref()
        .and_then(|s| s.artifact.as_ref())
        .map(|a| a.revision.clone())
        .unwrap_or_default();
    let revision = short_revision(&full);
    let (ready, mut message) = match obj.ready_condition() {
        Some(c) => (c.status.clone(), c.message.clone()),
        None => (
            "Unknown".to_string(),
            "waiting to be reconciled".to_string(),
        ),
    };
    if !full.is_empty() {
        message = message.replace(&full, &revision);
    }
    [
        kube::ResourceExt::name_any(obj),
        revision,
        if obj.is_suspended() { "True" } else { "False" }.to_string(),
        ready,
        message,
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn revisions_are_shortened() {
        assert_eq!(
            short_revision("main@sha1:696f056df216eea4f9401adbee0ff744d4df390f"),
            "main@sha1:696f056d"
        );
        assert_eq!(short_revision("v1"), "v1");
    }

    #[test]
    fn basic_auth_and_bearer_token_conflict() {
        let opts = SecretOptions {
            url: "https://example.com/repo".into(),
            username: Some("u".into()),
            bearer_token: Some("t".into()),
            ..SecretOptions::default()
        };
        assert_eq!(
            build_secret(&opts).unwrap_err().to_string(),
            "user credentials and bearer token cannot be used together"
        );
    }

    fn ssh_opts() -> SecretOptions {
        SecretOptions {
            url: "ssh://git@example.com/org/repo".into(),
            known_hosts: Some("example.com ssh-ed25519 AAAA\n".into()),
            ..SecretOptions::default()
        }
    }

    #[test]
    fn ssh_url_without_a_key_gets_a_generated_ecdsa_p384_pair() {
        let secret = build_secret(&ssh_opts()).unwrap();
        let data = &secret["stringData"];
        let identity = data["identity"].as_str().unwrap();
        let public = data["identity.pub"].as_str().unwrap();
        assert!(identity.starts_with("-----BEGIN OPENSSH PRIVATE KEY-----"));
        assert!(public.starts_with("ecdsa-sha2-nistp384 "), "{public}");
        let parsed = ssh_key::PrivateKey::from_openssh(identity).unwrap();
        assert_eq!(
            format!("{}\n", parsed.public_key().to_openssh().unwrap()),
            public
        );
        let keys: Vec<&String> = data.as_object().unwrap().keys().collect();
        assert_eq!(keys, ["identity", "identity.pub", "known_hosts"]);
    }

    #[test]
    fn the_requested_key_algorithm_is_generated() {
        let opts = SecretOptions {
            key_algorithm: KeyAlgorithm::Ed25519,
            ..ssh_opts()
        };
        let secret = build_secret(&opts).unwrap();
        let public = secret["stringData"]["identity.pub"].as_str().unwrap();
        assert!(public.starts_with("ssh-ed25519 "), "{public}");
    }

    #[test]
    fn a_given_key_is_kept_and_its_public_half_written_without_comment() {
        let mut key = ssh_key::PrivateKey::random(
            &mut ssh_key::rand_core::OsRng,
            ssh_key::Algorithm::Ed25519,
        )
        .unwrap();
        key.set_comment("someone@laptop");
        let pem = key.to_openssh(ssh_key::LineEnding::LF).unwrap().to_string();
        let opts = SecretOptions {
            private_key: Some(pem.clone()),
            ..ssh_opts()
        };
        let secret = build_secret(&opts).unwrap();
        let data = &secret["stringData"];
        assert_eq!(data["identity"].as_str(), Some(pem.as_str()));
        let public = data["identity.pub"].as_str().unwrap();
        assert!(public.starts_with("ssh-ed25519 ") && public.ends_with('\n'));
        assert_eq!(public.split_whitespace().count(), 2, "{public}");
        assert!(!public.contains("someone@laptop"), "{public}");
    }

    #[test]
    fn a_key_in_an_unknown_format_is_passed_through_without_public_half() {
        let opts = SecretOptions {
            private_key: Some(
                "-----BEGIN RSA PRIVATE KEY-----\nxx\n-----END RSA PRIVATE KEY-----\n".into(),
            ),
            ..ssh_opts()
        };
        let secret = build_secret(&opts).unwrap();
        assert!(secret["stringData"].get("identity.pub").is_none());
    }

    #[test]
    fn host_key_algorithms_map_to_keyscan_types() {
        let algos: Vec<String> = [
            "ecdsa-sha2-nistp256",
            "ecdsa-sha2-nistp384",
            "ssh-ed25519",
            "rsa-sha2-512",
            "x",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        assert_eq!(
            super::keyscan_types(&algos),
            vec!["ecdsa", "ed25519", "rsa"]
        );
        assert!(super::keyscan_types(&[]).is_empty());
    }
}
