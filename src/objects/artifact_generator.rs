//! ArtifactGenerator from the CLI's point of view: its `flux get artifact generators` row, its `flux export`
//! form and its `flux tree` (the ExternalArtifacts of its inventory).

use serde_json::{Value, json};

use crate::api::extensions::{API_VERSION, ArtifactGenerator, GROUP, KIND};

use super::tree::{ObjMetadata, Tree};

/// One `flux get artifact generators` row: name, suspended (disabled by annotation), ready, message.
pub fn row(obj: &ArtifactGenerator) -> [String; 4] {
    let (ready, message) = super::ready_and_message(obj);
    [
        kube::ResourceExt::name_any(obj),
        if obj.is_disabled() { "True" } else { "False" }.to_string(),
        ready,
        message,
    ]
}

/// The object as `flux export artifact generator` prints it: clean metadata and the spec.
pub fn export_value(obj: &ArtifactGenerator) -> Value {
    json!({
        "apiVersion": API_VERSION,
        "kind": KIND,
        "metadata": super::export_metadata(&obj.metadata),
        "spec": serde_json::to_value(&obj.spec).unwrap_or(Value::Null),
    })
}

/// The generator with the ExternalArtifacts of its inventory under it.
pub fn tree(obj: &ArtifactGenerator) -> Tree {
    let ns = obj.metadata.namespace.clone().unwrap_or_default();
    let mut root = Tree::new(ObjMetadata::new(
        &ns,
        &kube::ResourceExt::name_any(obj),
        GROUP,
        KIND,
    ));
    for ea in obj.inventory() {
        root.resources.push(Tree::new(ObjMetadata::new(
            &ea.namespace,
            &ea.name,
            "source.toolkit.fluxcd.io",
            "ExternalArtifact",
        )));
    }
    root
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::extensions::{
        ArtifactGeneratorSpec, ArtifactGeneratorStatus, ExternalArtifactReference,
    };

    #[test]
    fn the_tree_lists_the_inventory_as_flux_prints_it() {
        let mut ag = ArtifactGenerator::new("gen", ArtifactGeneratorSpec::default());
        ag.metadata.namespace = Some("apps".into());
        ag.status = Some(ArtifactGeneratorStatus {
            inventory: Some(
                ["a", "b"]
                    .iter()
                    .map(|n| ExternalArtifactReference {
                        name: n.to_string(),
                        namespace: "apps".into(),
                        digest: "sha256:x".into(),
                        filename: "1.tar.gz".into(),
                    })
                    .collect(),
            ),
            ..Default::default()
        });
        assert_eq!(
            tree(&ag).print(),
            "ArtifactGenerator/apps/gen\n├── ExternalArtifact/apps/a\n└── ExternalArtifact/apps/b\n"
        );
    }

    #[test]
    fn a_new_generator_is_waiting_and_not_suspended() {
        let ag = ArtifactGenerator::new("gen", ArtifactGeneratorSpec::default());
        assert_eq!(
            row(&ag),
            [
                "gen".to_string(),
                "False".into(),
                "False".into(),
                "waiting to be reconciled".into()
            ]
        );
    }
}
