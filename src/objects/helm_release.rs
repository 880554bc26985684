//! HelmRelease from the CLI's point of view: parse `flux create helmrelease` flags (`--source`, `--chart-ref`,
//! `--values-from`, `--crds`, `--depends-on`), merge `--values` files, build the object, print it as
//! `flux export` does and summarise it for `flux get` and `flux reconcile`.

use std::collections::BTreeMap;
use std::time::Duration;

use kube::api::{Api, Patch, PatchParams};
use serde_json::{Map, Value, json};

use crate::api::FluxObject;
use crate::api::annotations::{RECONCILE_FORCE_AT, RECONCILE_REQUESTED_AT, RECONCILE_RESET_AT};
use crate::api::helm::{
    CrdsPolicy, CrossNamespaceObjectReference, CrossNamespaceSourceReference, HelmChartTemplate,
    HelmChartTemplateSpec, HelmRelease, HelmReleaseSpec, Install, Upgrade, ValuesReference,
};
use crate::api::meta::{DependencyReference, KubeConfigReference, SecretKeyReference};
use crate::api::source::ReconcileStrategy;
use crate::duration;

/// Source kinds a chart template can name, in Flux's order (used in messages).
pub const CHART_SOURCE_KINDS: [&str; 3] = ["HelmRepository", "GitRepository", "Bucket"];

/// Kinds `--chart-ref` accepts, in Flux's order.
pub const CHART_REF_KINDS: [&str; 2] = ["OCIRepository", "HelmChart"];

/// Kinds `--values-from` accepts, in Flux's order.
pub const VALUES_FROM_KINDS: [&str; 2] = ["Secret", "ConfigMap"];

/// A flag value `flux create helmrelease` refuses, with Flux's message.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum FlagError {
    /// `--source` is empty.
    #[error(
        "no helm chart source given, please specify source that contains the chart in the format '<kind>/<name>.<namespace>', where kind must be one of: (HelmRepository, GitRepository, Bucket)"
    )]
    NoSource,
    /// `--source` lacks the kind or the name.
    #[error("invalid helm chart source '{0}', must be in format <kind>/<name>")]
    SourceFormat(String),
    /// `--source` names a kind a chart template cannot use.
    #[error(
        "source kind '{0}' is not supported, must be one of: HelmRepository, GitRepository, Bucket"
    )]
    SourceKind(String),
    /// `--crds` is empty.
    #[error("no upgrade CRDs policy given, must be one of: Skip, Create, CreateReplace")]
    NoCrds,
    /// `--crds` is not a policy.
    #[error("unsupported upgrade CRDs policy '{0}', must be one of: Skip, Create, CreateReplace")]
    Crds(String),
    /// `--reconcile-strategy` is not a strategy.
    #[error("'{0}' is an invalid reconcile strategy(valid: Revision, ChartVersion)")]
    ReconcileStrategy(String),
    /// `--chart-ref` names a kind a HelmRelease cannot use.
    #[error(
        "chart reference kind '{0}' is not supported, must be one of: OCIRepository, HelmChart"
    )]
    ChartRefKind(String),
    /// `--values-from` has no kind.
    #[error("invalid Kubernetes object reference '{0}', must be in format <kind>/<name>")]
    ValuesFromFormat(String),
    /// `--values-from` names a kind other than Secret or ConfigMap.
    #[error("reference kind '{0}' is not supported, must be one of: Secret, ConfigMap")]
    ValuesFromKind(String),
}

/// Splits `[<kind>/]<name>`: the kind before the only slash (no kind when there is none or more than one).
pub fn parse_kind_name(input: &str) -> (String, String) {
    match input.split('/').collect::<Vec<_>>().as_slice() {
        [kind, name] => (kind.to_string(), name.to_string()),
        _ => (String::new(), input.to_string()),
    }
}

/// Parses `--source <kind>/<name>[.<namespace>]`; the kind is matched case-insensitively.
pub fn parse_source(raw: &str) -> Result<CrossNamespaceObjectReference, FlagError> {
    if raw.trim().is_empty() {
        return Err(FlagError::NoSource);
    }
    let (kind, name, namespace) = super::kustomization::parse_kind_name_namespace(raw);
    if kind.is_empty() || name.is_empty() {
        return Err(FlagError::SourceFormat(raw.to_string()));
    }
    let kind = CHART_SOURCE_KINDS
        .iter()
        .find(|k| k.eq_ignore_ascii_case(&kind))
        .ok_or(FlagError::SourceKind(kind.clone()))?;
    Ok(CrossNamespaceObjectReference {
        api_version: None,
        kind: kind.to_string(),
        name,
        namespace: (!namespace.is_empty()).then_some(namespace),
    })
}

