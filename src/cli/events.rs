//! `flux events [--for Kind[/name]] [--types Normal,Warning] [-A] [-w]`: the Kubernetes events of Flux objects.

use futures::{StreamExt, TryStreamExt};
use k8s_openapi::api::core::v1::Event;
use kube::api::Api;
use kube::runtime::{WatchStreamExt, watcher};

use super::Global;
use super::get::render_table;
use super::printer::Printer;
use crate::objects::events;
use crate::progress::Progress;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Display events for flux resources in default namespace\n  flux events -n default\n\n  # Display events for a Kustomization named podinfo\n  flux events --for Kustomization/podinfo"
)]
pub struct Args {
    /// Display events from Flux resources across all namespaces.
    #[arg(short = 'A', long = "all-namespaces")]
    pub all_namespaces: bool,

    /// Indicate if the events should be streamed.
    #[arg(short = 'w', long)]
    pub watch: bool,

    /// Get events for a particular object.
    #[arg(long = "for")]
    pub for_selector: Option<String>,

    /// Filter events for certain types (valid types are: Normal, Warning).
    #[arg(long, value_delimiter = ',')]
    pub types: Vec<String>,
}

pub async fn run(args: Args, global: &Global, out: &Printer) -> anyhow::Result<()> {
    let types: Vec<String> = args.types.into_iter().filter(|t| !t.is_empty()).collect();
    events::validate_types(&types)?;
    let for_kind = match args.for_selector.as_deref().filter(|s| !s.is_empty()) {
        Some(s) => Some(events::parse_for(s)?),
        None => None,
    };
    let opts = events::Options {
        namespace: global.namespace.clone(),
        all_namespaces: args.all_namespaces,
        for_kind,
        types: types.clone(),
    };
    let client = crate::cluster::client(&global.cluster()).await?;
    let (queries, show_ns) = events::queries(&client, &opts).await?;
    if args.watch {
        let streams = queries.iter().map(|q| {
            let api: Api<Event> = match &q.namespace {
                Some(ns) => Api::namespaced(client.clone(), ns),
                None => Api::all(client.clone()),
            };
            let mut cfg = watcher::Config::default();
            if let Some(f) = &q.fields {
                cfg = cfg.fields(f);
            }
            watcher(api, cfg).applied_objects().boxed()
        });
        let mut merged = futures::stream::select_all(streams);
        let mut first = true;
        while let Some(e) = merged.try_next().await? {
            if !events::is_shown(&e, &types) {
                continue;
            }
            let row = events::row(&e, show_ns, events::now_micros());
            out.out(&render_table(&events::header(show_ns), &[row], first));
            first = false;
        }
        return Ok(());
    }
    let list = events::list(&client, &queries, &types).await?;
    if list.is_empty() {
        if args.all_namespaces {
            out.failure("No events found.");
        } else {
            out.failure(&format!(
                "No events found in {} namespace.",
                global.namespace
            ));
        }
        return Ok(());
    }
    let now = events::now_micros();
    let rows: Vec<Vec<String>> = list.iter().map(|e| events::row(e, show_ns, now)).collect();
    out.out(&render_table(&events::header(show_ns), &rows, true));
    Ok(())
}
