//! What `flux bootstrap github|gitlab|gitea|bitbucket-server` share once their flags are read: the token, the provider client,
//! the clone and sync URLs and the credentials, then [`crate::bootstrap::hosted::run_with_provider`].

use std::collections::BTreeMap;

use super::common::{CommonFlags, read_token};
use crate::bootstrap::Credentials;
use crate::bootstrap::hosted::{ProviderOptions, run_with_provider};
use crate::bootstrap::provider::{Config, Kind, Provider, RepoRef, Settings, Visibility};
use crate::cli::Global;
use crate::cli::printer::Printer;
use crate::git::Auth;

/// Repository flags every provider subcommand has, with Flux's help texts.
#[derive(Debug, Clone, clap::Args)]
pub struct RepoFlags {
    /// If true, the repository is setup or configured as private.
    #[arg(long, default_value_t = true, action = clap::ArgAction::Set, num_args = 0..=1, default_missing_value = "true")]
    pub private: bool,

    /// Sync interval.
    #[arg(long, default_value = "1m0s")]
    pub interval: String,

    /// Path relative to the repository root, when specified the cluster sync will be scoped to this path.
    #[arg(long, default_value = "")]
    pub path: String,

    /// If true, the deploy key is configured with read/write permissions.
    #[arg(long = "read-write-key")]
    pub read_write_key: bool,

    /// If true, the configured options are also reconciled if the repository already exists.
    #[arg(long)]
    pub reconcile: bool,
}

impl RepoFlags {
    /// `--private` as a visibility.
    pub fn visibility(&self) -> Visibility {
        if self.private {
            Visibility::Private
        } else {
            Visibility::Public
        }
    }
}

/// The provider flags, normalised.
pub struct HostedArgs<'a> {
    pub kind: Kind,
    pub owner: &'a str,
    pub repository: &'a str,
    pub teams: &'a [String],
    pub personal: bool,
    pub visibility: Visibility,
    pub hostname: &'a str,
    pub repo: &'a RepoFlags,
    pub deploy_token_auth: bool,
    pub common: &'a CommonFlags,
    /// Bitbucket Server: the user of HTTPS Git access and token credentials (`--username`, or the owner with
    /// `--personal`); the others push as the owner and store `git`.
    pub git_user: Option<&'a str>,
    /// The permission of a `--team`/`--group` entry without one (`maintain`; Bitbucket Server: `push`).
    pub team_default: &'a str,
}

/// Flux's `--team` values: `slug` or `slug:permission`, the permission defaulting to `default`.
pub fn parse_teams(teams: &[String], default: &str) -> anyhow::Result<Vec<(String, String)>> {
    const PERMISSIONS: [&str; 5] = ["pull", "triage", "push", "maintain", "admin"];
    let mut out = Vec::new();
    for t in teams.iter().filter(|t| !t.is_empty()) {
        let (name, permission) = t.split_once(':').unwrap_or((t, default));
        if !PERMISSIONS.contains(&permission) {
            anyhow::bail!("invalid permission \"{permission}\" for team \"{name}\"");
        }
        out.push((name.to_string(), permission.to_string()));
    }
    Ok(out)
}

pub async fn run(a: HostedArgs<'_>, global: &Global, out: &Printer) -> anyhow::Result<()> {
    if a.owner.is_empty() || a.repository.is_empty() {
        anyhow::bail!("--owner and --repository are required");
    }
    if a.common.token_auth && a.deploy_token_auth {
        anyhow::bail!("--token-auth and --deploy-token-auth cannot be set both.");
    }
    if a.common.ssh_signing_reuse_private_key {
        anyhow::bail!(
            "--ssh-signing-reuse-private-key is not supported by 'bootstrap {}': it generates the SSH transport key itself, so there is no key of yours to reuse",
            a.kind.display().to_lowercase()
        );
    }
    let signer = a.common.signer("")?;
    let teams = parse_teams(a.teams, a.team_default)?;
    let algorithm = a.common.key_algorithm()?;
    let ca = a.common.ca()?;
    let token = read_token(a.kind.token_env(), a.kind.display())?;
    let provider = Provider::new(&Config {
        kind: a.kind,
        hostname: a.hostname.to_string(),
        token: token.clone(),
        ca_pem: ca.clone(),
        timeout: global.timeout.min(std::time::Duration::from_secs(60)),
        username: a.git_user.unwrap_or(a.owner).to_string(),
    })?;
    // `--repository` may name GitLab subgroups: `group/sub/repo` lives under `<owner>/group/sub`.
    let (owner, name) = match a.repository.rsplit_once('/') {
        Some((groups, name)) => (format!("{}/{groups}", a.owner), name.to_string()),
        None => (a.owner.to_string(), a.repository.to_string()),
    };
    let repository = RepoRef {
        owner,
        name,
        personal: a.personal,
    };
    let https = a.common.token_auth || a.deploy_token_auth;
    let sync_url = if https {
        provider.https_url(&repository)
    } else {
        provider.ssh_url(&repository, Some(&a.common.ssh_hostname))
    };
    let credentials = if a.common.token_auth {
        let mut data = BTreeMap::from([
            (
                "username".to_string(),
                a.git_user.unwrap_or("git").to_string(),
            ),
            ("password".to_string(), token.clone()),
        ]);
        if let Some(ca) = &ca {
            data.insert("ca.crt".into(), String::from_utf8_lossy(ca).into_owned());
        }
        Credentials::Given(data)
    } else if a.deploy_token_auth {
        Credentials::Keep
    } else {
        Credentials::GenerateSsh(algorithm)
    };
    let push_auth = Auth {
        username: Some(a.git_user.unwrap_or(a.owner).to_string()),
        password: Some(token),
        ca: ca.clone(),
        ..Auth::default()
    };
    let mut opts = a.common.options(global, &a.repo.path, &a.repo.interval)?;
    opts.signer = signer;
    opts.url = provider.https_url(&repository);
    opts.sync_url = sync_url;
    opts.push_auth = push_auth;
    opts.credentials = credentials;
    let popts = ProviderOptions {
        repository,
        settings: Settings {
            visibility: Some(a.visibility),
            ..Settings::default()
        },
        reconcile: a.repo.reconcile,
        teams,
        read_write_key: a.repo.read_write_key,
        deploy_token_auth: a.deploy_token_auth,
        ca_pem: ca,
        ssh_hostname: a.common.ssh_hostname.clone(),
    };
    let client = crate::cluster::client(&global.cluster()).await?;
    super::common::confirm_takeover(&client, a.common.force).await?;
    run_with_provider(&client, &provider, &popts, &opts, out).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn teams_default_to_maintain_and_bad_permissions_are_refused() {
        let teams = parse_teams(&["dev".into(), "ops:admin".into()], "maintain").unwrap();
        assert_eq!(
            teams,
            vec![
                ("dev".to_string(), "maintain".to_string()),
                ("ops".to_string(), "admin".to_string())
            ]
        );
        let err = parse_teams(&["dev:owner".into()], "maintain")
            .unwrap_err()
            .to_string();
        assert_eq!(err, "invalid permission \"owner\" for team \"dev\"");
    }
}
