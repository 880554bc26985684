//! `flux bootstrap git --url=ssh://…|https://…`: bootstrap against any Git server, with a deploy key from
//! `--private-key-file` or HTTP credentials (`--username/--password`, `--token-auth`).

use std::collections::BTreeMap;

use std::io::IsTerminal;

use super::common::CommonFlags;
use crate::bootstrap::{self, Credentials, KeyRegistration};
use crate::cli::Global;
use crate::cli::printer::Printer;
use crate::git::Auth;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Run bootstrap for a Git repository with a private key\n  flux bootstrap git --url=ssh://git@example.com/repository.git --private-key-file=<path/to/private.key>\n\n  # Run bootstrap for a Git repository with a username and password\n  flux bootstrap git --url=https://example.com/repository.git --username=<username> --password=<password>\n\n  # Run bootstrap for a Git repository on plain HTTP\n  flux bootstrap git --url=http://example.com/repository.git --username=<username> --password=<password> --allow-insecure-http"
)]
pub struct Args {
    /// Git repository URL.
    #[arg(long, default_value = "")]
    pub url: String,

    /// Sync interval.
    #[arg(long, default_value = "1m0s")]
    pub interval: String,

    /// Path relative to the repository root, when specified the cluster sync will be scoped to this path.
    #[arg(long, default_value = "")]
    pub path: String,

    /// Basic authentication username.
    #[arg(short = 'u', long, default_value = "git")]
    pub username: String,

    /// Basic authentication password (or the passphrase of the private key).
    #[arg(short = 'p', long, default_value = "")]
    pub password: String,

    /// If true, bootstrap will not ask for confirmation to add the deploy key.
    #[arg(short = 's', long)]
    pub silent: bool,

    /// Allows insecure HTTP connections.
    #[arg(long = "allow-insecure-http")]
    pub allow_insecure_http: bool,

    /// Use the password as a bearer token instead of basic authentication.
    #[arg(long = "with-bearer-token")]
    pub with_bearer_token: bool,

    #[command(flatten)]
    pub common: CommonFlags,
}

pub async fn run(args: Args, global: &Global, out: &Printer) -> anyhow::Result<()> {
    let url = args.url.trim().to_string();
    let scheme = url.split_once("://").map(|(s, _)| s).unwrap_or_default();
    match scheme {
        "ssh" | "https" => {}
        "http" if args.allow_insecure_http => {}
        "http" => {
            anyhow::bail!("scheme http is insecure, pass --allow-insecure-http=true to allow it")
        }
        _ => anyhow::bail!("scheme {scheme:?} is not supported"),
    }
    let ca = args.common.ca()?;
    let (mut push_auth, credentials) = if scheme == "ssh" && !args.common.token_auth {
        ssh_credentials(&args, &url)?
    } else {
        http_credentials(&args, ca.as_deref())
    };
    push_auth.ca = ca;
    let signer = args.common.signer(&args.password)?;
    let mut opts = args.common.options(global, &args.path, &args.interval)?;
    opts.signer = signer;
    opts.sync_url = url.clone();
    opts.url = url;
    opts.push_auth = push_auth;
    opts.credentials = credentials;
    let client = crate::cluster::client(&global.cluster()).await?;
    super::common::confirm_takeover(&client, args.common.force).await?;
    let confirm = |_: &str| {
        dialoguer::Confirm::new()
            .with_prompt("Please give the key access to your repository")
            .default(false)
            .interact()
            .unwrap_or(false)
    };
    let keys = if args.silent || !std::io::stdin().is_terminal() {
        KeyRegistration::Print
    } else {
        KeyRegistration::Confirm(&confirm)
    };
    bootstrap::run(&client, &opts, &keys, out).await?;
    Ok(())
}

/// HTTP(S): basic auth (or a bearer token) for both the push and the cluster's pulls, with the CA if given.
fn http_credentials(args: &Args, ca: Option<&[u8]>) -> (Auth, Credentials) {
    if args.password.is_empty() {
        return (Auth::default(), Credentials::Keep);
    }
    let with_ca = |mut data: BTreeMap<String, String>| {
        if let Some(ca) = ca {
            data.insert("ca.crt".into(), String::from_utf8_lossy(ca).into_owned());
        }
        Credentials::Given(data)
    };
    if args.with_bearer_token {
        let auth = Auth {
            bearer_token: Some(args.password.clone()),
            ..Auth::default()
        };
        let data = BTreeMap::from([("bearerToken".to_string(), args.password.clone())]);
        return (auth, with_ca(data));
    }
    let auth = Auth {
        username: Some(args.username.clone()),
        password: Some(args.password.clone()),
        ..Auth::default()
    };
    let data = BTreeMap::from([
        ("username".to_string(), args.username.clone()),
        ("password".to_string(), args.password.clone()),
    ]);
    (auth, with_ca(data))
}

/// SSH: the deploy key from `--private-key-file`, and the server's host key scanned into `known_hosts`.
/// Without a key file, bootstrap pushes with the SSH agent and the cluster gets a new key pair.
fn ssh_credentials(args: &Args, url: &str) -> anyhow::Result<(Auth, Credentials)> {
    let key_file = &args.common.private_key_file;
    if key_file.is_empty() {
        let known_hosts =
            crate::objects::git_repository::scan_host_key(url, &args.common.ssh_hostkey_algos)?;
        let auth = Auth {
            known_hosts: Some(known_hosts),
            ssh_agent: true,
            ..Auth::default()
        };
        return Ok((auth, Credentials::GenerateSsh(args.common.key_algorithm()?)));
    }
    let identity = std::fs::read_to_string(key_file)
        .map_err(|e| anyhow::anyhow!("unable to read private key file {key_file}: {e}"))?;
    let known_hosts =
        crate::objects::git_repository::scan_host_key(url, &args.common.ssh_hostkey_algos)?;
    let passphrase = Some(args.password.clone()).filter(|p| !p.is_empty());
    let auth = Auth {
        identity: Some(identity.clone()),
        known_hosts: Some(known_hosts.clone()),
        password: passphrase.clone(),
        ..Auth::default()
    };
    let mut data = BTreeMap::from([
        ("identity".to_string(), identity),
        ("known_hosts".to_string(), known_hosts),
    ]);
    if let Some(p) = passphrase {
        data.insert("password".to_string(), p);
    }
    Ok((auth, Credentials::Given(data)))
}
