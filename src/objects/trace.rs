//! `flux trace`: which Flux object manages a cluster object (its `kustomize.toolkit.fluxcd.io/name|namespace` or
//! `helm.toolkit.fluxcd.io/name|namespace` labels, on it or on an owner up the ownerReferences chain), and the
//! source and revision behind it, printed in Flux's report format.
//!
//! RBAC: get on the traced object and its owners, on Kustomizations, HelmReleases and the source kinds; API
//! discovery to resolve kinds.

use k8s_openapi::apimachinery::pkg::apis::meta::v1::{Condition, Time};
use kube::api::{Api, ApiResource, DynamicObject};
use kube::discovery::{Discovery, Scope};
use kube::{Client, ResourceExt};

use crate::api::FluxObject;
use crate::api::helm::HelmRelease;
use crate::api::kustomize::Kustomization;
use crate::api::meta::Artifact;
use crate::api::source::{
    ExternalArtifact, GitRepository, GitRepositoryRef, HelmChart, HelmRepository, OCIRepository,
    OCIRepositoryRef,
};

/// A failed trace.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// No argument names an object.
    #[error("either `<resource>/<name>` or `<resource> <name>` is required as an argument")]
    Usage,
    /// `--kind`/`--api-version` given without a name.
    #[error("object name is required")]
    NoName,
    /// `--api-version` given without `--kind`.
    #[error("object kind is required (--kind)")]
    NoKind,
    /// `--kind` given without `--api-version`.
    #[error("object apiVersion is required (--api-version)")]
    NoApiVersion,
    /// API discovery failed.
    #[error("failed to discover the API resources: {0}")]
    Discovery(String),
    /// The kind or resource type is not served.
    #[error("the server doesn't have a resource type \"{0}\"")]
    UnknownResource(String),
    /// The object does not exist or could not be read.
    #[error("failed to find object: {0}")]
    FindObject(String),
    /// A Flux object of the chain could not be read.
    #[error("failed to find {kind}: {message}")]
    Find { kind: String, message: String },
    /// Neither label set is on the object or its owners.
    #[error("object not managed by Flux")]
    NotManaged,
    /// An ExternalArtifact without `spec.sourceRef`.
    #[error("ExternalArtifact {0} is missing spec.sourceRef")]
    NoExternalSource(String),
}

/// An object to trace, resolved against the API server.
#[derive(Debug, Clone)]
pub struct Target {
    /// How the report names its kind (as typed with `--kind`, else the served kind).
    pub display_kind: String,
    pub resource: ApiResource,
    pub namespaced: bool,
    pub name: String,
}

/// Common short names kubectl users type (discovery does not expose them to us).
const SHORT_NAMES: [(&str, &str); 16] = [
    ("deploy", "Deployment"),
    ("cm", "ConfigMap"),
    ("svc", "Service"),
    ("ns", "Namespace"),
    ("sa", "ServiceAccount"),
    ("ds", "DaemonSet"),
    ("sts", "StatefulSet"),
    ("rs", "ReplicaSet"),
    ("po", "Pod"),
    ("ing", "Ingress"),
    ("pvc", "PersistentVolumeClaim"),
    ("crd", "CustomResourceDefinition"),
    ("ks", "Kustomization"),
    ("hr", "HelmRelease"),
    ("gitrepo", "GitRepository"),
    ("ocirepo", "OCIRepository"),
];

fn matches_type(ar: &ApiResource, typed: &str) -> bool {
    let t = typed.to_ascii_lowercase();
    let kind = ar.kind.to_ascii_lowercase();
    t == kind
        || t == ar.plural
        || SHORT_NAMES
            .iter()
            .any(|(s, k)| *s == t && k.eq_ignore_ascii_case(&ar.kind))
}

/// Finds a served resource by kind, plural or short name (optionally `type.group`), in the given group and
/// version when known; the preferred version otherwise.
fn resolve(
    discovery: &Discovery,
    typed: &str,
    api_version: Option<&str>,
) -> Option<(ApiResource, bool)> {
    let (typed, group_hint) = match api_version {
        Some(_) => (typed, None),
        None => match typed.split_once('.') {
            Some((t, g)) => (t, Some(g)),
            None => (typed, None),
        },
    };
    let (want_group, want_version) = match api_version {
        Some(av) => match av.rsplit_once('/') {
            Some((g, v)) => (Some(g), Some(v)),
            None => (Some(""), Some(av)),
        },
        None => (group_hint, None),
    };
    for group in discovery.groups() {
        if want_group.is_some_and(|g| g != group.name()) {
            continue;
        }
        let candidates = match want_version {
            Some(v) => group.versioned_resources(v),
            None => group.recommended_resources(),
        };
        for (ar, caps) in candidates {
            if matches_type(&ar, typed) && !ar.plural.contains('/') {
                return Some((ar, caps.scope == Scope::Namespaced));
            }
        }
    }
    None
}

