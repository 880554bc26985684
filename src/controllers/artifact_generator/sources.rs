//! The sources of an ArtifactGenerator: read each referenced object's `status.artifact` (observe), then download
//! and unpack the artifacts into the workspace (fetch), one directory per alias.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use kube::Client;
use kube::api::{Api, ApiResource, DynamicObject};

use crate::api::extensions::{
    ArtifactGenerator, ORIGIN_REVISION_ANNOTATION, ObservedSource, SOURCE_KINDS,
};
use crate::api::meta::Artifact;
use crate::api::source::{artifact_of, artifact_resource};
use crate::artifact::Storage;

/// How long one source download may take.
const FETCH_TIMEOUT: Duration = Duration::from_secs(300);

/// Why the sources could not be observed or fetched; the message is source-watcher's.
#[derive(Debug, thiserror::Error)]
pub enum SourceError {
    /// The source object does not exist (the API server's own words).
    #[error("{0}")]
    NotFound(String),
    /// Reading the source object failed.
    #[error("unable to get source '{key}': {message}")]
    Get { key: String, message: String },
    /// The kind is none an ArtifactGenerator reads.
    #[error("source `{name}` kind '{kind}' not supported")]
    UnsupportedKind { name: String, kind: String },
    /// The source has no artifact yet.
    #[error("source '{kind}/{key}' is not ready")]
    NotReady { kind: String, key: String },
    /// `status.artifact` does not decode.
    #[error("invalid artifact of source '{kind}/{key}': {source}")]
    Decode {
        kind: String,
        key: String,
        #[source]
        source: serde_json::Error,
    },
    /// A directory of the workspace could not be made.
    #[error("failed to create source dir: {0}")]
    Workspace(#[source] std::io::Error),
    /// Downloading or unpacking an artifact failed.
    #[error(transparent)]
    Fetch(#[from] crate::artifact::fetch::FetchError),
}

/// A source as observed: what enters the sources digest, and the artifact to fetch.
#[derive(Debug, Clone)]
pub struct Observed {
    /// Digest, revision, origin revision and URL.
    pub source: ObservedSource,
    /// The full `status.artifact`.
    pub artifact: Artifact,
}

/// The API resource of a source kind an ArtifactGenerator may read.
pub fn api_resource(kind: &str) -> Option<ApiResource> {
    artifact_resource(kind).filter(|_| SOURCE_KINDS.contains(&kind))
}

/// The namespace of a source reference: its own, else the generator's.
pub fn source_namespace<'a>(ag_namespace: &'a str, source_ns: &'a str) -> &'a str {
    if source_ns.is_empty() {
        ag_namespace
    } else {
        source_ns
    }
}

/// Reads every source's artifact, by alias.
pub async fn observe(
    client: &Client,
    ag: &ArtifactGenerator,
    namespace: &str,
) -> Result<BTreeMap<String, Observed>, SourceError> {
    let mut out = BTreeMap::new();
    for src in &ag.spec.sources {
        let ns = source_namespace(namespace, &src.namespace);
        let key = format!("{ns}/{}", src.name);
        let resource = api_resource(&src.kind).ok_or_else(|| SourceError::UnsupportedKind {
            name: src.name.clone(),
            kind: src.kind.clone(),
        })?;
        let api: Api<DynamicObject> = Api::namespaced_with(client.clone(), ns, &resource);
        let obj = match api.get(&src.name).await {
            Ok(obj) => obj,
            Err(kube::Error::Api(status)) if status.code == 404 => {
                return Err(SourceError::NotFound(status.message.clone()));
            }
            Err(e) => {
                return Err(SourceError::Get {
                    key,
                    message: crate::cluster::describe(&e),
                });
            }
        };
        let artifact = artifact_of(&obj)
            .map_err(|source| SourceError::Decode {
                kind: src.kind.clone(),
                key: key.clone(),
                source,
            })?
            .ok_or_else(|| SourceError::NotReady {
                kind: src.kind.clone(),
                key: key.clone(),
            })?;
        let source = ObservedSource {
            digest: artifact.digest.clone(),
            revision: artifact.revision.clone(),
            origin_revision: artifact
                .metadata
                .as_ref()
                .and_then(|m| m.get(ORIGIN_REVISION_ANNOTATION))
                .cloned(),
            url: artifact.url.clone(),
        };
        out.insert(src.alias.clone(), Observed { source, artifact });
    }
    Ok(out)
}

/// Downloads (or reads from our own storage), verifies and unpacks each observed artifact into
/// `workspace/<alias>`; returns the directory of each alias.
pub async fn fetch(
    storage: &Storage,
    observed: &BTreeMap<String, Observed>,
    workspace: &Path,
) -> Result<BTreeMap<String, PathBuf>, SourceError> {
    let mut dirs = BTreeMap::new();
    for (alias, o) in observed {
        let dir = workspace.join(alias);
        tokio::fs::create_dir_all(&dir)
            .await
            .map_err(SourceError::Workspace)?;
        crate::artifact::fetch::fetch_and_unpack(storage, &o.artifact, &dir, FETCH_TIMEOUT).await?;
        dirs.insert(alias.clone(), dir);
    }
    Ok(dirs)
}
