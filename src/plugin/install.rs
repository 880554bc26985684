//! Installing a plugin version: download to a temporary file while hashing it, refuse it unless its sha256 is
//! the manifest's, unpack the binary (from a zip, tar.gz or tar archive, or the download itself), write it as
//! `<plugin dir>/<bin>` with mode 0755, then the receipt. Also uninstalling and reading receipts.

use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

use sha2::{Digest, Sha256};

use super::catalog::{FetchError, http_client, is_plain_file_name, send_with_retries};
use super::{Manifest, PLUGIN_PREFIX, Platform, Receipt, Version, quote};

/// Why an install or uninstall failed; the messages are Flux's.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("failed to create temp file: {0}")]
    TempFile(#[source] std::io::Error),
    #[error("failed to download plugin: {0}")]
    Download(#[source] FetchError),
    #[error("failed to download plugin: HTTP {0}")]
    DownloadStatus(u16),
    #[error("failed to download plugin: {0}")]
    DownloadBody(#[source] reqwest::Error),
    #[error("failed to download plugin: {0}")]
    WriteDownload(#[source] std::io::Error),
    #[error("checksum verification failed (expected: {expected}, got: {got})")]
    Checksum { expected: String, got: String },
    #[error("invalid plugin binary name {}: must be a plain filename", quote(.0))]
    InvalidBin(String),
    #[error("failed to detect plugin format: {0}")]
    DetectFormat(#[source] std::io::Error),
    #[error("failed to read gzip: {0}")]
    Gzip(#[source] std::io::Error),
    #[error("failed to read tar: {0}")]
    Tar(#[source] std::io::Error),
    #[error("failed to open zip: {0}")]
    OpenZip(#[source] zip::result::ZipError),
    #[error("failed to open {} in zip: {source}", quote(.name))]
    ZipEntry {
        name: String,
        #[source]
        source: zip::result::ZipError,
    },
    #[error("binary {} not found in archive", quote(.0))]
    NotInArchive(String),
    #[error("failed to open downloaded binary: {0}")]
    OpenDownload(#[source] std::io::Error),
    #[error("failed to create {}: {source}", .path.display())]
    CreateBinary {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("failed to write plugin binary: {0}")]
    WriteBinary(#[source] std::io::Error),
    #[error("failed to write receipt {}: {source}", .path.display())]
    WriteReceipt {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("plugin {} is not installed", quote(.0))]
    NotInstalled(String),
    #[error("failed to remove plugin binary: {0}")]
    RemoveBinary(#[source] std::io::Error),
    #[error("failed to remove plugin receipt: {0}")]
    RemoveReceipt(#[source] std::io::Error),
}

/// What the downloaded file is, from its URL's extension or else its first bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Binary,
    Zip,
    TarGz,
    Tar,
}

/// Downloads plugin binaries (five minutes per download, as Flux allows).
pub struct Installer {
    http: reqwest::Client,
}

impl Default for Installer {
    fn default() -> Self {
        Self {
            http: http_client(Duration::from_secs(5 * 60)),
        }
    }
}

impl Installer {
    /// Installs `version` of `manifest` for `platform` into `plugin_dir`, replacing the binary and receipt of
    /// any installed version.
    pub async fn install(
        &self,
        plugin_dir: &Path,
        manifest: &Manifest,
        version: &Version,
        platform: &Platform,
    ) -> Result<(), Error> {
        let mut tmp = tempfile::Builder::new()
            .prefix("flux-plugin-")
            .tempfile()
            .map_err(Error::TempFile)?;
        let got = self.download(&platform.url, tmp.as_file_mut()).await?;
        if got != platform.checksum {
            return Err(Error::Checksum {
                expected: platform.checksum.clone(),
                got,
            });
        }

        if !is_plain_file_name(&manifest.bin) {
            return Err(Error::InvalidBin(manifest.bin.clone()));
        }
        let bin_name = if cfg!(windows) {
            format!("{}.exe", manifest.bin)
        } else {
            manifest.bin.clone()
        };
        let dest = plugin_dir.join(&bin_name);
        let target = if platform.extract_path.is_empty() {
            bin_name
        } else {
            platform.extract_path.clone()
        };

        let file = tmp.as_file_mut();
        let format = detect_format(file, &platform.url).map_err(Error::DetectFormat)?;
        file.rewind().map_err(Error::OpenDownload)?;
        match format {
            Format::Zip => extract_from_zip(file, &target, &dest)?,
            Format::TarGz => {
                extract_from_tar(flate2::read::GzDecoder::new(file), &target, &dest, true)?
            }
            Format::Tar => extract_from_tar(file, &target, &dest, false)?,
            Format::Binary => write_binary(file, &dest)?,
        }

        let receipt = Receipt {
            name: manifest.name.clone(),
            version: version.version.clone(),
            installed_at: now_rfc3339(),
            platform: platform.clone(),
        };
        write_receipt(plugin_dir, &manifest.name, &receipt)
    }

    /// Streams `url` into `file` and returns `sha256:<hex>` of what was written.
    async fn download(&self, url: &str, file: &mut File) -> Result<String, Error> {
        let mut resp = send_with_retries(&self.http, url)
            .await
            .map_err(Error::Download)?;
        if resp.status() != reqwest::StatusCode::OK {
            return Err(Error::DownloadStatus(resp.status().as_u16()));
        }
        let mut hasher = Sha256::new();
        while let Some(chunk) = resp.chunk().await.map_err(Error::DownloadBody)? {
            hasher.update(&chunk);
            file.write_all(&chunk).map_err(Error::WriteDownload)?;
        }
        file.flush().map_err(Error::WriteDownload)?;
        Ok(format!("sha256:{}", hex::encode(hasher.finalize())))
    }
}

/// Removes `flux-<name>` and its receipt (a plugin copied by hand has none).
pub fn uninstall(plugin_dir: &Path, name: &str) -> Result<(), Error> {
    let bin_name = if cfg!(windows) {
        format!("{PLUGIN_PREFIX}{name}.exe")
    } else {
        format!("{PLUGIN_PREFIX}{name}")
    };
    let bin = plugin_dir.join(bin_name);
    if let Err(e) = std::fs::symlink_metadata(&bin)
        && e.kind() == std::io::ErrorKind::NotFound
    {
        return Err(Error::NotInstalled(name.to_string()));
    }
    std::fs::remove_file(&bin).map_err(Error::RemoveBinary)?;
    match std::fs::remove_file(receipt_path(plugin_dir, name)) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(Error::RemoveReceipt(e)),
        _ => Ok(()),
    }
}

/// The receipt of an installed plugin; none when it is missing or unreadable (a manual install, for Flux).
pub fn read_receipt(plugin_dir: &Path, name: &str) -> Option<Receipt> {
    let data = std::fs::read(receipt_path(plugin_dir, name)).ok()?;
    yaml_serde::from_slice(&data).ok()
}

/// `<plugin dir>/flux-<name>.yaml`.
pub fn receipt_path(plugin_dir: &Path, name: &str) -> PathBuf {
    plugin_dir.join(format!("{PLUGIN_PREFIX}{name}.yaml"))
}

/// Writes the receipt as Flux's YAML marshaller does: keys sorted, empty `extractPath` left out.
fn write_receipt(plugin_dir: &Path, name: &str, receipt: &Receipt) -> Result<(), Error> {
    let value = serde_json::to_value(receipt).unwrap_or_default();
    let yaml = kustomize::to_yaml(&crate::objects::sort_keys(value));
    let path = receipt_path(plugin_dir, name);
    std::fs::write(&path, yaml).map_err(|source| Error::WriteReceipt { path, source })
}

/// UTC now as RFC 3339 with seconds, as Go's `time.RFC3339` prints it.
fn now_rfc3339() -> String {
    // Go's RFC3339 layout drops the fraction: truncate, not round.
    k8s_openapi::jiff::Timestamp::now()
        .strftime("%Y-%m-%dT%H:%M:%SZ")
        .to_string()
}

fn detect_format(file: &mut File, url: &str) -> std::io::Result<Format> {
    let lower = url.to_lowercase();
    if lower.ends_with(".zip") {
        return Ok(Format::Zip);
    }
    if lower.ends_with(".tar.gz") || lower.ends_with(".tgz") {
        return Ok(Format::TarGz);
    }
    if lower.ends_with(".tar") {
        return Ok(Format::Tar);
    }
    file.rewind()?;
    let mut header = Vec::with_capacity(262);
    file.take(262).read_to_end(&mut header)?;
    Ok(match header.as_slice() {
        [b'P', b'K', 3 | 5 | 7, _, ..] => Format::Zip,
        [0x1f, 0x8b, ..] => Format::TarGz,
        h if h.len() >= 262 && &h[257..262] == b"ustar" => Format::Tar,
        _ => Format::Binary,
    })
}

/// Go's `filepath.IsLocal` on an archive entry name: relative, not escaping, not empty.
fn is_local(name: &str) -> bool {
    if name.is_empty() || name.starts_with('/') {
        return false;
    }
    let mut depth: i64 = 0;
    for part in name.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                depth -= 1;
                if depth < 0 {
                    return false;
                }
            }
            _ => depth += 1,
        }
    }
    true
}

/// An entry is the binary when its path is the target (a target with a `/`) or its base name is.
fn matches_entry(entry: &str, target: &str) -> bool {
    if target.contains('/') {
        entry == target
    } else {
        entry.rsplit('/').next() == Some(target)
    }
}

fn extract_from_tar(
    reader: impl Read,
    target: &str,
    dest: &Path,
    gzipped: bool,
) -> Result<(), Error> {
    // A gzip failure surfaces as the tar reader's I/O error; Flux names it separately.
    let wrap = |e: std::io::Error| {
        if gzipped && e.kind() == std::io::ErrorKind::InvalidInput {
            Error::Gzip(e)
        } else {
            Error::Tar(e)
        }
    };
    let mut archive = tar::Archive::new(reader);
    for entry in archive.entries().map_err(wrap)? {
        let mut entry = entry.map_err(wrap)?;
        let name = String::from_utf8_lossy(&entry.path_bytes()).into_owned();
        if !is_local(&name) || !entry.header().entry_type().is_file() {
            continue;
        }
        if matches_entry(&name, target) {
            return write_binary(&mut entry, dest);
        }
    }
    Err(Error::NotInArchive(target.to_string()))
}

fn extract_from_zip(file: &mut File, target: &str, dest: &Path) -> Result<(), Error> {
    let mut archive = zip::ZipArchive::new(file).map_err(Error::OpenZip)?;
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).map_err(|source| Error::ZipEntry {
            name: target.to_string(),
            source,
        })?;
        let name = entry.name().to_string();
        if !is_local(&name) || !entry.is_file() || entry.is_symlink() {
            continue;
        }
        if matches_entry(&name, target) {
            return write_binary(&mut entry, dest);
        }
    }
    Err(Error::NotInArchive(target.to_string()))
}

/// Writes the binary in place (truncating an older one), executable for everyone on creation.
fn write_binary(reader: &mut impl Read, dest: &Path) -> Result<(), Error> {
    let mut options = OpenOptions::new();
    options.create(true).write(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o755);
    }
    let mut out = options.open(dest).map_err(|source| Error::CreateBinary {
        path: dest.to_path_buf(),
        source,
    })?;
    std::io::copy(reader, &mut out).map_err(Error::WriteBinary)?;
    out.flush().map_err(Error::WriteBinary)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn archive_entries_outside_the_archive_are_not_local() {
        assert!(is_local("flux-operator"));
        assert!(is_local("./bin/flux-operator"));
        assert!(!is_local("../flux-operator"));
        assert!(!is_local("/usr/bin/flux-operator"));
        assert!(!is_local("a/../../b"));
    }

    #[test]
    fn a_target_with_a_slash_matches_the_exact_path_only() {
        assert!(matches_entry("dist/flux-operator", "flux-operator"));
        assert!(matches_entry("bin/flux-operator", "bin/flux-operator"));
        assert!(!matches_entry(
            "dist/bin/flux-operator",
            "bin/flux-operator"
        ));
    }

    #[test]
    fn receipts_are_written_with_sorted_keys_and_read_back() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let receipt = Receipt {
            name: "operator".into(),
            version: "0.45.0".into(),
            installed_at: "2026-01-02T03:04:05Z".into(),
            platform: Platform {
                os: "linux".into(),
                arch: "amd64".into(),
                url: "https://example.com/a.tar.gz".into(),
                checksum: "sha256:ab".into(),
                extract_path: String::new(),
            },
        };
        write_receipt(dir.path(), "operator", &receipt).unwrap_or_else(|e| panic!("{e}"));
        let text = std::fs::read_to_string(receipt_path(dir.path(), "operator"))
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            text,
            "installedAt: \"2026-01-02T03:04:05Z\"\nname: operator\nplatform:\n  arch: amd64\n  checksum: sha256:ab\n  os: linux\n  url: https://example.com/a.tar.gz\nversion: 0.45.0\n"
        );
        assert_eq!(read_receipt(dir.path(), "operator"), Some(receipt));
    }
}
