//! `flux version`: the client version and, unless `--client`, the Flux distribution and controller images in
//! the cluster.

use std::collections::BTreeMap;

use anyhow::Context;
use k8s_openapi::api::core::v1::Namespace;
use kube::ResourceExt;
use kube::api::Api;

use super::Global;
use super::printer::Printer;
use crate::cluster;
use crate::install::controllers;

/// Output formats of `flux version`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// YAML map.
    Yaml,
    /// JSON object.
    Json,
}

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Print client and cluster versions\n  flux version\n\n  # Print the client version as JSON\n  flux version --client -o json"
)]
pub struct Args {
    /// Print only the client version.
    #[arg(long)]
    pub client: bool,

    /// The format in which to print the version information; yaml or json.
    #[arg(short = 'o', long = "output", value_enum)]
    pub output: Option<Format>,
}

pub async fn run(args: Args, global: &Global, out: &Printer) -> anyhow::Result<()> {
    let client_version = crate::version::tagged();
    // Text output keeps Flux's order (client, distribution, components); JSON and YAML sort keys as Go does.
    let mut ordered: Vec<(String, String)> = vec![("flux".into(), client_version)];
    if !args.client {
        let client = cluster::client(&global.cluster()).await?;
        let namespaces: Api<Namespace> = Api::all(client.clone());
        let ns = namespaces
            .get_opt(&global.namespace)
            .await
            .map_err(|e| anyhow::anyhow!(cluster::describe(&e)))
            .context("failed to read the Flux namespace")?;
        if let Some(v) = ns
            .as_ref()
            .and_then(|n| n.labels().get("app.kubernetes.io/version").cloned())
        {
            ordered.push(("distribution".into(), format!("flux-{v}")));
        }
        for d in controllers::deployments(&client, &global.namespace).await? {
            if d.image.is_empty() {
                continue;
            }
            let tag = d
                .image
                .rsplit_once(':')
                .map_or(d.image.clone(), |(_, t)| t.to_string());
            ordered.push((d.name, tag));
        }
    }
    let sorted: BTreeMap<&str, &str> = ordered
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    match args.output {
        Some(Format::Json) => out.out(&format!("{}\n", serde_json::to_string_pretty(&sorted)?)),
        Some(Format::Yaml) => out.out(&yaml_serde::to_string(&sorted)?),
        None => {
            for (k, v) in &ordered {
                out.out(&format!("{k}: {v}\n"));
            }
        }
    }
    Ok(())
}
