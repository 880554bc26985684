//! Flux's OCI artifact format, as `flux push artifact` writes it and source-controller reads it: one
//! tar+gzip layer of media type [`CONTENT_MEDIA_TYPE`], a config of type [`CONFIG_MEDIA_TYPE`], and the
//! `org.opencontainers.image.{created,source,revision}` annotations on the manifest.
//!
//! The layer is the deterministic archive of [`crate::artifact::archive`] (owners and times zeroed, modes
//! normalised), so the same tree pushed twice yields the same layer digest; with a fixed `created` (as
//! `--reproducible` sets it) the manifest digest is the same too.

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::{Value, json};
use sha2::Digest as _;

use super::client::{Client, Error as ClientError, OCI_MANIFEST};

/// Media type of a Flux artifact's config.
pub const CONFIG_MEDIA_TYPE: &str = "application/vnd.cncf.flux.config.v1+json";
/// Media type of a Flux artifact's content layer.
pub const CONTENT_MEDIA_TYPE: &str = "application/vnd.cncf.flux.content.v1.tar+gzip";
/// Annotation: where the content came from (a Git URL).
pub const SOURCE_ANNOTATION: &str = "org.opencontainers.image.source";
/// Annotation: the revision of the source (`main@sha1:…`).
pub const REVISION_ANNOTATION: &str = "org.opencontainers.image.revision";
/// Annotation: when the artifact was made (RFC 3339).
pub const CREATED_ANNOTATION: &str = "org.opencontainers.image.created";

/// A failed artifact step.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The path to package does not exist.
    #[error("invalid path '{path}', must point to an existing directory or file")]
    Path {
        path: String,
        #[source]
        source: std::io::Error,
    },
    /// Archiving the tree failed.
    #[error("building artifact failed")]
    Build(#[source] crate::artifact::Error),
    /// Staging a single file failed.
    #[error("staging {path} failed")]
    Stage {
        path: String,
        #[source]
        source: std::io::Error,
    },
    /// A registry call failed.
    #[error(transparent)]
    Registry(#[from] ClientError),
    /// The manifest has no layer.
    #[error("no layers found in artifact")]
    NoLayers,
    /// No layer has the asked media type.
    #[error("failed to find layer with media type '{0}' in artifact")]
    NoLayerOfType(String),
    /// The layer is not a gzip'd tarball, or escapes its directory.
    #[error("failed to extract layer contents from artifact: {0}")]
    Extract(String),
}

/// What a Flux artifact says about itself.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Metadata {
    /// RFC 3339 creation time.
    pub created: String,
    /// `--source`.
    pub source: String,
    /// `--revision`.
    pub revision: String,
    /// Every manifest annotation.
    pub annotations: BTreeMap<String, String>,
}

impl Metadata {
    /// Reads the `org.opencontainers.image.*` annotations of a manifest.
    pub fn from_manifest(manifest: &Value) -> Self {
        let annotations: BTreeMap<String, String> = manifest
            .get("annotations")
            .and_then(Value::as_object)
            .map(|o| {
                o.iter()
                    .filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_string())))
                    .collect()
            })
            .unwrap_or_default();
        let get = |k: &str| annotations.get(k).cloned().unwrap_or_default();
        Self {
            created: get(CREATED_ANNOTATION),
            source: get(SOURCE_ANNOTATION),
            revision: get(REVISION_ANNOTATION),
            annotations,
        }
    }
}

/// The tar.gz layer of `path` (a directory, or a single file placed at the root), without the entries
/// matching `ignore_paths` (gitignore syntax).
pub fn build_layer(path: &Path, ignore_paths: &[String]) -> Result<Vec<u8>, Error> {
    let md = std::fs::metadata(path).map_err(|source| Error::Path {
        path: path.display().to_string(),
        source,
    })?;
    let ignore = ignore_paths.join("\n");
    let mut out = Vec::new();
    if md.is_dir() {
        crate::artifact::archive::write(path, Some(&ignore), &mut out).map_err(Error::Build)?;
        return Ok(out);
    }
    let stage_err = |source| Error::Stage {
        path: path.display().to_string(),
        source,
    };
    let stage = tempfile::tempdir().map_err(stage_err)?;
    let file_name = path.file_name().unwrap_or_else(|| "artifact".as_ref());
    std::fs::copy(path, stage.path().join(file_name)).map_err(stage_err)?;
    crate::artifact::archive::write(stage.path(), Some(&ignore), &mut out).map_err(Error::Build)?;
    Ok(out)
}

