//! labels, commonLabels and commonAnnotations.

use serde_json::{Map, Value};

use crate::build::TransformerConfig;
use crate::error::{Result, invalid};
use crate::fieldspec::{CreateKind, FieldSpec, merge_specs, visit_spec};
use crate::kustfile::{Label, StrMap, scalar_text};
use crate::resource::Resource;

/// Adds `pairs` to the maps at `specs` in every object.
pub fn add_pairs(rs: &mut [Resource], pairs: &StrMap, specs: &[FieldSpec]) -> Result<()> {
    if pairs.is_empty() {
        return Ok(());
    }
    for r in rs.iter_mut() {
        let gvk = r.gvk();
        for fs in specs {
            visit_spec(&mut r.obj, &gvk, fs, CreateKind::Map, &mut |v| {
                if v.is_null() {
                    *v = Value::Object(Map::new());
                }
                let Some(m) = v.as_object_mut() else {
                    return Err(invalid(format!("expected a map at {}", fs.path)));
                };
                for (k, val) in pairs {
                    m.insert(k.clone(), Value::String(scalar_text(val)));
                }
                Ok(())
            })?;
        }
    }
    Ok(())
}

/// One `labels` entry.
pub fn apply_label_entry(rs: &mut [Resource], label: &Label, tc: &TransformerConfig) -> Result<()> {
    let mut specs: Vec<FieldSpec> = label.fields.iter().map(FieldSpec::from_value).collect();
    merge_specs(&mut specs, &tc.labels);
    if label.include_selectors {
        merge_specs(&mut specs, &tc.common_labels);
    } else {
        let vct = "spec/volumeClaimTemplates[]/metadata/labels";
        if label.include_templates {
            let mut tl = tc.template_labels.clone();
            if label.include_volume_claim_templates.is_some() {
                tl.retain(|f| f.path != vct);
            }
            merge_specs(&mut specs, &tl);
        }
        if label.include_volume_claim_templates == Some(true) {
            merge_specs(
                &mut specs,
                &[FieldSpec {
                    gvk: crate::resource::Gvk {
                        group: "apps".into(),
                        version: String::new(),
                        kind: "StatefulSet".into(),
                    },
                    path: vct.into(),
                    create: true,
                }],
            );
        }
        merge_specs(&mut specs, &[FieldSpec::new("metadata/labels", true)]);
    }
    add_pairs(rs, &label.pairs, &specs)
}

/// commonAnnotations.
pub fn apply_annotations(rs: &mut [Resource], pairs: &StrMap, specs: &[FieldSpec]) -> Result<()> {
    add_pairs(rs, pairs, specs)
}
