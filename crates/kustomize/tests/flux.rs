//! Flux's additions through the public API: generation, overrides, substitution, labels.

use std::path::Path;

use kustomize::flux::{
    FluxBuildOptions, FluxOverrides, build_kustomization, generate_kustomization,
};
use kustomize::{BuildOptions, MemFs};
use serde_json::json;

const CM: &str =
    "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\ndata:\n  region: ${region:=eu}\n";

#[test]
fn generated_kustomization_lists_files_and_sub_kustomizations() {
    let mut fs = MemFs::new();
    fs.insert("r/b.yaml", CM)
        .insert("r/a/x.yml", CM)
        .insert("r/base/kustomization.yaml", "resources: []\n")
        .insert("r/base/inner.yaml", CM)
        .insert("r/notes.txt", "hi")
        .insert("r/.github/workflows/ci.yaml", "on: push\n");
    let k = generate_kustomization(&fs, Path::new("r"), &[])
        .ok()
        .flatten()
        .unwrap_or_default();
    assert_eq!(
        k,
        "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n- ./a/x.yml\n- ./b.yaml\n- ./base\n"
    );
}

#[test]
fn ignore_patterns_leave_files_out() {
    let mut fs = MemFs::new();
    fs.insert("r/keep.yaml", CM)
        .insert("r/drop.yaml", CM)
        .insert("r/.sourceignore", "drop.yaml\n");
    let k = generate_kustomization(&fs, Path::new("r"), &[])
        .ok()
        .flatten()
        .unwrap_or_default();
    assert!(k.contains("./keep.yaml") && !k.contains("drop"), "{k}");
}

#[test]
fn empty_directory_gets_a_placeholder() {
    let mut fs = MemFs::new();
    fs.insert("r/readme.md", "x");
    let k = generate_kustomization(&fs, Path::new("r"), &[])
        .ok()
        .flatten()
        .unwrap_or_default();
    assert!(k.contains("namespace: _placeholder"), "{k}");
}

#[test]
fn flux_build_applies_spec_substitution_and_owner_labels() {
    let mut fs = MemFs::new();
    fs.insert("repo/app/cm.yaml", CM).insert(
        "repo/app/skip.yaml",
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: raw\n  annotations:\n    kustomize.toolkit.fluxcd.io/substitute: disabled\ndata:\n  v: ${region}\n",
    );
    let ks = json!({
        "apiVersion": "kustomize.toolkit.fluxcd.io/v1",
        "kind": "Kustomization",
        "metadata": {"name": "apps", "namespace": "flux-system"},
        "spec": {"targetNamespace": "prod", "namePrefix": "p-", "postBuild": {"substitute": {"region": "us"}}}
    });
    let opts = FluxBuildOptions {
        boundary: Some("repo".into()),
        ..FluxBuildOptions::default()
    };
    let out = build_kustomization(&fs, Path::new("repo/app"), &ks, &[], &opts)
        .map(|l| l.to_yaml_terminated());
    let expected = "apiVersion: v1\ndata:\n  region: us\nkind: ConfigMap\nmetadata:\n  labels:\n    kustomize.toolkit.fluxcd.io/name: apps\n    kustomize.toolkit.fluxcd.io/namespace: flux-system\n  name: p-cfg\n  namespace: prod\n---\napiVersion: v1\ndata:\n  v: ${region}\nkind: ConfigMap\nmetadata:\n  annotations:\n    kustomize.toolkit.fluxcd.io/substitute: disabled\n  labels:\n    kustomize.toolkit.fluxcd.io/name: apps\n    kustomize.toolkit.fluxcd.io/namespace: flux-system\n  name: p-raw\n  namespace: prod\n---\n";
    assert_eq!(out.as_deref().map_err(|e| e.to_string()), Ok(expected));
}

#[test]
fn flux_images_update_an_existing_entry() {
    let mut fs = MemFs::new();
    fs.insert("r/kustomization.yaml", "resources:\n- d.yaml\nimages:\n- name: app\n  newName: reg/app\n  newTag: \"1\"\n")
        .insert(
            "r/d.yaml",
            "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: c\n    image: app:0\n",
        );
    let ov = FluxOverrides {
        images: vec![json!({"name": "app", "digest": "sha256:abc"})],
        ..FluxOverrides::default()
    };
    let out = kustomize::flux::build(&fs, Path::new("r"), &ov, &BuildOptions::flux("r"))
        .map(|l| l.to_yaml());
    assert!(
        out.as_ref()
            .is_ok_and(|y| y.contains("image: reg/app@sha256:abc")),
        "{out:?}"
    );
}

#[test]
fn strict_substitution_fails_on_unset_variables() {
    let mut fs = MemFs::new();
    fs.insert(
        "r/cm.yaml",
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  a: ${missing}\n",
    );
    let ks = json!({"metadata": {"name": "k", "namespace": "n"}, "spec": {"postBuild": {"substitute": {"x": "1"}}}});
    let opts = FluxBuildOptions {
        strict_substitute: true,
        ..FluxBuildOptions::default()
    };
    let e = build_kustomization(&fs, Path::new("r"), &ks, &[], &opts)
        .err()
        .map(|e| e.to_string());
    assert!(
        e.as_deref()
            .is_some_and(|m| m.contains("variable not set (strict mode)")),
        "{e:?}"
    );
}
