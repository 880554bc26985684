//! The built-in transformers, run in kustomize's order for each kustomization.

pub(crate) mod crds;
pub(crate) mod hash;
pub(crate) mod images;
pub(crate) mod labels;
pub(crate) mod nameref;
pub(crate) mod names;
pub(crate) mod namespace;
pub(crate) mod origin;
pub(crate) mod plugins;
pub(crate) mod replacements;
pub(crate) mod sort;
pub(crate) mod structured;
pub(crate) mod vars;

use crate::build::{Accumulator, Loader, Target};
use crate::error::{Error, ErrorKind, Result};
use crate::patch;

/// Runs one kustomization's transformers over everything accumulated so far.
pub fn run_all(ld: &Loader<'_>, t: &Target, acc: &mut Accumulator) -> Result<()> {
    let k = &t.k;
    if !k.validators.is_empty() {
        return Err(Error::new(ErrorKind::Unsupported(
            "validators (plugins) are not supported".into(),
        )));
    }
    let rec = |rs: &mut Vec<crate::resource::Resource>, kind: &str| {
        origin::transformed(rs, t, kind);
        rs.retain(|r| r.obj.as_object().is_some_and(|m| !m.is_empty()));
    };
    if !k.patches_strategic_merge.is_empty() {
        patch::strategic_merge_files(ld, t, &mut acc.resources)?;
        rec(&mut acc.resources, "PatchStrategicMergeTransformer");
    }
    for p in &k.patches {
        patch::patch_entry(ld, t, &mut acc.resources, p)?;
        rec(&mut acc.resources, "PatchTransformer");
    }
    if !k.namespace.is_empty() {
        namespace::apply(&mut acc.resources, &k.namespace, &acc.config.namespace)?;
        rec(&mut acc.resources, "NamespaceTransformer");
    }
    if !k.name_prefix.is_empty() {
        names::add_prefix(&mut acc.resources, &k.name_prefix, &acc.config.name_prefix);
        rec(&mut acc.resources, "PrefixTransformer");
    }
    if !k.name_suffix.is_empty() {
        names::add_suffix(&mut acc.resources, &k.name_suffix, &acc.config.name_suffix);
        rec(&mut acc.resources, "SuffixTransformer");
    }
    if !k.labels.is_empty() || !k.common_labels.is_empty() {
        for label in &k.labels {
            labels::apply_label_entry(&mut acc.resources, label, &acc.config)?;
            rec(&mut acc.resources, "LabelTransformer");
        }
        labels::add_pairs(
            &mut acc.resources,
            &k.common_labels,
            &acc.config.common_labels,
        )?;
        rec(&mut acc.resources, "LabelTransformer");
    }
    if !k.common_annotations.is_empty() {
        labels::apply_annotations(
            &mut acc.resources,
            &k.common_annotations,
            &acc.config.common_annotations,
        )?;
        rec(&mut acc.resources, "AnnotationsTransformer");
    }
    for p in &k.patches_json6902 {
        patch::json6902_entry(ld, t, &mut acc.resources, p)?;
        rec(&mut acc.resources, "PatchJson6902Transformer");
    }
    if !k.replicas.is_empty() {
        images::apply_replicas(&mut acc.resources, &k.replicas, &acc.config.replicas)?;
        rec(&mut acc.resources, "ReplicaCountTransformer");
    }
    for img in &k.images {
        images::apply_image(&mut acc.resources, img, &acc.config.images)?;
        rec(&mut acc.resources, "ImageTagTransformer");
    }
    if !k.replacements.is_empty() {
        replacements::apply(ld, t, &mut acc.resources)?;
        rec(&mut acc.resources, "ReplacementTransformer");
    }
    if !k.transformers.is_empty() {
        let configs = plugins::load(ld, t, &k.transformers)?;
        plugins::run_transformers(ld, t, acc, configs)?;
    }
    Ok(())
}
