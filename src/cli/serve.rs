//! `flux serve`: run every Flux controller in this process (see [`crate::serve`]).

use std::net::SocketAddr;

use super::Global;
use crate::cluster;
use crate::cluster::rate_limit::Limits;
use crate::controllers::features::FeatureGates;
use crate::install;
use crate::serve::{self, ServeOptions, logging};

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Run the controllers against the current kubeconfig context\n  flux serve\n\n  # Run in a cluster, as flux install deploys it\n  flux serve --log-encoding=json --enable-leader-election"
)]
pub struct Args {
    /// Components whose controllers to run.
    #[arg(long, value_delimiter = ',', default_values_t = install::DEFAULT_COMPONENTS.iter().map(|s| s.to_string()))]
    pub components: Vec<String>,

    /// Watch for custom resources in all namespaces; if false, only in the --namespace of this process.
    #[arg(long = "watch-all-namespaces", default_value_t = true, action = clap::ArgAction::Set, num_args = 0..=1, default_missing_value = "true")]
    pub watch_all_namespaces: bool,

    /// Take part in leader election, so that only one process reconciles.
    #[arg(long = "enable-leader-election", default_value_t = true, action = clap::ArgAction::Set, num_args = 0..=1, default_missing_value = "true")]
    pub enable_leader_election: bool,

    /// Log level: debug, info or error.
    #[arg(long = "log-level", default_value = "info")]
    pub log_level: String,

    /// Log encoding: json or console.
    #[arg(long = "log-encoding", value_enum, default_value = "json")]
    pub log_encoding: logging::Encoding,

    /// Address the Prometheus metrics endpoint binds to.
    #[arg(long = "metrics-addr", default_value = "0.0.0.0:8080")]
    pub metrics_addr: SocketAddr,

    /// Address the health and readiness probes bind to.
    #[arg(long = "health-addr", default_value = "0.0.0.0:9440")]
    pub health_addr: SocketAddr,

    /// Identity written into the leader Lease (default: host name and process id).
    #[arg(long = "leader-election-id")]
    pub identity: Option<String>,

    /// The local storage path of the artifact store.
    #[arg(long = "storage-path", default_value = "/data")]
    pub storage_path: std::path::PathBuf,

    /// The address the artifact file server binds to.
    #[arg(long = "storage-addr", default_value = ":9090", value_parser = crate::artifact::server::parse_listen_addr)]
    pub storage_addr: SocketAddr,

    /// The advertised address of the artifact server (default: source-controller.$RUNTIME_NAMESPACE.svc.cluster.local., or localhost outside a cluster).
    #[arg(long = "storage-adv-addr")]
    pub storage_adv_addr: Option<String>,

    /// The interval at which failing dependencies are reevaluated (a dependency turning ready wakes its dependants at once).
    #[arg(long = "requeue-dependency", default_value = "30s", value_parser = parse_duration)]
    pub requeue_dependency: std::time::Duration,

    /// When set to true, references between custom resources are allowed only if the reference and the referee are in the same namespace.
    #[arg(long = "no-cross-namespace-refs", default_value_t = false, action = clap::ArgAction::Set, num_args = 0..=1, default_missing_value = "true")]
    pub no_cross_namespace_refs: bool,

    /// Default service account impersonated by Kustomizations that set no spec.serviceAccountName.
    #[arg(long = "default-service-account")]
    pub default_service_account: Option<String>,

    /// The number of objects a Kustomization applies in parallel within a stage.
    #[arg(long = "concurrent-ssa", default_value_t = 4)]
    pub concurrent_ssa: usize,

    /// Refuse kustomize remote bases. Accepted for compatibility: the native kustomize engine never fetches
    /// remote bases, so they are always refused with a clear error.
    #[arg(long = "no-remote-bases", default_value_t = false, action = clap::ArgAction::Set, num_args = 0..=1, default_missing_value = "true")]
    pub no_remote_bases: bool,

