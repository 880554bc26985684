//! Flux CLI plugins, as Flux v2.9.5 manages them: executables named `flux-<name>` in one directory
//! (`FLUXCD_PLUGINS`, else `~/.fluxcd/plugins`), installed from a catalog of YAML manifests
//! (`FLUXCD_PLUGIN_CATALOG`, else Flux's GitHub release), each with a receipt `flux-<name>.yaml` beside it.
//!
//! The files on disk are Flux's, field for field, so a plugin installed by Flux's CLI is listed and updated by
//! ours and the other way round.
//!
//! # Capabilities
//! - [`catalog`]: fetch the catalog and a plugin's manifest, pick a version and the platform's binary.
//! - [`install`]: download, verify the sha256 checksum, unpack (tar, tar.gz, zip or a bare binary), write the
//!   receipt; uninstall.
//! - [`discovery`]: the plugin directory, the installed plugins, and running one as `flux <name> …`.

pub mod catalog;
pub mod discovery;
pub mod install;

use serde::{Deserialize, Serialize};

/// The schema version of manifests, catalogs and receipts.
pub const API_VERSION: &str = "cli.fluxcd.io/v1beta1";
/// The kind of a plugin manifest.
pub const PLUGIN_KIND: &str = "Plugin";
/// The kind of the catalog.
pub const CATALOG_KIND: &str = "PluginCatalog";
/// Every plugin binary's name starts with this.
pub const PLUGIN_PREFIX: &str = "flux-";

/// A plugin's manifest in the catalog (`<name>.yaml`): its versions, newest first.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct Manifest {
    pub api_version: String,
    pub kind: String,
    /// The name used as `flux <name>`.
    pub name: String,
    pub description: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub homepage: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub source: String,
    /// The binary's name inside archives and once installed (`flux-operator`).
    pub bin: String,
    pub versions: Vec<Version>,
}

/// One released version of a plugin.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(default)]
pub struct Version {
    pub version: String,
    pub platforms: Vec<Platform>,
}

/// The download of one version for one OS and architecture.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct Platform {
    pub os: String,
    pub arch: String,
    pub url: String,
    /// `sha256:<hex>` of the downloaded file.
    pub checksum: String,
    /// The binary's exact path inside the archive, when not found by its name.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub extract_path: String,
}

/// The catalog (`catalog.yaml`): what `flux plugin search` lists.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct Catalog {
    pub api_version: String,
    pub kind: String,
    pub plugins: Vec<CatalogEntry>,
}

/// One plugin of the catalog.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(default)]
pub struct CatalogEntry {
    pub name: String,
    pub description: String,
    pub homepage: String,
    pub source: String,
    pub license: String,
}

/// What was installed, written beside the binary as `flux-<name>.yaml`; a plugin without one was copied there
/// by hand and `flux plugin update` leaves it alone.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct Receipt {
    pub name: String,
    pub version: String,
    /// RFC 3339, UTC, seconds.
    pub installed_at: String,
    pub platform: Platform,
}

/// The OS and architecture names Go uses (`linux`/`amd64`), which the catalog's platforms are keyed by.
pub fn host_platform() -> (&'static str, &'static str) {
    let os = match std::env::consts::OS {
        "macos" => "darwin",
        other => other,
    };
    let arch = match std::env::consts::ARCH {
        "x86_64" => "amd64",
        "aarch64" => "arm64",
        "x86" => "386",
        "powerpc64" => "ppc64le",
        "loongarch64" => "loong64",
        other => other,
    };
    (os, arch)
}

/// Go's `%q` for the plain strings these messages quote: double quotes with `"` and `\` escaped.
pub(crate) fn quote(s: &str) -> String {
    format!("{s:?}")
}
