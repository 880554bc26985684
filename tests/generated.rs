//! The committed shell completions (completions/) and command reference (docs/cmd/) match what the current
//! command tree generates. Run with `UPDATE_GOLDEN=1` to regenerate them.

use std::path::PathBuf;

use flux::cli::completion::{Shell, script};
use flux::cli::docgen;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn updating() -> bool {
    std::env::var_os("UPDATE_GOLDEN").is_some()
}

#[test]
fn committed_completions_are_current() {
    let dir = root().join("completions");
    for (shell, file) in [
        (Shell::Bash, "flux.bash"),
        (Shell::Zsh, "_flux"),
        (Shell::Fish, "flux.fish"),
        (Shell::Powershell, "flux.ps1"),
    ] {
        let want = script(shell);
        let path = dir.join(file);
        if updating() {
            std::fs::create_dir_all(&dir).expect("create completions/");
            std::fs::write(&path, &want).expect("write completion");
            continue;
        }
        let have = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            have == want,
            "{} is stale: run UPDATE_GOLDEN=1 cargo test --test generated",
            path.display()
        );
    }
}

#[test]
fn committed_command_reference_is_current() {
    let dir = root().join("docs/cmd");
    if updating() {
        let _ = std::fs::remove_dir_all(&dir);
        docgen::write(&dir).expect("write docs/cmd");
        return;
    }
    let pages = docgen::pages();
    let mut committed: Vec<String> = std::fs::read_dir(&dir)
        .map(|it| {
            it.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    committed.sort();
    let mut generated: Vec<String> = pages.iter().map(|(n, _)| n.clone()).collect();
    generated.sort();
    assert_eq!(
        committed, generated,
        "docs/cmd pages differ: run UPDATE_GOLDEN=1 cargo test --test generated"
    );
    for (name, content) in pages {
        let have = std::fs::read_to_string(dir.join(&name)).unwrap_or_default();
        assert!(
            have == content,
            "docs/cmd/{name} is stale: run UPDATE_GOLDEN=1 cargo test --test generated"
        );
    }
}
