//! Regression cases from differential testing: each folder of `tests/regressions/` is named
//! after the behaviour it pins down, holds the tree in `input/` and what the real tool gave:
//! `expected.yaml` (byte for byte) or `expected.err` (the build must fail, with a one-line
//! error). Made with `tests/differential/kustomize/add-regression.sh NAME DIR` (kustomize
//! v5.8.1, or `flux build kustomization --dry-run` of Flux v2.9.5 when `input/ks.yaml` exists).

use std::path::{Path, PathBuf};

use kustomize::flux::{FluxBuildOptions, build_kustomization};
use kustomize::{BuildOptions, DiskFs, LoadRestrictor, ResourceList, SortOrder, build};

fn run(case: &Path) -> Result<String, String> {
    let input = case.join("input");
    let root = if input.join("app").is_dir() {
        input.join("app")
    } else {
        input.clone()
    };
    let ks_file = input.join("ks.yaml");
    if ks_file.is_file() {
        let text = std::fs::read_to_string(&ks_file).map_err(|e| e.to_string())?;
        let ks = ResourceList::from_yaml(&text)
            .map_err(|e| e.to_string())?
            .objects
            .into_iter()
            .next()
            .unwrap_or_default();
        let opts = FluxBuildOptions {
            boundary: Some(input.clone()),
            mask_secrets: true,
            ..FluxBuildOptions::default()
        };
        build_kustomization(&DiskFs, &root, &ks, &[], &opts)
            .map(|l| l.to_yaml_terminated())
            .map_err(|e| e.to_string())
    } else {
        let opts = BuildOptions {
            sort: SortOrder::Legacy,
            load_restrictor: LoadRestrictor::RootOnly,
            boundary: Some(input.clone()),
        };
        build(&DiskFs, &root, &opts)
            .map(|l| l.to_yaml())
            .map_err(|e| e.to_string())
    }
}

#[test]
fn regression_cases_match_the_real_tools() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/regressions");
    let mut cases: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|rd| rd.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    cases.sort();
    assert!(
        !cases.is_empty(),
        "no regression cases in {}",
        dir.display()
    );
    let mut failed = Vec::new();
    for case in &cases {
        let name = case
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let expected = std::fs::read_to_string(case.join("expected.yaml")).ok();
        match (run(case), expected) {
            (Ok(got), Some(want)) if got == want => println!("PASS {name}"),
            (Ok(got), Some(want)) => failed.push(format!(
                "{name}: output differs\n--- expected\n{want}\n--- got\n{got}"
            )),
            (Err(e), Some(_)) => {
                failed.push(format!("{name}: the real tool builds it, we fail: {e}"))
            }
            (Err(e), None) if e.contains('\n') => {
                failed.push(format!("{name}: error is not one line: {e}"))
            }
            (Err(e), None) => println!("PASS {name} (fails: {e})"),
            (Ok(got), None) => {
                failed.push(format!("{name}: the real tool fails, we build:\n{got}"))
            }
        }
    }
    assert!(failed.is_empty(), "regressions:\n{}", failed.join("\n\n"));
}
