//! `flux create secret tls NAME`: a `kubernetes.io/tls` Secret with a client certificate, its key and a CA,
//! for sources that authenticate with mutual TLS or trust a private CA.

use super::{Common, apply_secret, go_open_error};
use crate::cli::Global;
use crate::cli::printer::Printer;
use crate::objects::{self, secrets};

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Create a TLS secret on disk and encrypt it with SOPS.\n  # Files are expected to be PEM-encoded.\n  flux create secret tls certs \\\n    --namespace=my-namespace \\\n    --tls-crt-file=./client.crt \\\n    --tls-key-file=./client.key \\\n    --ca-crt-file=./ca.crt \\\n    --export > certs.yaml\n\n  sops --encrypt --encrypted-regex '^(data|stringData)$' \\\n    --in-place certs.yaml"
)]
pub struct Args {
    /// Name of the secret.
    pub name: Option<String>,

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

/// The file's content, or "" when the flag is unset; a read error is worded as Flux words it.
pub(super) fn read(path: &str, what: &str) -> anyhow::Result<String> {
    if path.is_empty() {
        return Ok(String::new());
    }
    std::fs::read_to_string(path)
        .map_err(|e| anyhow::anyhow!("{what}: {}", go_open_error(path, &e)))
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
    let secret = secrets::tls(&name, &global.namespace, &labels, &cert, &key, &ca)?;
    if common.export {
        out.out(&objects::to_export_yaml(&secret)?);
        return Ok(());
    }
    apply_secret(secret, global, out, "tls").await
}
