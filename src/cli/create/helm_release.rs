//! `flux create helmrelease NAME` (alias `hr`): generate a HelmRelease for a chart template (`--source` +
//! `--chart`) or a chart artifact (`--chart-ref`), apply it and wait until it is ready (or only print it with
//! `--export`).

use std::time::Duration;

use kube::api::Api;

use super::Common;
use crate::api::helm::HelmRelease;
use crate::cli::Global;
use crate::cli::printer::Printer;
use crate::objects::{self, helm_release};
use crate::progress::Progress;

#[derive(Debug, clap::Args)]
#[command(
    visible_alias = "hr",
    long_about = "The helmrelease create command generates a HelmRelease resource for a given HelmRepository source.",
    after_help = "Examples:\n  # Create a HelmRelease with a chart from a HelmRepository source\n  flux create hr podinfo \\\n    --interval=10m \\\n    --source=HelmRepository/podinfo \\\n    --chart=podinfo \\\n    --chart-version=\">4.0.0\"\n\n  # Create a HelmRelease using a chart from an OCIRepository resource\n  flux create hr podinfo \\\n    --namespace=default \\\n    --chart-ref=OCIRepository/podinfo.flux-system"
)]
pub struct Args {
    /// Name of the HelmRelease.
    pub name: Option<String>,

    /// Name used for the Helm release, defaults to a composition of '[<target-namespace>-]<HelmRelease-name>'.
    #[arg(long = "release-name")]
    pub release_name: Option<String>,

    /// Source that contains the chart in the format '<kind>/<name>.<namespace>', where kind must be one of:
    /// (HelmRepository, GitRepository, Bucket).
    #[arg(long, value_parser = super::flag_values::helm_chart_source)]
    pub source: Option<String>,

    /// Helm chart name or path.
    #[arg(long)]
    pub chart: Option<String>,

    /// Helm chart version, accepts a semver range (ignored for charts from GitRepository sources).
    #[arg(long = "chart-version")]
    pub chart_version: Option<String>,

    /// HelmReleases that must be ready before this release can be installed, supported formats '<name>' and
    /// '<namespace>/<name>'.
    #[arg(long = "depends-on", value_delimiter = ',')]
    pub depends_on: Vec<String>,

    /// Namespace to install this release, defaults to the HelmRelease namespace.
    #[arg(long = "target-namespace")]
    pub target_namespace: Option<String>,

    /// Namespace to store the Helm release, defaults to the target namespace.
    #[arg(long = "storage-namespace")]
    pub storage_namespace: Option<String>,

    /// Create the target namespace if it does not exist.
    #[arg(long = "create-target-namespace", num_args = 0..=1, require_equals = true, default_missing_value = "true", action = clap::ArgAction::Set, default_value = "false")]
    pub create_target_namespace: bool,

    /// The name of the service account to impersonate when reconciling this HelmRelease.
    #[arg(long = "service-account")]
    pub service_account: Option<String>,

    /// The reconcile strategy for helm chart created by the helm release(accepted values: Revision and
    /// ChartRevision).
    #[arg(long = "reconcile-strategy", default_value = "ChartVersion")]
    pub reconcile_strategy: String,

    /// The interval of which to check for new chart versions.
    #[arg(long = "chart-interval", value_parser = crate::cli::parse_duration)]
    pub chart_interval: Option<Duration>,

    /// Local path to values.yaml files, also accepts comma-separated values.
    #[arg(long, value_delimiter = ',')]
    pub values: Vec<String>,

    /// A Kubernetes object reference that contains the values.yaml data key in the format '<kind>/<name>', where
    /// kind must be one of: (Secret,ConfigMap).
    #[arg(long = "values-from", value_delimiter = ',')]
    pub values_from: Vec<String>,

    /// Upgrade CRDs policy.
    #[arg(long, value_name = "Skip|Create|CreateReplace", value_parser = super::flag_values::crds_policy)]
    pub crds: Option<String>,

    /// The name of the Kubernetes Secret that contains a key with the kubeconfig file for connecting to a remote
    /// cluster.
    #[arg(long = "kubeconfig-secret-ref")]
    pub kubeconfig_secret_ref: Option<String>,

    /// The name of the HelmChart resource to use as source for the HelmRelease, in the format
    /// '<kind>/<name>.<namespace>', where kind must be one of: (OCIRepository,HelmChart).
    #[arg(long = "chart-ref")]
    pub chart_ref: Option<String>,
}

fn flag_error(raw: &str, flag: &str, e: helm_release::FlagError) -> anyhow::Error {
    anyhow::anyhow!("invalid argument {raw:?} for \"--{flag}\" flag: {e}")
}

