//! `flux logs [--kind K] [--name N] [--level L] [--since D|--since-time T] [--tail N] [-f] [-A]`: the log lines
//! of the Flux controllers (our `flux serve` pods), read through the API server's `pods/log`, filtered and
//! formatted as Flux 2.9.5 prints them: `<ts> <level> <Kind>/<name>.<namespace> - <msg> <error>`.

use std::cmp::Ordering;

use futures::{AsyncBufReadExt, StreamExt};
use k8s_openapi::api::apps::v1::Deployment;
use k8s_openapi::api::core::v1::Pod;
use kube::api::{Api, ListParams, LogParams};
use serde::Deserialize;

use super::Global;
use super::printer::Printer;
use crate::install::manifests::PART_OF_FLUX_SELECTOR;
use crate::progress::Progress;

/// The container that runs the controllers when a pod has more than one.
const CONTROLLER_CONTAINER: &str = "manager";

/// The levels `--level` accepts.
const LEVELS: &[&str] = &["debug", "info", "error"];

#[derive(Debug, clap::Args)]
#[command(
    long_about = "The logs command displays formatted logs from various Flux components.",
    after_help = "Examples:\n  # Print the reconciliation logs of all Flux custom resources in your cluster\n  flux logs --all-namespaces\n\n  # Print all logs of all Flux custom resources newer than 2 minutes\n  flux logs --all-namespaces --since=2m\n\n  # Stream logs for a particular log level\n  flux logs --follow --level=error --all-namespaces\n\n  # Filter logs by kind, name and namespace\n  flux logs --kind=Kustomization --name=podinfo --namespace=default\n\n  # Print logs when Flux is installed in a different namespace than flux-system\n  flux logs --flux-namespace=my-namespace"
)]
pub struct Args {
    /// Log level.
    #[arg(long, value_name = "debug|info|error")]
    pub level: Option<String>,

    /// Displays errors of a particular toolkit kind e.g GitRepository.
    #[arg(long)]
    pub kind: Option<String>,

    /// Specifies the name of the object logs to be displayed.
    #[arg(long)]
    pub name: Option<String>,

    /// Specifies if the logs should be streamed.
    #[arg(short = 'f', long)]
    pub follow: bool,

    /// Lines of recent log file to display.
    #[arg(long, default_value_t = -1, allow_negative_numbers = true)]
    pub tail: i64,

    /// The namespace where the Flux components are running.
    #[arg(long = "flux-namespace", default_value = "flux-system")]
    pub flux_namespace: String,

    /// Displays logs for objects across all namespaces.
    #[arg(short = 'A', long = "all-namespaces")]
    pub all_namespaces: bool,

    /// Only return logs newer than a relative duration like 5s, 2m, or 3h. Defaults to all logs. Only one of
    /// since-time / since may be used.
    #[arg(long, value_name = "DURATION")]
    pub since: Option<String>,

    /// Only return logs after a specific date (RFC3339). Defaults to all logs. Only one of since-time / since
    /// may be used.
    #[arg(long = "since-time", value_name = "TIME")]
    pub since_time: Option<String>,

    /// Flux accepts no arguments; kept so the error reads as Flux's.
    #[arg(hide = true)]
    pub args: Vec<String>,
}

/// Which log lines to print: Flux's `--level`, `--kind`, `--name` and namespace rules.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Exact level (`debug`, `info`, `error`).
    pub level: Option<String>,
    /// Kind, compared case-insensitively with `reconciler kind` or `controllerKind`.
    pub kind: Option<String>,
    /// Object name, compared case-insensitively.
    pub name: Option<String>,
    /// Object namespace (the global `--namespace`), compared case-insensitively unless `all_namespaces`.
    pub namespace: String,
    /// `-A`: lines of every namespace, including those naming no object.
    pub all_namespaces: bool,
}

/// One JSON log line of a controller, with the keys Flux reads (a missing or `null` key reads as empty).
#[derive(Debug, Default, Deserialize)]
struct Entry {
    #[serde(default)]
    ts: Option<String>,
    #[serde(default)]
    level: Option<String>,
    #[serde(default)]
    msg: Option<String>,
    #[serde(default)]
    error: Option<String>,
    #[serde(default, rename = "reconciler kind")]
    reconciler_kind: Option<String>,
    #[serde(default, rename = "controllerKind")]
    controller_kind: Option<String>,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    namespace: Option<String>,
}

