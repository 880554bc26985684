//! OCI registries: the distribution API client shared by the HelmChart and OCIRepository controllers and the
//! artifact commands (`flux push|pull|tag|list artifact`), and Flux's artifact format on top of it.
//!
//! Start here: [`Client`] talks to one registry (challenge auth, TLS, plain HTTP when insecure);
//! [`artifact`] builds and reads Flux artifacts (config and layer media types, `org.opencontainers.image.*`
//! annotations); [`reference::ArtifactUrl`] parses `oci://host/repo[:tag|@digest]`.
//!
//! Why our own client rather than the `oci-client` crate: it has no client certificates (Flux's
//! `certSecretRef` with `tls.crt`/`tls.key`), and would add a second `sha2` and the `oci-spec` tree for the
//! handful of distribution calls Flux makes (tags, manifest HEAD/GET/PUT, blob GET/POST/PUT).

pub mod artifact;
pub mod auth;
pub mod client;
pub mod http;
pub mod reference;

pub use auth::Credentials;
pub use client::{Client, Error};
pub use http::TlsMaterial;
pub use reference::ArtifactUrl;
