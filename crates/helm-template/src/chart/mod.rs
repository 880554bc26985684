//! Helm's chart engine: load, coalesce values, render, sort, and print like `helm template`.

pub(crate) mod ignore;
pub(crate) mod load;
pub(crate) mod manifest;
pub(crate) mod objects;
pub(crate) mod render;
pub(crate) mod schema;
pub(crate) mod values;

use serde_json::{Map, Value as J};

use crate::error::{Error, Result};
use load::Chart;
use manifest::{Hook, Manifest};

/// Kubernetes version `helm template` assumes without `--kube-version` (helm v4 derives it from
/// the client-go it is built with: v0.36 gives v1.36.0).
pub const DEFAULT_KUBE_VERSION: &str = "v1.36.0";

/// The Helm release these renderings reproduce (`.Capabilities.HelmVersion`).
pub const HELM_VERSION: &str = "v4.2.4";

/// API versions `helm template` reports without a cluster (client-go's built-in groups).
pub const DEFAULT_API_VERSIONS: &[&str] = &[
    "v1",
    "admissionregistration.k8s.io/v1",
    "admissionregistration.k8s.io/v1alpha1",
    "admissionregistration.k8s.io/v1beta1",
    "internal.apiserver.k8s.io/v1alpha1",
    "apps/v1",
    "apps/v1beta1",
    "apps/v1beta2",
    "authentication.k8s.io/v1",
    "authentication.k8s.io/v1alpha1",
    "authentication.k8s.io/v1beta1",
    "authorization.k8s.io/v1",
    "authorization.k8s.io/v1beta1",
    "autoscaling/v1",
    "autoscaling/v2",
    "batch/v1",
    "batch/v1beta1",
    "certificates.k8s.io/v1",
    "certificates.k8s.io/v1beta1",
    "certificates.k8s.io/v1alpha1",
    "coordination.k8s.io/v1alpha2",
    "coordination.k8s.io/v1beta1",
    "coordination.k8s.io/v1",
    "discovery.k8s.io/v1",
    "discovery.k8s.io/v1beta1",
    "events.k8s.io/v1",
    "events.k8s.io/v1beta1",
    "extensions/v1beta1",
    "flowcontrol.apiserver.k8s.io/v1",
    "flowcontrol.apiserver.k8s.io/v1beta1",
    "flowcontrol.apiserver.k8s.io/v1beta2",
    "flowcontrol.apiserver.k8s.io/v1beta3",
    "networking.k8s.io/v1",
    "networking.k8s.io/v1beta1",
    "node.k8s.io/v1",
    "node.k8s.io/v1alpha1",
    "node.k8s.io/v1beta1",
    "policy/v1",
    "policy/v1beta1",
    "rbac.authorization.k8s.io/v1",
    "rbac.authorization.k8s.io/v1beta1",
    "rbac.authorization.k8s.io/v1alpha1",
    "resource.k8s.io/v1",
    "resource.k8s.io/v1beta2",
    "resource.k8s.io/v1beta1",
    "resource.k8s.io/v1alpha3",
    "scheduling.k8s.io/v1alpha2",
    "scheduling.k8s.io/v1beta1",
    "scheduling.k8s.io/v1",
    "storage.k8s.io/v1beta1",
    "storage.k8s.io/v1",
    "storage.k8s.io/v1alpha1",
    "storagemigration.k8s.io/v1beta1",
    "apiextensions.k8s.io/v1beta1",
    "apiextensions.k8s.io/v1",
];

/// Release options and the cluster the chart is rendered for.
#[derive(Debug, Clone)]
pub struct Options {
    /// `.Release.Name`.
    pub release_name: String,
    /// `.Release.Namespace`.
    pub namespace: String,
    /// `.Release.Revision` (1 for an install).
    pub revision: i64,
    /// `.Release.IsUpgrade` (and `IsInstall` is its negation).
    pub is_upgrade: bool,
    /// `.Capabilities.KubeVersion` (`--kube-version`).
    pub kube_version: String,
    /// Extra `.Capabilities.APIVersions` (`--api-versions`), added to the defaults.
    pub api_versions: Vec<String>,
    /// `api_versions` is what a live cluster serves, the whole list (as `helm install` discovers it), so the
    /// built-in defaults are left out.
    pub cluster_api_versions: bool,
    /// Print `crds/` files before the manifests (`--include-crds`).
    pub include_crds: bool,
    /// Leave test hooks out of the output (`--skip-tests`).
    pub skip_tests: bool,
    /// Leave all hooks out of the output (`--no-hooks`).
    pub disable_hooks: bool,
    /// Missing map keys are errors (`--strict` lint mode).
    pub strict: bool,
    /// Include every subchart's NOTES.txt, not only the parent's (`--render-subchart-notes`).
    pub subchart_notes: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            release_name: "release-name".into(),
            namespace: "default".into(),
            revision: 1,
            is_upgrade: false,
            kube_version: DEFAULT_KUBE_VERSION.into(),
            api_versions: Vec::new(),
            cluster_api_versions: false,
            include_crds: false,
            skip_tests: false,
            disable_hooks: false,
            strict: false,
            subchart_notes: false,
        }
    }
}

/// A CRD file from a chart's `crds/` folder (never templated).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Crd {
    /// `chart/crds/file.yaml` (subcharts: `chart/charts/sub/crds/file.yaml`).
    pub source: String,
    /// The file as it is.
    pub content: String,
}

