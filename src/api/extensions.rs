//! `source.extensions.fluxcd.io/v1beta1`: ArtifactGenerator, source-watcher's kind (Flux 2.7+). It composes the
//! artifacts of other sources (by alias) into new artifacts, each published as an ExternalArtifact it owns.
//!
//! Field names, validations, printer columns, finalizer, label and reasons are source-watcher v2.2.4's
//! (`api/v1beta1/artifactgenerator_types.go`); the sources digest is computed as its `observed_source.go` does.

use std::collections::BTreeMap;

use k8s_openapi::apimachinery::pkg::apis::meta::v1::Condition;
use kube::CustomResource;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// API group of ArtifactGenerator.
pub const GROUP: &str = "source.extensions.fluxcd.io";
/// `apiVersion` of ArtifactGenerator.
pub const API_VERSION: &str = "source.extensions.fluxcd.io/v1beta1";
/// Kind name.
pub const KIND: &str = "ArtifactGenerator";
/// Finalizer source-watcher puts on every ArtifactGenerator.
pub const FINALIZER: &str = "source.extensions.fluxcd.io/finalizer";
/// Label on each generated ExternalArtifact: the UID of its generator.
pub const GENERATOR_LABEL: &str = "source.extensions.fluxcd.io/generator";
/// Annotation whose value `disabled` (any case) stops reconciliation (`flux get` shows it as SUSPENDED).
pub const RECONCILE_ANNOTATION: &str = "source.extensions.fluxcd.io/reconcile";
/// Artifact metadata key of the origin revision (`originRevision`).
pub const ORIGIN_REVISION_ANNOTATION: &str = "org.opencontainers.image.revision";

/// Reason: the reconcile annotation disables the object.
pub const RECONCILIATION_DISABLED: &str = "ReconciliationDisabled";
/// Reason: a source could not be read or downloaded.
pub const SOURCE_FETCH_FAILED: &str = "SourceFetchFailed";

/// Copy strategy: later copies replace files (the default).
pub const OVERWRITE: &str = "Overwrite";
/// Copy strategy: YAML files are deep-merged as Helm merges values files.
pub const MERGE: &str = "Merge";
/// Copy strategy: `.tar.gz`/`.tgz` files are unpacked.
pub const EXTRACT: &str = "Extract";

/// Source kinds an ArtifactGenerator may read.
pub const SOURCE_KINDS: [&str; 5] = [
    "Bucket",
    "GitRepository",
    "OCIRepository",
    "HelmChart",
    "ExternalArtifact",
];

const ALIAS_PATTERN: &str = "^[a-z0-9]([a-z0-9_-]*[a-z0-9])?$";
const ALIAS_REF_PATTERN: &str = "^@([a-z0-9]([a-z0-9_-]*[a-z0-9])?)$";
const FROM_PATTERN: &str = "^@([a-z0-9]([a-z0-9_-]*[a-z0-9])?)/(.*)$";

