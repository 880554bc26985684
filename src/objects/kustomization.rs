//! Kustomization from the CLI's point of view: parse `flux create kustomization` flags (`--source`, `--path`,
//! `--health-check`, `--depends-on`), build the object, print it as `flux export` does and summarise it for
//! `flux get`.

use std::collections::BTreeMap;
use std::time::Duration;

use serde_json::{Value, json};

use crate::api::FluxObject;
use crate::api::kustomize::{
    CrossNamespaceSourceReference, Decryption, Kustomization, KustomizationSpec,
};
use crate::api::meta::{
    DependencyReference, KubeConfigReference, LocalObjectReference, NamespacedObjectKindReference,
    SecretKeyReference,
};
use crate::duration;

/// Source kinds a Kustomization can be created from, in Flux's order (used in messages).
pub const SOURCE_KINDS: [&str; 3] = ["OCIRepository", "GitRepository", "Bucket"];

/// Workload kinds `--health-check` accepts.
const HEALTH_CHECK_KINDS: [&str; 4] = ["Deployment", "DaemonSet", "StatefulSet", "HelmRelease"];

/// A flag value `flux create kustomization` refuses, with Flux's message.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum FlagError {
    /// `--source` is empty.
    #[error(
        "no Kustomization source given, please specify source that contains the Kubernetes manifests in the format '[<kind>/]<name>.<namespace>', where kind must be one of: (OCIRepository, GitRepository, Bucket), if kind is not specified it defaults to GitRepository"
    )]
    NoSource,
    /// `--source Kind/` without a name.
    #[error("no name given for source of kind '{0}'")]
    NoSourceName(String),
    /// `--source GitRepository` (a kind where the name should be).
    #[error("no kind specified for source '{0}'")]
    NoSourceKind(String),
    /// `--source` names a kind a Kustomization cannot use.
    #[error(
        "source kind '{0}' is not supported, must be one of: OCIRepository, GitRepository, Bucket"
    )]
    SourceKind(String),
    /// `--health-check` has not exactly one `/` (Flux appends the parts, Go-formatted).
    #[error("invalid health check '{0}' must be in the format 'kind/name.namespace' [{parts}]", parts = .1.join(" "))]
    HealthCheckSlash(String, Vec<String>),
    /// `--health-check` name is not `name.namespace`.
    #[error("invalid health check '{0}' must be in the format 'kind/name.namespace'")]
    HealthCheckFormat(String),
    /// `--health-check` names a kind that has no built-in health assessment.
    #[error(
        "invalid health check kind '{0}' can be HelmRelease, Deployment, DaemonSet or StatefulSet"
    )]
    HealthCheckKind(String),
    /// `--decryption-provider` is not `sops`.
    #[error("unsupported decryption provider '{0}', must be one of: sops")]
    DecryptionProvider(String),
}

/// Splits `[<kind>/]<name>[.<namespace>]`: the kind before the only slash, the namespace after the last dot.
pub fn parse_kind_name_namespace(input: &str) -> (String, String, String) {
    let (kind, mut name) = match input.split('/').collect::<Vec<_>>().as_slice() {
        [kind, name] => (kind.to_string(), name.to_string()),
        _ => (String::new(), input.to_string()),
    };
    let mut namespace = String::new();
    if let Some((n, ns)) = name.rsplit_once('.') {
        namespace = ns.to_string();
        name = n.to_string();
    }
    (kind, name, namespace)
}

/// Parses `--source [<kind>/]<name>[.<namespace>]`; the kind defaults to GitRepository and is matched
/// case-insensitively.
pub fn parse_source(raw: &str) -> Result<CrossNamespaceSourceReference, FlagError> {
    if raw.trim().is_empty() {
        return Err(FlagError::NoSource);
    }
    let (kind, name, namespace) = parse_kind_name_namespace(raw);
    if name.is_empty() {
        return Err(FlagError::NoSourceName(kind));
    }
    let kind = if kind.is_empty() {
        if SOURCE_KINDS.contains(&name.as_str()) {
            return Err(FlagError::NoSourceKind(name));
        }
        "GitRepository".to_string()
    } else {
        SOURCE_KINDS
            .iter()
            .find(|k| k.eq_ignore_ascii_case(&kind))
            .map(|k| k.to_string())
            .ok_or(FlagError::SourceKind(kind))?
    };
    Ok(CrossNamespaceSourceReference {
        api_version: None,
        kind,
        name,
        namespace: (!namespace.is_empty()).then_some(namespace),
    })
}

