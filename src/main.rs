//! Entry point of the `flux` binary: parse the command line, run the command, turn the outcome into Flux's exit
//! codes (0 success, 1 any failure, or the code an [`flux::cli::ExitError`] carries) with one `✗` line (`⚠️` for
//! an exit error with code 1, as Flux prints `flux diff`'s "changes found") on stderr.

use flux::cli;
use flux::error_line::one_line;

fn main() {
    // kube and everything else share one rustls provider; installing it up front avoids a run-time panic when a
    // second provider is ever compiled in. An error only means one is installed already.
    let _ = rustls::crypto::ring::default_provider().install_default();

    let cli = match cli::cobra::parse(std::env::args_os().collect()) {
        cli::cobra::Parsed::Run(cli) => *cli,
        cli::cobra::Parsed::Exit(code) => std::process::exit(code),
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
