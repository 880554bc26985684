//! `flux list artifacts oci://host/repo`: the tags of a repository with each one's digest, source and
//! revision, filtered by semver range or regex.

use crate::cli::Global;
use crate::cli::get::render_table;
use crate::cli::printer::Printer;
use crate::controllers::source_helm::index::{Constraint, parse_version};
use crate::oci::artifact::Metadata;

use super::{RegistryArgs, parse_url, with_timeout};

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # List the artifacts stored in an OCI repository\n  flux list artifact oci://ghcr.io/org/config/app\n\n  # List the artifacts whose tags match a semver range\n  flux list artifact oci://ghcr.io/org/config/app --filter-semver=\">=1.0.0\""
)]
pub struct Args {
    /// The repository address, oci://<host>/<repo>.
    pub url: String,
    /// filter tags returned from the oci repository using semver
    #[arg(long = "filter-semver", default_value = "")]
    pub filter_semver: String,
    /// filter tags returned from the oci repository using regex
    #[arg(long = "filter-regex", default_value = "")]
    pub filter_regex: String,
    #[command(flatten)]
    pub registry: RegistryArgs,
}

/// Whether a tag names a cosign signature, attestation or SBOM (`sha256-<hex>.sig` …), which Flux hides.
fn is_cosign_tag(tag: &str) -> bool {
    tag.starts_with("sha256-")
        && (tag.ends_with(".sig") || tag.ends_with(".att") || tag.ends_with(".sbom"))
}

pub async fn run(args: Args, global: &Global, out: &Printer) -> anyhow::Result<()> {
    let url = parse_url(&args.url)?;
    let client = args.registry.client(&url, global.timeout, out)?;
    let constraint = if args.filter_semver.is_empty() {
        None
    } else {
        Some(Constraint::parse(&args.filter_semver).map_err(|_| {
            anyhow::anyhow!(
                "semver '{}' parse error: improper constraint: {}",
                args.filter_semver,
                args.filter_semver
            )
        })?)
    };
    let re = if args.filter_regex.is_empty() {
        None
    } else {
        Some(
            regex::Regex::new(&args.filter_regex)
                .map_err(|e| anyhow::anyhow!("regex '{}' parse error: {e}", args.filter_regex))?,
        )
    };
    let rows = with_timeout(global.timeout, async {
        let mut tags = client
            .tags(&url.repository)
            .await
            .map_err(|e| anyhow::anyhow!("listing tags failed: {e}"))?;
        // Flux lists tags in reverse string order.
        tags.sort_by(|a, b| b.cmp(a));
        let mut rows = Vec::new();
        for tag in tags {
            if is_cosign_tag(&tag) {
                continue;
            }
            if let Some(c) = &constraint
                && !parse_version(&tag).is_some_and(|v| c.matches(&v))
            {
                continue;
            }
            if let Some(re) = &re
                && !re.is_match(&tag)
            {
                continue;
            }
            let manifest = client
                .manifest(&url.repository, &tag)
                .await
                .map_err(|e| anyhow::anyhow!("fetching manifest failed: {e}"))?;
            let meta = Metadata::from_manifest(&manifest.json);
            rows.push(vec![
                format!("{}:{tag}", url.repository_name()),
                manifest.digest,
                meta.source,
                meta.revision,
            ]);
        }
        Ok(rows)
    })
    .await?;
    out.out(&render_table(
        &["ARTIFACT", "DIGEST", "SOURCE", "REVISION"],
        &rows,
        true,
    ));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cosign_tags_are_recognised() {
        assert!(is_cosign_tag("sha256-abc.sig"));
        assert!(!is_cosign_tag("v1.0.0"));
    }
}

/// `flux list`'s kinds.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// List the tags and their metadata of an OCI repository.
    #[command(alias = "artifact")]
    Artifacts(Args),
}
