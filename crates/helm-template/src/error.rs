//! Errors of chart loading and rendering, with Helm's messages.

/// What went wrong while loading or rendering a chart.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file could not be read.
    #[error("{path}: {source}")]
    Io {
        /// The path.
        path: String,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// A chart archive could not be unpacked.
    #[error("{0}")]
    Archive(String),
    /// Chart.yaml, values.yaml or another chart file could not be parsed.
    #[error("{message}")]
    Load {
        /// The file.
        file: String,
        /// Helm's message.
        message: String,
    },
    /// The chart is malformed (missing or invalid Chart.yaml fields, bad subchart).
    #[error("{0}")]
    InvalidChart(String),
    /// The chart's `kubeVersion` excludes the target Kubernetes version.
    #[error(
        "chart requires kubeVersion: {constraint} which is incompatible with Kubernetes {kube_version}"
    )]
    KubeVersion {
        /// The chart's constraint.
        constraint: String,
        /// The version rendered for.
        kube_version: String,
    },
    /// User values do not fit the chart (a table replaced by a scalar, …).
    #[error("{0}")]
    Values(String),
    /// values.schema.json rejected the values.
    #[error(
        "values don't meet the specifications of the schema(s) in the following chart(s):\n{0}"
    )]
    Schema(String),
    /// A template does not parse: `parse error at (chart/templates/x.yaml:3): …`.
    #[error("parse error at ({location}): {message}")]
    Parse {
        /// `file:line`.
        location: String,
        /// Go's message.
        message: String,
    },
    /// A template failed while executing (Go's `template: file:line:col: executing …` text,
    /// or Helm's `execution error at (file:line:col): message` for `required` and `fail`).
    #[error("{message}")]
    Execute {
        /// The template file that was being rendered.
        file: String,
        /// The full message.
        message: String,
    },
    /// A rendered manifest is not valid YAML.
    #[error("YAML parse error on {file}: {message}")]
    ManifestYaml {
        /// The template file.
        file: String,
        /// The parser's message.
        message: String,
    },
}

/// Result alias of this crate.
pub type Result<T> = std::result::Result<T, Error>;
