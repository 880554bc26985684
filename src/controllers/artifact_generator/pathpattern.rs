//! `spec.pathPattern`: one set of artifacts per directory of a source matching `@alias/<pattern>`, whose `{name}`
//! captures fill the artifacts' names (lowercased) and copy paths (as written), and label the generated
//! ExternalArtifacts, as source-watcher's `artifactgenerator_pathpattern.go` expands it.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::api::extensions::{ArtifactGenerator, CopyOperation, OutputArtifact};
use crate::api::validation::{dns1123_subdomain, label_value, qualified_name};

/// One artifact to build, with the labels its ExternalArtifact gets.
#[derive(Debug, Clone, PartialEq)]
pub struct Request {
    /// The artifact, placeholders rendered.
    pub artifact: OutputArtifact,
    /// The normalised captures (empty without `pathPattern`).
    pub labels: BTreeMap<String, String>,
}

/// Why `pathPattern` could not be expanded; `terminal` when only a spec change can fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PatternError {
    pub message: String,
    pub terminal: bool,
}

fn terminal(message: String) -> PatternError {
    PatternError {
        message,
        terminal: true,
    }
}

/// The artifacts to build: `spec.artifacts` as written, or expanded over the directories `pathPattern` matches.
pub fn requests(
    ag: &ArtifactGenerator,
    sources: &BTreeMap<String, PathBuf>,
) -> Result<Vec<Request>, PatternError> {
    let spec = &ag.spec;
    if spec.path_pattern.is_empty() {
        return Ok(spec
            .output_artifacts
            .iter()
            .map(|a| Request {
                artifact: a.clone(),
                labels: BTreeMap::new(),
            })
            .collect());
    }
    let full = &spec.path_pattern;
    let (alias, pattern) = full
        .strip_prefix('@')
        .and_then(|rest| rest.split_once('/'))
        .ok_or_else(|| terminal(format!("invalid pathPattern format: {full}")))?;
    let root = sources.get(alias).ok_or_else(|| {
        terminal(format!(
            "pathPattern {full:?}: source alias {alias} not found in local sources"
        ))
    })?;
    let names = capture_names(full, pattern).map_err(terminal)?;
    for name in &names {
        let errs = qualified_name(name);
        if !errs.is_empty() {
            return Err(terminal(format!(
                "pathPattern {full:?}: capture variable {name:?} is not a valid Kubernetes label key: {}",
                errs.join("; ")
            )));
        }
    }
    let matcher = regex::Regex::new(&pattern_regex(pattern)).map_err(|e| {
        terminal(format!(
            "pathPattern {full:?}: failed to compile path pattern: {e}"
        ))
    })?;
    let mut dirs = Vec::new();
    list_dirs(root, "", &mut dirs).map_err(|e| PatternError {
        message: format!("failed to walk source directory: {e}"),
        terminal: false,
    })?;
    dirs.sort();
    let mut out = Vec::new();
    let mut seen: BTreeMap<String, String> = BTreeMap::new();
    for rel in dirs {
        let Some(caps) = matcher.captures(&rel) else {
            continue;
        };
        let raw: BTreeMap<String, String> = names
            .iter()
            .filter_map(|n| caps.name(n).map(|m| (n.clone(), m.as_str().to_string())))
            .collect();
        let normalized: BTreeMap<String, String> = raw
            .iter()
            .map(|(k, v)| (k.clone(), v.to_lowercase()))
            .collect();
        for (k, v) in &normalized {
            let errs = label_value(v);
            if !errs.is_empty() {
                return Err(terminal(format!(
                    "pathPattern {full:?}: captured value {v:?} for variable {k:?} is not a valid Kubernetes label value: {}",
                    errs.join("; ")
                )));
            }
        }
        for oa in &spec.output_artifacts {
            let req = render(oa, &normalized, &raw).map_err(|e| {
                terminal(format!(
                    "pathPattern {full:?}: failed to render artifact {} for match {rel}: {e}",
                    oa.name
                ))
            })?;
            let errs = dns1123_subdomain(&req.artifact.name);
            if !errs.is_empty() {
                return Err(terminal(format!(
                    "pathPattern {full:?}: rendered artifact name {:?} is not a valid Kubernetes object name: {}",
                    req.artifact.name,
                    errs.join("; ")
                )));
            }
            if let Some(prev) = seen.get(&req.artifact.name) {
                return Err(terminal(format!(
                    "pathPattern {full:?}: directories {prev:?} and {rel:?} both resolve to artifact name {:?}",
                    req.artifact.name
                )));
            }
            seen.insert(req.artifact.name.clone(), rel.clone());
            out.push(req);
        }
    }
    Ok(out)
}

/// `apps/{app}/envs/{env}` → `^apps/(?P<app>[^/]+)/envs/(?P<env>[^/]+)$`, everything else literal.
fn pattern_regex(pattern: &str) -> String {
    let mut out = String::from("^");
    let mut rest = pattern;
    while let Some(start) = rest.find('{') {
        out.push_str(&regex::escape(&rest[..start]));
        let after = &rest[start + 1..];
        let Some(end) = after.find('}') else {
            out.push_str(&regex::escape(&rest[start..]));
            rest = "";
            break;
        };
        out.push_str(&format!("(?P<{}>[^/]+)", &after[..end]));
        rest = &after[end + 1..];
    }
    out.push_str(&regex::escape(rest));
    out.push('$');
    out
}

