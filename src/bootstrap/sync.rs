//! The files bootstrap commits next to `gotk-components.yaml`: `gotk-sync.yaml` (the `flux-system`
//! GitRepository and Kustomization that make the cluster sync itself) and the `kustomization.yaml` listing both.

use serde_json::{Value, json};

/// What the sync objects point at.
#[derive(Debug, Clone)]
pub struct SyncOptions {
    /// Flux's namespace, also the objects' name (`flux-system`).
    pub namespace: String,
    /// Repository URL the cluster pulls from.
    pub url: String,
    /// Branch to follow.
    pub branch: String,
    /// Secret with the pull credentials.
    pub secret_name: String,
    /// GitRepository interval, as Flux writes it (`1m0s`).
    pub interval: String,
    /// Directory of the cluster in the repository (`clusters/dev`).
    pub path: String,
    /// `--recurse-submodules`: the GitRepository checks submodules out too.
    pub recurse_submodules: bool,
    /// `--sparse-checkout`: only these directories are checked out.
    pub sparse_checkout: Vec<String>,
}

/// `./<path>`, the Kustomization's `spec.path` (`./` for the repository root).
pub fn sync_path(path: &str) -> String {
    let trimmed = path.trim_start_matches("./").trim_matches('/');
    format!("./{trimmed}")
}

/// The GitRepository and Kustomization of `gotk-sync.yaml`.
pub fn sync_objects(opts: &SyncOptions) -> Vec<Value> {
    let meta = json!({"name": opts.namespace, "namespace": opts.namespace});
    let mut source = json!({
        "interval": opts.interval,
        "ref": {"branch": opts.branch},
        "secretRef": {"name": opts.secret_name},
        "url": opts.url,
    });
    if opts.recurse_submodules {
        source["recurseSubmodules"] = json!(true);
    }
    if !opts.sparse_checkout.is_empty() {
        source["sparseCheckout"] = json!(opts.sparse_checkout);
    }
    vec![
        json!({
            "apiVersion": "source.toolkit.fluxcd.io/v1",
            "kind": "GitRepository",
            "metadata": meta,
            "spec": source,
        }),
        json!({
            "apiVersion": "kustomize.toolkit.fluxcd.io/v1",
            "kind": "Kustomization",
            "metadata": meta,
            "spec": {
                "interval": "10m0s",
                "path": sync_path(&opts.path),
                "prune": true,
                "sourceRef": {"kind": "GitRepository", "name": opts.namespace},
            },
        }),
    ]
}

/// `gotk-sync.yaml`: the sync objects as a YAML stream.
pub fn sync_yaml(opts: &SyncOptions) -> String {
    sync_objects(opts)
        .iter()
        .map(|o| format!("---\n{}", kustomize::to_yaml(o)))
        .collect()
}

/// The `kustomization.yaml` of the `flux-system` directory.
pub fn kustomization_yaml() -> String {
    kustomize::to_yaml(&json!({
        "apiVersion": "kustomize.config.k8s.io/v1beta1",
        "kind": "Kustomization",
        "resources": ["gotk-components.yaml", "gotk-sync.yaml"],
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(path: &str) -> SyncOptions {
        SyncOptions {
            namespace: "flux-system".into(),
            url: "ssh://git@example.com/o/fleet".into(),
            branch: "main".into(),
            secret_name: "flux-system".into(),
            interval: "1m0s".into(),
            path: path.into(),
            recurse_submodules: false,
            sparse_checkout: Vec::new(),
        }
    }

    #[test]
    fn submodules_and_sparse_checkout_reach_the_git_repository() {
        let mut o = opts("clusters/dev");
        o.recurse_submodules = true;
        o.sparse_checkout = vec!["clusters".into(), "apps".into()];
        let objects = sync_objects(&o);
        assert_eq!(objects[0]["spec"]["recurseSubmodules"], true);
        assert_eq!(
            objects[0]["spec"]["sparseCheckout"],
            serde_json::json!(["clusters", "apps"])
        );
    }

    #[test]
    fn the_sync_manifest_matches_fluxs_layout() {
        assert_eq!(
            sync_yaml(&opts("clusters/dev")),
            "---\napiVersion: source.toolkit.fluxcd.io/v1\nkind: GitRepository\nmetadata:\n  name: flux-system\n  namespace: flux-system\nspec:\n  interval: 1m0s\n  ref:\n    branch: main\n  secretRef:\n    name: flux-system\n  url: ssh://git@example.com/o/fleet\n---\napiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: flux-system\n  namespace: flux-system\nspec:\n  interval: 10m0s\n  path: ./clusters/dev\n  prune: true\n  sourceRef:\n    kind: GitRepository\n    name: flux-system\n"
        );
    }

    #[test]
    fn paths_are_relative_to_the_repository_root() {
        assert_eq!(sync_path("clusters/dev/"), "./clusters/dev");
        assert_eq!(sync_path("./clusters/dev"), "./clusters/dev");
        assert_eq!(sync_path(""), "./");
    }

    #[test]
    fn the_kustomization_lists_both_files() {
        assert_eq!(
            kustomization_yaml(),
            "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n- gotk-components.yaml\n- gotk-sync.yaml\n"
        );
    }
}
