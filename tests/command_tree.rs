//! Our command tree against Flux v2.9.5's: every leaf command of tests/data/flux_commands/commands.tsv (made by
//! generate.sh from Flux's own `--help`) must exist with exactly Flux's flags, own and inherited. What we do not
//! have yet, or have beyond Flux, is listed with a reason in expected.tsv; an entry that no longer applies fails
//! the test too, so the list only shrinks.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

fn data(file: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/flux_commands")
        .join(file);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()))
}

/// Flux's leaves: path (`flux create source git`) to long flag names.
fn flux_leaves() -> BTreeMap<String, BTreeSet<String>> {
    data("commands.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .map(|l| {
            let (path, flags) = l.split_once('\t').unwrap_or((l, ""));
            let flags = flags.split_whitespace().map(str::to_string).collect();
            (path.trim().to_string(), flags)
        })
        .collect()
}

/// Our visible leaves with their long flags (globals included), `--help` and `--version` left out as in the list.
fn our_leaves() -> BTreeMap<String, BTreeSet<String>> {
    fn walk(cmd: &clap::Command, path: &str, out: &mut BTreeMap<String, BTreeSet<String>>) {
        let subs: Vec<&clap::Command> = cmd
            .get_subcommands()
            .filter(|c| !c.is_hide_set() && c.get_name() != "help")
            .collect();
        if subs.is_empty() {
            let flags = cmd
                .get_arguments()
                .filter(|a| !a.is_hide_set())
                .filter_map(|a| a.get_long())
                .filter(|l| *l != "help")
                .map(|l| format!("--{l}"))
                .collect();
            out.insert(path.to_string(), flags);
        }
        for sub in subs {
            walk(sub, &format!("{path} {}", sub.get_name()), out);
        }
    }
    let mut out = BTreeMap::new();
    walk(&flux::cli::cobra::command(), "flux", &mut out);
    out
}

#[test]
fn command_tree_matches_flux() {
    let flux = flux_leaves();
    let ours = our_leaves();
    assert!(flux.len() > 100, "only {} Flux commands listed", flux.len());

    // Every difference, in expected.tsv's form: kind, command, flag (or -).
    let mut found = BTreeSet::new();
    for (path, flags) in &flux {
        match ours.get(path) {
            None => {
                found.insert(format!("missing-command\t{path}\t-"));
            }
            Some(have) => {
                for f in flags.difference(have) {
                    found.insert(format!("missing-flag\t{path}\t{f}"));
                }
                for f in have.difference(flags) {
                    found.insert(format!("extra-flag\t{path}\t{f}"));
                }
            }
        }
    }
    for path in ours.keys().filter(|p| !flux.contains_key(*p)) {
        found.insert(format!("extra-command\t{path}\t-"));
    }

    let expected_text = data("expected.tsv");
    let expected: BTreeSet<String> = expected_text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .map(|l| l.splitn(4, '\t').take(3).collect::<Vec<_>>().join("\t"))
        .collect();
    let unlisted: Vec<&String> = found.difference(&expected).collect();
    let stale: Vec<&String> = expected.difference(&found).collect();
    let missing_commands = found
        .iter()
        .filter(|f| f.starts_with("missing-command"))
        .count();
    eprintln!(
        "{} of {} Flux commands exist; {} listed differences",
        flux.len() - missing_commands,
        flux.len(),
        expected.len()
    );
    assert!(
        unlisted.is_empty() && stale.is_empty(),
        "differences from Flux not in expected.tsv (add them with a reason, or fix them):\n{}\n\nentries of expected.tsv that no longer apply (remove them):\n{}",
        unlisted
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join("\n"),
        stale
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join("\n"),
    );
}
