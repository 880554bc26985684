//! Build ImageRepository, ImagePolicy and ImageUpdateAutomation objects from `flux create image …` options,
//! with the checks Flux's CLI makes before it builds them.

use std::collections::BTreeMap;
use std::time::Duration;

use crate::api::image::{
    AutomationSourceReference, CommitSpec, CommitUser, GitCheckoutSpec, GitSpec, ImagePolicy,
    ImagePolicyChoice, ImagePolicySpec, ImageRepository, ImageRepositorySpec,
    ImageUpdateAutomation, ImageUpdateAutomationSpec, OrderPolicy, PushSpec, SemVerPolicy,
    SigningKey, TagFilter, UpdateStrategy,
};
use crate::api::meta::{LocalObjectReference, NamespacedObjectReference};
use crate::api::source::GitRepositoryRef;
use crate::duration;

/// Where and what the new object is: name, namespace and `--label`s.
#[derive(Debug, Clone, Default)]
pub struct Meta {
    pub name: String,
    pub namespace: String,
    pub labels: BTreeMap<String, String>,
}

impl Meta {
    fn apply(&self, meta: &mut kube::api::ObjectMeta) {
        meta.namespace = Some(self.namespace.clone());
        meta.labels = (!self.labels.is_empty()).then(|| self.labels.clone());
    }
}

/// Input of `flux create image repository`, validated.
#[derive(Debug, Clone, Default)]
pub struct RepositoryOptions {
    pub meta: Meta,
    pub image: String,
    pub interval: Duration,
    pub scan_timeout: Option<Duration>,
    pub secret_ref: Option<String>,
    pub cert_secret_ref: Option<String>,
}

/// The ImageRepository `flux create image repository` applies.
pub fn build_repository(opts: &RepositoryOptions) -> ImageRepository {
    let local = |n: &Option<String>| {
        n.as_ref()
            .filter(|n| !n.is_empty())
            .map(|name| LocalObjectReference { name: name.clone() })
    };
    let mut obj = ImageRepository::new(
        &opts.meta.name,
        ImageRepositorySpec {
            image: opts.image.clone(),
            interval: duration::format(opts.interval),
            timeout: opts.scan_timeout.map(duration::format),
            secret_ref: local(&opts.secret_ref),
            cert_secret_ref: local(&opts.cert_secret_ref),
            ..Default::default()
        },
    );
    opts.meta.apply(&mut obj.metadata);
    obj
}

/// Checks an image repository name as go-containerregistry's `name.NewRepository` does (Flux's message).
pub fn check_image(image: &str) -> Result<(), String> {
    let fail = |m: String| Err(format!("unable to parse image value: {m}"));
    if image.is_empty() {
        return fail("a repository name must be specified".into());
    }
    let (registry, repo) = match image.split_once('/') {
        Some((reg, repo)) if reg.contains('.') || reg.contains(':') => (reg, repo),
        _ => ("", image),
    };
    const CHARS: &str = "abcdefghijklmnopqrstuvwxyz0123456789_-./";
    let runes = repo.chars().count();
    if !(2..=255).contains(&runes) {
        return fail(format!(
            "repository must be between 2 and 255 characters in length: {repo}"
        ));
    }
    if repo.chars().any(|c| !CHARS.contains(c)) {
        return fail(format!(
            "repository can only contain the characters `{CHARS}`: {repo}"
        ));
    }
    let bad_authority = registry
        .chars()
        .any(|c| matches!(c, '?' | '#' | '@' | ' ' | '\\' | '%') || c.is_control());
    if bad_authority {
        return fail(format!(
            "registries must be valid RFC 3986 URI authorities: {registry}"
        ));
    }
    Ok(())
}

/// The ordering rule given on the command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Selection {
    /// None given, or (as Flux's CLI lets through) `--select-semver` with another one: `policy: {}`.
    Empty,
    SemVer(String),
    Alphabetical(String),
    Numerical(String),
}

/// Input of `flux create image policy`, validated.
#[derive(Debug, Clone)]
pub struct PolicyOptions {
    pub meta: Meta,
    pub image_ref: String,
    pub selection: Selection,
    pub filter_regex: Option<String>,
    pub filter_extract: Option<String>,
    pub reflect_digest: Option<String>,
    pub interval: Option<Duration>,
}

/// The ImagePolicy `flux create image policy` applies.
pub fn build_policy(opts: &PolicyOptions) -> ImagePolicy {
    let order = |o: &str| {
        Some(OrderPolicy {
            order: Some(o.to_string()),
        })
    };
    let policy = match &opts.selection {
        Selection::Empty => ImagePolicyChoice::default(),
        Selection::SemVer(range) => ImagePolicyChoice {
            semver: Some(SemVerPolicy {
                range: range.clone(),
            }),
            ..Default::default()
        },
        Selection::Alphabetical(o) => ImagePolicyChoice {
            alphabetical: order(o),
            ..Default::default()
        },
        Selection::Numerical(o) => ImagePolicyChoice {
            numerical: order(o),
            ..Default::default()
        },
    };
    let mut obj = ImagePolicy::new(
        &opts.meta.name,
        ImagePolicySpec {
            image_repository_ref: NamespacedObjectReference {
                name: opts.image_ref.clone(),
                namespace: None,
            },
            policy,
            filter_tags: opts.filter_regex.as_ref().map(|p| TagFilter {
                pattern: Some(p.clone()),
                extract: Some(opts.filter_extract.clone().unwrap_or_default()),
            }),
            digest_reflection_policy: opts.reflect_digest.clone(),
            interval: opts.interval.map(duration::format),
            suspend: None,
        },
    );
    opts.meta.apply(&mut obj.metadata);
    obj
}

