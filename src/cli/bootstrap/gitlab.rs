//! `flux bootstrap gitlab`: create or reuse a GitLab project (in a group, subgroup or the user's namespace),
//! register a deploy key or a deploy token, commit Flux to it and make the cluster sync from it.

use super::common::CommonFlags;
use super::hosted::{self, HostedArgs, RepoFlags};
use crate::bootstrap::provider::{Kind, Visibility};
use crate::cli::Global;
use crate::cli::printer::Printer;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Create a GitLab API token and export it as an env var\n  export GITLAB_TOKEN=<my-token>\n\n  # Run bootstrap for a private repository using HTTPS token authentication\n  flux bootstrap gitlab --owner=<group> --repository=<repository name> --token-auth --path=clusters/my-cluster\n\n  # Run bootstrap for a private repository using SSH authentication\n  flux bootstrap gitlab --owner=<group> --repository=<repository name> --path=clusters/my-cluster\n\n  # Run bootstrap for a repository path\n  flux bootstrap gitlab --owner=<group> --repository=<repository name> --path=dev-cluster\n\n  # Run bootstrap for a public repository on a personal account\n  flux bootstrap gitlab --owner=<user> --repository=<repository name> --personal --visibility=public --token-auth\n\n  # Run bootstrap for a private repository hosted on a GitLab server\n  flux bootstrap gitlab --owner=<group> --repository=<repository name> --hostname=<gitlab_url> --token-auth\n\n  # Run bootstrap for an existing repository with a branch named main\n  flux bootstrap gitlab --owner=<organization> --repository=<repository name> --branch=main --token-auth\n\n  # Run bootstrap for a private repository using Deploy Token authentication\n  flux bootstrap gitlab --owner=<group> --repository=<repository name> --deploy-token-auth --path=clusters/my-cluster"
)]
pub struct Args {
    /// GitLab user or group name.
    #[arg(long, default_value = "")]
    pub owner: String,

    /// GitLab repository name.
    #[arg(long, default_value = "")]
    pub repository: String,

    /// GitLab teams to be given maintainer access (also accepts comma-separated values).
    #[arg(long, value_delimiter = ',')]
    pub team: Vec<String>,

    /// If true, the owner is assumed to be a GitLab user; otherwise a group.
    #[arg(long)]
    pub personal: bool,

    /// Specifies the visibility of the repository. Valid values are public, private, internal.
    #[arg(long, default_value = "private")]
    pub visibility: String,

    /// GitLab hostname.
    #[arg(long, default_value = "gitlab.com")]
    pub hostname: String,

    /// When enabled, a Project Deploy Token is generated and will be used instead of the SSH deploy token.
    #[arg(long = "deploy-token-auth")]
    pub deploy_token_auth: bool,

    #[command(flatten)]
    pub repo: RepoFlags,

    #[command(flatten)]
    pub common: CommonFlags,
}

/// GitLab's rule for project names: letters, digits, emojis, `_`, `.`, `-` and spaces, not starting with a
/// punctuation character.
fn valid_project_name(name: &str) -> bool {
    let mut chars = name.chars();
    let first_ok = chars
        .next()
        .is_some_and(|c| c.is_alphanumeric() || c == '_' || !c.is_ascii());
    first_ok
        && chars.all(|c| c.is_alphanumeric() || matches!(c, '_' | '.' | '-' | ' ') || !c.is_ascii())
}

pub async fn run(args: Args, global: &Global, out: &Printer) -> anyhow::Result<()> {
    let name = args.repository.rsplit('/').next().unwrap_or_default();
    if !valid_project_name(name) {
        anyhow::bail!(
            "{} is an invalid project name for gitlab.\nIt can contain only letters, digits, emojis, '_', '.', dash, space. It must start with letter, digit, emoji or '_'.",
            args.repository
        );
    }
    let mut visibility = Visibility::parse(&args.visibility).map_err(anyhow::Error::msg)?;
    if !args.repo.private {
        out.error_text("Using visibility public as --private=false\n");
        visibility = Visibility::Public;
    }
    let a = HostedArgs {
        kind: Kind::GitLab,
        owner: &args.owner,
        repository: &args.repository,
        teams: &args.team,
        personal: args.personal,
        visibility,
        hostname: &args.hostname,
        repo: &args.repo,
        deploy_token_auth: args.deploy_token_auth,
        common: &args.common,
        git_user: None,
        team_default: "maintain",
    };
    hosted::run(a, global, out).await
}

#[cfg(test)]
mod tests {
    use super::valid_project_name;

    #[test]
    fn project_names_follow_gitlab() {
        assert!(valid_project_name("fleet-infra"));
        assert!(valid_project_name("_fleet.v2 test"));
        assert!(!valid_project_name("-fleet"));
        assert!(!valid_project_name("fleet/x"));
        assert!(!valid_project_name(""));
    }
}
