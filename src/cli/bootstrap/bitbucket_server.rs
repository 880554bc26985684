//! `flux bootstrap bitbucket-server`: create or reuse a Bitbucket Server repository (in a project, or a user's
//! personal project with `--personal`), register an access key, commit Flux to it and make the cluster sync
//! from it.

use super::common::CommonFlags;
use super::hosted::{self, HostedArgs, RepoFlags};
use crate::bootstrap::provider::Kind;
use crate::cli::Global;
use crate::cli::printer::Printer;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Create a Bitbucket Server API token and export it as an env var\n  export BITBUCKET_TOKEN=<my-token>\n\n  # Run bootstrap for a private repository using HTTPS token authentication\n  flux bootstrap bitbucket-server --owner=<project> --username=<user> --repository=<repository name> --hostname=<domain> --token-auth --path=clusters/my-cluster\n\n  # Run bootstrap for a private repository using SSH authentication\n  flux bootstrap bitbucket-server --owner=<project> --username=<user> --repository=<repository name> --hostname=<domain> --path=clusters/my-cluster\n\n  # Run bootstrap for a public repository on a personal account\n  flux bootstrap bitbucket-server --owner=<user> --repository=<repository name> --private=false --personal --hostname=<domain> --token-auth --path=clusters/my-cluster\n\n  # Run bootstrap for an existing repository with a branch named main\n  flux bootstrap bitbucket-server --owner=<project> --username=<user> --repository=<repository name> --branch=main --hostname=<domain> --token-auth --path=clusters/my-cluster"
)]
pub struct Args {
    /// Bitbucket Server user or project name.
    #[arg(long, default_value = "")]
    pub owner: String,

    /// Bitbucket Server repository name.
    #[arg(long, default_value = "")]
    pub repository: String,

    /// Bitbucket Server groups to be given write access (also accepts comma-separated values).
    #[arg(long, value_delimiter = ',')]
    pub group: Vec<String>,

    /// If true, the owner is assumed to be a Bitbucket Server user; otherwise a group.
    #[arg(long)]
    pub personal: bool,

    /// Authentication username.
    #[arg(short = 'u', long, default_value = "git")]
    pub username: String,

    /// Bitbucket Server hostname.
    #[arg(long, default_value = "")]
    pub hostname: String,

    #[command(flatten)]
    pub repo: RepoFlags,

    #[command(flatten)]
    pub common: CommonFlags,
}

pub async fn run(args: Args, global: &Global, out: &Printer) -> anyhow::Result<()> {
    if args.hostname.is_empty() {
        anyhow::bail!("invalid hostname \"{}\"", args.hostname);
    }
    // Git over HTTPS, the first commit of a new repository and token credentials all use this user.
    let user = if args.personal {
        &args.owner
    } else {
        &args.username
    };
    let a = HostedArgs {
        kind: Kind::BitbucketServer,
        owner: &args.owner,
        repository: &args.repository,
        teams: &args.group,
        personal: args.personal,
        visibility: args.repo.visibility(),
        hostname: &args.hostname,
        repo: &args.repo,
        deploy_token_auth: false,
        common: &args.common,
        git_user: Some(user),
        team_default: "push",
    };
    hosted::run(a, global, out).await
}