/// Checks `--filter-extract` against the capture groups of `--filter-regex` as Flux does: every `$name` or
/// `${name}` must be a named group (numbers are not checked, `$$` is a literal dollar).
pub fn check_extract(template: &str, capture_names: &[String]) -> Result<(), String> {
    let mut rest = template;
    while let Some(i) = rest.find('$') {
        rest = &rest[i..];
        if rest.as_bytes().get(1) == Some(&b'$') {
            rest = &rest[2..];
            continue;
        }
        let Some((name, after)) = extract_name(rest) else {
            return Err("--filter-extract is malformed".into());
        };
        rest = after;
        let numeric = name.bytes().all(|b| b.is_ascii_digit())
            && !(name.starts_with('0') && name.len() > 1)
            && name.len() <= 9;
        if !numeric && !capture_names.iter().any(|c| c == name) {
            return Err(format!(
                "capture group ${name} used in --filter-extract not found in --filter-regex"
            ));
        }
    }
    Ok(())
}

/// The name after a `$` (braced or not) and what follows it, as Go's `regexp` template expansion reads it.
fn extract_name(s: &str) -> Option<(&str, &str)> {
    let body = s.strip_prefix('$')?;
    let (braced, body) = match body.strip_prefix('{') {
        Some(b) => (true, b),
        None => (false, body),
    };
    let end = body
        .char_indices()
        .find(|(_, c)| !(c.is_alphanumeric() || *c == '_'))
        .map(|(i, _)| i)
        .unwrap_or(body.len());
    if end == 0 {
        return None;
    }
    let name = &body[..end];
    let mut after = &body[end..];
    if braced {
        after = after.strip_prefix('}')?;
    }
    Some((name, after))
}

/// Input of `flux create image update`, validated.
#[derive(Debug, Clone, Default)]
pub struct UpdateOptions {
    pub meta: Meta,
    pub interval: Duration,
    pub git_repo_name: String,
    pub git_repo_namespace: Option<String>,
    pub git_repo_path: Option<String>,
    pub checkout_branch: String,
    pub push_branch: Option<String>,
    pub commit_template: Option<String>,
    pub author_name: String,
    pub author_email: String,
    pub signing_key_secret: Option<String>,
    pub signing_key_type: Option<String>,
}

/// The ImageUpdateAutomation `flux create image update` applies.
pub fn build_update(opts: &UpdateOptions) -> ImageUpdateAutomation {
    let mut obj = ImageUpdateAutomation::new(
        &opts.meta.name,
        ImageUpdateAutomationSpec {
            source_ref: AutomationSourceReference {
                api_version: None,
                kind: Some("GitRepository".into()),
                name: opts.git_repo_name.clone(),
                namespace: opts.git_repo_namespace.clone(),
            },
            git: Some(GitSpec {
                checkout: Some(GitCheckoutSpec {
                    reference: GitRepositoryRef {
                        branch: Some(opts.checkout_branch.clone()),
                        ..Default::default()
                    },
                }),
                commit: CommitSpec {
                    author: CommitUser {
                        name: Some(opts.author_name.clone()),
                        email: opts.author_email.clone(),
                    },
                    signing_key: opts.signing_key_secret.as_ref().map(|s| SigningKey {
                        secret_ref: LocalObjectReference { name: s.clone() },
                        key_type: opts.signing_key_type.clone(),
                    }),
                    message_template: opts.commit_template.clone(),
                    message_template_values: None,
                },
                push: opts.push_branch.as_ref().map(|b| PushSpec {
                    branch: Some(b.clone()),
                    ..Default::default()
                }),
            }),
            interval: duration::format(opts.interval),
            policy_selector: None,
            update: opts.git_repo_path.as_ref().map(|p| UpdateStrategy {
                strategy: Some("Setters".into()),
                path: Some(p.clone()),
            }),
            suspend: None,
        },
    );
    opts.meta.apply(&mut obj.metadata);
    obj
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn image_with_uppercase_letters_is_refused_like_go_containerregistry() {
        assert_eq!(
            check_image("ghcr.io/Foo/bar").unwrap_err(),
            "unable to parse image value: repository can only contain the characters `abcdefghijklmnopqrstuvwxyz0123456789_-./`: Foo/bar"
        );
        assert!(check_image("ghcr.io/stefanprodan/podinfo").is_ok());
        assert!(check_image("alpine").is_ok());
    }

    #[test]
    fn extract_must_name_a_capture_group() {
        let names = vec!["ts".to_string()];
        assert!(check_extract("$ts", &names).is_ok());
        assert!(check_extract("${ts}-$1 $$", &names).is_ok());
        assert_eq!(
            check_extract("$foo", &names).unwrap_err(),
            "capture group $foo used in --filter-extract not found in --filter-regex"
        );
        assert_eq!(
            check_extract("${ts", &names).unwrap_err(),
            "--filter-extract is malformed"
        );
    }
}