/// What becomes of one line of a controller's log.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Not JSON, or filtered out: nothing is printed.
    Skip,
    /// The formatted line, with its newline.
    Print(String),
    /// A line starting with `{` that is not a log entry: Flux reports it and stops reading that pod.
    ParseError(String),
}

/// Parses, filters and formats one log line as Flux does. Lines not starting with `{` are skipped.
pub fn process_line(line: &str, filter: &Filter) -> Outcome {
    if !line.starts_with('{') {
        return Outcome::Skip;
    }
    let entry: Entry = match serde_json::from_str(line) {
        Ok(e) => e,
        Err(e) => return Outcome::ParseError(e.to_string()),
    };
    let s = |v: &Option<String>| v.clone().unwrap_or_default();
    let (level, kind, ckind) = (
        s(&entry.level),
        s(&entry.reconciler_kind),
        s(&entry.controller_kind),
    );
    let (name, namespace) = (s(&entry.name), s(&entry.namespace));
    let fold_eq = |a: &str, b: &str| a.to_lowercase() == b.to_lowercase();
    let shown = filter.level.as_ref().is_none_or(|l| *l == level)
        && filter
            .kind
            .as_ref()
            .is_none_or(|k| fold_eq(k, &kind) || fold_eq(k, &ckind))
        && filter.name.as_ref().is_none_or(|n| fold_eq(n, &name))
        && (filter.all_namespaces || fold_eq(&filter.namespace, &namespace));
    if !shown {
        return Outcome::Skip;
    }
    let object_kind = if kind.is_empty() { ckind } else { kind };
    let object = if name.is_empty() {
        object_kind
    } else {
        format!("{object_kind}/{name}.{namespace}")
    };
    Outcome::Print(format!(
        "{} {} {} - {} {}\n",
        s(&entry.ts),
        level,
        object,
        s(&entry.msg),
        s(&entry.error)
    ))
}

/// Checks `--level` as Flux's flag type does.
fn parse_level(raw: &str) -> anyhow::Result<String> {
    let reason = if raw.trim().is_empty() {
        format!("no log level given, must be one of: {}", LEVELS.join(", "))
    } else if LEVELS.contains(&raw) {
        return Ok(raw.to_string());
    } else {
        format!(
            "unsupported log level '{raw}', must be one of: {}",
            LEVELS.join(", ")
        )
    };
    anyhow::bail!("invalid argument {raw:?} for \"--level\" flag: {reason}")
}

/// `--since` in whole seconds, rounded to the nearest as Flux does; `None` when not given or zero.
fn since_seconds(raw: Option<&str>) -> anyhow::Result<Option<i64>> {
    let Some(raw) = raw else { return Ok(None) };
    let d = crate::duration::parse(raw)
        .map_err(|e| anyhow::anyhow!("invalid argument {raw:?} for \"--since\" flag: {e}"))?;
    if d.is_zero() {
        return Ok(None);
    }
    Ok(Some(((d.as_nanos() + 500_000_000) / 1_000_000_000) as i64))
}

/// The order `kubectl logs` uses to pick a Deployment's pod: scheduled, running, ready (longest), most
/// restarts, oldest first.
fn by_logging(a: &Pod, b: &Pod) -> Ordering {
    let node = |p: &Pod| {
        p.spec
            .as_ref()
            .and_then(|s| s.node_name.clone())
            .unwrap_or_default()
    };
    let phase = |p: &Pod| match p.status.as_ref().and_then(|s| s.phase.as_deref()) {
        Some("Unknown") => 1,
        Some("Pending") => 2,
        _ => 0,
    };
    let ready_since = |p: &Pod| {
        p.status
            .as_ref()
            .and_then(|s| s.conditions.as_ref())
            .and_then(|cs| cs.iter().find(|c| c.type_ == "Ready" && c.status == "True"))
            .map(|c| c.last_transition_time.as_ref().map(|t| t.0))
    };
    let restarts = |p: &Pod| {
        p.status
            .as_ref()
            .and_then(|s| s.container_statuses.as_ref())
            .map(|cs| cs.iter().map(|c| c.restart_count).max().unwrap_or(0))
            .unwrap_or(0)
    };
    let created = |p: &Pod| p.metadata.creation_timestamp.as_ref().map(|t| t.0);
    // An empty time sorts last.
    let earlier = |x: Option<k8s_openapi::jiff::Timestamp>,
                   y: Option<k8s_openapi::jiff::Timestamp>| match (x, y) {
        (Some(x), Some(y)) => x.cmp(&y),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    };
    let (na, nb) = (node(a), node(b));
    if na != nb && (na.is_empty() || nb.is_empty()) {
        return if na.is_empty() {
            Ordering::Greater
        } else {
            Ordering::Less
        };
    }
    let (ra, rb) = (ready_since(a), ready_since(b));
    phase(a)
        .cmp(&phase(b))
        .then_with(|| rb.is_some().cmp(&ra.is_some()))
        .then_with(|| match (ra, rb) {
            (Some(x), Some(y)) => earlier(x, y),
            _ => Ordering::Equal,
        })
        .then_with(|| restarts(b).cmp(&restarts(a)))
        .then_with(|| earlier(created(a), created(b)))
}

