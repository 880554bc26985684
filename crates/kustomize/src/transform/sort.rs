//! Output order: kustomize's legacy kind order, or declaration order.

use std::cmp::Ordering;

use crate::error::{Result, invalid};
use crate::kustfile::SortOptions;
use crate::resource::{Gvk, ResId, Resource};

const ORDER_FIRST: &[&str] = &[
    "Namespace",
    "ResourceQuota",
    "StorageClass",
    "CustomResourceDefinition",
    "ServiceAccount",
    "PodSecurityPolicy",
    "Role",
    "ClusterRole",
    "RoleBinding",
    "ClusterRoleBinding",
    "ConfigMap",
    "Secret",
    "Endpoints",
    "Service",
    "LimitRange",
    "PriorityClass",
    "PersistentVolume",
    "PersistentVolumeClaim",
    "Deployment",
    "StatefulSet",
    "CronJob",
    "PodDisruptionBudget",
];
const ORDER_LAST: &[&str] = &[
    "MutatingWebhookConfiguration",
    "ValidatingWebhookConfiguration",
];

fn gvk_sort_string(g: &Gvk) -> String {
    let or = |s: &str, d: &str| {
        if s.is_empty() {
            d.to_string()
        } else {
            s.to_string()
        }
    };
    format!(
        "{}_{}_{}",
        or(&g.group, "~G"),
        or(&g.version, "~V"),
        or(&g.kind, "~K")
    )
}

fn id_sort_string(id: &ResId) -> String {
    let or = |s: &str, d: &str| {
        if s.is_empty() {
            d.to_string()
        } else {
            s.to_string()
        }
    };
    format!(
        "{}.{}.{}|{}|{}",
        or(&id.gvk.group, "[noGrp]"),
        or(&id.gvk.version, "[noVer]"),
        or(&id.gvk.kind, "[noKind]"),
        or(&id.namespace, "~X"),
        or(&id.name, "~N")
    )
}

pub fn apply(rs: &mut [Resource], so: &SortOptions) -> Result<()> {
    match so.order.as_str() {
        "" | "fifo" => return Ok(()),
        "legacy" => {}
        other => {
            return Err(invalid(format!(
                "the field 'sortOptions.order' must be one of [fifo, legacy], not {other:?}"
            )));
        }
    }
    let (first, last): (Vec<String>, Vec<String>) = match &so.legacy_sort_options {
        Some(l) => (l.order_first.clone(), l.order_last.clone()),
        None => (
            ORDER_FIRST.iter().map(|s| s.to_string()).collect(),
            ORDER_LAST.iter().map(|s| s.to_string()).collect(),
        ),
    };
    let rank = |kind: &str| -> i64 {
        if let Some(i) = first.iter().position(|k| k == kind) {
            return i as i64 - first.len() as i64;
        }
        if let Some(i) = last.iter().position(|k| k == kind) {
            return 1 + i as i64;
        }
        0
    };
    rs.sort_by(|a, b| {
        let (ia, ib) = (a.cur_id(), b.cur_id());
        if ia.gvk != ib.gvk {
            let (ra, rb) = (rank(&ia.gvk.kind), rank(&ib.gvk.kind));
            if ra != rb {
                return ra.cmp(&rb);
            }
            let (sa, sb) = (gvk_sort_string(&ia.gvk), gvk_sort_string(&ib.gvk));
            if ia.gvk.kind == "Namespace"
                && ib.gvk.kind == "Namespace"
                && (ia.gvk.group.is_empty() || ib.gvk.group.is_empty())
            {
                return sb.cmp(&sa);
            }
            return sa.cmp(&sb);
        }
        let c = id_sort_string(&ia).cmp(&id_sort_string(&ib));
        if c == Ordering::Equal {
            Ordering::Equal
        } else {
            c
        }
    });
    Ok(())
}
