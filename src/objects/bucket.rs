//! Bucket from the CLI's point of view: build one from `flux create source bucket` options (and the Secret of
//! its static keys), print it as `flux export` does, and summarise it for `flux get` and `flux reconcile`.

use std::collections::BTreeMap;
use std::time::Duration;

use serde_json::{Value, json};

use crate::api::meta::LocalObjectReference;
use crate::api::source::{Bucket, BucketProvider, BucketSpec};
use crate::duration;

/// Input of `flux create source bucket`, validated.
#[derive(Debug, Clone)]
pub struct SourceOptions {
    pub name: String,
    pub namespace: String,
    pub bucket_name: String,
    pub endpoint: String,
    pub provider: BucketProvider,
    pub region: Option<String>,
    pub insecure: bool,
    pub secret_ref: Option<String>,
    pub proxy_secret_ref: Option<String>,
    pub ignore: Option<String>,
    pub interval: Duration,
    pub timeout: Option<Duration>,
    pub labels: BTreeMap<String, String>,
}

/// `--provider` parsed with the messages of Flux's `SourceBucketProvider` flag value.
pub fn parse_provider(raw: &str) -> Result<BucketProvider, String> {
    match raw {
        "generic" => Ok(BucketProvider::Generic),
        "aws" => Ok(BucketProvider::Aws),
        "azure" => Ok(BucketProvider::Azure),
        "gcp" => Ok(BucketProvider::Gcp),
        _ if raw.trim().is_empty() => Err(
            "no source bucket provider given, please specify the S3 compatible storage provider name"
                .to_string(),
        ),
        other => Err(format!(
            "source bucket provider '{other}' is not supported, must be one of: generic, aws, azure, gcp"
        )),
    }
}

/// The Bucket `flux create source bucket` would apply. Unlike other kinds, Flux writes `provider` even when
/// it is `generic`.
pub fn build(opts: &SourceOptions) -> Bucket {
    let reference = |name: &Option<String>| {
        name.clone()
            .filter(|s| !s.is_empty())
            .map(|name| LocalObjectReference { name })
    };
    let spec = BucketSpec {
        provider: Some(opts.provider),
        bucket_name: opts.bucket_name.clone(),
        endpoint: opts.endpoint.clone(),
        sts: None,
        insecure: opts.insecure.then_some(true),
        region: opts.region.clone().filter(|r| !r.is_empty()),
        prefix: None,
        secret_ref: reference(&opts.secret_ref),
        service_account_name: None,
        cert_secret_ref: None,
        proxy_secret_ref: reference(&opts.proxy_secret_ref),
        interval: duration::format(opts.interval),
        timeout: opts.timeout.map(duration::format),
        ignore: opts.ignore.clone(),
        suspend: None,
    };
    let mut obj = Bucket::new(&opts.name, spec);
    obj.metadata.namespace = Some(opts.namespace.clone());
    if !opts.labels.is_empty() {
        obj.metadata.labels = Some(opts.labels.clone());
    }
    obj
}

/// The Secret `bucket-<name>` holding `accesskey` and `secretkey`, as `flux create source bucket` applies it.
pub fn build_secret(opts: &SourceOptions, access_key: &str, secret_key: &str) -> Value {
    let mut metadata = json!({
        "name": format!("bucket-{}", opts.name),
        "namespace": opts.namespace,
    });
    if !opts.labels.is_empty() {
        metadata["labels"] = json!(opts.labels);
    }
    json!({
        "apiVersion": "v1",
        "kind": "Secret",
        "metadata": metadata,
        "stringData": { "accesskey": access_key, "secretkey": secret_key },
    })
}

/// The object as `flux export source bucket` prints it: apiVersion, kind, clean metadata and spec, durations in
/// The object as `flux export source bucket` prints it.
pub fn export_value(obj: &Bucket) -> Value {
    super::export_source("Bucket", &obj.metadata, &obj.spec)
}

/// The line `flux reconcile source bucket` ends with.
pub fn success_message(obj: &Bucket) -> String {
    super::fetched_revision(obj.status.as_ref().and_then(|s| s.artifact.as_ref()))
}

/// One `flux get sources bucket` row: name, revision, suspended, ready, message.
pub fn row(obj: &Bucket) -> [String; 5] {
    super::source_row(obj, obj.status.as_ref().and_then(|s| s.artifact.as_ref()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_providers_are_refused_as_flux_refuses_them() {
        assert_eq!(
            parse_provider("s3").unwrap_err(),
            "source bucket provider 's3' is not supported, must be one of: generic, aws, azure, gcp"
        );
        assert_eq!(parse_provider("aws"), Ok(BucketProvider::Aws));
    }
}