/// One pod per Flux Deployment in `ns` (those labelled `app.kubernetes.io/part-of=flux`), chosen among the pods
/// its template labels select.
async fn flux_pods(client: &kube::Client, ns: &str) -> anyhow::Result<Vec<Pod>> {
    let deployments: Api<Deployment> = Api::namespaced(client.clone(), ns);
    let pods: Api<Pod> = Api::namespaced(client.clone(), ns);
    let list = deployments
        .list(&ListParams::default().labels(PART_OF_FLUX_SELECTOR))
        .await
        .map_err(|e| anyhow::anyhow!(crate::cluster::describe(&e)))?;
    let mut chosen = Vec::new();
    for deploy in list.items {
        let labels = deploy
            .spec
            .and_then(|s| s.template.metadata)
            .and_then(|m| m.labels)
            .unwrap_or_default();
        let selector: Vec<String> = labels.iter().map(|(k, v)| format!("{k}={v}")).collect();
        let mut found = pods
            .list(&ListParams::default().labels(&selector.join(",")))
            .await
            .map_err(|e| anyhow::anyhow!(crate::cluster::describe(&e)))?
            .items;
        found.sort_by(by_logging);
        if let Some(pod) = found.into_iter().next() {
            chosen.push(pod);
        }
    }
    if chosen.is_empty() {
        anyhow::bail!("no Flux pods found in namespace {ns:?}");
    }
    Ok(chosen)
}

/// Reads one pod's log, printing the lines the filter lets through, until it ends or `deadline` passes.
async fn stream_pod(
    pods: &Api<Pod>,
    name: &str,
    params: &LogParams,
    filter: &Filter,
    deadline: tokio::time::Instant,
    out: &Printer,
) -> anyhow::Result<()> {
    let stream = tokio::time::timeout_at(deadline, pods.log_stream(name, params))
        .await
        .map_err(|_| anyhow::anyhow!("context deadline exceeded"))?
        .map_err(|e| anyhow::anyhow!(crate::cluster::describe(&e)))?;
    let mut lines = Box::pin(stream.lines());
    // The deadline ends a stream quietly, as Flux's request context does.
    while let Ok(Some(line)) = tokio::time::timeout_at(deadline, lines.next()).await {
        let Ok(line) = line else { break };
        match process_line(&line, filter) {
            Outcome::Skip => {}
            Outcome::Print(text) => out.out(&text),
            Outcome::ParseError(e) => {
                out.failure(&format!("parse error: {e}"));
                break;
            }
        }
    }
    Ok(())
}

