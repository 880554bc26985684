//! Flags every `flux bootstrap` subcommand shares (Flux declares them on `bootstrap` itself), and the token
//! lookup of the provider subcommands.

use std::io::{BufRead, IsTerminal};
use std::sync::Arc;

use crate::bootstrap::{Credentials, Options};
use crate::cli::Global;
use crate::cli::install::ManifestFlags;
use crate::git::Auth;
use crate::git::keygen::KeyAlgorithm;
use crate::git::signing::Signer;

/// The shared `flux bootstrap` flags.
#[derive(Debug, Clone, clap::Args)]
pub struct CommonFlags {
    /// Git branch.
    #[arg(long, default_value = "main")]
    pub branch: String,

    /// When enabled, configures the GitRepository source to initialize and include Git submodules in the artifact it produces.
    #[arg(long = "recurse-submodules")]
    pub recurse_submodules: bool,

    /// Sparse checkout directories of the GitRepository source (also accepts comma-separated values).
    #[arg(long = "sparse-checkout", value_delimiter = ',')]
    pub sparse_checkout: Vec<String>,

    /// When enabled, the personal access token will be used instead of the SSH deploy key.
    #[arg(long = "token-auth")]
    pub token_auth: bool,

    /// Name of the secret the sync credentials can be found in or stored to.
    #[arg(long = "secret-name", default_value = "flux-system")]
    pub secret_name: String,

    /// SSH public key algorithm (rsa, ecdsa, ed25519).
    #[arg(long = "ssh-key-algorithm", default_value = "ecdsa")]
    pub ssh_key_algorithm: String,

    /// SSH RSA public key bit size (multiplies of 8, min 2048).
    #[arg(long = "ssh-rsa-bits", default_value_t = 2048)]
    pub ssh_rsa_bits: usize,

    /// SSH ECDSA public key curve (p256, p384, p521).
    #[arg(long = "ssh-ecdsa-curve", default_value = "p384")]
    pub ssh_ecdsa_curve: String,

    /// List of host key algorithms to be used by the CLI for SSH connections.
    #[arg(long = "ssh-hostkey-algos", value_delimiter = ',')]
    pub ssh_hostkey_algos: Vec<String>,

    /// SSH hostname, to be used when the SSH host differs from the HTTPS one.
    #[arg(long = "ssh-hostname", default_value = "")]
    pub ssh_hostname: String,

    /// Path to CA file used for validating self-signed certificates.
    #[arg(long = "ca-file", default_value = "")]
    pub ca_file: String,

    /// Path to a private key file used for authenticating to the Git SSH server.
    #[arg(long = "private-key-file", default_value = "")]
    pub private_key_file: String,

    /// Author name for Git commits.
    #[arg(long = "author-name", default_value = "Flux")]
    pub author_name: String,

    /// Author email for Git commits.
    #[arg(long = "author-email", default_value = "")]
    pub author_email: String,

    /// String to add to the commit messages, e.g. '[ci skip]'.
    #[arg(long = "commit-message-appendix", default_value = "")]
    pub commit_message_appendix: String,

    /// Path to GPG key ring for signing commits.
    #[arg(long = "gpg-key-ring", default_value = "")]
    pub gpg_key_ring: String,

    /// Passphrase for decrypting GPG private key.
    #[arg(long = "gpg-passphrase", default_value = "")]
    pub gpg_passphrase: String,

    /// Key id for selecting a particular key.
    #[arg(long = "gpg-key-id", default_value = "")]
    pub gpg_key_id: String,

    /// Path to an SSH private key file used for signing commits.
    #[arg(long = "ssh-signing-key-file", default_value = "")]
    pub ssh_signing_key_file: String,

    /// Passphrase for decrypting SSH signing key.
    #[arg(long = "ssh-signing-password", default_value = "")]
    pub ssh_signing_password: String,

    /// Alias for --ssh-signing-password.
    #[arg(long = "ssh-signing-passphrase", default_value = "", hide = true)]
    pub ssh_signing_passphrase: String,

    /// Use the SSH transport key (--private-key-file) to sign commits.
    #[arg(long = "ssh-signing-reuse-private-key")]
    pub ssh_signing_reuse_private_key: bool,

    /// Override existing Flux installation if it's managed by a different tool such as Helm.
    #[arg(long)]
    pub force: bool,

    #[command(flatten)]
    pub manifests: ManifestFlags,
}

impl CommonFlags {
    /// The key to generate when the cluster has no pull Secret yet.
    pub fn key_algorithm(&self) -> anyhow::Result<KeyAlgorithm> {
        KeyAlgorithm::from_flags(
            &self.ssh_key_algorithm,
            &self.ssh_ecdsa_curve,
            self.ssh_rsa_bits,
        )
        .map_err(anyhow::Error::msg)
    }

