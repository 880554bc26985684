//! Name references: after renames (prefix, suffix, hash, namespace), fields that name another
//! object (a ConfigMap in a pod template, a ServiceAccount in a binding …) follow the new name.

use std::collections::HashMap;

use serde_json::Value;

use crate::error::{Result, reference};
use crate::fieldspec::{CreateKind, NameBackRef, split_path, visit};
use crate::resource::{Gvk, ResId, Resource};

/// Ids computed once per build, and objects by the names they had.
struct Index<'a> {
    all: &'a [Resource],
    cur: Vec<ResId>,
    org: Vec<ResId>,
    by_prev_name: HashMap<&'a str, Vec<usize>>,
}

impl<'a> Index<'a> {
    fn new(all: &'a [Resource]) -> Index<'a> {
        let mut by_prev_name: HashMap<&'a str, Vec<usize>> = HashMap::new();
        for (j, r) in all.iter().enumerate() {
            for id in &r.prev_ids {
                let list = by_prev_name.entry(id.name.as_str()).or_default();
                if list.last() != Some(&j) {
                    list.push(j);
                }
            }
        }
        Index {
            all,
            cur: all.iter().map(Resource::cur_id).collect(),
            org: all.iter().map(Resource::org_id).collect(),
            by_prev_name,
        }
    }
}

pub fn fix_references(rs: &mut [Resource], backrefs: &[NameBackRef]) -> Result<()> {
    // Which (field, referral kind) pairs apply to each object, in table order.
    let orgs: Vec<Gvk> = rs.iter().map(|r| r.org_id().gvk).collect();
    let mut filters: Vec<Vec<(usize, usize)>> = vec![Vec::new(); rs.len()];
    for (bi, b) in backrefs.iter().enumerate() {
        for (si, spec) in b.referrers.iter().enumerate() {
            for (i, g) in orgs.iter().enumerate() {
                if g.is_selected(&spec.gvk) {
                    filters[i].push((bi, si));
                }
            }
        }
    }
    let snapshot: Vec<Resource> = rs.to_vec();
    let index = Index::new(&snapshot);
    for (i, fl) in filters.iter().enumerate() {
        if fl.is_empty() {
            continue;
        }
        let mut obj = rs[i].obj.clone();
        for &(bi, si) in fl {
            let b = &backrefs[bi];
            let spec = &b.referrers[si];
            let ctx = Ctx::new(&index, i, &b.gvk, &spec.path);
            visit(
                &mut obj,
                &split_path(&spec.path),
                false,
                CreateKind::None,
                &mut |node| ctx.set(node),
            )?;
        }
        rs[i].obj = obj;
    }
    Ok(())
}

/// The namespace an object is in ("" counting as "default"); None for cluster-scoped kinds.
fn effective_ns(id: &ResId) -> Option<&str> {
    if id.is_cluster_scoped() {
        None
    } else if id.namespace.is_empty() {
        Some("default")
    } else {
        Some(&id.namespace)
    }
}

/// One referrer field being updated.
struct Ctx<'a> {
    ix: &'a Index<'a>,
    referrer: usize,
    target: &'a Gvk,
    path: &'a str,
    /// Namespaces of a RoleBinding's ServiceAccount subjects (objects there may be referred to).
    sa_namespaces: Vec<String>,
}

