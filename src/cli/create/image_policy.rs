//! `flux create image policy NAME --image-ref=… --select-semver|--select-alpha|--select-numeric=…`: generate an
//! ImagePolicy, apply it and wait for its first selection.

use std::time::Duration;

use super::{Common, object_name};
use crate::cli::Global;
use crate::cli::printer::Printer;
use crate::objects::image_create::{self, Selection};
use crate::objects::{self, image};

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Create an ImagePolicy to select the latest stable release\n  flux create image policy podinfo \\\n    --image-ref=podinfo \\\n    --select-semver=\">=1.0.0\"\n\n  # Create an ImagePolicy to select the latest main branch build tagged as \"${GIT_BRANCH}-${GIT_SHA:0:7}-$(date +%s)\"\n  flux create image policy podinfo \\\n    --image-ref=podinfo \\\n    --select-numeric=asc \\\n\t--filter-regex='^main-[a-f0-9]+-(?P<ts>[0-9]+)' \\\n\t--filter-extract='$ts'"
)]
pub struct Args {
    /// Name of the ImagePolicy.
    pub name: Option<String>,
    /// the name of an image repository object
    #[arg(long = "image-ref", default_value = "")]
    pub image_ref: String,
    /// a semver range to apply to tags; e.g., '1.x'
    #[arg(long = "select-semver", default_value = "")]
    pub select_semver: String,
    /// use alphabetical sorting to select image; either "asc" meaning select the last, or "desc" meaning select the first
    #[arg(long = "select-alpha", default_value = "")]
    pub select_alpha: String,
    /// use numeric sorting to select image; either "asc" meaning select the last, or "desc" meaning select the first
    #[arg(long = "select-numeric", default_value = "")]
    pub select_numeric: String,
    /// regular expression pattern used to filter the image tags
    #[arg(long = "filter-regex", default_value = "")]
    pub filter_regex: String,
    /// replacement pattern (using capture groups from --filter-regex) to use for sorting
    #[arg(long = "filter-extract", default_value = "")]
    pub filter_extract: String,
    /// the digest reflection policy to use when observing latest image tags (one of 'Never', 'IfNotPresent', 'Never')
    #[arg(long = "reflect-digest", default_value = "")]
    pub reflect_digest: String,
    /// the interval at which to check for new image digests when the policy is set to 'Always'
    #[arg(long, default_value = "0s", value_parser = crate::cli::parse_duration)]
    pub interval: Duration,
}

/// Validates the flags into library options, in Flux's order of checks.
pub fn options(
    args: &Args,
    common: &Common,
    global: &Global,
) -> anyhow::Result<image_create::PolicyOptions> {
    let name = object_name(args.name.as_deref())?;
    if args.image_ref.is_empty() {
        anyhow::bail!("the name of an ImageRepository in the namespace is required (--image-ref)");
    }
    let labels = common.labels()?;
    let (semver, alpha, numeric) = (
        args.select_semver.as_str(),
        args.select_alpha.as_str(),
        args.select_numeric.as_str(),
    );
    // Flux's CLI refuses only alpha with numeric; semver with another one yields an empty policy.
    let selection = if !semver.is_empty() && (!alpha.is_empty() || !numeric.is_empty()) {
        Selection::Empty
    } else if !alpha.is_empty() && !numeric.is_empty() {
        anyhow::bail!(
            "only one of --select-semver, --select-alpha or --select-numeric can be specified"
        );
    } else if !semver.is_empty() {
        Selection::SemVer(semver.to_string())
    } else if !alpha.is_empty() {
        if alpha != "asc" && alpha != "desc" {
            anyhow::bail!("--select-alpha must be one of [\"asc\", \"desc\"]");
        }
        Selection::Alphabetical(alpha.to_string())
    } else if !numeric.is_empty() {
        if numeric != "asc" && numeric != "desc" {
            anyhow::bail!("--select-numeric must be one of [\"asc\", \"desc\"]");
        }
        Selection::Numerical(numeric.to_string())
    } else {
        anyhow::bail!("a policy must be provided with either --select-semver or --select-alpha");
    };
    let (filter_regex, filter_extract) = if !args.filter_regex.is_empty() {
        let Ok(re) = regex::Regex::new(&args.filter_regex) else {
            anyhow::bail!("--filter-regex is an invalid regex pattern");
        };
        let extract = if args.filter_extract.is_empty() {
            None
        } else {
            let names: Vec<String> = re.capture_names().flatten().map(String::from).collect();
            image_create::check_extract(&args.filter_extract, &names)
                .map_err(anyhow::Error::msg)?;
            Some(args.filter_extract.clone())
        };
        (Some(args.filter_regex.clone()), extract)
    } else if !args.filter_extract.is_empty() {
        anyhow::bail!("cannot specify --filter-extract without specifying --filter-regex");
    } else {
        (None, None)
    };
    let reflect_digest = match args.reflect_digest.as_str() {
        "" => None,
        p @ ("Never" | "IfNotPresent" | "Always") => Some(p.to_string()),
        _ => anyhow::bail!(
            "invalid value for --reflect-digest, must be one of 'Never', 'IfNotPresent', 'Always'"
        ),
    };
    let interval = if args.interval.is_zero() {
        None
    } else {
        if args.reflect_digest != "Always" {
            anyhow::bail!(
                "the --interval flag can only be used with the 'Always' digest reflection policy, use --reflect-digest=Always"
            );
        }
        Some(args.interval)
    };
    Ok(image_create::PolicyOptions {
        meta: image_create::Meta {
            name,
            namespace: global.namespace.clone(),
            labels,
        },
        image_ref: args.image_ref.clone(),
        selection,
        filter_regex,
        filter_extract,
        reflect_digest,
        interval,
    })
}

pub async fn run(
    args: Args,
    common: &Common,
    global: &Global,
    out: &Printer,
) -> anyhow::Result<()> {
    let obj = image_create::build_policy(&options(&args, common, global)?);
    if common.export {
        out.out(&objects::to_export_yaml(&image::policy_export_value(&obj))?);
        return Ok(());
    }
    super::image::apply_and_wait(&obj, global, out).await?;
    Ok(())
}
