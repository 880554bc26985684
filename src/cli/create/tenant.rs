//! `flux create tenant NAME --with-namespace=…`: a tenant's Namespaces, ServiceAccounts and RoleBindings
//! (see `objects::tenant`), applied in that order or, with `--export`, printed.

use k8s_openapi::api::core::v1::{Namespace, ServiceAccount};
use k8s_openapi::api::rbac::v1::RoleBinding;
use kube::api::Api;

use super::Common;
use crate::api::validation::{go_list, qualified_name};
use crate::cli::Global;
use crate::cli::printer::Printer;
use crate::objects::{self, tenant};
use crate::progress::Progress;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Create a tenant with access to a namespace\n  flux create tenant dev-team \\\n    --with-namespace=frontend \\\n    --label=environment=dev\n\n  # Generate tenant namespaces and role bindings in YAML format\n  flux create tenant dev-team \\\n    --with-namespace=frontend \\\n    --with-namespace=backend \\\n    --export > dev-team.yaml"
)]
pub struct Args {
    /// Name of the tenant.
    pub name: Option<String>,

    /// Namespace belonging to this tenant.
    #[arg(long = "with-namespace", value_delimiter = ',')]
    pub with_namespace: Option<Vec<String>>,

    /// Cluster role of the tenant role binding.
    #[arg(long = "cluster-role", default_value = "cluster-admin")]
    pub cluster_role: String,

    /// Service account belonging to this tenant.
    #[arg(long = "with-service-account", default_value = "")]
    pub with_service_account: String,

    /// Skip namespace creation (namespace must exist already).
    #[arg(long = "skip-namespace")]
    pub skip_namespace: bool,
}

fn check_qualified(what: &str, value: &str) -> anyhow::Result<()> {
    let errs = qualified_name(value);
    if !errs.is_empty() {
        anyhow::bail!("invalid {what} '{value}': {}", go_list(&errs));
    }
    Ok(())
}

/// Validates the flags in Flux's order.
pub fn options(args: &Args, common: &Common) -> anyhow::Result<tenant::Options> {
    let name = super::object_name(args.name.as_deref())?;
    check_qualified("tenant name", &name)?;
    if args.cluster_role.is_empty() {
        anyhow::bail!("cluster-role is required");
    }
    // `--with-namespace=""` is given (an empty list, nothing to create); not giving it at all is an error.
    let Some(given) = &args.with_namespace else {
        anyhow::bail!("with-namespace is required");
    };
    let namespaces: Vec<String> = given.iter().filter(|n| !n.is_empty()).cloned().collect();
    let account = Some(args.with_service_account.clone()).filter(|a| !a.is_empty());
    let mut labels = Default::default();
    for ns in &namespaces {
        check_qualified("namespace", ns)?;
        labels = common.labels()?;
        check_qualified("service-account name", account.as_deref().unwrap_or(&name))?;
    }
    Ok(tenant::Options {
        name,
        namespaces,
        cluster_role: args.cluster_role.clone(),
        service_account: account,
        labels,
    })
}

pub async fn run(
    args: Args,
    common: &Common,
    global: &Global,
    out: &Printer,
) -> anyhow::Result<()> {
    let opts = options(&args, common)?;
    let objects = tenant::build(&opts);
    if common.export {
        let mut text = String::new();
        for o in &objects {
            if !args.skip_namespace {
                text.push_str(&objects::to_export_yaml(&o.namespace)?);
            }
            text.push_str(&objects::to_export_yaml(&o.service_account)?);
            text.push_str(&objects::to_export_yaml(&o.role_binding)?);
        }
        out.out(&text);
        return Ok(());
    }
    let client = crate::cluster::client(&global.cluster()).await?;
    for o in objects {
        if !args.skip_namespace {
            let ns: Namespace = serde_json::from_value(o.namespace)?;
            out.action(&format!(
                "applying namespace {}",
                ns.metadata.name.as_deref().unwrap_or_default()
            ));
            objects::upsert(&Api::<Namespace>::all(client.clone()), &ns).await?;
        }
        let sa: ServiceAccount = serde_json::from_value(o.service_account)?;
        let namespace = sa.metadata.namespace.clone().unwrap_or_default();
        out.action(&format!(
            "applying service account {}",
            sa.metadata.name.as_deref().unwrap_or_default()
        ));
        objects::upsert(
            &Api::<ServiceAccount>::namespaced(client.clone(), &namespace),
            &sa,
        )
        .await?;
        let rb: RoleBinding = serde_json::from_value(o.role_binding)?;
        out.action(&format!(
            "applying role binding {}",
            rb.metadata.name.as_deref().unwrap_or_default()
        ));
        objects::upsert(
            &Api::<RoleBinding>::namespaced(client.clone(), &namespace),
            &rb,
        )
        .await?;
    }
    out.success("tenant setup completed");
    Ok(())
}
