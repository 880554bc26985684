//! `flux stats`: per Flux kind, how many objects are running, failing (Ready=False) and suspended, and how much
//! artifact storage the sources use.
//!
//! RBAC: list on every Flux kind (kinds that are not installed count as zero).

use kube::Client;
use kube::api::{Api, ApiResource, DynamicObject, GroupVersionKind, ListParams};

/// The kinds `flux stats` reports, in Flux's order.
const KINDS: [(&str, &str, &str); 13] = [
    ("source.toolkit.fluxcd.io", "v1", "GitRepository"),
    ("source.toolkit.fluxcd.io", "v1", "OCIRepository"),
    ("source.toolkit.fluxcd.io", "v1", "HelmRepository"),
    ("source.toolkit.fluxcd.io", "v1", "HelmChart"),
    ("source.toolkit.fluxcd.io", "v1", "Bucket"),
    ("kustomize.toolkit.fluxcd.io", "v1", "Kustomization"),
    ("helm.toolkit.fluxcd.io", "v2", "HelmRelease"),
    ("notification.toolkit.fluxcd.io", "v1beta3", "Alert"),
    ("notification.toolkit.fluxcd.io", "v1beta3", "Provider"),
    ("notification.toolkit.fluxcd.io", "v1", "Receiver"),
    ("image.toolkit.fluxcd.io", "v1", "ImageUpdateAutomation"),
    ("image.toolkit.fluxcd.io", "v1", "ImagePolicy"),
    ("image.toolkit.fluxcd.io", "v1", "ImageRepository"),
];

/// Column headers of the report.
pub const HEADER: [&str; 5] = ["RECONCILERS", "RUNNING", "FAILING", "SUSPENDED", "STORAGE"];

/// Counts of one kind.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct KindStats {
    pub kind: String,
    pub total: usize,
    pub failing: usize,
    pub suspended: usize,
    pub storage: i64,
}

impl KindStats {
    /// Adds one object (its JSON `spec` and `status`).
    pub fn add(&mut self, data: &serde_json::Value) {
        self.total += 1;
        if data["spec"]["suspend"].as_bool() == Some(true) {
            self.suspended += 1;
        }
        self.failing += data["status"]["conditions"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|c| c["type"] == "Ready" && c["status"] == "False")
            .count();
        self.storage += data["status"]["artifact"]["size"].as_i64().unwrap_or(0);
    }

    /// The table row: kind, running (total minus suspended), failing, suspended, storage.
    pub fn row(&self) -> Vec<String> {
        vec![
            self.kind.clone(),
            (self.total.saturating_sub(self.suspended)).to_string(),
            self.failing.to_string(),
            self.suspended.to_string(),
            format_size(self.storage),
        ]
    }
}

/// Bytes in binary units with one decimal (`1.5 KiB`), `-` for none.
pub fn format_size(b: i64) -> String {
    if b == 0 {
        return "-".into();
    }
    const UNIT: i64 = 1024;
    if b < UNIT {
        return format!("{b} B");
    }
    let (mut div, mut exp) = (UNIT, 0usize);
    let mut n = b / UNIT;
    while n >= UNIT {
        div *= UNIT;
        exp += 1;
        n /= UNIT;
    }
    let unit = "KMGTPE".as_bytes().get(exp).map_or('E', |c| *c as char);
    format!("{:.1} {unit}iB", b as f64 / div as f64)
}

/// Counts every Flux kind in `namespace` (all namespaces when `None`).
pub async fn collect(client: &Client, namespace: Option<&str>) -> Vec<KindStats> {
    let mut out = Vec::new();
    for (group, version, kind) in KINDS {
        let ar = ApiResource::from_gvk(&GroupVersionKind::gvk(group, version, kind));
        let api: Api<DynamicObject> = match namespace {
            Some(ns) => Api::namespaced_with(client.clone(), ns, &ar),
            None => Api::all_with(client.clone(), &ar),
        };
        let mut stats = KindStats {
            kind: kind.to_string(),
            ..KindStats::default()
        };
        if let Ok(list) = api.list(&ListParams::default()).await {
            for item in &list.items {
                stats.add(&item.data);
            }
        }
        out.push(stats);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_use_binary_units() {
        assert_eq!(format_size(0), "-");
        assert_eq!(format_size(512), "512 B");
        assert_eq!(format_size(1536), "1.5 KiB");
        assert_eq!(format_size(5 * 1024 * 1024), "5.0 MiB");
    }

    #[test]
    fn suspended_objects_are_not_running() {
        let mut s = KindStats {
            kind: "GitRepository".into(),
            ..KindStats::default()
        };
        s.add(&serde_json::json!({"spec": {"suspend": true}}));
        s.add(&serde_json::json!({"spec": {}, "status": {"conditions": [{"type": "Ready", "status": "False"}],
            "artifact": {"size": 2048}}}));
        assert_eq!(s.row(), vec!["GitRepository", "1", "1", "1", "2.0 KiB"]);
    }
}
