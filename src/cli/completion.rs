//! `flux completion <shell>`: completion scripts generated from the command tree (committed under
//! completions/ and checked to be current by a test).

use clap::CommandFactory;

use super::Cli;
use super::printer::Printer;

/// Shells we generate completions for.
#[derive(Debug, Clone, Copy, clap::Subcommand)]
pub enum Shell {
    /// Generate the autocompletion script for bash.
    #[command(
        after_help = "Examples:\n  # Load in the current shell\n  source <(flux completion bash)"
    )]
    Bash,
    /// Generate the autocompletion script for zsh.
    #[command(
        after_help = "Examples:\n  # Load in the current shell\n  source <(flux completion zsh)"
    )]
    Zsh,
    /// Generate the autocompletion script for fish.
    #[command(
        after_help = "Examples:\n  flux completion fish > ~/.config/fish/completions/flux.fish"
    )]
    Fish,
    /// Generate the autocompletion script for powershell.
    #[command(
        after_help = "Examples:\n  flux completion powershell | Out-String | Invoke-Expression"
    )]
    Powershell,
}

/// The completion script for one shell.
pub fn script(shell: Shell) -> String {
    let generator = match shell {
        Shell::Bash => clap_complete::Shell::Bash,
        Shell::Zsh => clap_complete::Shell::Zsh,
        Shell::Fish => clap_complete::Shell::Fish,
        Shell::Powershell => clap_complete::Shell::PowerShell,
    };
    let mut buf = Vec::new();
    clap_complete::generate(generator, &mut Cli::command(), "flux", &mut buf);
    String::from_utf8_lossy(&buf).into_owned()
}

pub fn run(shell: Shell, out: &Printer) -> anyhow::Result<()> {
    out.out(&script(shell));
    Ok(())
}
