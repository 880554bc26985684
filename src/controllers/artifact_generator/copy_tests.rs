//! Unit tests of the copy operations: `cp`-like destinations, globs, exclusions, Merge, Extract and the
//! failure messages source-watcher words.

use super::*;

use std::collections::BTreeMap;
use std::path::Path;

struct Fixture {
    _dir: tempfile::TempDir,
    sources: BTreeMap<String, PathBuf>,
    staging: PathBuf,
}

fn fixture(files: &[(&str, &str)]) -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("src");
    for (path, body) in files {
        let p = src.join(path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, body).unwrap();
    }
    std::fs::create_dir_all(&src).unwrap();
    let staging = dir.path().join("staging");
    std::fs::create_dir_all(&staging).unwrap();
    Fixture {
        sources: BTreeMap::from([("src".to_string(), src)]),
        staging,
        _dir: dir,
    }
}

fn op(from: &str, to: &str) -> CopyOperation {
    CopyOperation {
        from: from.into(),
        to: to.into(),
        ..Default::default()
    }
}

fn files(root: &Path) -> Vec<String> {
    let mut out = Vec::new();
    walk(root, "", &mut |rel| {
        if root.join(rel).is_file() {
            out.push(rel.to_string());
        }
    })
    .unwrap();
    out.sort();
    out
}

fn run(f: &Fixture, ops: &[CopyOperation]) -> std::result::Result<(), OperationError> {
    apply_all(ops, &f.sources, &f.staging)
}

#[test]
fn a_file_is_copied_to_a_name_or_into_a_directory() {
    let f = fixture(&[("a/values.yaml", "x: 1\n")]);
    run(
        &f,
        &[
            op("@src/a/values.yaml", "@artifact/renamed.yaml"),
            op("@src/a/values.yaml", "@artifact/dir/"),
        ],
    )
    .unwrap();
    assert_eq!(files(&f.staging), vec!["dir/values.yaml", "renamed.yaml"]);
}

#[test]
fn a_directory_is_copied_under_its_own_name_and_dir_star_star_copies_its_contents() {
    let f = fixture(&[("app/deploy/a.yaml", "a"), ("app/deploy/sub/b.yaml", "b")]);
    run(
        &f,
        &[
            op("@src/app/deploy", "@artifact/one/"),
            op("@src/app/deploy/**", "@artifact/two/"),
        ],
    )
    .unwrap();
    assert_eq!(
        files(&f.staging),
        vec![
            "one/deploy/a.yaml",
            "one/deploy/sub/b.yaml",
            "two/a.yaml",
            "two/sub/b.yaml"
        ]
    );
}

#[test]
fn a_star_glob_stays_in_one_directory_level() {
    let f = fixture(&[("a.yaml", "a"), ("b.txt", "b"), ("sub/c.yaml", "c")]);
    run(&f, &[op("@src/*.yaml", "@artifact/")]).unwrap();
    assert_eq!(files(&f.staging), vec!["a.yaml"]);
}

#[test]
fn excludes_match_file_names_at_any_depth_and_paths_relative_to_the_selection() {
    let f = fixture(&[
        ("app/a.yaml", "a"),
        ("app/README.md", "r"),
        ("app/tests/t.yaml", "t"),
        ("app/sub/NOTES.md", "n"),
    ]);
    let mut o = op("@src/app/**", "@artifact/");
    o.exclude = vec!["*.md".into(), "tests/**".into()];
    run(&f, &[o]).unwrap();
    assert_eq!(files(&f.staging), vec!["a.yaml"]);
}

#[test]
fn a_later_copy_overwrites_and_merge_deep_merges() {
    let f = fixture(&[
        ("base.yaml", "image:\n  tag: v1\n  repo: app\nreplicas: 1\n"),
        ("prod.yaml", "image:\n  tag: v2\n"),
    ]);
    let mut merge = op("@src/prod.yaml", "@artifact/values.yaml");
    merge.strategy = MERGE.into();
    run(&f, &[op("@src/base.yaml", "@artifact/values.yaml"), merge]).unwrap();
    assert_eq!(
        std::fs::read_to_string(f.staging.join("values.yaml")).unwrap(),
        "image:\n  repo: app\n  tag: v2\nreplicas: 1\n"
    );
    run(&f, &[op("@src/prod.yaml", "@artifact/values.yaml")]).unwrap();
    assert_eq!(
        std::fs::read_to_string(f.staging.join("values.yaml")).unwrap(),
        "image:\n  tag: v2\n"
    );
}

fn tarball(entries: &[(&str, &str)]) -> Vec<u8> {
    let mut builder = tar::Builder::new(flate2::write::GzEncoder::new(
        Vec::new(),
        flate2::Compression::default(),
    ));
    for (name, body) in entries {
        let mut h = tar::Header::new_gnu();
        h.set_size(body.len() as u64);
        h.set_mode(0o644);
        h.set_cksum();
        builder.append_data(&mut h, name, body.as_bytes()).unwrap();
    }
    builder.into_inner().unwrap().finish().unwrap()
}

#[test]
fn extract_unpacks_tarballs_and_a_glob_skips_other_files() {
    let f = fixture(&[("charts/readme.txt", "x")]);
    let chart = tarball(&[("podinfo/Chart.yaml", "name: podinfo\n")]);
    std::fs::write(f.sources["src"].join("charts/podinfo-1.0.0.tgz"), &chart).unwrap();
    let mut o = op("@src/charts/**", "@artifact/charts/");
    o.strategy = EXTRACT.into();
    run(&f, &[o]).unwrap();
    assert_eq!(files(&f.staging), vec!["charts/podinfo/Chart.yaml"]);
}

#[test]
fn extract_of_a_single_file_requires_a_tarball() {
    let f = fixture(&[("values.yaml", "x")]);
    let mut o = op("@src/values.yaml", "@artifact/");
    o.strategy = EXTRACT.into();
    let err = run(&f, &[o]).unwrap_err();
    assert_eq!(
        err.to_string(),
        "failed to apply copy operation from '@src/values.yaml' to '@artifact/': extract strategy requires tarball file (.tar.gz or .tgz), got 'values.yaml'"
    );
}

#[test]
fn failures_are_worded_as_source_watcher_words_them() {
    let f = fixture(&[("a.yaml", "a")]);
    let msg = |o: CopyOperation| run(&f, &[o]).unwrap_err().source.to_string();
    assert_eq!(
        msg(op("@src/missing.yaml", "@artifact/")),
        "source 'missing.yaml' does not exist"
    );
    assert_eq!(
        msg(op("@src/*.json", "@artifact/")),
        "no files match pattern '*.json' in source 'src'"
    );
    assert_eq!(
        msg(op("@other/a.yaml", "@artifact/")),
        "source alias 'other' not found"
    );
    assert_eq!(
        msg(op("@src/a.yaml", "@out/")),
        "invalid copy destination '@out/': destination must start with '@artifact/'"
    );
    let mut excluded = op("@src/*.yaml", "@artifact/");
    excluded.exclude = vec!["a.yaml".into()];
    assert_eq!(
        msg(excluded),
        "all files matching pattern '*.yaml' in source 'src' were excluded"
    );
}

#[test]
fn a_path_cannot_climb_out_of_its_source_or_the_artifact() {
    let f = fixture(&[("a.yaml", "a")]);
    assert!(run(&f, &[op("@src/../../etc/passwd", "@artifact/")]).is_err());
    assert!(run(&f, &[op("@src/a.yaml", "@artifact/../../escaped.yaml")]).is_err());
    assert!(files(&f.staging).is_empty());
}