/// Cleans `--path` into `./<relative path>` that cannot leave the source root (`..` stops at the root, a
/// leading `/` is dropped), as Flux's safe relative path flag does.
pub fn parse_path(raw: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for part in raw.trim().split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            p => parts.push(p),
        }
    }
    format!("./{}", parts.join("/"))
}

/// Parses one `--health-check Kind/name.namespace`.
pub fn parse_health_check(raw: &str) -> Result<NamespacedObjectKindReference, FlagError> {
    let Some((kind, rest)) = raw.split_once('/').filter(|(_, r)| !r.contains('/')) else {
        let parts = raw.split('/').map(str::to_string).collect();
        return Err(FlagError::HealthCheckSlash(raw.to_string(), parts));
    };
    if !HEALTH_CHECK_KINDS.contains(&kind) {
        return Err(FlagError::HealthCheckKind(kind.to_string()));
    }
    let [name, namespace] = rest.split('.').collect::<Vec<_>>()[..] else {
        return Err(FlagError::HealthCheckFormat(raw.to_string()));
    };
    Ok(NamespacedObjectKindReference {
        api_version: (kind == "HelmRelease").then(|| "helm.toolkit.fluxcd.io/v2".to_string()),
        kind: kind.to_string(),
        name: name.to_string(),
        namespace: Some(namespace.to_string()),
    })
}

/// Parses one `--depends-on` value: `<name>` or `<namespace>/<name>`.
pub fn parse_depends_on(raw: &str) -> DependencyReference {
    match raw.split_once('/') {
        Some((ns, name)) => DependencyReference {
            name: name.to_string(),
            namespace: Some(ns.to_string()),
            ready_expr: None,
        },
        None => DependencyReference {
            name: raw.to_string(),
            namespace: None,
            ready_expr: None,
        },
    }
}

/// Checks `--decryption-provider`.
pub fn parse_decryption_provider(raw: &str) -> Result<String, FlagError> {
    if raw == "sops" {
        Ok(raw.to_string())
    } else {
        Err(FlagError::DecryptionProvider(raw.to_string()))
    }
}

/// Input of `flux create kustomization`, validated.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub name: String,
    pub namespace: String,
    pub interval: Duration,
    pub source: CrossNamespaceSourceReference,
    /// Already cleaned by [`parse_path`].
    pub path: String,
    pub prune: bool,
    pub wait: bool,
    pub health_checks: Vec<NamespacedObjectKindReference>,
    pub health_check_timeout: Duration,
    pub depends_on: Vec<DependencyReference>,
    pub service_account: Option<String>,
    pub decryption_provider: Option<String>,
    pub decryption_secret: Option<String>,
    pub target_namespace: Option<String>,
    pub kubeconfig_secret_ref: Option<String>,
    pub retry_interval: Option<Duration>,
    pub labels: BTreeMap<String, String>,
}

fn non_empty(s: &Option<String>) -> Option<String> {
    s.clone().filter(|s| !s.is_empty())
}

/// The Kustomization `flux create kustomization` would apply. Health checks are dropped when `wait` is set
/// (it checks everything); either sets `timeout` to the health-check timeout.
pub fn build(opts: &Options) -> Kustomization {
    let checks = !opts.health_checks.is_empty() && !opts.wait;
    let spec = KustomizationSpec {
        interval: duration::format(opts.interval),
        path: Some(opts.path.clone()),
        prune: opts.prune,
        source_ref: opts.source.clone(),
        target_namespace: non_empty(&opts.target_namespace),
        depends_on: (!opts.depends_on.is_empty()).then(|| opts.depends_on.clone()),
        kube_config: non_empty(&opts.kubeconfig_secret_ref).map(|name| KubeConfigReference {
            config_map_ref: None,
            secret_ref: Some(SecretKeyReference { name, key: None }),
        }),
        health_checks: checks.then(|| opts.health_checks.clone()),
        wait: opts.wait.then_some(true),
        timeout: (checks || opts.wait).then(|| duration::format(opts.health_check_timeout)),
        service_account_name: non_empty(&opts.service_account),
        decryption: non_empty(&opts.decryption_provider).map(|provider| Decryption {
            provider,
            secret_ref: non_empty(&opts.decryption_secret)
                .map(|name| LocalObjectReference { name }),
            service_account_name: None,
        }),
        retry_interval: opts
            .retry_interval
            .filter(|d| !d.is_zero())
            .map(duration::format),
        ..KustomizationSpec::default()
    };
    let mut obj = Kustomization::new(&opts.name, spec);
    obj.metadata.namespace = Some(opts.namespace.clone());
    if !opts.labels.is_empty() {
        obj.metadata.labels = Some(opts.labels.clone());
    }
    obj
}

