//! `flux plugin`: install, list, search, update and uninstall Flux CLI plugins (the engine is
//! [`crate::plugin`]), and running an installed plugin as `flux <name> …` before the command line is parsed.

pub mod install;
pub mod list;
pub mod search;
pub mod uninstall;
pub mod update;

use std::ffi::OsString;
use std::path::PathBuf;

use super::Global;
use super::printer::Printer;
use crate::plugin::discovery::{self, Plugin};

/// `flux plugin` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Install a plugin from the catalog.
    Install(install::Args),
    /// List installed plugins.
    #[command(visible_alias = "ls")]
    List(list::Args),
    /// Search the plugin catalog.
    Search(search::Args),
    /// Uninstall a plugin.
    #[command(visible_alias = "delete")]
    Uninstall(uninstall::Args),
    /// Update installed plugins.
    #[command(visible_alias = "upgrade")]
    Update(update::Args),
}

/// Runs `flux plugin …`. Unlike other commands, Flux skips the `--namespace` check for these.
pub async fn run(cmd: Command, _global: &Global, out: &Printer) -> anyhow::Result<()> {
    match cmd {
        Command::Install(a) => install::run(a, out).await,
        Command::List(a) => list::run(a, out),
        Command::Search(a) => search::run(a, out).await,
        Command::Uninstall(a) => uninstall::run(a, out),
        Command::Update(a) => update::run(a, out).await,
    }
}

/// The names of our built-in commands, which a plugin cannot shadow.
pub fn builtin_names() -> Vec<String> {
    let mut names: Vec<String> = super::cobra::command()
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    // cobra adds these to every root; clap has its own help.
    names.extend(["help", "completion", "__complete"].map(String::from));
    names
}

/// The installed plugins, as `flux plugin list` and `update` see them.
pub fn installed() -> (Option<PathBuf>, Vec<Plugin>) {
    let dir = discovery::plugin_dir();
    let plugins = dir
        .as_deref()
        .map(|d| discovery::discover(d, &builtin_names()))
        .unwrap_or_default();
    (dir, plugins)
}

/// When the command line names an installed plugin (`flux operator get …`), the plugin and the arguments it
/// gets: every argument but its name, flags before it included, as cobra passes them to a command that parses
/// no flags of its own. The name is found as cobra finds a command: the first argument that is neither a flag
/// nor the value of a root flag that takes one.
pub fn plugin_invocation(argv: &[OsString]) -> Option<(Plugin, Vec<OsString>)> {
    let args: Vec<&str> = argv
        .iter()
        .skip(1)
        .map(|a| a.to_str())
        .collect::<Option<_>>()?;
    let root = super::cobra::command();
    let takes_value = |flag: &str| -> bool {
        root.get_arguments().any(|a| {
            let named = match flag.strip_prefix("--") {
                Some(long) => a.get_long() == Some(long),
                None => flag
                    .strip_prefix('-')
                    .and_then(|s| s.chars().next())
                    .is_some_and(|c| a.get_short() == Some(c)),
            };
            named && a.get_action().takes_values()
        })
    };
    let mut i = 0;
    let mut name_at = None;
    while i < args.len() {
        let a = args[i];
        if a == "--" {
            break;
        }
        let is_long = a.starts_with("--") && !a.contains('=');
        let is_short = a.starts_with('-') && !a.starts_with("--") && a.len() == 2;
        if (is_long || is_short) && takes_value(a) {
            i += 2;
            continue;
        }
        if !a.is_empty() && !a.starts_with('-') {
            name_at = Some(i);
            break;
        }
        i += 1;
    }
    let name_at = name_at?;
    let name = args[name_at];
    let builtins = builtin_names();
    if builtins.iter().any(|b| b == name) {
        return None;
    }
    let dir = discovery::plugin_dir()?;
    let plugin = discovery::discover(&dir, &builtins)
        .into_iter()
        .find(|p| p.name == name)?;
    let rest = argv
        .iter()
        .skip(1)
        .enumerate()
        .filter(|(i, _)| *i != name_at)
        .map(|(_, a)| a.clone())
        .collect();
    Some((plugin, rest))
}
