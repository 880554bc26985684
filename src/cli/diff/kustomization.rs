//! `flux diff kustomization NAME --path DIR`: build locally, server-side dry-run, print the drift.
//!
//! Exit codes as Flux: 0 nothing would change, 1 something would change (printed as a warning),
//! 2 the diff failed.

use std::path::PathBuf;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget};

use super::super::printer::Printer;
use super::super::{ExitError, Global};
use crate::build;
use crate::cluster;
use crate::diff::{self, Change, Entry, Options};

/// Exit code when the diff found changes.
const CHANGED: i32 = 1;
/// Exit code when the diff failed.
const FAILED: i32 = 2;
/// Flux's message for a diff that found changes.
const CHANGED_MESSAGE: &str = "identified at least one change, exiting with non-zero exit code";
/// The spinner text while objects are dry-run.
const DRY_RUN_MESSAGE: &str = "running dry-run";

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Preview local changes as they were applied on the cluster\n  flux diff kustomization my-app --path ./path/to/local/manifests\n\n  # Preview using a local flux kustomization file\n  flux diff kustomization my-app --path ./path/to/local/manifests \\\n    --kustomization-file ./path/to/local/my-app.yaml\n\n  # Run recursively on all encountered Kustomizations\n  flux diff kustomization my-app --path ./path/to/local/manifests \\\n    --recursive \\\n    --local-sources GitRepository/flux-system/my-repo=./path/to/local/git"
)]
pub struct Args {
    /// Name of the Kustomization.
    pub name: String,

    /// Path to a local directory that matches the specified Kustomization.spec.path.
    #[arg(long, default_value = "")]
    pub path: String,

    /// Boolean to set the progress bar. The default value is true.
    #[arg(long = "progress-bar", action = clap::ArgAction::Set, num_args = 0..=1, default_missing_value = "true", default_value_t = true)]
    pub progress_bar: bool,

    /// set paths to ignore in .gitignore format
    #[arg(long = "ignore-paths", value_delimiter = ',')]
    pub ignore_paths: Vec<String>,

    /// Path to the Flux Kustomization YAML file.
    #[arg(long = "kustomization-file")]
    pub kustomization_file: Option<PathBuf>,

    /// When enabled, the post build substitutions will fail if a var without a default value is declared in files but is missing from the input vars.
    #[arg(long = "strict-substitute")]
    pub strict_substitute: bool,

    /// Recursively diff Kustomizations
    #[arg(short = 'r', long)]
    pub recursive: bool,

    /// Comma-separated list of repositories in format: Kind/namespace/name=path
    #[arg(long = "local-sources", value_delimiter = ',')]
    pub local_sources: Vec<String>,

    /// Use in-memory filesystem during build.
    #[arg(long = "in-memory-build", action = clap::ArgAction::Set, num_args = 0..=1, default_missing_value = "true", default_value_t = false)]
    pub in_memory_build: bool,

    /// Ignore Kustomization not found errors on the cluster when diffing.
    #[arg(long = "ignore-not-found")]
    pub ignore_not_found: bool,
}

pub async fn run(args: Args, global: &Global, out: &Printer) -> anyhow::Result<()> {
    let failed = |e: &dyn std::fmt::Display| ExitError {
        code: FAILED,
        message: e.to_string(),
    };
    if args.path.is_empty() {
        return Err(failed(&diff::Error::InvalidPath(String::new())).into());
    }
    let local_sources = build::parse_local_sources(&args.local_sources).map_err(|e| failed(&e))?;
    let opts = Options {
        name: args.name,
        namespace: global.namespace.clone(),
        path: PathBuf::from(&args.path),
        kustomization_file: args.kustomization_file,
        ignore_not_found: args.ignore_not_found,
        ignore_paths: args.ignore_paths,
        strict_substitute: args.strict_substitute,
        recursive: args.recursive,
        local_sources,
    };
    let client = cluster::client(&global.cluster())
        .await
        .map_err(|e| failed(&e))?;

    let spinner = args.progress_bar.then(|| {
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
        bar.set_message(format!("Kustomization diffing... {DRY_RUN_MESSAGE}"));
        bar.enable_steady_tick(Duration::from_millis(100));
        bar
    });
    let status = |msg: &str| {
        if let Some(bar) = &spinner {
            bar.set_message(msg.to_string());
        }
    };
    // `--timeout` bounds the whole diff, as Flux's context deadline does.
    let result = tokio::time::timeout(
        global.timeout,
        diff::diff_kustomization(&client, &opts, &status),
    )
    .await;
    if let Some(bar) = &spinner {
        bar.finish_and_clear();
    }

    let diff = match result {
        Ok(done) => done.map_err(|e| failed(&e))?,
        Err(_) => return Err(failed(&"context deadline exceeded").into()),
    };
    // Flux writes the diff with cobra's Print, which goes to stderr.
    out.error_text(&render(&diff.entries));
    if let Some(err) = diff.error() {
        return Err(failed(&err).into());
    }
    if diff.changed {
        return Err(ExitError {
            code: CHANGED,
            message: CHANGED_MESSAGE.to_string(),
        }
        .into());
    }
    Ok(())
}

/// Flux's text for the entries: one `► subject action` line each, the dyff report after a
/// drifted object, nested Kustomizations under a `📁 subject changed` line.
pub fn render(entries: &[Entry]) -> String {
    let mut text = String::new();
    for entry in entries {
        let subject = &entry.subject;
        match &entry.change {
            Change::Created => text.push_str(&format!("► {subject} created\n")),
            Change::Skipped => text.push_str(&format!("► {subject} skipped\n")),
            Change::Deleted => text.push_str(&format!("► {subject} deleted\n")),
            Change::Drifted(report) => {
                text.push_str(&format!("► {subject} drifted\n"));
                text.push_str(report);
            }
            Change::RemoteSkipped => text.push_str(&format!(
                "⚠️ {subject} skipped: diff not supported for remote clusters\n"
            )),
            Change::Nested(children) => {
                text.push_str(&format!("📁 {subject} changed\n"));
                text.push_str(&render(children));
            }
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_render_as_flux_lines() {
        let entries = vec![
            Entry {
                subject: "Service/default/a".into(),
                change: Change::Drifted("\nspec\n\n".into()),
            },
            Entry {
                subject: "Kustomization/default/b".into(),
                change: Change::Nested(vec![Entry {
                    subject: "ConfigMap/default/c".into(),
                    change: Change::Created,
                }]),
            },
            Entry {
                subject: "Namespace/d".into(),
                change: Change::Deleted,
            },
        ];
        assert_eq!(
            render(&entries),
            "► Service/default/a drifted\n\nspec\n\n📁 Kustomization/default/b changed\n► ConfigMap/default/c created\n► Namespace/d deleted\n"
        );
    }
}