/// The objects named by `flux trace` arguments: `--kind` + `--api-version` + one name, or `<type> <name>…`, or
/// `<type>/<name>…`.
pub async fn targets(
    client: &Client,
    args: &[String],
    kind: Option<&str>,
    api_version: Option<&str>,
) -> Result<Vec<Target>, Error> {
    let static_kind = kind.is_some() || api_version.is_some();
    if static_kind {
        let name = args.first().ok_or(Error::NoName)?;
        let kind = kind.ok_or(Error::NoKind)?;
        let av = api_version.ok_or(Error::NoApiVersion)?;
        let discovery = Discovery::new(client.clone())
            .run()
            .await
            .map_err(|e| Error::Discovery(crate::error_line::one_line(&e)))?;
        let (resource, namespaced) = resolve(&discovery, kind, Some(av)).ok_or_else(|| {
            Error::FindObject(format!(
                "no matches for kind \"{kind}\" in version \"{av}\""
            ))
        })?;
        return Ok(vec![Target {
            display_kind: kind.to_string(),
            resource,
            namespaced,
            name: name.clone(),
        }]);
    }
    let pairs: Vec<(String, String)> = if args.iter().all(|a| a.contains('/')) && !args.is_empty() {
        args.iter()
            .filter_map(|a| a.split_once('/'))
            .map(|(t, n)| (t.to_string(), n.to_string()))
            .collect()
    } else if args.len() >= 2 && !args.iter().any(|a| a.contains('/')) {
        args[1..]
            .iter()
            .map(|n| (args[0].clone(), n.clone()))
            .collect()
    } else {
        return Err(Error::Usage);
    };
    let discovery = Discovery::new(client.clone())
        .run()
        .await
        .map_err(|e| Error::Discovery(crate::error_line::one_line(&e)))?;
    pairs
        .into_iter()
        .map(|(typed, name)| {
            let (resource, namespaced) = resolve(&discovery, &typed, None)
                .ok_or_else(|| Error::UnknownResource(typed.clone()))?;
            Ok(Target {
                display_kind: resource.kind.clone(),
                resource,
                namespaced,
                name,
            })
        })
        .collect()
}

/// Reads a target object.
pub async fn get_target(
    client: &Client,
    target: &Target,
    namespace: &str,
) -> Result<DynamicObject, Error> {
    let api: Api<DynamicObject> = if target.namespaced {
        Api::namespaced_with(client.clone(), namespace, &target.resource)
    } else {
        Api::all_with(client.clone(), &target.resource)
    };
    api.get(&target.name)
        .await
        .map_err(|e| Error::FindObject(crate::cluster::describe(&e)))
}

fn managed_by(obj: &DynamicObject, group: &str) -> Option<(String, String)> {
    let labels = obj.labels();
    let name = labels.get(&format!("{group}/name"))?.clone();
    let ns = labels
        .get(&format!("{group}/namespace"))
        .cloned()
        .unwrap_or_default();
    (!name.is_empty()).then_some((ns, name))
}

/// The `(namespace, name)` of the Flux object of `group` managing `obj`, from its labels or its owners' labels.
async fn owner_managed_by(
    client: &Client,
    obj: &DynamicObject,
    group: &str,
) -> Option<(String, String)> {
    let mut current = obj.clone();
    for _ in 0..10 {
        if let Some(found) = managed_by(&current, group) {
            return Some(found);
        }
        let reference = current.owner_references().first()?.clone();
        let (g, v) = reference
            .api_version
            .rsplit_once('/')
            .unwrap_or(("", reference.api_version.as_str()));
        let gvk = kube::api::GroupVersionKind::gvk(g, v, &reference.kind);
        let (ar, caps) = kube::discovery::pinned_kind(client, &gvk).await.ok()?;
        let api: Api<DynamicObject> = if caps.scope == Scope::Namespaced {
            Api::namespaced_with(
                client.clone(),
                &current.namespace().unwrap_or_default(),
                &ar,
            )
        } else {
            Api::all_with(client.clone(), &ar)
        };
        current = api.get(&reference.name).await.ok()?;
    }
    None
}

