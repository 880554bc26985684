//! Objects shaped like the ones the flux2 `diff kustomization` golden cases
//! load, shared by the report tests of several modules.

use serde_json::{Value, json};

/// The podinfo Service with Flux's labels, its `http` port set to `http_port`.
pub(super) fn service(http_port: u16) -> Value {
    json!({
        "apiVersion": "v1", "kind": "Service",
        "metadata": {
            "labels": {
                "kustomize.toolkit.fluxcd.io/name": "podinfo",
                "kustomize.toolkit.fluxcd.io/namespace": "flux-system-1"
            },
            "name": "podinfo", "namespace": "default"
        },
        "spec": {
            "type": "ClusterIP",
            "selector": {"app": "podinfo"},
            "ports": [
                {"name": "http", "port": http_port, "protocol": "TCP", "targetPort": "http"},
                {"port": 9999, "targetPort": "grpc", "protocol": "TCP", "name": "grpc"}
            ]
        }
    })
}

/// An Opaque Secret `name` in `default` with Flux's labels and `data`.
pub(super) fn secret(name: &str, data: Value) -> Value {
    json!({
        "apiVersion": "v1", "kind": "Secret",
        "metadata": {
            "labels": {
                "kustomize.toolkit.fluxcd.io/name": "podinfo",
                "kustomize.toolkit.fluxcd.io/namespace": "flux-system-1"
            },
            "name": name, "namespace": "default"
        },
        "type": "Opaque",
        "data": data
    })
}