/// Parses `--crds Skip|Create|CreateReplace` (case-sensitive, as Flux).
pub fn parse_crds(raw: &str) -> Result<CrdsPolicy, FlagError> {
    match raw {
        "Skip" => Ok(CrdsPolicy::Skip),
        "Create" => Ok(CrdsPolicy::Create),
        "CreateReplace" => Ok(CrdsPolicy::CreateReplace),
        r if r.trim().is_empty() => Err(FlagError::NoCrds),
        other => Err(FlagError::Crds(other.to_string())),
    }
}

/// Parses `--reconcile-strategy Revision|ChartVersion` (case-sensitive, as Flux).
pub fn parse_reconcile_strategy(raw: &str) -> Result<ReconcileStrategy, FlagError> {
    match raw {
        "Revision" => Ok(ReconcileStrategy::Revision),
        "ChartVersion" => Ok(ReconcileStrategy::ChartVersion),
        other => Err(FlagError::ReconcileStrategy(other.to_string())),
    }
}

/// Parses `--chart-ref <kind>/<name>[.<namespace>]`; the kind must be spelled exactly.
pub fn parse_chart_ref(raw: &str) -> Result<CrossNamespaceSourceReference, FlagError> {
    let (kind, name, namespace) = super::kustomization::parse_kind_name_namespace(raw);
    if !CHART_REF_KINDS.contains(&kind.as_str()) {
        return Err(FlagError::ChartRefKind(kind));
    }
    Ok(CrossNamespaceSourceReference {
        api_version: None,
        kind,
        name,
        namespace: (!namespace.is_empty()).then_some(namespace),
    })
}

/// Parses one `--values-from <kind>/<name>`; the kind is matched case-insensitively.
pub fn parse_values_from(raw: &str) -> Result<ValuesReference, FlagError> {
    let (kind, name) = parse_kind_name(raw);
    if kind.is_empty() {
        return Err(FlagError::ValuesFromFormat(raw.to_string()));
    }
    let kind = VALUES_FROM_KINDS
        .iter()
        .find(|k| k.eq_ignore_ascii_case(&kind))
        .ok_or(FlagError::ValuesFromKind(kind.clone()))?;
    Ok(ValuesReference {
        kind: kind.to_string(),
        name,
        ..ValuesReference::default()
    })
}

/// Parses one `--depends-on` value: `[<namespace>/]<name>[@<readyExpr>]`; the ready expression is dropped, as
/// Flux's `create helmrelease` drops it.
pub fn parse_depends_on(raw: &str) -> DependencyReference {
    let dep = raw.split_once('@').map_or(raw, |(d, _)| d);
    match dep.split_once('/') {
        Some((ns, name)) => DependencyReference {
            name: name.to_string(),
            namespace: Some(ns.to_string()),
            ready_expr: None,
        },
        None => DependencyReference {
            name: dep.to_string(),
            namespace: None,
            ready_expr: None,
        },
    }
}

/// Why `--values` files could not be merged.
#[derive(Debug, thiserror::Error)]
pub enum ValuesError {
    /// A file could not be read (the text is Go's `open <path>: …`).
    #[error("reading values from {path} failed: {message}")]
    Read { path: String, message: String },
    /// A file is not a YAML map.
    #[error("converting values to JSON from {path} failed: {source}")]
    Parse {
        path: String,
        #[source]
        source: helm_template::Error,
    },
}

/// Merges maps as Flux's `transform.MergeMaps`: nested maps merge key by key, anything else is replaced.
pub fn merge_maps(base: &mut Map<String, Value>, top: Map<String, Value>) {
    for (k, v) in top {
        match (base.get_mut(&k), v) {
            (Some(Value::Object(b)), Value::Object(t)) => merge_maps(b, t),
            (_, v) => {
                base.insert(k, v);
            }
        }
    }
}

