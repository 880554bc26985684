//! Notation trust policies, as `flux create secret notation` checks them before putting one in a Secret:
//! decoded as Go's `encoding/json` decodes into notation-go's `trustpolicy.Document` (keys matched without
//! regard to case, unknown keys ignored, the first type mismatch reported), then validated by notation-go
//! v1.3.2's rules (`Document.Validate`), with its messages.

use serde_json::{Map, Value};

/// Why a trust policy was refused.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum Error {
    /// JSON of the wrong shape (Go's `json: cannot unmarshal …` messages).
    #[error("json: {0}")]
    Decode(String),
    /// Not JSON, in Go's words (`unexpected end of JSON input`, `invalid character 'x' …`).
    #[error("{0}")]
    Syntax(String),
    /// Valid JSON but not a valid policy (notation-go's messages).
    #[error("{0}")]
    Invalid(String),
}

/// A trust policy document.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Document {
    pub version: String,
    pub trust_policies: Vec<TrustPolicy>,
}

/// One statement of a trust policy.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct TrustPolicy {
    pub name: String,
    pub registry_scopes: Vec<String>,
    pub level: String,
    /// `override`, in document order.
    pub overrides: Vec<(String, String)>,
    pub verify_timestamp: String,
    pub trust_stores: Vec<String>,
    pub trusted_identities: Vec<String>,
}

/// Decodes a trust policy file's bytes.
pub fn decode(bytes: &[u8]) -> Result<Document, Error> {
    // Go checks the syntax of the whole input before decoding, with its own words.
    if let Some(e) = super::go_json::syntax_error(bytes) {
        return Err(Error::Syntax(e));
    }
    let value: Value = serde_json::from_slice(bytes).map_err(|e| Error::Syntax(e.to_string()))?;
    let mut doc = Document::default();
    let mut first_error: Option<String> = None;
    let mut mismatch = |value: &Value, strukt: &str, field: &str, ty: &str| {
        if first_error.is_none() {
            first_error = Some(if field.is_empty() {
                format!(
                    "cannot unmarshal {} into Go value of type {ty}",
                    json_type(value)
                )
            } else {
                format!(
                    "cannot unmarshal {} into Go struct field {strukt}.{field} of type {ty}",
                    json_type(value)
                )
            });
        }
    };
    match &value {
        Value::Null => {}
        Value::Object(top) => {
            if let Some(v) = field(top, "version") {
                string_into(v, &mut doc.version, "Document", "version", &mut mismatch);
            }
            match field(top, "trustPolicies") {
                None | Some(Value::Null) => {}
                Some(Value::Array(items)) => {
                    for item in items {
                        doc.trust_policies
                            .push(decode_statement(item, &mut mismatch));
                    }
                }
                Some(other) => mismatch(
                    other,
                    "Document",
                    "trustPolicies",
                    "[]trustpolicy.TrustPolicy",
                ),
            }
        }
        other => mismatch(other, "", "", "trustpolicy.Document"),
    }
    match first_error {
        Some(e) => Err(Error::Decode(e)),
        None => Ok(doc),
    }
}

type Mismatch<'a> = dyn FnMut(&Value, &str, &str, &str) + 'a;

