//! `spec.dependsOn`: a HelmRelease waits until every HelmRelease it names is Ready at its latest generation. A
//! dependency turning Ready wakes its dependants at once (the watch in `super::run`); the periodic retry with
//! helm-controller's message is only the fallback.

use kube::ResourceExt;
use kube::api::Api;

use crate::api::helm::HelmRelease;

/// How long until a HelmRelease whose dependencies are not ready is looked at again, if no dependency
/// change wakes it first (helm-controller's `--requeue-dependency` default).
pub const RETRY: std::time::Duration = std::time::Duration::from_secs(30);

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

/// The first dependency that is not ready, as helm-controller words it (`dependency 'ns/name' is not
/// ready`), or `None` when all are.
pub async fn first_not_ready(client: &kube::Client, hr: &HelmRelease) -> Option<String> {
    for (ns, name) in dependencies_of(hr) {
        let api: Api<HelmRelease> = Api::namespaced(client.clone(), &ns);
        match api.get_opt(&name).await {
            Ok(Some(dep)) if is_ready(&dep) => {}
            Ok(_) => return Some(format!("dependency '{ns}/{name}' is not ready")),
            Err(e) => return Some(format!("unable to get '{ns}/{name}' dependency: {e}")),
        }
    }
    None
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
