//! `flux create source oci NAME --url=oci://… --tag|--tag-semver|--digest …`: generate an OCIRepository, apply
//! it and wait for its first artifact.

use std::time::Duration;

use kube::api::Api;

use super::{Common, object_name};
use crate::api::source::{OCIProvider, OCIRepository, OCIRepositoryRef};
use crate::cli::Global;
use crate::cli::printer::Printer;
use crate::objects::{self, oci_repository};
use crate::progress::Progress;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Create an OCIRepository for a public container image\n  flux create source oci podinfo \\\n\t--url=oci://ghcr.io/stefanprodan/manifests/podinfo \\\n\t--tag=6.6.2 \\\n\t--interval=10m\n\n  # Create an OCIRepository with Cosign signature verification\n  flux create source oci podinfo \\\n\t--url=oci://ghcr.io/stefanprodan/manifests/podinfo \\\n\t--tag=6.6.2 \\\n\t--interval=10m \\\n\t--verify-provider=cosign \\\n\t--verify-subject=\"^https://github.com/stefanprodan/podinfo/.github/workflows/release.yml@refs/tags/6.6.2$\" \\\n\t--verify-issuer=\"^https://token.actions.githubusercontent.com$\""
)]
pub struct Args {
    /// Name of the OCIRepository.
    pub name: Option<String>,
    /// the OCI repository URL
    #[arg(long, default_value = "")]
    pub url: String,
    /// the OCI artifact tag
    #[arg(long, default_value = "")]
    pub tag: String,
    /// the OCI artifact tag semver range
    #[arg(long = "tag-semver", default_value = "")]
    pub tag_semver: String,
    /// the OCI artifact digest
    #[arg(long, default_value = "")]
    pub digest: String,
    /// the name of the Kubernetes image pull secret (type 'kubernetes.io/dockerconfigjson')
    #[arg(long = "secret-ref")]
    pub secret_ref: Option<String>,
    /// the name of an existing secret containing the proxy address and credentials
    #[arg(long = "proxy-secret-ref")]
    pub proxy_secret_ref: Option<String>,
    /// the name of the Kubernetes service account that refers to an image pull secret
    #[arg(long = "service-account")]
    pub service_account: Option<String>,
    /// the name of a secret to use for TLS certificates
    #[arg(long = "cert-ref")]
    pub cert_ref: Option<String>,
    /// the OCI provider name, available options are: (generic, aws, azure, gcp)
    #[arg(long, default_value = "generic")]
    pub provider: String,
    /// the OCI verification provider name to use for signature verification, available options are: (cosign, notation)
    #[arg(long = "verify-provider")]
    pub verify_provider: Option<String>,
    /// the name of a secret to use for signature verification
    #[arg(long = "verify-secret-ref")]
    pub verify_secret_ref: Option<String>,
    /// regular expression to use for the OIDC subject during signature verification
    #[arg(long = "verify-subject")]
    pub verify_subject: Option<String>,
    /// regular expression to use for the OIDC issuer during signature verification
    #[arg(long = "verify-issuer")]
    pub verify_issuer: Option<String>,
    /// set paths to ignore resources (can specify multiple paths with commas: path1,path2)
    #[arg(long = "ignore-paths", value_delimiter = ',')]
    pub ignore_paths: Vec<String>,
    /// for when connecting to a non-TLS registries over plain HTTP
    #[arg(long)]
    pub insecure: bool,
    /// the OCI artifact layer selector in the format '<media-type>:<operation>'
    #[arg(long = "layer-selector", default_value = "")]
    pub layer_selector: String,
    /// set a timeout for fetching artifacts
    #[arg(long = "fetch-timeout", value_parser = crate::cli::parse_duration)]
    pub fetch_timeout: Option<Duration>,
}

fn parse_provider(raw: &str) -> anyhow::Result<OCIProvider> {
    match raw {
        "generic" => Ok(OCIProvider::Generic),
        "aws" => Ok(OCIProvider::Aws),
        "azure" => Ok(OCIProvider::Azure),
        "gcp" => Ok(OCIProvider::Gcp),
        other => anyhow::bail!(
            "invalid argument {other:?} for \"--provider\" flag: source OCI provider '{other}' is not supported, must be one of: generic|aws|azure|gcp"
        ),
    }
}

/// Validates the flags into library options, in Flux's order of checks.
pub fn options(
    args: &Args,
    common: &Common,
    global: &Global,
) -> anyhow::Result<oci_repository::SourceOptions> {
    let name = object_name(args.name.as_deref())?;
    if args.url.is_empty() {
        anyhow::bail!("url is required");
    }
    if args.tag.is_empty() && args.tag_semver.is_empty() && args.digest.is_empty() {
        anyhow::bail!("--tag, --tag-semver or --digest is required");
    }
    let layer_selector =
        oci_repository::parse_layer_selector(&args.layer_selector).map_err(anyhow::Error::msg)?;
    let verify = oci_repository::verification(
        args.verify_provider.as_deref(),
        args.verify_secret_ref.as_deref(),
        args.verify_issuer.as_deref(),
        args.verify_subject.as_deref(),
    )
    .map_err(anyhow::Error::msg)?;
    let some = |s: &str| (!s.is_empty()).then(|| s.to_string());
    Ok(oci_repository::SourceOptions {
        name,
        namespace: global.namespace.clone(),
        url: args.url.clone(),
        interval: common.interval,
        reference: OCIRepositoryRef {
            digest: some(&args.digest),
            semver: some(&args.tag_semver),
            semver_filter: None,
            tag: some(&args.tag),
        },
        provider: Some(parse_provider(&args.provider)?),
        secret_ref: args.secret_ref.clone(),
        proxy_secret_ref: args.proxy_secret_ref.clone(),
        cert_secret_ref: args.cert_ref.clone(),
        service_account: args.service_account.clone(),
        verify,
        ignore: (!args.ignore_paths.is_empty()).then(|| args.ignore_paths.join("\n")),
        insecure: args.insecure,
        layer_selector,
        timeout: args.fetch_timeout.filter(|d| !d.is_zero()),
        labels: common.labels()?,
    })
}

pub async fn run(
    args: Args,
    common: &Common,
    global: &Global,
    out: &Printer,
) -> anyhow::Result<()> {
    let opts = options(&args, common, global)?;
    let obj = oci_repository::build(&opts);
    if common.export {
        out.out(&objects::to_export_yaml(&oci_repository::export_value(
            &obj,
        ))?);
        return Ok(());
    }
    let client = crate::cluster::client(&global.cluster()).await?;
    out.action("applying OCIRepository");
    let api: Api<OCIRepository> = Api::namespaced(client, &opts.namespace);
    objects::upsert(&api, &obj).await?;
    out.waiting("waiting for OCIRepository reconciliation");
    let ready =
        objects::wait_ready(&api, &opts.namespace, &opts.name, None, global.timeout).await?;
    out.success("OCIRepository reconciliation completed");
    let Some(artifact) = ready.status.as_ref().and_then(|s| s.artifact.as_ref()) else {
        anyhow::bail!("no artifact was found");
    };
    out.success(&format!("fetched revision: {}", artifact.revision));
    Ok(())
}