fn is_capture_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// The capture names of a pattern, checked for braces, validity and duplicates.
fn capture_names(full: &str, pattern: &str) -> Result<Vec<String>, String> {
    let mut names: Vec<String> = Vec::new();
    let bytes = pattern.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'{' => {
                let Some(end) = pattern[i + 1..].find('}') else {
                    return Err(format!(
                        "pathPattern {full:?}: invalid capture starting at offset {i}: missing closing brace"
                    ));
                };
                let name = &pattern[i + 1..i + 1 + end];
                if name.is_empty() {
                    return Err(format!("pathPattern {full:?}: empty capture variable"));
                }
                if !is_capture_name(name) {
                    return Err(format!(
                        "pathPattern {full:?}: capture variable {name:?} must be a valid capture name matching [A-Za-z_][A-Za-z0-9_]*"
                    ));
                }
                if names.iter().any(|n| n == name) {
                    return Err(format!(
                        "pathPattern {full:?}: duplicate capture variable {name:?}"
                    ));
                }
                names.push(name.to_string());
                i += end + 2;
            }
            b'}' => {
                return Err(format!(
                    "pathPattern {full:?}: invalid capture ending at offset {i}: missing opening brace"
                ));
            }
            _ => i += 1,
        }
    }
    Ok(names)
}

fn render(
    oa: &OutputArtifact,
    normalized: &BTreeMap<String, String>,
    raw: &BTreeMap<String, String>,
) -> Result<Request, String> {
    let mut artifact = oa.clone();
    artifact.name = render_template(&oa.name, normalized)?;
    artifact.copy = oa
        .copy
        .iter()
        .map(|c| {
            Ok(CopyOperation {
                from: render_template(&c.from, raw)?,
                to: render_template(&c.to, raw)?,
                exclude: c.exclude.clone(),
                strategy: c.strategy.clone(),
            })
        })
        .collect::<Result<_, String>>()?;
    Ok(Request {
        artifact,
        labels: normalized.clone(),
    })
}

fn render_template(tmpl: &str, data: &BTreeMap<String, String>) -> Result<String, String> {
    let mut out = String::new();
    let mut rest = tmpl;
    let mut offset = 0;
    while let Some(i) = rest.find(['{', '}']) {
        out.push_str(&rest[..i]);
        if rest.as_bytes()[i] == b'}' {
            return Err(format!(
                "invalid template {tmpl:?}: capture ending at offset {} is missing opening brace",
                offset + i
            ));
        }
        let after = &rest[i + 1..];
        let Some(end) = after.find('}') else {
            return Err(format!(
                "invalid template {tmpl:?}: capture starting at offset {} is missing closing brace",
                offset + i
            ));
        };
        let name = &after[..end];
        if name.is_empty() {
            return Err(format!("invalid template {tmpl:?}: empty capture variable"));
        }
        if !is_capture_name(name) {
            return Err(format!(
                "invalid template {tmpl:?}: capture variable {name:?} must be a valid capture name matching [A-Za-z_][A-Za-z0-9_]*"
            ));
        }
        let value = data.get(name).ok_or_else(|| {
            format!(
                "invalid template {tmpl:?}: capture variable {name:?} is not defined by pathPattern"
            )
        })?;
        out.push_str(value);
        offset += i + end + 2;
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

fn list_dirs(root: &Path, rel: &str, out: &mut Vec<String>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(root.join(rel))? {
        let entry = entry?;
        if !entry.file_type()?.is_dir() {
            continue;
        }
        let name = entry.file_name().to_string_lossy().into_owned();
        let path = if rel.is_empty() {
            name
        } else {
            format!("{rel}/{name}")
        };
        out.push(path.clone());
        list_dirs(root, &path, out)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::extensions::ArtifactGeneratorSpec;

    fn generator(pattern: &str, name: &str, from: &str) -> ArtifactGenerator {
        ArtifactGenerator::new(
            "gen",
            ArtifactGeneratorSpec {
                path_pattern: pattern.into(),
                output_artifacts: vec![OutputArtifact {
                    name: name.into(),
                    copy: vec![CopyOperation {
                        from: from.into(),
                        to: "@artifact/".into(),
                        ..Default::default()
                    }],
                    ..Default::default()
                }],
                ..Default::default()
            },
        )
    }

    #[test]
    fn each_matching_directory_gets_its_artifact_with_lowercased_name_and_raw_paths() {
        let src = tempfile::tempdir().unwrap();
        for d in ["apps/Web/envs/prod", "apps/api/envs/dev", "apps/api/other"] {
            std::fs::create_dir_all(src.path().join(d)).unwrap();
        }
        let sources = BTreeMap::from([("repo".to_string(), src.path().to_path_buf())]);
        let ag = generator(
            "@repo/apps/{app}/envs/{env}",
            "{app}-{env}",
            "@repo/apps/{app}/envs/{env}/**",
        );
        let reqs = requests(&ag, &sources).unwrap();
        let got: Vec<(String, String)> = reqs
            .iter()
            .map(|r| (r.artifact.name.clone(), r.artifact.copy[0].from.clone()))
            .collect();
        assert_eq!(
            got,
            // Directories are walked in byte order, as Go's WalkDir walks them: `Web` before `api`.
            vec![
                ("web-prod".into(), "@repo/apps/Web/envs/prod/**".into()),
                ("api-dev".into(), "@repo/apps/api/envs/dev/**".into()),
            ]
        );
        assert_eq!(reqs[0].labels.get("app").map(String::as_str), Some("web"));
    }

    #[test]
    fn an_unknown_placeholder_is_terminal() {
        let src = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(src.path().join("apps/a")).unwrap();
        let sources = BTreeMap::from([("repo".to_string(), src.path().to_path_buf())]);
        let err =
            requests(&generator("@repo/apps/{app}", "{env}", "@repo/x"), &sources).unwrap_err();
        assert!(err.terminal);
        assert!(
            err.message
                .contains("capture variable \"env\" is not defined by pathPattern"),
            "{}",
            err.message
        );
    }
}
