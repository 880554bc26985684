//! Bootstrap against a Git provider (`flux bootstrap github|gitlab|gitea`), in Flux's order: find the repository
//! or create it, reconcile its settings (`--reconcile`) and team access (`--team`, warnings only), reconcile a
//! GitLab deploy token (`--deploy-token-auth`), then run the plain bootstrap with the generated key registered as
//! a deploy key.

use std::collections::BTreeMap;

use k8s_openapi::api::core::v1::Secret;
use kube::Client;
use kube::api::Api;

use super::provider::{Provider, RepoRef, Repository, Settings};
use super::{Credentials, Error, KeyRegistration, Options, run};
use crate::progress::Progress;

/// What the provider commands add to a plain bootstrap.
#[derive(Debug, Clone)]
pub struct ProviderOptions {
    pub repository: RepoRef,
    /// How a new repository is created, and what `--reconcile` enforces.
    pub settings: Settings,
    /// `--reconcile`: also enforce `settings` and team permissions on an existing repository.
    pub reconcile: bool,
    /// `--team` entries: (team, permission).
    pub teams: Vec<(String, String)>,
    /// `--read-write-key`.
    pub read_write_key: bool,
    /// GitLab `--deploy-token-auth`: the cluster pulls over HTTPS with a project deploy token.
    pub deploy_token_auth: bool,
    /// `--ca-file` contents, stored as `ca.crt` with token credentials.
    pub ca_pem: Option<Vec<u8>>,
    /// `--ssh-hostname`, for the sync URL of providers whose clone URLs are only known once the repository is
    /// (Bitbucket Server's project key).
    pub ssh_hostname: String,
}

/// Runs the whole bootstrap with a provider. `opts.url` and `opts.sync_url` are the repository's HTTPS and
/// sync URLs ([`Provider::https_url`], [`Provider::ssh_url`]).
pub async fn run_with_provider(
    client: &Client,
    provider: &Provider,
    popts: &ProviderOptions,
    opts: &Options,
    progress: &dyn Progress,
) -> Result<(), Error> {
    let repository = reconcile_repository(provider, popts, progress).await?;
    let mut opts = opts.clone();
    if provider.kind() == super::provider::Kind::BitbucketServer {
        // Its clone URLs hold the project key, known only now.
        let r = &popts.repository;
        opts.url = provider.https_url(r);
        opts.sync_url = if opts.sync_url.starts_with("ssh://") {
            provider.ssh_url(r, Some(&popts.ssh_hostname))
        } else {
            provider.https_url(r)
        };
    }
    let ns = opts.manifests.namespace.clone();
    let elements = [
        ns.as_str(),
        opts.branch.as_str(),
        opts.secret_name.as_str(),
        opts.path.as_str(),
    ];
    let name = elements
        .iter()
        .filter(|e| !e.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join("-");
    if popts.deploy_token_auth
        && let Some(data) =
            reconcile_deploy_token(client, provider, &repository, &name, popts, &opts, progress)
                .await?
    {
        opts.credentials = Credentials::Given(data);
    }
    let keys = match opts.credentials {
        Credentials::GenerateSsh(_) => KeyRegistration::DeployKey {
            provider,
            repository: &repository,
            title: name,
            read_only: !popts.read_write_key,
        },
        _ => KeyRegistration::Print,
    };
    run(client, &opts, &keys, progress).await
}

async fn reconcile_repository(
    provider: &Provider,
    popts: &ProviderOptions,
    progress: &dyn Progress,
) -> Result<Repository, Error> {
    progress.action(&format!("connecting to {}", provider.domain()));
    let r = &popts.repository;
    let url = provider.repo_url(r);
    let repository = match provider.get_repository(r).await {
        Ok(Some(repo)) => repo,
        Ok(None) => {
            let repo = provider
                .create_repository(r, &popts.settings)
                .await
                .map_err(|e| {
                    Error::Repository(format!(
                        "failed to create new Git repository \"{url}\": {e}"
                    ))
                })?;
            progress.success(&format!("repository \"{url}\" created"));
            repo
        }
        Err(e) => {
            return Err(Error::Repository(format!(
                "failed to get Git repository \"{url}\": provider error: {e}"
            )));
        }
    };
    if popts.reconcile {
        let changed = provider
            .reconcile_settings(&repository, &popts.settings)
            .await
            .map_err(|e| {
                Error::Repository(format!("failed to reconcile Git repository \"{url}\": {e}"))
            })?;
        if changed {
            progress.success(&format!("repository \"{url}\" reconciled"));
        }
    }
    // Team access is best effort, as in Flux: a failure is a warning and the bootstrap goes on.
    if !r.personal && !popts.teams.is_empty() {
        progress.action("reconciling repository permissions");
        for (team, permission) in &popts.teams {
            if !popts.reconcile
                && provider
                    .team_has_access(&repository, team)
                    .await
                    .unwrap_or(false)
            {
                continue;
            }
            match provider.reconcile_team(&repository, team, permission).await {
                Ok(true) => progress.success(&format!(
                    "granted \"{permission}\" permissions to \"{team}\""
                )),
                Ok(false) => {}
                Err(e) => progress.failure(&format!(
                    "failed to grant \"{permission}\" permissions to \"{team}\": {e}"
                )),
            }
        }
        progress.success("reconciled repository permissions");
    }
    Ok(repository)
}

/// A new deploy token's credentials for the Secret, or `None` when the Secret and its token are in place.
async fn reconcile_deploy_token(
    client: &Client,
    provider: &Provider,
    repository: &Repository,
    name: &str,
    popts: &ProviderOptions,
    opts: &Options,
    progress: &dyn Progress,
) -> Result<Option<BTreeMap<String, String>>, Error> {
    progress.action("checking to reconcile deploy token for source secret");
    let ns = &opts.manifests.namespace;
    let secrets: Api<Secret> = Api::namespaced(client.clone(), ns);
    let secret_exists = secrets
        .get_opt(&opts.secret_name)
        .await
        .map_err(|e| Error::Secret(crate::cluster::describe(&e)))?
        .is_some();
    // A token's value is only readable when it is created: without the Secret it has to be replaced.
    let token = provider
        .reconcile_deploy_token(repository, name, !secret_exists)
        .await
        .map_err(|e| Error::Secret(format!("failed to reconcile deploy token: {e}")))?;
    let Some(token) = token else {
        progress.success("reconciled deploy token for source secret");
        return Ok(None);
    };
    progress.success(&format!(
        "configured deploy token \"{name}\" for \"{}\"",
        provider.repo_url(&repository.reference)
    ));
    let mut data = BTreeMap::from([
        ("username".to_string(), token.username),
        ("password".to_string(), token.token),
    ]);
    if let Some(ca) = &popts.ca_pem {
        data.insert(
            "ca.crt".to_string(),
            String::from_utf8_lossy(ca).into_owned(),
        );
    }
    Ok(Some(data))
}
