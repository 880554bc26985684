//! ExternalArtifact from the CLI's point of view: its `flux get sources external` row and its `flux export`
//! form.

use serde_json::{Value, json};

use crate::api::source::ExternalArtifact;

/// One `flux get sources external` row: name, revision, source (`Kind/namespace/name` of the producer), ready,
/// message; hex digests shortened as Flux shortens them.
pub fn row(obj: &ExternalArtifact) -> [String; 5] {
    let (ready, message) = super::ready_and_message(obj);
    let revision = obj
        .status
        .as_ref()
        .and_then(|s| s.artifact.as_ref())
        .map(|a| a.revision.clone())
        .unwrap_or_default();
    let source = obj
        .spec
        .source_ref
        .as_ref()
        .map(|r| {
            format!(
                "{}/{}/{}",
                r.kind,
                r.namespace.clone().unwrap_or_default(),
                r.name
            )
        })
        .unwrap_or_default();
    [
        kube::ResourceExt::name_any(obj),
        super::truncate_hex(&revision),
        source,
        ready,
        super::truncate_hex(&message),
    ]
}

/// The object as `flux export source external` prints it: clean metadata and the spec.
pub fn export_value(obj: &ExternalArtifact) -> Value {
    json!({
        "apiVersion": "source.toolkit.fluxcd.io/v1",
        "kind": "ExternalArtifact",
        "metadata": super::export_metadata(&obj.metadata),
        "spec": serde_json::to_value(&obj.spec).unwrap_or(Value::Null),
    })
}
