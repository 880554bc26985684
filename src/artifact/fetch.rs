//! The consumer side of the artifact protocol: get a source's `status.artifact` tarball, verify its digest and
//! unpack it safely into a directory. Artifacts stored by this process are read straight from the store; any
//! other URL (Flux's own source-controller, another `flux serve`) is downloaded over HTTP.
//!
//! Unpacking keeps only regular files and directories, as Flux's producers write them: links, devices and any
//! entry that would land outside the target directory are dropped.

use std::io::Read;
use std::path::Path;
use std::time::Duration;

use http_body_util::{BodyExt, Empty, Limited};
use hyper::body::Bytes;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use sha2::{Digest, Sha256};

use super::Storage;
use crate::api::meta::Artifact;

/// Largest artifact accepted (Flux's kustomize-controller has no limit; an unbounded download is a memory risk).
const MAX_ARTIFACT_BYTES: usize = 1 << 30;

/// Environment variable that replaces the host of artifact URLs, as Flux's consumers honour it.
const LOCALHOST_OVERRIDE: &str = "SOURCE_CONTROLLER_LOCALHOST";

/// Why an artifact could not be used.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    /// The URL is not `http://host/path`.
    #[error("invalid artifact URL {0:?}")]
    InvalidUrl(String),
    /// The server answered with a non-success status (404 when the source moved on to a newer artifact).
    #[error("failed to download artifact from {url}, status: {status}")]
    Status { url: String, status: String },
    /// The connection or transfer failed.
    #[error("failed to download artifact from {url}: {message}")]
    Transfer { url: String, message: String },
    /// The file's digest differs from `status.artifact.digest`.
    #[error(
        "failed to verify artifact: computed digest {computed} doesn't match advertised digest {expected}"
    )]
    Digest { computed: String, expected: String },
    /// The digest algorithm is not one we compute.
    #[error("unsupported digest algorithm in {0:?}")]
    DigestAlgorithm(String),
    /// The tarball is corrupt.
    #[error("failed to extract artifact: {0}")]
    Extract(String),
}

impl FetchError {
    /// The server no longer has the file: the source moved on to a newer artifact, or restarted on empty storage
    /// and has not stored it again yet.
    pub fn is_not_found(&self) -> bool {
        matches!(self, FetchError::Status { status, .. } if status.starts_with("404"))
    }
}

/// Gets `artifact` (from `storage` when it is ours, else over HTTP), checks its digest and unpacks it into `dest`.
pub async fn fetch_and_unpack(
    storage: &Storage,
    artifact: &Artifact,
    dest: &Path,
    timeout: Duration,
) -> Result<(), FetchError> {
    let bytes = fetch_bytes(storage, artifact, timeout).await?;
    let dest = dest.to_path_buf();
    tokio::task::spawn_blocking(move || unpack(&bytes, &dest))
        .await
        .map_err(|e| FetchError::Extract(e.to_string()))?
}

/// Gets `artifact`'s bytes (from `storage` when it is ours, else over HTTP) and checks their digest: a chart
/// archive is loaded as it is, not unpacked.
pub async fn fetch_bytes(
    storage: &Storage,
    artifact: &Artifact,
    timeout: Duration,
) -> Result<Vec<u8>, FetchError> {
    let bytes = match local_copy(storage, artifact).await {
        Some(bytes) => bytes,
        None => tokio::time::timeout(timeout, download(&artifact.url))
            .await
            .map_err(|_| FetchError::Transfer {
                url: artifact.url.clone(),
                message: format!("timeout after {timeout:?}"),
            })??,
    };
    verify_digest(&bytes, &artifact.digest)?;
    Ok(bytes)
}

/// The artifact's bytes when this process's store holds it under the advertised URL.
async fn local_copy(storage: &Storage, artifact: &Artifact) -> Option<Vec<u8>> {
    if storage.url(&artifact.path) != artifact.url {
        return None;
    }
    let path = storage.local_path(&artifact.path).ok()?;
    tokio::fs::read(path).await.ok()
}

/// Downloads `url` (plain HTTP, as source-controller serves artifacts).
async fn download(url: &str) -> Result<Vec<u8>, FetchError> {
    let uri = effective_url(url)?;
    let client = Client::builder(TokioExecutor::new()).build_http::<Empty<Bytes>>();
    let transfer = |e: &dyn std::fmt::Display| FetchError::Transfer {
        url: url.to_string(),
        message: e.to_string(),
    };
    let resp = client.get(uri).await.map_err(|e| transfer(&e))?;
    if !resp.status().is_success() {
        return Err(FetchError::Status {
            url: url.to_string(),
            status: resp.status().to_string(),
        });
    }
    let body = Limited::new(resp.into_body(), MAX_ARTIFACT_BYTES)
        .collect()
        .await
        .map_err(|e| transfer(&e))?;
    Ok(body.to_bytes().to_vec())
}

