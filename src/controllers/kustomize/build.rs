//! The build step of a Kustomization reconcile: read the `postBuild.substituteFrom` variables and the SOPS keys
//! of `spec.decryption`, run the same build as `flux build kustomization` (on a blocking thread, bounded so
//! builds cannot starve the runtime), and refuse Secrets that are still encrypted.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use k8s_openapi::api::core::v1::Secret;
use kube::api::Api;
use serde_json::Value;

use kustomize::flux::Decryptor;

use crate::api::kustomize::Kustomization;
use crate::build::{BuildOptions, build_dir, fetch_substitute_from};
use crate::sops;

use super::KustomizeContext;
use super::decrypt_sources::decrypt_generator_sources;
use super::error::Error;

/// The build output: objects to apply and their YAML (whose digest keys `status.history`).
pub struct Built {
    pub objects: Vec<Value>,
    pub yaml: String,
}

/// Builds `dir` (inside the unpacked artifact `root`) for `ks`, whose JSON form is `ks_json`.
pub async fn build(
    ctx: &KustomizeContext,
    ks: &Kustomization,
    ks_json: &Value,
    namespace: &str,
    root: &Path,
    dir: &Path,
) -> Result<Built, Error> {
    let substitute_from = if ks.spec.post_build.is_some() {
        fetch_substitute_from(&ctx.base.client, ks_json)
            .await
            .map_err(|e| Error::SubstituteFrom(Box::new(e)))?
    } else {
        Vec::new()
    };
    let decrypt = match &ks.spec.decryption {
        Some(d) => {
            let keys = Arc::new(read_keys(&ctx.base.client, namespace, d).await?);
            decrypt_generator_sources(root, dir, &keys)?;
            Some(decryptor(keys))
        }
        None => None,
    };
    let opts = BuildOptions {
        path: dir.to_path_buf(),
        decrypt,
        boundary: Some(root.to_path_buf()),
        // Flux 2.9: an unset `${var}` without a default fails the build unless the gate is turned off.
        strict_substitute: ctx.opts.gates.enabled("StrictPostBuildSubstitutions"),
        ..BuildOptions::default()
    };
    let dir = dir.to_path_buf();
    let ks_json = ks_json.clone();
    let permit = ctx
        .builds
        .acquire()
        .await
        .map_err(Error::WaitForBuildSlot)?;
    let list =
        tokio::task::spawn_blocking(move || build_dir(&ks_json, &dir, &substitute_from, &opts))
            .await
            .map_err(Error::BuildTask)?
            .map_err(|e| Error::BuildKustomization(Box::new(e)))?;
    drop(permit);
    for obj in &list.objects {
        for field in ["apiVersion", "kind"] {
            if obj
                .get(field)
                .and_then(Value::as_str)
                .is_none_or(str::is_empty)
            {
                return Err(Error::DecodeObject(short(obj)));
            }
        }
        if sops::is_encrypted(obj) && !decryption_disabled(obj) {
            return Err(Error::EncryptedSecret(subject(obj)));
        }
    }
    Ok(Built {
        yaml: list.to_yaml(),
        objects: list.objects,
    })
}

/// The keys of `spec.decryption.secretRef` (none when it names no Secret).
async fn read_keys(
    client: &kube::Client,
    namespace: &str,
    decryption: &crate::api::kustomize::Decryption,
) -> Result<sops::Keys, Error> {
    match &decryption.secret_ref {
        Some(r) => {
            let api: Api<Secret> = Api::namespaced(client.clone(), namespace);
            let secret_key = format!("{namespace}/{}", r.name);
            let secret = api
                .get(&r.name)
                .await
                .map_err(|source| Error::GetDecryptionSecret {
                    secret: secret_key.clone(),
                    source,
                })?;
            let data: BTreeMap<String, Vec<u8>> = secret
                .data
                .unwrap_or_default()
                .into_iter()
                .map(|(k, v)| (k, v.0))
                .collect();
            sops::Keys::from_secret_data(&data).map_err(|source| Error::ReadDecryptionKeys {
                secret: secret_key,
                source,
            })
        }
        None => {
            sops::Keys::from_secret_data(&BTreeMap::new()).map_err(Error::DefaultDecryptionKeys)
        }
    }
}

/// `keys` as the per-object decryption step of the build.
fn decryptor(keys: Arc<sops::Keys>) -> Decryptor {
    Decryptor(Arc::new(move |obj: &Value| {
        if !sops::is_encrypted(obj) || decryption_disabled(obj) {
            return Ok(None);
        }
        sops::decrypt_object(obj, &keys)
            .map(Some)
            .map_err(|e| format!("decryption failed for '{}': {e}", subject(obj)))
    }))
}

/// `kustomize.toolkit.fluxcd.io/decrypt: Disabled` on the object.
fn decryption_disabled(obj: &Value) -> bool {
    obj.pointer("/metadata/annotations/kustomize.toolkit.fluxcd.io~1decrypt")
        .and_then(Value::as_str)
        .is_some_and(|v| v.eq_ignore_ascii_case("disabled"))
}

/// `Kind/namespace/name` of a built object, as Flux names objects in messages.
fn subject(obj: &Value) -> String {
    let s = |p: &str| obj.pointer(p).and_then(Value::as_str).unwrap_or_default();
    let ns = s("/metadata/namespace");
    if ns.is_empty() {
        format!("{}/{}", s("/kind"), s("/metadata/name"))
    } else {
        format!("{}/{ns}/{}", s("/kind"), s("/metadata/name"))
    }
}

/// The start of an object's JSON, for messages about objects that cannot be named.
fn short(obj: &Value) -> String {
    obj.to_string().chars().take(200).collect()
}
