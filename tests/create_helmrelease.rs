//! `flux create helmrelease --export` and its validation errors match Flux v2.9.5 byte for byte: every case of
//! tests/data/create_helmrelease/cases.tsv runs our binary and compares stdout, stderr and the exit code with the
//! golden Flux's own CLI produced (regenerate with that directory's generate.sh).

use std::path::PathBuf;
use std::process::Command;

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/create_helmrelease")
}

/// Runs one case the way generate.sh runs Flux, in the same shape as the golden.
fn run(args: &str) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_flux"))
        .arg("create")
        .arg("helmrelease")
        .args(args.split(' ').filter(|a| !a.is_empty()))
        .current_dir(dir())
        .env_remove("KUBECONFIG")
        .stdin(std::process::Stdio::null())
        .output()
        .expect("run flux");
    format!(
        "{}--- stderr\n{}--- exit {}\n",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
        out.status.code().unwrap_or(-1)
    )
}

#[test]
fn create_helmrelease_matches_flux() {
    let cases = std::fs::read_to_string(dir().join("cases.tsv")).expect("read cases.tsv");
    let mut failed = Vec::new();
    let mut count = 0;
    for line in cases
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let (name, args) = line.split_once('\t').expect("name<TAB>args");
        let want =
            std::fs::read_to_string(dir().join(format!("golden/{name}.txt"))).expect("read golden");
        let got = run(args);
        count += 1;
        if got != want {
            failed.push(format!("{name}:\n--- expected\n{want}--- got\n{got}"));
        }
    }
    assert!(count > 20, "only {count} cases ran");
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}