fn decode_statement(item: &Value, mismatch: &mut Mismatch<'_>) -> TrustPolicy {
    let mut tp = TrustPolicy::default();
    let obj = match item {
        Value::Object(obj) => obj,
        Value::Null => return tp,
        other => {
            mismatch(
                other,
                "Document",
                "trustPolicies",
                "trustpolicy.TrustPolicy",
            );
            return tp;
        }
    };
    const S: &str = "TrustPolicy";
    if let Some(v) = field(obj, "name") {
        string_into(v, &mut tp.name, S, "trustPolicies.name", mismatch);
    }
    for (key, out) in [
        ("registryScopes", &mut tp.registry_scopes),
        ("trustStores", &mut tp.trust_stores),
        ("trustedIdentities", &mut tp.trusted_identities),
    ] {
        let path = format!("trustPolicies.{key}");
        match field(obj, key) {
            None | Some(Value::Null) => {}
            Some(Value::Array(items)) => {
                for v in items {
                    let mut s = String::new();
                    string_into(v, &mut s, S, &path, mismatch);
                    out.push(s);
                }
            }
            Some(other) => mismatch(other, S, &path, "[]string"),
        }
    }
    match field(obj, "signatureVerification") {
        None | Some(Value::Null) => {}
        Some(Value::Object(sv)) => {
            const SV: &str = "SignatureVerification";
            if let Some(v) = field(sv, "level") {
                string_into(
                    v,
                    &mut tp.level,
                    SV,
                    "trustPolicies.signatureVerification.level",
                    mismatch,
                );
            }
            match field(sv, "override") {
                None | Some(Value::Null) => {}
                Some(Value::Object(map)) => {
                    for (k, v) in map {
                        let mut s = String::new();
                        typed_string_into(
                            v,
                            &mut s,
                            (SV, "trustPolicies.signatureVerification.override"),
                            "trustpolicy.ValidationAction",
                            mismatch,
                        );
                        tp.overrides.retain(|(key, _)| key != k);
                        tp.overrides.push((k.clone(), s));
                    }
                }
                Some(other) => mismatch(
                    other,
                    SV,
                    "trustPolicies.signatureVerification.override",
                    "map[trustpolicy.ValidationType]trustpolicy.ValidationAction",
                ),
            }
            if let Some(v) = field(sv, "verifyTimestamp") {
                typed_string_into(
                    v,
                    &mut tp.verify_timestamp,
                    (SV, "trustPolicies.signatureVerification.verifyTimestamp"),
                    "trustpolicy.TimestampOption",
                    mismatch,
                );
            }
        }
        Some(other) => mismatch(
            other,
            S,
            "trustPolicies.signatureVerification",
            "trustpolicy.SignatureVerification",
        ),
    }
    tp
}

/// A struct field's value as Go finds it: the exact key, else the last key equal to it without regard to case.
fn field<'a>(obj: &'a Map<String, Value>, name: &str) -> Option<&'a Value> {
    obj.get(name).or_else(|| {
        obj.iter()
            .rev()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v)
    })
}

fn string_into(v: &Value, out: &mut String, strukt: &str, path: &str, mismatch: &mut Mismatch<'_>) {
    typed_string_into(v, out, (strukt, path), "string", mismatch);
}

/// A string field of a named string type (`trustpolicy.TimestampOption`): Go names that type in errors.
fn typed_string_into(
    v: &Value,
    out: &mut String,
    (strukt, path): (&str, &str),
    ty: &str,
    mismatch: &mut Mismatch<'_>,
) {
    match v {
        Value::String(s) => *out = s.clone(),
        Value::Null => {}
        other => mismatch(other, strukt, path, ty),
    }
}

