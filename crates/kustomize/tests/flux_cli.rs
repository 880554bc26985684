//! The Flux CLI corpus cases this crate answers for: `flux build kustomization` (local builds,
//! without `--recursive`) through [`kustomize::flux::build_kustomization`], and `flux envsubst`
//! through [`kustomize::flux::envsubst`], compared with Flux's golden output.

use std::path::{Path, PathBuf};

use kustomize::flux::{FluxBuildOptions, build_kustomization, envsubst};
use kustomize::{DiskFs, ResourceList};

const NAMESPACE: &str = "flux-system-1";

fn corpus_dir() -> PathBuf {
    match std::env::var_os("FLUX_CORPUS") {
        Some(p) => PathBuf::from(p).join("flux-cli"),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/flux-cli"),
    }
}

fn render(text: &str) -> String {
    text.replace("{{ .fluxns }}", NAMESPACE)
        .replace("{{.fluxns}}", NAMESPACE)
}

fn case(dir: &Path) -> yaml_serde::Value {
    let text = std::fs::read_to_string(dir.join("case.yaml")).unwrap_or_default();
    yaml_serde::from_str(&text).unwrap_or(yaml_serde::Value::Null)
}

fn arg_after(args: &[String], flag: &str) -> Option<String> {
    args.iter()
        .position(|a| a == flag)
        .and_then(|i| args.get(i + 1))
        .cloned()
}

/// The Flux Kustomization named `name`, from the `--kustomization-file` or the cluster objects.
fn find_kustomization(
    dir: &Path,
    c: &yaml_serde::Value,
    args: &[String],
    name: &str,
) -> Option<serde_json::Value> {
    let mut files: Vec<PathBuf> = Vec::new();
    if let Some(f) = arg_after(args, "--kustomization-file") {
        files.push(dir.join(f));
    }
    if let Some(objs) = c
        .get("cluster")
        .and_then(|cl| cl.get("objects"))
        .and_then(|o| o.as_sequence())
    {
        for o in objs {
            if let Some(f) = o.get("file").and_then(|f| f.as_str()) {
                files.push(dir.join(f));
            }
        }
    }
    for f in files {
        let text = render(&std::fs::read_to_string(&f).ok()?);
        for obj in ResourceList::from_yaml(&text).ok()?.objects {
            if obj.get("kind").and_then(|k| k.as_str()) == Some("Kustomization")
                && obj
                    .get("apiVersion")
                    .and_then(|a| a.as_str())
                    .is_some_and(|a| a.starts_with("kustomize.toolkit.fluxcd.io/"))
                && obj
                    .get("metadata")
                    .and_then(|m| m.get("name"))
                    .and_then(|n| n.as_str())
                    == Some(name)
            {
                return Some(obj);
            }
        }
    }
    None
}

#[test]
fn flux_build_kustomization_goldens() {
    let corpus = corpus_dir();
    assert!(
        corpus.is_dir(),
        "flux-cli corpus not found at {}",
        corpus.display()
    );
    let mut names: Vec<PathBuf> = std::fs::read_dir(&corpus)
        .map(|rd| rd.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    names.sort();
    let (mut ran, mut failed) = (0, Vec::new());
    for dir in names {
        let id = dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if !id.starts_with("TestBuildLocalKustomization__")
            && !id.starts_with("TestBuildKustomization__")
        {
            continue;
        }
        let c = case(&dir);
        let args: Vec<String> = c
            .get("args")
            .and_then(|a| a.as_sequence())
            .map(|s| s.iter().filter_map(|x| x.as_str().map(render)).collect())
            .unwrap_or_default();
        let expected_file = c
            .get("expects")
            .and_then(|e| e.get("output_file"))
            .and_then(|f| f.as_str());
        // Recursive builds and argument errors are the CLI's part.
        let (Some(expected_file), Some(path)) = (expected_file, arg_after(&args, "--path")) else {
            continue;
        };
        if args.iter().any(|a| a == "--recursive") {
            continue;
        }
        let name = args.get(2).cloned().unwrap_or_default();
        let Some(ks) = find_kustomization(&dir, &c, &args, &name) else {
            failed.push(format!("{id}: Kustomization {name} not found"));
            continue;
        };
        let expected =
            render(&std::fs::read_to_string(dir.join(expected_file)).unwrap_or_default());
        let ignore: Vec<String> = arg_after(&args, "--ignore-paths").into_iter().collect();
        let opts = FluxBuildOptions {
            boundary: None,
            strict_substitute: false,
            mask_secrets: true,
            ignore_paths: ignore,
            decrypt: None,
        };
        ran += 1;
        match build_kustomization(&DiskFs, &dir.join(&path), &ks, &[], &opts) {
            Ok(list) if list.to_yaml_terminated() == expected => println!("PASS {id}"),
            Ok(list) => {
                let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
                let _ = std::fs::write(
                    tmp.join(format!("{id}.got.yaml")),
                    list.to_yaml_terminated(),
                );
                let _ = std::fs::write(tmp.join(format!("{id}.expected.yaml")), &expected);
                println!("FAIL {id} (got and expected written to {})", tmp.display());
                failed.push(format!("{id}: output differs"));
            }
            Err(e) => failed.push(format!("{id}: {e}")),
        }
    }
    println!("{} of {ran} flux build cases pass", ran - failed.len());
    assert!(ran >= 10, "expected at least 10 build cases, found {ran}");
    assert!(
        failed.is_empty(),
        "flux build cases failed:\n{}",
        failed.join("\n")
    );
}

#[test]
fn flux_envsubst_goldens() {
    let corpus = corpus_dir();
    let dir = corpus.join("TestEnvsubst__1");
    let input =
        std::fs::read_to_string(dir.join("input/testdata/envsubst/file.yaml")).unwrap_or_default();
    let expected = std::fs::read_to_string(dir.join("expected.gold")).unwrap_or_default();
    let vars = |name: &str| (name == "REPO_NAME").then(|| "test".to_string());
    let out = envsubst(&input, &vars, false).map_err(|e| e.to_string());
    assert_eq!(out.as_deref(), Ok(expected.as_str()));
    let strict = envsubst(&input, &|_| None, true).map_err(|e| e.to_string());
    assert!(
        strict
            .as_ref()
            .is_err_and(|e| e.contains("variable not set (strict mode)")),
        "{strict:?}"
    );
}
