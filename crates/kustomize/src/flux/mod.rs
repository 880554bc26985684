//! What Flux's kustomize-controller adds around a kustomize build.
//!
//! - [`build_kustomization`]: the whole `flux build kustomization` pipeline in one call.
//! - [`generate_kustomization`]: a kustomization for a directory that has none (Flux's rules).
//! - [`apply_overrides`] / [`build`]: a Flux `Kustomization`'s namePrefix/nameSuffix,
//!   targetNamespace, patches, images, components and commonMetadata over the directory's build.
//! - [`substitute`] / [`envsubst`]: post-build variable substitution.
//! - [`set_owner_labels`], [`mask_sops_secrets`]: what `flux build` does to its output.

mod generate;
mod ignore;
mod output;
mod substitute;

pub use generate::{
    FluxOverrides, apply_overrides, build, generate_kustomization, set_common_metadata,
};
pub use ignore::IgnoreRules;
pub use output::{
    DecryptFn, Decryptor, FluxBuildOptions, OWNER_NAME_LABEL, OWNER_NAMESPACE_LABEL, SOPS_MASK,
    build_kustomization, mask_sops_secrets, set_owner_labels,
};
pub use substitute::{SUBSTITUTE_KEY, SubstituteOptions, envsubst, substitute};