/// Go's name for a JSON value's type in decode errors.
fn json_type(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "bool",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

const LEVELS: &[&str] = &["strict", "permissive", "audit", "skip"];
const VALIDATION_TYPES: &[&str] = &[
    "integrity",
    "authenticity",
    "authenticTimestamp",
    "expiry",
    "revocation",
];
const VALIDATION_ACTIONS: &[&str] = &["enforce", "log", "skip"];
const TRUST_STORE_TYPES: &[&str] = &["ca", "signingAuthority", "tsa"];

/// Go's `%q` of a list of strings: `["a" "b"]`.
fn quote_list(items: &[&str]) -> String {
    let quoted: Vec<String> = items.iter().map(|s| format!("{s:?}")).collect();
    format!("[{}]", quoted.join(" "))
}

impl Document {
    /// notation-go's `Document.Validate`.
    pub fn validate(&self) -> Result<(), Error> {
        let invalid = |m: String| Err(Error::Invalid(m));
        if self.version.is_empty() {
            return invalid(
                "trust policy document has empty version, version must be specified".into(),
            );
        }
        if self.version != "1.0" {
            return invalid(format!(
                "trust policy document uses unsupported version {:?}",
                self.version
            ));
        }
        if self.trust_policies.is_empty() {
            return invalid(
                "trust policy document can not have zero trust policy statements".into(),
            );
        }
        let mut names: Vec<&str> = Vec::new();
        for st in &self.trust_policies {
            if names.contains(&st.name.as_str()) {
                return invalid(format!(
                    "multiple trust policy statements use the same name {:?}, statement names must be unique",
                    st.name
                ));
            }
            if let Err(e) = validate_statement(st) {
                return invalid(format!("trust policy: {e}"));
            }
            names.push(&st.name);
        }
        validate_registry_scopes(&self.trust_policies).map_err(Error::Invalid)
    }
}

fn validate_statement(st: &TrustPolicy) -> Result<(), String> {
    let name = &st.name;
    if name.is_empty() {
        return Err(
            "a trust policy statement is missing a name, every statement requires a name".into(),
        );
    }
    let level = verification_level(st).map_err(|e| {
        format!("trust policy statement {name:?} has invalid signatureVerification: {e}")
    })?;
    let ts = &st.verify_timestamp;
    if !ts.is_empty() && ts != "always" && ts != "afterCertExpiry" {
        return Err(format!(
            "trust policy statement {name:?} has invalid signatureVerification: verifyTimestamp must be \"always\" or \"afterCertExpiry\", but got {ts:?}"
        ));
    }
    if level == "skip" {
        if !st.trust_stores.is_empty() || !st.trusted_identities.is_empty() {
            return Err(format!(
                "trust policy statement {name:?} is set to skip signature verification but configured with trust stores and/or trusted identities, remove them if signature verification needs to be skipped"
            ));
        }
        return Ok(());
    }
    if st.trust_stores.is_empty() || st.trusted_identities.is_empty() {
        return Err(format!(
            "trust policy statement {name:?} is either missing trust stores or trusted identities, both must be specified"
        ));
    }
    for store in &st.trust_stores {
        let Some((kind, named)) = store.split_once(':') else {
            return Err(format!(
                "trust policy statement {name:?} has malformed trust store value {store:?}. The required format is <TrustStoreType>:<TrustStoreName>"
            ));
        };
        if !TRUST_STORE_TYPES.contains(&kind) {
            return Err(format!(
                "trust policy statement {name:?} uses an unsupported trust store type {kind:?} in trust store value {store:?}"
            ));
        }
        let valid_name = !named.is_empty()
            && named
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'.' || b == b'-');
        if !valid_name {
            return Err(format!(
                "trust policy statement {name:?} uses an unsupported trust store name {named:?} in trust store value {store:?}. Named store name needs to follow [a-zA-Z0-9_.-]+ format"
            ));
        }
    }
    validate_trusted_identities(name, &st.trusted_identities)
}

/// The statement's verification level name (`custom` with overrides), or why it is invalid.
fn verification_level(st: &TrustPolicy) -> Result<&'static str, String> {
    if st.level.is_empty() {
        return Err(
            "signature verification level is empty or missing in the trust policy statement".into(),
        );
    }
    let Some(base) = LEVELS.iter().find(|l| **l == st.level) else {
        return Err(format!(
            "invalid signature verification level {:?}",
            st.level
        ));
    };
    if st.overrides.is_empty() {
        return Ok(base);
    }
    if *base == "skip" {
        return Err(format!(
            "signature verification level {base:?} can't be used to customize signature verification"
        ));
    }
    for (key, value) in &st.overrides {
        if !VALIDATION_TYPES.contains(&key.as_str()) {
            return Err(format!(
                "verification type {key:?} in custom signature verification is not supported, supported values are {}",
                quote_list(VALIDATION_TYPES)
            ));
        }
        if !VALIDATION_ACTIONS.contains(&value.as_str()) {
            return Err(format!(
                "verification action {value:?} in custom signature verification is not supported, supported values are {}",
                quote_list(VALIDATION_ACTIONS)
            ));
        }
        if key == "integrity" {
            return Err(format!(
                "{key:?} verification can not be overridden in custom signature verification"
            ));
        }
        if key != "revocation" && value == "skip" {
            return Err(format!(
                "{key:?} verification can not be skipped in custom signature verification"
            ));
        }
    }
    Ok("custom")
}