/// Desired state of an ArtifactGenerator.
// kube's `printcolumn(...)` repeats keys such as `type_` by design.
#[allow(clippy::duplicated_attributes)]
#[derive(CustomResource, Serialize, Deserialize, Clone, Debug, Default, PartialEq, JsonSchema)]
#[kube(
    group = "source.extensions.fluxcd.io",
    version = "v1beta1",
    kind = "ArtifactGenerator",
    plural = "artifactgenerators",
    singular = "artifactgenerator",
    shortname = "ag",
    category = "all",
    category = "fluxcd",
    category = "fluxcd-sources",
    namespaced,
    status = "ArtifactGeneratorStatus",
    doc = "Composes the artifacts of other sources into ExternalArtifacts.",
    derive = "PartialEq",
    derive = "Default",
    printcolumn(
        name = "Age",
        type_ = "date",
        json_path = ".metadata.creationTimestamp"
    ),
    printcolumn(
        name = "Ready",
        type_ = "string",
        json_path = r#".status.conditions[?(@.type=="Ready")].status"#
    ),
    printcolumn(
        name = "Status",
        type_ = "string",
        json_path = r#".status.conditions[?(@.type=="Ready")].message"#
    )
)]
#[serde(rename_all = "camelCase")]
#[schemars(extend("x-kubernetes-validations" = [
    {"rule": "has(self.pathPattern) && size(self.pathPattern) > 0 || self.artifacts.all(a, a.name.matches('^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$'))", "message": "artifact names must be valid Kubernetes object names when pathPattern is not set"}
]))]
pub struct ArtifactGeneratorSpec {
    /// Labels and annotations set on every generated ExternalArtifact.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub common_metadata: Option<CommonMetadata>,
    /// The sources read, each under an alias.
    #[schemars(length(min = 1, max = 1000))]
    pub sources: Vec<SourceReference>,
    /// `@<alias>/<pattern>`: one set of artifacts per matching directory; `{name}` captures can be used in the
    /// artifact fields.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(pattern(FROM_PATTERN), length(max = 1024))]
    pub path_pattern: String,
    /// The artifacts to generate.
    #[serde(rename = "artifacts")]
    #[schemars(length(min = 1, max = 1000))]
    pub output_artifacts: Vec<OutputArtifact>,
}

/// Labels and annotations applied to generated objects.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, JsonSchema)]
pub struct CommonMetadata {
    /// Annotations to add.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub annotations: Option<BTreeMap<String, String>>,
    /// Labels to add.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub labels: Option<BTreeMap<String, String>>,
}

/// A source read by the generator.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, JsonSchema)]
pub struct SourceReference {
    /// Name of the source within this generator (`@alias` in paths).
    #[schemars(pattern(ALIAS_PATTERN), length(max = 63))]
    pub alias: String,
    /// Name of the source.
    #[schemars(pattern(r"^[a-z0-9]([a-z0-9-]*[a-z0-9])?$"), length(max = 253))]
    pub name: String,
    /// Namespace of the source; defaults to the generator's.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(pattern(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"), length(min = 1, max = 63))]
    pub namespace: String,
    /// Kind of the source.
    #[schemars(extend("enum" = ["Bucket", "GitRepository", "OCIRepository", "HelmChart", "ExternalArtifact"]))]
    pub kind: String,
}

/// One generated artifact (an ExternalArtifact of that name).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct OutputArtifact {
    /// Name of the ExternalArtifact.
    #[schemars(length(min = 1, max = 253))]
    pub name: String,
    /// `@<alias>`: use that source's revision; default `latest@<digest>`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(pattern(ALIAS_REF_PATTERN), length(max = 64))]
    pub revision: String,
    /// `@<alias>`: that source's origin revision becomes `org.opencontainers.image.revision`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(pattern(ALIAS_REF_PATTERN), length(max = 64))]
    pub origin_revision: String,
    /// Copy operations, applied in order.
    #[schemars(length(min = 1))]
    pub copy: Vec<CopyOperation>,
}

/// Copies files from a source into the artifact.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, JsonSchema)]
pub struct CopyOperation {
    /// `@<alias>/<glob>`.
    #[schemars(pattern(FROM_PATTERN), length(min = 1, max = 1024))]
    pub from: String,
    /// `@artifact/<path>`.
    #[schemars(pattern(r"^@(artifact)/(.*)$"), length(min = 1, max = 1024))]
    pub to: String,
    /// Globs of files and directories not to copy.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(length(max = 100))]
    pub exclude: Vec<String>,
    /// `Overwrite` (default), `Merge` or `Extract`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(extend("enum" = ["Overwrite", "Merge", "Extract"]))]
    pub strategy: String,
}

/// Observed state of an ArtifactGenerator.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ArtifactGeneratorStatus {
    /// The last `reconcile.fluxcd.io/requestedAt` handled.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_handled_reconcile_at: Option<String>,
    /// Conditions of the object.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conditions: Option<Vec<Condition>>,
    /// The generated ExternalArtifacts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inventory: Option<Vec<ExternalArtifactReference>>,
    /// Digest of the sources' artifacts last built from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub observed_sources_digest: Option<String>,
}

