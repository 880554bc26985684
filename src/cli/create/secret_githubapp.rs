//! `flux create secret githubapp NAME`: a Secret with the GitHub App settings GitRepository `provider: github`
//! authenticates with (app id, installation id or owner, private key, API base URL).

use std::path::Path;

use k8s_openapi::api::core::v1::Secret;
use kube::api::Api;

use super::Common;
use crate::cli::Global;
use crate::cli::printer::Printer;
use crate::objects::{self, git_repository};
use crate::progress::Progress;

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

/// An I/O error worded as Go's `os` package words it (`open <path>: no such file or directory`), as Flux
/// prints it.
fn go_open_error(path: &str, e: &std::io::Error) -> String {
    let reason = match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        std::io::ErrorKind::IsADirectory => "is a directory".to_string(),
        _ => e.to_string(),
    };
    format!("open {path}: {reason}")
}

pub async fn run(
    args: Args,
    common: &Common,
    global: &Global,
    out: &Printer,
) -> anyhow::Result<()> {
    let name = args
        .name
        .clone()
        .ok_or_else(|| anyhow::anyhow!("name is required"))?;
    let private_key = std::fs::read_to_string(Path::new(&args.app_private_key)).map_err(|e| {
        anyhow::anyhow!(
            "unable to read private key file: {}",
            go_open_error(&args.app_private_key, &e)
        )
    })?;
    if !args.app_installation_owner.is_empty() && !args.app_installation_id.is_empty() {
        anyhow::bail!("--app-installation-owner and --app-installation-id are mutually exclusive");
    }
    let opts = git_repository::GitHubAppSecretOptions {
        name: name.clone(),
        namespace: global.namespace.clone(),
        app_id: args.app_id,
        installation_owner: args.app_installation_owner,
        installation_id: args.app_installation_id,
        private_key,
        base_url: args.app_base_url,
        labels: common.labels.clone(),
    };
    let secret = git_repository::build_github_app_secret(&opts);
    if common.export {
        out.out(&format!("{}\n", objects::to_export_yaml(&secret)?));
        return Ok(());
    }
    let client = crate::cluster::client(&global.cluster()).await?;
    let api: Api<Secret> = Api::namespaced(client, &opts.namespace);
    let typed: Secret = serde_json::from_value(secret)?;
    objects::upsert(&api, &typed).await?;
    out.action(&format!(
        "githubapp secret '{name}' created in '{}' namespace",
        opts.namespace
    ));
    Ok(())
}