/// Reads and merges `--values` files in order, later files winning.
pub fn read_values_files(paths: &[String]) -> Result<Map<String, Value>, ValuesError> {
    let mut out = Map::new();
    for path in paths {
        let text = std::fs::read_to_string(path).map_err(|e| ValuesError::Read {
            path: path.clone(),
            message: crate::cli::create::go_open_error(path, &e),
        })?;
        let values = helm_template::parse_values(&text).map_err(|source| ValuesError::Parse {
            path: path.clone(),
            source,
        })?;
        merge_maps(&mut out, values);
    }
    Ok(out)
}

/// Where the chart comes from: a template (`--source` + `--chart`) or a chart artifact (`--chart-ref`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChartOrigin {
    /// A HelmChart template.
    Template {
        source: CrossNamespaceObjectReference,
        chart: String,
        version: Option<String>,
        reconcile_strategy: ReconcileStrategy,
        interval: Option<Duration>,
    },
    /// An OCIRepository or HelmChart.
    Ref(CrossNamespaceSourceReference),
}

impl Default for ChartOrigin {
    fn default() -> Self {
        Self::Ref(CrossNamespaceSourceReference::default())
    }
}

/// Input of `flux create helmrelease`, validated.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub name: String,
    pub namespace: String,
    pub interval: Duration,
    pub chart: ChartOrigin,
    pub release_name: Option<String>,
    pub target_namespace: Option<String>,
    /// Defaults to the target namespace, as Flux does.
    pub storage_namespace: Option<String>,
    pub create_target_namespace: bool,
    pub depends_on: Vec<DependencyReference>,
    pub service_account: Option<String>,
    pub kubeconfig_secret_ref: Option<String>,
    /// `--crds`: install creates CRDs, upgrade follows the policy.
    pub crds: Option<CrdsPolicy>,
    /// Merged `--values` files (none when no file was given).
    pub values: Option<Map<String, Value>>,
    pub values_from: Vec<ValuesReference>,
    pub labels: BTreeMap<String, String>,
}

fn non_empty(s: &Option<String>) -> Option<String> {
    s.clone().filter(|s| !s.is_empty())
}

/// The HelmRelease `flux create helmrelease` would apply.
pub fn build(opts: &Options) -> HelmRelease {
    let target_namespace = non_empty(&opts.target_namespace);
    let storage_namespace = non_empty(&opts.storage_namespace).or(target_namespace.clone());
    let (chart, chart_ref) = match &opts.chart {
        ChartOrigin::Template {
            source,
            chart,
            version,
            reconcile_strategy,
            interval,
        } => (
            Some(HelmChartTemplate {
                metadata: None,
                spec: HelmChartTemplateSpec {
                    chart: chart.clone(),
                    version: non_empty(version),
                    source_ref: source.clone(),
                    interval: interval.filter(|d| !d.is_zero()).map(duration::format),
                    reconcile_strategy: Some(*reconcile_strategy),
                    ..HelmChartTemplateSpec::default()
                },
            }),
            None,
        ),
        ChartOrigin::Ref(r) => (None, Some(r.clone())),
    };
    let install = (opts.create_target_namespace || opts.crds.is_some()).then(|| Install {
        create_namespace: opts.create_target_namespace.then_some(true),
        crds: opts.crds.map(|_| CrdsPolicy::Create),
        ..Install::default()
    });
    let spec = HelmReleaseSpec {
        chart,
        chart_ref,
        interval: duration::format(opts.interval),
        release_name: non_empty(&opts.release_name),
        target_namespace,
        storage_namespace,
        depends_on: (!opts.depends_on.is_empty()).then(|| opts.depends_on.clone()),
        kube_config: non_empty(&opts.kubeconfig_secret_ref).map(|name| KubeConfigReference {
            config_map_ref: None,
            secret_ref: Some(SecretKeyReference { name, key: None }),
        }),
        service_account_name: non_empty(&opts.service_account),
        install,
        upgrade: opts.crds.map(|c| Upgrade {
            crds: Some(c),
            ..Upgrade::default()
        }),
        values: opts.values.clone().map(Value::Object),
        values_from: (!opts.values_from.is_empty()).then(|| opts.values_from.clone()),
        ..HelmReleaseSpec::default()
    };
    let mut obj = HelmRelease::new(&opts.name, spec);
    obj.metadata.namespace = Some(opts.namespace.clone());
    if !opts.labels.is_empty() {
        obj.metadata.labels = Some(opts.labels.clone());
    }
    obj
}