/// `url` as a URI, with its host replaced by `$SOURCE_CONTROLLER_LOCALHOST` when set.
fn effective_url(url: &str) -> Result<hyper::Uri, FetchError> {
    let invalid = || FetchError::InvalidUrl(url.to_string());
    let rest = url.strip_prefix("http://").ok_or_else(invalid)?;
    let (host, path) = rest.split_once('/').ok_or_else(invalid)?;
    let host = match std::env::var(LOCALHOST_OVERRIDE) {
        Ok(h) if !h.is_empty() => h,
        _ => host.trim_end_matches('.').to_string(),
    };
    format!("http://{host}/{path}")
        .parse()
        .map_err(|_| invalid())
}

/// Checks that `bytes` have the `sha256:<hex>` digest `expected`.
pub fn verify_digest(bytes: &[u8], expected: &str) -> Result<(), FetchError> {
    let Some(hex_digest) = expected.strip_prefix("sha256:") else {
        return Err(FetchError::DigestAlgorithm(expected.to_string()));
    };
    let computed = hex::encode(Sha256::digest(bytes));
    if computed != hex_digest {
        return Err(FetchError::Digest {
            computed: format!("sha256:{computed}"),
            expected: expected.to_string(),
        });
    }
    Ok(())
}

/// Unpacks a tar.gz into `dest`, keeping only regular files and directories that stay inside `dest` (also
/// the Extract strategy of an ArtifactGenerator's copy operations).
pub fn unpack(bytes: &[u8], dest: &Path) -> Result<(), FetchError> {
    let extract = |e: &dyn std::fmt::Display| FetchError::Extract(e.to_string());
    std::fs::create_dir_all(dest).map_err(|e| extract(&e))?;
    let mut archive = tar::Archive::new(flate2::read::GzDecoder::new(bytes));
    for entry in archive.entries().map_err(|e| extract(&e))? {
        let mut entry = entry.map_err(|e| extract(&e))?;
        let kind = entry.header().entry_type();
        if !(kind.is_file() || kind.is_dir()) {
            continue;
        }
        // `unpack_in` refuses absolute paths and `..`; it returns false for such entries, which we drop.
        entry.unpack_in(dest).map_err(|e| extract(&e))?;
    }
    // Drain the decoder so a truncated stream is reported rather than silently accepted.
    let mut rest = Vec::new();
    archive
        .into_inner()
        .read_to_end(&mut rest)
        .map_err(|e| extract(&e))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tarball(entries: &[(&str, &[u8])]) -> Vec<u8> {
        let mut builder = tar::Builder::new(flate2::write::GzEncoder::new(
            Vec::new(),
            flate2::Compression::default(),
        ));
        for (path, data) in entries {
            let mut header = tar::Header::new_gnu();
            header.set_size(data.len() as u64);
            header.set_mode(0o600);
            header.set_cksum();
            let _ = builder.append_data(&mut header, path, *data);
        }
        builder
            .into_inner()
            .and_then(|gz| gz.finish())
            .unwrap_or_default()
    }

    #[test]
    fn digest_mismatch_names_both_digests() {
        let err = verify_digest(b"abc", "sha256:00")
            .err()
            .map(|e| e.to_string());
        assert_eq!(
            err.as_deref(),
            Some(
                "failed to verify artifact: computed digest sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad doesn't match advertised digest sha256:00"
            )
        );
        assert!(verify_digest(b"abc", "md5:00").is_err());
    }

    #[test]
    fn unpack_keeps_files_inside_the_target() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let bytes = tarball(&[("apps/a.yaml", b"kind: A\n"), ("b.yaml", b"kind: B\n")]);
        unpack(&bytes, dir.path()).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            std::fs::read_to_string(dir.path().join("apps/a.yaml")).ok(),
            Some("kind: A\n".into())
        );
        assert!(dir.path().join("b.yaml").is_file());
    }

    #[test]
    fn a_truncated_tarball_is_an_error() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let bytes = tarball(&[("a.yaml", &[b'x'; 4096])]);
        assert!(unpack(&bytes[..bytes.len() / 2], dir.path()).is_err());
    }

    #[test]
    fn the_localhost_override_replaces_the_host() {
        let uri = effective_url(
            "http://source-controller.flux-system.svc.cluster.local./gitrepository/a/b/c.tar.gz",
        )
        .map(|u| u.to_string())
        .ok();
        // The variable is not set in tests: only the trailing dot of the FQDN is dropped.
        assert_eq!(
            uri.as_deref(),
            Some(
                "http://source-controller.flux-system.svc.cluster.local/gitrepository/a/b/c.tar.gz"
            )
        );
        assert!(effective_url("ftp://x/y").is_err());
    }
}
