//! Human-readable drift reports in the format of the `dyff` tool.
//!
//! `flux diff kustomization` prints, for every object that drifted, the
//! "between" human report of homeport/dyff (v1.10) comparing the live object
//! with the server-side dry-run result. Flux uses dyff with these settings:
//! header omitted, Kubernetes entity detection on, order changes reported,
//! dot-style paths (named list entries addressed by their name), no colours
//! (output is not a terminal) and a terminal width of 80 columns (the
//! fallback of gonvenience/term when stdout is not a terminal).
//!
//! Flux serialises both objects with `sigs.k8s.io/yaml` (which sorts map keys
//! the yaml.v2 way) before dyff reads them back with yaml.v3, so this module
//! mirrors that pipeline: JSON values become YAML-like nodes with the tags
//! yaml.v3 would resolve and the key order yaml.v2 would emit.
//!
//! Secrets are masked like Flux does: the `data` values are replaced by
//! `***`, `*** (before)` and `*** (after)` (fluxcd/pkg/ssa), or by `*****` for
//! SOPS-encrypted secrets where only the keys are compared (flux2).
//!
//! # How the pieces fit
//!
//! A report is built in stages, one module each:
//! - `mask` hides Secret values the way Flux does, before anything else
//!   sees them;
//! - `node` turns the JSON objects into the YAML nodes dyff reads (tags and
//!   key order as after Flux's yaml.v2 → yaml.v3 round trip), sorting keys
//!   with the Go sort in `go_sort`;
//! - `compare` walks both documents into a list of differences, with lists
//!   handled by `lists` and their entries matched up by `identify`;
//! - `layout` writes dyff's human report, side-by-side columns included; it
//!   renders values with `neat`, reorders added maps with `restructure` and
//!   diffs multi-line strings with `line_diff`.

mod compare;
#[cfg(test)]
mod fixtures;
mod go_sort;
mod identify;
mod layout;
mod line_diff;
mod lists;
mod mask;
mod neat;
mod node;
mod restructure;

use serde_json::Value;

use layout::render_report;
use mask::{SecretMask, masked};

/// Width dyff assumes when stdout is not a terminal.
pub const DEFAULT_TERMINAL_WIDTH: usize = 80;

/// The dyff human report of the differences between `live` (from the cluster)
/// and `desired` (the server-side dry-run result), both Kubernetes objects as
/// JSON with managedFields/status/metadata noise already removed by the
/// caller. Returns "" when they are equal. For Secrets (kind == "Secret")
/// values under data/stringData are masked as Flux does.
///
/// The returned text is exactly what dyff writes: it starts with a newline
/// (the blank line after `► Kind/ns/name drifted`) and ends with a blank line,
/// so the caller prints it verbatim right after the "drifted" line.
pub fn report(live: &Value, desired: &Value) -> String {
    report_with_width(live, desired, DEFAULT_TERMINAL_WIDTH)
}

/// Like [`report`], for a terminal of `width` columns (dyff lays blocks out
/// side by side only when they fit into the terminal width).
pub fn report_with_width(live: &Value, desired: &Value, width: usize) -> String {
    let (live, desired) = masked(live, desired, SecretMask::Values);
    render_report(&live, &desired, width)
}

/// The report Flux prints for a SOPS-encrypted Secret: every `data` value on
/// both sides is replaced by `*****`, so only added or removed keys show up.
///
/// flux2 takes this path when a base64-decoded `data` value of the *built*
/// Secret contains the `**SOPS**` mask; it then treats the Secret as
/// unchanged unless the key sets differ (see [`sops_keys_differ`]), so the
/// caller decides both before calling this.
pub fn report_sops(live: &Value, desired: &Value) -> String {
    let (live, desired) = masked(live, desired, SecretMask::KeysOnly);
    render_report(&live, &desired, DEFAULT_TERMINAL_WIDTH)
}

/// Whether the `data` keys of the two Secrets differ, which is Flux's drift
/// criterion for SOPS-encrypted Secrets (their values cannot be compared).
pub fn sops_keys_differ(live: &Value, desired: &Value) -> bool {
    let keys = |v: &Value| -> Vec<String> {
        let mut keys: Vec<String> = v
            .get("data")
            .and_then(Value::as_object)
            .map(|m| m.keys().cloned().collect())
            .unwrap_or_default();
        keys.sort();
        keys
    };
    keys(live) != keys(desired)
}

#[cfg(test)]
mod tests {
    use super::fixtures::{secret, service};
    use super::*;
    use serde_json::json;

    // --- Blocks of the flux2 `diff kustomization` goldens -------------------
    // The live side is what each case loads into the cluster, the desired side
    // the built object after the server-side dry run (ignored fields already
    // stripped by the caller). Expected text is copied from expected.golden.