fn normalise_duration(v: &mut Value) {
    if let Some(s) = v.as_str()
        && let Ok(d) = duration::parse(s)
    {
        *v = Value::from(duration::format(d));
    }
}

/// The object as `flux export kustomization` prints it: apiVersion, kind, clean metadata and spec, durations in
/// Go's spelling (`5m0s`).
pub fn export_value(obj: &Kustomization) -> Value {
    let mut spec = serde_json::to_value(&obj.spec).unwrap_or(Value::Null);
    if let Some(map) = spec.as_object_mut() {
        for key in ["interval", "retryInterval", "timeout"] {
            if let Some(v) = map.get_mut(key) {
                normalise_duration(v);
            }
        }
        // Flux's Go types omit these when false (the API server's defaulting may have written them).
        for key in ["force", "wait", "suspend", "ignoreMissingComponents"] {
            if map.get(key) == Some(&Value::Bool(false)) {
                map.remove(key);
            }
        }
    }
    json!({
        "apiVersion": "kustomize.toolkit.fluxcd.io/v1",
        "kind": "Kustomization",
        "metadata": super::export_metadata(&obj.metadata),
        "spec": spec,
    })
}

/// `status.lastAppliedRevision`, empty when nothing was applied yet.
pub fn last_applied_revision(obj: &Kustomization) -> &str {
    obj.status
        .as_ref()
        .and_then(|s| s.last_applied_revision.as_deref())
        .unwrap_or_default()
}

/// The last line of a successful reconcile: `applied revision <rev>`.
pub fn success_message(obj: &Kustomization) -> String {
    format!("applied revision {}", last_applied_revision(obj))
}

/// The namespace of the source: `sourceRef.namespace`, else the Kustomization's own.
pub fn source_namespace(obj: &Kustomization) -> String {
    obj.spec
        .source_ref
        .namespace
        .clone()
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| obj.metadata.namespace.clone().unwrap_or_default())
}

/// The source as `flux get kustomizations --show-source` shows it: `Kind/namespace/name`.
pub fn source_text(obj: &Kustomization) -> String {
    format!(
        "{}/{}/{}",
        obj.spec.source_ref.kind,
        source_namespace(obj),
        obj.spec.source_ref.name
    )
}

