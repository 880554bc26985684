//! Loads a chart from a directory, a `.tgz` archive or in-memory files, as Helm's loader does.

use std::collections::BTreeMap;
use std::io::Read as _;
use std::path::Path;

use serde_json::Value as J;

use super::ignore::Rules;
use crate::error::{Error, Result};

/// A listing of files: (path relative to the root with `/` separators, content).
pub type FileList = Vec<(String, Vec<u8>)>;

/// Files come through this trait, so rendering never touches the disk by itself.
pub trait Fs {
    /// Every regular file under `root`, as (path relative to `root` with `/` separators, content).
    fn read_tree(&self, root: &Path) -> std::io::Result<Vec<(String, Vec<u8>)>>;
    /// One file's content.
    fn read(&self, path: &Path) -> std::io::Result<Vec<u8>>;
    /// Like [`Fs::read_tree`], but what `skip(path, is_dir)` rejects is neither listed nor read
    /// (a rejected folder with all it holds). `None`: this file system lists everything, and
    /// the caller filters.
    fn read_tree_skipping(
        &self,
        _root: &Path,
        _skip: &dyn Fn(&str, bool) -> bool,
    ) -> Option<std::io::Result<FileList>> {
        None
    }
}

/// The real file system.
#[derive(Debug, Default, Clone, Copy)]
pub struct DiskFs;

impl Fs for DiskFs {
    fn read_tree(&self, root: &Path) -> std::io::Result<Vec<(String, Vec<u8>)>> {
        let mut out = Vec::new();
        walk(root, "", &mut out, 0, &|_, _| false)?;
        out.sort_by(|a, b| a.0.cmp(&b.0));
        Ok(out)
    }

    fn read(&self, path: &Path) -> std::io::Result<Vec<u8>> {
        std::fs::read(path)
    }

    fn read_tree_skipping(
        &self,
        root: &Path,
        skip: &dyn Fn(&str, bool) -> bool,
    ) -> Option<std::io::Result<FileList>> {
        let mut out = Vec::new();
        Some(walk(root, "", &mut out, 0, &|p, d| skip(p, d)).map(|()| {
            out.sort_by(|a, b| a.0.cmp(&b.0));
            out
        }))
    }
}

/// Collects the files under `dir` (named `rel/...`), leaving out and unread what `skip` rejects:
/// charts carry tests, CI values and READMEs that `.helmignore` drops anyway.
fn walk(
    dir: &Path,
    rel: &str,
    out: &mut Vec<(String, Vec<u8>)>,
    depth: usize,
    skip: &dyn Fn(&str, bool) -> bool,
) -> std::io::Result<()> {
    if depth > 64 {
        return Ok(());
    }
    let mut entries: Vec<std::fs::DirEntry> =
        std::fs::read_dir(dir)?.filter_map(|e| e.ok()).collect();
    entries.sort_by_key(std::fs::DirEntry::file_name);
    for e in entries {
        let p = e.path();
        // the entry's type needs no extra stat, except to follow a symlink
        let (is_dir, is_file) = match e.file_type()? {
            t if t.is_symlink() => {
                let meta = std::fs::metadata(&p)?;
                (meta.is_dir(), meta.is_file())
            }
            t => (t.is_dir(), t.is_file()),
        };
        if !is_dir && !is_file {
            continue;
        }
        let file_name = e.file_name();
        let file_name = file_name.to_string_lossy();
        let name = if rel.is_empty() {
            file_name.into_owned()
        } else {
            format!("{rel}/{file_name}")
        };
        if skip(&name, is_dir) {
            continue;
        }
        if is_dir {
            walk(&p, &name, out, depth + 1, skip)?;
        } else {
            out.push((name, std::fs::read(&p)?));
        }
    }
    Ok(())
}

/// An in-memory file system: paths (with `/`) to contents.
#[derive(Debug, Default, Clone)]
pub struct MemFs(pub BTreeMap<String, Vec<u8>>);

impl Fs for MemFs {
    fn read_tree(&self, root: &Path) -> std::io::Result<Vec<(String, Vec<u8>)>> {
        let prefix = root.to_string_lossy().trim_end_matches('/').to_string();
        let prefix = if prefix.is_empty() || prefix == "." {
            String::new()
        } else {
            format!("{prefix}/")
        };
        Ok(self
            .0
            .iter()
            .filter_map(|(k, v)| k.strip_prefix(&prefix).map(|r| (r.to_string(), v.clone())))
            .collect())
    }

