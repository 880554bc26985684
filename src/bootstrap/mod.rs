//! `flux bootstrap` as a library, in Flux's order: clone the branch, commit and push
//! `<path>/flux-system/gotk-components.yaml`, install the components, apply the pull Secret, commit and push
//! `gotk-sync.yaml` and `kustomization.yaml`, apply them, then wait until the `flux-system` GitRepository and
//! Kustomization report the pushed commit. Every step is idempotent: a re-run with nothing to change makes no
//! commit. A failure names the step it happened in.
//!
//! The provider commands (`github`, `gitlab`, `gitea`) reconcile the repository first ([`provider_run`]) and
//! register the generated key as a deploy key; `flux bootstrap git` calls [`run`] directly.

pub mod hosted;
pub mod provider;
pub mod sync;

use std::collections::BTreeMap;
use std::path::Path;
use std::time::{Duration, Instant};

use k8s_openapi::api::core::v1::Secret;
use kube::Client;
use kube::api::{Api, Patch, PatchParams};
use serde_json::{Value, json};

use crate::api::kustomize::Kustomization;
use crate::api::source::GitRepository;
use crate::git::keygen::{self, KeyAlgorithm};
use crate::git::{self, Auth, Remote, Workdir};
use crate::install::{self, ManifestOptions};
use crate::objects::wait;
use crate::progress::Progress;

use provider::{Provider, Repository};
use sync::SyncOptions;

/// Field manager of what bootstrap applies, as Flux's CLI names it.
const FIELD_MANAGER: &str = "flux-client-side-apply";
/// How often the final wait looks at the sync objects (Flux polls every 2s).
const POLL: Duration = Duration::from_secs(2);

/// Everything one bootstrap run needs.
#[derive(Debug, Clone)]
pub struct Options {
    /// Repository URL bootstrap clones and pushes to.
    pub url: String,
    /// Repository URL the cluster pulls from (the flux-system GitRepository's `spec.url`).
    pub sync_url: String,
    /// Branch to commit to and sync from.
    pub branch: String,
    /// Directory of this cluster in the repository (`clusters/dev`).
    pub path: String,
    /// GitRepository interval (`1m0s`).
    pub interval: String,
    /// `--recurse-submodules` of the GitRepository.
    pub recurse_submodules: bool,
    /// `--sparse-checkout` directories of the GitRepository.
    pub sparse_checkout: Vec<String>,
    /// Credentials bootstrap pushes with.
    pub push_auth: Auth,
    /// What the pull Secret holds.
    pub credentials: Credentials,
    /// Name of the pull Secret.
    pub secret_name: String,
    /// `--ssh-hostkey-algos`: the host key algorithms scanned into `known_hosts` (empty for all).
    pub ssh_hostkey_algos: Vec<String>,
    /// What `gotk-components.yaml` holds.
    pub manifests: ManifestOptions,
    /// Budget of the network operations and of the final wait.
    pub timeout: Duration,
    /// Signs the commits (`--gpg-key-ring`, `--ssh-signing-key-file`).
    pub signer: Option<std::sync::Arc<crate::git::signing::Signer>>,
    /// Commit author.
    pub author_name: String,
    /// Commit author e-mail.
    pub author_email: String,
    /// Appended to the commit messages after a blank line.
    pub commit_message_appendix: Option<String>,
}

/// Where the cluster's pull credentials come from.
#[derive(Debug, Clone)]
pub enum Credentials {
    /// Credentials the user gave: the Secret is written with exactly this data.
    Given(BTreeMap<String, String>),
    /// An existing Secret is kept; without one, bootstrap fails.
    Keep,
    /// An existing Secret is kept; without one, an SSH key pair is generated and the host keys of the sync
    /// URL's server are scanned into `known_hosts`.
    GenerateSsh(KeyAlgorithm),
}

/// What happens with the public half of a generated (or kept) SSH key.
pub enum KeyRegistration<'a> {
    /// Nothing beyond printing it.
    Print,
    /// `flux bootstrap git`: print it and ask the user to add it to the repository; `false` aborts.
    Confirm(&'a (dyn Fn(&str) -> bool + Sync)),
    /// Register it as a deploy key at the provider.
    DeployKey {
        provider: &'a Provider,
        repository: &'a Repository,
        title: String,
        read_only: bool,
    },
}

