//! The fleet repositories of the shared corpus (`repos/`), built and compared byte for byte with
//! `kubectl kustomize` output recorded in `tests/repos/`.

use std::path::{Path, PathBuf};

use kustomize::{BuildOptions, DiskFs, build};

fn corpus_dir() -> PathBuf {
    match std::env::var_os("FLUX_CORPUS") {
        Some(p) => PathBuf::from(p).join("repos"),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/repos"),
    }
}

#[test]
fn fleet_repositories_match_kubectl_kustomize() {
    let repos = corpus_dir();
    assert!(
        repos.is_dir(),
        "repos corpus not found at {}",
        repos.display()
    );
    let expected_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/repos");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&expected_dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    assert!(
        files.len() >= 15,
        "expected outputs missing under {}",
        expected_dir.display()
    );
    let mut failed = Vec::new();
    for f in &files {
        let stem = f
            .file_stem()
            .map(|s| s.to_string_lossy().replace('_', "/"))
            .unwrap_or_default();
        let dir = repos.join(&stem);
        let expected = std::fs::read_to_string(f).unwrap_or_default();
        match build(&DiskFs, &dir, &BuildOptions::default()) {
            Ok(list) if list.to_yaml() == expected => println!("PASS {stem}"),
            Ok(_) => failed.push(format!("{stem}: output differs")),
            Err(e) => failed.push(format!("{stem}: {e}")),
        }
    }
    assert!(
        failed.is_empty(),
        "fleet repositories differ from kubectl kustomize:\n{}",
        failed.join("\n")
    );
}