/// A generated ExternalArtifact and the artifact it serves.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq, JsonSchema)]
pub struct ExternalArtifactReference {
    /// Name of the ExternalArtifact.
    pub name: String,
    /// Namespace of the ExternalArtifact.
    pub namespace: String,
    /// Digest of its artifact.
    pub digest: String,
    /// File name of its artifact.
    pub filename: String,
}

impl ArtifactGenerator {
    /// The reconcile annotation disables the object.
    pub fn is_disabled(&self) -> bool {
        self.metadata
            .annotations
            .as_ref()
            .and_then(|a| a.get(RECONCILE_ANNOTATION))
            .is_some_and(|v| v.eq_ignore_ascii_case(crate::api::annotations::DISABLED))
    }

    /// The inventory of generated ExternalArtifacts (empty before the first success).
    pub fn inventory(&self) -> &[ExternalArtifactReference] {
        self.status
            .as_ref()
            .and_then(|s| s.inventory.as_deref())
            .unwrap_or(&[])
    }
}

/// What the generator saw of one source: its artifact's identity.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ObservedSource {
    /// `status.artifact.digest`.
    pub digest: String,
    /// `status.artifact.revision`.
    pub revision: String,
    /// The `org.opencontainers.image.revision` metadata, if any.
    pub origin_revision: Option<String>,
    /// `status.artifact.url`.
    pub url: String,
}

/// source-watcher's `observedSourcesDigest`: sha256 over the sorted `alias=[digest=…,revision=…,url=…]` entries
/// joined with `|`. The origin revision is not part of it.
pub fn hash_observed_sources(sources: &BTreeMap<String, ObservedSource>) -> String {
    use sha2::Digest;
    let mut parts: Vec<String> = sources
        .iter()
        .map(|(alias, s)| {
            format!(
                "{alias}=[digest={},revision={},url={}]",
                s.digest, s.revision, s.url
            )
        })
        .collect();
    parts.sort();
    format!(
        "sha256:{}",
        hex::encode(sha2::Sha256::digest(parts.join("|").as_bytes()))
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_digest_ignores_insertion_order_and_origin_revision() {
        let a = ObservedSource {
            digest: "sha256:1".into(),
            revision: "main@sha1:a".into(),
            origin_revision: None,
            url: "http://x/a.tar.gz".into(),
        };
        let b = ObservedSource {
            digest: "sha256:2".into(),
            revision: "v1".into(),
            origin_revision: Some("sha1:b".into()),
            url: "http://x/b.tar.gz".into(),
        };
        let one = BTreeMap::from([("a".to_string(), a.clone()), ("b".to_string(), b.clone())]);
        let mut b2 = b.clone();
        b2.origin_revision = None;
        let two = BTreeMap::from([("b".to_string(), b2), ("a".to_string(), a)]);
        assert_eq!(hash_observed_sources(&one), hash_observed_sources(&two));
        // The digest of exactly "a=[digest=sha256:1,revision=main@sha1:a,url=http://x/a.tar.gz]".
        let single = BTreeMap::from([(
            "a".to_string(),
            ObservedSource {
                digest: "sha256:1".into(),
                revision: "main@sha1:a".into(),
                origin_revision: None,
                url: "http://x/a.tar.gz".into(),
            },
        )]);
        use sha2::Digest;
        let expected = hex::encode(sha2::Sha256::digest(
            b"a=[digest=sha256:1,revision=main@sha1:a,url=http://x/a.tar.gz]",
        ));
        assert_eq!(hash_observed_sources(&single), format!("sha256:{expected}"));
    }

    #[test]
    fn the_reconcile_annotation_disables_in_any_case() {
        let mut ag = ArtifactGenerator::new("a", ArtifactGeneratorSpec::default());
        assert!(!ag.is_disabled());
        ag.metadata.annotations = Some(BTreeMap::from([(
            RECONCILE_ANNOTATION.to_string(),
            "Disabled".to_string(),
        )]));
        assert!(ag.is_disabled());
    }
}