/// The report for one object, or why it cannot be traced.
pub async fn trace(client: &Client, target: &Target, obj: &DynamicObject) -> Result<String, Error> {
    let object_name = format!("{}/{}", target.display_kind, obj.name_any());
    let object_ns = obj.namespace().unwrap_or_default();
    if let Some((ns, name)) = owner_managed_by(client, obj, "kustomize.toolkit.fluxcd.io").await {
        return trace_kustomization(client, &object_name, &object_ns, &ns, &name).await;
    }
    if let Some((ns, name)) = owner_managed_by(client, obj, "helm.toolkit.fluxcd.io").await {
        return trace_helm_release(client, &object_name, &object_ns, &ns, &name).await;
    }
    Err(Error::NotManaged)
}

async fn find<K>(client: &Client, namespace: &str, name: &str) -> Result<K, Error>
where
    K: kube::Resource<DynamicType = (), Scope = k8s_openapi::NamespaceResourceScope>
        + Clone
        + serde::de::DeserializeOwned
        + std::fmt::Debug,
{
    let api: Api<K> = Api::namespaced(client.clone(), namespace);
    let kind = K::kind(&()).to_string();
    match api.get(name).await {
        Ok(o) => Ok(o),
        Err(e) => Err(Error::Find {
            kind: if kind == "Kustomization" {
                "kustomization".into()
            } else {
                kind
            },
            message: crate::cluster::describe(&e),
        }),
    }
}

/// Go's `time.Time.String()` of a condition time, in UTC.
pub fn go_time(t: &Time) -> String {
    t.0.strftime("%Y-%m-%d %H:%M:%S +0000 UTC").to_string()
}

/// The lines of a report section, each `label` padded to the section's width.
struct Section {
    width: usize,
    lines: Vec<String>,
}

impl Section {
    fn new(width: usize) -> Self {
        Self {
            width,
            lines: Vec::new(),
        }
    }
    fn line(&mut self, label: &str, value: &str) {
        self.lines
            .push(format!("{label:<w$}{value}", w = self.width));
    }
    fn status(&mut self, ready: Option<&Condition>, failed_wording: bool) {
        match ready {
            Some(c) if failed_wording && c.status == "False" => {
                self.line(
                    "Status:",
                    &format!(
                        "Last reconciliation failed at {}",
                        go_time(&c.last_transition_time)
                    ),
                );
                self.line("Message:", &c.message);
            }
            Some(c) => {
                self.line(
                    "Status:",
                    &format!("Last reconciled at {}", go_time(&c.last_transition_time)),
                );
                self.line("Message:", &c.message);
            }
            None => self.line("Status:", "Unknown"),
        }
    }
    fn separator(&mut self) {
        self.lines.push("---".into());
    }
    fn render(&self) -> String {
        format!("\n{}\n", self.lines.join("\n"))
    }
}

fn git_ref_lines(s: &mut Section, reference: Option<&GitRepositoryRef>) {
    let Some(r) = reference else { return };
    let non_empty = |o: &Option<String>| o.clone().filter(|v| !v.is_empty());
    if let Some(t) = non_empty(&r.tag) {
        s.line("Tag:", &t);
    } else if let Some(t) = non_empty(&r.semver) {
        s.line("Tag:", &t);
    } else if let Some(b) = non_empty(&r.branch) {
        s.line("Branch:", &b);
    }
}

fn oci_ref_lines(s: &mut Section, reference: Option<&OCIRepositoryRef>) {
    let Some(r) = reference else { return };
    let non_empty = |o: &Option<String>| o.clone().filter(|v| !v.is_empty());
    if let Some(t) = non_empty(&r.tag) {
        s.line("Tag:", &t);
    } else if let Some(t) = non_empty(&r.semver) {
        s.line("Tag:", &t);
    } else if let Some(d) = non_empty(&r.digest) {
        s.line("Digest:", &d);
    }
}

/// `Revision:` and, for OCI-style artifacts, the origin revision and source lines (an empty line when the
/// metadata lacks one, as Flux's template renders it).
/// The GitRepository block of a trace: name, namespace, URL, ref, artifact and status.
fn git_source_lines(s: &mut Section, repo: &GitRepository) {
    s.line("GitRepository:", &repo.name_any());
    s.line("Namespace:", &repo.namespace().unwrap_or_default());
    s.line("URL:", &repo.spec.url);
    git_ref_lines(s, repo.spec.reference.as_ref());
    artifact_lines(
        s,
        repo.status.as_ref().and_then(|st| st.artifact.as_ref()),
        false,
    );
    s.status(repo.ready_condition(), true);
}

