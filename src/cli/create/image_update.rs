//! `flux create image update NAME --git-repo-ref=… --checkout-branch=… --author-*=…`: generate an
//! ImageUpdateAutomation, apply it and wait for its first run.

use super::{Common, object_name};
use crate::cli::Global;
use crate::cli::printer::Printer;
use crate::objects::{self, image, image_create};

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Configure image updates for the main repository created by flux bootstrap\n  flux create image update flux-system \\\n    --git-repo-ref=flux-system \\\n    --git-repo-path=\"./clusters/my-cluster\" \\\n    --checkout-branch=main \\\n    --author-name=flux \\\n    --author-email=flux@example.com \\\n    --commit-template=\"{{range .Updated.Images}}{{println .}}{{end}}\"\n\n  # Configure image updates to push changes to a different branch, if the branch doesn't exists it will be created\n  flux create image update flux-system \\\n    --git-repo-ref=flux-system \\\n    --git-repo-path=\"./clusters/my-cluster\" \\\n    --checkout-branch=main \\\n    --push-branch=image-updates \\\n    --author-name=flux \\\n    --author-email=flux@example.com"
)]
pub struct Args {
    /// Name of the ImageUpdateAutomation.
    pub name: Option<String>,
    /// the name of a GitRepository resource with details of the upstream Git repository
    #[arg(long = "git-repo-ref", default_value = "")]
    pub git_repo_ref: String,
    /// the namespace of the GitRepository resource, defaults to the ImageUpdateAutomation namespace
    #[arg(long = "git-repo-namespace", default_value = "")]
    pub git_repo_namespace: String,
    /// path to the directory containing the manifests to be updated, defaults to the repository root
    #[arg(long = "git-repo-path", default_value = "")]
    pub git_repo_path: String,
    /// the branch to checkout
    #[arg(long = "checkout-branch", default_value = "")]
    pub checkout_branch: String,
    /// the branch to push commits to, defaults to the checkout branch if not specified
    #[arg(long = "push-branch", default_value = "")]
    pub push_branch: String,
    /// a template for commit messages
    #[arg(long = "commit-template", default_value = "")]
    pub commit_template: String,
    /// the name to use for commit author
    #[arg(long = "author-name", default_value = "")]
    pub author_name: String,
    /// the email to use for commit author
    #[arg(long = "author-email", default_value = "")]
    pub author_email: String,
    /// name of the Secret containing the signing key referenced in spec.git.commit.signingKey
    #[arg(long = "signing-key-secret", default_value = "")]
    pub signing_key_secret: String,
    /// signing-key format: gpg or ssh (defaults to gpg when --signing-key-secret is set)
    #[arg(long = "signing-key-type", default_value = "")]
    pub signing_key_type: String,
}

/// Validates the flags into library options, in Flux's order of checks.
pub fn options(
    args: &Args,
    common: &Common,
    global: &Global,
) -> anyhow::Result<image_create::UpdateOptions> {
    let name = object_name(args.name.as_deref())?;
    if args.git_repo_ref.is_empty() {
        anyhow::bail!("a reference to a GitRepository is required (--git-repo-ref)");
    }
    if args.checkout_branch.is_empty() {
        anyhow::bail!("the Git repository branch is required (--checkout-branch)");
    }
    if args.author_name.is_empty() {
        anyhow::bail!("the author name is required (--author-name)");
    }
    if args.author_email.is_empty() {
        anyhow::bail!("the author email is required (--author-email)");
    }
    if !args.signing_key_type.is_empty() && args.signing_key_secret.is_empty() {
        anyhow::bail!("--signing-key-type requires --signing-key-secret");
    }
    if !matches!(args.signing_key_type.as_str(), "" | "gpg" | "ssh") {
        anyhow::bail!("--signing-key-type must be one of: gpg, ssh");
    }
    let some = |s: &str| (!s.is_empty()).then(|| s.to_string());
    Ok(image_create::UpdateOptions {
        meta: image_create::Meta {
            name,
            namespace: global.namespace.clone(),
            labels: common.labels()?,
        },
        interval: common.interval,
        git_repo_name: args.git_repo_ref.clone(),
        git_repo_namespace: some(&args.git_repo_namespace),
        git_repo_path: some(&args.git_repo_path),
        checkout_branch: args.checkout_branch.clone(),
        push_branch: some(&args.push_branch),
        commit_template: some(&args.commit_template),
        author_name: args.author_name.clone(),
        author_email: args.author_email.clone(),
        signing_key_secret: some(&args.signing_key_secret),
        signing_key_type: some(&args.signing_key_type),
    })
}

pub async fn run(
    args: Args,
    common: &Common,
    global: &Global,
    out: &Printer,
) -> anyhow::Result<()> {
    let obj = image_create::build_update(&options(&args, common, global)?);
    if common.export {
        out.out(&objects::to_export_yaml(&image::update_export_value(&obj))?);
        return Ok(());
    }
    super::image::apply_and_wait(&obj, global, out).await?;
    Ok(())
}
