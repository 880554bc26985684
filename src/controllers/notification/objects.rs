//! Reaching any Flux object by `apiVersion` and kind without discovery: the plural is derived the way Flux's
//! CRDs name them (`GitRepository` → `gitrepositories`), which holds for every kind an Alert or a Receiver
//! can name.

use kube::api::{Api, ApiResource, DynamicObject};
use kube::core::GroupVersionKind;

/// The lower-case plural of a Flux kind.
pub fn plural(kind: &str) -> String {
    let lower = kind.to_ascii_lowercase();
    match lower.strip_suffix('y') {
        Some(stem) => format!("{stem}ies"),
        None => format!("{lower}s"),
    }
}

/// The namespaced API of `kind` in `api_version` (`group/version`).
pub fn api(
    client: &kube::Client,
    api_version: &str,
    kind: &str,
    namespace: &str,
) -> Api<DynamicObject> {
    let (group, version) = api_version.split_once('/').unwrap_or(("", api_version));
    let gvk = GroupVersionKind::gvk(group, version, kind);
    let resource = ApiResource::from_gvk_with_plural(&gvk, &plural(kind));
    Api::namespaced_with(client.clone(), namespace, &resource)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plurals_follow_fluxs_crds() {
        assert_eq!(plural("GitRepository"), "gitrepositories");
        assert_eq!(plural("Kustomization"), "kustomizations");
        assert_eq!(plural("ImagePolicy"), "imagepolicies");
        assert_eq!(plural("HelmRelease"), "helmreleases");
    }
}