/// A failed bootstrap step.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Cloning the branch failed.
    #[error("failed to clone repository: {0}")]
    Clone(#[source] git::Error),
    /// Writing, committing or pushing a set of manifests failed.
    #[error("failed to {step}: {source}")]
    Git {
        step: &'static str,
        #[source]
        source: git::Error,
    },
    /// Installing the components failed.
    #[error("failed to install components: {0}")]
    Install(String),
    /// Reading or applying the pull Secret failed.
    #[error("failed to reconcile source secret: {0}")]
    Secret(String),
    /// Finding, creating or configuring the repository at the provider failed.
    #[error("{0}")]
    Repository(String),
    /// Building or applying the sync manifests failed, or they contradict the cluster.
    #[error("failed to reconcile sync configuration: {0}")]
    Sync(String),
    /// The sync objects did not report the pushed commit in time, or failed.
    #[error("{0}")]
    Wait(String),
    /// A blocking task panicked.
    #[error("bootstrap task failed: {0}")]
    Task(String),
}

/// Runs the whole bootstrap against a plain Git server.
pub async fn run(
    client: &Client,
    opts: &Options,
    keys: &KeyRegistration<'_>,
    progress: &dyn Progress,
) -> Result<(), Error> {
    let ns = opts.manifests.namespace.clone();
    let dir = tempfile::tempdir().map_err(|e| Error::Task(e.to_string()))?;
    let remote = Remote {
        url: opts.url.clone(),
        auth: opts.push_auth.clone(),
        timeout: opts.timeout,
        proxy: None,
    };
    progress.action(&format!(
        "cloning branch \"{}\" from Git repository \"{}\"",
        opts.branch, opts.url
    ));
    let work = blocking({
        let remote = remote.clone();
        let branch = opts.branch.clone();
        let path = dir.path().to_path_buf();
        move || Workdir::clone_branch(&remote, &branch, &path).map_err(Error::Clone)
    })
    .await?;
    progress.success("cloned repository");

    let base = format!(
        "{}/{ns}",
        opts.path.trim_start_matches("./").trim_matches('/')
    )
    .trim_start_matches('/')
    .to_string();
    // The image pull Secret (`--registry-creds`) holds credentials: it goes to the cluster, never to Git.
    let components = install::generate(&opts.manifests);
    let pull_secrets: Vec<Value> = install::image_pull_secret(&opts.manifests)
        .into_iter()
        .collect();
    progress.generate("generating component manifests");
    let components_yaml = install::to_yaml(&opts.manifests, &components);
    let work = commit_and_push(
        work,
        &[(format!("{base}/gotk-components.yaml"), components_yaml)],
        &message(
            &format!("Add Flux {} component manifests", opts.manifests.version),
            opts,
        ),
        opts,
        "component manifests",
        progress,
    )
    .await?;

    // The cluster's own flux-system Kustomization, if bootstrap ran before: read once for both checks.
    let existing: Option<Kustomization> = Api::namespaced(client.clone(), &ns)
        .get_opt(&ns)
        .await
        .ok()
        .flatten();
    if !sync_applied(existing.as_ref()) {
        progress.action(&format!("installing components in \"{ns}\" namespace"));
        install::apply::apply_all(client, &components, opts.timeout, progress)
            .await
            .map_err(|e| Error::Install(e.to_string()))?;
        progress.success("installed components");
    }
    if !pull_secrets.is_empty() {
        install::apply::apply_all(client, &pull_secrets, opts.timeout, progress)
            .await
            .map_err(|e| Error::Install(format!("failed to apply the image pull secret: {e}")))?;
    }
    progress.success("reconciled components");

    reconcile_secret(client, &ns, opts, keys, progress).await?;

    let sync_opts = SyncOptions {
        namespace: ns.clone(),
        url: opts.sync_url.clone(),
        branch: opts.branch.clone(),
        secret_name: opts.secret_name.clone(),
        interval: opts.interval.clone(),
        path: opts.path.clone(),
        recurse_submodules: opts.recurse_submodules,
        sparse_checkout: opts.sparse_checkout.clone(),
    };
    refuse_path_change(existing.as_ref(), &ns, &sync::sync_path(&opts.path))?;
    progress.generate("generating sync manifests");
    let mut files = vec![(
        format!("{base}/gotk-sync.yaml"),
        sync::sync_yaml(&sync_opts),
    )];
    // A kustomization.yaml already there may carry the user's patches: keep it.
    if work.read(&format!("{base}/kustomization.yaml")).is_none() {
        files.push((
            format!("{base}/kustomization.yaml"),
            sync::kustomization_yaml(),
        ));
    }
    progress.success("generated sync manifests");
    let work = commit_and_push(
        work,
        &files,
        &message("Add Flux sync manifests", opts),
        opts,
        "sync manifests",
        progress,
    )
    .await?;
    let head = work
        .head()
        .ok_or_else(|| Error::Sync("the branch has no commit".into()))?;

    progress.action("applying sync manifests");
    let objects = build_dir(&dir.path().join(&base))?;
    install::apply::apply_all(client, &objects, opts.timeout, progress)
        .await
        .map_err(|e| Error::Sync(e.to_string()))?;
    progress.success("reconciled sync configuration");

    let revision = git::revision(Some(&opts.branch), &head);
    wait_synced(client, &ns, &revision, opts.timeout, progress).await?;
    progress.action("confirming components are healthy");
    install::controllers::wait_ready(client, &ns, opts.timeout, POLL)
        .await
        .map_err(|e| {
            Error::Wait(format!(
                "bootstrap failed with 1 health check failure(s): {e}"
            ))
        })?;
    progress.success("all components are healthy");
    Ok(())
}

