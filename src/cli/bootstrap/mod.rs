//! `flux bootstrap`: put Flux in a Git repository and make the cluster sync itself from it.

pub mod bitbucket_server;
pub mod common;
pub mod git;
pub mod gitea;
pub mod github;
pub mod gitlab;
pub mod hosted;

use super::Global;
use super::printer::Printer;

/// `flux bootstrap` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Deploy Flux on a cluster connected to a Bitbucket Server repository.
    #[command(name = "bitbucket-server")]
    BitbucketServer(Box<bitbucket_server::Args>),
    /// Deploy Flux on a cluster connected to a Git repository (any server, no provider API).
    Git(Box<git::Args>),
    /// Deploy Flux on a cluster connected to a GitHub repository.
    Github(Box<github::Args>),
    /// Deploy Flux on a cluster connected to a GitLab repository.
    Gitlab(Box<gitlab::Args>),
    /// Deploy Flux on a cluster connected to a Gitea repository.
    Gitea(Box<gitea::Args>),
}

/// Runs `flux bootstrap …`.
pub async fn run(cmd: Command, global: &Global, out: &Printer) -> anyhow::Result<()> {
    match cmd {
        Command::BitbucketServer(a) => bitbucket_server::run(*a, global, out).await,
        Command::Git(a) => git::run(*a, global, out).await,
        Command::Github(a) => github::run(*a, global, out).await,
        Command::Gitlab(a) => gitlab::run(*a, global, out).await,
        Command::Gitea(a) => gitea::run(*a, global, out).await,
    }
}
