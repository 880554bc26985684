//! `flux create source bucket NAME --bucket-name=… --endpoint=…`: generate a Bucket (and the Secret of its
//! static keys from `--access-key/--secret-key`), apply them and wait for the first artifact.

use k8s_openapi::api::core::v1::Secret;
use kube::api::Api;

use super::{Common, object_name};
use crate::api::source::{Bucket, BucketProvider};
use crate::cli::Global;
use crate::cli::printer::Printer;
use crate::objects::{self, bucket};
use crate::progress::Progress;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Create a source for a Bucket using static authentication\n  flux create source bucket podinfo \\\n\t--bucket-name=podinfo \\\n    --endpoint=minio.minio.svc.cluster.local:9000 \\\n\t--insecure=true \\\n\t--access-key=myaccesskey \\\n\t--secret-key=mysecretkey \\\n    --interval=10m\n\n  # Create a source for an Amazon S3 Bucket using IAM authentication\n  flux create source bucket podinfo \\\n\t--bucket-name=podinfo \\\n\t--provider=aws \\\n    --endpoint=s3.amazonaws.com \\\n\t--region=us-east-1 \\\n    --interval=10m"
)]
pub struct Args {
    /// Name of the Bucket.
    pub name: Option<String>,
    /// the S3 compatible storage provider name
    #[arg(long, default_value = "generic", value_parser = crate::objects::bucket::parse_provider)]
    pub provider: BucketProvider,
    /// the bucket name
    #[arg(long = "bucket-name", default_value = "")]
    pub bucket_name: String,
    /// the bucket endpoint address
    #[arg(long, default_value = "")]
    pub endpoint: String,
    /// the bucket access key
    #[arg(long = "access-key", default_value = "")]
    pub access_key: String,
    /// the bucket secret key
    #[arg(long = "secret-key", default_value = "")]
    pub secret_key: String,
    /// the bucket region
    #[arg(long, default_value = "")]
    pub region: String,
    /// for when connecting to a non-TLS S3 HTTP endpoint
    #[arg(long)]
    pub insecure: bool,
    /// the name of an existing secret containing credentials
    #[arg(long = "secret-ref", default_value = "")]
    pub secret_ref: String,
    /// the name of an existing secret containing the proxy address and credentials
    #[arg(long = "proxy-secret-ref", default_value = "")]
    pub proxy_secret_ref: String,
    /// set paths to ignore in bucket resource (can specify multiple paths with commas: path1,path2)
    #[arg(long = "ignore-paths", value_delimiter = ',')]
    pub ignore_paths: Vec<String>,
}

/// Validates the flags into library options, in Flux's order of checks.
pub fn options(
    args: &Args,
    common: &Common,
    global: &Global,
) -> anyhow::Result<bucket::SourceOptions> {
    let name = object_name(args.name.as_deref())?;
    if args.bucket_name.is_empty() {
        anyhow::bail!("bucket-name is required");
    }
    if args.endpoint.is_empty() {
        anyhow::bail!("endpoint is required");
    }
    let some = |s: &str| (!s.is_empty()).then(|| s.to_string());
    Ok(bucket::SourceOptions {
        name,
        namespace: global.namespace.clone(),
        bucket_name: args.bucket_name.clone(),
        endpoint: args.endpoint.clone(),
        provider: args.provider,
        region: some(&args.region),
        insecure: args.insecure,
        secret_ref: some(&args.secret_ref),
        proxy_secret_ref: some(&args.proxy_secret_ref),
        ignore: (!args.ignore_paths.is_empty()).then(|| args.ignore_paths.join("\n")),
        interval: common.interval,
        timeout: common.fetch_timeout,
        labels: common.labels()?,
    })
}

pub async fn run(
    args: Args,
    common: &Common,
    global: &Global,
    out: &Printer,
) -> anyhow::Result<()> {
    let mut opts = options(&args, common, global)?;
    if common.export {
        // Flux exports the Bucket alone: the key flags only make a Secret when applying.
        out.out(&objects::to_export_yaml(&bucket::export_value(
            &bucket::build(&opts),
        ))?);
        return Ok(());
    }
    let client = crate::cluster::client(&global.cluster()).await?;
    out.generate("generating Bucket source");
    if opts.secret_ref.is_none() && !args.access_key.is_empty() && !args.secret_key.is_empty() {
        out.action("applying secret with the bucket credentials");
        let secret: Secret = serde_json::from_value(bucket::build_secret(
            &opts,
            &args.access_key,
            &args.secret_key,
        ))?;
        let api: Api<Secret> = Api::namespaced(client.clone(), &opts.namespace);
        objects::upsert(&api, &secret).await?;
        opts.secret_ref = Some(format!("bucket-{}", opts.name));
        out.success("authentication configured");
    }
    let obj = bucket::build(&opts);
    out.action("applying Bucket source");
    let api: Api<Bucket> = Api::namespaced(client, &opts.namespace);
    objects::upsert(&api, &obj).await?;
    out.waiting("waiting for Bucket source reconciliation");
    let ready =
        objects::wait_ready(&api, &opts.namespace, &opts.name, None, global.timeout).await?;
    out.success("Bucket source reconciliation completed");
    let Some(artifact) = ready.status.as_ref().and_then(|s| s.artifact.as_ref()) else {
        anyhow::bail!("Bucket source reconciliation but no artifact was found");
    };
    out.success(&format!("fetched revision: {}", artifact.revision));
    Ok(())
}