    fn read(&self, path: &Path) -> std::io::Result<Vec<u8>> {
        self.0
            .get(path.to_string_lossy().as_ref())
            .cloned()
            .ok_or_else(|| std::io::Error::new(std::io::ErrorKind::NotFound, "file not found"))
    }
}

/// A file of a chart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct File {
    /// Path inside the chart, with `/` separators (`templates/deployment.yaml`).
    pub name: String,
    /// Content.
    pub data: Vec<u8>,
}

/// One entry of `dependencies:` in Chart.yaml.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Dependency {
    /// Chart name.
    pub name: String,
    /// Version constraint.
    pub version: String,
    /// Repository URL.
    pub repository: String,
    /// Comma-separated value paths that enable it.
    pub condition: String,
    /// Tags that enable it.
    pub tags: Vec<String>,
    /// Name to use instead of the chart's.
    pub alias: String,
    /// `import-values` entries (strings or `{child, parent}` maps).
    pub import_values: Vec<J>,
}

/// Chart.yaml.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Metadata {
    /// The whole file as parsed (for `.Chart` fields not modelled here).
    pub raw: serde_json::Map<String, J>,
    /// `apiVersion` (`v1` when absent).
    pub api_version: String,
    /// `name` (the alias once aliased).
    pub name: String,
    /// `version`.
    pub version: String,
    /// `appVersion`.
    pub app_version: String,
    /// `type` (`application` or `library`).
    pub chart_type: String,
    /// `kubeVersion` constraint.
    pub kube_version: String,
    /// `dependencies`.
    pub dependencies: Vec<Dependency>,
}

/// A loaded chart with its subcharts.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Chart {
    /// Chart.yaml.
    pub metadata: Metadata,
    /// Files under `templates/`.
    pub templates: Vec<File>,
    /// Every other file (what `.Files` sees), `crds/` included.
    pub files: Vec<File>,
    /// values.yaml.
    pub values: serde_json::Map<String, J>,
    /// values.schema.json.
    pub schema: Option<Vec<u8>>,
    /// Subcharts found under `charts/`.
    pub dependencies: Vec<Chart>,
}

impl Chart {
    /// The chart's name.
    pub fn name(&self) -> &str {
        &self.metadata.name
    }

    /// Whether this is a library chart.
    pub fn is_library(&self) -> bool {
        self.metadata.chart_type.eq_ignore_ascii_case("library")
    }

    /// The files under `crds/` (what `--include-crds` prints).
    pub fn crd_files(&self) -> Vec<&File> {
        self.files
            .iter()
            .filter(|f| f.name.starts_with("crds/"))
            .collect()
    }
}

/// Loads a chart directory (honouring `.helmignore`), or a `.tgz` archive file.
pub fn load_path(fs: &dyn Fs, path: &Path) -> Result<Chart> {
    if path.extension().is_some_and(|e| e == "tgz" || e == "gz") {
        let data = fs.read(path).map_err(|e| Error::Io {
            path: path.display().to_string(),
            source: e,
        })?;
        return load_archive(&data);
    }
    let io_err = |e| Error::Io {
        path: path.display().to_string(),
        source: e,
    };
    // a file system that can skip while walking reads `.helmignore` first
    let rules_from = |d: &[u8]| Rules::parse(&String::from_utf8_lossy(d));
    let early_rules = match fs.read(&path.join(".helmignore")) {
        Ok(d) => rules_from(&d),
        Err(_) => Rules::default(),
    };
    let skip = |p: &str, is_dir: bool| early_rules.matches(p, is_dir);
    let (files, rules) = match fs.read_tree_skipping(path, &skip) {
        Some(files) => (files.map_err(io_err)?, None),
        None => {
            let files = fs.read_tree(path).map_err(io_err)?;
            let rules = match files.iter().find(|(n, _)| n == ".helmignore") {
                Some((_, d)) => rules_from(d),
                None => Rules::default(),
            };
            (files, Some(rules))
        }
    };
    let files: Vec<File> = files
        .into_iter()
        .filter(|(n, _)| rules.as_ref().is_none_or(|r| !r.ignored(n)))
        .map(|(name, data)| File {
            name,
            data: strip_bom(data),
        })
        .collect();
    load_files(files)
}

