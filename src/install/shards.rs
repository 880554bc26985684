//! Flux's sharding in the install manifests (`flux install --shards=a,b`): one more `flux serve` Deployment per
//! shard, reconciling only the objects labelled `sharding.fluxcd.io/key: <shard>`, each with its own lease and
//! its own `source-controller-<shard>` Service for the artifacts it stores; the main Deployment takes every
//! object without that label. See docs/sharding.md.

use serde_json::{Value, json};

use super::manifests::{DEPLOYMENT_NAME, ManifestOptions};
use crate::api::SHARD_LABEL;

/// The `--watch-label-selector` of shard `name`.
pub fn shard_selector(name: &str) -> String {
    format!("{SHARD_LABEL} in ({name})")
}

/// Adds the shard Deployments and Services of `opts.shards` to `objects` and limits the main Deployment to the
/// objects of no shard. Without shards nothing changes.
pub fn add(objects: &mut Vec<Value>, opts: &ManifestOptions) {
    if opts.shards.is_empty() {
        return;
    }
    let Some(main) = objects
        .iter_mut()
        .find(|o| o["kind"] == "Deployment" && o["metadata"]["name"] == DEPLOYMENT_NAME)
    else {
        return;
    };
    push_arg(main, format!("--watch-label-selector=!{SHARD_LABEL}"));
    let main = main.clone();
    let storage_service = objects
        .iter()
        .find(|o| o["kind"] == "Service" && o["metadata"]["name"] == "source-controller")
        .cloned();
    for shard in &opts.shards {
        let name = format!("{DEPLOYMENT_NAME}-{shard}");
        let mut deployment = main.clone();
        deployment["metadata"]["name"] = json!(name);
        deployment["spec"]["selector"]["matchLabels"]["app"] = json!(name);
        deployment["spec"]["template"]["metadata"]["labels"]["app"] = json!(name);
        if let Some(args) = container_args(&mut deployment) {
            for arg in args.iter_mut() {
                let Some(text) = arg.as_str() else { continue };
                if text.starts_with("--watch-label-selector=") {
                    *arg = json!(format!("--watch-label-selector={}", shard_selector(shard)));
                } else if let Some(rest) =
                    text.strip_prefix("--storage-adv-addr=source-controller.")
                {
                    *arg = json!(format!(
                        "--storage-adv-addr=source-controller-{shard}.{rest}"
                    ));
                }
            }
        }
        objects.push(deployment);
        if let Some(mut service) = storage_service.clone() {
            service["metadata"]["name"] = json!(format!("source-controller-{shard}"));
            service["spec"]["selector"]["app"] = json!(name);
            objects.push(service);
        }
    }
}

fn container_args(deployment: &mut Value) -> Option<&mut Vec<Value>> {
    deployment
        .pointer_mut("/spec/template/spec/containers/0/args")
        .and_then(Value::as_array_mut)
}

fn push_arg(deployment: &mut Value, arg: String) {
    if let Some(args) = container_args(deployment) {
        args.push(json!(arg));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::install::manifests::generate;

    fn args_of(objects: &[Value], name: &str) -> Vec<String> {
        objects
            .iter()
            .find(|o| o["kind"] == "Deployment" && o["metadata"]["name"] == name)
            .and_then(|d| d.pointer("/spec/template/spec/containers/0/args"))
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default()
    }

    #[test]
    fn each_shard_gets_a_deployment_a_selector_and_a_storage_service() {
        let opts = ManifestOptions {
            shards: vec!["shard1".into(), "shard2".into()],
            ..ManifestOptions::default()
        };
        let objects = generate(&opts);
        let main = args_of(&objects, "flux");
        assert!(main.contains(&"--watch-label-selector=!sharding.fluxcd.io/key".to_string()));
        let shard = args_of(&objects, "flux-shard1");
        assert!(
            shard
                .contains(&"--watch-label-selector=sharding.fluxcd.io/key in (shard1)".to_string())
        );
        assert!(
            shard
                .iter()
                .any(|a| a.starts_with("--storage-adv-addr=source-controller-shard1.")),
            "{shard:?}"
        );
        let service = objects.iter().find(|o| {
            o["kind"] == "Service" && o["metadata"]["name"] == "source-controller-shard2"
        });
        assert_eq!(
            service.map(|s| s["spec"]["selector"]["app"].clone()),
            Some(json!("flux-shard2"))
        );
    }

    #[test]
    fn without_shards_the_manifests_are_unchanged() {
        let objects = generate(&ManifestOptions::default());
        assert!(
            !args_of(&objects, "flux")
                .iter()
                .any(|a| a.starts_with("--watch-label-selector"))
        );
    }
}
