//! A native kustomize v5 `build` engine, with Flux's kustomize-controller additions.
//!
//! # Start here
//!
//! [`build`] takes a file system ([`DiskFs`] or [`MemFs`]), the directory holding a
//! `kustomization.yaml`, and [`BuildOptions`]; it returns a [`ResourceList`] whose
//! [`ResourceList::to_yaml`] is byte-for-byte what `kustomize build` prints. The engine is pure:
//! no network, no environment variables, no output; errors are [`Error`]s naming the file (and
//! line and column where known).
//!
//! ```
//! use kustomize::{BuildOptions, MemFs, build};
//! use std::path::Path;
//!
//! let mut fs = MemFs::new();
//! fs.insert("app/kustomization.yaml", "namePrefix: dev-\nresources:\n- cm.yaml\n");
//! fs.insert("app/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\n");
//! let out = build(&fs, Path::new("app"), &BuildOptions::default()).unwrap();
//! assert_eq!(out.to_yaml(), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: dev-cfg\n");
//! ```
//!
//! # What it covers
//!
//! resources (files, directories, nested kustomizations), components, namespace,
//! namePrefix/nameSuffix with name references rewritten across kinds, labels and commonLabels,
//! commonAnnotations, images, replicas, configMapGenerator and secretGenerator (with kustomize's
//! hash suffix), patches (strategic merge with the Kubernetes merge keys, JSON 6902, target
//! selectors), patchesStrategicMerge, patchesJson6902, vars, replacements, crds, configurations,
//! built-in plugin configurations in `generators`/`transformers`, `openapi` schemas, sortOptions
//! and buildMetadata.
//! Helm charts, external plugins, validators and remote bases are refused with an error.
//!
//! # Output
//!
//! [`ResourceList::to_yaml`] prints what `kustomize build` prints (`ResMap.AsYaml()`): each
//! object through JSON and go-yaml v2, so keys are sorted, sequences inside maps are not
//! indented and strings that would read as another type are quoted. [`SortOrder::Legacy`] (the
//! default) is `kustomize build`'s order; kustomize-controller and `flux build` keep declaration
//! order ([`SortOrder::Fifo`]), which [`flux::build_kustomization`] uses.
//!
//! # Flux
//!
//! [`flux`] has what kustomize-controller adds: generating a kustomization for a plain
//! directory (honouring `.sourceignore`), applying a Flux `Kustomization`'s overrides, post-build
//! variable substitution (also usable on its own as `envsubst`), owner labels and SOPS masking.
//!
//! # Errors
//!
//! One [`Error`] type: the file (relative to [`BuildOptions::boundary`] when set), the line and
//! column when the parser knows them, and an [`ErrorKind`] saying what failed. Malformed input
//! never panics.

mod build;
mod error;
mod fieldspec;
pub mod flux;
mod fs;
mod generate;
mod kustfile;
mod patch;
mod resource;
mod transform;
mod yaml;

use std::path::{Path, PathBuf};

pub use error::{Error, ErrorKind, Result};
pub use fs::{DiskFs, Fs, MemFs};

/// How the output is ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortOrder {
    /// kustomize's legacy order (Namespaces, CRDs, RBAC, ConfigMaps … first, webhooks last);
    /// what `kustomize build` and Flux use when the kustomization has no `sortOptions`.
    #[default]
    Legacy,
    /// The order resources were declared in.
    Fifo,
}

/// Which files a kustomization may read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LoadRestrictor {
    /// Files only from the kustomization's own directory and below (kustomize's default).
    #[default]
    RootOnly,
    /// Files from anywhere inside [`BuildOptions::boundary`] (what Flux uses).
    None,
}

/// Options for [`build`].
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    /// Output order when the kustomization has no `sortOptions`.
    pub sort: SortOrder,
    /// Where files may be read from.
    pub load_restrictor: LoadRestrictor,
    /// Nothing outside this directory is ever read (Flux: the unpacked artifact's root); a `..`
    /// that would climb above it stays at it, like Flux's secure file system.
    pub boundary: Option<PathBuf>,
}

impl BuildOptions {
    /// The options kustomize-controller builds with: declaration order, files from anywhere
    /// under `root` (the unpacked artifact), `..` never climbing above it.
    pub fn flux(root: impl Into<PathBuf>) -> BuildOptions {
        BuildOptions {
            sort: SortOrder::Fifo,
            load_restrictor: LoadRestrictor::None,
            boundary: Some(root.into()),
        }
    }
}

/// The built objects, in output order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ResourceList {
    /// The objects as JSON maps.
    pub objects: Vec<serde_json::Value>,
}

impl ResourceList {
    /// The YAML stream kustomize prints: documents joined by `---\n`, keys sorted.
    pub fn to_yaml(&self) -> String {
        let mut out = String::new();
        for (i, o) in self.objects.iter().enumerate() {
            if i > 0 {
                out.push_str("---\n");
            }
            out.push_str(&yaml::emit::to_yaml(o));
        }
        out
    }

    /// The stream `flux build kustomization` prints: every document followed by `---\n`.
    pub fn to_yaml_terminated(&self) -> String {
        let mut out = String::new();
        for o in &self.objects {
            out.push_str(&yaml::emit::to_yaml(o));
            out.push_str("---\n");
        }
        out
    }

    /// Parses a YAML stream into objects (e.g. the output of another build).
    pub fn from_yaml(text: &str) -> Result<ResourceList> {
        Ok(ResourceList {
            objects: yaml::parse::parse_documents(text)?,
        })
    }
}

/// Renders one object as kustomize would print it.
pub fn to_yaml(object: &serde_json::Value) -> String {
    yaml::emit::to_yaml(object)
}

/// Builds the kustomization in `dir`, like `kustomize build dir`.
pub fn build(fs: &dyn Fs, dir: &Path, opts: &BuildOptions) -> Result<ResourceList> {
    build_as(fs, dir, opts, build::MANAGED_BY_KUSTOMIZE)
}

/// [`build`], naming `managed_by` in `buildMetadata: [managedByLabel]`'s label.
pub(crate) fn build_as(
    fs: &dyn Fs,
    dir: &Path,
    opts: &BuildOptions,
    managed_by: &'static str,
) -> Result<ResourceList> {
    let dir = fs::normalize(dir);
    let boundary = opts.boundary.as_deref().map(fs::normalize);
    if let Some(b) = &boundary
        && !dir.starts_with(b)
    {
        return Err(Error::new(ErrorKind::Restricted(format!(
            "'{}' is not inside '{}'",
            dir.display(),
            b.display()
        ))));
    }
    let ld = build::Loader {
        fs,
        opts,
        boundary,
        schema: Default::default(),
        managed_by,
    };
    build::run(&ld, &dir)
}
