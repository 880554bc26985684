//! The command reference in docs/cmd/, generated from the clap tree (one Markdown page per command), so the
//! documentation never drifts from the flags. A test checks the committed pages are current.

use std::path::{Path, PathBuf};

use clap::CommandFactory;

use super::Cli;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Directory to write the pages into.
    #[arg(long, default_value = "docs/cmd")]
    pub path: PathBuf,
}

/// Every page as (file name, content), in a stable order.
pub fn pages() -> Vec<(String, String)> {
    let mut root = Cli::command();
    root.build();
    let mut out = Vec::new();
    walk(&root, "flux", &mut out);
    out
}

fn walk(cmd: &clap::Command, path: &str, out: &mut Vec<(String, String)>) {
    if cmd.is_hide_set() {
        return;
    }
    let mut c = cmd.clone().bin_name(path).term_width(100);
    let help = c.render_long_help().to_string();
    let about = cmd.get_about().map(|a| a.to_string()).unwrap_or_default();
    let mut page = format!("# {path}\n\n{about}\n\n```text\n{}\n```\n", help.trim_end());
    let subs: Vec<&clap::Command> = cmd.get_subcommands().filter(|s| !s.is_hide_set()).collect();
    if !subs.is_empty() {
        page.push_str("\n## Subcommands\n\n");
        for s in &subs {
            let file = format!("{}_{}.md", path.replace(' ', "_"), s.get_name());
            page.push_str(&format!(
                "- [{path} {}]({file}): {}\n",
                s.get_name(),
                s.get_about().map(|a| a.to_string()).unwrap_or_default()
            ));
        }
    }
    out.push((format!("{}.md", path.replace(' ', "_")), page));
    for s in subs {
        if s.get_name() == "help" {
            continue;
        }
        walk(s, &format!("{path} {}", s.get_name()), out);
    }
}

pub fn run(args: Args) -> anyhow::Result<()> {
    write(&args.path)
}

/// Writes every page under `dir`, replacing what is there.
pub fn write(dir: &Path) -> anyhow::Result<()> {
    std::fs::create_dir_all(dir)?;
    for (name, content) in pages() {
        std::fs::write(dir.join(name), content)?;
    }
    Ok(())
}