    /// TestDiffKustomizationDriftIgnoreRules #1: /spec/ports is ignored, so
    /// only the labels Flux adds remain; the namespace label is empty because
    /// the Kustomization from --kustomization-file has no namespace.
    #[test]
    fn golden_drift_ignore_rules_service_labels() {
        let live = json!({
            "apiVersion": "v1", "kind": "Service",
            "metadata": {"name": "podinfo", "namespace": "default"},
            "spec": {"selector": {"app": "podinfo"}, "type": "ClusterIP"}
        });
        let desired = json!({
            "apiVersion": "v1", "kind": "Service",
            "metadata": {
                "labels": {
                    "kustomize.toolkit.fluxcd.io/name": "podinfo",
                    "kustomize.toolkit.fluxcd.io/namespace": ""
                },
                "name": "podinfo", "namespace": "default"
            },
            "spec": {"selector": {"app": "podinfo"}, "type": "ClusterIP"}
        });
        assert_eq!(
            report(&live, &desired),
            concat!(
                "\n",
                "metadata\n",
                "+ one map entry added:\n",
                "  labels:\n",
                "    kustomize.toolkit.fluxcd.io/name: podinfo\n",
                "    kustomize.toolkit.fluxcd.io/namespace:\n",
                "\n",
            )
        );
    }

    /// TestDiffKustomizationTakeOwnership #1: an existing ConfigMap gains the
    /// Flux ownership labels.
    #[test]
    fn golden_take_ownership_configmap_labels() {
        let live = json!({
            "apiVersion": "v1", "kind": "ConfigMap",
            "metadata": {"name": "existing-config", "namespace": "default"},
            "data": {"key": "value"}
        });
        let desired = json!({
            "apiVersion": "v1", "kind": "ConfigMap",
            "metadata": {
                "name": "existing-config", "namespace": "default",
                "labels": {
                    "kustomize.toolkit.fluxcd.io/name": "configmaps",
                    "kustomize.toolkit.fluxcd.io/namespace": ""
                }
            },
            "data": {"key": "value"}
        });
        assert_eq!(
            report(&live, &desired),
            concat!(
                "\n",
                "metadata\n",
                "+ one map entry added:\n",
                "  labels:\n",
                "    kustomize.toolkit.fluxcd.io/name: configmaps\n",
                "    kustomize.toolkit.fluxcd.io/namespace:\n",
                "\n",
            )
        );
    }

    /// TestDiffKustomization #4: the drifted port of the `http` entry is
    /// addressed by name.
    #[test]
    fn golden_service_port_value_change() {
        assert_eq!(
            report(&service(9899), &service(9898)),
            concat!(
                "\n",
                "spec.ports.http.port\n",
                "± value change\n",
                "- 9899\n",
                "+ 9898\n",
                "\n",
            )
        );
    }

    /// TestDiffKustomization #5: a drifted Secret value is masked.
    #[test]
    fn golden_secret_value_masked() {
        let live = secret(
            "db-user-pass-bkbd782d2c",
            json!({"password": "cGFzc3dvcmQK", "username": "YWRtaW4="}),
        );
        let desired = secret(
            "db-user-pass-bkbd782d2c",
            json!({"password": "MWYyZDFlMmU2N2Rm", "username": "YWRtaW4="}),
        );
        assert_eq!(
            report(&live, &desired),
            concat!(
                "\n",
                "data.password\n",
                "± value change\n",
                "- *** (before)\n",
                "+ *** (after)\n",
                "\n",
            )
        );
    }

    /// TestDiffKustomization #6: SOPS secret whose key changed; only keys are
    /// compared, values show as "*****".
    #[test]
    fn golden_sops_secret_key_drift() {
        let live = secret(
            "podinfo-token-77t89m9b67",
            json!({"drift-key": "bXktc2VjcmV0LXRva2VuCg=="}),
        );
        let desired = secret(
            "podinfo-token-77t89m9b67",
            json!({"token": "RU5DW0FFUzI1Nl9HQ00sZGF0YTpvQmU1UGxQbWZRQ1VVYzRzcUtJbWp3PT1d"}),
        );
        assert!(sops_keys_differ(&live, &desired));
        assert_eq!(
            report_sops(&live, &desired),
            concat!(
                "\n",
                "data\n",
                "- one map entry removed:   + one map entry added:\n",
                "drift-key: \"*****\"           token: \"*****\"\n",
                "\n",
            )
        );
    }

    /// TestDiffKustomization #9: SOPS stringData secret with a renamed key
    /// (the API server folds stringData into data).
    #[test]
    fn golden_sops_stringdata_secret_key_drift() {
        let mut live = secret(
            "secret-basic-auth-stringdata",
            json!({"password": "KipTT1BTKio=", "username1": "KipTT1BTKio="}),
        );
        live["type"] = json!("kubernetes.io/basic-auth");
        let mut desired = secret(
            "secret-basic-auth-stringdata",
            json!({"password": "RU5DW0FFUzI1Nl9HQ00=", "username": "RU5DW0FFUzI1Nl9HQ00="}),
        );
        desired["type"] = json!("kubernetes.io/basic-auth");
        assert_eq!(
            report_sops(&live, &desired),
            concat!(
                "\n",
                "data\n",
                "- one map entry removed:   + one map entry added:\n",
                "username1: \"*****\"           username: \"*****\"\n",
                "\n",
            )
        );
    }

    // --- Other behaviour ------------------------------------------------------

    #[test]
    fn equal_objects_give_empty_report() {
        assert_eq!(report(&service(80), &service(80)), "");
    }

    #[test]
    fn sops_keys_differ_only_on_key_sets() {
        let a = secret("s", json!({"a": "1", "b": "2"}));
        let b = secret("s", json!({"b": "3", "a": "4"}));
        assert!(!sops_keys_differ(&a, &b));
        assert_eq!(report_sops(&a, &b), "");
    }
}
