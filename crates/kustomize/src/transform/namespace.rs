//! The namespace transformer: sets metadata.namespace on namespaced objects, and the few other
//! fields that carry a namespace (role binding subjects named "default", webhook services …).

use serde_json::Value;

use crate::error::{Result, conflict};
use crate::fieldspec::{CreateKind, FieldSpec, split_path, visit};
use crate::resource::Resource;

/// Which role binding subjects get the namespace (`setRoleBindingSubjects`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Subjects {
    /// Subjects named `default` (kustomize's default).
    #[default]
    DefaultOnly,
    /// Every ServiceAccount subject.
    AllServiceAccounts,
    /// None.
    None,
}

/// The `namespace` field: every namespaced object, default subjects.
pub fn apply(rs: &mut [Resource], ns: &str, specs: &[FieldSpec]) -> Result<()> {
    apply_with(rs, ns, specs, false, Subjects::DefaultOnly)
}

/// The NamespaceTransformer: `unset_only` leaves namespaces that are already set.
pub fn apply_with(
    rs: &mut [Resource],
    ns: &str,
    specs: &[FieldSpec],
    unset_only: bool,
    mode: Subjects,
) -> Result<()> {
    let set = |v: &mut Value| {
        if !unset_only || v.as_str().is_none_or(str::is_empty) {
            *v = Value::String(ns.into());
        }
    };
    for r in rs.iter_mut() {
        if r.string_map("annotations")
            .get("kustomize.config.k8s.io/helm-generated")
            .and_then(|v| v.as_str())
            == Some("true")
        {
            continue;
        }
        r.store_previous_id();
        let gvk = r.gvk();
        if !gvk.is_cluster_scoped() && (!unset_only || r.namespace().is_empty()) {
            r.set_namespace(ns);
        }
        if (gvk.kind == "RoleBinding" || gvk.kind == "ClusterRoleBinding")
            && let Some(subjects) = r.obj.get_mut("subjects").and_then(|s| s.as_array_mut())
        {
            for s in subjects {
                let hit = match mode {
                    Subjects::DefaultOnly => {
                        s.get("name").and_then(|n| n.as_str()) == Some("default")
                    }
                    Subjects::AllServiceAccounts => {
                        s.get("kind").and_then(|k| k.as_str()) == Some("ServiceAccount")
                    }
                    Subjects::None => false,
                };
                if hit && let Some(m) = s.as_object_mut() {
                    let slot = m.entry("namespace").or_insert(Value::Null);
                    set(slot);
                }
            }
        }
        for fs in specs {
            if fs.path == "metadata/namespace" {
                continue;
            }
            if fs.path == "metadata/name" && gvk.api_version() != "v1" {
                continue;
            }
            if (gvk.kind == "RoleBinding" || gvk.kind == "ClusterRoleBinding")
                && fs.path == "subjects/namespace"
            {
                continue;
            }
            if !gvk.is_selected(&fs.gvk) {
                continue;
            }
            visit(
                &mut r.obj,
                &split_path(&fs.path),
                fs.create,
                CreateKind::Scalar,
                &mut |v| {
                    set(v);
                    Ok(())
                },
            )?;
        }
    }
    let mut seen = std::collections::HashSet::new();
    for r in rs.iter() {
        if !seen.insert(crate::build::ResKey::of(r)) {
            return Err(conflict(format!(
                "namespace transformation produces ID conflict: {}",
                r.cur_id()
            )));
        }
    }
    Ok(())
}
