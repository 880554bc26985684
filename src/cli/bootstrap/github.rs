//! `flux bootstrap github`: create or reuse a GitHub (or GitHub Enterprise) repository, register a deploy key,
//! commit Flux to it and make the cluster sync from it.

use super::common::CommonFlags;
use super::hosted::{self, HostedArgs, RepoFlags};
use crate::bootstrap::provider::Kind;
use crate::cli::Global;
use crate::cli::printer::Printer;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Create a GitHub personal access token and export it as an env var\n  export GITHUB_TOKEN=<my-token>\n\n  # Run bootstrap for a private repository owned by a GitHub organization\n  flux bootstrap github --owner=<organization> --repository=<repository name> --path=clusters/my-cluster\n\n  # Run bootstrap for a private repository and assign organization teams to it\n  flux bootstrap github --owner=<organization> --repository=<repository name> --team=<team1 slug> --team=<team2 slug> --path=clusters/my-cluster\n\n  # Run bootstrap for a public repository on a personal account\n  flux bootstrap github --owner=<user> --repository=<repository name> --private=false --personal=true --path=clusters/my-cluster\n\n  # Run bootstrap for a private repository hosted on GitHub Enterprise using SSH auth\n  flux bootstrap github --owner=<organization> --repository=<repository name> --hostname=<domain> --ssh-hostname=<domain> --path=clusters/my-cluster\n\n  # Run bootstrap for a private repository hosted on GitHub Enterprise using HTTPS auth\n  flux bootstrap github --owner=<organization> --repository=<repository name> --hostname=<domain> --token-auth --path=clusters/my-cluster"
)]
pub struct Args {
    /// GitHub user or organization name.
    #[arg(long, default_value = "")]
    pub owner: String,

    /// GitHub repository name.
    #[arg(long, default_value = "")]
    pub repository: String,

    /// GitHub team and the access to be given to it (team:maintain). Defaults to maintainer access if no access level is specified (also accepts comma-separated values).
    #[arg(long, value_delimiter = ',')]
    pub team: Vec<String>,

    /// If true, the owner is assumed to be a GitHub user; otherwise an org.
    #[arg(long)]
    pub personal: bool,

    /// GitHub hostname.
    #[arg(long, default_value = "github.com")]
    pub hostname: String,

    #[command(flatten)]
    pub repo: RepoFlags,

    #[command(flatten)]
    pub common: CommonFlags,
}

pub async fn run(args: Args, global: &Global, out: &Printer) -> anyhow::Result<()> {
    let a = HostedArgs {
        kind: Kind::GitHub,
        owner: &args.owner,
        repository: &args.repository,
        teams: &args.team,
        personal: args.personal,
        visibility: args.repo.visibility(),
        hostname: &args.hostname,
        repo: &args.repo,
        deploy_token_auth: false,
        common: &args.common,
        git_user: None,
        team_default: "maintain",
    };
    hosted::run(a, global, out).await
}