fn validate_trusted_identities(name: &str, identities: &[String]) -> Result<(), String> {
    if identities.len() > 1 && identities.iter().any(|i| i == "*") {
        return Err(format!(
            "trust policy statement {name:?} uses a wildcard trusted identity '*', a wildcard identity cannot be used in conjunction with other values"
        ));
    }
    let mut parsed: Vec<(&str, Vec<(String, String)>)> = Vec::new();
    for identity in identities {
        if identity.is_empty() {
            return Err(format!(
                "trust policy statement {name:?} has an empty trusted identity"
            ));
        }
        if identity == "*" {
            continue;
        }
        let Some((prefix, value)) = identity.split_once(':') else {
            return Err(format!(
                "trust policy statement {name:?} has trusted identity {identity:?} missing separator"
            ));
        };
        if prefix == "x509.subject" {
            if value.is_empty() {
                return Err(format!(
                    "trust policy statement {name:?} has trusted identity {identity:?} without an identity value"
                ));
            }
            let dn = parse_distinguished_name(value).map_err(|e| {
                format!(
                    "trust policy statement {name:?} has trusted identity {identity:?} with invalid identity value: {e}"
                )
            })?;
            parsed.push((identity, dn));
        }
    }
    for (i, (raw1, dn1)) in parsed.iter().enumerate() {
        for (j, (raw2, dn2)) in parsed.iter().enumerate() {
            if i != j && is_subset(dn1, dn2) {
                return Err(format!(
                    "trust policy statement {name:?} has overlapping x509 trustedIdentities, {raw1:?} overlaps with {raw2:?}"
                ));
            }
        }
    }
    Ok(())
}

fn is_subset(dn1: &[(String, String)], dn2: &[(String, String)]) -> bool {
    dn1.iter()
        .all(|(k, v)| dn2.iter().find(|(k2, _)| k2 == k).map(|(_, v2)| v2) == Some(v))
}

fn validate_registry_scopes(statements: &[TrustPolicy]) -> Result<(), String> {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for st in statements {
        let name = &st.name;
        if st.registry_scopes.is_empty() {
            return Err(format!(
                "trust policy statement {name:?} has zero registry scopes, it must specify registry scopes with at least one value"
            ));
        }
        if st.registry_scopes.len() > 1 && st.registry_scopes.iter().any(|s| s == "*") {
            return Err(format!(
                "trust policy statement {name:?} uses wildcard registry scope '*', a wildcard scope cannot be used in conjunction with other scope values"
            ));
        }
        for scope in &st.registry_scopes {
            if scope != "*" {
                validate_registry_scope(scope)?;
            }
            match counts.iter_mut().find(|(s, _)| s == scope) {
                Some((_, n)) => *n += 1,
                None => counts.push((scope, 1)),
            }
        }
    }
    if let Some((scope, _)) = counts.iter().find(|(_, n)| *n > 1) {
        return Err(format!(
            "registry scope {scope:?} is present in multiple trust policy statements, one registry scope value can only be associated with one statement"
        ));
    }
    Ok(())
}

fn validate_registry_scope(scope: &str) -> Result<(), String> {
    const ENSURE: &str = "make sure it is a fully qualified repository without the scheme, protocol or tag. For example domain.com/my/repository or a local scope like local/myOCILayout";
    if scope.len() > 1 && scope.contains('*') {
        return Err(format!(
            "registry scope {scope:?} with wild card(s) is not valid, {ENSURE}"
        ));
    }
    let invalid = || Err(format!("registry scope {scope:?} is not valid, {ENSURE}"));
    let Some((domain, repository)) = scope.split_once('/') else {
        return invalid();
    };
    let domain_re = regex::Regex::new(
        r"^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:(?:\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))+)?(?::[0-9]+)?$",
    );
    let repository_re = regex::Regex::new(
        r"^[a-z0-9]+(?:(?:(?:[._]|__|[-]*)[a-z0-9]+)+)?(?:(?:/[a-z0-9]+(?:(?:(?:[._]|__|[-]*)[a-z0-9]+)+)?)+)?$",
    );
    let (Ok(domain_re), Ok(repository_re)) = (domain_re, repository_re) else {
        return invalid();
    };
    if domain.is_empty()
        || repository.is_empty()
        || !domain_re.is_match(domain)
        || !repository_re.is_match(repository)
    {
        return invalid();
    }
    Ok(())
}

