//! `flux uninstall` as a library: delete the components in Flux's namespace, strip Flux finalizers from every
//! Flux object in every namespace (so nothing hangs once the controllers are gone), delete the CRDs (which
//! deletes the objects) and finally the namespace.

use k8s_openapi::api::apps::v1::Deployment;
use k8s_openapi::api::coordination::v1::Lease;
use k8s_openapi::api::core::v1::{Namespace, Secret, Service, ServiceAccount};
use k8s_openapi::api::networking::v1::NetworkPolicy;
use k8s_openapi::api::rbac::v1::{ClusterRole, ClusterRoleBinding};
use k8s_openapi::apiextensions_apiserver::pkg::apis::apiextensions::v1::CustomResourceDefinition;
use kube::api::{Api, DeleteParams, DynamicObject, ListParams, Patch, PatchParams};
use kube::core::{ApiResource, GroupVersionKind};
use kube::{Client, Resource, ResourceExt};
use serde::de::DeserializeOwned;

use crate::api::LEASE_NAME;
use crate::cluster::describe;
use crate::progress::Progress;

/// What to remove.
#[derive(Debug, Clone)]
pub struct UninstallOptions {
    /// Flux's namespace.
    pub namespace: String,
    /// Leave the namespace in place.
    pub keep_namespace: bool,
    /// Only report what would be deleted (server-side dry run).
    pub dry_run: bool,
}

/// A failed uninstall step.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Listing or deleting objects failed.
    #[error("{step}: {message}")]
    Step { step: &'static str, message: String },
}

use crate::install::manifests::PART_OF_FLUX_SELECTOR as PART_OF_FLUX;

/// Removes Flux from the cluster.
pub async fn uninstall(
    client: &Client,
    opts: &UninstallOptions,
    progress: &dyn Progress,
) -> Result<(), Error> {
    let dp = if opts.dry_run {
        DeleteParams::default().dry_run()
    } else {
        DeleteParams::default()
    };
    let suffix = if opts.dry_run { " (dry run)" } else { "" };
    let ns = opts.namespace.as_str();

    progress.action(&format!("deleting components in {ns} namespace"));
    let components =
        delete_labelled::<Deployment>(Api::namespaced(client.clone(), ns), &dp, progress, suffix)
            .await
            .and(
                delete_labelled::<Service>(
                    Api::namespaced(client.clone(), ns),
                    &dp,
                    progress,
                    suffix,
                )
                .await,
            )
            .and(
                delete_labelled::<NetworkPolicy>(
                    Api::namespaced(client.clone(), ns),
                    &dp,
                    progress,
                    suffix,
                )
                .await,
            )
            .and(
                delete_labelled::<ServiceAccount>(
                    Api::namespaced(client.clone(), ns),
                    &dp,
                    progress,
                    suffix,
                )
                .await,
            )
            .and(
                delete_labelled::<Secret>(
                    Api::namespaced(client.clone(), ns),
                    &dp,
                    progress,
                    suffix,
                )
                .await,
            )
            .and(
                delete_labelled::<ClusterRoleBinding>(
                    Api::all(client.clone()),
                    &dp,
                    progress,
                    suffix,
                )
                .await,
            )
            .and(
                delete_labelled::<ClusterRole>(Api::all(client.clone()), &dp, progress, suffix)
                    .await,
            );
    components.map_err(|message| Error::Step {
        step: "deleting components",
        message,
    })?;
    let leases: Api<Lease> = Api::namespaced(client.clone(), ns);
    if let Ok(Some(_)) = leases.get_opt(LEASE_NAME).await {
        delete_one(
            &leases,
            LEASE_NAME,
            "Lease",
            Some(ns),
            &dp,
            progress,
            suffix,
        )
        .await
        .map_err(|message| Error::Step {
            step: "deleting components",
            message,
        })?;
    }

    let crds: Api<CustomResourceDefinition> = Api::all(client.clone());
    let flux_crds: Vec<CustomResourceDefinition> = crds
        .list(&ListParams::default())
        .await
        .map_err(|e| Error::Step {
            step: "listing custom resource definitions",
            message: describe(&e),
        })?
        .items
        .into_iter()
        .filter(|c| c.spec.group.ends_with(".toolkit.fluxcd.io"))
        .collect();

    progress.action("deleting toolkit.fluxcd.io finalizers in all namespaces");
    for crd in &flux_crds {
        strip_finalizers(client, crd, opts.dry_run, progress, suffix)
            .await
            .map_err(|message| Error::Step {
                step: "deleting finalizers",
                message,
            })?;
    }

    progress.action("deleting toolkit.fluxcd.io custom resource definitions");
    for crd in &flux_crds {
        delete_one(
            &crds,
            &crd.name_any(),
            "CustomResourceDefinition",
            None,
            &dp,
            progress,
            suffix,
        )
        .await
        .map_err(|message| Error::Step {
            step: "deleting custom resource definitions",
            message,
        })?;
    }

    if !opts.keep_namespace {
        progress.action(&format!("deleting namespace {ns}"));
        let namespaces: Api<Namespace> = Api::all(client.clone());
        if let Ok(Some(_)) = namespaces.get_opt(ns).await {
            delete_one(&namespaces, ns, "Namespace", None, &dp, progress, suffix)
                .await
                .map_err(|message| Error::Step {
                    step: "deleting namespace",
                    message,
                })?;
        }
    }
    progress.success("uninstall finished");
    Ok(())
}

