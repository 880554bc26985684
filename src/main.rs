//! Entry point of the `flux` binary: parse the command line, run the command, turn the outcome into Flux's exit
//! codes (0 success, 1 any failure, or the code an [`flux::cli::ExitError`] carries) with one `✗` line (`⚠️` for
//! an exit error with code 1, as Flux prints `flux diff`'s "changes found") on stderr.

use clap::Parser;
use clap::error::ErrorKind;

use flux::cli::{self, Cli};
use flux::error_line::one_line;

fn main() {
    // kube and everything else share one rustls provider; installing it up front avoids a run-time panic when a
    // second provider is ever compiled in. An error only means one is installed already.
    let _ = rustls::crypto::ring::default_provider().install_default();

    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => match err.kind() {
            ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
                let _ = err.print();
                std::process::exit(0);
            }
            ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
                let _ = err.print();
                std::process::exit(1);
            }
            _ => {
                let message = cli::cobra_message(&err).unwrap_or_else(|| first_line(&err));
                eprintln!("✗ {message}");
                std::process::exit(1);
            }
        },
    };

    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(err) => {
            eprintln!("✗ failed to start the async runtime: {err}");
            std::process::exit(1);
        }
    };
    let result = runtime.block_on(cli::run(cli));
    // Background tasks (watches, servers) must not keep a finished command alive.
    runtime.shutdown_timeout(std::time::Duration::from_millis(100));
    if let Err(err) = result {
        let (code, symbol) = cli::exit_status(&err);
        eprintln!("{symbol} {}", one_line(err.as_ref()));
        std::process::exit(code);
    }
}

/// clap's error message without its `error: ` prefix and usage block.
fn first_line(err: &clap::Error) -> String {
    let rendered = err.render().to_string();
    let line = rendered.lines().next().unwrap_or_default();
    line.strip_prefix("error: ").unwrap_or(line).to_string()
}
