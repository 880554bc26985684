//! `spec.dependsOn`: a Kustomization waits until each dependency is Ready at its latest generation and, when
//! both share a source, has applied the revision this one is about to apply. A `readyExpr` (CEL over `self`
//! and `dep`) replaces the built-in check, or adds to it under the `AdditiveCELDependencyCheck` gate.
//!
//! Waiting is event-driven: [`dependants_of`] maps a Kustomization that changed to the ones that depend on it,
//! so they are woken the moment it turns Ready instead of polling every `--requeue-dependency`.

use kube::ResourceExt;
use kube::api::Api;

use crate::api::conditions;
use crate::api::kustomize::Kustomization;
use crate::health;

use super::error::Error;
use super::source::source_namespace;

/// Checks every dependency of `ks` (read from the API server, not a cache, so a just-finished dependency counts).
/// `additive`: the `AdditiveCELDependencyCheck` gate.
pub async fn check(
    client: &kube::Client,
    ks: &Kustomization,
    namespace: &str,
    artifact_revision: &str,
    additive: bool,
) -> Result<(), Error> {
    // Serialised for `readyExpr` only, on first use.
    let mut self_json = None;
    for dep_ref in ks.spec.depends_on.iter().flatten() {
        let dep_ns = dep_ref
            .namespace
            .clone()
            .filter(|n| !n.is_empty())
            .unwrap_or_else(|| namespace.to_string());
        let key = format!("{dep_ns}/{}", dep_ref.name);
        let api: Api<Kustomization> = Api::namespaced(client.clone(), &dep_ns);
        let dep = api
            .get(&dep_ref.name)
            .await
            .map_err(|source| Error::GetDependency {
                dependency: key.clone(),
                source,
            })?;
        if let Some(expr) = dep_ref.ready_expr.as_deref().filter(|e| !e.is_empty()) {
            let compiled =
                health::compile_ready_expr(expr).map_err(|source| Error::CompileReadyExpr {
                    dependency: dep_ref.name.clone(),
                    source,
                })?;
            let encode = |source| Error::EncodeForReadyExpr {
                dependency: key.clone(),
                source,
            };
            let dep_json = serde_json::to_value(&dep).map_err(encode)?;
            let self_value = match self_json {
                Some(ref v) => v,
                None => self_json.insert(serde_json::to_value(ks).map_err(encode)?),
            };
            let ready = compiled.eval(self_value, &dep_json).map_err(|message| {
                Error::EvaluateReadyExpr {
                    dependency: key.clone(),
                    message,
                }
            })?;
            if !ready {
                return Err(Error::DependencyNotReadyByExpr(key));
            }
            if !additive {
                continue;
            }
        }
        if !is_ready(&dep) {
            return Err(Error::DependencyNotReady(key));
        }
        let same_source = dep.spec.source_ref.kind == ks.spec.source_ref.kind
            && dep.spec.source_ref.name == ks.spec.source_ref.name
            && source_namespace(&dep, &dep_ns) == source_namespace(ks, namespace);
        let applied = dep
            .status
            .as_ref()
            .and_then(|s| s.last_applied_revision.as_deref())
            .unwrap_or_default();
        if same_source && !same_revision(artifact_revision, applied) {
            return Err(Error::DependencyOutdated(key));
        }
    }
    Ok(())
}

/// Ready=True at the current generation.
pub fn is_ready(ks: &Kustomization) -> bool {
    let Some(status) = &ks.status else {
        return false;
    };
    let conds = status.conditions.as_deref().unwrap_or_default();
    !conds.is_empty()
        && ks.metadata.generation == status.observed_generation
        && conds
            .iter()
            .any(|c| c.type_ == conditions::READY && c.status == "True")
}

/// Whether two revisions name the same content; a legacy `main/<sha>` matches `main@sha1:<sha>`.
fn same_revision(current: &str, applied: &str) -> bool {
    if current == applied {
        return true;
    }
    let legacy = |r: &str| {
        r.rsplit_once('/')
            .map(|(branch, sha)| format!("{branch}@sha1:{sha}"))
    };
    legacy(applied).as_deref() == Some(current)
}

/// The Kustomizations among `all` whose `dependsOn` names `changed`.
pub fn dependants_of<'a>(
    changed: &Kustomization,
    all: impl IntoIterator<Item = &'a Kustomization>,
) -> Vec<&'a Kustomization> {
    let name = changed.name_any();
    let ns = changed.namespace().unwrap_or_default();
    all.into_iter()
        .filter(|k| {
            let own_ns = k.namespace().unwrap_or_default();
            k.spec.depends_on.iter().flatten().any(|d| {
                d.name == name
                    && d.namespace
                        .as_deref()
                        .filter(|n| !n.is_empty())
                        .unwrap_or(&own_ns)
                        == ns
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::meta::DependencyReference;

    fn ks(ns: &str, name: &str, deps: &[(&str, Option<&str>)]) -> Kustomization {
        let mut k = Kustomization::new(name, Default::default());
        k.metadata.namespace = Some(ns.into());
        k.spec.depends_on = Some(
            deps.iter()
                .map(|(n, dns)| DependencyReference {
                    name: n.to_string(),
                    namespace: dns.map(str::to_string),
                    ready_expr: None,
                })
                .collect(),
        );
        k
    }

    #[test]
    fn dependants_match_name_and_namespace() {
        let infra = ks("flux-system", "infra", &[]);
        let all = [
            ks("flux-system", "apps", &[("infra", None)]),
            ks("team", "web", &[("infra", Some("flux-system"))]),
            ks("team", "db", &[("infra", None)]),
        ];
        let names: Vec<String> = dependants_of(&infra, &all)
            .into_iter()
            .map(|k| k.name_any())
            .collect();
        assert_eq!(names, ["apps", "web"]);
    }

    #[test]
    fn legacy_revisions_match_their_new_form() {
        assert!(same_revision("main@sha1:abc", "main/abc"));
        assert!(same_revision("main@sha1:abc", "main@sha1:abc"));
        assert!(!same_revision("main@sha1:abc", "main@sha1:def"));
    }

    #[test]
    fn ready_needs_the_current_generation() {
        let mut k = ks("a", "b", &[]);
        k.metadata.generation = Some(2);
        let mut st = crate::api::kustomize::KustomizationStatus {
            observed_generation: Some(1),
            ..Default::default()
        };
        crate::controllers::runtime::mark_ready(
            st.conditions.get_or_insert_with(Vec::new),
            "ReconciliationSucceeded",
            "ok",
            Some(1),
        );
        k.status = Some(st.clone());
        assert!(!is_ready(&k));
        st.observed_generation = Some(2);
        k.status = Some(st);
        assert!(is_ready(&k));
    }
}
