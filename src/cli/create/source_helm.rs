//! `flux create source helm NAME`: generate a HelmRepository (and a `helm-<name>` Secret from `--username`,
//! `--password`, `--cert-file`, `--key-file`, `--ca-file`), apply it and wait for the index (an `oci://`
//! repository is static: it only has to exist).

use std::path::PathBuf;

use k8s_openapi::api::core::v1::Secret;
use kube::api::Api;

use super::{Common, object_name};
use crate::api::source::{HelmRepository, OCIProvider};
use crate::cli::Global;
use crate::cli::printer::Printer;
use crate::objects::{self, helm_repository};
use crate::progress::Progress;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Create a source for an HTTPS public Helm repository\n  flux create source helm podinfo \\\n    --url=https://stefanprodan.github.io/podinfo \\\n    --interval=10m\n\n  # Create a source for an HTTPS Helm repository using basic authentication\n  flux create source helm podinfo \\\n    --url=https://stefanprodan.github.io/podinfo \\\n    --username=username \\\n    --password=password\n\n  # Create a source for an OCI Helm repository using an existing secret\n  flux create source helm podinfo \\\n    --url=oci://ghcr.io/stefanprodan/charts/podinfo \\\n    --secret-ref=docker-config"
)]
pub struct Args {
    /// Name of the HelmRepository.
    pub name: Option<String>,

    /// Helm repository address.
    #[arg(long)]
    pub url: Option<String>,

    /// Basic authentication username.
    #[arg(short = 'u', long)]
    pub username: Option<String>,

    /// Basic authentication password.
    #[arg(short = 'p', long)]
    pub password: Option<String>,

    /// TLS authentication cert file path.
    #[arg(long = "cert-file")]
    pub cert_file: Option<PathBuf>,

    /// TLS authentication key file path.
    #[arg(long = "key-file")]
    pub key_file: Option<PathBuf>,

    /// TLS authentication CA file path.
    #[arg(long = "ca-file")]
    pub ca_file: Option<PathBuf>,

    /// The name of an existing secret containing TLS, basic auth or docker-config credentials.
    #[arg(long = "secret-ref")]
    pub secret_ref: Option<String>,

    /// OCI provider for authentication.
    #[arg(long = "oci-provider")]
    pub oci_provider: Option<String>,

    /// Pass credentials to all domains.
    #[arg(long = "pass-credentials")]
    pub pass_credentials: bool,
}

fn parse_provider(raw: &str) -> anyhow::Result<OCIProvider> {
    match raw {
        "generic" => Ok(OCIProvider::Generic),
        "aws" => Ok(OCIProvider::Aws),
        "azure" => Ok(OCIProvider::Azure),
        "gcp" => Ok(OCIProvider::Gcp),
        other => anyhow::bail!(
            "invalid argument {other:?} for \"--oci-provider\" flag: source OCI provider '{other}' is not supported, must be one of: generic|aws|azure|gcp"
        ),
    }
}

/// Validates the flags into library options.
pub fn options(
    args: &Args,
    common: &Common,
    global: &Global,
) -> anyhow::Result<helm_repository::SourceOptions> {
    let name = object_name(args.name.as_deref())?;
    let url = args.url.clone().unwrap_or_default();
    // Flux checks the labels between "url is required" and the rest of the URL checks.
    let labels = if url.is_empty() {
        Default::default()
    } else {
        common.labels()?
    };
    let oci = helm_repository::check_url(&url)?;
    Ok(helm_repository::SourceOptions {
        name,
        namespace: global.namespace.clone(),
        url,
        interval: common.interval,
        oci,
        // Flux reads the provider for `oci://` URLs only, and leaves checking it to the API server: an
        // unknown one is exported verbatim (see `run`) and refused here only when applying.
        oci_provider: args
            .oci_provider
            .as_deref()
            .filter(|p| oci && !p.is_empty() && (!common.export || parse_provider(p).is_ok()))
            .map(parse_provider)
            .transpose()?,
        secret_ref: args.secret_ref.clone().filter(|s| !s.is_empty()),
        pass_credentials: args.pass_credentials,
        timeout: common.fetch_timeout,
        labels,
    })
}

fn read(flag: &str, path: Option<&PathBuf>) -> anyhow::Result<Option<String>> {
    path.map(|p| super::read_flag_file(flag, p)).transpose()
}

pub async fn run(
    args: Args,
    common: &Common,
    global: &Global,
    out: &Printer,
) -> anyhow::Result<()> {
    let mut opts = options(&args, common, global)?;
    if common.export {
        let obj = helm_repository::build(&opts);
        let mut value = helm_repository::export_value(&obj);
        if let Some(raw) = args
            .oci_provider
            .as_deref()
            .filter(|p| opts.oci && !p.is_empty())
            && let Some(spec) = value.get_mut("spec").and_then(|s| s.as_object_mut())
        {
            spec.insert("provider".into(), raw.into());
        }
        out.out(&objects::to_export_yaml(&value)?);
        return Ok(());
    }
    let ca = read("--ca-file", args.ca_file.as_ref())?;
    // As Flux: the client certificate is read only when both halves are given.
    let (cert, key) = match (&args.cert_file, &args.key_file) {
        (Some(c), Some(k)) => (read("--cert-file", Some(c))?, read("--key-file", Some(k))?),
        _ => (None, None),
    };
    out.generate("generating HelmRepository source");
    let client = crate::cluster::client(&global.cluster()).await?;
    if opts.secret_ref.is_none()
        && let Some(secret) = helm_repository::build_secret(
            &opts.name,
            &opts.namespace,
            args.username.as_deref(),
            args.password.as_deref(),
            ca.as_deref(),
            cert.as_deref(),
            key.as_deref(),
        )
    {
        out.action("applying secret with repository credentials");
        let api: Api<Secret> = Api::namespaced(client.clone(), &opts.namespace);
        let typed: Secret = serde_json::from_value(secret)?;
        objects::upsert(&api, &typed).await?;
        opts.secret_ref = Some(format!("helm-{}", opts.name));
        out.success("authentication configured");
    }
    let obj = helm_repository::build(&opts);
    out.action("applying HelmRepository source");
    let api: Api<HelmRepository> = Api::namespaced(client, &opts.namespace);
    objects::upsert(&api, &obj).await?;
    out.success("source created");
    out.waiting("waiting for HelmRepository source reconciliation");
    if opts.oci {
        // Static: no controller writes its status; existing is being ready.
        objects::get(&api, &opts.namespace, &opts.name).await?;
        out.success("HelmRepository source reconciliation completed");
        return Ok(());
    }
    let ready =
        objects::wait_ready(&api, &opts.namespace, &opts.name, None, global.timeout).await?;
    out.success("HelmRepository source reconciliation completed");
    let Some(artifact) = ready.status.as_ref().and_then(|s| s.artifact.as_ref()) else {
        anyhow::bail!("HelmRepository source reconciliation completed but no artifact was found");
    };
    out.success(&format!("fetched revision: {}", artifact.revision));
    Ok(())
}
