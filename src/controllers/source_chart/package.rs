//! Chart archives: reading a packaged chart, reading a chart directory (with `.helmignore`), merging values
//! files into `values.yaml`, setting the version, resolving `file://` dependencies, and writing the `.tgz` as
//! `helm package` lays it out (`<chart>/Chart.yaml`, …).
//!
//! Pure functions over files in memory or on disk; no network.

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::path::Path;

use serde_json::{Map, Value};

/// Largest file of a chart accepted (source-controller's `helm.MaxChartFileSize`, 5 MiB).
const MAX_FILE_SIZE: u64 = 5 << 20;

/// A chart's files by path inside the chart (`templates/x.yaml`), as `/`-separated strings.
pub type Files = BTreeMap<String, Vec<u8>>;

/// Why a chart could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum PackageError {
    /// The archive is corrupt or holds a path that leaves the chart.
    #[error("{0}")]
    Archive(String),
    /// Reading a file of the chart failed.
    #[error("{path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    /// `Chart.yaml` is missing or invalid.
    #[error("{0}")]
    Metadata(String),
    /// A values file is missing or not YAML.
    #[error("{0}")]
    Values(String),
    /// A dependency cannot be resolved.
    #[error("{0}")]
    Dependency(String),
    /// A dependency's version constraint does not parse.
    #[error("{0}")]
    Constraint(crate::controllers::source_helm::index::IndexError),
}

/// `Chart.yaml`'s fields the builders need.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Metadata {
    pub name: String,
    pub version: String,
}

/// Reads `Chart.yaml` (as a YAML map), checking the fields Helm requires.
pub fn parse_metadata(data: &[u8]) -> Result<(Metadata, Map<String, Value>), PackageError> {
    let doc: Value = yaml_serde::from_slice(data)
        .map_err(|e| PackageError::Metadata(format!("cannot load Chart.yaml: {e}")))?;
    let Value::Object(map) = doc else {
        return Err(PackageError::Metadata(
            "cannot load Chart.yaml: not a YAML map".into(),
        ));
    };
    let text = |k: &str| match map.get(k) {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        _ => String::new(),
    };
    let meta = Metadata {
        name: text("name"),
        version: text("version"),
    };
    if meta.name.is_empty() {
        return Err(PackageError::Metadata(
            "validation: chart.metadata.name is required".into(),
        ));
    }
    if meta.version.is_empty() {
        return Err(PackageError::Metadata(
            "validation: chart.metadata.version is required".into(),
        ));
    }
    if meta.name.contains(['/', '\\']) || meta.name == "." || meta.name == ".." {
        return Err(PackageError::Metadata(format!(
            "validation: chart.metadata.name \"{}\" is invalid",
            meta.name
        )));
    }
    Ok((meta, map))
}

/// The files of a packaged chart (the top folder stripped), refusing paths that leave the chart.
pub fn read_archive(data: &[u8]) -> Result<Files, PackageError> {
    let mut archive = tar::Archive::new(flate2::read::GzDecoder::new(data));
    let mut files = Files::new();
    let bad =
        |e: std::io::Error| PackageError::Archive(format!("failed to read chart archive: {e}"));
    for entry in archive.entries().map_err(bad)? {
        let mut entry = entry.map_err(bad)?;
        if !entry.header().entry_type().is_file() {
            continue;
        }
        let path = entry
            .path()
            .map_err(bad)?
            .to_string_lossy()
            .replace('\\', "/");
        let Some((_, rest)) = path.split_once('/') else {
            continue;
        };
        if rest.split('/').any(|p| p == "..") || rest.starts_with('/') {
            return Err(PackageError::Archive(format!(
                "chart illegally references parent directory: {path}"
            )));
        }
        if entry.size() > MAX_FILE_SIZE {
            return Err(PackageError::Archive(format!(
                "file '{rest}' exceeds the maximum file size of {MAX_FILE_SIZE} bytes"
            )));
        }
        let mut buf = Vec::new();
        entry.read_to_end(&mut buf).map_err(bad)?;
        files.insert(rest.to_string(), buf);
    }
    if files.is_empty() {
        return Err(PackageError::Archive("no files in chart archive".into()));
    }
    Ok(files)
}

/// `Chart.yaml` of a packaged chart.
pub fn archive_metadata(data: &[u8]) -> Result<Metadata, PackageError> {
    let files = read_archive(data)?;
    let chart_yaml = files
        .get("Chart.yaml")
        .ok_or_else(|| PackageError::Metadata("Chart.yaml file is missing".into()))?;
    parse_metadata(chart_yaml).map(|(m, _)| m)
}