async fn delete_labelled<K>(
    api: Api<K>,
    dp: &DeleteParams,
    progress: &dyn Progress,
    suffix: &str,
) -> Result<(), String>
where
    K: Resource + Clone + DeserializeOwned + std::fmt::Debug,
    K::DynamicType: Default,
{
    let kind = K::kind(&K::DynamicType::default()).to_string();
    let list = api
        .list(&ListParams::default().labels(PART_OF_FLUX))
        .await
        .map_err(|e| describe(&e))?;
    for obj in list.items {
        let name = obj.name_any();
        delete_one(
            &api,
            &name,
            &kind,
            obj.namespace().as_deref(),
            dp,
            progress,
            suffix,
        )
        .await?;
    }
    Ok(())
}

async fn delete_one<K>(
    api: &Api<K>,
    name: &str,
    kind: &str,
    namespace: Option<&str>,
    dp: &DeleteParams,
    progress: &dyn Progress,
    suffix: &str,
) -> Result<(), String>
where
    K: Resource + Clone + DeserializeOwned + std::fmt::Debug,
{
    let subject = match namespace {
        Some(ns) => format!("{kind}/{ns}/{name}"),
        None => format!("{kind}/{name}"),
    };
    match api.delete(name, dp).await {
        Ok(_) => {
            progress.success(&format!("{subject} deleted{suffix}"));
            Ok(())
        }
        Err(kube::Error::Api(s)) if s.code == 404 => Ok(()),
        Err(e) => Err(format!("{subject}: {}", describe(&e))),
    }
}

async fn strip_finalizers(
    client: &Client,
    crd: &CustomResourceDefinition,
    dry_run: bool,
    progress: &dyn Progress,
    suffix: &str,
) -> Result<(), String> {
    let Some(version) = crd.spec.versions.iter().find(|v| v.storage) else {
        return Ok(());
    };
    let gvk = GroupVersionKind::gvk(&crd.spec.group, &version.name, &crd.spec.names.kind);
    let ar = ApiResource::from_gvk_with_plural(&gvk, &crd.spec.names.plural);
    let all: Api<DynamicObject> = Api::all_with(client.clone(), &ar);
    let list = match all.list(&ListParams::default()).await {
        Ok(list) => list,
        // A CRD whose version is not served any more has no objects we could patch.
        Err(kube::Error::Api(s)) if s.code == 404 => return Ok(()),
        Err(e) => return Err(describe(&e)),
    };
    for obj in list.items {
        let finalizers = obj.finalizers();
        if !finalizers.iter().any(|f| f.contains("fluxcd.io")) {
            continue;
        }
        let keep: Vec<&String> = finalizers
            .iter()
            .filter(|f| !f.contains("fluxcd.io"))
            .collect();
        let name = obj.name_any();
        let ns = obj.namespace().unwrap_or_default();
        let api: Api<DynamicObject> = Api::namespaced_with(client.clone(), &ns, &ar);
        let patch = serde_json::json!({"metadata": {"finalizers": keep}});
        let params = PatchParams {
            dry_run,
            ..PatchParams::default()
        };
        match api.patch(&name, &params, &Patch::Merge(&patch)).await {
            Ok(_) => progress.success(&format!(
                "{}/{ns}/{name} finalizers deleted{suffix}",
                crd.spec.names.kind
            )),
            Err(kube::Error::Api(s)) if s.code == 404 => {}
            Err(e) => {
                return Err(format!(
                    "{}/{ns}/{name}: {}",
                    crd.spec.names.kind,
                    describe(&e)
                ));
            }
        }
    }
    Ok(())
}
