//! The one place the CLI writes to the terminal: data to stdout, Flux's progress lines to stderr. On a terminal
//! a waiting step (`◎ waiting for …`) shows a spinner until the next line; the lines themselves are the same
//! with or without a terminal, so scripts see Flux's output.

use std::io::{IsTerminal, Write};

use crate::progress::Progress;

/// Writes data to stdout and progress lines to stderr, as Flux does. A closed stdout (`flux … | head`) is
/// ignored here; `main` turns it into a quiet exit.
#[derive(Default)]
pub struct Printer {
    /// Set by `--silent`-style flags of commands that should not chatter.
    pub quiet: bool,
    /// The spinner of the waiting step in progress, with its line.
    spinner: std::sync::Mutex<Option<(indicatif::ProgressBar, String)>>,
}

impl Printer {
    /// Whether stderr is an interactive terminal (spinners and prompts are allowed only then).
    pub fn is_interactive(&self) -> bool {
        std::io::stderr().is_terminal() && std::io::stdin().is_terminal()
    }

    /// Writes raw text to stdout (YAML, JSON, tables).
    pub fn out(&self, text: &str) {
        self.settle();
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
        self.settle();
        let mut stderr = std::io::stderr().lock();
        let _ = writeln!(stderr, "{symbol} {msg}");
    }

    /// Replaces a running spinner by its plain line.
    fn settle(&self) {
        let done = self.spinner.lock().ok().and_then(|mut s| s.take());
        if let Some((bar, line)) = done {
            bar.finish_and_clear();
            let _ = writeln!(std::io::stderr().lock(), "{line}");
        }
    }

    /// A waiting step: a spinner on a terminal, the plain line otherwise.
    fn wait_line(&self, msg: &str) {
        let line = format!("◎ {msg}");
        if self.quiet || !std::io::stderr().is_terminal() {
            return self.line("◎", msg);
        }
        self.settle();
        let bar =
            indicatif::ProgressBar::with_draw_target(None, indicatif::ProgressDrawTarget::stderr());
        bar.set_style(
            indicatif::ProgressStyle::with_template("{spinner} {msg}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
        );
        bar.set_message(msg.to_string());
        bar.enable_steady_tick(std::time::Duration::from_millis(100));
        if let Ok(mut s) = self.spinner.lock() {
            *s = Some((bar, line));
        }
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
        self.wait_line(msg);
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

impl Drop for Printer {
    /// A command that ends (or fails) while waiting leaves its plain line, not a half-drawn spinner.
    fn drop(&mut self) {
        self.settle();
    }
}