fn message(title: &str, opts: &Options) -> String {
    match opts
        .commit_message_appendix
        .as_deref()
        .filter(|a| !a.is_empty())
    {
        Some(appendix) => format!("{title}\n\n{appendix}"),
        None => title.to_string(),
    }
}

async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, Error> + Send + 'static,
) -> Result<T, Error> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|e| Error::Task(e.to_string()))?
}

/// Writes `files`, commits them when anything changed, and pushes; reports the outcome like Flux.
async fn commit_and_push(
    work: Workdir,
    files: &[(String, String)],
    message: &str,
    opts: &Options,
    what: &'static str,
    progress: &dyn Progress,
) -> Result<Workdir, Error> {
    let files = files.to_vec();
    let message = message.to_string();
    let (author, email) = (opts.author_name.clone(), opts.author_email.clone());
    let signer = opts.signer.clone();
    let (work, commit) = blocking(move || {
        let git_err = |step| move |source| Error::Git { step, source };
        for (rel, content) in &files {
            work.write(rel, content)
                .map_err(git_err("write manifests"))?;
        }
        let commit = work
            .commit(&message, &author, &email, signer.as_deref())
            .map_err(git_err("commit manifests"))?;
        Ok((work, commit))
    })
    .await?;
    let Some(sha) = commit else {
        progress.success(&format!("{what} are up to date"));
        return Ok(work);
    };
    progress.success(&format!(
        "committed {what} to \"{}\" (\"{sha}\")",
        opts.branch
    ));
    progress.action(&format!("pushing {what} to \"{}\"", opts.url));
    blocking(move || {
        work.push().map_err(|source| Error::Git {
            step: "push manifests",
            source,
        })?;
        Ok(work)
    })
    .await
}

/// Whether the `flux-system` Kustomization already applied a revision (then the cluster updates itself).
fn sync_applied(existing: Option<&Kustomization>) -> bool {
    existing
        .and_then(|ks| ks.status.as_ref())
        .and_then(|s| s.last_applied_revision.as_deref())
        .is_some_and(|r| !r.is_empty())
}

/// Applies the pull Secret when credentials were given or must be generated; otherwise an existing one is
/// kept. The public key of an SSH Secret (new or kept) is registered as [`KeyRegistration`] says, so a deleted
/// deploy key is restored by a re-run without a new key.
async fn reconcile_secret(
    client: &Client,
    ns: &str,
    opts: &Options,
    keys: &KeyRegistration<'_>,
    progress: &dyn Progress,
) -> Result<(), Error> {
    let name = &opts.secret_name;
    progress.action(&format!(
        "determining if source secret \"{ns}/{name}\" exists"
    ));
    let api: Api<Secret> = Api::namespaced(client.clone(), ns);
    let existing = api
        .get_opt(name)
        .await
        .map_err(|e| Error::Secret(crate::cluster::describe(&e)))?;
    let data = match (&opts.credentials, &existing) {
        (Credentials::Given(data), _) => {
            progress.generate("generating source secret");
            data.clone()
        }
        (Credentials::Keep | Credentials::GenerateSsh(_), Some(secret)) => {
            let public = secret
                .data
                .as_ref()
                .and_then(|d| d.get("identity.pub"))
                .map(|k| String::from_utf8_lossy(&k.0).into_owned());
            if let Some(public) = public {
                register_key(keys, &public, false, progress).await?;
            }
            progress.success("source secret up to date");
            return Ok(());
        }
        (Credentials::Keep, None) => {
            return Err(Error::Secret(format!(
                "secret \"{ns}/{name}\" does not exist and no credentials were given"
            )));
        }
        (Credentials::GenerateSsh(algorithm), None) => {
            progress.generate("generating source secret");
            generate_ssh_data(*algorithm, &opts.sync_url, &opts.ssh_hostkey_algos).await?
        }
    };
    if let Some(public) = data.get("identity.pub") {
        register_key(keys, public, true, progress).await?;
    }
    let secret = json!({
        "apiVersion": "v1",
        "kind": "Secret",
        "metadata": {"name": name, "namespace": ns},
        "stringData": data,
    });
    progress.action(&format!("applying source secret \"{ns}/{name}\""));
    api.patch(
        name,
        &PatchParams::apply(FIELD_MANAGER).force(),
        &Patch::Apply(&secret),
    )
    .await
    .map_err(|e| Error::Secret(crate::cluster::describe(&e)))?;
    progress.success("reconciled source secret");
    Ok(())
}

