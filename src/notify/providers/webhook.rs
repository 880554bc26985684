//! `generic` and `generic-hmac`: the event itself as JSON, with header `gotk-component: <controller>`, the
//! Secret's extra headers, and for `generic-hmac` `X-Signature: sha256=<hex HMAC-SHA256 of the body, keyed
//! with the token>`.

use hmac::{Hmac, Mac};
use sha2::Sha256;

use super::{Error, Request, Settings, require_url};
use crate::notify::event::Event;

/// Header naming the controller that emitted the event.
pub const COMPONENT_HEADER: &str = "gotk-component";
/// Header of the body's HMAC (`sha256=<hex>`).
pub const SIGNATURE_HEADER: &str = "X-Signature";

/// Hex HMAC-SHA256 of `payload` keyed with `key`.
pub fn sign(payload: &[u8], key: &[u8]) -> String {
    // HMAC accepts keys of any length; `new_from_slice` cannot fail for it.
    match Hmac::<Sha256>::new_from_slice(key) {
        Ok(mut mac) => {
            mac.update(payload);
            hex::encode(mac.finalize().into_bytes())
        }
        Err(_) => String::new(),
    }
}

/// The POST of a `generic` (or, with `hmac`, `generic-hmac`) provider.
pub fn generic(settings: &Settings, event: &Event, hmac: bool) -> Result<Request, Error> {
    require_url(&settings.kind, &settings.address)?;
    if hmac && settings.token.is_empty() {
        return Err(Error::Missing("HMAC key is empty"));
    }
    let body = serde_json::to_vec(event).map_err(Error::Encode)?;
    let mut request = Request {
        method: reqwest::Method::POST,
        url: settings.address.clone(),
        headers: vec![(
            COMPONENT_HEADER.to_string(),
            event.reporting_controller.clone(),
        )],
        content_type: "application/json".to_string(),
        body,
    };
    for (k, v) in &settings.headers {
        request.headers.push((k.clone(), v.clone()));
    }
    if hmac {
        let signature = format!("sha256={}", sign(&request.body, settings.token.as_bytes()));
        request = request.header(SIGNATURE_HEADER, &signature);
    }
    Ok(request)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(kind: &str, token: &str) -> Settings {
        Settings {
            kind: kind.into(),
            address: "http://127.0.0.1:1/hook".into(),
            token: token.into(),
            headers: [("X-Team".to_string(), "a".to_string())].into(),
            ..Default::default()
        }
    }

    #[test]
    fn hmac_matches_rfc_4231_test_case_2() {
        assert_eq!(
            sign(b"what do ya want for nothing?", b"Jefe"),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
    }

    #[test]
    fn generic_hmac_signs_the_exact_body_it_sends() {
        let event = Event {
            message: "hello".into(),
            reporting_controller: "kustomize-controller".into(),
            ..Default::default()
        };
        let r = generic(&settings("generic-hmac", "secret"), &event, true)
            .unwrap_or_else(|e| panic!("{e}"));
        let sig = r
            .headers
            .iter()
            .find(|(k, _)| k == SIGNATURE_HEADER)
            .map(|(_, v)| v.clone());
        assert_eq!(sig, Some(format!("sha256={}", sign(&r.body, b"secret"))));
        assert!(
            r.headers
                .contains(&(COMPONENT_HEADER.into(), "kustomize-controller".into()))
        );
        assert!(r.headers.contains(&("X-Team".into(), "a".into())));
        let sent: Event = serde_json::from_slice(&r.body).unwrap_or_default();
        assert_eq!(sent.message, "hello");
    }

    #[test]
    fn generic_hmac_without_a_token_is_an_error() {
        assert!(generic(&settings("generic-hmac", ""), &Event::default(), true).is_err());
        assert!(generic(&settings("generic", ""), &Event::default(), false).is_ok());
    }
}
