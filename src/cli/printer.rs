//! The one place the CLI writes to the terminal: data to stdout, Flux's progress lines to stderr.

use std::io::{IsTerminal, Write};

use crate::progress::Progress;

/// Writes data to stdout and progress lines to stderr, as Flux does. A closed stdout (`flux … | head`) is
/// ignored here; `main` turns it into a quiet exit.
#[derive(Default)]
pub struct Printer {
    /// Set by `--silent`-style flags of commands that should not chatter.
    pub quiet: bool,
}

impl Printer {
    /// Whether stderr is an interactive terminal (spinners and prompts are allowed only then).
    pub fn is_interactive(&self) -> bool {
        std::io::stderr().is_terminal() && std::io::stdin().is_terminal()
    }

    /// Writes raw text to stdout (YAML, JSON, tables).
    pub fn out(&self, text: &str) {
        let mut stdout = std::io::stdout().lock();
        let _ = stdout.write_all(text.as_bytes());
        let _ = stdout.flush();
    }

    /// Writes text to stderr as is (no symbol, no newline added), for messages Flux prints that way.
    pub fn error_text(&self, text: &str) {
        let mut stderr = std::io::stderr().lock();
        let _ = stderr.write_all(text.as_bytes());
    }

    fn line(&self, symbol: &str, msg: &str) {
        if self.quiet {
            return;
        }
        let mut stderr = std::io::stderr().lock();
        let _ = writeln!(stderr, "{symbol} {msg}");
    }
}

impl Progress for Printer {
    fn action(&self, msg: &str) {
        self.line("►", msg);
    }
    fn generate(&self, msg: &str) {
        self.line("✚", msg);
    }
    fn waiting(&self, msg: &str) {
        self.line("◎", msg);
    }
    fn success(&self, msg: &str) {
        self.line("✔", msg);
    }
    fn warning(&self, msg: &str) {
        self.line("⚠️", msg);
    }
    fn failure(&self, msg: &str) {
        self.line("✗", msg);
    }
    fn data(&self, line: &str) {
        self.out(&format!("{line}\n"));
    }
}
