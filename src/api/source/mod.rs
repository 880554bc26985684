//! `source.toolkit.fluxcd.io`: the kinds that fetch sources and publish them as artifacts (one file per kind).

mod bucket;
mod external_artifact;
mod git;
mod helm_chart;
mod helm_repository;
mod oci;

pub use bucket::*;
pub use external_artifact::*;
pub use git::*;
pub use helm_chart::*;
pub use helm_repository::*;
pub use oci::*;