    /// The commit signer the signing flags describe, checked before anything is done, as Flux does.
    /// `transport_key_passphrase` unlocks `--private-key-file` for `--ssh-signing-reuse-private-key`.
    pub fn signer(&self, transport_key_passphrase: &str) -> anyhow::Result<Option<Arc<Signer>>> {
        let ssh_signing =
            !self.ssh_signing_key_file.is_empty() || self.ssh_signing_reuse_private_key;
        if !self.gpg_key_ring.is_empty() && ssh_signing {
            anyhow::bail!(
                "--gpg-* and --ssh-signing-* are mutually exclusive; pick one signing format"
            );
        }
        if !self.ssh_signing_key_file.is_empty() && self.ssh_signing_reuse_private_key {
            anyhow::bail!(
                "--ssh-signing-key-file and --ssh-signing-reuse-private-key are mutually exclusive"
            );
        }
        if self.ssh_signing_reuse_private_key && self.private_key_file.is_empty() {
            anyhow::bail!("--ssh-signing-reuse-private-key requires --private-key-file");
        }
        let (pw, alias) = (&self.ssh_signing_password, &self.ssh_signing_passphrase);
        if !pw.is_empty() && !alias.is_empty() && pw != alias {
            anyhow::bail!(
                "--ssh-signing-password and --ssh-signing-passphrase are aliases; do not pass both"
            );
        }
        let ssh_password = if pw.is_empty() { alias } else { pw };
        if !ssh_password.is_empty() && self.ssh_signing_key_file.is_empty() {
            anyhow::bail!("--ssh-signing-password requires --ssh-signing-key-file");
        }
        let read = |path: &str, what: &str| {
            std::fs::read(path).map_err(|e| anyhow::anyhow!("failed to read {what} {path}: {e}"))
        };
        let signer = if !self.gpg_key_ring.is_empty() {
            let ring = read(&self.gpg_key_ring, "GPG key ring")?;
            let id = Some(self.gpg_key_id.as_str()).filter(|id| !id.is_empty());
            Signer::openpgp(&ring, &self.gpg_passphrase, id)
        } else if !self.ssh_signing_key_file.is_empty() {
            let key = read(&self.ssh_signing_key_file, "SSH signing key file")?;
            Signer::ssh(&key, ssh_password)
        } else if self.ssh_signing_reuse_private_key {
            let key = read(&self.private_key_file, "private key file")?;
            Signer::ssh(&key, transport_key_passphrase)
        } else {
            return Ok(None);
        };
        signer
            .map(|s| Some(Arc::new(s)))
            .map_err(anyhow::Error::msg)
    }

    /// `--ca-file` contents.
    pub fn ca(&self) -> anyhow::Result<Option<Vec<u8>>> {
        if self.ca_file.is_empty() {
            return Ok(None);
        }
        std::fs::read(&self.ca_file)
            .map(Some)
            .map_err(|e| anyhow::anyhow!("unable to read TLS CA file: {e}"))
    }

    /// Options of a bootstrap with these flags. The caller fills in the URLs, the push credentials and the
    /// pull credentials, which depend on the subcommand.
    pub fn options(&self, global: &Global, path: &str, interval: &str) -> anyhow::Result<Options> {
        let manifests = self.manifests.options(&global.namespace);
        manifests.validate().map_err(anyhow::Error::msg)?;
        Ok(Options {
            url: String::new(),
            sync_url: String::new(),
            branch: self.branch.clone(),
            path: path.trim_start_matches("./").trim_matches('/').to_string(),
            interval: interval.to_string(),
            recurse_submodules: self.recurse_submodules,
            sparse_checkout: self.sparse_checkout.clone(),
            push_auth: Auth::default(),
            credentials: Credentials::Keep,
            secret_name: self.secret_name.clone(),
            ssh_hostkey_algos: self.ssh_hostkey_algos.clone(),
            manifests,
            timeout: global.timeout,
            signer: None,
            author_name: self.author_name.clone(),
            author_email: self.author_email.clone(),
            commit_message_appendix: Some(self.commit_message_appendix.clone())
                .filter(|a| !a.is_empty()),
        })
    }
}

/// The provider token: from `env` (GITHUB_TOKEN, …), else read from the terminal without echo, else one line of
/// stdin. It is never printed.
pub fn read_token(env: &str, provider: &str) -> anyhow::Result<String> {
    if let Ok(token) = std::env::var(env)
        && !token.is_empty()
    {
        return Ok(token);
    }
    let prompt = format!("Please enter your {provider} personal access token (PAT)");
    let token = if std::io::stdin().is_terminal() {
        dialoguer::Password::new()
            .with_prompt(prompt)
            .interact()
            .map_err(|e| anyhow::anyhow!("could not read token: {e}"))?
    } else {
        let mut line = String::new();
        std::io::stdin()
            .lock()
            .read_line(&mut line)
            .map_err(|e| anyhow::anyhow!("could not read token: {e}"))?;
        line.trim().to_string()
    };
    if token.is_empty() {
        anyhow::bail!("could not read token: set {env} or enter the token when asked");
    }
    Ok(token)
}

/// Unless `--force`, asks before taking over a Flux that another tool (e.g. Helm) installed; without a terminal
/// to ask on, bootstrap stops.
pub async fn confirm_takeover(client: &kube::Client, force: bool) -> anyhow::Result<()> {
    if force {
        return Ok(());
    }
    let Some(found) = crate::bootstrap::installation(client).await? else {
        return Ok(());
    };
    if !found.foreign() {
        return Ok(());
    }
    eprintln!(
        "Flux {} has been installed on this cluster with {}!",
        found.version, found.managed_by
    );
    let confirmed = std::io::stdin().is_terminal()
        && dialoguer::Confirm::new()
            .with_prompt(format!(
                "Are you sure you want to override the {} installation?",
                found.managed_by
            ))
            .default(false)
            .interact()
            .unwrap_or(false);
    if !confirmed {
        anyhow::bail!("bootstrap cancelled");
    }
    Ok(())
}
