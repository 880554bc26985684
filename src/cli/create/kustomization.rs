//! `flux create kustomization NAME`: generate a Kustomization for a source path, apply it and wait until it is
//! ready (or only print it with `--export`).

use std::time::Duration;

use kube::api::Api;

use super::Common;
use crate::api::kustomize::Kustomization;
use crate::cli::Global;
use crate::cli::printer::Printer;
use crate::objects::{self, kustomization};
use crate::progress::Progress;

#[derive(Debug, clap::Args)]
#[command(
    visible_alias = "ks",
    after_help = "Examples:\n  # Create a Kustomization resource from a source at a given path\n  flux create kustomization kyverno \\\n    --source=GitRepository/kyverno \\\n    --path=\"./config/release\" \\\n    --prune=true \\\n    --interval=60m \\\n    --wait=true \\\n    --health-check-timeout=3m\n\n  # Create a Kustomization using a source from a different namespace\n  flux create kustomization podinfo \\\n    --namespace=default \\\n    --source=GitRepository/podinfo.flux-system \\\n    --path=\"./kustomize\" \\\n    --prune=true \\\n    --interval=5m"
)]
pub struct Args {
    /// Name of the Kustomization.
    pub name: Option<String>,

    /// Source that contains the Kubernetes manifests in the format '[<kind>/]<name>.<namespace>', where kind must
    /// be one of: (OCIRepository, GitRepository, Bucket), if kind is not specified it defaults to GitRepository.
    #[arg(long, value_parser = super::flag_values::kustomization_source)]
    pub source: Option<String>,

    /// Path to the directory containing a kustomization.yaml file.
    #[arg(long, default_value = "./")]
    pub path: String,

    /// Enable garbage collection.
    #[arg(long, num_args = 0..=1, require_equals = true, default_missing_value = "true", action = clap::ArgAction::Set, default_value = "false")]
    pub prune: bool,

    /// Enable health checking of all the applied resources.
    #[arg(long, num_args = 0..=1, require_equals = true, default_missing_value = "true", action = clap::ArgAction::Set, default_value = "false")]
    pub wait: bool,

    /// Workload to be included in the health assessment, in the format '<kind>/<name>.<namespace>'.
    #[arg(long = "health-check", value_delimiter = ',')]
    pub health_check: Vec<String>,

    /// Timeout of health checking operations.
    #[arg(long = "health-check-timeout", default_value = "2m0s", value_parser = crate::cli::parse_duration)]
    pub health_check_timeout: Duration,

    /// Deprecated: all resources are validated using server-side apply dry-run.
    #[arg(long, hide = true)]
    pub validation: Option<String>,

    /// Kustomization that must be ready before this Kustomization can be applied, supported formats '<name>' and
    /// '<namespace>/<name>', also accepts comma-separated values.
    #[arg(long = "depends-on", value_delimiter = ',')]
    pub depends_on: Vec<String>,

    /// The name of the service account to impersonate when reconciling this Kustomization.
    #[arg(long = "service-account")]
    pub service_account: Option<String>,

    /// Decryption provider, available options are: (sops).
    #[arg(long = "decryption-provider", value_parser = super::flag_values::decryption_provider)]
    pub decryption_provider: Option<String>,

    /// Set the Kubernetes secret name that contains the OpenPGP private keys used for sops decryption.
    #[arg(long = "decryption-secret")]
    pub decryption_secret: Option<String>,

    /// Overrides the namespace of all Kustomization objects reconciled by this Kustomization.
    #[arg(long = "target-namespace")]
    pub target_namespace: Option<String>,

    /// The name of the Kubernetes Secret that contains a key with the kubeconfig file for connecting to a remote
    /// cluster.
    #[arg(long = "kubeconfig-secret-ref")]
    pub kubeconfig_secret_ref: Option<String>,

    /// The interval at which to retry a previously failed reconciliation.
    #[arg(long = "retry-interval", value_parser = crate::cli::parse_duration)]
    pub retry_interval: Option<Duration>,
}

