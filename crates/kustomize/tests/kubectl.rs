//! Inputs written for this crate, compared byte for byte with what `kubectl kustomize`
//! (kustomize v5.5.0) printed for them (`tests/kubectl/<case>/expected.yaml`).

use std::path::Path;

use kustomize::{BuildOptions, DiskFs, build};

#[test]
fn matches_kubectl_kustomize_output() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/kubectl");
    let mut cases: Vec<_> = std::fs::read_dir(&root)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.is_dir())
                .collect()
        })
        .unwrap_or_default();
    cases.sort();
    assert!(
        cases.len() >= 7,
        "kubectl cases missing under {}",
        root.display()
    );
    let mut failed = Vec::new();
    for case in cases {
        let build_root =
            std::fs::read_to_string(case.join("build-root")).unwrap_or_else(|_| ".".into());
        let dir = case.join("input").join(build_root.trim());
        let expected = std::fs::read_to_string(case.join("expected.yaml")).unwrap_or_default();
        match build(&DiskFs, &dir, &BuildOptions::default()) {
            Ok(list) if list.to_yaml() == expected => {}
            Ok(list) => failed.push(format!(
                "{}: output differs:\n{}",
                case.display(),
                list.to_yaml()
            )),
            Err(e) => failed.push(format!("{}: {e}", case.display())),
        }
    }
    assert!(
        failed.is_empty(),
        "differs from kubectl kustomize:\n{}",
        failed.join("\n")
    );
}
