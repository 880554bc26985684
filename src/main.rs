//! Entry point of the `flux` binary: parse the command line, run the command, turn the outcome into Flux's exit
//! codes (0 success, 1 any failure, or the code an [`flux::cli::ExitError`] carries) with one `✗` line (`⚠️` for
//! an exit error with code 1, as Flux prints `flux diff`'s "changes found") on stderr.

use flux::cli;
use flux::error_line::one_line;

fn main() {
    // kube and everything else share one rustls provider; installing it up front avoids a run-time panic when a
    // second provider is ever compiled in. An error only means one is installed already.
    let _ = rustls::crypto::ring::default_provider().install_default();

    let argv: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // An installed plugin named on the command line (`flux operator …`) replaces this process, before our own
    // parsing could refuse its flags.
    if let Some((plugin, args)) = cli::plugin::plugin_invocation(&argv) {
        let err = flux::plugin::discovery::exec(&plugin.path, &args);
        eprintln!("✗ {err}");
        std::process::exit(1);
    }

    let cli = match cli::cobra::parse(argv) {
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
        // Joined errors print every line, as Go's `errors.Join` does; anything else prints on one line.
        match err.downcast_ref::<cli::JoinedErrors>() {
            Some(joined) => eprintln!("{symbol} {joined}"),
            None => eprintln!("{symbol} {}", one_line(err.as_ref())),
        }
        std::process::exit(code);
    }
}
