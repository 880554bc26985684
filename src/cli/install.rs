//! `flux install`: generate Flux's manifests and apply them, or print them with `--export`.

use super::Global;
use super::printer::Printer;
use crate::cluster;
use crate::install::{self, InstallOptions, ManifestOptions};

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Install Flux and wait for the controllers\n  flux install\n\n  # Print the manifests without touching the cluster\n  flux install --export > flux-system/gotk-components.yaml"
)]
pub struct Args {
    /// Write the install manifests to stdout and exit.
    #[arg(long)]
    pub export: bool,

    #[command(flatten)]
    pub manifests: ManifestFlags,
}

/// The flags that shape the generated manifests, shared by `flux install` and `flux bootstrap`.
#[derive(Debug, Clone, clap::Args)]
pub struct ManifestFlags {
    /// Toolkit version (the image tag of the flux controller image).
    #[arg(short = 'v', long)]
    pub version: Option<String>,

    /// List of components to install.
    #[arg(long, value_delimiter = ',', default_values_t = install::DEFAULT_COMPONENTS.iter().map(|s| s.to_string()))]
    pub components: Vec<String>,

    /// List of components in addition to those supplied or defaulted, accepts values such as 'image-reflector-controller,image-automation-controller,source-watcher'.
    #[arg(long = "components-extra", value_delimiter = ',')]
    pub components_extra: Vec<String>,

    /// Container registry where the toolkit images are published.
    #[arg(long, default_value = install::manifests::DEFAULT_REGISTRY)]
    pub registry: String,

    /// Container registry credentials in the format 'user:password', requires --image-pull-secret to be set.
    #[arg(long = "registry-creds")]
    pub registry_creds: Option<String>,

    /// Kubernetes secret name used for pulling the toolkit images from a private registry.
    #[arg(long = "image-pull-secret")]
    pub image_pull_secret: Option<String>,

    /// If true the toolkit will watch for custom resources in all namespaces.
    #[arg(long = "watch-all-namespaces", default_value_t = true, action = clap::ArgAction::Set, num_args = 0..=1, default_missing_value = "true")]
    pub watch_all_namespaces: bool,

    /// Log level, available options are: (debug, info, error).
    #[arg(long = "log-level", default_value = "info")]
    pub log_level: String,

    /// Deny ingress access to the toolkit controllers from other namespaces using network policies.
    #[arg(long = "network-policy", default_value_t = true, action = clap::ArgAction::Set, num_args = 0..=1, default_missing_value = "true")]
    pub network_policy: bool,

    /// Internal cluster domain.
    #[arg(long = "cluster-domain", default_value = "cluster.local")]
    pub cluster_domain: String,

    /// Toleration keys used to schedule the components pods onto nodes with matching taints.
    #[arg(long = "toleration-keys", value_delimiter = ',')]
    pub toleration_keys: Vec<String>,

    /// Shard names: each gets its own `flux serve` Deployment reconciling the objects labelled
    /// `sharding.fluxcd.io/key: <shard>` (not in Flux's CLI; see docs/sharding.md).
    #[arg(long = "shards", value_delimiter = ',')]
    pub shards: Vec<String>,
}

impl ManifestFlags {
    /// The manifest options these flags describe, for Flux's namespace `namespace`.
    pub fn options(&self, namespace: &str) -> ManifestOptions {
        let f = self.clone();
        ManifestOptions {
            namespace: namespace.to_string(),
            components: f.components,
            components_extra: f.components_extra,
            registry: f.registry,
            version: f
                .version
                .map(|v| {
                    if v.starts_with('v') {
                        v
                    } else {
                        format!("v{v}")
                    }
                })
                .unwrap_or_else(crate::version::tagged),
            registry_creds: f.registry_creds,
            image_pull_secret: f.image_pull_secret,
            watch_all_namespaces: f.watch_all_namespaces,
            log_level: f.log_level,
            network_policy: f.network_policy,
            cluster_domain: f.cluster_domain,
            toleration_keys: f.toleration_keys,
            shards: f.shards.into_iter().filter(|s| !s.is_empty()).collect(),
        }
    }
}

pub async fn run(args: Args, global: &Global, out: &Printer) -> anyhow::Result<()> {
    let manifests = args.manifests.options(&global.namespace);
    manifests.validate().map_err(anyhow::Error::msg)?;
    if args.export {
        let objects = install::generate(&manifests);
        out.out(&install::to_yaml(&manifests, &objects));
        return Ok(());
    }
    let client = cluster::client(&global.cluster()).await?;
    let opts = InstallOptions {
        manifests,
        timeout: global.timeout,
        poll_interval: std::time::Duration::from_secs(2),
    };
    install::install(&client, &opts, out).await?;
    Ok(())
}
