//! `spec.include`: other GitRepositories' artifacts unpacked into this one's tree before it is archived.
//! `fromPath` selects a sub-tree of the included artifact, `toPath` (default: the included repository's name)
//! where it lands; both are refused if they climb out of their tree.

use std::path::Path;

use kube::api::Api;

use crate::api::meta::Artifact;
use crate::api::source::GitRepository;
use crate::artifact::secure_join;
use crate::controllers::runtime::Context;

use super::error::Error;

/// The current artifacts of the included GitRepositories, in `spec.include` order. Fails with
/// `IncludeUnavailable` if one does not exist or has no artifact yet.
pub async fn resolve_includes(
    obj: &GitRepository,
    ns: &str,
    ctx: &Context,
) -> Result<Vec<Artifact>, Error> {
    let mut out = Vec::new();
    let api: Api<GitRepository> = Api::namespaced(ctx.client.clone(), ns);
    for inc in obj.spec.include.iter().flatten() {
        let name = &inc.repository.name;
        let other = api
            .get_opt(name)
            .await
            .map_err(|e| Error::GetInclude(format!("{ns}/{name}"), e))?
            .ok_or_else(|| Error::IncludeNotFound(format!("{ns}/{name}")))?;
        let artifact = other
            .status
            .and_then(|s| s.artifact)
            .ok_or_else(|| Error::IncludeNoArtifact(format!("{ns}/{name}")))?;
        out.push(artifact);
    }
    Ok(out)
}

/// Copies the included artifacts (as returned by [`resolve_includes`]) into `work`.
pub async fn copy_includes(
    obj: &GitRepository,
    artifacts: &[Artifact],
    ctx: &Context,
    work: &Path,
) -> Result<(), Error> {
    let Some(includes) = &obj.spec.include else {
        return Ok(());
    };
    for (inc, artifact) in includes.iter().zip(artifacts) {
        let name = &inc.repository.name;
        let tarball = ctx.storage.local_path(&artifact.path)?;
        let from = inc.from_path.clone().unwrap_or_default();
        let to = inc.to_path.clone().unwrap_or_else(|| name.clone());
        let dest = secure_join(work, &to)?;
        let work = work.to_path_buf();
        tokio::task::spawn_blocking(move || extract(&tarball, &from, &dest, &work))
            .await
            .map_err(Error::Task)??;
    }
    Ok(())
}

/// Unpacks the entries of `tarball` under `from` into `dest`, regular files and directories only.
fn extract(tarball: &Path, from: &str, dest: &Path, work: &Path) -> Result<(), Error> {
    let fail = |source| Error::CopyInclude {
        dest: dest.to_path_buf(),
        source,
    };
    let from = from.trim_matches('/').trim_start_matches("./");
    let file = std::fs::File::open(tarball).map_err(fail)?;
    let mut archive = tar::Archive::new(flate2::read::GzDecoder::new(file));
    std::fs::create_dir_all(dest).map_err(fail)?;
    let _ = work;
    for entry in archive.entries().map_err(fail)? {
        let mut entry = entry.map_err(fail)?;
        let path = entry
            .path()
            .map_err(fail)?
            .to_string_lossy()
            .trim_end_matches('/')
            .to_string();
        let rel = if from.is_empty() {
            path.clone()
        } else if let Some(rest) = path.strip_prefix(from) {
            match rest.strip_prefix('/') {
                Some(r) => r.to_string(),
                None if rest.is_empty() => continue,
                None => continue,
            }
        } else {
            continue;
        };
        let target = secure_join(dest, &rel)?;
        match entry.header().entry_type() {
            tar::EntryType::Directory => {
                std::fs::create_dir_all(&target).map_err(fail)?;
            }
            tar::EntryType::Regular => {
                if let Some(parent) = target.parent() {
                    std::fs::create_dir_all(parent).map_err(fail)?;
                }
                let mut out = std::fs::File::create(&target).map_err(fail)?;
                std::io::copy(&mut entry, &mut out).map_err(fail)?;
            }
            _ => {}
        }
    }
    Ok(())
}
