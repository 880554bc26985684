//! `flux create alert`, `flux create alert-provider` and `flux create receiver`: generate the object, print it
//! with `--export`, or create/update it and wait until it is ready (Alerts and Providers are static, ready as
//! soon as they exist; a Receiver once notification-controller computed its webhook path).

use kube::api::Api;
use serde_json::Value;

use super::Common;
use crate::api::notification::{Alert, Provider, Receiver};
use crate::cli::Global;
use crate::cli::printer::Printer;
use crate::objects::{self, notification};
use crate::progress::Progress;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Create an Alert for kustomization events\n  flux create alert \\\n  --event-severity info \\\n  --event-source Kustomization/flux-system \\\n  --provider-ref slack \\\n  flux-system"
)]
pub struct AlertArgs {
    /// Name of the Alert.
    pub name: Option<String>,

    /// Reference to provider.
    #[arg(long = "provider-ref", default_value = "")]
    pub provider_ref: String,

    /// Severity of events to send alerts for.
    #[arg(long = "event-severity", default_value = "")]
    pub event_severity: String,

    /// Sources that should generate alerts (<kind>/<name>), also accepts comma-separated values.
    #[arg(long = "event-source", value_delimiter = ',')]
    pub event_sources: Vec<String>,
}

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Create a Provider for a Slack channel\n  flux create alert-provider slack \\\n  --type slack \\\n  --channel general \\\n  --address https://hooks.slack.com/services/T0000/B000/XXXXXXXX \\\n  --secret-ref webhook-url\n\n  # Create a Provider for a Github repository\n  flux create alert-provider github-podinfo \\\n  --type github \\\n  --address https://github.com/stefanprodan/podinfo \\\n  --secret-ref github-token"
)]
pub struct ProviderArgs {
    /// Name of the Provider.
    pub name: Option<String>,

    /// Type of provider.
    #[arg(long = "type", default_value = "")]
    pub provider_type: String,

    /// Channel to send messages to in the case of a chat provider.
    #[arg(long, default_value = "")]
    pub channel: String,

    /// Bot username used by the provider.
    #[arg(long, default_value = "")]
    pub username: String,

    /// Path to either the git repository, chat provider or webhook.
    #[arg(long, default_value = "")]
    pub address: String,

    /// Name of secret containing authentication token.
    #[arg(long = "secret-ref", default_value = "")]
    pub secret_ref: String,
}

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Create a Receiver\n  flux create receiver github-receiver \\\n\t--type github \\\n\t--event ping \\\n\t--event push \\\n\t--secret-ref webhook-token \\\n\t--resource GitRepository/webapp \\\n\t--resource HelmRepository/webapp"
)]
pub struct ReceiverArgs {
    /// Name of the Receiver.
    pub name: Option<String>,

    /// The receiver type.
    #[arg(long = "type", value_parser = super::flag_values::receiver_type)]
    pub receiver_type: Option<String>,

    /// Name of the Secret holding the webhook token.
    #[arg(long = "secret-ref", default_value = "")]
    pub secret_ref: String,

    /// Also accepts comma-separated values.
    #[arg(long = "event", value_delimiter = ',')]
    pub events: Vec<String>,

    /// Also accepts comma-separated values.
    #[arg(long = "resource", value_delimiter = ',')]
    pub resources: Vec<String>,
}

/// Prints `value` as `--export` YAML.
fn export(value: &Value, out: &Printer) -> anyhow::Result<()> {
    out.out(&objects::to_export_yaml(value)?);
    Ok(())
}

/// Creates `value` or updates the existing object's labels and spec; prints Flux's `<Kind> created|updated`.
async fn upsert<K>(api: &Api<K>, value: Value, kind: &str, out: &Printer) -> anyhow::Result<K>
where
    K: kube::Resource<DynamicType = ()>
        + Clone
        + serde::de::DeserializeOwned
        + serde::Serialize
        + std::fmt::Debug,
{
    let typed: K = serde_json::from_value(value)?;
    let name = kube::ResourceExt::name_any(&typed);
    let existed = api.get_opt(&name).await?.is_some();
    let written = objects::upsert(api, &typed).await?;
    out.success(&format!(
        "{kind} {}",
        if existed { "updated" } else { "created" }
    ));
    Ok(written)
}