fn sha256(data: &[u8]) -> String {
    format!("sha256:{}", hex::encode(sha2::Sha256::digest(data)))
}

/// The config blob and the manifest of an artifact with `layer`, annotated with `annotations`.
pub fn manifest_for(
    layer: &[u8],
    created: &str,
    annotations: &BTreeMap<String, String>,
) -> Result<(Vec<u8>, Vec<u8>), Error> {
    // The uncompressed digest of the layer, as an image config lists it.
    let mut decoder = flate2::read::GzDecoder::new(layer);
    let mut hasher = sha2::Sha256::new();
    std::io::copy(&mut decoder, &mut hasher).map_err(|e| Error::Extract(e.to_string()))?;
    let diff_id = format!("sha256:{}", hex::encode(hasher.finalize()));
    let config = json!({
        "architecture": "",
        "created": created,
        "os": "",
        "rootfs": {"type": "layers", "diff_ids": [diff_id]},
        "config": {},
    });
    let config = serde_json::to_vec(&config).unwrap_or_default();
    let manifest = json!({
        "schemaVersion": 2,
        "mediaType": OCI_MANIFEST,
        "config": {
            "mediaType": CONFIG_MEDIA_TYPE,
            "size": config.len(),
            "digest": sha256(&config),
        },
        "layers": [{
            "mediaType": CONTENT_MEDIA_TYPE,
            "size": layer.len(),
            "digest": sha256(layer),
        }],
        "annotations": annotations,
    });
    Ok((config, serde_json::to_vec(&manifest).unwrap_or_default()))
}

/// Pushes an artifact (layer, config, manifest under `tag`); returns the manifest digest.
pub async fn push(
    client: &Client,
    repository: &str,
    tag: &str,
    layer: &[u8],
    metadata: &Metadata,
) -> Result<String, Error> {
    let mut annotations = metadata.annotations.clone();
    annotations.insert(CREATED_ANNOTATION.into(), metadata.created.clone());
    annotations.insert(SOURCE_ANNOTATION.into(), metadata.source.clone());
    annotations.insert(REVISION_ANNOTATION.into(), metadata.revision.clone());
    let created = annotations
        .get(CREATED_ANNOTATION)
        .cloned()
        .unwrap_or_default();
    let (config, manifest) = manifest_for(layer, &created, &annotations)?;
    client.push_blob(repository, layer).await?;
    client.push_blob(repository, &config).await?;
    Ok(client
        .push_manifest(repository, tag, &manifest, OCI_MANIFEST)
        .await?)
}

/// A pulled artifact: its manifest and the bytes of the selected layer.
#[derive(Debug, Clone)]
pub struct Pulled {
    /// The manifest digest.
    pub digest: String,
    /// The manifest annotations.
    pub metadata: Metadata,
    /// The selected layer's bytes (digest-checked).
    pub layer: Vec<u8>,
}

/// The layer descriptor of `manifest` with `media_type`, or the first one.
pub fn select_layer<'a>(manifest: &'a Value, media_type: Option<&str>) -> Result<&'a Value, Error> {
    let layers = manifest
        .get("layers")
        .and_then(Value::as_array)
        .filter(|l| !l.is_empty())
        .ok_or(Error::NoLayers)?;
    match media_type.filter(|m| !m.is_empty()) {
        None => Ok(&layers[0]),
        Some(m) => layers
            .iter()
            .find(|l| l.get("mediaType").and_then(Value::as_str) == Some(m))
            .ok_or_else(|| Error::NoLayerOfType(m.to_string())),
    }
}

/// Pulls the manifest of `reference` and the layer `media_type` selects (the first when `None`).
pub async fn pull(
    client: &Client,
    repository: &str,
    reference: &str,
    media_type: Option<&str>,
) -> Result<Pulled, Error> {
    let manifest = client.manifest(repository, reference).await?;
    let layer = select_layer(&manifest.json, media_type)?;
    let digest = layer
        .get("digest")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    let bytes = client.blob(repository, &digest, None).await?;
    Ok(Pulled {
        digest: manifest.digest,
        metadata: Metadata::from_manifest(&manifest.json),
        layer: bytes,
    })
}

