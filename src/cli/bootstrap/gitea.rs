//! `flux bootstrap gitea`: create or reuse a Gitea repository, register a deploy key,
//! commit Flux to it and make the cluster sync from it.

use super::common::CommonFlags;
use super::hosted::{self, HostedArgs, RepoFlags};
use crate::bootstrap::provider::Kind;
use crate::cli::Global;
use crate::cli::printer::Printer;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Create a Gitea personal access token and export it as an env var\n  export GITEA_TOKEN=<my-token>\n\n  # Run bootstrap for a private repository owned by a Gitea organization\n  flux bootstrap gitea --owner=<organization> --repository=<repository name> --path=clusters/my-cluster\n\n  # Run bootstrap for a public repository on a personal account\n  flux bootstrap gitea --owner=<user> --repository=<repository name> --private=false --personal=true --path=clusters/my-cluster\n\n  # Run bootstrap for a private repository hosted on a Gitea server using SSH auth\n  flux bootstrap gitea --owner=<organization> --repository=<repository name> --hostname=<domain> --ssh-hostname=<domain> --path=clusters/my-cluster\n\n  # Run bootstrap for a private repository hosted on a Gitea server using HTTPS auth\n  flux bootstrap gitea --owner=<organization> --repository=<repository name> --hostname=<domain> --token-auth --path=clusters/my-cluster"
)]
pub struct Args {
    /// Gitea user or organization name.
    #[arg(long, default_value = "")]
    pub owner: String,

    /// Gitea repository name.
    #[arg(long, default_value = "")]
    pub repository: String,

    /// Gitea team and the access to be given to it (team:maintain). Defaults to maintainer access if no access level is specified (also accepts comma-separated values).
    #[arg(long, value_delimiter = ',')]
    pub team: Vec<String>,

    /// If true, the owner is assumed to be a Gitea user; otherwise an org.
    #[arg(long)]
    pub personal: bool,

    /// Gitea hostname.
    #[arg(long, default_value = "gitea.com")]
    pub hostname: String,

    #[command(flatten)]
    pub repo: RepoFlags,

    #[command(flatten)]
    pub common: CommonFlags,
}

pub async fn run(args: Args, global: &Global, out: &Printer) -> anyhow::Result<()> {
    let a = HostedArgs {
        kind: Kind::Gitea,
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