fn strip_bom(mut d: Vec<u8>) -> Vec<u8> {
    if d.starts_with(&[0xEF, 0xBB, 0xBF]) {
        d.drain(..3);
    }
    d
}

/// Loads a gzipped chart archive (`name/Chart.yaml`, … under one top folder).
pub fn load_archive(data: &[u8]) -> Result<Chart> {
    let gz = flate2::read::GzDecoder::new(data);
    let mut ar = tar::Archive::new(gz);
    let mut files = Vec::new();
    let entries = ar.entries().map_err(|e| Error::Archive(e.to_string()))?;
    for entry in entries {
        let mut entry = entry.map_err(|e| Error::Archive(e.to_string()))?;
        if !entry.header().entry_type().is_file() {
            continue;
        }
        let path = entry
            .path()
            .map_err(|e| Error::Archive(e.to_string()))?
            .to_string_lossy()
            .replace('\\', "/");
        let Some((_, rest)) = path.split_once('/') else {
            continue;
        };
        if rest.split('/').any(|p| p == "..") {
            return Err(Error::Archive(format!(
                "chart illegally references parent directory: {path}"
            )));
        }
        let mut data = Vec::new();
        entry
            .read_to_end(&mut data)
            .map_err(|e| Error::Archive(e.to_string()))?;
        files.push(File {
            name: rest.to_string(),
            data: strip_bom(data),
        });
    }
    if files.is_empty() {
        return Err(Error::Archive("no files in chart archive".into()));
    }
    let rules = match files.iter().find(|f| f.name == ".helmignore") {
        Some(f) => Rules::parse(&String::from_utf8_lossy(&f.data)),
        None => Rules::default(),
    };
    files.retain(|f| !rules.ignored(&f.name));
    load_files(files)
}

fn parse_yaml_map(name: &str, data: &[u8]) -> Result<serde_json::Map<String, J>> {
    let text = super::lossy_utf8(data);
    let v = crate::funcs::yaml::parse_json(&text).map_err(|e| Error::Load {
        file: name.to_string(),
        message: e,
    })?;
    match v {
        J::Object(m) => Ok(m),
        J::Null => Ok(serde_json::Map::new()),
        _ => Err(Error::Load {
            file: name.to_string(),
            message: "error unmarshaling JSON: json: cannot unmarshal array into Go value of type map[string]interface {}".into(),
        }),
    }
}

fn str_field(m: &serde_json::Map<String, J>, k: &str) -> String {
    match m.get(k) {
        Some(J::String(s)) => s.clone(),
        Some(J::Number(n)) => n.to_string(),
        Some(J::Bool(b)) => b.to_string(),
        _ => String::new(),
    }
}

fn parse_dependencies(m: &serde_json::Map<String, J>) -> Vec<Dependency> {
    let Some(J::Array(deps)) = m.get("dependencies") else {
        return Vec::new();
    };
    deps.iter()
        .filter_map(|d| d.as_object())
        .map(|d| Dependency {
            name: str_field(d, "name"),
            version: str_field(d, "version"),
            repository: str_field(d, "repository"),
            condition: str_field(d, "condition"),
            tags: d
                .get("tags")
                .and_then(J::as_array)
                .map(|t| {
                    t.iter()
                        .filter_map(|x| x.as_str().map(str::to_string))
                        .collect()
                })
                .unwrap_or_default(),
            alias: str_field(d, "alias"),
            import_values: d
                .get("import-values")
                .and_then(J::as_array)
                .cloned()
                .unwrap_or_default(),
        })
        .collect()
}

