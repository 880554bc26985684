//! `flux create secret githubapp NAME`: a Secret with the GitHub App settings GitRepository `provider: github`
//! authenticates with (app id, installation id or owner, private key, API base URL).

use std::path::Path;

use super::{Common, apply_secret, go_open_error};
use crate::cli::Global;
use crate::cli::printer::Printer;
use crate::objects::{self, secrets};

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Create a githubapp authentication secret on disk and encrypt it with Mozilla SOPS\n  flux create secret githubapp podinfo-auth \\\n    --app-id=\"1\" \\\n    --app-installation-id=\"2\" \\\n    --app-private-key=./private-key-file.pem \\\n    --export > githubapp-auth.yaml\n  sops --encrypt --encrypted-regex '^(data|stringData)$' \\\n    --in-place githubapp-auth.yaml"
)]
pub struct Args {
    /// Name of the secret.
    pub name: Option<String>,

    /// Github app ID.
    #[arg(long = "app-id", default_value = "")]
    pub app_id: String,

    /// Github app installation owner (user or organization).
    #[arg(long = "app-installation-owner", default_value = "")]
    pub app_installation_owner: String,

    /// Github app installation ID.
    #[arg(long = "app-installation-id", default_value = "")]
    pub app_installation_id: String,

    /// Github app private key file path.
    #[arg(long = "app-private-key", default_value = "")]
    pub app_private_key: String,

    /// Github app base URL.
    #[arg(long = "app-base-url", default_value = "")]
    pub app_base_url: String,
}

pub async fn run(
    args: Args,
    common: &Common,
    global: &Global,
    out: &Printer,
) -> anyhow::Result<()> {
    let name = super::object_name(args.name.as_deref())?;
    let private_key = std::fs::read_to_string(Path::new(&args.app_private_key)).map_err(|e| {
        anyhow::anyhow!(
            "unable to read private key file: {}",
            go_open_error(&args.app_private_key, &e)
        )
    })?;
    // Flux's `runtime/secrets` checks, in its order and words.
    if args.app_id.is_empty() {
        anyhow::bail!("githubAppID is required");
    }
    if private_key.is_empty() {
        anyhow::bail!("githubAppPrivateKey is required");
    }
    if args.app_installation_owner.is_empty() == args.app_installation_id.is_empty() {
        anyhow::bail!(
            "exactly one of githubAppInstallationOwner or githubAppInstallationID must be provided"
        );
    }
    let opts = secrets::GitHubAppSecretOptions {
        name: name.clone(),
        namespace: global.namespace.clone(),
        app_id: args.app_id,
        installation_owner: args.app_installation_owner,
        installation_id: args.app_installation_id,
        private_key,
        base_url: args.app_base_url,
        // Flux does not label this Secret: `--label` is accepted and left out.
        labels: Default::default(),
    };
    let secret = secrets::github_app(&opts);
    if common.export {
        out.out(&format!("{}\n", objects::to_export_yaml(&secret)?));
        return Ok(());
    }
    apply_secret(secret, global, out, "githubapp").await
}