impl<'a> Ctx<'a> {
    fn new(ix: &'a Index<'a>, referrer: usize, target: &'a Gvk, path: &'a str) -> Ctx<'a> {
        let r = &ix.all[referrer];
        let mut sa_namespaces = Vec::new();
        if r.kind() == "RoleBinding"
            && let Some(subjects) = r.obj.get("subjects").and_then(|s| s.as_array())
        {
            for s in subjects {
                if s.get("kind").and_then(|k| k.as_str()) == Some("ServiceAccount")
                    && let Some(ns) = s.get("namespace").and_then(|n| n.as_str())
                {
                    sa_namespaces.push(ns.to_string());
                }
            }
        }
        Ctx {
            ix,
            referrer,
            target,
            path,
            sa_namespaces,
        }
    }

    /// kustomize's SubsetThatCouldBeReferencedByResource: cluster-scoped objects, those in the
    /// referrer's namespace, and for RoleBindings those in its ServiceAccount subjects' namespaces.
    fn could_refer_to(&self, j: usize) -> bool {
        let rid = &self.ix.cur[self.referrer];
        let id = &self.ix.cur[j];
        rid.is_cluster_scoped()
            || id.is_cluster_scoped()
            || id.ns_equals(rid)
            || self.sa_namespaces.contains(&id.namespace)
    }

    fn set(&self, node: &mut Value) -> Result<()> {
        match node {
            Value::String(_) => self.set_scalar(node),
            Value::Object(_) => self.set_mapping(node),
            Value::Array(items) => {
                for item in items {
                    match item {
                        Value::String(_) => self.set_scalar(item)?,
                        Value::Object(_) => self.set_mapping(item)?,
                        _ => {}
                    }
                }
                Ok(())
            }
            _ => Ok(()),
        }
    }

    fn named(&self, old: &str) -> Vec<usize> {
        self.ix
            .by_prev_name
            .get(old)
            .map(|v| {
                v.iter()
                    .copied()
                    .filter(|&j| self.could_refer_to(j))
                    .collect()
            })
            .unwrap_or_default()
    }

    fn set_scalar(&self, node: &mut Value) -> Result<()> {
        let Some(old) = node.as_str().map(str::to_string) else {
            return Ok(());
        };
        if let Some(j) = self.select(&old, self.named(&old), false)? {
            let new = self.ix.all[j].name();
            if new != old {
                *node = Value::String(new.to_string());
            }
        }
        Ok(())
    }

    fn set_mapping(&self, node: &mut Value) -> Result<()> {
        let Some(old) = node
            .get("name")
            .and_then(|n| n.as_str())
            .map(str::to_string)
        else {
            return Ok(());
        };
        let mut cands = self.named(&old);
        if let Some(ns) = node.get("namespace").and_then(|n| n.as_str()) {
            // Objects grouped by original namespace when that group exists, else by current one.
            let n = self.ix.all.len();
            let org_group_exists =
                (0..n).any(|j| self.could_refer_to(j) && effective_ns(&self.ix.org[j]) == Some(ns));
            if org_group_exists {
                cands.retain(|&j| effective_ns(&self.ix.org[j]) == Some(ns));
            } else {
                cands.retain(|&j| effective_ns(&self.ix.cur[j]) == Some(ns));
            }
        }
        let Some(j) = self.select(&old, cands, true)? else {
            return Ok(());
        };
        let r = &self.ix.all[j];
        if r.name() == old && r.namespace().is_empty() {
            return Ok(());
        }
        if let Some(m) = node.as_object_mut() {
            m.insert("name".into(), Value::String(r.name().into()));
            if !r.namespace().is_empty() {
                m.insert("namespace".into(), Value::String(r.namespace().into()));
            }
        }
        Ok(())
    }

    fn role_ref_gvk(&self) -> Option<Gvk> {
        if !self.path.ends_with("roleRef/name") {
            return None;
        }
        let rr = self.ix.all[self.referrer].obj.get("roleRef")?;
        Some(Gvk {
            group: rr.get("apiGroup")?.as_str()?.to_string(),
            version: String::new(),
            kind: rr.get("kind")?.as_str()?.to_string(),
        })
    }

    /// kustomize's selectReferral over objects that once had the name `old`.
    fn select(&self, old: &str, mut c: Vec<usize>, with_ns: bool) -> Result<Option<usize>> {
        let role_gvk = self.role_ref_gvk();
        let rid = &self.ix.cur[self.referrer];
        let all = self.ix.all;
        c.retain(|&j| {
            let r = &all[j];
            let id = &self.ix.cur[j];
            r.prev_ids.iter().any(|p| p.name == old)
                && r.prev_ids.iter().any(|p| p.gvk.is_selected(self.target))
                && role_gvk
                    .as_ref()
                    .is_none_or(|g| r.prev_ids.iter().any(|p| p.gvk.is_selected(g)))
                && (rid.is_cluster_scoped()
                    || id.is_cluster_scoped()
                    || r.kind() == "ServiceAccount"
                    || rid.ns_equals(id))
        });
        if c.len() == 1 {
            return Ok(Some(c[0]));
        }
        let referrer = &all[self.referrer];
        c.retain(|&j| all[j].prefixes_suffixes_equal(referrer, true));
        if c.len() > 1 {
            c.retain(|&j| all[j].prefixes_suffixes_equal(referrer, false));
        }
        match c.len() {
            0 => Ok(None),
            1 => Ok(Some(c[0])),
            _ => {
                let first = &all[c[0]];
                let same = c.iter().all(|&j| {
                    all[j].name() == first.name()
                        && (!with_ns || all[j].namespace() == first.namespace())
                });
                if same {
                    Ok(Some(c[0]))
                } else {
                    let ids: Vec<String> = c.iter().map(|&j| self.ix.cur[j].to_string()).collect();
                    Err(reference(format!(
                        "found multiple possible referrals: {}",
                        ids.join(", ")
                    )))
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fieldspec::NAME_REFERENCE;
    use serde_json::json;

    fn renamed(obj: Value, new_name: &str) -> Resource {
        let mut r = Resource::new(obj);
        r.store_previous_id();
        r.set_name(new_name);
        r
    }

    #[test]
    fn pod_templates_follow_a_renamed_config_map() {
        let cm = renamed(
            json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "cfg"}}),
            "cfg-abc",
        );
        let dep = Resource::new(
            json!({"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "d"},
            "spec": {"template": {"spec": {"volumes": [{"name": "v", "configMap": {"name": "cfg"}}]}}}}),
        );
        let mut rs = vec![cm, dep];
        assert!(fix_references(&mut rs, &NAME_REFERENCE).is_ok());
        assert_eq!(
            rs[1].obj["spec"]["template"]["spec"]["volumes"][0]["configMap"]["name"],
            json!("cfg-abc")
        );
    }

    #[test]
    fn objects_in_other_namespaces_are_not_referred_to() {
        let mut cm = renamed(
            json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "cfg", "namespace": "a"}}),
            "x-cfg",
        );
        cm.set_namespace("a");
        let pod = Resource::new(
            json!({"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p", "namespace": "b"},
            "spec": {"volumes": [{"name": "v", "configMap": {"name": "cfg"}}]}}),
        );
        let mut rs = vec![cm, pod];
        assert!(fix_references(&mut rs, &NAME_REFERENCE).is_ok());
        assert_eq!(
            rs[1].obj["spec"]["volumes"][0]["configMap"]["name"],
            json!("cfg")
        );
    }
}
