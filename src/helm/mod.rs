//! Helm releases without Helm: the release record and its Secret storage in Helm v4's format, rendering with
//! the native renderer (crates/helm-template) plus helm-controller's post-render labels, the install, upgrade
//! and uninstall actions on our apply engine, and the digests helm-controller keeps. The HelmRelease
//! controller (`controllers::helm_release`) and the CLI call these; nothing here knows a HelmRelease object.

pub mod action;
pub mod digest;
pub mod release;
pub mod render;
pub mod storage;