/// notation-go's `pkix.ParseDistinguishedName` over go-ldap v3.4.10's `ParseDN`: single-valued RDNs, no
/// duplicate attribute (`S` counts as `ST`), and `C`, `ST` and `O` present.
fn parse_distinguished_name(name: &str) -> Result<Vec<(String, String)>, String> {
    if name.contains("=#") {
        return Err(format!(
            "unsupported distinguished name (DN) {name:?}: notation does not support x509.subject identities containing \"=#\""
        ));
    }
    let rdns = parse_dn(name).map_err(|e| {
        format!(
            "parsing distinguished name (DN) {name:?} failed with err: {e}. A valid DN must contain 'C', 'ST' or 'S', and 'O' RDN attributes at a minimum, and follow RFC 4514 standard"
        )
    })?;
    let mut attrs: Vec<(String, String)> = Vec::new();
    for rdn in rdns {
        if rdn.len() > 1 {
            return Err(format!(
                "distinguished name (DN) {name:?} has multi-valued RDN attributes, remove multi-valued RDN attributes as they are not supported"
            ));
        }
        for (mut kind, value) in rdn {
            if kind == "S" {
                kind = "ST".to_string();
            }
            match attrs.iter_mut().find(|(k, _)| *k == kind) {
                Some((_, v)) if v.is_empty() => *v = value,
                Some(_) => {
                    return Err(format!(
                        "distinguished name (DN) {name:?} has duplicate RDN attribute for {kind:?}, DN can only have unique RDN attributes"
                    ));
                }
                None => attrs.push((kind, value)),
            }
        }
    }
    for field in ["C", "ST", "O"] {
        if !attrs.iter().any(|(k, v)| k == field && !v.is_empty()) {
            return Err(format!(
                "distinguished name (DN) {name:?} has no mandatory RDN attribute for {field:?}, it must contain 'C', 'ST' or 'S', and 'O' RDN attributes at a minimum"
            ));
        }
    }
    Ok(attrs)
}

/// go-ldap's `ParseDN`: RDNs split at unescaped `,` or `;`, attributes at `+`, type and value at the first `=`.
fn parse_dn(s: &str) -> Result<Vec<Vec<(String, String)>>, String> {
    let mut rdns = Vec::new();
    if s.trim().is_empty() {
        return Ok(rdns);
    }
    let bytes = s.as_bytes();
    let mut rdn: Vec<(String, String)> = Vec::new();
    let mut kind = String::new();
    let mut escaping = false;
    let mut start = 0;
    for (i, &c) in bytes.iter().enumerate() {
        if escaping {
            escaping = false;
        } else if c == b'\\' {
            escaping = true;
        } else if c == b'=' && kind.is_empty() {
            kind = decode_dn_string(&s[start..i])?;
            start = i + 1;
        } else if c == b',' || c == b'+' || c == b';' {
            if kind.is_empty() {
                return Err("incomplete type, value pair".into());
            }
            let value = decode_dn_string(&s[start..i])?;
            start = i + 1;
            rdn.push((std::mem::take(&mut kind), value));
            if c != b'+' {
                rdns.push(std::mem::take(&mut rdn));
            }
        }
    }
    if kind.is_empty() {
        return Err("DN ended with incomplete type, value pair".into());
    }
    let value = decode_dn_string(&s[start..])?;
    rdn.push((kind, value));
    rdns.push(rdn);
    Ok(rdns)
}