pub async fn run(args: Args, global: &Global, out: &Printer) -> anyhow::Result<()> {
    // Flag values Flux's flag types reject before the command runs.
    let level = args.level.as_deref().map(parse_level).transpose()?;
    let since_seconds = since_seconds(args.since.as_deref())?;
    let deadline = tokio::time::Instant::now() + global.timeout;
    let client = crate::cluster::client(&global.cluster()).await?;
    if !args.args.is_empty() {
        anyhow::bail!("no argument required");
    }
    let ns = args.flux_namespace.as_str();
    let pods = tokio::time::timeout_at(deadline, flux_pods(&client, ns))
        .await
        .map_err(|_| anyhow::anyhow!("context deadline exceeded"))??;
    let mut params = LogParams {
        follow: args.follow,
        ..LogParams::default()
    };
    if args.tail > -1 {
        params.tail_lines = Some(args.tail);
    }
    let since_time = args.since_time.as_deref().filter(|t| !t.is_empty());
    if since_time.is_some() && since_seconds.is_some() {
        anyhow::bail!("at most one of `sinceTime` or `sinceDuration` may be specified");
    }
    if let Some(t) = since_time {
        let parsed: k8s_openapi::jiff::Timestamp = t
            .parse()
            .map_err(|_| anyhow::anyhow!("{t} is not a valid (RFC3339) time"))?;
        params.since_time = Some(parsed);
    }
    params.since_seconds = since_seconds;
    let filter = Filter {
        level,
        kind: args.kind.filter(|k| !k.is_empty()),
        name: args.name.filter(|n| !n.is_empty()),
        namespace: global.namespace.clone(),
        all_namespaces: args.all_namespaces,
    };
    let api: Api<Pod> = Api::namespaced(client, ns);
    let requests: Vec<(String, LogParams)> = pods
        .into_iter()
        .map(|pod| {
            let mut p = params.clone();
            if pod.spec.as_ref().is_some_and(|s| s.containers.len() > 1) {
                p.container = Some(CONTROLLER_CONTAINER.to_string());
            }
            (pod.metadata.name.unwrap_or_default(), p)
        })
        .collect();
    if args.follow && requests.len() > 1 {
        // Every pod at once; a failing pod is reported and the others keep streaming.
        let streams = requests.iter().map(|(name, p)| async {
            if let Err(e) = stream_pod(&api, name, p, &filter, deadline, out).await {
                out.error_text(&format!("failed getting logs: {e}\n"));
            }
        });
        futures::future::join_all(streams).await;
        return Ok(());
    }
    let mut failed = false;
    for (name, p) in &requests {
        if let Err(e) = stream_pod(&api, name, p, &filter, deadline, out).await {
            out.failure(&format!("failed getting logs: {e}"));
            failed = true;
        }
    }
    if failed {
        anyhow::bail!("failed to collect logs from all Flux pods");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn filter() -> Filter {
        Filter {
            namespace: "flux-system".into(),
            ..Filter::default()
        }
    }

    const RECONCILED: &str = r#"{"level":"info","ts":"2026-12-07T21:03:31.5Z","msg":"Reconciliation finished in 2s","controller":"kustomization","controllerGroup":"kustomize.toolkit.fluxcd.io","controllerKind":"Kustomization","Kustomization":{"name":"podinfo","namespace":"flux-system"},"name":"podinfo","namespace":"flux-system","reconcileID":"abc"}"#;
    const FAILED: &str = r#"{"level":"error","ts":"2026-12-07T21:03:32Z","msg":"Reconciler error","controllerKind":"GitRepository","name":"repo","namespace":"flux-system","error":"failed to checkout: auth required"}"#;
    const OTHER_NS: &str = r#"{"level":"info","ts":"t","msg":"done","reconciler kind":"HelmRelease","controllerKind":"HelmRelease","name":"web","namespace":"apps"}"#;
    const STARTUP: &str = r#"{"level":"info","ts":"t0","msg":"starting manager"}"#;

    fn printed(line: &str, f: &Filter) -> Option<String> {
        match process_line(line, f) {
            Outcome::Print(s) => Some(s),
            _ => None,
        }
    }

    #[test]
    fn formats_with_flux_template() {
        assert_eq!(
            printed(RECONCILED, &filter()).unwrap(),
            "2026-12-07T21:03:31.5Z info Kustomization/podinfo.flux-system - Reconciliation finished in 2s \n"
        );
        assert_eq!(
            printed(FAILED, &filter()).unwrap(),
            "2026-12-07T21:03:32Z error GitRepository/repo.flux-system - Reconciler error failed to checkout: auth required\n"
        );
        let all = Filter {
            all_namespaces: true,
            ..filter()
        };
        // `reconciler kind` wins over controllerKind; a line naming no object prints no `/name.namespace`.
        assert_eq!(
            printed(OTHER_NS, &all).unwrap(),
            "t info HelmRelease/web.apps - done \n"
        );
        assert_eq!(
            printed(STARTUP, &all).unwrap(),
            "t0 info  - starting manager \n"
        );
    }

    #[test]
    fn non_json_lines_are_skipped_and_bad_json_stops() {
        assert_eq!(process_line("I1207 klog line", &filter()), Outcome::Skip);
        assert_eq!(process_line("", &filter()), Outcome::Skip);
        assert!(matches!(
            process_line("{not json", &filter()),
            Outcome::ParseError(_)
        ));
        // A key of another type than Flux's string fields is a parse error too, as in Go.
        assert!(matches!(
            process_line(r#"{"ts":1.5,"level":"info"}"#, &filter()),
            Outcome::ParseError(_)
        ));
    }

    #[test]
    fn namespace_filter_unless_all_namespaces() {
        assert_eq!(process_line(OTHER_NS, &filter()), Outcome::Skip);
        assert_eq!(process_line(STARTUP, &filter()), Outcome::Skip);
        let apps = Filter {
            namespace: "apps".into(),
            ..filter()
        };
        assert!(printed(OTHER_NS, &apps).is_some());
        assert!(printed(RECONCILED, &apps).is_none());
    }

    #[test]
    fn level_filter_is_exact() {
        let errors = Filter {
            level: Some("error".into()),
            ..filter()
        };
        assert!(printed(FAILED, &errors).is_some());
        assert!(printed(RECONCILED, &errors).is_none());
        let info = Filter {
            level: Some("info".into()),
            ..filter()
        };
        assert!(printed(RECONCILED, &info).is_some());
        assert!(printed(FAILED, &info).is_none());
    }

    #[test]
    fn kind_and_name_filters_ignore_case() {
        let kind = |k: &str| Filter {
            kind: Some(k.into()),
            all_namespaces: true,
            ..filter()
        };
        assert!(printed(RECONCILED, &kind("kustomization")).is_some());
        assert!(printed(FAILED, &kind("kustomization")).is_none());
        assert!(printed(FAILED, &kind("GITREPOSITORY")).is_some());
        assert!(printed(OTHER_NS, &kind("helmrelease")).is_some());
        assert!(printed(STARTUP, &kind("Kustomization")).is_none());
        let name = Filter {
            name: Some("PodInfo".into()),
            ..filter()
        };
        assert!(printed(RECONCILED, &name).is_some());
        assert!(printed(FAILED, &name).is_none());
    }

    #[test]
    fn flag_values_read_as_flux() {
        assert_eq!(parse_level("debug").unwrap(), "debug");
        assert_eq!(
            parse_level("warn").unwrap_err().to_string(),
            "invalid argument \"warn\" for \"--level\" flag: unsupported log level 'warn', must be one of: debug, info, error"
        );
        assert_eq!(
            since_seconds(Some("XXX")).unwrap_err().to_string(),
            "invalid argument \"XXX\" for \"--since\" flag: time: invalid duration \"XXX\""
        );
        assert_eq!(since_seconds(Some("2m")).unwrap(), Some(120));
        assert_eq!(since_seconds(Some("1500ms")).unwrap(), Some(2));
        assert_eq!(since_seconds(Some("0s")).unwrap(), None);
        assert_eq!(since_seconds(None).unwrap(), None);
    }

    #[test]
    fn running_ready_pods_are_preferred() {
        let pod = |json: serde_json::Value| -> Pod { serde_json::from_value(json).unwrap() };
        let pending = pod(serde_json::json!({
            "metadata": {"name": "pending", "creationTimestamp": "2026-01-01T00:00:00Z"},
            "status": {"phase": "Pending"}
        }));
        let running = pod(serde_json::json!({
            "metadata": {"name": "running", "creationTimestamp": "2026-01-02T00:00:00Z"},
            "spec": {"nodeName": "n1", "containers": [{"name": "manager"}]},
            "status": {"phase": "Running", "conditions": [{"type": "Ready", "status": "True", "lastTransitionTime": "2026-01-02T00:01:00Z"}]}
        }));
        let unready = pod(serde_json::json!({
            "metadata": {"name": "unready", "creationTimestamp": "2026-01-01T00:00:00Z"},
            "spec": {"nodeName": "n1", "containers": [{"name": "manager"}]},
            "status": {"phase": "Running"}
        }));
        let mut pods = [pending, unready, running];
        pods.sort_by(by_logging);
        let names: Vec<_> = pods
            .iter()
            .map(|p| p.metadata.name.clone().unwrap())
            .collect();
        assert_eq!(names, ["running", "unready", "pending"]);
    }
}
