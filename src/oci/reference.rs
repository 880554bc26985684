//! `oci://host[:port]/repo[:tag|@digest]` as the artifact commands and OCIRepository `spec.url` take it.

/// A parsed artifact address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArtifactUrl {
    /// `host[:port]`.
    pub host: String,
    /// The repository path under the host.
    pub repository: String,
    /// The tag, when given.
    pub tag: Option<String>,
    /// The digest, when given (`sha256:<hex>`).
    pub digest: Option<String>,
}

/// Why an address does not parse; worded as Flux words it.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum UrlError {
    /// No `oci://` prefix.
    #[error("URL must be in format 'oci://<domain>/<org>/<repo>'")]
    Prefix,
    /// No repository after the host.
    #[error("URL must be in format 'oci://<domain>/<org>/<repo>'")]
    NoRepository,
}

impl ArtifactUrl {
    /// Parses `oci://host/repo[:tag][@digest]`.
    pub fn parse(url: &str) -> Result<Self, UrlError> {
        let rest = url.strip_prefix("oci://").ok_or(UrlError::Prefix)?;
        let (rest, digest) = match rest.split_once('@') {
            Some((r, d)) => (r, Some(d.to_string())),
            None => (rest, None),
        };
        let (host, path) = rest.split_once('/').ok_or(UrlError::NoRepository)?;
        // A `:` after the last `/` is a tag; one before it belongs to the host's port.
        let (repository, tag) = match path.rsplit_once(':') {
            Some((r, t)) if !t.contains('/') => (r, Some(t.to_string())),
            _ => (path, None),
        };
        let repository = repository.trim_end_matches('/');
        if host.is_empty() || repository.is_empty() {
            return Err(UrlError::NoRepository);
        }
        Ok(Self {
            host: host.to_string(),
            repository: repository.to_string(),
            tag,
            digest,
        })
    }

    /// The reference to resolve: the digest when given, else the tag, else `latest`.
    pub fn reference(&self) -> String {
        self.digest
            .clone()
            .or_else(|| self.tag.clone())
            .unwrap_or_else(|| "latest".to_string())
    }

    /// `host/repo` as go-containerregistry names a repository.
    pub fn repository_name(&self) -> String {
        format!("{}/{}", self.host, self.repository)
    }

    /// `host/repo:tag` (or `@digest`), the form Flux prints after `pushing artifact to`.
    pub fn display(&self) -> String {
        match (&self.tag, &self.digest) {
            (_, Some(d)) => format!("{}@{d}", self.repository_name()),
            (Some(t), None) => format!("{}:{t}", self.repository_name()),
            (None, None) => format!("{}:latest", self.repository_name()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tag_and_port_are_told_apart() {
        let u = ArtifactUrl::parse("oci://127.0.0.1:5000/org/app:v1.0.0").unwrap();
        assert_eq!(u.host, "127.0.0.1:5000");
        assert_eq!(u.repository, "org/app");
        assert_eq!(u.tag.as_deref(), Some("v1.0.0"));
        let u = ArtifactUrl::parse("oci://127.0.0.1:5000/app").unwrap();
        assert_eq!(u.tag, None);
        assert_eq!(u.reference(), "latest");
    }

    #[test]
    fn digest_references_win() {
        let u = ArtifactUrl::parse("oci://ghcr.io/o/app@sha256:abc").unwrap();
        assert_eq!(u.reference(), "sha256:abc");
        assert_eq!(u.display(), "ghcr.io/o/app@sha256:abc");
    }

    #[test]
    fn addresses_without_prefix_or_repository_are_refused() {
        assert_eq!(ArtifactUrl::parse("ghcr.io/o/app"), Err(UrlError::Prefix));
        assert_eq!(
            ArtifactUrl::parse("oci://ghcr.io"),
            Err(UrlError::NoRepository)
        );
    }
}