/// go-ldap's `decodeString`: outer spaces trimmed (an escaped trailing one kept), `\<special>` and `\<hex><hex>`
/// escapes decoded.
fn decode_dn_string(raw: &str) -> Result<String, String> {
    let mut trimmed = raw.trim_matches(' ').to_string();
    if trimmed.ends_with('\\') && raw.ends_with(' ') {
        trimmed.push(' ');
    }
    let chars: Vec<char> = trimmed.chars().collect();
    let mut out: Vec<u8> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c != '\\' {
            let mut buf = [0u8; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            i += 1;
            continue;
        }
        let Some(&next) = chars.get(i + 1) else {
            return Err(format!("got corrupted escaped character: '{trimmed}'"));
        };
        if " \"#+,;<=>\\".contains(next) {
            let mut buf = [0u8; 4];
            out.extend_from_slice(next.encode_utf8(&mut buf).as_bytes());
            i += 2;
            continue;
        }
        let Some(&second) = chars.get(i + 2) else {
            return Err(format!(
                "failed to decode escaped character: encoding/hex: invalid byte: {next}"
            ));
        };
        let pair: String = [next, second].iter().collect();
        if pair.len() != 2 {
            return Err(format!(
                "failed to decode escaped character: invalid byte: {pair}"
            ));
        }
        let hex = |c: char| -> Result<u8, String> {
            c.to_digit(16).map(|d| d as u8).ok_or_else(|| {
                format!(
                    "failed to decode escaped character: encoding/hex: invalid byte: U+{:04X} {c:?}",
                    c as u32
                )
            })
        };
        out.push(hex(next)? << 4 | hex(second)?);
        i += 3;
    }
    Ok(String::from_utf8_lossy(&out).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    const FLUX_EXAMPLE: &str = r#"{
        "version": "1.0",
        "trustPolicies": [{
            "name": "fluxcd.io",
            "registryScopes": ["*"],
            "signatureVerification": {"level" : "strict"},
            "trustStores": [ "ca:fluxcd.io" ],
            "trustedIdentities": ["*"]
        }]
    }"#;

    fn check(text: &str) -> Result<(), Error> {
        decode(text.as_bytes())?.validate()
    }

    #[test]
    fn flux_example_policy_is_valid() {
        assert_eq!(check(FLUX_EXAMPLE), Ok(()));
    }

    #[test]
    fn a_statement_without_name_is_refused_with_notations_words() {
        assert_eq!(
            check(r#"{"version": "1.0", "trustPolicies": [{}]}"#),
            Err(Error::Invalid("trust policy: a trust policy statement is missing a name, every statement requires a name".into()))
        );
    }

    #[test]
    fn a_json_string_is_not_a_document() {
        assert_eq!(
            check(r#""""#).map_err(|e| e.to_string()),
            Err("json: cannot unmarshal string into Go value of type trustpolicy.Document".into())
        );
    }

    #[test]
    fn keys_match_without_regard_to_case() {
        let doc = decode(br#"{"VERSION": "1.0", "trustpolicies": [{"Name": "a"}]}"#);
        assert_eq!(
            doc.map(|d| (d.version, d.trust_policies[0].name.clone())),
            Ok(("1.0".into(), "a".into()))
        );
    }

    #[test]
    fn x509_identities_need_country_state_and_organization() {
        let policy = |id: &str| {
            format!(
                r#"{{"version":"1.0","trustPolicies":[{{"name":"p","registryScopes":["ghcr.io/org/app"],"signatureVerification":{{"level":"strict"}},"trustStores":["ca:x"],"trustedIdentities":["{id}"]}}]}}"#
            )
        };
        assert_eq!(check(&policy("x509.subject: C=US, ST=WA, O=acme")), Ok(()));
        let err = check(&policy("x509.subject:C=US,O=acme")).map_err(|e| e.to_string());
        assert_eq!(
            err,
            Err("trust policy: trust policy statement \"p\" has trusted identity \"x509.subject:C=US,O=acme\" with invalid identity value: distinguished name (DN) \"C=US,O=acme\" has no mandatory RDN attribute for \"ST\", it must contain 'C', 'ST' or 'S', and 'O' RDN attributes at a minimum".into())
        );
    }

    #[test]
    fn dn_escapes_decode_as_go_ldap_does() {
        assert_eq!(
            parse_dn(r"O=a\,b,C=\55S"),
            Ok(vec![
                vec![("O".into(), "a,b".into())],
                vec![("C".into(), "US".into())]
            ])
        );
        assert_eq!(
            parse_dn("C"),
            Err("DN ended with incomplete type, value pair".into())
        );
    }

    #[test]
    fn registry_scopes_must_be_repositories() {
        assert!(validate_registry_scope("ghcr.io/org/app").is_ok());
        assert!(validate_registry_scope("local/myOCILayout").is_err());
        assert!(validate_registry_scope("ghcr.io").is_err());
        assert!(validate_registry_scope("ghcr.io/*").is_err());
    }
}