    /// Field manager whose changes to applied objects are reverted, like kubectl's (repeatable or
    /// comma-separated; `--disallowed-field-managers` is the former name).
    #[arg(
        long = "override-manager",
        alias = "disallowed-field-managers",
        value_delimiter = ','
    )]
    pub override_manager: Vec<String>,

    /// The number of Kustomizations reconciled at the same time; 0 reconciles all at once (a health wait
    /// holds no worker, so there is nothing to bound by default).
    #[arg(long = "concurrent", default_value_t = 0)]
    pub concurrent: u16,

    // `--kube-api-qps` and `--kube-api-burst` are the root's (every command has them, as in Flux); for `serve`
    // a qps left unset means no client-side limit: the API server's priority and fairness paces requests.
    /// The time given to running reconciles to reach a safe point on SIGTERM before the process stops anyway.
    #[arg(long = "graceful-shutdown-timeout", default_value = "600s", value_parser = parse_duration)]
    pub graceful_shutdown_timeout: std::time::Duration,

    /// Reconcile only the objects matching this label selector, e.g. `sharding.fluxcd.io/key=shard1`; each
    /// selector elects its own leader.
    #[arg(long = "watch-label-selector")]
    pub watch_label_selector: Option<String>,

    /// The address notification-controller's events endpoint binds to (Flux's controllers POST events there).
    #[arg(long = "events-addr", default_value = ":9690", value_parser = crate::artifact::server::parse_listen_addr)]
    pub events_addr: SocketAddr,

    /// The address the webhook receiver endpoint binds to.
    #[arg(long = "receiver-addr", alias = "receiverAddr", default_value = ":9292", value_parser = crate::artifact::server::parse_listen_addr)]
    pub receiver_addr: SocketAddr,

    /// Interval in which duplicate events are dropped by notification-controller's rate limit.
    #[arg(long = "rate-limit-interval", default_value = "5m", value_parser = parse_duration)]
    pub rate_limit_interval: std::time::Duration,

    /// Feature gates as Name=true|false pairs (repeatable or comma-separated), e.g.
    /// `StrictPostBuildSubstitutions=false,ExternalArtifact=true`.
    #[arg(long = "feature-gates", value_delimiter = ',')]
    pub feature_gates: Vec<String>,
}

fn parse_duration(s: &str) -> Result<std::time::Duration, String> {
    crate::duration::parse(s).map_err(|e| e.to_string())
}

pub async fn run(args: Args, global: &Global) -> anyhow::Result<()> {
    logging::init(&args.log_level, args.log_encoding);
    if let Some(c) = args
        .components
        .iter()
        .find(|c| !install::manifests::is_supported_component(c))
    {
        anyhow::bail!("component {c} is not supported");
    }
    let gates = FeatureGates::parse(&args.feature_gates)?;
    let limits = Limits {
        qps: global.kube.kube_api_qps.unwrap_or(0.0),
        burst: global.kube.kube_api_burst.unwrap_or(300),
    };
    let config = cluster::config(&global.cluster()).await?;
    let client = cluster::limited_client(config.clone(), limits)
        .map_err(cluster::ClusterError::CreateClient)?;
    let opts = ServeOptions {
        namespace: global.namespace.clone(),
        components: args.components,
        watch_all_namespaces: args.watch_all_namespaces,
        leader_election: args.enable_leader_election,
        metrics_addr: args.metrics_addr,
        health_addr: args.health_addr,
        identity: args.identity.unwrap_or_else(serve::default_identity),
        storage_adv_addr: args
            .storage_adv_addr
            .unwrap_or_else(|| default_adv_addr(args.storage_addr)),
        storage_path: args.storage_path,
        storage_addr: args.storage_addr,
        kustomize: crate::controllers::kustomize::Options {
            requeue_dependency: args.requeue_dependency,
            no_cross_namespace_refs: args.no_cross_namespace_refs,
            default_service_account: args.default_service_account.filter(|s| !s.is_empty()),
            concurrent_ssa: args.concurrent_ssa.max(1),
            disallowed_field_managers: args
                .override_manager
                .into_iter()
                .filter(|m| !m.is_empty())
                .collect(),
            concurrent: args.concurrent,
            limits,
            gates,
        },
        label_selector: args.watch_label_selector.filter(|s| !s.trim().is_empty()),
        graceful_shutdown_timeout: args.graceful_shutdown_timeout,
        limits,
        notification: crate::controllers::notification::Options {
            events_addr: args.events_addr,
            receiver_addr: args.receiver_addr,
            rate_limit_interval: args.rate_limit_interval,
            no_cross_namespace_refs: args.no_cross_namespace_refs,
            namespace: (!args.watch_all_namespaces).then(|| global.namespace.clone()),
        },
    };
    serve::serve(client, config, opts).await?;
    Ok(())
}

/// Flux's default advertised address in a cluster, `localhost:<port>` outside one.
fn default_adv_addr(addr: SocketAddr) -> String {
    match std::env::var("RUNTIME_NAMESPACE") {
        Ok(ns) if !ns.is_empty() => format!("source-controller.{ns}.svc.cluster.local."),
        _ if addr.ip().is_unspecified() => format!("localhost:{}", addr.port()),
        _ => addr.to_string(),
    }
}
