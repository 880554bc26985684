//! `flux export source bucket [NAME | --all] [--with-credentials]`.

use k8s_openapi::api::core::v1::Secret;
use kube::api::Api;
use serde_json::json;

use crate::api::source::Bucket;
use crate::cli::Global;
use crate::cli::printer::Printer;
use crate::objects::{self, bucket};

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Export all Bucket sources\n  flux export source bucket --all > sources.yaml\n\n  # Export a Bucket source including its credentials Secret\n  flux export source bucket podinfo --with-credentials > source.yaml"
)]
pub struct Args {
    /// Name of the Bucket.
    pub name: Option<String>,

    /// Include credential secrets.
    #[arg(long = "with-credentials")]
    pub with_credentials: bool,
}

pub async fn run(args: Args, all: bool, global: &Global, out: &Printer) -> anyhow::Result<()> {
    let ns = &global.namespace;
    let client = crate::cluster::client(&global.cluster()).await?;
    let api: Api<Bucket> = Api::namespaced(client.clone(), ns);
    let items = super::select(&api, ns, args.name.as_deref(), all).await?;
    let secrets: Api<Secret> = Api::namespaced(client, ns);
    let mut text = String::new();
    for obj in &items {
        text.push_str(&objects::to_export_yaml(&bucket::export_value(obj))?);
        if args.with_credentials
            && let Some(r) = &obj.spec.secret_ref
        {
            let secret = objects::get(&secrets, ns, &r.name).await?;
            let value = json!({
                "apiVersion": "v1",
                "kind": "Secret",
                "metadata": objects::export_metadata(&secret.metadata),
                "type": secret.type_,
                "data": secret.data,
            });
            text.push_str(&objects::to_export_yaml(&value)?);
        }
    }
    out.out(&text);
    Ok(())
}