/// Spec keys holding Go durations, by path.
const DURATION_PATHS: [&[&str]; 10] = [
    &["interval"],
    &["timeout"],
    &["chart", "spec", "interval"],
    &["install", "timeout"],
    &["install", "strategy", "retryInterval"],
    &["upgrade", "timeout"],
    &["upgrade", "strategy", "retryInterval"],
    &["test", "timeout"],
    &["rollback", "timeout"],
    &["uninstall", "timeout"],
];

/// Spec keys that are Go pointers (`*bool`): printed even when false.
const POINTER_BOOLS: [&str; 4] = [
    "persistentClient",
    "serverSideApply",
    "ignoreTestFailures",
    "remediateLastFailure",
];

/// Spec subtrees copied verbatim (user data, not Go struct fields).
const OPAQUE: [&str; 3] = ["values", "postRenderers", "commonMetadata"];

/// Drops `false` and `0` where Go's `omitempty` would, outside user data.
fn drop_go_empty(v: &mut Value) {
    match v {
        Value::Object(map) => {
            map.retain(|k, v| {
                if OPAQUE.contains(&k.as_str()) {
                    return true;
                }
                match v {
                    Value::Bool(false) => POINTER_BOOLS.contains(&k.as_str()),
                    Value::Number(n) => !(k == "retries" && n.as_i64() == Some(0)),
                    _ => true,
                }
            });
            for (k, v) in map.iter_mut() {
                if !OPAQUE.contains(&k.as_str()) {
                    drop_go_empty(v);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(drop_go_empty),
        _ => {}
    }
}

fn normalise_duration(spec: &mut Value, path: &[&str]) {
    let mut cur = spec;
    for key in path {
        match cur.get_mut(*key) {
            Some(next) => cur = next,
            None => return,
        }
    }
    if let Some(s) = cur.as_str()
        && let Ok(d) = duration::parse(s)
    {
        *cur = Value::from(duration::format(d));
    }
}

/// The object as `flux export helmrelease` prints it: apiVersion, kind, clean metadata and spec, durations in
/// Go's spelling (`5m0s`), false flags omitted as Go's `omitempty` omits them.
pub fn export_value(obj: &HelmRelease) -> Value {
    let mut spec = serde_json::to_value(&obj.spec).unwrap_or(Value::Null);
    drop_go_empty(&mut spec);
    // The template's sourceRef kind is `omitempty` in Go (chartRef's is not).
    if let Some(r) = spec
        .pointer_mut("/chart/spec/sourceRef")
        .and_then(Value::as_object_mut)
        && r.get("kind") == Some(&Value::from(""))
    {
        r.remove("kind");
    }
    for path in DURATION_PATHS {
        normalise_duration(&mut spec, path);
    }
    json!({
        "apiVersion": "helm.toolkit.fluxcd.io/v2",
        "kind": "HelmRelease",
        "metadata": super::export_metadata(&obj.metadata),
        "spec": spec,
    })
}

/// The revision `flux get` and `flux reconcile` show: the chart version of the latest release, else
/// `status.lastAttemptedRevision`.
pub fn revision(obj: &HelmRelease) -> String {
    let status = obj.status.as_ref();
    status
        .and_then(|s| s.history.as_ref())
        .and_then(|h| h.first())
        .map(|s| s.chart_version.clone())
        .or_else(|| status.and_then(|s| s.last_attempted_revision.clone()))
        .unwrap_or_default()
}

/// The last line of a successful reconcile: `applied revision <rev>`.
pub fn success_message(obj: &HelmRelease) -> String {
    format!("applied revision {}", revision(obj))
}

fn own_namespace(obj: &HelmRelease) -> String {
    obj.metadata.namespace.clone().unwrap_or_default()
}

/// The chart source as `--show-source` shows it: `Kind/namespace/name` of the chartRef, else of the template's
/// sourceRef (namespaces default to the HelmRelease's).
pub fn source_text(obj: &HelmRelease) -> String {
    let (kind, ns, name) = match (&obj.spec.chart_ref, &obj.spec.chart) {
        (Some(r), _) => (&r.kind, r.namespace.clone(), &r.name),
        (None, Some(t)) => (
            &t.spec.source_ref.kind,
            t.spec.source_ref.namespace.clone(),
            &t.spec.source_ref.name,
        ),
        (None, None) => return "//".to_string(),
    };
    let ns = ns
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| own_namespace(obj));
    format!("{kind}/{ns}/{name}")
}

/// The object `flux reconcile helmrelease --with-source` reconciles first: the chartRef (kind, namespace, name),
/// else the HelmChart the controller made from the template (`<ns>-<name>` in the source's namespace).
pub fn chart_source(obj: &HelmRelease) -> (String, String, String) {
    let own = own_namespace(obj);
    match (&obj.spec.chart_ref, &obj.spec.chart) {
        (Some(r), _) => (
            r.kind.clone(),
            r.namespace.clone().filter(|n| !n.is_empty()).unwrap_or(own),
            r.name.clone(),
        ),
        (None, t) => {
            let ns = t
                .as_ref()
                .and_then(|t| t.spec.source_ref.namespace.clone())
                .filter(|n| !n.is_empty())
                .unwrap_or_else(|| own.clone());
            let name = format!("{own}-{}", kube::ResourceExt::name_any(obj));
            ("HelmChart".to_string(), ns, name)
        }
    }
}

/// One `flux get helmreleases` row: name, revision, suspended, ready, message (hashes cut to 8 characters).
pub fn row(obj: &HelmRelease) -> [String; 5] {
    let (ready, message) = super::ready_and_message(obj);
    [
        kube::ResourceExt::name_any(obj),
        super::truncate_hex(&revision(obj)),
        if obj.is_suspended() { "True" } else { "False" }.to_string(),
        ready,
        super::truncate_hex(&message),
    ]
}

/// What `flux reconcile helmrelease` asks for besides a reconcile.
#[derive(Debug, Clone, Copy, Default)]
pub struct Request {
    /// `--force`: a one-off install or upgrade (`reconcile.fluxcd.io/forceAt`).
    pub force: bool,
    /// `--reset`: reset the failure counters (`reconcile.fluxcd.io/resetAt`).
    pub reset: bool,
}

/// Writes `reconcile.fluxcd.io/requestedAt` (plus `forceAt`/`resetAt` as asked, with the same token) and returns
/// the token.
pub async fn request_reconcile(
    api: &Api<HelmRelease>,
    name: &str,
    request: Request,
) -> Result<String, super::Error> {
    let token = k8s_openapi::jiff::Timestamp::now().to_string();
    let mut annotations = Map::new();
    annotations.insert(RECONCILE_REQUESTED_AT.into(), Value::from(token.clone()));
    if request.force {
        annotations.insert(RECONCILE_FORCE_AT.into(), Value::from(token.clone()));
    }
    if request.reset {
        annotations.insert(RECONCILE_RESET_AT.into(), Value::from(token.clone()));
    }
    let patch = json!({"metadata": {"annotations": annotations}});
    api.patch(name, &PatchParams::default(), &Patch::Merge(&patch))
        .await
        .map_err(|e| super::Error::Api(crate::cluster::describe(&e)))?;
    Ok(token)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn source_kind_is_case_insensitive_and_namespace_follows_the_last_dot() {
        let s = parse_source("Helmrepository/podinfo.flux-system").unwrap();
        assert_eq!(
            (s.kind.as_str(), s.name.as_str(), s.namespace.as_deref()),
            ("HelmRepository", "podinfo", Some("flux-system"))
        );
    }

    #[test]
    fn source_errors_read_like_flux() {
        assert_eq!(
            parse_source("foobar/podinfo").unwrap_err().to_string(),
            "source kind 'foobar' is not supported, must be one of: HelmRepository, GitRepository, Bucket"
        );
        assert_eq!(
            parse_source("podinfo").unwrap_err().to_string(),
            "invalid helm chart source 'podinfo', must be in format <kind>/<name>"
        );
    }

    #[test]
    fn chart_ref_kind_must_be_spelled_exactly() {
        assert_eq!(
            parse_chart_ref("foobar/podinfo").unwrap_err().to_string(),
            "chart reference kind 'foobar' is not supported, must be one of: OCIRepository, HelmChart"
        );
        assert!(parse_chart_ref("ocirepository/podinfo").is_err());
        let r = parse_chart_ref("HelmChart/podinfo.flux-system").unwrap();
        assert_eq!(r.namespace.as_deref(), Some("flux-system"));
    }

    #[test]
    fn values_from_needs_a_known_kind() {
        assert_eq!(parse_values_from("secret/s").unwrap().kind, "Secret");
        assert_eq!(
            parse_values_from("s").unwrap_err().to_string(),
            "invalid Kubernetes object reference 's', must be in format <kind>/<name>"
        );
        assert_eq!(
            parse_values_from("Deployment/s").unwrap_err().to_string(),
            "reference kind 'Deployment' is not supported, must be one of: Secret, ConfigMap"
        );
    }

    #[test]
    fn depends_on_drops_the_ready_expression() {
        let d = parse_depends_on("ns/db@dep.status.ready");
        assert_eq!(
            (d.name.as_str(), d.namespace.as_deref(), d.ready_expr),
            ("db", Some("ns"), None)
        );
    }

    #[test]
    fn nested_values_merge_and_scalars_are_replaced() {
        let mut base = json!({"a": {"b": 1, "c": 2}, "d": [1]})
            .as_object()
            .cloned()
            .unwrap();
        let top = json!({"a": {"c": 3}, "d": [2]})
            .as_object()
            .cloned()
            .unwrap();
        merge_maps(&mut base, top);
        assert_eq!(
            Value::Object(base),
            json!({"a": {"b": 1, "c": 3}, "d": [2]})
        );
    }

    #[test]
    fn storage_namespace_defaults_to_the_target_namespace() {
        let hr = build(&Options {
            name: "app".into(),
            namespace: "ns".into(),
            target_namespace: Some("prod".into()),
            ..Options::default()
        });
        assert_eq!(hr.spec.storage_namespace.as_deref(), Some("prod"));
    }

    #[test]
    fn crds_create_on_install_and_follow_the_policy_on_upgrade() {
        let hr = build(&Options {
            crds: Some(CrdsPolicy::Skip),
            ..Options::default()
        });
        let v = export_value(&hr);
        assert_eq!(v["spec"]["install"]["crds"], "Create");
        assert_eq!(v["spec"]["upgrade"]["crds"], "Skip");
    }

    #[test]
    fn revision_prefers_the_latest_release_chart_version() {
        let mut hr = build(&Options::default());
        assert_eq!(revision(&hr), "");
        hr.status =
            Some(serde_json::from_value(json!({"lastAttemptedRevision": "6.1.0"})).unwrap());
        assert_eq!(revision(&hr), "6.1.0");
        hr.status = Some(serde_json::from_value(json!({
            "lastAttemptedRevision": "6.1.0",
            "history": [{"digest": "d", "name": "a", "namespace": "b", "version": 2, "status": "deployed",
                "chartName": "podinfo", "chartVersion": "6.0.0", "configDigest": "c",
                "firstDeployed": "2024-01-01T09:00:00Z", "lastDeployed": "2024-01-01T09:00:00Z"}]
        })).unwrap());
        assert_eq!(revision(&hr), "6.0.0");
    }

    #[test]
    fn template_sources_resolve_to_the_generated_helm_chart() {
        let mut hr = build(&Options {
            name: "podinfo".into(),
            namespace: "apps".into(),
            chart: ChartOrigin::Template {
                source: parse_source("HelmRepository/podinfo.flux-system").unwrap(),
                chart: "podinfo".into(),
                version: None,
                reconcile_strategy: ReconcileStrategy::ChartVersion,
                interval: None,
            },
            ..Options::default()
        });
        assert_eq!(
            chart_source(&hr),
            (
                "HelmChart".into(),
                "flux-system".into(),
                "apps-podinfo".into()
            )
        );
        assert_eq!(source_text(&hr), "HelmRepository/flux-system/podinfo");
        hr.spec.chart = None;
        hr.spec.chart_ref = Some(parse_chart_ref("OCIRepository/podinfo").unwrap());
        assert_eq!(
            chart_source(&hr),
            ("OCIRepository".into(), "apps".into(), "podinfo".into())
        );
    }

    #[test]
    fn export_drops_go_empty_flags_but_keeps_values() {
        let mut hr = build(&Options::default());
        hr.spec.suspend = Some(false);
        hr.spec.persistent_client = Some(false);
        hr.spec.values = Some(json!({"enabled": false}));
        hr.spec.interval = "10m".into();
        let v = export_value(&hr);
        assert!(v["spec"].get("suspend").is_none());
        assert_eq!(v["spec"]["persistentClient"], false);
        assert_eq!(v["spec"]["values"]["enabled"], false);
        assert_eq!(v["spec"]["interval"], "10m0s");
    }
}
