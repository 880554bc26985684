//! Differential test of `flux create … --export` against Flux v2.9.5's own CLI: a seeded generator draws random
//! flag sets for every `create` command we have (valid and invalid values, empty values, repeated flags, every
//! mix of ref and auth flags, names that break RFC 1123), runs each through both binaries, and compares stdout,
//! stderr and the exit code byte for byte.
//!
//! Flux's binary comes from `FLUX_ORACLE` (tests/differential/kustomize/build-oracles.sh exports it); without it
//! the test says so and passes. `FLUX_CREATE_SEED` and `FLUX_CREATE_CASES` pick the run (defaults 1 and 400);
//! a failure prints each differing case as a command line to paste.

mod specs;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;

use specs::{Flag, Kind, Spec};

/// splitmix64: small, seedable and the same on every platform, so a seed names a run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
    fn pick<'a>(&mut self, items: &'a [&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

/// One flag occurrence as the user types it: `--flag=value`, `--flag value` or `-f value`.
fn render(rng: &mut Rng, flag: &Flag) -> Vec<String> {
    match &flag.kind {
        Kind::Bool => {
            let form = ["", "=true", "=false", "=yes"][rng.below(4)];
            vec![format!("--{}{form}", flag.long)]
        }
        Kind::Value(values) => {
            let value = rng.pick(values).to_string();
            match (rng.below(100), flag.short) {
                (0..=59, _) => vec![format!("--{}={value}", flag.long)],
                (60..=84, _) | (_, None) => vec![format!("--{}", flag.long), value],
                (_, Some(c)) => vec![format!("-{c}"), value],
            }
        }
    }
}

/// A random argument list for one command, `--export` included.
fn generate(rng: &mut Rng, spec: &Spec) -> Vec<String> {
    let mut pieces: Vec<Vec<String>> = Vec::new();
    let own = spec
        .flags
        .iter()
        .enumerate()
        .map(|(i, f)| (f, i == 0, false));
    let common = specs::common();
    for (flag, first, common_flag) in own.chain(common.iter().map(|f| (f, false, true))) {
        // The first flag (url, source) is what most runs need: give it often so runs get past it.
        let percent = if first {
            90
        } else if common_flag {
            15
        } else {
            25
        };
        if rng.chance(percent) {
            pieces.push(render(rng, flag));
            // Scripts append flags to a base command line: the same flag twice.
            if rng.chance(12) {
                pieces.push(render(rng, flag));
            }
        }
    }
    pieces.push(vec!["--export".to_string()]);
    // Shuffle, then put the name anywhere between the flags (cobra and clap both intersperse).
    for i in (1..pieces.len()).rev() {
        let j = rng.below(i + 1);
        pieces.swap(i, j);
    }
    if rng.chance(95) {
        let at = rng.below(pieces.len() + 1);
        pieces.insert(at, vec![rng.pick(specs::NAMES).to_string()]);
    }
    pieces.into_iter().flatten().collect()
}

/// What a run printed and how it ended.
#[derive(PartialEq)]
struct Outcome {
    stdout: String,
    stderr: String,
    code: i32,
}

fn run(bin: &Path, dir: &Path, args: &[String]) -> Outcome {
    let out = Command::new(bin)
        .arg("create")
        .args(args)
        .current_dir(dir)
        .env_remove("KUBECONFIG")
        .env_remove("FLUX_SYSTEM_NAMESPACE")
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("run {}: {e}", bin.display()));
    Outcome {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        code: out.status.code().unwrap_or(-1),
    }
}

fn shell_line(args: &[String]) -> String {
    let quoted: Vec<String> = args
        .iter()
        .map(|a| {
            if !a.is_empty()
                && a.chars()
                    .all(|c| c.is_ascii_alphanumeric() || "-_=./:,@>".contains(c))
            {
                a.clone()
            } else {
                format!("'{a}'")
            }
        })
        .collect();
    format!("flux create {}", quoted.join(" "))
}

fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

#[test]
fn create_export_matches_flux() {
    let Some(oracle) = std::env::var_os("FLUX_ORACLE").map(PathBuf::from) else {
        eprintln!(
            "skipped: FLUX_ORACLE is unset (export it with `set -a; . <(tests/differential/kustomize/build-oracles.sh all)`)"
        );
        return;
    };
    let ours = PathBuf::from(env!("CARGO_BIN_EXE_flux"));
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/create_differential");
    let seed = env_number("FLUX_CREATE_SEED", 1);
    let count = env_number("FLUX_CREATE_CASES", 400) as usize;

    let specs = specs::all();
    let mut rng = Rng(seed);
    let cases: Vec<Vec<String>> = (0..count)
        .map(|i| {
            let spec = &specs[i % specs.len()];
            let mut args: Vec<String> = spec.words.iter().map(|w| w.to_string()).collect();
            args.extend(generate(&mut rng, spec));
            args
        })
        .collect();

    let failures = Mutex::new(Vec::new());
    let next = Mutex::new(0usize);
    let matched_ok = Mutex::new((0usize, 0usize)); // (both succeeded, both rejected)
    std::thread::scope(|s| {
        for _ in 0..4 {
            s.spawn(|| {
                loop {
                    let i = {
                        let mut n = next.lock().unwrap();
                        *n += 1;
                        *n - 1
                    };
                    let Some(args) = cases.get(i) else { break };
                    let want = run(&oracle, &dir, args);
                    let got = run(&ours, &dir, args);
                    if want == got {
                        let mut m = matched_ok.lock().unwrap();
                        if want.code == 0 { m.0 += 1 } else { m.1 += 1 }
                    } else {
                        failures.lock().unwrap().push(format!(
                            "{}\n--- flux (exit {})\n{}{}--- ours (exit {})\n{}{}",
                            shell_line(args),
                            want.code,
                            want.stdout,
                            want.stderr,
                            got.code,
                            got.stdout,
                            got.stderr
                        ));
                    }
                }
            });
        }
    });
    let failures = failures.into_inner().unwrap();
    let (ok, rejected) = matched_ok.into_inner().unwrap();
    eprintln!(
        "seed {seed}: {} of {count} cases match Flux ({ok} exported, {rejected} rejected alike)",
        count - failures.len()
    );
    assert!(
        failures.is_empty(),
        "{} of {count} cases differ from Flux:\n\n{}",
        failures.len(),
        failures.join("\n")
    );
}