/// A new key pair and the sync URL server's host keys, as the Secret's `identity`, `identity.pub` and
/// `known_hosts`.
async fn generate_ssh_data(
    algorithm: KeyAlgorithm,
    sync_url: &str,
    host_key_algorithms: &[String],
) -> Result<BTreeMap<String, String>, Error> {
    let url = sync_url.to_string();
    let algorithms = host_key_algorithms.to_vec();
    blocking(move || {
        let pair = keygen::generate(algorithm).map_err(Error::Secret)?;
        let known_hosts = crate::objects::git_repository::scan_host_key(&url, &algorithms)
            .map_err(|e| Error::Secret(e.to_string()))?;
        Ok(BTreeMap::from([
            ("identity".to_string(), pair.private_pem),
            ("identity.pub".to_string(), pair.public),
            ("known_hosts".to_string(), known_hosts),
        ]))
    })
    .await
}

/// Shows the public key and registers it; `new` says whether it was just generated (only then is the user
/// asked to add it by hand).
async fn register_key(
    keys: &KeyRegistration<'_>,
    public: &str,
    new: bool,
    progress: &dyn Progress,
) -> Result<(), Error> {
    if new {
        progress.success(&format!("public key: {}", public.trim()));
    }
    match keys {
        KeyRegistration::Print => {}
        KeyRegistration::Confirm(ask) => {
            if new && !ask(public.trim()) {
                return Err(Error::Secret(
                    "bootstrap aborted: the public key was not added to the repository".into(),
                ));
            }
        }
        KeyRegistration::DeployKey {
            provider,
            repository,
            title,
            read_only,
        } => {
            let changed = provider
                .reconcile_deploy_key(repository, title, public, *read_only)
                .await
                .map_err(|e| Error::Secret(format!("failed to reconcile deploy key: {e}")))?;
            if changed {
                progress.success(&format!(
                    "configured deploy key \"{title}\" for \"{}\"",
                    provider.repo_url(&repository.reference)
                ));
            }
        }
    }
    Ok(())
}

/// Flux refuses to move an existing cluster to another path.
fn refuse_path_change(existing: Option<&Kustomization>, ns: &str, path: &str) -> Result<(), Error> {
    if let Some(ks) = existing {
        let current = ks.spec.path.clone().unwrap_or_default();
        if !current.is_empty() && sync::sync_path(&current) != path {
            return Err(Error::Sync(format!(
                "the Kustomization '{ns}/{ns}' already exists with path '{current}', refusing to change it to '{path}'"
            )));
        }
    }
    Ok(())
}

/// The objects of the `flux-system` directory, built with the kustomize engine (user patches included).
fn build_dir(dir: &Path) -> Result<Vec<Value>, Error> {
    let opts = kustomize::BuildOptions::default();
    kustomize::build(&kustomize::DiskFs, dir, &opts)
        .map(|list| list.objects)
        .map_err(|e| Error::Sync(format!("kustomize build failed: {e}")))
}