/// The OCIRepository block of a trace; `origin` adds the artifact's origin lines.
fn oci_source_lines(s: &mut Section, repo: &OCIRepository, origin: bool) {
    s.line("OCIRepository:", &repo.name_any());
    s.line("Namespace:", &repo.namespace().unwrap_or_default());
    s.line("URL:", &repo.spec.url);
    oci_ref_lines(s, repo.spec.reference.as_ref());
    artifact_lines(
        s,
        repo.status.as_ref().and_then(|st| st.artifact.as_ref()),
        origin,
    );
    s.status(repo.ready_condition(), true);
}

fn artifact_lines(s: &mut Section, artifact: Option<&Artifact>, origin: bool) {
    let Some(a) = artifact else { return };
    s.line("Revision:", &a.revision);
    if !origin {
        return;
    }
    if let Some(meta) = a.metadata.as_ref().filter(|m| !m.is_empty()) {
        for (label, key) in [
            ("Origin Revision: ", "org.opencontainers.image.revision"),
            ("Origin Source:   ", "org.opencontainers.image.source"),
        ] {
            match meta.get(key).filter(|v| !v.is_empty()) {
                Some(v) => s.lines.push(format!("{label}{v}")),
                None => s.lines.push(String::new()),
            }
        }
    }
}

async fn trace_kustomization(
    client: &Client,
    object_name: &str,
    object_ns: &str,
    ns: &str,
    name: &str,
) -> Result<String, Error> {
    let ks: Kustomization = find(client, ns, name).await?;
    let mut s = Section::new(17);
    s.line("Object:", object_name);
    if !object_ns.is_empty() {
        s.line("Namespace:", object_ns);
    }
    s.line("Status:", "Managed by Flux");
    s.separator();
    s.line("Kustomization:", &ks.name_any());
    s.line("Namespace:", &ks.namespace().unwrap_or_default());
    if let Some(t) = ks.spec.target_namespace.as_ref().filter(|t| !t.is_empty()) {
        s.line("Target:", t);
    }
    s.line("Path:", ks.spec.path.as_deref().unwrap_or_default());
    s.line(
        "Revision:",
        super::kustomization::last_applied_revision(&ks),
    );
    s.status(ks.ready_condition(), false);
    let src_ns = super::kustomization::source_namespace(&ks);
    let src_name = ks.spec.source_ref.name.clone();
    match ks.spec.source_ref.kind.as_str() {
        "GitRepository" => {
            let repo: GitRepository = find(client, &src_ns, &src_name).await?;
            s.separator();
            git_source_lines(&mut s, &repo);
        }
        "OCIRepository" => {
            let repo: OCIRepository = find(client, &src_ns, &src_name).await?;
            s.separator();
            oci_source_lines(&mut s, &repo, true);
        }
        "ExternalArtifact" => {
            let ea: ExternalArtifact = find(client, &src_ns, &src_name).await?;
            let Some(r) = ea.spec.source_ref.clone() else {
                return Err(Error::NoExternalSource(format!("{src_ns}/{src_name}")));
            };
            s.separator();
            s.line("ExternalArtifact:", &ea.name_any());
            s.line("Namespace:", &ea.namespace().unwrap_or_default());
            s.line(
                "Source:",
                &format!("{}/{}/{}", r.kind, r.namespace.unwrap_or_default(), r.name),
            );
            artifact_lines(
                &mut s,
                ea.status.as_ref().and_then(|st| st.artifact.as_ref()),
                true,
            );
            s.status(ea.ready_condition(), true);
        }
        _ => {}
    }
    Ok(s.render())
}