/// `flux create alert`.
pub async fn alert(
    args: AlertArgs,
    common: &Common,
    global: &Global,
    out: &Printer,
) -> anyhow::Result<()> {
    let name = super::object_name(args.name.as_deref())?;
    if args.provider_ref.is_empty() {
        anyhow::bail!("provider ref is required");
    }
    let mut sources = Vec::new();
    for source in args.event_sources.iter().filter(|s| !s.is_empty()) {
        let parsed = notification::parse_kind_name_namespace(source);
        if parsed.0.is_empty() {
            anyhow::bail!("invalid event source '{source}', must be in format <kind>/<name>");
        }
        sources.push(parsed);
    }
    if sources.is_empty() {
        anyhow::bail!("at least one event source is required");
    }
    let labels = common.labels()?;
    let value = notification::new_alert(
        &name,
        &global.namespace,
        &labels,
        &args.provider_ref,
        &args.event_severity,
        &sources,
    );
    if common.export {
        return export(&value, out);
    }
    out.generate("generating Alert");
    let client = crate::cluster::client(&global.cluster()).await?;
    let api: Api<Alert> = Api::namespaced(client, &global.namespace);
    out.action("applying Alert");
    upsert(&api, value, "Alert", out).await?;
    out.waiting("waiting for Alert reconciliation");
    out.success(&format!("Alert {name} is ready"));
    Ok(())
}

/// `flux create alert-provider`.
pub async fn provider(
    args: ProviderArgs,
    common: &Common,
    global: &Global,
    out: &Printer,
) -> anyhow::Result<()> {
    let name = super::object_name(args.name.as_deref())?;
    if args.provider_type.is_empty() {
        anyhow::bail!("Provider type is required");
    }
    let labels = common.labels()?;
    let value = notification::new_provider(
        &name,
        &global.namespace,
        &labels,
        &notification::NewProvider {
            kind: &args.provider_type,
            channel: &args.channel,
            username: &args.username,
            address: &args.address,
            secret_ref: &args.secret_ref,
        },
    );
    if common.export {
        return export(&value, out);
    }
    out.generate("generating Provider");
    let client = crate::cluster::client(&global.cluster()).await?;
    let api: Api<Provider> = Api::namespaced(client, &global.namespace);
    out.action("applying Provider");
    upsert(&api, value, "Provider", out).await?;
    out.waiting("waiting for Provider reconciliation");
    out.success(&format!("Provider {name} is ready"));
    Ok(())
}

/// `flux create receiver`.
pub async fn receiver(
    args: ReceiverArgs,
    common: &Common,
    global: &Global,
    out: &Printer,
) -> anyhow::Result<()> {
    let name = super::object_name(args.name.as_deref())?;
    let Some(kind) = args.receiver_type.filter(|t| !t.is_empty()) else {
        anyhow::bail!("Receiver type is required");
    };
    if args.secret_ref.is_empty() {
        anyhow::bail!("secret ref is required");
    }
    let mut resources = Vec::new();
    for resource in args.resources.iter().filter(|s| !s.is_empty()) {
        match resource.split('/').collect::<Vec<_>>().as_slice() {
            [kind, name] if !kind.is_empty() => {
                resources.push((kind.to_string(), name.to_string()))
            }
            _ => {
                anyhow::bail!("invalid event source '{resource}', must be in format <kind>/<name>")
            }
        }
    }
    if resources.is_empty() {
        anyhow::bail!("atleast one resource is required");
    }
    let labels = common.labels()?;
    let events: Vec<String> = args.events.into_iter().filter(|e| !e.is_empty()).collect();
    let value = notification::new_receiver(
        &name,
        &global.namespace,
        &labels,
        &kind,
        &args.secret_ref,
        &events,
        &resources,
    );
    if common.export {
        return export(&value, out);
    }
    out.generate("generating Receiver");
    let client = crate::cluster::client(&global.cluster()).await?;
    let api: Api<Receiver> = Api::namespaced(client, &global.namespace);
    out.action("applying Receiver");
    upsert(&api, value, "Receiver", out).await?;
    out.waiting("waiting for Receiver reconciliation");
    let ready = objects::wait_ready(&api, &global.namespace, &name, None, global.timeout).await?;
    out.success(&format!("Receiver {name} is ready"));
    let path = ready
        .status
        .as_ref()
        .and_then(|s| s.webhook_path.clone())
        .unwrap_or_default();
    out.success(&format!("generated webhook URL {path}"));
    Ok(())
}