/// Waits (watching) until the GitRepository has the pushed revision and the Kustomization applied it; a
/// Ready=False on the way ends the wait with its message.
async fn wait_synced(
    client: &Client,
    ns: &str,
    revision: &str,
    timeout: Duration,
    progress: &dyn Progress,
) -> Result<(), Error> {
    let deadline = Instant::now() + timeout;
    let left = || deadline.saturating_duration_since(Instant::now());
    let timed_out = |kind: &str| {
        Error::Wait(format!(
            "timeout waiting for {kind} \"{ns}/{ns}\" to be reconciled"
        ))
    };
    progress.waiting(&format!(
        "waiting for GitRepository \"{ns}/{ns}\" to be reconciled"
    ));
    let want = revision.to_string();
    let repos: Api<GitRepository> = Api::namespaced(client.clone(), ns);
    // Flux waits for the GitRepository's interval (a minute by default) to pick a new commit up; asking for a
    // reconcile right away makes a re-run after a push finish in seconds. Best effort: the wait decides.
    let current = repos
        .get_opt(ns)
        .await
        .ok()
        .flatten()
        .and_then(|r| r.status)
        .and_then(|s| s.artifact)
        .map(|a| a.revision);
    if current.is_some_and(|r| r != want) {
        let _ = crate::objects::request_reconcile(&repos, ns).await;
    }
    wait::until(repos, ns, left(), move |repo: Option<&GitRepository>| {
        let status = repo?.status.as_ref()?;
        let conds = status.conditions.as_deref();
        if let Some(msg) = failed(conds) {
            return Some(Err(format!("GitRepository reconciliation failed: {msg}")));
        }
        let at = status.artifact.as_ref().map(|a| a.revision.as_str());
        (at == Some(want.as_str()) && ready(conds)).then_some(Ok(()))
    })
    .await
    .map_err(|e| match e {
        wait::WaitError::Timeout => timed_out("GitRepository"),
        other => Error::Wait(other.to_string()),
    })?;
    progress.success("GitRepository reconciled successfully");
    progress.waiting(&format!(
        "waiting for Kustomization \"{ns}/{ns}\" to be reconciled"
    ));
    let want = revision.to_string();
    let kss: Api<Kustomization> = Api::namespaced(client.clone(), ns);
    wait::until(kss, ns, left(), move |ks: Option<&Kustomization>| {
        let status = ks?.status.as_ref()?;
        if status.last_attempted_revision.as_deref() != Some(want.as_str()) {
            return None;
        }
        let conds = status.conditions.as_deref();
        if let Some(msg) = failed(conds) {
            return Some(Err(format!("Kustomization reconciliation failed: {msg}")));
        }
        ready(conds).then_some(Ok(()))
    })
    .await
    .map_err(|e| match e {
        wait::WaitError::Timeout => timed_out("Kustomization"),
        other => Error::Wait(other.to_string()),
    })?;
    progress.success("Kustomization reconciled successfully");
    Ok(())
}

type Conditions<'a> = Option<&'a [k8s_openapi::apimachinery::pkg::apis::meta::v1::Condition]>;

fn ready(conds: Conditions) -> bool {
    conds
        .into_iter()
        .flatten()
        .any(|c| c.type_ == "Ready" && c.status == "True")
}

fn failed(conds: Conditions) -> Option<String> {
    conds
        .into_iter()
        .flatten()
        .find(|c| c.type_ == "Ready" && c.status == "False")
        .map(|c| c.message.clone())
}

/// Who installed the Flux already on the cluster, read from the GitRepository CRD's labels.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Installation {
    /// `app.kubernetes.io/version`.
    pub version: String,
    /// `app.kubernetes.io/managed-by` (empty when Flux's own tooling installed it).
    pub managed_by: String,
}

impl Installation {
    /// Whether another tool (Helm, an operator, …) manages it, so bootstrap should ask before taking over.
    pub fn foreign(&self) -> bool {
        !self.managed_by.is_empty() && self.managed_by != "flux"
    }
}

/// The installed Flux, or `None` when the cluster has no GitRepository CRD.
pub async fn installation(client: &Client) -> Result<Option<Installation>, Error> {
    use k8s_openapi::apiextensions_apiserver::pkg::apis::apiextensions::v1::CustomResourceDefinition;
    let crds: Api<CustomResourceDefinition> = Api::all(client.clone());
    let crd = crds
        .get_metadata_opt("gitrepositories.source.toolkit.fluxcd.io")
        .await
        .map_err(|e| {
            Error::Install(format!(
                "cluster info unavailable: {}",
                crate::cluster::describe(&e)
            ))
        })?;
    Ok(crd.map(|crd| {
        let labels = crd.metadata.labels.unwrap_or_default();
        let label = |k: &str| labels.get(k).cloned().unwrap_or_default();
        Installation {
            version: label("app.kubernetes.io/version"),
            managed_by: label("app.kubernetes.io/managed-by"),
        }
    }))
}