/// The `.helmignore` rules of a chart directory, with Helm's default (dot files under `templates/`).
fn ignore_rules(dir: &Path) -> ignore::gitignore::Gitignore {
    let mut builder = ignore::gitignore::GitignoreBuilder::new(dir);
    let _ = builder.add_line(None, "templates/.?*");
    if let Ok(text) = std::fs::read_to_string(dir.join(".helmignore")) {
        for line in text.lines() {
            let _ = builder.add_line(None, line);
        }
    }
    builder
        .build()
        .unwrap_or_else(|_| ignore::gitignore::Gitignore::empty())
}

/// The files of a chart directory, `.helmignore` applied. Symlinks are not followed (the source artifacts we
/// unpack hold none).
pub fn read_dir(dir: &Path) -> Result<Files, PackageError> {
    let rules = ignore_rules(dir);
    let mut files = Files::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let io = |source| PackageError::Io {
            path: d.display().to_string(),
            source,
        };
        for entry in std::fs::read_dir(&d).map_err(io)? {
            let entry = entry.map_err(io)?;
            let path = entry.path();
            let Ok(rel) = path.strip_prefix(dir) else {
                continue;
            };
            let rel = rel.to_string_lossy().replace('\\', "/");
            let kind = entry.file_type().map_err(io)?;
            if rules
                .matched_path_or_any_parents(&rel, kind.is_dir())
                .is_ignore()
            {
                continue;
            }
            if kind.is_dir() {
                stack.push(path);
            } else if kind.is_file() {
                let len = entry.metadata().map(|m| m.len()).unwrap_or(0);
                if len > MAX_FILE_SIZE {
                    return Err(PackageError::Archive(format!(
                        "file '{rel}' exceeds the maximum file size of {MAX_FILE_SIZE} bytes"
                    )));
                }
                let data = std::fs::read(&path).map_err(|source| PackageError::Io {
                    path: rel.clone(),
                    source,
                })?;
                files.insert(rel, data);
            }
        }
    }
    if !files.contains_key("Chart.yaml") {
        return Err(PackageError::Metadata(format!(
            "Chart.yaml file is missing in '{}'",
            dir.display()
        )));
    }
    Ok(files)
}

/// Deep-merges `overlay` into `base` as Flux's `transform.MergeMaps` does: maps merge, anything else replaces.
pub fn merge_maps(base: &mut Map<String, Value>, overlay: Map<String, Value>) {
    for (k, v) in overlay {
        match (base.get_mut(&k), v) {
            (Some(Value::Object(b)), Value::Object(o)) => merge_maps(b, o),
            (_, v) => {
                base.insert(k, v);
            }
        }
    }
}

/// Parses a values file into a map (an empty file is an empty map).
pub fn parse_values(name: &str, data: &[u8]) -> Result<Map<String, Value>, PackageError> {
    if data.iter().all(u8::is_ascii_whitespace) {
        return Ok(Map::new());
    }
    match yaml_serde::from_slice::<Value>(data) {
        Ok(Value::Object(m)) => Ok(m),
        Ok(Value::Null) => Ok(Map::new()),
        Ok(_) => Err(PackageError::Values(format!(
            "unmarshaling values from '{name}' failed: not a YAML map"
        ))),
        Err(e) => Err(PackageError::Values(format!(
            "unmarshaling values from '{name}' failed: {e}"
        ))),
    }
}

/// The list of values files that counts: one lone `values.yaml` is the chart's own default and merges nothing
/// (source-controller's `GetValuesFiles`).
pub fn effective_values_files(files: &[String]) -> &[String] {
    if files.len() == 1 && Path::new(&files[0]) == Path::new("values.yaml") {
        return &[];
    }
    files
}

/// Replaces `values.yaml` with `merged` and sets `version` in `Chart.yaml`: what source-controller changes in a
/// chart before packaging it.
pub fn patch_chart(
    files: &mut Files,
    version: &str,
    merged: Option<Map<String, Value>>,
) -> Result<(), PackageError> {
    let chart_yaml = files
        .get("Chart.yaml")
        .ok_or_else(|| PackageError::Metadata("Chart.yaml file is missing".into()))?;
    let (meta, mut raw) = parse_metadata(chart_yaml)?;
    if meta.version != version {
        raw.insert("version".into(), Value::String(version.to_string()));
        let text = yaml_serde::to_string(&Value::Object(raw))
            .map_err(|e| PackageError::Metadata(format!("cannot write Chart.yaml: {e}")))?;
        files.insert("Chart.yaml".into(), text.into_bytes());
    }
    if let Some(values) = merged {
        let text = yaml_serde::to_string(&Value::Object(values))
            .map_err(|e| PackageError::Values(format!("cannot write values.yaml: {e}")))?;
        files.insert("values.yaml".into(), text.into_bytes());
    }
    Ok(())
}

