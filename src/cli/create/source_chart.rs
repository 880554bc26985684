//! `flux create source chart NAME`: generate a HelmChart for a chart in a HelmRepository, GitRepository or
//! Bucket, apply it and wait for the packaged chart.

use kube::api::Api;

use super::{Common, object_name};
use crate::api::source::{HelmChart, ReconcileStrategy, VerificationProvider};
use crate::cli::Global;
use crate::cli::printer::Printer;
use crate::objects::{self, helm_chart};
use crate::progress::Progress;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Create a source for a chart residing in a HelmRepository\n  flux create source chart podinfo \\\n    --source=HelmRepository/podinfo \\\n    --chart=podinfo \\\n    --chart-version=6.x\n\n  # Create a source for a chart residing in a Git repository\n  flux create source chart podinfo \\\n    --source=GitRepository/podinfo \\\n    --chart=./charts/podinfo"
)]
pub struct Args {
    /// Name of the HelmChart.
    pub name: Option<String>,

    /// Helm chart name or path.
    #[arg(long)]
    pub chart: Option<String>,

    /// Helm chart version, accepts a semver range (ignored for charts from GitRepository sources).
    #[arg(long = "chart-version")]
    pub chart_version: Option<String>,

    /// Source that contains the chart in the format '<kind>/<name>', where kind must be one of: (HelmRepository,
    /// GitRepository, Bucket).
    #[arg(long, value_parser = super::flag_values::local_chart_source)]
    pub source: Option<String>,

    /// The reconcile strategy for helm chart (accepted values: Revision and ChartRevision).
    #[arg(long = "reconcile-strategy", default_value = "ChartVersion")]
    pub reconcile_strategy: String,

    /// The verification provider: cosign.
    #[arg(long = "verify-provider", value_parser = super::flag_values::verify_provider)]
    pub verify_provider: Option<String>,

    /// The name of a secret to use for signature verification.
    #[arg(long = "verify-secret-ref")]
    pub verify_secret_ref: Option<String>,

    /// Regular expression to use for the OIDC subject during signature verification.
    #[arg(long = "verify-subject")]
    pub verify_subject: Option<String>,

    /// Regular expression to use for the OIDC issuer during signature verification.
    #[arg(long = "verify-issuer")]
    pub verify_issuer: Option<String>,
}

/// Validates the flags into library options, in the order Flux checks them (it prints "generating" after the
/// first two checks, before the rest, `--export` or not).
pub fn options(
    args: &Args,
    common: &Common,
    global: &Global,
    out: &Printer,
) -> anyhow::Result<helm_chart::SourceOptions> {
    let name = object_name(args.name.as_deref())?;
    let source = args
        .source
        .as_deref()
        .map(helm_chart::parse_source)
        .transpose()
        .map_err(anyhow::Error::msg)?;
    let Some(source) = source else {
        anyhow::bail!("chart source is required");
    };
    let chart = args.chart.clone().filter(|c| !c.is_empty());
    let Some(chart) = chart else {
        anyhow::bail!("chart name or path is required");
    };
    out.generate("generating HelmChart source");
    let labels = common.labels()?;
    // Flux passes the strategy through unchecked (the API server checks it): an unknown one is kept as
    // ChartVersion here and written verbatim by `export_with_strategy`.
    let reconcile_strategy = match args.reconcile_strategy.as_str() {
        "Revision" => ReconcileStrategy::Revision,
        _ => ReconcileStrategy::ChartVersion,
    };
    let verify_provider = args
        .verify_provider
        .as_deref()
        .filter(|p| !p.is_empty())
        .map(|_| VerificationProvider::Cosign);
    if verify_provider.is_none() {
        if args
            .verify_secret_ref
            .as_deref()
            .is_some_and(|s| !s.is_empty())
        {
            anyhow::bail!("a verification provider must be specified when a secret is specified");
        }
        // Flux looks at the issuer only here (its subject check reads another command's flag).
        if args.verify_issuer.as_deref().is_some_and(|s| !s.is_empty()) {
            anyhow::bail!(
                "a verification provider must be specified when OIDC issuer/subject is specified"
            );
        }
    }
    Ok(helm_chart::SourceOptions {
        name,
        namespace: global.namespace.clone(),
        interval: common.interval,
        source,
        chart,
        version: args.chart_version.clone(),
        reconcile_strategy,
        verify_provider,
        verify_secret_ref: args.verify_secret_ref.clone(),
        verify_issuer: args.verify_issuer.clone().filter(|s| !s.is_empty()),
        verify_subject: args.verify_subject.clone().filter(|s| !s.is_empty()),
        labels,
    })
}

/// The exported object with `--reconcile-strategy` as typed (left out when empty), as Flux writes it.
fn export_with_strategy(mut value: serde_json::Value, strategy: &str) -> serde_json::Value {
    if let Some(spec) = value.get_mut("spec").and_then(|s| s.as_object_mut()) {
        if strategy.is_empty() {
            spec.remove("reconcileStrategy");
        } else {
            spec.insert("reconcileStrategy".into(), strategy.into());
        }
    }
    value
}

pub async fn run(
    args: Args,
    common: &Common,
    global: &Global,
    out: &Printer,
) -> anyhow::Result<()> {
    let opts = options(&args, common, global, out)?;
    let obj = helm_chart::build(&opts);
    if common.export {
        let value = export_with_strategy(helm_chart::export_value(&obj), &args.reconcile_strategy);
        out.out(&objects::to_export_yaml(&value)?);
        return Ok(());
    }
    if !matches!(
        args.reconcile_strategy.as_str(),
        "" | "Revision" | "ChartVersion"
    ) {
        anyhow::bail!(
            "invalid reconcile strategy '{}', must be one of: ChartVersion, Revision",
            args.reconcile_strategy
        );
    }
    out.action("applying HelmChart source");
    let client = crate::cluster::client(&global.cluster()).await?;
    let api: Api<HelmChart> = Api::namespaced(client, &opts.namespace);
    objects::upsert(&api, &obj).await?;
    out.success("source created");
    out.waiting("waiting for HelmChart source reconciliation");
    let ready =
        objects::wait_ready(&api, &opts.namespace, &opts.name, None, global.timeout).await?;
    out.success("HelmChart source reconciliation completed");
    let Some(artifact) = ready.status.as_ref().and_then(|s| s.artifact.as_ref()) else {
        anyhow::bail!("HelmChart source reconciliation completed but no artifact was found");
    };
    out.success(&format!("fetched revision: {}", artifact.revision));
    Ok(())
}