/// Unpacks a tar+gzip layer into `dest`: regular files and directories only; an entry that would land
/// outside `dest` fails the whole extraction (a tarball that tries it is not to be trusted).
pub fn extract(layer: &[u8], dest: &Path) -> Result<(), Error> {
    use std::io::Read as _;
    let fail = |e: &dyn std::fmt::Display| Error::Extract(e.to_string());
    std::fs::create_dir_all(dest).map_err(|e| fail(&e))?;
    let mut archive = tar::Archive::new(flate2::read::GzDecoder::new(layer));
    for entry in archive.entries().map_err(|e| fail(&e))? {
        let mut entry = entry.map_err(|e| fail(&e))?;
        let kind = entry.header().entry_type();
        if !(kind.is_file() || kind.is_dir()) {
            continue;
        }
        let path = entry.path().map_err(|e| fail(&e))?.into_owned();
        if path.is_absolute()
            || path
                .components()
                .any(|c| matches!(c, std::path::Component::ParentDir))
        {
            return Err(Error::Extract(format!(
                "illegal file path in tar archive: '{}'",
                path.display()
            )));
        }
        entry.unpack_in(dest).map_err(|e| fail(&e))?;
    }
    let mut rest = Vec::new();
    archive
        .into_inner()
        .read_to_end(&mut rest)
        .map_err(|e| fail(&e))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn manifest_carries_flux_media_types_and_annotations() {
        let d = tempfile::tempdir().unwrap();
        std::fs::write(d.path().join("a.yaml"), "a: 1\n").unwrap();
        let layer = build_layer(d.path(), &[]).unwrap();
        let ann = BTreeMap::from([(REVISION_ANNOTATION.to_string(), "main@sha1:x".to_string())]);
        let (config, manifest) = manifest_for(&layer, "1970-01-01T00:00:00Z", &ann).unwrap();
        let m: Value = serde_json::from_slice(&manifest).unwrap();
        assert_eq!(m["config"]["mediaType"], CONFIG_MEDIA_TYPE);
        assert_eq!(m["config"]["digest"], sha256(&config));
        assert_eq!(m["layers"][0]["mediaType"], CONTENT_MEDIA_TYPE);
        assert_eq!(m["annotations"][REVISION_ANNOTATION], "main@sha1:x");
        assert_eq!(Metadata::from_manifest(&m).revision, "main@sha1:x");
    }

    #[test]
    fn same_tree_and_time_give_the_same_manifest() {
        let d = tempfile::tempdir().unwrap();
        std::fs::write(d.path().join("a.yaml"), "a: 1\n").unwrap();
        let one =
            manifest_for(&build_layer(d.path(), &[]).unwrap(), "t", &BTreeMap::new()).unwrap();
        let two =
            manifest_for(&build_layer(d.path(), &[]).unwrap(), "t", &BTreeMap::new()).unwrap();
        assert_eq!(one, two);
    }

    #[test]
    fn ignore_paths_leave_files_out() {
        let d = tempfile::tempdir().unwrap();
        std::fs::write(d.path().join("a.yaml"), "a").unwrap();
        std::fs::write(d.path().join("b.txt"), "b").unwrap();
        let layer = build_layer(d.path(), &["*.txt".to_string()]).unwrap();
        let out = tempfile::tempdir().unwrap();
        extract(&layer, out.path()).unwrap();
        assert!(out.path().join("a.yaml").exists());
        assert!(!out.path().join("b.txt").exists());
    }

    #[test]
    fn a_single_file_is_placed_at_the_root() {
        let d = tempfile::tempdir().unwrap();
        let f = d.path().join("deploy.yaml");
        std::fs::write(&f, "kind: x").unwrap();
        let out = tempfile::tempdir().unwrap();
        extract(&build_layer(&f, &[]).unwrap(), out.path()).unwrap();
        assert!(out.path().join("deploy.yaml").exists());
    }

    #[test]
    fn entries_escaping_the_root_fail_the_extraction() {
        let mut b = tar::Builder::new(flate2::write::GzEncoder::new(
            Vec::new(),
            flate2::Compression::default(),
        ));
        let mut h = tar::Header::new_gnu();
        h.set_size(1);
        h.set_mode(0o600);
        // `append_data` refuses `..`; write the name into the header directly as a hostile tool would.
        h.as_gnu_mut().unwrap().name[..9].copy_from_slice(b"../x.yaml");
        h.set_cksum();
        b.append(&h, &b"x"[..]).unwrap();
        let layer = b.into_inner().unwrap().finish().unwrap();
        let out = tempfile::tempdir().unwrap();
        let err = extract(&layer, out.path()).unwrap_err().to_string();
        assert!(err.contains("illegal file path"), "{err}");
        assert!(!out.path().parent().unwrap().join("x.yaml").exists());
    }
}
