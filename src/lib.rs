//! The `flux` library: Flux's API types, the engines and the controllers behind the `flux` binary.
//!
//! Start here: [`api`] holds every Flux custom resource and generates their CRDs.

pub mod api;
pub mod apply;
pub mod artifact;
pub mod bootstrap;
pub mod build;
pub mod check;
pub mod cli;
pub mod cluster;
pub mod controllers;
pub mod diff;
pub mod duration;
pub mod error_line;
pub mod git;
pub mod health;
pub mod helm;
pub mod install;
pub mod migrate;
pub mod notify;
pub mod objects;
pub mod oci;
pub mod plugin;
pub mod progress;
pub mod serve;
pub mod sops;
pub mod uninstall;
pub mod version;
