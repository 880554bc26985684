//! namePrefix and nameSuffix.

use crate::fieldspec::{CreateKind, FieldSpec, split_path, visit};
use crate::resource::{Gvk, Resource};

/// Kinds whose names are never prefixed or suffixed.
fn is_skipped(gvk: &Gvk) -> bool {
    gvk.kind == "CustomResourceDefinition"
        || gvk.kind == "Namespace"
        || (gvk.group == "apiregistration.k8s.io" && gvk.kind == "APIService")
}

fn rename(rs: &mut [Resource], specs: &[FieldSpec], prefix: &str, suffix: &str) {
    for r in rs.iter_mut() {
        let gvk = r.org_id().gvk;
        if is_skipped(&gvk) {
            continue;
        }
        for fs in specs {
            if !gvk.is_selected(&fs.gvk) {
                continue;
            }
            if fs.path == "metadata/name" {
                if !prefix.is_empty() {
                    r.prefixes.push(prefix.to_string());
                }
                if !suffix.is_empty() {
                    r.suffixes.push(suffix.to_string());
                }
                r.store_previous_id();
            }
            let _ = visit(
                &mut r.obj,
                &split_path(&fs.path),
                fs.create,
                CreateKind::None,
                &mut |v| {
                    if let Some(s) = v.as_str() {
                        *v = serde_json::Value::String(format!("{prefix}{s}{suffix}"));
                    }
                    Ok(())
                },
            );
        }
    }
}

pub fn add_prefix(rs: &mut [Resource], prefix: &str, specs: &[FieldSpec]) {
    rename(rs, specs, prefix, "");
}

pub fn add_suffix(rs: &mut [Resource], suffix: &str, specs: &[FieldSpec]) {
    rename(rs, specs, "", suffix);
}
