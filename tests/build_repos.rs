//! `flux build kustomization --dry-run` works without a cluster on the fleet repositories of the corpus: every
//! Flux Kustomization under a repository's `clusters/` whose source is the repository itself builds from its
//! `spec.path`.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

fn corpus() -> PathBuf {
    let dir = std::env::var("FLUX_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|_| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"));
    assert!(
        dir.is_dir(),
        "corpus missing at {} (set FLUX_CORPUS)",
        dir.display()
    );
    dir
}

fn yaml_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            yaml_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "yaml") {
            out.push(path);
        }
    }
}

#[test]
fn every_fleet_kustomization_builds_without_a_cluster() {
    let mut built = 0;
    let mut other_sources = 0;
    let mut failures = Vec::new();
    let repos = corpus().join("repos");
    for repo in std::fs::read_dir(&repos)
        .expect("read repos")
        .flatten()
        .map(|e| e.path())
    {
        let mut files = Vec::new();
        yaml_files(&repo.join("clusters"), &mut files);
        files.sort();
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap_or_default();
            for doc in yaml_serde::Deserializer::from_str(&text) {
                let Ok(obj) = <Value as serde::Deserialize>::deserialize(doc) else {
                    break;
                };
                let is_flux_ks = obj["kind"] == "Kustomization"
                    && obj["apiVersion"]
                        .as_str()
                        .is_some_and(|a| a.starts_with("kustomize.toolkit.fluxcd.io/"));
                let (Some(name), Some(path)) = (
                    obj["metadata"]["name"].as_str(),
                    obj["spec"]["path"].as_str(),
                ) else {
                    continue;
                };
                if !is_flux_ks {
                    continue;
                }
                // Paths of other source kinds (ExternalArtifact, OCIRepository) are relative to an artifact
                // generated elsewhere, not to this repository.
                if obj["spec"]["sourceRef"]["kind"] != "GitRepository" {
                    other_sources += 1;
                    continue;
                }
                let out = Command::new(env!("CARGO_BIN_EXE_flux"))
                    .args(["build", "kustomization", name, "--dry-run", "--path"])
                    .arg(repo.join(path))
                    .arg("--kustomization-file")
                    .arg(&file)
                    .env_remove("KUBECONFIG")
                    .output()
                    .expect("flux runs");
                let stdout = String::from_utf8_lossy(&out.stdout);
                if out.status.success() && stdout.contains("kustomize.toolkit.fluxcd.io/name: ") {
                    built += 1;
                } else {
                    failures.push(format!(
                        "{} ({name}): {}",
                        file.display(),
                        String::from_utf8_lossy(&out.stderr).trim()
                    ));
                }
            }
        }
    }
    eprintln!(
        "built {built} fleet Kustomizations without a cluster ({other_sources} with non-Git sources not built)"
    );
    assert!(
        failures.is_empty(),
        "builds failed:\n{}",
        failures.join("\n")
    );
    assert!(
        built >= 8,
        "expected at least 8 Flux Kustomizations in the corpus, built {built}"
    );
}
