//! GitRepository `spec.recurseSubmodules` end to end: a parent repository on the HTTP git server holds a
//! submodule by relative URL (`../child.git`), which itself holds a submodule by absolute URL; with the flag the
//! artifact carries both levels' files, without it the submodule paths are absent.

use std::path::Path;

use crate::git_servers::{GitServers, git};
use crate::harness::shared;
use crate::source_git::{Env, artifact_files, gitrepo, head};

/// `git submodule add` of a bare repository on disk, then the URL in `.gitmodules` replaced by `url`.
fn add_submodule(work: &Path, bare: &Path, path: &str, url: &str) {
    git(
        work,
        &[
            "-c",
            "protocol.file.allow=always",
            "submodule",
            "add",
            "-q",
            &bare.display().to_string(),
            path,
        ],
    );
    git(
        work,
        &[
            "config",
            "-f",
            ".gitmodules",
            &format!("submodule.{path}.url"),
            url,
        ],
    );
}

#[test]
fn submodules_are_in_the_artifact_only_when_recursed() {
    let _lock = shared();
    let servers = GitServers::start();
    servers.create_repo("grand", |d| {
        std::fs::write(d.join("grand.yaml"), "level: 2\n").unwrap();
    });
    let grand_url = servers.http_public_url("grand");
    let repos = servers.repos();
    servers.create_repo("child", |d| {
        std::fs::write(d.join("child.yaml"), "level: 1\n").unwrap();
        add_submodule(d, &repos.join("grand.git"), "deep", &grand_url);
    });
    let parent = servers.create_repo("parent", |d| {
        std::fs::write(d.join("parent.yaml"), "level: 0\n").unwrap();
        std::fs::create_dir_all(d.join("vendor")).unwrap();
        add_submodule(d, &repos.join("child.git"), "vendor/lib", "../child.git");
    });

    let env = Env::new("gitrepo-submodules");
    let url = servers.http_public_url("parent");
    let revision = format!("master@sha1:{}", head(&parent));

    env.apply(&gitrepo("flat", &url, ""));
    env.apply(&gitrepo("deep", &url, "  recurseSubmodules: true\n"));

    let flat = env.wait_ready("flat", "True", "artifact without submodules");
    assert_eq!(
        flat["status"]["artifact"]["revision"].as_str(),
        Some(revision.as_str())
    );
    let files = artifact_files(&flat);
    assert!(files.contains("parent.yaml"), "{files:?}");
    assert!(
        !files.iter().any(|f| f.starts_with("vendor/lib/")),
        "no submodule files without recurseSubmodules: {files:?}"
    );

    let deep = env.wait_ready("deep", "True", "artifact with submodules");
    assert_eq!(
        deep["status"]["artifact"]["revision"].as_str(),
        Some(revision.as_str())
    );
    assert_eq!(
        deep["status"]["observedRecurseSubmodules"].as_bool(),
        Some(true)
    );
    let files = artifact_files(&deep);
    for f in [
        "parent.yaml",
        "vendor/lib/child.yaml",
        "vendor/lib/deep/grand.yaml",
    ] {
        assert!(files.contains(f), "{f} in {files:?}");
    }
    assert!(
        !files
            .iter()
            .any(|f| f.ends_with(".gitmodules") || f.contains(".git/")),
        "{files:?}"
    );
    let fetched: Vec<usize> = ["child", "grand"]
        .iter()
        .map(|r| servers.http_fetches(r))
        .collect();
    assert!(
        fetched.iter().all(|n| *n >= 1),
        "submodules fetched over HTTP: {fetched:?}"
    );
}
