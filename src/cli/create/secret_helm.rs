//! `flux create secret helm NAME`: a Secret for a HelmRepository's `secretRef` or `certSecretRef`: a client
//! certificate pair, or basic auth, or a CA alone, each with the CA when given.

use super::secret_tls::read;
use super::{Common, apply_secret};
use crate::cli::Global;
use crate::cli::printer::Printer;
use crate::objects::{self, secrets};

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Create a Helm authentication secret on disk and encrypt it with Mozilla SOPS\n  flux create secret helm repo-auth \\\n    --namespace=my-namespace \\\n    --username=my-username \\\n    --password=my-password \\\n    --export > repo-auth.yaml\n\n  sops --encrypt --encrypted-regex '^(data|stringData)$' \\\n    --in-place repo-auth.yaml\n\n  # Create a Helm authentication secret using a custom TLS cert\n  flux create secret helm repo-auth \\\n    --username=username \\\n    --password=password \\\n    --tls-crt-file=./cert.crt \\\n    --tls-key-file=./key.crt \\\n    --ca-crt-file=./ca.crt"
)]
pub struct Args {
    /// Name of the secret.
    pub name: Option<String>,

    /// Basic authentication username.
    #[arg(short = 'u', long, default_value = "")]
    pub username: String,

    /// Basic authentication password.
    #[arg(short = 'p', long, default_value = "")]
    pub password: String,

    /// TLS authentication cert file path.
    #[arg(long = "tls-crt-file", default_value = "")]
    pub tls_crt_file: String,

    /// TLS authentication key file path.
    #[arg(long = "tls-key-file", default_value = "")]
    pub tls_key_file: String,

    /// TLS authentication CA file path.
    #[arg(long = "ca-crt-file", default_value = "")]
    pub ca_crt_file: String,
}

pub async fn run(
    args: Args,
    common: &Common,
    global: &Global,
    out: &Printer,
) -> anyhow::Result<()> {
    let name = super::object_name(args.name.as_deref())?;
    let labels = common.labels()?;
    let ca = read(&args.ca_crt_file, "unable to read TLS CA file")?;
    let cert = read(&args.tls_crt_file, "failed to read cert file")?;
    let key = read(&args.tls_key_file, "failed to read key file")?;
    let secret = secrets::helm(
        &name,
        &global.namespace,
        &labels,
        (&args.username, &args.password),
        &cert,
        &key,
        &ca,
    )?;
    if common.export {
        // Flux prints this Secret with `Println`: a blank line follows it.
        out.out(&format!("{}\n", objects::to_export_yaml(&secret)?));
        return Ok(());
    }
    apply_secret(secret, global, out, "helm").await
}
