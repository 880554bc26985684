//! A Helm repository index: parsed from YAML or JSON as source-controller loads it, versions sorted newest
//! first, the chart version of a SemVer range picked the way Flux picks it, and the JSON form stored as the
//! HelmRepository's artifact.

use serde_json::{Map, Value};

/// Why an index is unusable, or a chart cannot be found in it (Helm's and Flux's words).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IndexError {
    /// The file is empty.
    #[error("empty index.yaml file")]
    Empty,
    /// The file is neither YAML nor JSON of an index.
    #[error("error unmarshaling JSON: {0}")]
    Parse(String),
    /// `apiVersion` is missing.
    #[error("no API version specified")]
    NoApiVersion,
    /// The chart is not in the index.
    #[error("no chart name found")]
    NoChartName,
    /// The chart has no versions.
    #[error("no chart version found")]
    NoChartVersion,
    /// The range does not parse.
    #[error("improper constraint: {0}")]
    Constraint(String),
    /// No version satisfies the range.
    #[error("no '{name}' chart with version matching '{version}' found")]
    NoMatch { name: String, version: String },
}

/// One chart version of the index.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartVersion {
    /// Chart name.
    pub name: String,
    /// Version as written in the index.
    pub version: String,
    /// Download URLs (the first is used).
    pub urls: Vec<String>,
    /// `created` as written (RFC 3339), for ties.
    pub created: String,
}

/// A loaded index: the document (for storing) and its entries.
#[derive(Debug, Clone)]
pub struct Index {
    doc: Map<String, Value>,
}

impl Index {
    /// Parses an index, dropping entries without a name or version (Helm skips invalid ones) and sorting each
    /// chart's versions newest first, as `IndexFile.SortEntries` does.
    pub fn parse(bytes: &[u8]) -> Result<Self, IndexError> {
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return Err(IndexError::Empty);
        }
        let value: Value = match serde_json::from_slice(bytes) {
            Ok(v) => v,
            Err(_) => {
                yaml_serde::from_slice(bytes).map_err(|e| IndexError::Parse(e.to_string()))?
            }
        };
        let Value::Object(mut doc) = value else {
            return Err(IndexError::Parse(
                "json: cannot unmarshal into Go value of type repo.IndexFile".into(),
            ));
        };
        if doc
            .get("apiVersion")
            .and_then(Value::as_str)
            .is_none_or(str::is_empty)
        {
            return Err(IndexError::NoApiVersion);
        }
        if let Some(Value::Object(entries)) = doc.get_mut("entries") {
            for versions in entries.values_mut() {
                if let Value::Array(list) = versions {
                    list.retain(|cv| {
                        let s = |k: &str| {
                            cv.get(k)
                                .and_then(Value::as_str)
                                .is_some_and(|s| !s.is_empty())
                        };
                        s("name") && s("version")
                    });
                    list.sort_by(|a, b| {
                        let v = |x: &Value| {
                            x.get("version")
                                .and_then(Value::as_str)
                                .and_then(parse_version)
                        };
                        match (v(a), v(b)) {
                            (Some(x), Some(y)) => y.cmp(&x),
                            (Some(_), None) => std::cmp::Ordering::Less,
                            (None, Some(_)) => std::cmp::Ordering::Greater,
                            (None, None) => std::cmp::Ordering::Equal,
                        }
                    });
                }
            }
        }
        Ok(Self { doc })
    }

    /// The index as indented JSON: what source-controller stores as the artifact.
    pub fn to_json(&self) -> Vec<u8> {
        serde_json::to_vec_pretty(&self.doc).unwrap_or_default()
    }

    fn versions(&self, name: &str) -> Result<Vec<ChartVersion>, IndexError> {
        let list = self
            .doc
            .get("entries")
            .and_then(|e| e.get(name))
            .and_then(Value::as_array)
            .ok_or(IndexError::NoChartName)?;
        let text = |v: &Value, k: &str| {
            v.get(k)
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string()
        };
        Ok(list
            .iter()
            .map(|cv| ChartVersion {
                name: text(cv, "name"),
                version: text(cv, "version"),
                urls: cv
                    .get("urls")
                    .and_then(Value::as_array)
                    .map(|u| {
                        u.iter()
                            .filter_map(|x| x.as_str().map(str::to_string))
                            .collect()
                    })
                    .unwrap_or_default(),
                created: text(cv, "created"),
            })
            .collect())
    }

    /// The version of chart `name` for `range` (empty or `*`: the latest stable): an exact version string
    /// first, else the highest version in the range, the newer `created` winning a tie.
    pub fn find(&self, name: &str, range: &str) -> Result<ChartVersion, IndexError> {
        let versions = self.versions(name)?;
        if versions.is_empty() {
            return Err(IndexError::NoChartVersion);
        }
        if !range.is_empty()
            && let Some(cv) = versions.iter().find(|cv| cv.version == range)
        {
            return Ok(cv.clone());
        }
        let constraint = Constraint::parse(if range.is_empty() { "*" } else { range })?;
        versions
            .into_iter()
            .filter_map(|cv| parse_version(&cv.version).map(|v| (v, cv)))
            .filter(|(v, _)| constraint.matches(v))
            .max_by(|(a, ca), (b, cb)| a.cmp(b).then_with(|| ca.created.cmp(&cb.created)))
            .map(|(_, cv)| cv)
            .ok_or_else(|| IndexError::NoMatch {
                name: name.to_string(),
                version: range.to_string(),
            })
    }
}

