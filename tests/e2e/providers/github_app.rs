//! GitHub Apps on the GitHub flavor, for GitRepository `provider: github`: the app authenticates with an RS256
//! JWT (checked against the app's public key, with GitHub's limits on `iat`/`exp`), finds its installation by
//! owner (`GET /orgs/{org}/installation`, `GET /users/{user}/installation`) and trades the JWT for an
//! installation access token (`POST /app/installations/{id}/access_tokens`). The token reads the owner's
//! repositories over HTTPS, like any read-only token.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use rsa::RsaPublicKey;
use rsa::pkcs1v15::{Signature, VerifyingKey};
use rsa::signature::Verifier;
use serde_json::{Value, json};
use sha2::Sha256;

use super::github::gh_err;
use super::state::{App, Ctx, St, Token};
use super::util::{Req, Resp, json_resp, random_hex};

const DOC: &str = "https://docs.github.com/rest";

fn now() -> i64 {
    k8s_openapi::jiff::Timestamp::now().as_second()
}

/// The app a request's JWT proves to be, or GitHub's 401.
fn authenticate<'a>(st: &'a St, req: &Req) -> Result<&'a App, Resp> {
    let bad = |m: &str| Err(gh_err(401, m, DOC));
    let Some(jwt) = req
        .headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .and_then(|a| a.strip_prefix("Bearer "))
    else {
        return bad("A JSON web token could not be decoded");
    };
    let parts: Vec<&str> = jwt.trim().split('.').collect();
    let [header, claims, signature] = parts.as_slice() else {
        return bad("A JSON web token could not be decoded");
    };
    let decode = |s: &str| URL_SAFE_NO_PAD.decode(s).ok();
    let (Some(h), Some(c), Some(sig)) = (decode(header), decode(claims), decode(signature)) else {
        return bad("A JSON web token could not be decoded");
    };
    let h: Value = serde_json::from_slice(&h).unwrap_or(Value::Null);
    let c: Value = serde_json::from_slice(&c).unwrap_or(Value::Null);
    if h["alg"] != "RS256" {
        return bad("A JSON web token could not be decoded");
    }
    let iss = match &c["iss"] {
        Value::Number(n) => n.as_u64(),
        Value::String(s) => s.parse().ok(),
        _ => None,
    };
    let Some(app) = iss.and_then(|id| st.apps.iter().find(|a| a.id == id)) else {
        return bad("Integration not found");
    };
    let key = VerifyingKey::<Sha256>::new(app.key.clone());
    let valid = Signature::try_from(sig.as_slice()).is_ok_and(|s| {
        key.verify(format!("{header}.{claims}").as_bytes(), &s)
            .is_ok()
    });
    if !valid {
        return bad("A JSON web token could not be decoded");
    }
    let (iat, exp) = (c["iat"].as_i64(), c["exp"].as_i64());
    let (Some(iat), Some(exp)) = (iat, exp) else {
        return bad(
            "'Expiration time' claim ('exp') must be a numeric value representing the future time at which the assertion expires",
        );
    };
    if exp <= now() || exp - iat > 600 || iat > now() + 60 {
        return bad("'Expiration time' claim ('exp') is too far in the future");
    }
    Ok(app)
}

/// Answers the app routes of the GitHub flavor; `None` for every other route.
pub(super) fn route(_ctx: &Ctx, st: &mut St, req: &Req, segs: &[&str]) -> Option<Resp> {
    let installation_of = |st: &St, app_id: u64, owner: &str| {
        st.apps
            .iter()
            .find(|a| a.id == app_id)
            .and_then(|a| a.installations.iter().find(|(_, o)| o == owner))
            .map(|(id, o)| (*id, o.clone()))
    };
    match (req.method.as_str(), segs) {
        ("GET", [kind @ ("orgs" | "users"), owner, "installation"]) => {
            let app_id = match authenticate(st, req) {
                Ok(app) => app.id,
                Err(resp) => return Some(resp),
            };
            Some(match installation_of(st, app_id, owner) {
                Some((id, o)) => json_resp(
                    200,
                    json!({
                        "id": id, "app_id": app_id,
                        "account": {"login": o, "type": if *kind == "orgs" { "Organization" } else { "User" }},
                        "repository_selection": "all",
                    }),
                ),
                None => gh_err(404, "Not Found", DOC),
            })
        }
        ("POST", ["app", "installations", id, "access_tokens"]) => {
            let app = match authenticate(st, req) {
                Ok(app) => app,
                Err(resp) => return Some(resp),
            };
            let owner = app
                .installations
                .iter()
                .find(|(i, _)| i.to_string() == *id)
                .map(|(_, o)| o.clone());
            let Some(owner) = owner else {
                return Some(gh_err(404, "Not Found", DOC));
            };
            let token = format!("ghs_{}", random_hex(36));
            st.tokens.push(Token {
                token: token.clone(),
                login: owner,
                write: false,
            });
            let expires = k8s_openapi::jiff::Timestamp::from_second(now() + 3600)
                .map(|t| t.to_string())
                .unwrap_or_default();
            st.app_tokens_issued += 1;
            Some(json_resp(
                201,
                json!({
                    "token": token, "expires_at": expires,
                    "permissions": {"contents": "read", "metadata": "read"},
                    "repository_selection": "all",
                }),
            ))
        }
        _ => None,
    }
}

/// Parses an app's public key (`-----BEGIN PUBLIC KEY-----` or `RSA PUBLIC KEY`).
pub(super) fn public_key(pem: &str) -> RsaPublicKey {
    use rsa::pkcs1::DecodeRsaPublicKey;
    use rsa::pkcs8::DecodePublicKey;
    RsaPublicKey::from_public_key_pem(pem)
        .or_else(|_| RsaPublicKey::from_pkcs1_pem(pem))
        .expect("an RSA public key in PEM")
}
