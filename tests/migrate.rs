//! `flux migrate -f` on real files: the binary runs in a temporary working directory holding manifests, and the
//! tests check its report lines, the files it rewrites (and those it must leave alone), and its errors.

use std::path::Path;
use std::process::{Command, Stdio};

struct Out {
    code: i32,
    stdout: String,
    stderr: String,
}

fn migrate(dir: &Path, args: &[&str], stdin: &str) -> Out {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_flux"))
        .arg("migrate")
        .args(args)
        .current_dir(dir)
        .env_remove("KUBECONFIG")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("run flux: {e}"));
    if let Some(mut input) = child.stdin.take() {
        let _ = input.write_all(stdin.as_bytes());
    }
    let out = child
        .wait_with_output()
        .unwrap_or_else(|e| panic!("wait flux: {e}"));
    Out {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

const APPS: &str = "apiVersion: source.toolkit.fluxcd.io/v1beta2\nkind: GitRepository\nmetadata:\n  name: app\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: keep\n---\napiVersion: kustomize.toolkit.fluxcd.io/v1beta2\nkind: Kustomization\nspec:\n  sourceRef:\n    kind: GitRepository\n    name: app\n";
const IMAGES: &str = "apiVersion: image.toolkit.fluxcd.io/v1beta1\nkind: ImagePolicy\n";
const CURRENT: &str = "apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\n";

fn tree() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let write = |rel: &str, text: &str| {
        let path = dir.path().join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).unwrap_or_else(|e| panic!("{e}"));
        }
        std::fs::write(path, text).unwrap_or_else(|e| panic!("{e}"));
    };
    write("repo/apps/apps.yaml", APPS);
    write("repo/images.yml", IMAGES);
    write("repo/current.yaml", CURRENT);
    write("repo/notes.txt", IMAGES);
    write("repo/chart/templates/policy.tpl", IMAGES);
    dir
}

fn read(dir: &Path, rel: &str) -> String {
    std::fs::read_to_string(dir.join(rel)).unwrap_or_else(|e| panic!("read {rel}: {e}"))
}

#[test]
fn dry_run_reports_every_upgrade_and_changes_nothing() {
    let dir = tree();
    let out = migrate(dir.path(), &["-f", "repo/", "--dry-run"], "");
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(
        out.stderr,
        "► starting migration of custom resources\n\
         ✚ repo/apps/apps.yaml:1: GitRepository v1beta2 -> v1\n\
         ✚ repo/apps/apps.yaml:11: Kustomization v1beta2 -> v1\n\
         ✚ repo/images.yml:1: ImagePolicy v1beta1 -> v1\n\
         ✔ dry-run mode enabled, no changes will be made\n"
    );
    assert_eq!(read(dir.path(), "repo/apps/apps.yaml"), APPS);
}

#[test]
fn yes_rewrites_the_version_lines_only_and_keeps_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tree();
    let images = dir.path().join("repo/images.yml");
    std::fs::set_permissions(&images, std::fs::Permissions::from_mode(0o600))
        .unwrap_or_else(|e| panic!("{e}"));
    let out = migrate(
        dir.path(),
        &["--path=repo", "--extensions=.yml,.yaml,.tpl", "--yes"],
        "",
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stderr.ends_with(
            "✔ file repo/apps/apps.yaml migrated successfully\n\
             ✔ file repo/chart/templates/policy.tpl migrated successfully\n\
             ✔ file repo/images.yml migrated successfully\n\
             ✔ custom resources migrated successfully\n"
        ),
        "{}",
        out.stderr
    );
    assert_eq!(
        read(dir.path(), "repo/apps/apps.yaml"),
        APPS.replace("v1beta2\nkind: GitRepository", "v1\nkind: GitRepository")
            .replace(
                "kustomize.toolkit.fluxcd.io/v1beta2",
                "kustomize.toolkit.fluxcd.io/v1"
            )
    );
    assert_eq!(
        read(dir.path(), "repo/chart/templates/policy.tpl"),
        "apiVersion: image.toolkit.fluxcd.io/v1\nkind: ImagePolicy\n"
    );
    assert_eq!(read(dir.path(), "repo/notes.txt"), IMAGES);
    assert_eq!(read(dir.path(), "repo/current.yaml"), CURRENT);
    let mode = std::fs::metadata(&images)
        .map(|m| m.permissions().mode() & 0o777)
        .unwrap_or(0);
    assert_eq!(mode, 0o600);

    // Nothing is left to do.
    let again = migrate(dir.path(), &["-f", "repo"], "");
    assert_eq!(
        again.stderr,
        "► starting migration of custom resources\n✔ no custom resources found that require migration\n"
    );
}

