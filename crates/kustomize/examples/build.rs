//! `cargo run -p kustomize --example build -- DIR [--flux KS_FILE]`: prints what the engine builds
//! for DIR, like `kustomize build DIR` (or `flux build kustomization --dry-run` with `--flux`).

use std::path::Path;

use kustomize::flux::{FluxBuildOptions, build_kustomization};
use kustomize::{BuildOptions, DiskFs, ResourceList, build};

fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(dir) = args.first() else {
        eprintln!("usage: build DIR [--flux KS_FILE]");
        return std::process::ExitCode::from(2);
    };
    let result = match args.iter().position(|a| a == "--flux") {
        Some(i) => {
            let file = args.get(i + 1).cloned().unwrap_or_default();
            let text = std::fs::read_to_string(&file).unwrap_or_default();
            let ks = ResourceList::from_yaml(&text)
                .ok()
                .and_then(|l| l.objects.into_iter().next())
                .unwrap_or_default();
            let opts = FluxBuildOptions {
                mask_secrets: true,
                ..FluxBuildOptions::default()
            };
            build_kustomization(&DiskFs, Path::new(dir), &ks, &[], &opts)
                .map(|l| l.to_yaml_terminated())
        }
        None => build(&DiskFs, Path::new(dir), &BuildOptions::default()).map(|l| l.to_yaml()),
    };
    match result {
        Ok(text) => {
            print!("{text}");
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("Error: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}
