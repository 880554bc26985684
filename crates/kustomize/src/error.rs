//! The crate's one error type: what failed, in which file, and where in it.

use std::fmt;
use std::path::PathBuf;

/// A failed build, located in the file that caused it where that is known.
///
/// The message reads `path:line:col: problem`, e.g.
/// `kustomization.yaml:12:5: unknown field "patchs"`; parts that are not known are left out.
#[derive(Debug, thiserror::Error)]
pub struct Error {
    /// The file the problem is in (relative to the build root where possible).
    pub path: Option<PathBuf>,
    /// 1-based line and column inside `path`, when the parser could tell.
    pub location: Option<(usize, usize)>,
    /// What went wrong.
    pub kind: ErrorKind,
}

/// The kinds of failure a build can have.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ErrorKind {
    /// A file or directory could not be read.
    Read(String),
    /// A file is not valid YAML (or JSON).
    Yaml(String),
    /// A kustomization file has a field kustomize does not know.
    UnknownField(String),
    /// A kustomization file or resource is well-formed YAML but not a valid one.
    Invalid(String),
    /// A directory has no kustomization file (and the build needs one).
    MissingKustomization,
    /// More than one kustomization file in one directory.
    MultipleKustomizations,
    /// A path leaves the build root, or names a remote location.
    Restricted(String),
    /// Bases that include each other.
    Cycle(String),
    /// Two resources with the same id, or a merge with nothing to merge into.
    Conflict(String),
    /// A patch whose target does not exist or that cannot be applied.
    Patch(String),
    /// A variable, replacement or name reference that cannot be resolved.
    Reference(String),
    /// A feature this engine leaves out (helm charts, plugins, remote resources).
    Unsupported(String),
    /// Post-build substitution failed (strict mode, bad syntax).
    Substitute(String),
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ErrorKind::Read(m)
            | ErrorKind::Yaml(m)
            | ErrorKind::Invalid(m)
            | ErrorKind::Restricted(m)
            | ErrorKind::Cycle(m)
            | ErrorKind::Conflict(m)
            | ErrorKind::Patch(m)
            | ErrorKind::Reference(m)
            | ErrorKind::Unsupported(m)
            | ErrorKind::Substitute(m) => f.write_str(m),
            ErrorKind::UnknownField(name) => write!(f, "unknown field \"{name}\""),
            ErrorKind::MissingKustomization => f.write_str(
                "unable to find one of 'kustomization.yaml', 'kustomization.yml' or 'Kustomization' in directory",
            ),
            ErrorKind::MultipleKustomizations => f.write_str("found multiple kustomization files"),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(p) = &self.path {
            write!(f, "{}:", p.display())?;
        }
        if let Some((l, c)) = self.location {
            write!(f, "{l}:{c}:")?;
        }
        if self.path.is_some() || self.location.is_some() {
            f.write_str(" ")?;
        }
        write!(f, "{}", self.kind)
    }
}

impl Error {
    /// An error with no file attached yet.
    pub fn new(kind: ErrorKind) -> Self {
        Error {
            path: None,
            location: None,
            kind,
        }
    }

    /// Attaches a file to an error that has none yet.
    pub fn in_file(mut self, path: impl Into<PathBuf>) -> Self {
        if self.path.is_none() {
            self.path = Some(path.into());
        }
        self
    }

    /// Attaches a line and column.
    pub fn at(mut self, line: usize, col: usize) -> Self {
        self.location = Some((line, col));
        self
    }
}

/// A failed read of `path`, described without the OS error number.
pub(crate) fn read_err(path: &std::path::Path, e: &std::io::Error) -> Error {
    let why = match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => e.to_string(),
    };
    Error::new(ErrorKind::Read(format!(
        "cannot read '{}': {why}",
        path.display()
    )))
}

/// Shorthands for building errors inside the crate.
pub(crate) fn invalid(msg: impl Into<String>) -> Error {
    Error::new(ErrorKind::Invalid(msg.into()))
}

pub(crate) fn patch_err(msg: impl Into<String>) -> Error {
    Error::new(ErrorKind::Patch(msg.into()))
}

pub(crate) fn reference(msg: impl Into<String>) -> Error {
    Error::new(ErrorKind::Reference(msg.into()))
}

pub(crate) fn conflict(msg: impl Into<String>) -> Error {
    Error::new(ErrorKind::Conflict(msg.into()))
}

/// The crate's result type.
pub type Result<T> = std::result::Result<T, Error>;
