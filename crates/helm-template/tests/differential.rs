//! Differential testing against the real `helm template` of helm v4.2.4: random but valid charts
//! (see `differential/generate.rs`) are rendered by this crate and by helm, and the outputs must be
//! byte for byte the same, or both must fail.
//!
//! Knobs (environment):
//! - `FLUX_HELM_V4`: the helm v4.2.4 binary; when unset, `tests/differential/build-oracles.sh`
//!   builds (or finds) it. Without an oracle the test fails, it never passes silently.
//! - `FLUX_DIFF_CASES` (default 500), `FLUX_DIFF_SEED` (default 1): how many cases, from which seed.
//! - `FLUX_DIFF_JOBS` (default 2): cases run at once.
//! - `FLUX_DIFF_SHRINK` (default 5): how many divergences are shrunk and printed.
//! - `FLUX_DIFF_SHOW_ERRORS`: print helm's error for cases where both renderers fail.
//!
//! Divergences not fixed yet are listed in `tests/differential/known_divergences.tsv` (case seed,
//! reason), as `expected_failures.tsv` does for conformance: the test fails on an unlisted
//! divergence, and on a listed case that no longer diverges (remove it from the list).
//!
//! A divergence is shrunk to a minimal chart, which is written under
//! `$CARGO_TARGET_TMPDIR/diff-cases/<seed>/` with helm's output as `expected.yaml`, ready to become a
//! regression test in `tests/regressions/`.

mod differential {
    pub mod ast;
    pub mod generate;
    pub mod rng;
    pub mod shrink;
    pub mod vocabulary;
}

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use differential::ast::Case;
use helm_template::{DiskFs, Options, load_path, parse_values, render};

const RELEASE: &str = "rel";
const NAMESPACE: &str = "ns";
const ORACLE_VERSION: &str = "v4.2.4";

fn env_num(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(default)
}

/// The helm v4 binary: `FLUX_HELM_V4`, or whatever the build script prints.
fn oracle() -> PathBuf {
    if let Some(p) = std::env::var_os("FLUX_HELM_V4") {
        return PathBuf::from(p);
    }
    let script =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/differential/build-oracles.sh");
    let out = Command::new("bash").arg(&script).output();
    match out {
        Ok(o) if o.status.success() => {
            PathBuf::from(String::from_utf8_lossy(&o.stdout).trim().to_string())
        }
        Ok(o) => panic!(
            "FAIL: no helm {ORACLE_VERSION} oracle: {} failed: {}\nset FLUX_HELM_V4 to a helm {ORACLE_VERSION} binary",
            script.display(),
            String::from_utf8_lossy(&o.stderr)
        ),
        Err(e) => panic!(
            "FAIL: no helm {ORACLE_VERSION} oracle: cannot run {}: {e}\nset FLUX_HELM_V4 to a helm {ORACLE_VERSION} binary",
            script.display()
        ),
    }
}

/// What one renderer made of a case: the output, or an error message.
#[derive(Debug, Clone, PartialEq)]
enum Outcome {
    Ok(String),
    Err(String),
}

impl Outcome {
    fn same_as(&self, other: &Outcome) -> bool {
        match (self, other) {
            (Outcome::Ok(a), Outcome::Ok(b)) => a == b,
            (Outcome::Err(_), Outcome::Err(_)) => true,
            _ => false,
        }
    }
}

fn write_case(c: &Case, dir: &Path) {
    let _ = std::fs::remove_dir_all(dir);
    let mut files = Vec::new();
    c.chart.files("chart/", &mut files);
    for (name, text) in files {
        let p = dir.join(name);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).expect("create case dir");
        }
        std::fs::write(&p, text).expect("write case file");
    }
    std::fs::create_dir_all(dir).expect("create case dir");
    let user = c.user.as_ref().map(|u| u.to_yaml()).unwrap_or_default();
    std::fs::write(dir.join("user.yaml"), user).expect("write user values");
}