async fn trace_helm_release(
    client: &Client,
    object_name: &str,
    object_ns: &str,
    ns: &str,
    name: &str,
) -> Result<String, Error> {
    let hr: HelmRelease = find(client, ns, name).await?;
    let status = hr.status.clone().unwrap_or_default();
    let mut s = Section::new(16);
    s.line("Object:", object_name);
    if !object_ns.is_empty() {
        s.line("Namespace:", object_ns);
    }
    s.line("Status:", "Managed by Flux");
    s.separator();
    s.line("HelmRelease:", &hr.name_any());
    s.line("Namespace:", &hr.namespace().unwrap_or_default());
    if let Some(t) = hr.spec.target_namespace.as_ref().filter(|t| !t.is_empty()) {
        s.line("Target:", t);
    }
    s.line(
        "Revision:",
        status
            .last_attempted_revision
            .as_deref()
            .unwrap_or_default(),
    );
    s.status(hr.ready_condition(), false);
    if let Some(chart) = status.helm_chart.as_ref().filter(|c| !c.is_empty()) {
        let (chart_ns, chart_name) = chart.split_once('/').unwrap_or(("", chart));
        let hc: HelmChart = find(client, chart_ns, chart_name).await?;
        s.separator();
        s.line("HelmChart:", &hc.name_any());
        s.line("Namespace:", &hc.namespace().unwrap_or_default());
        s.line("Chart:", &hc.spec.chart);
        s.line("Version:", hc.spec.version.as_deref().unwrap_or_default());
        artifact_lines(
            &mut s,
            hc.status.as_ref().and_then(|st| st.artifact.as_ref()),
            false,
        );
        s.status(hc.ready_condition(), false);
    }
    let hr_ns = hr.namespace().unwrap_or_default();
    let ns_or = |n: &Option<String>| n.clone().filter(|n| !n.is_empty()).unwrap_or(hr_ns.clone());
    match (&hr.spec.chart, &hr.spec.chart_ref) {
        (Some(chart), _) => {
            let r = &chart.spec.source_ref;
            let src_ns = ns_or(&r.namespace);
            match r.kind.as_str() {
                "GitRepository" => {
                    let repo: GitRepository = find(client, &src_ns, &r.name).await?;
                    s.separator();
                    let mut g = Section::new(15);
                    git_source_lines(&mut g, &repo);
                    s.lines.extend(g.lines);
                }
                "HelmRepository" => {
                    let repo: HelmRepository = find(client, &src_ns, &r.name).await?;
                    s.separator();
                    s.line("HelmRepository:", &repo.name_any());
                    s.line("Namespace:", &repo.namespace().unwrap_or_default());
                    s.line("URL:", &repo.spec.url);
                    artifact_lines(
                        &mut s,
                        repo.status.as_ref().and_then(|st| st.artifact.as_ref()),
                        false,
                    );
                    s.status(repo.ready_condition(), false);
                }
                _ => {}
            }
        }
        (None, Some(r)) => {
            let src_ns = ns_or(&r.namespace);
            match r.kind.as_str() {
                "OCIRepository" => {
                    let repo: OCIRepository = find(client, &src_ns, &r.name).await?;
                    s.separator();
                    let mut o = Section::new(17);
                    oci_source_lines(&mut o, &repo, false);
                    s.lines.extend(o.lines);
                }
                "ExternalArtifact" => {
                    let ea: ExternalArtifact = find(client, &src_ns, &r.name).await?;
                    let Some(sr) = ea.spec.source_ref.clone() else {
                        return Err(Error::NoExternalSource(format!("{src_ns}/{}", r.name)));
                    };
                    s.separator();
                    let mut o = Section::new(17);
                    o.line("ExternalArtifact:", &ea.name_any());
                    o.line("Namespace:", &ea.namespace().unwrap_or_default());
                    o.line(
                        "Source:",
                        &format!(
                            "{}/{}/{}",
                            sr.kind,
                            sr.namespace.unwrap_or_default(),
                            sr.name
                        ),
                    );
                    artifact_lines(
                        &mut o,
                        ea.status.as_ref().and_then(|st| st.artifact.as_ref()),
                        false,
                    );
                    o.status(ea.ready_condition(), true);
                    s.lines.extend(o.lines);
                }
                _ => {}
            }
        }
        (None, None) => {}
    }
    Ok(s.render())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_pad_labels_to_their_width() {
        let mut s = Section::new(17);
        s.line("Object:", "deployment/podinfo");
        s.line("ExternalArtifact:", "x");
        s.status(None, true);
        assert_eq!(
            s.render(),
            "\nObject:          deployment/podinfo\nExternalArtifact:x\nStatus:          Unknown\n"
        );
    }

    #[test]
    fn condition_times_print_like_go() {
        let t: Time = serde_json::from_str("\"2021-07-16T15:42:20Z\"").unwrap();
        assert_eq!(go_time(&t), "2021-07-16 15:42:20 +0000 UTC");
    }

    #[test]
    fn origin_lines_follow_the_revision() {
        let mut s = Section::new(17);
        let a: Artifact = serde_json::from_value(serde_json::json!({
            "path": "p", "url": "u", "revision": "sha256:abc", "digest": "sha256:abc",
            "lastUpdateTime": "2021-07-16T15:42:20Z",
            "metadata": {"org.opencontainers.image.revision": "1.0@sha1:123"}
        }))
        .unwrap();
        artifact_lines(&mut s, Some(&a), true);
        assert_eq!(
            s.lines,
            vec![
                "Revision:        sha256:abc",
                "Origin Revision: 1.0@sha1:123",
                ""
            ]
        );
    }
}
