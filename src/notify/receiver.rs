//! Checks an incoming webhook call against a Receiver's type, as notification-controller does: the
//! signature or token header, then the event filter. Everything here compares secrets in constant time and
//! never puts a token or signature into an error message.
//!
//! Supported types: generic, generic-hmac, github, gitlab, bitbucket, harbor, dockerhub, quay, nexus, acr.
//! generic-oidc, gcr (Google-signed OIDC tokens) and cdevents (CDEvents schema validation) are refused with
//! [`Reject::Unsupported`].

use axum::http::HeaderMap;
use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256, Sha512};
use subtle::ConstantTimeEq;

/// The prefix of every webhook path.
pub const WEBHOOK_PREFIX: &str = "/hook/";

/// The webhook path of a Receiver: `/hook/` + hex sha256 of token, name and namespace.
pub fn webhook_path(token: &str, name: &str, namespace: &str) -> String {
    let digest = Sha256::digest(format!("{token}{name}{namespace}").as_bytes());
    format!("{WEBHOOK_PREFIX}{}", hex::encode(digest))
}

/// Why a call is rejected (answered 400, as Flux does).
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum Reject {
    /// The signature header is missing or does not match.
    #[error("the {0} signature is invalid")]
    Signature(&'static str),
    /// The token header does not match.
    #[error("the {0} header value does not match the receiver token")]
    Token(&'static str),
    /// The event type is not in `spec.events`.
    #[error("the {sender} event {event:?} is not authorised")]
    Event { sender: &'static str, event: String },
    /// The body is not the JSON the sender documents.
    #[error("cannot decode {0} webhook payload")]
    Payload(&'static str),
    /// This build does not validate that type.
    #[error("receiver type {0:?} not supported")]
    Unsupported(String),
}

fn header<'a>(headers: &'a HeaderMap, name: &str) -> &'a str {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
}

/// Constant-time equality of two byte strings (the length is not secret).
pub fn equal(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && bool::from(a.ct_eq(b))
}

fn mac_hex<M: Mac + hmac::digest::KeyInit>(key: &[u8], body: &[u8]) -> Option<String> {
    let mut mac = <M as hmac::digest::KeyInit>::new_from_slice(key).ok()?;
    mac.update(body);
    Some(hex::encode(mac.finalize().into_bytes()))
}

/// Checks `<algo>=<hex>` (sha1, sha256 or sha512) against the HMAC of `body` keyed with `token`.
pub fn valid_signature(signature: &str, body: &[u8], token: &[u8]) -> bool {
    let Some((algo, given)) = signature.split_once('=') else {
        return false;
    };
    let expected = match algo {
        "sha1" => mac_hex::<Hmac<sha1::Sha1>>(token, body),
        "sha256" => mac_hex::<Hmac<Sha256>>(token, body),
        "sha512" => mac_hex::<Hmac<Sha512>>(token, body),
        _ => None,
    };
    match expected {
        Some(expected) => equal(given.to_ascii_lowercase().as_bytes(), expected.as_bytes()),
        None => false,
    }
}

/// Whether `event` passes `allowed` (case-insensitive; an empty list allows all).
fn event_allowed(allowed: &[String], sender: &'static str, event: &str) -> Result<(), Reject> {
    if allowed.is_empty() || allowed.iter().any(|e| e.eq_ignore_ascii_case(event)) {
        Ok(())
    } else {
        Err(Reject::Event {
            sender,
            event: event.to_string(),
        })
    }
}

/// The GitHub-style check (GitHub, Gitea, Bitbucket Server): `X-Hub-Signature-256`, else `X-Hub-Signature`.
/// An empty token skips the check, as go-github's `ValidatePayload` does.
fn hub_signature(
    headers: &HeaderMap,
    body: &[u8],
    token: &str,
    sender: &'static str,
) -> Result<(), Reject> {
    if token.is_empty() {
        return Ok(());
    }
    let signature = match header(headers, "X-Hub-Signature-256") {
        "" => header(headers, "X-Hub-Signature"),
        s => s,
    };
    if valid_signature(signature, body, token.as_bytes()) {
        Ok(())
    } else {
        Err(Reject::Signature(sender))
    }
}

/// Validates one call to a Receiver of type `kind` with `token` and `spec.events` = `events`.
pub fn validate(
    kind: &str,
    token: &str,
    events: &[String],
    headers: &HeaderMap,
    body: &[u8],
) -> Result<(), Reject> {
    match kind {
        "generic" => Ok(()),
        "generic-hmac" => {
            if valid_signature(header(headers, "X-Signature"), body, token.as_bytes()) {
                Ok(())
            } else {
                Err(Reject::Signature("HMAC"))
            }
        }
        "github" => {
            hub_signature(headers, body, token, "GitHub")?;
            event_allowed(events, "GitHub", header(headers, "X-GitHub-Event"))
        }
        "gitlab" => {
            if !equal(
                header(headers, "X-Gitlab-Token").as_bytes(),
                token.as_bytes(),
            ) {
                return Err(Reject::Token("X-Gitlab-Token"));
            }
            event_allowed(events, "GitLab", header(headers, "X-Gitlab-Event"))
        }
        "bitbucket" => {
            hub_signature(headers, body, token, "Bitbucket server")?;
            event_allowed(events, "Bitbucket server", header(headers, "X-Event-Key"))
        }
        "harbor" => {
            if equal(
                header(headers, "Authorization").as_bytes(),
                token.as_bytes(),
            ) {
                Ok(())
            } else {
                Err(Reject::Token("Harbor Authorization"))
            }
        }
        "nexus" => {
            let signature = header(headers, "X-Nexus-Webhook-Signature");
            let expected = mac_hex::<Hmac<sha1::Sha1>>(token.as_bytes(), body).unwrap_or_default();
            if signature.is_empty() || !equal(signature.as_bytes(), expected.as_bytes()) {
                return Err(Reject::Signature("Nexus"));
            }
            json_object(body, "Nexus")
        }
        "dockerhub" => json_object(body, "DockerHub"),
        "quay" => json_object(body, "Quay"),
        "acr" => json_object(body, "ACR"),
        other => Err(Reject::Unsupported(other.to_string())),
    }
}

fn json_object(body: &[u8], sender: &'static str) -> Result<(), Reject> {
    match serde_json::from_slice::<serde_json::Value>(body) {
        Ok(serde_json::Value::Object(_)) => Ok(()),
        _ => Err(Reject::Payload(sender)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(
                *k,
                HeaderValue::from_str(v).unwrap_or_else(|e| panic!("{e}")),
            );
        }
        h
    }

    fn sha256_sig(body: &[u8], key: &str) -> String {
        format!(
            "sha256={}",
            mac_hex::<Hmac<Sha256>>(key.as_bytes(), body).unwrap_or_default()
        )
    }

    #[test]
    fn the_webhook_path_is_the_sha256_of_token_name_and_namespace() {
        // sha256("tokenreceiverflux-system")
        let expected = hex::encode(Sha256::digest(b"tokenreceiverflux-system"));
        assert_eq!(
            webhook_path("token", "receiver", "flux-system"),
            format!("/hook/{expected}")
        );
    }

    #[test]
    fn github_accepts_a_valid_sha256_signature_and_filters_events() {
        let body = br#"{"ref":"refs/heads/main"}"#;
        let h = headers(&[
            ("X-Hub-Signature-256", &sha256_sig(body, "s3cret")),
            ("X-GitHub-Event", "push"),
        ]);
        assert_eq!(validate("github", "s3cret", &[], &h, body), Ok(()));
        assert_eq!(
            validate("github", "s3cret", &["Push".into()], &h, body),
            Ok(())
        );
        assert!(matches!(
            validate("github", "s3cret", &["ping".into()], &h, body),
            Err(Reject::Event { .. })
        ));
    }

    #[test]
    fn github_rejects_a_forged_or_missing_signature() {
        let body = br#"{"ref":"refs/heads/main"}"#;
        let forged = headers(&[
            ("X-Hub-Signature-256", &sha256_sig(body, "guess")),
            ("X-GitHub-Event", "push"),
        ]);
        assert_eq!(
            validate("github", "s3cret", &[], &forged, body),
            Err(Reject::Signature("GitHub"))
        );
        let missing = headers(&[("X-GitHub-Event", "push")]);
        assert_eq!(
            validate("github", "s3cret", &[], &missing, body),
            Err(Reject::Signature("GitHub"))
        );
        let tampered = headers(&[("X-Hub-Signature-256", &sha256_sig(body, "s3cret"))]);
        assert!(validate("github", "s3cret", &[], &tampered, b"{}").is_err());
    }

    #[test]
    fn generic_hmac_accepts_sha1_sha256_and_sha512() {
        let body = b"payload";
        for algo in ["sha1", "sha256", "sha512"] {
            let hexmac = match algo {
                "sha1" => mac_hex::<Hmac<sha1::Sha1>>(b"k", body),
                "sha256" => mac_hex::<Hmac<Sha256>>(b"k", body),
                _ => mac_hex::<Hmac<Sha512>>(b"k", body),
            }
            .unwrap_or_default();
            let h = headers(&[("X-Signature", &format!("{algo}={hexmac}"))]);
            assert_eq!(
                validate("generic-hmac", "k", &[], &h, body),
                Ok(()),
                "{algo}"
            );
        }
        let h = headers(&[("X-Signature", "md5=00")]);
        assert!(validate("generic-hmac", "k", &[], &h, body).is_err());
    }

    #[test]
    fn gitlab_compares_the_token_header() {
        let ok = headers(&[("X-Gitlab-Token", "t"), ("X-Gitlab-Event", "Push Hook")]);
        assert_eq!(
            validate("gitlab", "t", &["Push Hook".into()], &ok, b""),
            Ok(())
        );
        let bad = headers(&[("X-Gitlab-Token", "x")]);
        assert_eq!(
            validate("gitlab", "t", &[], &bad, b""),
            Err(Reject::Token("X-Gitlab-Token"))
        );
    }

    #[test]
    fn rejections_never_contain_the_token() {
        let h = headers(&[("X-Gitlab-Token", "wrong")]);
        let err = validate("gitlab", "supersecret", &[], &h, b"")
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(!err.contains("supersecret") && !err.contains("wrong"));
    }

    #[test]
    fn unsupported_types_are_refused() {
        assert!(matches!(
            validate("gcr", "t", &[], &HeaderMap::new(), b"{}"),
            Err(Reject::Unsupported(_))
        ));
    }
}
