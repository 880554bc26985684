//! `flux bootstrap git --url=ssh://…|https://…`: bootstrap against any Git server, with a deploy key from
//! `--private-key-file` or HTTP credentials (`--username/--password`, `--token-auth`).

use std::collections::BTreeMap;

use crate::bootstrap::{self, Options};
use crate::cli::Global;
use crate::cli::install::ManifestFlags;
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

    /// Git branch.
    #[arg(long, default_value = "main")]
    pub branch: String,

    /// When enabled, the HTTPS credentials are used for syncing instead of a deploy key.
    #[arg(long = "token-auth")]
    pub token_auth: bool,

    /// Path to a private key file used for authenticating to the Git SSH server.
    #[arg(long = "private-key-file", default_value = "")]
    pub private_key_file: String,

    /// Name of the secret the sync credentials can be found in or stored to.
    #[arg(long = "secret-name", default_value = "flux-system")]
    pub secret_name: String,

    /// Author name for Git commits.
    #[arg(long = "author-name", default_value = "Flux")]
    pub author_name: String,

    /// Author email for Git commits.
    #[arg(long = "author-email", default_value = "")]
    pub author_email: String,

    /// String to add to the commit messages, e.g. '[ci skip]'.
    #[arg(long = "commit-message-appendix", default_value = "")]
    pub commit_message_appendix: String,

    #[command(flatten)]
    pub manifests: ManifestFlags,
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
    let (push_auth, secret_data) = if scheme == "ssh" && !args.token_auth {
        ssh_credentials(&args, &url)?
    } else {
        http_credentials(&args)
    };
    let manifests = args.manifests.options(&global.namespace);
    manifests.validate().map_err(anyhow::Error::msg)?;
    let opts = Options {
        url,
        branch: args.branch,
        path: args.path,
        interval: args.interval,
        push_auth,
        secret_data,
        secret_name: args.secret_name,
        manifests,
        timeout: global.timeout,
        author_name: args.author_name,
        author_email: args.author_email,
        commit_message_appendix: Some(args.commit_message_appendix).filter(|a| !a.is_empty()),
    };
    let client = crate::cluster::client(&global.cluster()).await?;
    bootstrap::run(&client, &opts, out).await?;
    Ok(())
}

/// HTTP(S): basic auth (or a bearer token) for both the push and the cluster's pulls.
fn http_credentials(args: &Args) -> (Auth, Option<BTreeMap<String, String>>) {
    if args.password.is_empty() {
        return (Auth::default(), None);
    }
    if args.with_bearer_token {
        let auth = Auth {
            bearer_token: Some(args.password.clone()),
            ..Auth::default()
        };
        let data = BTreeMap::from([("bearerToken".to_string(), args.password.clone())]);
        return (auth, Some(data));
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
    (auth, Some(data))
}

/// SSH: the deploy key from `--private-key-file`, and the server's host key scanned into `known_hosts`.
fn ssh_credentials(
    args: &Args,
    url: &str,
) -> anyhow::Result<(Auth, Option<BTreeMap<String, String>>)> {
    if args.private_key_file.is_empty() {
        anyhow::bail!(
            "--private-key-file is required for ssh URLs: generating a deploy key is not supported yet"
        );
    }
    let identity = std::fs::read_to_string(&args.private_key_file).map_err(|e| {
        anyhow::anyhow!(
            "unable to read private key file {}: {e}",
            args.private_key_file
        )
    })?;
    let known_hosts = crate::objects::git_repository::scan_host_key(url)?;
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
    Ok((auth, Some(data)))
}