/// Parses a version leniently, as Masterminds/semver's `NewVersion` does: a leading `v`, and missing minor or
/// patch numbers (`1.2` is `1.2.0`).
pub fn parse_version(text: &str) -> Option<semver::Version> {
    let t = text.trim().trim_start_matches(['v', 'V']);
    if let Ok(v) = semver::Version::parse(t) {
        return Some(v);
    }
    // Pad the numeric core, keeping pre-release and build parts.
    let split = t.find(['-', '+']).unwrap_or(t.len());
    let (core, rest) = t.split_at(split);
    let parts: Vec<&str> = core.split('.').collect();
    if parts.is_empty() || parts.len() > 3 || parts.iter().any(|p| p.parse::<u64>().is_err()) {
        return None;
    }
    let mut padded = parts.join(".");
    for _ in parts.len()..3 {
        padded.push_str(".0");
    }
    semver::Version::parse(&format!("{padded}{rest}")).ok()
}

/// A Masterminds/semver constraint: `||`-separated alternatives of comparators joined by `,` or spaces;
/// a bare version means `=`, `x`/`X` are wildcards, `a - b` is a range.
#[derive(Debug, Clone)]
pub struct Constraint {
    /// Alternatives: each holds comparators that must all match and versions excluded by `!=`.
    any_of: Vec<(Vec<semver::VersionReq>, Vec<semver::Version>)>,
}

impl Constraint {
    /// Parses `text`.
    pub fn parse(text: &str) -> Result<Self, IndexError> {
        let bad = || IndexError::Constraint(text.to_string());
        let mut any_of = Vec::new();
        for alt in text.split("||") {
            let alt = alt.trim();
            if alt.is_empty() {
                return Err(bad());
            }
            let mut all = Vec::new();
            let mut excluded = Vec::new();
            // Hyphen ranges: `1.2 - 1.4.5` = `>=1.2, <=1.4.5`.
            let alt = match alt.split_once(" - ") {
                Some((lo, hi)) => format!(">={} <={}", lo.trim(), hi.trim()),
                None => alt.to_string(),
            };
            let mut tokens: Vec<String> = Vec::new();
            for tok in alt.split([',', ' ']).filter(|t| !t.is_empty()) {
                // `>= 1.2` written with a space: glue the operator to its version.
                if let Some(last) = tokens.last_mut()
                    && last.chars().all(|c| "<>=!~^".contains(c))
                {
                    last.push_str(tok);
                    continue;
                }
                tokens.push(tok.to_string());
            }
            for tok in tokens {
                let tok = tok.replace(['x', 'X'], "*");
                let (op, ver) = split_op(&tok);
                let ver = ver.trim_start_matches(['v', 'V']);
                let req = match op {
                    "" | "=" => {
                        if ver.contains('*') {
                            ver.to_string()
                        } else {
                            format!("={ver}")
                        }
                    }
                    "!=" => {
                        // `VersionReq` has no `!=`: kept as an exclusion.
                        excluded.push(parse_version(ver).ok_or_else(bad)?);
                        continue;
                    }
                    op => format!("{op}{ver}"),
                };
                all.push(semver::VersionReq::parse(&req).map_err(|_| bad())?);
            }
            any_of.push((all, excluded));
        }
        Ok(Self { any_of })
    }