fn given(s: &Option<String>) -> Option<&str> {
    s.as_deref().filter(|s| !s.is_empty())
}

/// The checks Flux makes before it prints `generating HelmRelease`: flag values, the name, chart or chart-ref.
pub fn check(args: &Args) -> anyhow::Result<String> {
    if let Some(raw) = args.source.as_deref() {
        helm_release::parse_source(raw).map_err(|e| flag_error(raw, "source", e))?;
    }
    if let Some(raw) = args.crds.as_deref() {
        helm_release::parse_crds(raw).map_err(|e| flag_error(raw, "crds", e))?;
    }
    let name = super::object_name(args.name.as_deref())?;
    match (given(&args.chart), given(&args.chart_ref)) {
        (None, None) => anyhow::bail!("chart or chart-ref is required"),
        (Some(_), Some(_)) => anyhow::bail!("cannot use --chart in combination with --chart-ref"),
        _ => Ok(name),
    }
}

/// Validates the flags into library options, with Flux's messages and checks in Flux's order.
pub fn options(
    args: &Args,
    common: &Common,
    global: &Global,
) -> anyhow::Result<helm_release::Options> {
    let name = check(args)?;
    let labels = common.labels()?;
    let reconcile_strategy = helm_release::parse_reconcile_strategy(&args.reconcile_strategy)?;
    let chart = match (given(&args.chart), given(&args.chart_ref)) {
        (Some(chart), _) => {
            let source = match args.source.as_deref() {
                Some(raw) => {
                    helm_release::parse_source(raw).map_err(|e| flag_error(raw, "source", e))?
                }
                None => Default::default(),
            };
            helm_release::ChartOrigin::Template {
                source,
                chart: chart.to_string(),
                version: args.chart_version.clone(),
                reconcile_strategy,
                interval: args.chart_interval,
            }
        }
        (None, Some(raw)) => helm_release::ChartOrigin::Ref(helm_release::parse_chart_ref(raw)?),
        (None, None) => anyhow::bail!("chart or chart-ref is required"),
    };
    let crds = match args.crds.as_deref() {
        Some(raw) => Some(helm_release::parse_crds(raw).map_err(|e| flag_error(raw, "crds", e))?),
        None => None,
    };
    let files: Vec<String> = args
        .values
        .iter()
        .filter(|v| !v.is_empty())
        .cloned()
        .collect();
    let values = if files.is_empty() {
        None
    } else {
        Some(helm_release::read_values_files(&files)?)
    };
    let values_from = args
        .values_from
        .iter()
        .filter(|v| !v.is_empty())
        .map(|v| helm_release::parse_values_from(v))
        .collect::<Result<_, _>>()?;
    Ok(helm_release::Options {
        name,
        namespace: global.namespace.clone(),
        interval: common.interval,
        chart,
        release_name: args.release_name.clone(),
        target_namespace: args.target_namespace.clone(),
        storage_namespace: args.storage_namespace.clone(),
        create_target_namespace: args.create_target_namespace,
        depends_on: args
            .depends_on
            .iter()
            .filter(|d| !d.is_empty())
            .map(|d| helm_release::parse_depends_on(d))
            .collect(),
        service_account: args.service_account.clone(),
        kubeconfig_secret_ref: args.kubeconfig_secret_ref.clone(),
        crds,
        values,
        values_from,
        labels,
    })
}

pub async fn run(
    args: Args,
    common: &Common,
    global: &Global,
    out: &Printer,
) -> anyhow::Result<()> {
    check(&args)?;
    common.labels()?;
    if !common.export {
        out.generate("generating HelmRelease");
    }
    let opts = options(&args, common, global)?;
    let obj = helm_release::build(&opts);
    if common.export {
        out.out(&objects::to_export_yaml(&helm_release::export_value(&obj))?);
        return Ok(());
    }
    let client = crate::cluster::client(&global.cluster()).await?;
    let api: Api<HelmRelease> = Api::namespaced(client, &opts.namespace);
    out.action("applying HelmRelease");
    let existed = api
        .get_opt(&opts.name)
        .await
        .map_err(|e| anyhow::anyhow!(crate::cluster::describe(&e)))?
        .is_some();
    objects::upsert(&api, &obj).await?;
    out.success(if existed {
        "HelmRelease updated"
    } else {
        "HelmRelease created"
    });
    out.waiting("waiting for HelmRelease reconciliation");
    let ready =
        objects::wait_ready(&api, &opts.namespace, &opts.name, None, global.timeout).await?;
    out.success(&format!("HelmRelease {} is ready", opts.name));
    out.success(&helm_release::success_message(&ready));
    Ok(())
}
