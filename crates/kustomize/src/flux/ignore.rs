//! `.sourceignore` and `--ignore-paths`: gitignore-style patterns deciding which files Flux's
//! kustomization generation looks at (with Flux's default exclusions for VCS, CI and images).

use std::path::{Component, Path};

use crate::fs::Fs;

/// Flux's default exclusions (version control, binary files, CI configuration, tool files).
const DEFAULTS: &str = ".git/,.gitignore,.gitmodules,.gitattributes,\
*.jpg,*.jpeg,*.gif,*.png,*.wmv,*.flv,*.tar.gz,*.zip,\
.github/,.circleci/,.travis.yml,.gitlab-ci.yml,appveyor.yml,.drone.yml,cloudbuild.yaml,codeship-services.yml,codeship-steps.yml,\
**/.goreleaser.yml,**/.sops.yaml,**/.flux.yaml";

/// One gitignore pattern, relative to the directory (`domain`) it was declared in.
#[derive(Debug, Clone)]
struct Pattern {
    domain: Vec<String>,
    parts: Vec<String>,
    inclusion: bool,
    dir_only: bool,
    is_glob: bool,
}

fn components(p: &Path) -> Vec<String> {
    p.components()
        .filter_map(|c| match c {
            Component::Normal(n) => Some(n.to_string_lossy().into_owned()),
            _ => None,
        })
        .collect()
}

impl Pattern {
    fn parse(line: &str, domain: &[String]) -> Pattern {
        let mut p = line;
        let inclusion = p.starts_with('!');
        if inclusion {
            p = &p[1..];
        }
        let trimmed;
        if !p.ends_with("\\ ") {
            trimmed = p.trim_end_matches(' ');
            p = trimmed;
        }
        let dir_only = p.ends_with('/');
        if dir_only {
            p = &p[..p.len() - 1];
        }
        Pattern {
            domain: domain.to_vec(),
            parts: p.split('/').map(str::to_string).collect(),
            inclusion,
            dir_only,
            is_glob: p.contains('/'),
        }
    }

    /// None when the pattern says nothing about `path`; Some(true) to exclude, Some(false) to include.
    fn matches(&self, path: &[String], is_dir: bool) -> Option<bool> {
        if path.len() <= self.domain.len() || path[..self.domain.len()] != self.domain[..] {
            return None;
        }
        let rest = &path[self.domain.len()..];
        let hit = if self.is_glob {
            self.glob_match(rest, is_dir)
        } else {
            self.name_match(rest, is_dir)
        };
        hit.then_some(!self.inclusion)
    }

    fn name_match(&self, path: &[String], is_dir: bool) -> bool {
        for (i, name) in path.iter().enumerate() {
            if !glob(&self.parts[0], name) {
                continue;
            }
            return !(self.dir_only && !is_dir && i == path.len() - 1);
        }
        false
    }

    fn glob_match(&self, mut path: &[String], is_dir: bool) -> bool {
        let mut matched = false;
        let mut traverse = false;
        for (i, part) in self.parts.iter().enumerate() {
            if part.is_empty() {
                traverse = false;
                continue;
            }
            if part == "**" {
                if i == self.parts.len() - 1 {
                    break;
                }
                traverse = true;
                continue;
            }
            if part.contains("**") || path.is_empty() {
                return false;
            }
            if traverse {
                traverse = false;
                while let Some((first, rest)) = path.split_first() {
                    path = rest;
                    if glob(part, first) {
                        matched = true;
                        break;
                    } else if path.is_empty() {
                        matched = false;
                    }
                }
            } else {
                if !glob(part, &path[0]) {
                    return false;
                }
                matched = true;
                path = &path[1..];
            }
        }
        matched && !(self.dir_only && !is_dir && path.is_empty())
    }
}

/// Go's path.Match: `*` and `?` (not matching `/`), `[...]` classes and `\` escapes.
pub(crate) fn glob(pattern: &str, name: &str) -> bool {
    let p: Vec<char> = pattern.chars().collect();
    let n: Vec<char> = name.chars().collect();
    glob_at(&p, &n)
}

