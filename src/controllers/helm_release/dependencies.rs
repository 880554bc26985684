//! `spec.dependsOn`: a HelmRelease waits until every HelmRelease it names is Ready at its latest generation, or,
//! where the entry has a `readyExpr`, until that CEL expression over `self` and `dep` is true (plus the built-in
//! check under the `AdditiveCELDependencyCheck` gate). A dependency turning Ready wakes its dependants at once
//! (the watch in `super::run`); the periodic retry with helm-controller's message is only the fallback.

use kube::ResourceExt;
use kube::api::Api;

use crate::api::helm::HelmRelease;
use crate::controllers::runtime::cause_text;
use crate::health;

/// Why the dependencies of a HelmRelease are not ready, worded as helm-controller's `checkDependencies`.
#[derive(Debug, thiserror::Error)]
pub enum DependencyError {
    /// Reading a dependency failed (not found, forbidden, server down).
    #[error("unable to get '{dependency}' dependency")]
    Get {
        /// `namespace/name`.
        dependency: String,
        #[source]
        source: kube::Error,
    },
    /// A `readyExpr` that does not compile: terminal until the spec changes.
    #[error("failed to evaluate dependency {name}")]
    InvalidExpr {
        /// The dependency's name, without namespace, as helm-controller prints it.
        name: String,
        #[source]
        source: health::InvalidExpression,
    },
    /// This HelmRelease or a dependency could not be turned into the map a `readyExpr` sees.
    #[error("failed to convert HelmRelease to unstructured")]
    Encode(#[source] serde_json::Error),
    /// Evaluating a `readyExpr` failed (a missing field, a non-boolean result); the evaluator words it.
    #[error("{0}")]
    Evaluate(String),
    /// A `readyExpr` evaluated to false.
    #[error("dependency '{0}' is not ready according to readyExpr eval")]
    NotReadyByExpr(String),
    /// Not Ready at its latest generation.
    #[error("dependency '{0}' is not ready")]
    NotReady(String),
}

impl DependencyError {
    /// The condition and event message: the step and its cause joined as Go's `%w` reads.
    pub fn message(&self) -> String {
        match self {
            DependencyError::Get { source, .. } => format!("{self}: {}", cause_text(source)),
            DependencyError::InvalidExpr { source, .. } => format!("{self}: {source}"),
            DependencyError::Encode(source) => format!("{self}: {source}"),
            _ => self.to_string(),
        }
    }

    /// A configuration error that no retry can mend (helm-controller's `TerminalError`).
    pub fn is_terminal(&self) -> bool {
        matches!(self, DependencyError::InvalidExpr { .. })
    }
}

/// Checks every dependency of `hr` in order, reading each from the API server (not a cache, so a dependency
/// that just became Ready counts). `additive`: the `AdditiveCELDependencyCheck` gate, under which a `readyExpr`
/// adds to the built-in check instead of replacing it.
pub async fn check(
    client: &kube::Client,
    hr: &HelmRelease,
    additive: bool,
) -> Result<(), DependencyError> {
    let own = hr.namespace().unwrap_or_default();
    // Serialised once, and only when some entry has a `readyExpr`.
    let mut self_map = None;
    for dep_ref in hr.spec.depends_on.iter().flatten() {
        let ns = dep_ref
            .namespace
            .clone()
            .filter(|n| !n.is_empty())
            .unwrap_or_else(|| own.clone());
        let key = format!("{ns}/{}", dep_ref.name);
        let api: Api<HelmRelease> = Api::namespaced(client.clone(), &ns);
        let dep = api
            .get(&dep_ref.name)
            .await
            .map_err(|source| DependencyError::Get {
                dependency: key.clone(),
                source,
            })?;
        let expr = dep_ref.ready_expr.as_deref().filter(|e| !e.is_empty());
        if let Some(expr) = expr {
            let compiled = health::compile_ready_expr(expr).map_err(|source| {
                DependencyError::InvalidExpr {
                    name: dep_ref.name.clone(),
                    source,
                }
            })?;
            let self_value = match self_map {
                Some(ref v) => v,
                None => self_map.insert(serde_json::to_value(hr).map_err(DependencyError::Encode)?),
            };
            let dep_value = serde_json::to_value(&dep).map_err(DependencyError::Encode)?;
            if !compiled
                .eval(self_value, &dep_value)
                .map_err(DependencyError::Evaluate)?
            {
                return Err(DependencyError::NotReadyByExpr(key));
            }
            if !additive {
                continue;
            }
        }
        if !is_ready(&dep) {
            return Err(DependencyError::NotReady(key));
        }
    }
    Ok(())
}

/// Ready at its latest generation, as helm-controller requires of a dependency.
pub fn is_ready(hr: &HelmRelease) -> bool {
    let Some(status) = hr.status.as_ref() else {
        return false;
    };
    status.observed_generation == hr.metadata.generation
        && status
            .conditions
            .iter()
            .flatten()
            .any(|c| c.type_ == "Ready" && c.status == "True")
}

/// `(namespace, name)` of each dependency of `hr`.
pub fn dependencies_of(hr: &HelmRelease) -> Vec<(String, String)> {
    let own = hr.namespace().unwrap_or_default();
    hr.spec
        .depends_on
        .iter()
        .flatten()
        .map(|d| {
            (
                d.namespace
                    .clone()
                    .filter(|n| !n.is_empty())
                    .unwrap_or_else(|| own.clone()),
                d.name.clone(),
            )
        })
        .collect()
}

/// The HelmReleases among `all` that depend on `changed`.
pub fn dependants_of<'a>(
    changed: &HelmRelease,
    all: impl IntoIterator<Item = &'a HelmRelease>,
) -> Vec<&'a HelmRelease> {
    let key = (changed.namespace().unwrap_or_default(), changed.name_any());
    all.into_iter()
        .filter(|hr| dependencies_of(hr).contains(&key))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_read_as_helm_controller_words_them() {
        let not_found = kube::Error::Api(
            kube::core::Status::failure(
                "helmreleases.helm.toolkit.fluxcd.io \"db\" not found",
                "NotFound",
            )
            .with_code(404)
            .boxed(),
        );
        let invalid = health::compile_ready_expr("dep.status.(").expect_err("does not parse");
        let cases = [
            (
                DependencyError::Get {
                    dependency: "apps/db".into(),
                    source: not_found,
                },
                "unable to get 'apps/db' dependency: helmreleases.helm.toolkit.fluxcd.io \"db\" not found",
                false,
            ),
            (
                DependencyError::NotReady("apps/db".into()),
                "dependency 'apps/db' is not ready",
                false,
            ),
            (
                DependencyError::NotReadyByExpr("apps/db".into()),
                "dependency 'apps/db' is not ready according to readyExpr eval",
                false,
            ),
        ];
        for (error, message, terminal) in cases {
            assert_eq!(error.message(), message);
            assert_eq!(error.is_terminal(), terminal, "{message}");
        }
        let error = DependencyError::InvalidExpr {
            name: "db".into(),
            source: invalid,
        };
        assert!(error.is_terminal());
        assert!(
            error
                .message()
                .starts_with("failed to evaluate dependency db: failed to parse the CEL expression 'dep.status.(': ERROR: <input>:1:"),
            "{}",
            error.message()
        );
    }
}