    /// Whether `v` satisfies the constraint. Pre-releases match only ranges that name a pre-release, as
    /// Masterminds does (and semver's `VersionReq` does too).
    pub fn matches(&self, v: &semver::Version) -> bool {
        self.any_of
            .iter()
            .any(|(all, excluded)| all.iter().all(|r| r.matches(v)) && !excluded.contains(v))
    }
}

fn split_op(tok: &str) -> (&str, &str) {
    let end = tok
        .char_indices()
        .find(|(_, c)| !"<>=!~^".contains(*c))
        .map(|(i, _)| i)
        .unwrap_or(tok.len());
    tok.split_at(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    const INDEX: &str = r#"
apiVersion: v1
entries:
  podinfo:
  - name: podinfo
    version: 6.0.0
    urls: [podinfo-6.0.0.tgz]
    created: "2021-01-01T00:00:00Z"
  - name: podinfo
    version: 6.1.0
    urls: [podinfo-6.1.0.tgz]
    created: "2021-02-01T00:00:00Z"
  - name: podinfo
    version: 7.0.0-rc.1
    urls: [podinfo-7.0.0-rc.1.tgz]
  - name: podinfo
"#;

    #[test]
    fn latest_stable_version_is_picked_by_default() {
        let idx = Index::parse(INDEX.as_bytes()).unwrap();
        assert_eq!(idx.find("podinfo", "").unwrap().version, "6.1.0");
        assert_eq!(idx.find("podinfo", "*").unwrap().version, "6.1.0");
    }

    #[test]
    fn ranges_follow_masterminds_rules() {
        let idx = Index::parse(INDEX.as_bytes()).unwrap();
        assert_eq!(idx.find("podinfo", "6.0.0").unwrap().version, "6.0.0");
        assert_eq!(idx.find("podinfo", "6.0.x").unwrap().version, "6.0.0");
        assert_eq!(
            idx.find("podinfo", ">=6.0.0 <6.1.0").unwrap().version,
            "6.0.0"
        );
        assert_eq!(
            idx.find("podinfo", "~6.0 || ^6.1").unwrap().version,
            "6.1.0"
        );
        assert_eq!(
            idx.find("podinfo", ">=7.0.0-0").unwrap().version,
            "7.0.0-rc.1"
        );
    }

    #[test]
    fn a_missing_version_names_the_chart_and_range() {
        let idx = Index::parse(INDEX.as_bytes()).unwrap();
        let err = idx.find("podinfo", "9.9.9").unwrap_err();
        assert_eq!(
            err.to_string(),
            "no 'podinfo' chart with version matching '9.9.9' found"
        );
        assert_eq!(idx.find("nginx", "*").unwrap_err(), IndexError::NoChartName);
    }

    #[test]
    fn entries_are_sorted_newest_first_and_invalid_ones_dropped() {
        let idx = Index::parse(INDEX.as_bytes()).unwrap();
        let json: Value = serde_json::from_slice(&idx.to_json()).unwrap();
        let versions: Vec<&str> = json["entries"]["podinfo"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v["version"].as_str().unwrap())
            .collect();
        assert_eq!(versions, ["7.0.0-rc.1", "6.1.0", "6.0.0"]);
    }

    #[test]
    fn an_index_without_api_version_is_refused() {
        assert_eq!(
            Index::parse(b"entries: {}").unwrap_err(),
            IndexError::NoApiVersion
        );
        assert_eq!(Index::parse(b"  ").unwrap_err(), IndexError::Empty);
    }

    #[test]
    fn lenient_versions_parse() {
        assert_eq!(parse_version("v1.2").unwrap().to_string(), "1.2.0");
        assert_eq!(parse_version("1").unwrap().to_string(), "1.0.0");
        assert!(parse_version("latest").is_none());
    }
}
