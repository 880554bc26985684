//! OCIRepository from the CLI's point of view: build one from `flux create source oci` options, print it as
//! `flux export` does, and summarise it for `flux get` and `flux reconcile`.

use std::collections::BTreeMap;
use std::time::Duration;

use serde_json::Value;

use crate::api::meta::LocalObjectReference;
use crate::api::source::{
    OCILayerOperation, OCILayerSelector, OCIProvider, OCIRepository, OCIRepositoryRef,
    OCIRepositorySpec, OCIRepositoryVerification, OIDCIdentityMatch, VerificationProvider,
};
use crate::duration;

/// Input of `flux create source oci`, validated.
#[derive(Debug, Clone, Default)]
pub struct SourceOptions {
    pub name: String,
    pub namespace: String,
    pub url: String,
    pub interval: Duration,
    pub reference: OCIRepositoryRef,
    pub provider: Option<OCIProvider>,
    pub secret_ref: Option<String>,
    pub proxy_secret_ref: Option<String>,
    pub cert_secret_ref: Option<String>,
    pub service_account: Option<String>,
    pub verify: Option<OCIRepositoryVerification>,
    pub ignore: Option<String>,
    pub insecure: bool,
    pub layer_selector: Option<OCILayerSelector>,
    pub timeout: Option<Duration>,
    pub labels: BTreeMap<String, String>,
}

/// Parses `--layer-selector <media-type>:<operation>` with Flux's messages.
pub fn parse_layer_selector(selector: &str) -> Result<Option<OCILayerSelector>, String> {
    if selector.is_empty() {
        return Ok(None);
    }
    let (media_type, operation) = match selector.split_once(':') {
        Some((m, o)) if !m.is_empty() && !o.is_empty() => (m, o),
        _ => {
            return Err(format!(
                "invalid --layer-selector {selector:?}: must be in the format '<media-type>:<operation>'"
            ));
        }
    };
    let operation = match operation {
        "extract" => OCILayerOperation::Extract,
        "copy" => OCILayerOperation::Copy,
        _ => {
            return Err(format!(
                "invalid --layer-selector {selector:?}: operation must be \"extract\" or \"copy\""
            ));
        }
    };
    Ok(Some(OCILayerSelector {
        media_type: Some(media_type.to_string()),
        operation: Some(operation),
    }))
}

/// The `verify` block from the `--verify-*` flags, refused as Flux refuses a secret or identity without a
/// provider.
pub fn verification(
    provider: Option<&str>,
    secret: Option<&str>,
    issuer: Option<&str>,
    subject: Option<&str>,
) -> Result<Option<OCIRepositoryVerification>, String> {
    let secret = secret.filter(|s| !s.is_empty());
    let issuer = issuer.unwrap_or_default();
    let subject = subject.unwrap_or_default();
    let Some(provider) = provider.filter(|p| !p.is_empty()) else {
        if secret.is_some() {
            return Err(
                "a verification provider must be specified when a secret is specified".into(),
            );
        }
        if !issuer.is_empty() || !subject.is_empty() {
            return Err(
                "a verification provider must be specified when OIDC issuer/subject is specified"
                    .into(),
            );
        }
        return Ok(None);
    };
    let provider = match provider {
        "cosign" => VerificationProvider::Cosign,
        "notation" => VerificationProvider::Notation,
        other => {
            return Err(format!(
                "invalid argument {other:?} for \"--verify-provider\" flag: source OCI verify provider '{other}' is not supported, must be one of: cosign|notation"
            ));
        }
    };
    Ok(Some(OCIRepositoryVerification {
        provider: Some(provider),
        secret_ref: secret.map(|name| LocalObjectReference {
            name: name.to_string(),
        }),
        match_oidc_identity: (!issuer.is_empty() || !subject.is_empty()).then(|| {
            vec![OIDCIdentityMatch {
                issuer: issuer.to_string(),
                subject: subject.to_string(),
            }]
        }),
        trusted_root_secret_ref: None,
    }))
}

fn reference(name: &Option<String>) -> Option<LocalObjectReference> {
    name.clone()
        .filter(|s| !s.is_empty())
        .map(|name| LocalObjectReference { name })
}

/// The OCIRepository `flux create source oci` would apply.
pub fn build(opts: &SourceOptions) -> OCIRepository {
    let spec = OCIRepositorySpec {
        url: opts.url.clone(),
        reference: Some(opts.reference.clone()),
        layer_selector: opts.layer_selector.clone(),
        // `generic` is the default: Flux leaves it out.
        provider: opts.provider.filter(|p| *p != OCIProvider::Generic),
        secret_ref: reference(&opts.secret_ref),
        verify: opts.verify.clone(),
        service_account_name: opts.service_account.clone().filter(|s| !s.is_empty()),
        cert_secret_ref: reference(&opts.cert_secret_ref),
        proxy_secret_ref: reference(&opts.proxy_secret_ref),
        interval: duration::format(opts.interval),
        timeout: opts.timeout.map(duration::format),
        ignore: opts.ignore.clone(),
        insecure: opts.insecure.then_some(true),
        suspend: None,
    };
    let mut obj = OCIRepository::new(&opts.name, spec);
    obj.metadata.namespace = Some(opts.namespace.clone());
    if !opts.labels.is_empty() {
        obj.metadata.labels = Some(opts.labels.clone());
    }
    obj
}

/// The object as `flux export source oci` prints it: apiVersion, kind, clean metadata and spec, durations in
/// The object as `flux export source oci` prints it.
pub fn export_value(obj: &OCIRepository) -> Value {
    super::export_source("OCIRepository", &obj.metadata, &obj.spec)
}

/// The line `flux reconcile source oci` ends with.
pub fn success_message(obj: &OCIRepository) -> String {
    super::fetched_revision(obj.status.as_ref().and_then(|s| s.artifact.as_ref()))
}

/// One `flux get sources oci` row: name, revision, suspended, ready, message.
pub fn row(obj: &OCIRepository) -> [String; 5] {
    super::source_row(obj, obj.status.as_ref().and_then(|s| s.artifact.as_ref()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layer_selectors_need_a_known_operation() {
        assert!(parse_layer_selector("a:copy").unwrap().is_some());
        assert_eq!(
            parse_layer_selector("a:move").unwrap_err(),
            "invalid --layer-selector \"a:move\": operation must be \"extract\" or \"copy\""
        );
        assert!(parse_layer_selector("a").is_err());
    }

    #[test]
    fn a_verification_secret_needs_a_provider() {
        assert_eq!(
            verification(None, Some("cosign-pub"), None, None).unwrap_err(),
            "a verification provider must be specified when a secret is specified"
        );
        let v = verification(Some("cosign"), None, Some("github"), None)
            .unwrap()
            .unwrap();
        assert_eq!(v.match_oidc_identity.unwrap()[0].subject, "");
    }
}
