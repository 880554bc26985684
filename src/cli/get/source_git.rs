//! `flux get sources git` (and the Git part of `flux get sources all`): one row per GitRepository.

use futures::{StreamExt, TryStreamExt};
use kube::api::{Api, ListParams};
use kube::runtime::{WatchStreamExt, watcher};

use super::{View, render_table};
use crate::api::FluxObject;
use crate::api::source::GitRepository;
use crate::cli::Global;
use crate::cli::printer::Printer;
use crate::objects::git_repository::row;
use crate::progress::Progress;

const HEADER: [&str; 5] = ["NAME", "REVISION", "SUSPENDED", "READY", "MESSAGE"];

fn cells(obj: &GitRepository, view: &View, prefix: bool) -> Vec<String> {
    let mut r: Vec<String> = row(obj).into();
    if prefix {
        r[0] = format!("gitrepository/{}", r[0]);
    }
    if view.all_namespaces {
        r.insert(0, obj.metadata.namespace.clone().unwrap_or_default());
    }
    r
}

fn header(view: &View) -> Vec<&'static str> {
    let mut h = HEADER.to_vec();
    if view.all_namespaces {
        h.insert(0, "NAMESPACE");
    }
    h
}

/// Lists (and with `--watch` follows) GitRepositories. `all` is `get sources all`: names get a kind prefix and
/// an empty list prints nothing.
pub async fn run(view: &View, global: &Global, out: &Printer, all: bool) -> anyhow::Result<()> {
    let client = crate::cluster::client(&global.cluster()).await?;
    let api: Api<GitRepository> = if view.all_namespaces {
        Api::all(client)
    } else {
        Api::namespaced(client, &global.namespace)
    };
    let mut lp = ListParams::default();
    if let Some(l) = &view.labels {
        lp = lp.labels(l);
    }
    let list = api
        .list(&lp)
        .await
        .map_err(|e| anyhow::anyhow!(crate::cluster::describe(&e)))?;
    let items: Vec<&GitRepository> = list
        .items
        .iter()
        .filter(|o| {
            view.status
                .as_ref()
                .is_none_or(|s| s.matches(o.conditions()))
        })
        .collect();
    if items.is_empty() && !view.watch {
        if !all {
            let scope = if view.all_namespaces {
                "any".to_string()
            } else {
                global.namespace.clone()
            };
            out.failure(&format!(
                "no GitRepository objects found in {scope} namespace"
            ));
        }
        return Ok(());
    }
    let rows: Vec<Vec<String>> = items.iter().map(|o| cells(o, view, all)).collect();
    out.out(&render_table(&header(view), &rows, !view.no_header));
    if !view.watch {
        return Ok(());
    }
    let mut cfg = watcher::Config::default();
    if let Some(l) = &view.labels {
        cfg = cfg.labels(l);
    }
    let mut stream = watcher(api, cfg).applied_objects().boxed();
    while let Some(obj) = stream.try_next().await? {
        if view
            .status
            .as_ref()
            .is_none_or(|s| s.matches(obj.conditions()))
        {
            out.out(&render_table(
                &header(view),
                &[cells(&obj, view, all)],
                false,
            ));
        }
    }
    Ok(())
}