fn glob_at(p: &[char], n: &[char]) -> bool {
    match p.first() {
        None => n.is_empty(),
        Some('*') => {
            let run = n.iter().take_while(|c| **c != '/').count();
            (0..=run).any(|k| glob_at(&p[1..], &n[k..]))
        }
        Some('?') => n.first().is_some_and(|c| *c != '/') && glob_at(&p[1..], &n[1..]),
        Some('[') => {
            let Some(&c) = n.first() else { return false };
            let mut i = 1;
            let negate = matches!(p.get(1), Some('^') | Some('!'));
            if negate {
                i += 1;
            }
            let mut hit = false;
            let mut first = true;
            while i < p.len() && (p[i] != ']' || first) {
                first = false;
                let lo = if p[i] == '\\' && i + 1 < p.len() {
                    i += 1;
                    p[i]
                } else {
                    p[i]
                };
                if i + 2 < p.len() && p[i + 1] == '-' && p[i + 2] != ']' {
                    if lo <= c && c <= p[i + 2] {
                        hit = true;
                    }
                    i += 3;
                } else {
                    if lo == c {
                        hit = true;
                    }
                    i += 1;
                }
            }
            if i >= p.len() {
                return false;
            }
            hit != negate && glob_at(&p[i + 1..], &n[1..])
        }
        Some('\\') if p.len() > 1 => n.first() == Some(&p[1]) && glob_at(&p[2..], &n[1..]),
        Some(&c) => n.first() == Some(&c) && glob_at(&p[1..], &n[1..]),
    }
}

/// The patterns that apply below a directory, in gitignore order (later ones win).
#[derive(Debug, Clone, Default)]
pub struct IgnoreRules {
    patterns: Vec<Pattern>,
}

impl IgnoreRules {
    /// Flux's defaults, the `.sourceignore` files under `dir`, then `extra` (e.g. `--ignore-paths`).
    pub fn load(fs: &dyn Fs, dir: &Path, extra: &[String]) -> IgnoreRules {
        let domain = components(dir);
        let mut patterns: Vec<Pattern> = DEFAULTS
            .split(',')
            .map(|p| Pattern::parse(p, &domain))
            .collect();
        load_files(fs, dir, &mut patterns);
        for line in extra.iter().flat_map(|e| e.split(['\n', ','])) {
            if !line.starts_with('#') && !line.trim().is_empty() {
                patterns.push(Pattern::parse(line, &domain));
            }
        }
        IgnoreRules { patterns }
    }

    /// Whether `path` is excluded.
    pub fn is_ignored(&self, path: &Path, is_dir: bool) -> bool {
        let parts = components(path);
        self.patterns
            .iter()
            .rev()
            .find_map(|p| p.matches(&parts, is_dir))
            .unwrap_or(false)
    }
}

fn load_files(fs: &dyn Fs, dir: &Path, out: &mut Vec<Pattern>) {
    let domain = components(dir);
    if let Ok(bytes) = fs.read(&dir.join(".sourceignore")) {
        for line in String::from_utf8_lossy(&bytes).lines() {
            if !line.starts_with('#') && !line.trim().is_empty() {
                out.push(Pattern::parse(line, &domain));
            }
        }
    }
    for name in fs.list(dir).unwrap_or_default() {
        let p = dir.join(&name);
        if name != ".git" && fs.is_dir(&p) {
            load_files(fs, &p, out);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn later_negations_re_include_files() {
        let d = vec!["r".to_string()];
        let rules = IgnoreRules {
            patterns: vec![
                Pattern::parse("/*", &d),
                Pattern::parse("!configmap.yaml", &d),
            ],
        };
        assert!(!rules.is_ignored(Path::new("r/configmap.yaml"), false));
        assert!(rules.is_ignored(Path::new("r/sub/svc.yaml"), false));
    }

    #[test]
    fn globs_follow_go_filepath_match() {
        assert!(glob("*.yaml", "a.yaml"));
        assert!(glob("[a-c]?.yml", "bx.yml"));
        assert!(!glob("*.yaml", "a.yml"));
    }
}
