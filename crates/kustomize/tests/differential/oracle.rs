//! Runs one tree through the real tools and through this engine, and compares the results.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use kustomize::flux::{FluxBuildOptions, build_kustomization};
use kustomize::{BuildOptions, DiskFs, LoadRestrictor, ResourceList, SortOrder, build};

use super::generator::Tree;

/// Where the real programs are.
#[derive(Debug, Clone)]
pub struct Oracles {
    pub kustomize: PathBuf,
    pub flux: Option<PathBuf>,
}

/// What a build gave: its output, or its error message.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    Ok(String),
    Err(String),
}

/// How our result differs from the oracle's.
#[derive(Debug, Clone, PartialEq)]
pub struct Divergence {
    /// Short name of the kind of difference (`output`, `we-accept`, `error-file` …).
    pub class: String,
    /// The oracle's and our result, abridged.
    pub detail: String,
}

/// Writes `t` under `dir` (emptied first).
pub fn write_tree(t: &Tree, dir: &Path) {
    let _ = std::fs::remove_dir_all(dir);
    for (p, bytes) in &t.files {
        let f = dir.join(p);
        if let Some(parent) = f.parent() {
            let _ = std::fs::create_dir_all(parent);
        }
        let _ = std::fs::write(&f, bytes);
    }
    let _ = std::fs::create_dir_all(dir.join(&t.root));
}

fn run(cmd: &mut Command) -> Outcome {
    let child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let mut child = match child {
        Ok(c) => c,
        Err(e) => return Outcome::Err(format!("cannot run oracle: {e}")),
    };
    let mut out = String::new();
    let mut err = String::new();
    let mut stdout = child.stdout.take();
    let mut stderr = child.stderr.take();
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        if let Some(e) = stderr.as_mut() {
            let _ = e.read_to_string(&mut s);
        }
        s
    });
    if let Some(o) = stdout.as_mut() {
        let _ = o.read_to_string(&mut out);
    }
    err.push_str(&reader.join().unwrap_or_default());
    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(s)) => break Some(s),
            Ok(None) if start.elapsed() > Duration::from_secs(60) => {
                let _ = child.kill();
                break None;
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(_) => break None,
        }
    };
    match status {
        Some(s) if s.success() => Outcome::Ok(out),
        // Warnings (deprecated fields, sort flags) are not part of the error.
        _ => Outcome::Err(
            err.lines()
                .filter(|l| !l.starts_with("# Warning") && !l.starts_with("Warning:"))
                .collect::<Vec<_>>()
                .join("\n")
                .trim()
                .to_string(),
        ),
    }
}

/// The oracle's result for a tree written at `dir`.
pub fn oracle(o: &Oracles, t: &Tree, dir: &Path) -> Outcome {
    match (&t.flux_ks, &o.flux) {
        (Some(ks), Some(flux)) => run(Command::new(flux)
            .args(["build", "kustomization", "diff", "--dry-run", "--path"])
            .arg(dir.join(&t.root))
            .arg("--kustomization-file")
            .arg(dir.join(ks))),
        _ => run(Command::new(&o.kustomize)
            .arg("build")
            .arg(dir.join(&t.root))),
    }
}

/// This engine's result for the same tree, on a thread with room for deep input; a panic is
/// an outcome too.
pub fn ours(t: &Tree, dir: &Path) -> Outcome {
    let t = t.clone();
    let dir = dir.to_path_buf();
    let h = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || {
            std::panic::catch_unwind(|| ours_inline(&t, &dir))
                .unwrap_or_else(|_| Outcome::Err("PANIC".into()))
        });
    match h.map(|h| h.join()) {
        Ok(Ok(o)) => o,
        _ => Outcome::Err("PANIC".into()),
    }
}