#[test]
fn an_older_flux_version_targets_its_own_latest_versions() {
    let dir = tree();
    let out = migrate(
        dir.path(),
        &["-f", "repo/images.yml", "-v", "2.6", "-y"],
        "",
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stderr
            .contains("✚ repo/images.yml:1: ImagePolicy v1beta1 -> v1beta2\n"),
        "{}",
        out.stderr
    );
    assert_eq!(
        read(dir.path(), "repo/images.yml"),
        "apiVersion: image.toolkit.fluxcd.io/v1beta2\nkind: ImagePolicy\n"
    );
    let out = migrate(dir.path(), &["-f", "repo", "--version=2.5"], "");
    assert_eq!(
        (out.code, out.stderr.as_str()),
        (
            1,
            "✗ version 2.5 is not supported, supported versions are: 2.9, 2.8, 2.7, 2.6\n"
        )
    );
}

#[test]
fn the_answer_is_read_from_stdin_without_a_terminal() {
    let dir = tree();
    let refused = migrate(dir.path(), &["-f", "repo/images.yml"], "n\n");
    assert_eq!(
        (refused.code, refused.stderr.lines().last()),
        (1, Some("✗ "))
    );
    assert_eq!(read(dir.path(), "repo/images.yml"), IMAGES);
    let closed = migrate(dir.path(), &["-f", "repo/images.yml"], "");
    assert_eq!(closed.stderr.lines().last(), Some("✗ ^D"));
    let agreed = migrate(dir.path(), &["-f", "repo/images.yml"], "y\n");
    assert_eq!(agreed.code, 0, "{}", agreed.stderr);
    assert_eq!(
        read(dir.path(), "repo/images.yml"),
        "apiVersion: image.toolkit.fluxcd.io/v1\nkind: ImagePolicy\n"
    );
    assert_eq!(agreed.stdout, "");
}

#[test]
fn bad_paths_fail_as_flux_does() {
    let dir = tree();
    let cases: &[(&[&str], &str)] = &[
        (
            &["-f", "repo/notes.txt"],
            "✗ file repo/notes.txt does not match the specified extensions: .yaml, .yml\n",
        ),
        (
            &["-f", "nowhere"],
            "✗ failed to stat path nowhere: openat nowhere: no such file or directory\n",
        ),
        (
            &["-f", "/etc"],
            "✗ failed to stat path /etc: open /etc: invalid argument\n",
        ),
        (
            &["-f", "../x"],
            "✗ failed to stat path ../x: open ../x: invalid argument\n",
        ),
    ];
    for (args, want) in cases {
        let out = migrate(dir.path(), args, "");
        let want = format!("► starting migration of custom resources\n{want}");
        assert_eq!(
            (out.code, out.stderr.as_str()),
            (1, want.as_str()),
            "{args:?}"
        );
    }
}

#[test]
fn symlinks_are_skipped_as_irregular_files() {
    let dir = tree();
    std::os::unix::fs::symlink("images.yml", dir.path().join("repo/link.yaml"))
        .unwrap_or_else(|e| panic!("{e}"));
    let out = migrate(dir.path(), &["-f", "repo", "--dry-run"], "");
    assert!(
        out.stderr
            .contains("⚠️ skipping irregular file repo/link.yaml\n"),
        "{}",
        out.stderr
    );
    let single = migrate(dir.path(), &["-f", "repo/link.yaml"], "");
    assert_eq!(
        single.stderr,
        "► starting migration of custom resources\n✗ file repo/link.yaml is irregular\n"
    );
}