/// Validates the flags into library options, with Flux's messages and checks in Flux's order.
pub fn options(
    args: &Args,
    common: &Common,
    global: &Global,
) -> anyhow::Result<kustomization::Options> {
    let source =
        match args.source.as_deref() {
            Some(raw) => Some(kustomization::parse_source(raw).map_err(|e| {
                anyhow::anyhow!("invalid argument {raw:?} for \"--source\" flag: {e}")
            })?),
            None => None,
        };
    let decryption_provider = args
        .decryption_provider
        .as_deref()
        .map(|raw| {
            kustomization::parse_decryption_provider(raw).map_err(|e| {
                anyhow::anyhow!("invalid argument {raw:?} for \"--decryption-provider\" flag: {e}")
            })
        })
        .transpose()?;
    let name = super::object_name(args.name.as_deref())?;
    let path = kustomization::parse_path(&args.path);
    let Some(source) = source else {
        anyhow::bail!("source is required");
    };
    let labels = common.labels()?;
    let health_checks = if args.wait {
        Vec::new()
    } else {
        args.health_check
            .iter()
            .filter(|h| !h.is_empty())
            .map(|h| kustomization::parse_health_check(h))
            .collect::<Result<_, _>>()?
    };
    Ok(kustomization::Options {
        name,
        namespace: global.namespace.clone(),
        interval: common.interval,
        source,
        path,
        prune: args.prune,
        wait: args.wait,
        health_checks,
        health_check_timeout: args.health_check_timeout,
        depends_on: args
            .depends_on
            .iter()
            .filter(|d| !d.is_empty())
            .map(|d| kustomization::parse_depends_on(d))
            .collect(),
        service_account: args.service_account.clone(),
        decryption_provider,
        decryption_secret: args.decryption_secret.clone(),
        target_namespace: args.target_namespace.clone(),
        kubeconfig_secret_ref: args.kubeconfig_secret_ref.clone(),
        retry_interval: args.retry_interval,
        labels,
    })
}

pub async fn run(
    args: Args,
    common: &Common,
    global: &Global,
    out: &Printer,
) -> anyhow::Result<()> {
    if args.validation.is_some() {
        out.error_text("Flag --validation has been deprecated, this arg is no longer used, all resources are validated using server-side apply dry-run\n");
    }
    let opts = options(&args, common, global)?;
    let obj = kustomization::build(&opts);
    if common.export {
        out.out(&objects::to_export_yaml(&kustomization::export_value(
            &obj,
        ))?);
        return Ok(());
    }
    out.generate("generating Kustomization");
    let client = crate::cluster::client(&global.cluster()).await?;
    let api: Api<Kustomization> = Api::namespaced(client, &opts.namespace);
    out.action("applying Kustomization");
    let existed = api
        .get_opt(&opts.name)
        .await
        .map_err(|e| anyhow::anyhow!(crate::cluster::describe(&e)))?
        .is_some();
    objects::upsert(&api, &obj).await?;
    out.success(if existed {
        "Kustomization updated"
    } else {
        "Kustomization created"
    });
    out.waiting("waiting for Kustomization reconciliation");
    let ready =
        objects::wait_ready(&api, &opts.namespace, &opts.name, None, global.timeout).await?;
    out.success(&format!("Kustomization {} is ready", opts.name));
    out.success(&format!(
        "applied revision {}",
        kustomization::last_applied_revision(&ready)
    ));
    Ok(())
}

#[cfg(test)]
mod tests {
    use clap::Parser;

    use crate::cli::{Cli, Command};

    fn parse(args: &[&str]) -> anyhow::Result<crate::objects::kustomization::Options> {
        let cli = Cli::try_parse_from(args)?;
        let Some(Command::Create(create)) = cli.command else {
            anyhow::bail!("not a create command");
        };
        let common = super::super::Common {
            interval: create.interval,
            export: create.export,
            raw_labels: Vec::new(),
            fetch_timeout: None,
        };
        let super::super::Command::Kustomization(a) = create.command else {
            anyhow::bail!("not create kustomization");
        };
        super::options(&a, &common, &cli.global)
    }

    #[test]
    fn flags_become_options() {
        let o = parse(&[
            "flux",
            "create",
            "ks",
            "app",
            "--source=OCIRepository/app.flux-system",
            "--path=deploy",
            "--prune",
            "--health-check=Deployment/a.apps,Deployment/b.apps",
            "--depends-on=infra",
            "--depends-on=ns/db",
            "--interval=5m",
            "-n",
            "apps",
        ])
        .unwrap();
        assert_eq!(o.source.kind, "OCIRepository");
        assert_eq!(o.source.namespace.as_deref(), Some("flux-system"));
        assert_eq!(o.path, "./deploy");
        assert!(o.prune);
        assert_eq!(o.health_checks.len(), 2);
        assert_eq!(o.depends_on[1].namespace.as_deref(), Some("ns"));
        assert_eq!(o.interval.as_secs(), 300);
        assert_eq!(o.namespace, "apps");
    }

    #[test]
    fn source_is_required_and_checked_like_flux() {
        let err = parse(&[
            "flux",
            "create",
            "kustomization",
            "my-app",
            "--path=./deploy",
            "--export",
        ]);
        assert_eq!(err.unwrap_err().to_string(), "source is required");
        // A bad kind is a parse error now, as in Flux (cli::cobra words it `invalid argument … flag: …`).
        let err = parse(&["flux", "create", "ks", "app", "--source=HelmRepository/x"]);
        assert!(err.unwrap_err().to_string().contains(
            "source kind 'HelmRepository' is not supported, must be one of: OCIRepository, GitRepository, Bucket"
        ));
    }
}
