//! `flux create secret oci NAME --url=… --username=… --password=…`: a `kubernetes.io/dockerconfigjson`
//! Secret for OCIRepository `secretRef` (and HelmRepository `type: oci`).

use super::{Common, apply_secret};
use crate::cli::Global;
use crate::cli::printer::Printer;
use crate::objects::{self, secrets};

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Create a secret for a OCI repository using basic authentication\n  flux create secret oci podinfo-auth \\\n    --url=ghcr.io \\\n    --username=username \\\n    --password=password \\\n    --export > repo-auth.yaml\n\n  sops --encrypt --encrypted-regex '^(data|stringData)$' \\\n    --in-place repo-auth.yaml"
)]
pub struct Args {
    /// Name of the secret.
    pub name: Option<String>,
    /// oci repository address e.g ghcr.io/stefanprodan/charts
    #[arg(long, default_value = "")]
    pub url: String,
    /// basic authentication username
    #[arg(long, short = 'u', default_value = "")]
    pub username: String,
    /// basic authentication password
    #[arg(long, short = 'p', default_value = "")]
    pub password: String,
}

pub async fn run(
    args: Args,
    common: &Common,
    global: &Global,
    out: &Printer,
) -> anyhow::Result<()> {
    let name = args
        .name
        .ok_or_else(|| anyhow::anyhow!("name is required"))?;
    if args.url.is_empty() {
        anyhow::bail!("--url is required");
    }
    if args.username.is_empty() {
        anyhow::bail!("--username is required");
    }
    if args.password.is_empty() {
        anyhow::bail!("--password is required");
    }
    if args.url.contains("://") || args.url.chars().any(char::is_whitespace) {
        anyhow::bail!(
            "error parsing url: 'could not parse reference: {}'",
            args.url
        );
    }
    let secret = secrets::oci(
        &name,
        &global.namespace,
        &common.labels()?,
        &args.url,
        &args.username,
        &args.password,
    );
    if common.export {
        // Flux prints the generated manifest with a trailing newline of its own.
        out.out(&format!("{}\n", objects::to_export_yaml(&secret)?));
        return Ok(());
    }
    apply_secret(secret, global, out, "oci").await
}
