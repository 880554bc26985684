//! Malformed input gives an error naming the file and the problem, never a panic.

use std::path::Path;

use kustomize::{BuildOptions, ErrorKind, MemFs, build};

const CM: &str = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\n";

fn err(fs: &MemFs, dir: &str) -> kustomize::Error {
    match build(fs, Path::new(dir), &BuildOptions::default()) {
        Ok(out) => panic!("expected an error, got:\n{}", out.to_yaml()),
        Err(e) => e,
    }
}

#[test]
fn unknown_field_names_file_line_and_column() {
    let mut fs = MemFs::new();
    fs.insert(
        "app/kustomization.yaml",
        "resources:\n- cm.yaml\npatchs: []\n",
    )
    .insert("app/cm.yaml", CM);
    assert_eq!(
        err(&fs, "app").to_string(),
        "app/kustomization.yaml:3:1: unknown field \"patchs\""
    );
}

#[test]
fn nested_unknown_field_is_located() {
    let mut fs = MemFs::new();
    fs.insert(
        "app/kustomization.yaml",
        "resources:\n- cm.yaml\npatches:\n- pth: p.yaml\n",
    )
    .insert("app/cm.yaml", CM);
    assert_eq!(
        err(&fs, "app").to_string(),
        "app/kustomization.yaml:4:3: unknown field \"pth\""
    );
}

#[test]
fn empty_kustomization_is_an_error() {
    let mut fs = MemFs::new();
    fs.insert(
        "app/kustomization.yaml",
        "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n",
    );
    assert_eq!(
        err(&fs, "app").to_string(),
        "app/kustomization.yaml: kustomization.yaml is empty"
    );
}

#[test]
fn bad_yaml_in_a_resource_is_located() {
    let mut fs = MemFs::new();
    fs.insert("app/kustomization.yaml", "resources:\n- cm.yaml\n")
        .insert("app/cm.yaml", "kind: ConfigMap\nmetadata: [\n");
    let e = err(&fs, "app");
    assert!(matches!(e.kind, ErrorKind::Yaml(_)), "{e}");
    assert!(e.to_string().starts_with("app/cm.yaml:"), "{e}");
    assert!(e.location.is_some(), "{e}");
}

#[test]
fn cycle_between_bases_is_an_error() {
    let mut fs = MemFs::new();
    fs.insert("a/kustomization.yaml", "resources:\n- ../b\n")
        .insert("b/kustomization.yaml", "resources:\n- ../a\n");
    let e = err(&fs, "a");
    assert!(matches!(e.kind, ErrorKind::Cycle(_)), "{e}");
}

#[test]
fn patch_for_a_missing_object_names_the_patch() {
    let mut fs = MemFs::new();
    fs.insert(
        "app/kustomization.yaml",
        "resources:\n- cm.yaml\npatches:\n- path: p.yaml\n",
    )
    .insert("app/cm.yaml", CM)
    .insert(
        "app/p.yaml",
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: other\ndata:\n  a: b\n",
    );
    let e = err(&fs, "app");
    assert!(matches!(e.kind, ErrorKind::Patch(_)), "{e}");
    assert!(e.to_string().contains("p.yaml"), "{e}");
}

#[test]
fn files_outside_the_kustomization_directory_are_refused() {
    let mut fs = MemFs::new();
    fs.insert(
        "app/kustomization.yaml",
        "configMapGenerator:\n- name: x\n  files:\n  - ../secret.txt\n",
    )
    .insert("secret.txt", "s3cret");
    let e = err(&fs, "app");
    assert!(matches!(e.kind, ErrorKind::Restricted(_)), "{e}");
}

#[test]
fn paths_never_climb_above_the_boundary() {
    let mut fs = MemFs::new();
    fs.insert(
        "root/app/kustomization.yaml",
        "resources:\n- ../../../etc/cm.yaml\n",
    )
    .insert("etc/cm.yaml", CM);
    let opts = BuildOptions {
        boundary: Some("root".into()),
        ..BuildOptions::default()
    };
    let e = build(&fs, Path::new("root/app"), &opts)
        .err()
        .map(|e| e.to_string());
    assert!(
        e.is_some_and(|m| m.contains("no such file")),
        "a path outside the boundary must not be read"
    );
}

#[test]
fn remote_resources_are_refused() {
    let mut fs = MemFs::new();
    fs.insert(
        "app/kustomization.yaml",
        "resources:\n- https://github.com/org/repo//deploy?ref=v1\n",
    );
    let e = err(&fs, "app");
    assert!(matches!(e.kind, ErrorKind::Restricted(_)), "{e}");
}

#[test]
fn duplicate_ids_are_a_conflict() {
    let mut fs = MemFs::new();
    fs.insert("app/kustomization.yaml", "resources:\n- a.yaml\n- b.yaml\n")
        .insert("app/a.yaml", CM)
        .insert("app/b.yaml", CM);
    let e = err(&fs, "app");
    assert!(matches!(e.kind, ErrorKind::Conflict(_)), "{e}");
}

#[test]
fn missing_kustomization_is_reported() {
    let mut fs = MemFs::new();
    fs.insert("app/cm.yaml", CM);
    let e = err(&fs, "app");
    assert_eq!(e.kind, ErrorKind::MissingKustomization);
}

#[test]
fn garbage_never_panics() {
    let inputs = [
        "",
        "---\n---\n",
        "- a\n- b\n",
        "kind: 3\n",
        "apiVersion: v1\nkind: List\nitems: [1, 2]\n",
        "a: &x [*x]\n",
        "kind: A\nmetadata: 7\n",
        "\t\tkind: x\n",
        "kind: ConfigMap\nmetadata:\n  name: [a]\n",
    ];
    for (i, text) in inputs.iter().enumerate() {
        for k in [
            "resources:\n- r.yaml\n",
            "resources:\n- r.yaml\nnamePrefix: p-\nnamespace: n\ncommonLabels: {a: b}\n",
            "resources:\n- r.yaml\npatches:\n- path: r.yaml\n",
            "resources:\n- r.yaml\nimages:\n- name: x\n  newTag: \"1\"\n",
        ] {
            let mut fs = MemFs::new();
            fs.insert("app/kustomization.yaml", k)
                .insert("app/r.yaml", *text);
            let _ = build(&fs, Path::new("app"), &BuildOptions::default());
            let mut fs = MemFs::new();
            fs.insert("app/kustomization.yaml", *text);
            let _ = build(&fs, Path::new("app"), &BuildOptions::default());
        }
        let _ = i;
    }
}