/// Builds a chart from its files (paths relative to the chart root).
pub fn load_files(files: Vec<File>) -> Result<Chart> {
    let mut c = Chart::default();
    let mut have_meta = false;
    if let Some(f) = files.iter().find(|f| f.name == "Chart.yaml") {
        let raw = parse_yaml_map("Chart.yaml", &f.data).map_err(|e| match e {
            Error::Load { message, .. } => Error::Load {
                file: "Chart.yaml".into(),
                message: format!("cannot load Chart.yaml: {message}"),
            },
            other => other,
        })?;
        c.metadata = metadata_from(raw);
        have_meta = true;
    }
    let mut subcharts: BTreeMap<String, Vec<File>> = BTreeMap::new();
    for f in files {
        match f.name.as_str() {
            "Chart.yaml" | "Chart.lock" => {}
            "values.yaml" => c.values = parse_yaml_map("values.yaml", &f.data)?,
            "values.schema.json" => c.schema = Some(f.data),
            "requirements.yaml" => {
                let raw = parse_yaml_map("requirements.yaml", &f.data)?;
                c.metadata.dependencies = parse_dependencies(&raw);
                if c.metadata.api_version == "v1" {
                    c.files.push(f);
                }
            }
            "requirements.lock" => {
                if c.metadata.api_version == "v1" {
                    c.files.push(f);
                }
            }
            n if n.starts_with("templates/") => c.templates.push(f),
            n if n.starts_with("charts/") => {
                if n.ends_with(".prov") {
                    c.files.push(f);
                    continue;
                }
                let rest = &n["charts/".len()..];
                let cname = rest.split('/').next().unwrap_or(rest).to_string();
                subcharts.entry(cname).or_default().push(File {
                    name: rest.to_string(),
                    data: f.data,
                });
            }
            _ => c.files.push(f),
        }
    }
    if !have_meta {
        return Err(Error::InvalidChart("Chart.yaml file is missing".into()));
    }
    validate(&c.metadata)?;
    for (n, files) in subcharts {
        if n.starts_with('_') || n.starts_with('.') {
            continue;
        }
        let sc = if n.ends_with(".tgz") {
            let Some(f) = files.iter().find(|f| f.name == n) else {
                continue;
            };
            load_archive(&f.data)
        } else {
            let inner: Vec<File> = files
                .into_iter()
                .filter_map(|f| {
                    f.name.split_once('/').map(|(_, r)| File {
                        name: r.to_string(),
                        data: f.data,
                    })
                })
                .collect();
            load_files(inner)
        };
        let sc = sc.map_err(|e| {
            Error::InvalidChart(format!(
                "error unpacking subchart {n} in {}: {e}",
                c.metadata.name
            ))
        })?;
        c.dependencies.push(sc);
    }
    Ok(c)
}

fn metadata_from(raw: serde_json::Map<String, J>) -> Metadata {
    let mut api = str_field(&raw, "apiVersion");
    if api.is_empty() {
        api = "v1".into();
    }
    Metadata {
        api_version: api,
        name: str_field(&raw, "name"),
        version: str_field(&raw, "version"),
        app_version: str_field(&raw, "appVersion"),
        chart_type: str_field(&raw, "type"),
        kube_version: str_field(&raw, "kubeVersion"),
        dependencies: parse_dependencies(&raw),
        raw,
    }
}

fn validate(m: &Metadata) -> Result<()> {
    if m.api_version != "v1" && m.api_version != "v2" {
        return Err(Error::InvalidChart(format!(
            "validation: chart.metadata.apiVersion {:?} is invalid",
            m.api_version
        )));
    }
    if m.name.is_empty() {
        return Err(Error::InvalidChart(
            "validation: chart.metadata.name is required".into(),
        ));
    }
    if m.name.contains('/') || m.name.contains('\\') || m.name == "." || m.name == ".." {
        return Err(Error::InvalidChart(format!(
            "chart.metadata.name {:?} is invalid",
            m.name
        )));
    }
    if m.version.is_empty() {
        return Err(Error::InvalidChart(
            "validation: chart.metadata.version is required".into(),
        ));
    }
    if crate::funcs::semver::parse_version(&m.version).is_err() {
        return Err(Error::InvalidChart(format!(
            "validation: chart.metadata.version {:?} is invalid",
            m.version
        )));
    }
    if !m.chart_type.is_empty()
        && !m.chart_type.eq_ignore_ascii_case("application")
        && !m.chart_type.eq_ignore_ascii_case("library")
    {
        return Err(Error::InvalidChart(
            "validation: chart.metadata.type must be application or library".into(),
        ));
    }
    Ok(())
}