fn run_helm(helm: &Path, dir: &Path) -> Outcome {
    let out = Command::new(helm)
        .args(["template", RELEASE])
        .arg(dir.join("chart"))
        .args(["--namespace", NAMESPACE, "-f"])
        .arg(dir.join("user.yaml"))
        .env("HELM_CACHE_HOME", dir.join(".helm/cache"))
        .env("HELM_CONFIG_HOME", dir.join(".helm/config"))
        .env("HELM_DATA_HOME", dir.join(".helm/data"))
        .output()
        .expect("run helm");
    if out.status.success() {
        Outcome::Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    } else {
        Outcome::Err(String::from_utf8_lossy(&out.stderr).trim().to_string())
    }
}

fn run_ours(dir: &Path) -> Outcome {
    let opts = Options {
        release_name: RELEASE.into(),
        namespace: NAMESPACE.into(),
        ..Options::default()
    };
    let user = std::fs::read_to_string(dir.join("user.yaml")).unwrap_or_default();
    let r = std::panic::catch_unwind(|| {
        load_path(&DiskFs, &dir.join("chart"))
            .and_then(|c| parse_values(&user).map(|v| (c, v)))
            .and_then(|(c, v)| render(&c, &v, &opts))
            .map(|r| r.to_helm_output(&opts))
    });
    match r {
        Ok(Ok(s)) => Outcome::Ok(s),
        Ok(Err(e)) => Outcome::Err(e.to_string()),
        Err(_) => Outcome::Err("PANIC".into()),
    }
}

/// Renders a case both ways: (helm, ours).
fn outcomes(helm: &Path, c: &Case, dir: &Path) -> (Outcome, Outcome) {
    write_case(c, dir);
    (run_helm(helm, dir), run_ours(dir))
}

fn differ(theirs: &Outcome, ours: &Outcome) -> bool {
    matches!(ours, Outcome::Err(e) if e == "PANIC") || !theirs.same_as(ours)
}

/// Renders a case both ways; `Some((helm, ours))` when they differ.
fn diverges(helm: &Path, c: &Case, dir: &Path) -> Option<(Outcome, Outcome)> {
    let (theirs, ours) = outcomes(helm, c, dir);
    differ(&theirs, &ours).then_some((theirs, ours))
}

fn shrink(helm: &Path, mut c: Case, dir: &Path) -> Case {
    let mut budget = env_num("FLUX_DIFF_SHRINK_STEPS", 600);
    'outer: loop {
        for cand in differential::shrink::candidates(&c) {
            if budget == 0 {
                break 'outer;
            }
            budget -= 1;
            if diverges(helm, &cand, dir).is_some() {
                c = cand;
                continue 'outer;
            }
        }
        break;
    }
    c
}

fn show(c: &Case) -> String {
    let mut files = Vec::new();
    c.chart.files("chart/", &mut files);
    if let Some(u) = &c.user {
        files.push(("user.yaml".into(), u.to_yaml()));
    }
    files
        .iter()
        .map(|(n, t)| format!("==> {n} <==\n{t}"))
        .collect::<Vec<_>>()
        .join("")
}

fn show_outcome(o: &Outcome) -> String {
    match o {
        Outcome::Ok(s) => s.clone(),
        Outcome::Err(e) => format!("ERROR: {e}"),
    }
}