/// Writes `files` as `<name>/<path>` into a gzip'd tar, in path order, with fixed modes and times so the same
/// chart packs to the same bytes.
pub fn write_archive(name: &str, files: &Files) -> Result<Vec<u8>, PackageError> {
    let gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    let mut tar = tar::Builder::new(gz);
    let io = |source| PackageError::Io {
        path: format!("{name}.tgz"),
        source,
    };
    for (path, data) in files {
        let mut header = tar::Header::new_gnu();
        header.set_size(data.len() as u64);
        header.set_mode(0o644);
        header.set_mtime(0);
        header.set_entry_type(tar::EntryType::Regular);
        tar.append_data(&mut header, format!("{name}/{path}"), data.as_slice())
            .map_err(io)?;
    }
    let gz = tar.into_inner().map_err(io)?;
    let mut out = gz.finish().map_err(io)?;
    out.flush().map_err(io)?;
    Ok(out)
}

/// One `dependencies:` entry of `Chart.yaml` (or `requirements.yaml` of an apiVersion v1 chart).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dependency {
    pub name: String,
    pub version: String,
    pub repository: String,
}

/// The dependencies of the chart directory `dir` that live in a chart repository (`http(s)://`, `oci://`) and
/// are not vendored under `charts/`: what has to be downloaded before packaging.
pub fn remote_dependencies(dir: &Path) -> Vec<Dependency> {
    let Ok(files) = read_dir(dir) else {
        return Vec::new();
    };
    let present = vendored(&files);
    dependencies(&files)
        .into_iter()
        .filter(|d| !present.contains(&d.name))
        .filter(|d| {
            ["http://", "https://", "oci://"]
                .iter()
                .any(|p| d.repository.starts_with(p))
        })
        .collect()
}

fn dependencies(files: &Files) -> Vec<Dependency> {
    let from = |file: &str| -> Vec<Dependency> {
        let Some(data) = files.get(file) else {
            return Vec::new();
        };
        let Ok(Value::Object(doc)) = yaml_serde::from_slice::<Value>(data) else {
            return Vec::new();
        };
        let Some(Value::Array(deps)) = doc.get("dependencies") else {
            return Vec::new();
        };
        deps.iter()
            .filter_map(Value::as_object)
            .map(|d| {
                let s = |k: &str| {
                    d.get(k)
                        .and_then(Value::as_str)
                        .unwrap_or_default()
                        .to_string()
                };
                Dependency {
                    name: s("name"),
                    version: s("version"),
                    repository: s("repository"),
                }
            })
            .collect()
    };
    let mut deps = from("Chart.yaml");
    deps.extend(from("requirements.yaml"));
    deps
}

/// Names of the subcharts already vendored under `charts/` (directories and archives).
fn vendored(files: &Files) -> Vec<String> {
    let mut names = Vec::new();
    for (path, data) in files {
        let Some(rest) = path.strip_prefix("charts/") else {
            continue;
        };
        let meta = match rest.split_once('/') {
            Some((_, "Chart.yaml")) => parse_metadata(data).ok().map(|(m, _)| m),
            None if rest.ends_with(".tgz") => archive_metadata(data).ok(),
            _ => None,
        };
        if let Some(m) = meta {
            names.push(m.name);
        }
    }
    names
}

