//! `flux create secret proxy NAME`: a Secret with a proxy address and its basic-auth credentials, for
//! `spec.proxySecretRef`.

use super::{Common, apply_secret};
use crate::cli::Global;
use crate::cli::printer::Printer;
use crate::objects::{self, secrets};

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Create a proxy secret on disk and encrypt it with SOPS\n  flux create secret proxy my-proxy \\\n    --namespace=my-namespace \\\n    --address=https://my-proxy.com \\\n    --username=my-username \\\n    --password=my-password \\\n    --export > proxy.yaml\n\n  sops --encrypt --encrypted-regex '^(data|stringData)$' \\\n    --in-place proxy.yaml"
)]
pub struct Args {
    /// Name of the secret.
    pub name: Option<String>,

    /// Proxy address.
    #[arg(long, default_value = "")]
    pub address: String,

    /// Basic authentication username.
    #[arg(short = 'u', long, default_value = "")]
    pub username: String,

    /// Basic authentication password.
    #[arg(short = 'p', long, default_value = "")]
    pub password: String,
}

pub async fn run(
    args: Args,
    common: &Common,
    global: &Global,
    out: &Printer,
) -> anyhow::Result<()> {
    let name = super::object_name(args.name.as_deref())?;
    let labels = common.labels()?;
    if args.address.is_empty() {
        anyhow::bail!("address is required");
    }
    let secret = secrets::proxy(
        &name,
        &global.namespace,
        &labels,
        &args.address,
        &args.username,
        &args.password,
    );
    if common.export {
        out.out(&format!("{}\n", objects::to_export_yaml(&secret)?));
        return Ok(());
    }
    apply_secret(secret, global, out, "proxy").await
}