#[test]
fn generated_charts_render_like_helm_v4() {
    let helm = oracle();
    let version = Command::new(&helm)
        .args(["version", "--template", "{{ .Version }}"])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_else(|e| panic!("FAIL: cannot run oracle {}: {e}", helm.display()));
    assert_eq!(
        version,
        ORACLE_VERSION,
        "FAIL: oracle {} is helm {version:?}, not {ORACLE_VERSION}",
        helm.display()
    );
    let cases = env_num("FLUX_DIFF_CASES", 500);
    let seed = env_num("FLUX_DIFF_SEED", 1);
    let jobs = env_num("FLUX_DIFF_JOBS", 2).max(1) as usize;
    let to_shrink = env_num("FLUX_DIFF_SHRINK", 5) as usize;
    let root = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("diff-cases");
    let next = AtomicUsize::new(0);
    let found: Mutex<Vec<u64>> = Mutex::new(Vec::new());
    let shrunk = AtomicUsize::new(0);
    let both_failed = AtomicUsize::new(0);
    let reports: Mutex<Vec<String>> = Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for job in 0..jobs {
            let (helm, root, next, found, shrunk, reports, both_failed) =
                (&helm, &root, &next, &found, &shrunk, &reports, &both_failed);
            s.spawn(move || {
                let dir = root.join(format!("work-{job}"));
                loop {
                    let i = next.fetch_add(1, Ordering::SeqCst) as u64;
                    if i >= cases {
                        break;
                    }
                    let case_seed = seed.wrapping_mul(1_000_003).wrapping_add(i);
                    if std::env::var_os("FLUX_DIFF_TRACE").is_some() {
                        eprintln!("case seed {case_seed}");
                    }
                    let c = differential::generate::case(case_seed);
                    let (theirs, ours) = outcomes(helm, &c, &dir);
                    match differ(&theirs, &ours) {
                        false => {
                            if let Outcome::Err(e) = &theirs {
                                both_failed.fetch_add(1, Ordering::SeqCst);
                                if std::env::var_os("FLUX_DIFF_SHOW_ERRORS").is_some() {
                                    let why = e
                                        .lines()
                                        .rfind(|l| !l.trim().is_empty() && !l.contains("--debug"))
                                        .unwrap_or_default();
                                    println!("both failed, case seed {case_seed}: {why}");
                                }
                            }
                        }
                        true => {
                            found.lock().expect("lock").push(case_seed);
                            if shrunk.fetch_add(1, Ordering::SeqCst) < to_shrink {
                                let small = shrink(helm, c, &dir);
                                let keep = root.join(case_seed.to_string());
                                let Some((theirs, ours)) = diverges(helm, &small, &keep) else {
                                    continue;
                                };
                                if let Outcome::Ok(t) = &theirs {
                                    let _ = std::fs::write(keep.join("expected.yaml"), t);
                                }
                                let r = format!(
                                    "=== divergence, case seed {case_seed} (saved in {}) ===\n{}--- helm ---\n{}\n--- ours ---\n{}\n",
                                    keep.display(),
                                    show(&small),
                                    show_outcome(&theirs),
                                    show_outcome(&ours)
                                );
                                println!("{r}");
                                reports.lock().expect("lock").push(r);
                            }
                        }
                    }
                }
            });
        }
    });
    let mut found = found.into_inner().expect("lock");
    found.sort();
    println!(
        "helm differential: {} of {cases} cases diverge (seed {seed}; {} failed in both)",
        found.len(),
        both_failed.load(Ordering::SeqCst)
    );
    println!("diverging case seeds: {found:?}");
    let known = known_divergences();
    let ran = |case_seed: u64| {
        (0..cases).any(|i| seed.wrapping_mul(1_000_003).wrapping_add(i) == case_seed)
    };
    let new: Vec<u64> = found
        .iter()
        .copied()
        .filter(|c| !known.iter().any(|(k, _)| k == c))
        .collect();
    let fixed: Vec<u64> = known
        .iter()
        .map(|(k, _)| *k)
        .filter(|k| ran(*k) && !found.contains(k))
        .collect();
    for (k, why) in known.iter().filter(|(k, _)| found.contains(k)) {
        println!("known divergence, case seed {k}: {why}");
    }
    assert!(
        new.is_empty() && fixed.is_empty(),
        "generated charts render differently from helm {ORACLE_VERSION} (seed {seed}, {cases} cases): \
         new divergences (case seeds): {new:?}; listed in known_divergences.tsv but no longer \
         diverging (remove them): {fixed:?}"
    );
}

/// `tests/differential/known_divergences.tsv`: case seed, tab, reason.
fn known_divergences() -> Vec<(u64, String)> {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/differential/known_divergences.tsv");
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let (seed, why) = l.split_once('\t')?;
            Some((seed.trim().parse().ok()?, why.trim().to_string()))
        })
        .collect()
}

/// Re-runs one case seed (`FLUX_DIFF_CASE=<seed>`): prints the case and both outputs.
#[test]
#[ignore = "debugging aid: set FLUX_DIFF_CASE to a case seed"]
fn one_generated_case() {
    let helm = oracle();
    let seed = env_num("FLUX_DIFF_CASE", 0);
    let c = differential::generate::case(seed);
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("diff-one-{seed}"));
    write_case(&c, &dir);
    println!("{}", show(&c));
    println!("--- helm ---\n{}", show_outcome(&run_helm(&helm, &dir)));
    println!("--- ours ---\n{}", show_outcome(&run_ours(&dir)));
}
