//! The artifact commands: `flux push|pull|tag artifact`, `flux list artifacts`, `flux build artifact` and
//! `flux diff artifact`, over the registry client of [`crate::oci`]. Flags shared by the registry commands
//! live in [`RegistryArgs`].

pub mod build;
pub mod diff;
pub mod list;
pub mod pull;
pub mod push;
pub mod tag;

use std::time::Duration;

use crate::oci::{self, ArtifactUrl, Credentials};
use crate::progress::Progress;

use super::printer::Printer;

/// Flux's default `--ignore-paths` of the artifact commands: VCS metadata and binary extensions.
pub const DEFAULT_IGNORE: &[&str] = &[
    ".git/",
    ".gitignore",
    ".gitmodules",
    ".gitattributes",
    "*.jpg",
    "*.jpeg",
    "*.gif",
    "*.png",
    "*.wmv",
    "*.flv",
    "*.tar.gz",
    "*.zip",
];

/// The registry flags every artifact command takes.
#[derive(Debug, Clone, clap::Args)]
pub struct RegistryArgs {
    /// credentials for OCI registry in the format <username>[:<password>] if --provider is generic
    #[arg(long, default_value = "")]
    pub creds: String,
    /// the OCI provider name, available options are: (generic, aws, azure, gcp)
    #[arg(long, default_value = "generic", value_parser = ["generic", "aws", "azure", "gcp"])]
    pub provider: String,
    /// allows the registry to be reached without TLS
    #[arg(long = "insecure-registry")]
    pub insecure_registry: bool,
}

impl RegistryArgs {
    /// A client of `url`'s registry with these flags; says `logging in to registry with credentials` as Flux
    /// does when `--creds` is given.
    pub fn client(
        &self,
        url: &ArtifactUrl,
        timeout: Duration,
        out: &Printer,
    ) -> anyhow::Result<oci::Client> {
        if self.provider != "generic" {
            anyhow::bail!(
                "error during login with provider: provider '{}' is not supported by this build, use --creds",
                self.provider
            );
        }
        let credentials = if self.creds.is_empty() {
            Credentials::Anonymous
        } else {
            out.action("logging in to registry with credentials");
            Credentials::from_flag(&self.creds)
        };
        Ok(oci::Client::new(oci::client::Options {
            host: url.host.clone(),
            insecure: self.insecure_registry,
            credentials,
            tls: oci::TlsMaterial::default(),
            timeout,
            user_agent: concat!("flux/", env!("CARGO_PKG_VERSION")).to_string(),
            plain_http_for_local: true,
        })?)
    }
}

/// Parses the `oci://` argument as Flux does.
pub fn parse_url(url: &str) -> anyhow::Result<ArtifactUrl> {
    Ok(ArtifactUrl::parse(url)?)
}

/// Runs `work` under the `--timeout` deadline, with Go's wording when it passes.
pub async fn with_timeout<T>(
    timeout: Duration,
    work: impl Future<Output = anyhow::Result<T>>,
) -> anyhow::Result<T> {
    match tokio::time::timeout(timeout, work).await {
        Ok(r) => r,
        Err(_) => anyhow::bail!("context deadline exceeded"),
    }
}
