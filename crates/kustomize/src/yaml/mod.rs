//! YAML in and out: parsing into JSON values, and kustomize's exact output format.

pub(crate) mod emit;
pub(crate) mod parse;
pub(crate) mod resolve;
pub(crate) mod scalar;
pub(crate) mod timestamp;
