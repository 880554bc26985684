//! `flux create image repository NAME --image=…`: generate an ImageRepository, apply it and wait for its first
//! scan.

use std::time::Duration;

use super::{Common, object_name};
use crate::cli::Global;
use crate::cli::printer::Printer;
use crate::objects::{self, image, image_create};

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Create an ImageRepository object to scan the alpine image repository:\n  flux create image repository alpine-repo --image alpine --interval 20m\n\n  # Create an image repository that uses an image pull secret (assumed to\n  # have been created already):\n  flux create image repository myapp-repo \\\n    --secret-ref image-pull \\\n    --image ghcr.io/example.com/myapp --interval 5m"
)]
pub struct Args {
    /// Name of the ImageRepository.
    pub name: Option<String>,
    /// the image repository to scan; e.g., library/alpine
    #[arg(long, default_value = "")]
    pub image: String,
    /// the name of a docker-registry secret to use for credentials
    #[arg(long = "secret-ref", default_value = "")]
    pub secret_ref: String,
    /// the name of a secret to use for TLS certificates
    #[arg(long = "cert-ref", default_value = "")]
    pub cert_ref: String,
    /// a timeout for scanning; this defaults to the interval if not set
    #[arg(long = "scan-timeout", default_value = "0s", value_parser = crate::cli::parse_duration)]
    pub scan_timeout: Duration,
}

/// Validates the flags into library options, in Flux's order of checks.
pub fn options(
    args: &Args,
    common: &Common,
    global: &Global,
) -> anyhow::Result<image_create::RepositoryOptions> {
    let name = object_name(args.name.as_deref())?;
    if args.image.is_empty() {
        anyhow::bail!("an image repository (--image) is required");
    }
    image_create::check_image(&args.image).map_err(anyhow::Error::msg)?;
    let some = |s: &str| (!s.is_empty()).then(|| s.to_string());
    Ok(image_create::RepositoryOptions {
        meta: image_create::Meta {
            name,
            namespace: global.namespace.clone(),
            labels: common.labels()?,
        },
        image: args.image.clone(),
        interval: common.interval,
        scan_timeout: (!args.scan_timeout.is_zero()).then_some(args.scan_timeout),
        secret_ref: some(&args.secret_ref),
        cert_secret_ref: some(&args.cert_ref),
    })
}

pub async fn run(
    args: Args,
    common: &Common,
    global: &Global,
    out: &Printer,
) -> anyhow::Result<()> {
    let obj = image_create::build_repository(&options(&args, common, global)?);
    if common.export {
        out.out(&objects::to_export_yaml(&image::repository_export_value(
            &obj,
        ))?);
        return Ok(());
    }
    super::image::apply_and_wait(&obj, global, out).await?;
    Ok(())
}