/// One `flux get kustomizations` row: name, revision, suspended, ready, message (hashes cut to 8 characters).
pub fn row(obj: &Kustomization) -> [String; 5] {
    let (ready, message) = super::ready_and_message(obj);
    [
        kube::ResourceExt::name_any(obj),
        super::truncate_hex(last_applied_revision(obj)),
        if obj.is_suspended() { "True" } else { "False" }.to_string(),
        ready,
        super::truncate_hex(&message),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn source_defaults_to_a_git_repository_in_the_same_namespace() {
        let s = parse_source("podinfo").unwrap();
        assert_eq!(
            (s.kind.as_str(), s.name.as_str()),
            ("GitRepository", "podinfo")
        );
        assert_eq!(s.namespace, None);
    }

    #[test]
    fn source_kind_is_case_insensitive_and_namespace_follows_the_last_dot() {
        let s = parse_source("ocirepository/my.app.flux-system").unwrap();
        assert_eq!(s.kind, "OCIRepository");
        assert_eq!(s.name, "my.app");
        assert_eq!(s.namespace.as_deref(), Some("flux-system"));
    }

    #[test]
    fn source_errors_read_like_flux() {
        assert_eq!(
            parse_source("HelmRepository/x").unwrap_err().to_string(),
            "source kind 'HelmRepository' is not supported, must be one of: OCIRepository, GitRepository, Bucket"
        );
        assert_eq!(
            parse_source("Bucket").unwrap_err(),
            FlagError::NoSourceKind("Bucket".into())
        );
        assert_eq!(
            parse_source("Bucket/").unwrap_err(),
            FlagError::NoSourceName("Bucket".into())
        );
    }

    #[test]
    fn paths_are_made_relative_and_cannot_escape() {
        assert_eq!(parse_path("./deploy"), "./deploy");
        assert_eq!(parse_path("deploy/overlays/dev/"), "./deploy/overlays/dev");
        assert_eq!(parse_path("../../etc"), "./etc");
        assert_eq!(parse_path("/abs/x"), "./abs/x");
        assert_eq!(parse_path("."), "./");
    }

    #[test]
    fn health_checks_need_kind_name_and_namespace() {
        let hc = parse_health_check("Deployment/frontend.dev").unwrap();
        assert_eq!(
            (hc.kind.as_str(), hc.name.as_str(), hc.namespace.as_deref()),
            ("Deployment", "frontend", Some("dev"))
        );
        assert_eq!(hc.api_version, None);
        let hr = parse_health_check("HelmRelease/app.apps").unwrap();
        assert_eq!(hr.api_version.as_deref(), Some("helm.toolkit.fluxcd.io/v2"));
        assert_eq!(
            parse_health_check("Service/x.y").unwrap_err(),
            FlagError::HealthCheckKind("Service".into())
        );
        assert_eq!(
            parse_health_check("Deployment/x").unwrap_err(),
            FlagError::HealthCheckFormat("Deployment/x".into())
        );
        assert_eq!(
            parse_health_check("a/b/c").unwrap_err().to_string(),
            "invalid health check 'a/b/c' must be in the format 'kind/name.namespace' [a b c]"
        );
    }

    #[test]
    fn depends_on_takes_an_optional_namespace() {
        assert_eq!(parse_depends_on("infra").namespace, None);
        let d = parse_depends_on("flux-system/infra");
        assert_eq!(
            (d.name.as_str(), d.namespace.as_deref()),
            ("infra", Some("flux-system"))
        );
    }

    #[test]
    fn wait_replaces_health_checks_and_sets_the_timeout() {
        let opts = Options {
            name: "app".into(),
            namespace: "flux-system".into(),
            interval: Duration::from_secs(60),
            source: parse_source("app").unwrap(),
            path: "./".into(),
            wait: true,
            health_checks: vec![parse_health_check("Deployment/a.b").unwrap()],
            health_check_timeout: Duration::from_secs(120),
            ..Options::default()
        };
        let ks = build(&opts);
        assert_eq!(ks.spec.health_checks, None);
        assert_eq!(ks.spec.wait, Some(true));
        assert_eq!(ks.spec.timeout.as_deref(), Some("2m0s"));
        assert_eq!(ks.spec.interval, "1m0s");
    }

    #[test]
    fn rows_shorten_hashes_and_default_to_waiting() {
        let mut ks = build(&Options {
            name: "app".into(),
            namespace: "ns".into(),
            source: parse_source("app").unwrap(),
            ..Options::default()
        });
        assert_eq!(
            row(&ks),
            ["app", "", "False", "False", "waiting to be reconciled"].map(String::from)
        );
        let rev = "main@sha1:696f056df216eea4f9401adbee0ff744d4df390f";
        ks.spec.suspend = Some(true);
        ks.status = Some(serde_json::from_value(json!({
            "lastAppliedRevision": rev,
            "conditions": [{"type": "Ready", "status": "True", "reason": "ReconciliationSucceeded",
                "message": format!("Applied revision: {rev}"), "lastTransitionTime": "2021-08-01T04:52:56Z"}]
        })).unwrap());
        assert_eq!(
            row(&ks),
            [
                "app",
                "main@sha1:696f056d",
                "True",
                "True",
                "Applied revision: main@sha1:696f056d"
            ]
            .map(String::from)
        );
    }

    #[test]
    fn truncate_hex_only_cuts_whole_lowercase_hashes() {
        let sha = "696f056df216eea4f9401adbee0ff744d4df390f";
        assert_eq!(
            super::super::truncate_hex(&format!("a {sha}.")),
            "a 696f056d."
        );
        assert_eq!(super::super::truncate_hex(&sha[..39]), &sha[..39]);
        let upper = sha.to_uppercase();
        assert_eq!(super::super::truncate_hex(&upper), upper);
        assert_eq!(
            super::super::truncate_hex(&format!("x{sha}")),
            format!("x{sha}")
        );
    }

    #[test]
    fn export_prints_prune_and_go_durations() {
        let mut ks = build(&Options {
            name: "app".into(),
            namespace: "ns".into(),
            interval: Duration::from_secs(300),
            source: parse_source("app").unwrap(),
            path: "./deploy".into(),
            ..Options::default()
        });
        ks.spec.interval = "5m".into();
        ks.spec.force = Some(false);
        let v = export_value(&ks);
        assert_eq!(v["spec"]["interval"], "5m0s");
        assert_eq!(v["spec"]["prune"], false);
        assert!(v["spec"].get("force").is_none());
        assert_eq!(v["spec"]["sourceRef"]["kind"], "GitRepository");
    }
}