/// Adds the `file://` dependencies the chart at `chart_dir` declares but does not vendor under `charts/`, each
/// read from its directory (which must stay inside `root`, the source's root) as `charts/<name>/…`. Returns how
/// many were added. Repository dependencies (`https://`, `oci://`) must be vendored: resolving them from
/// HelmRepositories is not supported yet.
pub fn resolve_dependencies(
    files: &mut Files,
    chart_dir: &Path,
    root: &Path,
) -> Result<usize, PackageError> {
    let present = vendored(files);
    let mut added = 0;
    for dep in dependencies(files) {
        if present.contains(&dep.name) {
            continue;
        }
        let Some(rel) = dep.repository.strip_prefix("file://") else {
            return Err(PackageError::Dependency(format!(
                "failed to add remote dependency '{}': repository '{}' is not supported (vendor the chart under charts/)",
                dep.name, dep.repository
            )));
        };
        let from_root = chart_dir.strip_prefix(root).unwrap_or(chart_dir).join(rel);
        let dir =
            crate::artifact::secure_join(root, &from_root.to_string_lossy()).map_err(|e| {
                PackageError::Dependency(format!(
                    "failed to add local dependency '{}': {e}",
                    dep.name
                ))
            })?;
        let mut dep_files = read_dir(&dir).map_err(|e| {
            PackageError::Dependency(format!(
                "failed to add local dependency '{}': {e}",
                dep.name
            ))
        })?;
        let (meta, _) = parse_metadata(
            dep_files
                .get("Chart.yaml")
                .map(Vec::as_slice)
                .unwrap_or_default(),
        )
        .map_err(|e| {
            PackageError::Dependency(format!(
                "failed to add local dependency '{}': {e}",
                dep.name
            ))
        })?;
        if !dep.version.is_empty() {
            let constraint =
                crate::controllers::source_helm::index::Constraint::parse(&dep.version)
                    .map_err(PackageError::Constraint)?;
            let ok = crate::controllers::source_helm::index::parse_version(&meta.version)
                .is_some_and(|v| constraint.matches(&v));
            if !ok {
                return Err(PackageError::Dependency(format!(
                    "can't get a valid version for constraint '{}'",
                    dep.version
                )));
            }
        }
        // A dependency of the dependency, vendored or local, comes along.
        added += resolve_dependencies(&mut dep_files, &dir, root)?;
        for (path, data) in dep_files {
            files.insert(format!("charts/{}/{path}", meta.name), data);
        }
        added += 1;
    }
    Ok(added)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chart(name: &str, version: &str) -> Files {
        let mut f = Files::new();
        f.insert(
            "Chart.yaml".into(),
            format!("apiVersion: v2\nname: {name}\nversion: {version}\n").into_bytes(),
        );
        f.insert("values.yaml".into(), b"a: 1\nb:\n  c: 2\n".to_vec());
        f
    }

    #[test]
    fn an_archive_round_trips_with_the_chart_folder() {
        let files = chart("podinfo", "6.0.0");
        let tgz = write_archive("podinfo", &files).unwrap();
        assert_eq!(read_archive(&tgz).unwrap(), files);
        assert_eq!(
            archive_metadata(&tgz).unwrap(),
            Metadata {
                name: "podinfo".into(),
                version: "6.0.0".into()
            }
        );
        assert_eq!(
            tgz,
            write_archive("podinfo", &files).unwrap(),
            "deterministic"
        );
    }

    #[test]
    fn values_merge_deeply_and_the_version_is_set() {
        let mut files = chart("podinfo", "6.0.0");
        let mut merged = parse_values("values.yaml", &files["values.yaml"]).unwrap();
        merge_maps(
            &mut merged,
            parse_values("prod.yaml", b"b:\n  d: 3\n").unwrap(),
        );
        patch_chart(&mut files, "6.0.0+2", Some(merged)).unwrap();
        let values: Value = yaml_serde::from_slice(&files["values.yaml"]).unwrap();
        assert_eq!(values, serde_json::json!({"a": 1, "b": {"c": 2, "d": 3}}));
        let (meta, _) = parse_metadata(&files["Chart.yaml"]).unwrap();
        assert_eq!(meta.version, "6.0.0+2");
    }

    #[test]
    fn a_lone_values_yaml_merges_nothing() {
        assert!(effective_values_files(&["values.yaml".into()]).is_empty());
        assert_eq!(
            effective_values_files(&["values.yaml".into(), "prod.yaml".into()]).len(),
            2
        );
    }

    #[test]
    fn file_dependencies_are_vendored_and_helmignore_applies() {
        let root = tempfile::tempdir().unwrap();
        let app = root.path().join("app");
        let lib = root.path().join("lib");
        std::fs::create_dir_all(app.join("templates")).unwrap();
        std::fs::create_dir_all(&lib).unwrap();
        std::fs::write(
            app.join("Chart.yaml"),
            "apiVersion: v2\nname: app\nversion: 1.0.0\ndependencies:\n- name: lib\n  version: ^0.1.0\n  repository: file://../lib\n",
        )
        .unwrap();
        std::fs::write(app.join(".helmignore"), "*.bak\n").unwrap();
        std::fs::write(app.join("notes.bak"), "x").unwrap();
        std::fs::write(app.join("templates/cm.yaml"), "kind: ConfigMap").unwrap();
        std::fs::write(
            lib.join("Chart.yaml"),
            "apiVersion: v2\nname: lib\nversion: 0.1.2\n",
        )
        .unwrap();
        let mut files = read_dir(&app).unwrap();
        assert!(!files.contains_key("notes.bak"));
        assert_eq!(
            resolve_dependencies(&mut files, &app, root.path()).unwrap(),
            1
        );
        assert!(files.contains_key("charts/lib/Chart.yaml"));
    }

    #[test]
    fn a_dependency_outside_the_source_is_refused() {
        let root = tempfile::tempdir().unwrap();
        let app = root.path().join("app");
        std::fs::create_dir_all(&app).unwrap();
        std::fs::write(
            app.join("Chart.yaml"),
            "apiVersion: v2\nname: app\nversion: 1.0.0\ndependencies:\n- name: x\n  repository: file://../../x\n",
        )
        .unwrap();
        let mut files = read_dir(&app).unwrap();
        assert!(resolve_dependencies(&mut files, &app, root.path()).is_err());
    }
}
