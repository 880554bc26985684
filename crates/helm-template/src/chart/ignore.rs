//! `.helmignore` rules: shell globs on base names or paths, `!` negation, trailing `/` for folders.

/// Parsed ignore rules (Helm always adds `templates/.?*`).
#[derive(Debug, Clone)]
pub(crate) struct Rules {
    rules: Vec<Rule>,
}

#[derive(Debug, Clone)]
struct Rule {
    /// The glob as characters, split once here rather than on every match.
    pattern: Vec<char>,
    /// Whether it holds a `/` (then it matches whole paths, not base names).
    has_slash: bool,
    negate: bool,
    dir_only: bool,
    anchored: bool,
}

impl Default for Rules {
    fn default() -> Rules {
        Rules::parse("")
    }
}

impl Rules {
    pub(crate) fn parse(text: &str) -> Rules {
        let mut rules = Vec::new();
        for line in text.lines().chain(std::iter::once("templates/.?*")) {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') || line == "!" {
                continue;
            }
            let (negate, p) = match line.strip_prefix('!') {
                Some(r) => (true, r),
                None => (false, line),
            };
            let (dir_only, p) = match p.strip_suffix('/') {
                Some(r) => (true, r),
                None => (false, p),
            };
            let anchored = p.starts_with('/');
            let p = p.strip_prefix('/').unwrap_or(p);
            rules.push(Rule {
                pattern: p.chars().collect(),
                has_slash: p.contains('/'),
                negate,
                dir_only,
                anchored,
            });
        }
        Rules { rules }
    }

    /// Is this file (or one of its folders) ignored? Folders are checked first, as Helm's walk does.
    pub(crate) fn ignored(&self, path: &str) -> bool {
        // every folder prefix of the path, then the path itself
        path.match_indices('/')
            .map(|(i, _)| (&path[..i], true))
            .chain(std::iter::once((path, false)))
            .any(|(p, is_dir)| self.matches(p, is_dir))
    }

    /// Helm's Rules.Ignore: the first rule that decides wins; a `!pattern` rule ignores every
    /// path it does *not* match.
    pub(crate) fn matches(&self, path: &str, is_dir: bool) -> bool {
        let base = path.rsplit('/').next().unwrap_or(path);
        let path: Vec<char> = path.chars().collect();
        let base = &path[path.len() - base.chars().count()..];
        for r in &self.rules {
            let hit = if r.anchored || r.has_slash {
                match_from(&r.pattern, &path)
            } else {
                match_from(&r.pattern, base)
            };
            if r.negate {
                if (r.dir_only && !is_dir) || !hit {
                    return true;
                }
                continue;
            }
            if r.dir_only && !is_dir {
                continue;
            }
            if hit {
                return true;
            }
        }
        false
    }
}

/// Go's filepath.Match on characters: `*`, `?`, `[...]` (with `^`/`!` negation and ranges), `\`
/// escapes; `*` stops at `/`.
fn match_from(p: &[char], n: &[char]) -> bool {
    if p.is_empty() {
        return n.is_empty();
    }
    match p[0] {
        '*' => {
            for i in 0..=n.len() {
                if i > 0 && n[i - 1] == '/' {
                    return false;
                }
                if match_from(&p[1..], &n[i..]) {
                    return true;
                }
            }
            false
        }
        '?' => !n.is_empty() && n[0] != '/' && match_from(&p[1..], &n[1..]),
        '[' => {
            let Some(end) = p.iter().skip(1).position(|c| *c == ']').map(|e| e + 1) else {
                return false;
            };
            if n.is_empty() {
                return false;
            }
            let class = &p[1..end];
            let (neg, class) = match class.first() {
                Some('^' | '!') => (true, &class[1..]),
                _ => (false, class),
            };
            let c = n[0];
            let mut hit = false;
            let mut i = 0;
            while i < class.len() {
                if i + 2 < class.len() && class[i + 1] == '-' {
                    if class[i] <= c && c <= class[i + 2] {
                        hit = true;
                    }
                    i += 3;
                } else {
                    if class[i] == c {
                        hit = true;
                    }
                    i += 1;
                }
            }
            hit != neg && match_from(&p[end + 1..], &n[1..])
        }
        '\\' if p.len() > 1 => !n.is_empty() && n[0] == p[1] && match_from(&p[2..], &n[1..]),
        c => !n.is_empty() && n[0] == c && match_from(&p[1..], &n[1..]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn helmignore_patterns() {
        let r = Rules::parse("*.tmproj\n.git/\nci/\nREADME.md.gotmpl\n");
        assert!(r.ignored("a.tmproj"));
        assert!(!r.ignored("Chart.yaml"));
        assert!(r.ignored(".git/config"));
        assert!(r.ignored("ci/default-values.yaml"));
        assert!(r.ignored("templates/.hidden"));
        assert!(!r.ignored("templates/x.yaml"));
    }

    #[test]
    fn a_negated_rule_ignores_everything_it_does_not_match() {
        let r = Rules::parse("!keep.bak\n");
        assert!(r.ignored("Chart.yaml"));
        assert!(!r.ignored("keep.bak"));
    }
}