/// What rendering a chart produced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    /// Objects in install order.
    pub manifests: Vec<Manifest>,
    /// Hooks in install order, with events, weights and delete policies.
    pub hooks: Vec<Hook>,
    /// CRDs from `crds/` folders (the chart's and its subcharts').
    pub crds: Vec<Crd>,
    /// The rendered NOTES.txt (empty when there is none).
    pub notes: String,
    /// The values the templates saw (coalesced), as `helm get values --all` would show.
    pub values: Map<String, J>,
}

impl Rendered {
    /// The text `helm template` prints: `---\n# Source: …\n<doc>\n` per object, CRDs first when
    /// asked, hooks last unless disabled.
    pub fn to_helm_output(&self, opts: &Options) -> String {
        let mut manifest = String::new();
        if opts.include_crds {
            for c in &self.crds {
                manifest.push_str(&format!("---\n# Source: {}\n{}\n", c.source, c.content));
            }
        }
        for m in &self.manifests {
            manifest.push_str(&format!("---\n# Source: {}\n{}\n", m.source, m.content));
        }
        let mut out = format!("{}\n", manifest.trim());
        if !opts.disable_hooks {
            for h in &self.hooks {
                if opts.skip_tests && h.is_test() {
                    continue;
                }
                out.push_str(&format!(
                    "---\n# Source: {}\n{}\n",
                    h.manifest.source, h.manifest.content
                ));
            }
        }
        out
    }
}

/// `String::from_utf8_lossy`, but valid UTF-8 (nearly every chart file) goes through the much
/// faster `str::from_utf8` check.
pub(crate) fn lossy_utf8(d: &[u8]) -> std::borrow::Cow<'_, str> {
    match std::str::from_utf8(d) {
        Ok(s) => std::borrow::Cow::Borrowed(s),
        Err(_) => String::from_utf8_lossy(d),
    }
}

fn crds_of(chart: &Chart, parent: &str, out: &mut Vec<Crd>) {
    let full = if parent.is_empty() {
        chart.name().to_string()
    } else {
        format!("{parent}/charts/{}", chart.name())
    };
    for f in chart.crd_files() {
        if [".yaml", ".yml", ".json"]
            .iter()
            .any(|e| f.name.ends_with(e))
        {
            out.push(Crd {
                source: format!("{full}/{}", f.name),
                content: lossy_utf8(&f.data).into_owned(),
            });
        }
    }
    for d in &chart.dependencies {
        crds_of(d, &full, out);
    }
}

/// Renders `chart` with user `values` (already merged from all value files and `--set`s)
/// exactly as `helm template` would.
pub fn render(chart: &Chart, values: &Map<String, J>, opts: &Options) -> Result<Rendered> {
    match chart.metadata.chart_type.as_str() {
        "" | "application" => {}
        other => {
            return Err(Error::InvalidChart(format!(
                "{other} charts are not installable"
            )));
        }
    }
    if !chart.metadata.kube_version.is_empty() {
        let ok = crate::funcs::semver::parse_version(&opts.kube_version)
            .ok()
            .and_then(|v| crate::funcs::semver::satisfies(&chart.metadata.kube_version, &v).ok())
            .unwrap_or(false);
        if !ok {
            return Err(Error::KubeVersion {
                constraint: chart.metadata.kube_version.clone(),
                kube_version: opts.kube_version.clone(),
            });
        }
    }
    // Dependency processing edits a copy of the chart (which holds every file); charts that
    // declare no dependencies anywhere are used as they are.
    let chart: std::borrow::Cow<'_, Chart> = if values::declares_dependencies(chart) {
        let mut owned = chart.clone();
        values::process_dependencies(&mut owned, values).map_err(|e| match e {
            Error::Values(m) => Error::Values(format!("chart dependencies processing failed: {m}")),
            other => other,
        })?;
        std::borrow::Cow::Owned(owned)
    } else {
        std::borrow::Cow::Borrowed(chart)
    };
    let chart = chart.as_ref();
    let mut vals = values::coalesce(chart, values, false)?;
    schema::validate_chart(chart, &mut vals)?;
    let mut api_versions: Vec<String> = if opts.cluster_api_versions {
        Vec::new()
    } else {
        DEFAULT_API_VERSIONS
            .iter()
            .map(|s| (*s).to_string())
            .collect()
    };
    api_versions.extend(opts.api_versions.iter().cloned());
    let kube_version = match crate::funcs::semver::parse_version(&opts.kube_version) {
        Ok(v) => format!("v{}.{}.{}", v.major, v.minor, v.patch),
        Err(_) => opts.kube_version.clone(),
    };
    let input = render::EngineInput {
        release_name: &opts.release_name,
        namespace: &opts.namespace,
        revision: opts.revision,
        is_upgrade: opts.is_upgrade,
        kube_version: &kube_version,
        api_versions: &api_versions,
        helm_version: HELM_VERSION,
        strict: opts.strict,
    };
    let mut files = render::render_files(chart, &vals, &input)?;
    let mut notes = String::new();
    let root_notes = format!("{}/templates/NOTES.txt", chart.name());
    let note_keys: Vec<String> = files
        .keys()
        .filter(|k| k.ends_with("NOTES.txt"))
        .cloned()
        .collect();
    for k in note_keys {
        if let Some(v) = files.remove(&k)
            && (opts.subchart_notes || k == root_notes)
        {
            if !notes.is_empty() {
                notes.push('\n');
            }
            notes.push_str(&v);
        }
    }
    let (hooks, manifests) = manifest::sort_manifests(&files)?;
    let mut crds = Vec::new();
    crds_of(chart, "", &mut crds);
    Ok(Rendered {
        manifests,
        hooks,
        crds,
        notes,
        values: vals,
    })
}