fn ours_inline(t: &Tree, dir: &Path) -> Outcome {
    let root = dir.join(&t.root);
    let res = match &t.flux_ks {
        Some(ks) => {
            // The Kustomization object itself (in Flux it comes from the cluster): a file we
            // cannot read fails the build as `flux build` fails it.
            let text = match std::fs::read(dir.join(ks)) {
                Ok(b) => match String::from_utf8(b) {
                    Ok(t) => t,
                    Err(_) => return Outcome::Err(format!("{ks}: not UTF-8")),
                },
                Err(e) => return Outcome::Err(format!("{ks}: {e}")),
            };
            let ks = match ResourceList::from_yaml(&text) {
                Ok(l) => l.objects.into_iter().next().unwrap_or_default(),
                Err(e) => return Outcome::Err(format!("{ks}: {e}")),
            };
            let opts = FluxBuildOptions {
                boundary: Some(dir.to_path_buf()),
                mask_secrets: true,
                ..FluxBuildOptions::default()
            };
            build_kustomization(&DiskFs, &root, &ks, &[], &opts).map(|l| l.to_yaml_terminated())
        }
        None => {
            let opts = BuildOptions {
                sort: SortOrder::Legacy,
                load_restrictor: LoadRestrictor::RootOnly,
                boundary: Some(dir.to_path_buf()),
            };
            build(&DiskFs, &root, &opts).map(|l| l.to_yaml())
        }
    };
    match res {
        Ok(s) => Outcome::Ok(s),
        Err(e) => Outcome::Err(e.to_string()),
    }
}

fn abridge(s: &str) -> String {
    let s = s.replace('\n', "\\n");
    if s.len() > 400 {
        let mut end = 400;
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        format!("{}…", &s[..end])
    } else {
        s
    }
}

fn first_difference(a: &str, b: &str) -> String {
    for (i, (x, y)) in a.lines().zip(b.lines()).enumerate() {
        if x != y {
            return format!("line {}: oracle {x:?} ours {y:?}", i + 1);
        }
    }
    format!(
        "oracle has {} lines, ours {}",
        a.lines().count(),
        b.lines().count()
    )
}

/// Whether an error message names a file with this base name (quoted, or at the end of a path).
fn names_file(msg: &str, base: &str) -> bool {
    if msg.contains(&format!("'{base}'")) || msg.contains(&format!("\"{base}\"")) {
        return true;
    }
    let pat = format!("/{base}");
    msg.match_indices(&pat).any(|(i, _)| {
        msg[i + pat.len()..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric() && c != '-' && c != '_' && c != '.')
    })
}

/// Compares the two results: bytes where kustomize promises them, errors by kind and file.
pub fn compare(t: &Tree, oracle: &Outcome, ours: &Outcome) -> Option<Divergence> {
    let div = |class: &str, detail: String| {
        Some(Divergence {
            class: class.to_string(),
            detail,
        })
    };
    match (oracle, ours) {
        (_, Outcome::Err(e)) if e == "PANIC" => div("panic", "our build panicked".into()),
        (Outcome::Ok(a), Outcome::Ok(b)) if a == b => None,
        (Outcome::Ok(a), Outcome::Ok(b)) => {
            let pa = ResourceList::from_yaml(a).ok();
            let pb = ResourceList::from_yaml(b).ok();
            if pa.is_some() && pa == pb {
                div("output-format", first_difference(a, b))
            } else {
                div("output", first_difference(a, b))
            }
        }
        (Outcome::Err(e), Outcome::Ok(_)) => div("we-accept", abridge(e)),
        (Outcome::Ok(_), Outcome::Err(e)) => div("we-reject", abridge(e)),
        (Outcome::Err(oe), Outcome::Err(we)) => {
            if we.contains('\n') {
                return div("error-lines", abridge(we));
            }
            // The files the oracle's message names (not counting objects it dumps, whose
            // annotations name files too); ours must name one of them.
            let oe = oe
                .split("{\"")
                .next()
                .and_then(|s| s.split("map[").next())
                .unwrap_or(oe);
            let named: Vec<&String> = t
                .files
                .keys()
                .filter(|p| {
                    let base = p.rsplit('/').next().unwrap_or(p);
                    names_file(oe, base)
                })
                .collect();
            if named.is_empty() {
                return None;
            }
            // Our message names the file it is about first; a missing file is named inside it.
            let ours_names = named.iter().any(|p| {
                let base = p.rsplit('/').next().unwrap_or(p);
                we.split(':').next().is_some_and(|f| f.ends_with(base)) || names_file(we, base)
            });
            if ours_names {
                None
            } else {
                div(
                    "error-file",
                    format!("oracle: {} | ours: {}", abridge(oe), abridge(we)),
                )
            }
        }
    }
}
