//! The apply engine against the real API server of the test control plane: staging, drift reverts, the
//! one-LIST-per-kind no-op path (requests counted by a layer around the client), rejections with partial change
//! sets, forced recreation, opt-outs and deletion.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use anyhow::{Context, Result, bail};
use flux::apply::{Action, Applier, ApplyOptions, ChangeSet, Error, ObjectRef};
use k8s_openapi::api::core::v1::{ConfigMap, Namespace};
use kube::api::{Api, DeleteParams, Patch, PatchParams, PostParams};
use kube::config::{KubeConfigOptions, Kubeconfig};
use serde_json::{Value, json};

/// Counts every HTTP request the client sends and remembers "METHOD path?query".
#[derive(Clone, Default)]
struct RequestLog {
    count: Arc<AtomicUsize>,
    lines: Arc<Mutex<Vec<String>>>,
}

impl RequestLog {
    fn reset(&self) {
        self.count.store(0, Ordering::SeqCst);
        if let Ok(mut l) = self.lines.lock() {
            l.clear();
        }
    }
    fn count(&self) -> usize {
        self.count.load(Ordering::SeqCst)
    }
    fn lines(&self) -> Vec<String> {
        self.lines.lock().map(|l| l.clone()).unwrap_or_default()
    }
}

struct Env {
    client: kube::Client,
    applier: Applier,
    log: RequestLog,
    ns: String,
    opts: ApplyOptions,
}

async fn env(ns: &str) -> Result<Env> {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let kubeconfig = Kubeconfig::read_from(&crate::harness::cluster().kubeconfig)?;
    let config =
        kube::Config::from_custom_kubeconfig(kubeconfig, &KubeConfigOptions::default()).await?;
    let log = RequestLog::default();
    let counter = log.clone();
    let layer = tower::util::MapRequestLayer::new(move |req: http::Request<kube::client::Body>| {
        counter.count.fetch_add(1, Ordering::SeqCst);
        if let Ok(mut l) = counter.lines.lock() {
            l.push(format!("{} {}", req.method(), req.uri()));
        }
        req
    });
    let client = kube::client::ClientBuilder::try_from(config)?
        .with_layer(&layer)
        .build();

    // A fresh namespace per test run.
    let namespaces: Api<Namespace> = Api::all(client.clone());
    if namespaces.get_opt(ns).await?.is_some() {
        namespaces.delete(ns, &DeleteParams::background()).await?;
        for _ in 0..120 {
            if namespaces.get_opt(ns).await?.is_none() {
                break;
            }
            tokio::time::sleep(Duration::from_millis(500)).await;
        }
    }
    let namespace: Namespace = serde_json::from_value(json!({"metadata": {"name": ns}}))?;
    namespaces
        .create(&PostParams::default(), &namespace)
        .await?;

    let mut owner_labels = BTreeMap::new();
    owner_labels.insert(
        "kustomize.toolkit.fluxcd.io/name".to_string(),
        "apps".to_string(),
    );
    owner_labels.insert(
        "kustomize.toolkit.fluxcd.io/namespace".to_string(),
        ns.to_string(),
    );
    let opts = ApplyOptions {
        wait_timeout: Duration::from_secs(30),
        owner_labels,
        ..ApplyOptions::default()
    };
    Ok(Env {
        applier: Applier::new(client.clone()),
        client,
        log,
        ns: ns.to_string(),
        opts,
    })
}

impl Env {
    /// Adds the owner labels, as the controller does before applying.
    fn owned(&self, mut obj: Value) -> Value {
        let labels = obj["metadata"]
            .as_object_mut()
            .map(|m| m.entry("labels").or_insert_with(|| json!({})));
        if let Some(Value::Object(labels)) = labels {
            for (k, v) in &self.opts.owner_labels {
                labels.insert(k.clone(), json!(v));
            }
        }
        obj
    }

    fn config_map(&self, name: &str, data: Value) -> Value {
        self.owned(json!({"apiVersion": "v1", "kind": "ConfigMap",
            "metadata": {"name": name, "namespace": self.ns}, "data": data}))
    }

    fn secret(&self, name: &str) -> Value {
        self.owned(json!({"apiVersion": "v1", "kind": "Secret",
            "metadata": {"name": name, "namespace": self.ns}, "stringData": {"token": name}}))
    }

    fn service(&self, name: &str) -> Value {
        self.owned(json!({"apiVersion": "v1", "kind": "Service",
            "metadata": {"name": name, "namespace": self.ns},
            "spec": {"selector": {"app": name}, "ports": [{"name": "http", "port": 80, "targetPort": 8080}]}}))
    }

    fn config_maps(&self) -> Api<ConfigMap> {
        Api::namespaced(self.client.clone(), &self.ns)
    }

    async fn apply(&self, objects: &[Value]) -> Result<ChangeSet> {
        Ok(self
            .applier
            .apply_all_staged(objects.to_vec(), &self.opts)
            .await?)
    }

    async fn cleanup(&self) {
        let namespaces: Api<Namespace> = Api::all(self.client.clone());
        let _ = namespaces
            .delete(&self.ns, &DeleteParams::background())
            .await;
    }
}

fn count(cs: &ChangeSet, action: Action) -> usize {
    cs.entries.iter().filter(|c| c.action == action).count()
}

#[tokio::test]
async fn noop_reapply_costs_one_list_per_kind_and_hand_edits_are_reverted() -> Result<()> {
    let env = env("apply-noop").await?;
    let mut objects = Vec::new();
    for i in 0..20 {
        objects.push(env.config_map(&format!("cm-{i:02}"), json!({"key": "v1"})));
    }
    for i in 0..15 {
        objects.push(env.secret(&format!("secret-{i:02}")));
    }
    for i in 0..15 {
        objects.push(env.service(&format!("svc-{i:02}")));
    }

    // First apply: everything is created.
    let cs = env.apply(&objects).await?;
    assert_eq!(count(&cs, Action::Created), 50, "{cs}");
    assert_eq!(
        cs.entries[0].to_string(),
        "ConfigMap/apply-noop/cm-00 created"
    );
    assert_eq!(
        cs.entries[49].to_string(),
        "Service/apply-noop/svc-14 created"
    );

    // No-op re-apply: one metadata LIST per kind, nothing else.
    env.log.reset();
    let cs = env.apply(&objects).await?;
    assert_eq!(count(&cs, Action::Unchanged), 50, "{cs}");
    let lines = env.log.lines();
    println!(
        "no-op re-apply of 50 objects: {} requests: {lines:#?}",
        env.log.count()
    );
    assert_eq!(env.log.count(), 3, "{lines:#?}");
    assert!(
        lines
            .iter()
            .all(|l| l.starts_with("GET ") && l.contains("labelSelector=")),
        "{lines:#?}"
    );

    // A fresh Applier (a controller restart) has no cache: it takes Flux's path, a GET and a
    // dry-run per object, and must still find everything unchanged.
    let cold = Applier::new(env.client.clone());
    env.log.reset();
    let cs = cold.apply_all_staged(objects.clone(), &env.opts).await?;
    assert_eq!(count(&cs, Action::Unchanged), 50, "{cs}");
    println!(
        "cold re-apply of 50 objects (Flux's cost): {} requests",
        env.log.count()
    );
    // 50 GET + 50 dry-run PATCH; discovery is answered once per group-version.
    assert_eq!(env.log.count(), 101, "{:#?}", env.log.lines());

    // A changed manifest: that object is configured, the rest stays on the shortcut.
    objects[3] = env.config_map("cm-03", json!({"key": "v2"}));
    env.log.reset();
    let cs = env.apply(&objects).await?;
    assert_eq!(
        cs.action_of(&ObjectRef::from_object(&objects[3])?),
        Some(Action::Configured)
    );
    assert_eq!(count(&cs, Action::Unchanged), 49, "{cs}");
    println!(
        "re-apply with one change: {} requests: {:#?}",
        env.log.count(),
        env.log.lines()
    );
    // 3 lists + GET + dry-run + apply
    assert_eq!(env.log.count(), 6, "{:#?}", env.log.lines());

    // A hand edit with kubectl: a changed value and an extra key.
    let edit = json!({"data": {"key": "edited", "extra": "added-by-hand"}});
    env.config_maps()
        .patch(
            "cm-05",
            &PatchParams {
                field_manager: Some("kubectl-edit".into()),
                ..Default::default()
            },
            &Patch::Merge(&edit),
        )
        .await?;
    let edit = json!({"data": {"key": "edited-again"}});
    env.config_maps()
        .patch(
            "cm-06",
            &PatchParams {
                field_manager: Some("kubectl".into()),
                ..Default::default()
            },
            &Patch::Merge(&edit),
        )
        .await?;
    let cs = env.apply(&objects).await?;
    let cm05 = ObjectRef::from_object(&objects[5])?;
    let cm06 = ObjectRef::from_object(&objects[6])?;
    assert_eq!(cs.action_of(&cm05), Some(Action::Configured), "{cs}");
    assert_eq!(cs.action_of(&cm06), Some(Action::Configured), "{cs}");
    assert_eq!(count(&cs, Action::Unchanged), 48, "{cs}");
    for name in ["cm-05", "cm-06"] {
        let live = env.config_maps().get(name).await?;
        let data = live.data.unwrap_or_default();
        assert_eq!(
            data.get("key").map(String::as_str),
            Some("v1"),
            "{name} reverted"
        );
        assert!(
            !data.contains_key("extra"),
            "{name}: key added by hand is removed: {data:?}"
        );
        let managers: Vec<String> = live
            .metadata
            .managed_fields
            .unwrap_or_default()
            .into_iter()
            .filter_map(|m| m.manager)
            .collect();
        assert!(
            !managers.iter().any(|m| m.starts_with("kubectl")),
            "{managers:?}"
        );
    }

    // And the shortcut is back once the edit is reverted.
    env.log.reset();
    let cs = env.apply(&objects).await?;
    assert_eq!(count(&cs, Action::Unchanged), 50, "{cs}");
    assert_eq!(env.log.count(), 3, "{:#?}", env.log.lines());

    // An edit with the flux-client-side-apply manager on a field we do not set persists.
    let edit = json!({"data": {"keep": "me"}});
    env.config_maps()
        .patch(
            "cm-07",
            &PatchParams {
                field_manager: Some("flux-client-side-apply".into()),
                ..Default::default()
            },
            &Patch::Merge(&edit),
        )
        .await?;
    let cs = env.apply(&objects).await?;
    assert_eq!(
        cs.action_of(&ObjectRef::from_object(&objects[7])?),
        Some(Action::Unchanged),
        "{cs}"
    );
    let data = env
        .config_maps()
        .get("cm-07")
        .await?
        .data
        .unwrap_or_default();
    assert_eq!(data.get("keep").map(String::as_str), Some("me"));

    env.cleanup().await;
    Ok(())
}

#[tokio::test]
async fn crd_and_custom_resource_are_applied_in_one_call() -> Result<()> {
    let env = env("apply-crd").await?;
    let group = "stagetest.example.com";
    let crd = env.owned(json!({
        "apiVersion": "apiextensions.k8s.io/v1", "kind": "CustomResourceDefinition",
        "metadata": {"name": format!("widgets.{group}")},
        "spec": {"group": group, "scope": "Namespaced",
            "names": {"plural": "widgets", "singular": "widget", "kind": "Widget", "listKind": "WidgetList"},
            "versions": [{"name": "v1", "served": true, "storage": true,
                "schema": {"openAPIV3Schema": {"type": "object", "properties": {
                    "spec": {"type": "object", "properties": {"size": {"type": "integer"}}}}}}}]}
    }));
    let cr = env.owned(
        json!({"apiVersion": format!("{group}/v1"), "kind": "Widget",
        "metadata": {"name": "w1", "namespace": env.ns}, "spec": {"size": 3}}),
    );
    let new_ns = env.owned(
        json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "apply-crd-extra"}}),
    );
    let cm_in_new_ns = env.owned(json!({"apiVersion": "v1", "kind": "ConfigMap",
        "metadata": {"name": "c", "namespace": "apply-crd-extra"}, "data": {"a": "b"}}));

    // Custom resource first in the input: staging must still apply the CRD before it.
    let objects = vec![cr.clone(), cm_in_new_ns, new_ns, crd];
    let cs = env.apply(&objects).await?;
    assert_eq!(
        cs.to_string(),
        format!(
            "CustomResourceDefinition/widgets.{group} created\nNamespace/apply-crd-extra created\n\
             ConfigMap/apply-crd-extra/c created\nWidget/apply-crd/w1 created"
        )
    );
    let cs = env.apply(&objects).await?;
    assert_eq!(count(&cs, Action::Unchanged), 4, "{cs}");

    // Tear down through the prune path, CRD included.
    let refs: Vec<ObjectRef> = cs.entries.iter().map(|c| c.object.clone()).collect();
    let deleted = env.applier.delete_all(&refs, &env.opts).await?;
    assert_eq!(count(&deleted, Action::Deleted), 4, "{deleted}");
    // Reverse order: the custom resource goes before its CRD.
    assert_eq!(deleted.entries[0].object.kind, "Widget");
    env.applier
        .wait_deleted(&refs, Duration::from_secs(60))
        .await?;

    // The kind is gone now, though discovery had cached it: a clear unknown-kind error.
    let err = env
        .applier
        .apply_all_staged(vec![cr], &env.opts)
        .await
        .err()
        .context("CRD is gone")?;
    assert!(matches!(err.error, Error::UnknownKind { .. }), "{err}");
    env.cleanup().await;
    Ok(())
}

#[tokio::test]
async fn rejected_object_fails_with_partial_change_set() -> Result<()> {
    let env = env("apply-reject").await?;
    let extra_ns = env.owned(json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "apply-reject-extra"}}));
    let good = env.config_map("good", json!({"a": "b"}));
    let bad = env.owned(json!({"apiVersion": "apps/v1", "kind": "Deployment",
        "metadata": {"name": "bad", "namespace": env.ns},
        "spec": {"template": {"metadata": {"labels": {"app": "x"}}, "spec": {"containers": []}}}}));

    let err = env
        .applier
        .apply_all_staged(vec![good, bad, extra_ns.clone()], &env.opts)
        .await
        .err()
        .context("an invalid Deployment must fail the apply")?;
    let msg = err.to_string();
    assert!(
        msg.starts_with("Deployment/apply-reject/bad dry-run failed (Invalid): "),
        "{msg}"
    );
    assert!(matches!(err.error, Error::DryRun { .. }));
    // Stage 1 went through; the failing stage applied nothing.
    assert_eq!(
        err.change_set.to_string(),
        "Namespace/apply-reject-extra created"
    );
    assert!(env.config_maps().get_opt("good").await?.is_none());

    // Unknown kind.
    let unknown = env.owned(json!({"apiVersion": "nope.example.com/v1", "kind": "Nope",
        "metadata": {"name": "x", "namespace": env.ns}}));
    let err = env
        .applier
        .apply_all_staged(vec![unknown], &env.opts)
        .await
        .err()
        .context("unknown kind")?;
    assert_eq!(
        err.to_string(),
        "Nope/apply-reject/x dry-run failed: no matches for kind \"Nope\" in version \"nope.example.com/v1\""
    );
    assert!(matches!(err.error, Error::UnknownKind { .. }));

    // Invalid object and missing namespace.
    let nameless = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {}});
    let err = env
        .applier
        .apply_all_staged(vec![nameless], &env.opts)
        .await
        .err()
        .context("no name")?;
    assert!(matches!(err.error, Error::InvalidObject { .. }), "{err}");
    let no_ns = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "x"}});
    let err = env
        .applier
        .apply_all_staged(vec![no_ns], &env.opts)
        .await
        .err()
        .context("no namespace")?;
    assert_eq!(err.to_string(), "ConfigMap/x namespace not specified");

    // Apply into a namespace that does not exist.
    let orphan = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "x", "namespace": "apply-reject-missing"}});
    let err = env
        .applier
        .apply_all_staged(vec![orphan], &env.opts)
        .await
        .err()
        .context("missing ns")?;
    assert!(
        err.to_string()
            .starts_with("ConfigMap/apply-reject-missing/x not found: "),
        "{err}"
    );

    let namespaces: Api<Namespace> = Api::all(env.client.clone());
    let _ = namespaces
        .delete("apply-reject-extra", &DeleteParams::background())
        .await;
    env.cleanup().await;
    Ok(())
}

#[tokio::test]
async fn immutable_change_is_recreated_only_with_force() -> Result<()> {
    let mut env = env("apply-immutable").await?;
    let frozen = |data: &str| {
        let mut cm = env.config_map("frozen", json!({"a": data}));
        cm["immutable"] = json!(true);
        cm
    };
    let v1 = frozen("1");
    let v2 = frozen("2");
    env.apply(std::slice::from_ref(&v1)).await?;
    let uid_before = env.config_maps().get("frozen").await?.metadata.uid;

    let err = env
        .applier
        .apply_all_staged(vec![v2.clone()], &env.opts)
        .await
        .err()
        .context("immutable without force")?;
    assert!(
        err.to_string()
            .starts_with("ConfigMap/apply-immutable/frozen dry-run failed (Invalid): "),
        "{err}"
    );

    // The per-object annotation enables force for this object only.
    let mut annotated = v2.clone();
    annotated["metadata"]["annotations"] = json!({"kustomize.toolkit.fluxcd.io/force": "Enabled"});
    let cs = env.apply(&[annotated]).await?;
    assert_eq!(cs.to_string(), "ConfigMap/apply-immutable/frozen created");
    let live = env.config_maps().get("frozen").await?;
    assert_ne!(live.metadata.uid, uid_before, "object was recreated");
    assert_eq!(
        live.data.unwrap_or_default().get("a").map(String::as_str),
        Some("2")
    );

    // spec.force does the same for every object.
    env.opts.force = true;
    let cs = env.apply(&[v1]).await?;
    assert_eq!(cs.to_string(), "ConfigMap/apply-immutable/frozen created");
    env.cleanup().await;
    Ok(())
}

#[tokio::test]
async fn delete_all_respects_owner_labels_and_prune_disabled() -> Result<()> {
    let env = env("apply-prune").await?;
    let mine = env.config_map("mine", json!({}));
    let mut kept = env.config_map("kept", json!({}));
    kept["metadata"]["annotations"] = json!({"kustomize.toolkit.fluxcd.io/prune": "disabled"});
    let mut foreign = env.config_map("foreign", json!({}));
    foreign["metadata"]["labels"]["kustomize.toolkit.fluxcd.io/name"] = json!("someone-else");
    let mut paused = env.config_map("paused", json!({}));
    paused["metadata"]["labels"]["kustomize.toolkit.fluxcd.io/reconcile"] = json!("disabled");
    env.apply(&[mine.clone(), kept.clone(), foreign.clone()])
        .await?;
    // `reconcile: disabled` objects are not applied, so create this one directly.
    let paused_cm: ConfigMap = serde_json::from_value(paused.clone())?;
    env.config_maps()
        .create(&PostParams::default(), &paused_cm)
        .await?;

    let gone = ObjectRef::from_inventory(&format!("{}_never-existed__ConfigMap", env.ns), "v1")
        .context("inventory id")?;
    let refs = vec![
        ObjectRef::from_object(&mine)?,
        ObjectRef::from_object(&kept)?,
        ObjectRef::from_object(&foreign)?,
        ObjectRef::from_object(&paused)?,
        gone,
    ];
    let cs = env.applier.delete_all(&refs, &env.opts).await?;
    let ns = &env.ns;
    let mut lines: Vec<String> = cs.entries.iter().map(|c| c.to_string()).collect();
    lines.sort();
    assert_eq!(
        lines,
        [
            format!("ConfigMap/{ns}/foreign skipped"),
            format!("ConfigMap/{ns}/kept skipped"),
            format!("ConfigMap/{ns}/mine deleted"),
            format!("ConfigMap/{ns}/never-existed deleted"),
            format!("ConfigMap/{ns}/paused skipped"),
        ]
    );
    env.applier
        .wait_deleted(&refs[..1], Duration::from_secs(30))
        .await?;
    for name in ["kept", "foreign", "paused"] {
        assert!(
            env.config_maps().get_opt(name).await?.is_some(),
            "{name} must survive"
        );
    }
    let err = env
        .applier
        .wait_deleted(&refs[1..2], Duration::from_secs(1))
        .await
        .err()
        .context("kept stays")?;
    assert_eq!(
        err.to_string(),
        format!("ConfigMap/{ns}/kept termination timeout: object still exists after 1s")
    );
    env.cleanup().await;
    Ok(())
}

#[tokio::test]
async fn if_not_present_and_ignore_are_honoured() -> Result<()> {
    let env = env("apply-optout").await?;
    let with = |name: &str, data: &str, key: &str, value: &str| {
        let mut cm = env.config_map(name, json!({"a": data}));
        cm["metadata"]["annotations"] = json!({key: value});
        cm
    };
    let once_v1 = with(
        "once",
        "1",
        "kustomize.toolkit.fluxcd.io/ssa",
        "IfNotPresent",
    );
    let once_v2 = with(
        "once",
        "2",
        "kustomize.toolkit.fluxcd.io/ssa",
        "IfNotPresent",
    );
    let ignored = with("ignored", "1", "kustomize.toolkit.fluxcd.io/ssa", "Ignore");
    let disabled = with(
        "disabled",
        "1",
        "kustomize.toolkit.fluxcd.io/reconcile",
        "disabled",
    );

    let once_v1_again = once_v1.clone();
    let cs = env
        .apply(&[once_v1, ignored.clone(), disabled.clone()])
        .await?;
    let ns = &env.ns;
    assert_eq!(
        cs.to_string(),
        format!(
            "ConfigMap/{ns}/disabled skipped\nConfigMap/{ns}/ignored skipped\nConfigMap/{ns}/once created"
        )
    );
    assert!(env.config_maps().get_opt("ignored").await?.is_none());
    assert!(env.config_maps().get_opt("disabled").await?.is_none());

    let cs = env.apply(std::slice::from_ref(&once_v1_again)).await?;
    assert_eq!(
        cs.to_string(),
        format!("ConfigMap/{ns}/once skipped"),
        "no shortcut to unchanged"
    );
    let cs = env.apply(&[once_v2]).await?;
    assert_eq!(cs.to_string(), format!("ConfigMap/{ns}/once skipped"));
    let data = env
        .config_maps()
        .get("once")
        .await?
        .data
        .unwrap_or_default();
    assert_eq!(
        data.get("a").map(String::as_str),
        Some("1"),
        "IfNotPresent never updates"
    );
    env.cleanup().await;
    Ok(())
}

#[tokio::test]
async fn plan_reports_actions_without_writing() -> Result<()> {
    let env = env("apply-plan").await?;
    let v1 = env.config_map("planned", json!({"a": "1"}));
    let fresh = env.config_map("fresh", json!({"a": "1"}));
    env.apply(std::slice::from_ref(&v1)).await?;
    let v2 = env.config_map("planned", json!({"a": "2"}));
    let plan = env
        .applier
        .plan(vec![v2, fresh], &env.opts)
        .await
        .into_iter()
        .collect::<Result<Vec<_>, _>>()?;
    let summary: Vec<(String, Action)> = plan
        .iter()
        .map(|p| (p.object.name.clone(), p.action))
        .collect();
    assert_eq!(
        summary,
        // In input order.
        [
            ("planned".to_string(), Action::Configured),
            ("fresh".to_string(), Action::Created)
        ]
    );
    let same = env.applier.plan(vec![v1.clone()], &env.opts).await;
    assert_eq!(
        same.first().and_then(|p| p.as_ref().ok()).map(|p| p.action),
        Some(Action::Unchanged)
    );
    let configured = plan
        .iter()
        .find(|p| p.action == Action::Configured)
        .context("configured")?;
    let live = configured.live.as_ref().context("live")?;
    let dry = configured.dry_run.as_ref().context("dry run")?;
    assert_eq!(live["data"]["a"], "1");
    assert_eq!(dry["data"]["a"], "2");
    if live["metadata"].get("managedFields").is_some() {
        bail!("noise must be stripped");
    }
    // Nothing was written.
    assert!(env.config_maps().get_opt("fresh").await?.is_none());
    let data = env
        .config_maps()
        .get("planned")
        .await?
        .data
        .unwrap_or_default();
    assert_eq!(data.get("a").map(String::as_str), Some("1"));
    env.cleanup().await;
    Ok(())
}

#[tokio::test]
async fn stage_one_times_out_on_a_namespace_that_never_becomes_active() -> Result<()> {
    let mut env = env("apply-wait").await?;
    // A ConfigMap with a foreign finalizer keeps the deleted namespace Terminating.
    let held = "apply-wait-held";
    let ns_manifest =
        env.owned(json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": held}}));
    let blocker = env.owned(json!({"apiVersion": "v1", "kind": "ConfigMap",
        "metadata": {"name": "blocker", "namespace": held, "finalizers": ["example.com/hold"]}}));
    env.apply(&[ns_manifest.clone(), blocker]).await?;
    let namespaces: Api<Namespace> = Api::all(env.client.clone());
    namespaces.delete(held, &DeleteParams::background()).await?;

    let mut relabelled = ns_manifest.clone();
    relabelled["metadata"]["labels"]["changed"] = json!("yes");
    env.opts.wait_timeout = Duration::from_secs(2);
    let err = env
        .applier
        .apply_all_staged(vec![relabelled], &env.opts)
        .await
        .err()
        .context("must time out")?;
    assert_eq!(
        err.to_string(),
        format!("timeout waiting for: [Namespace/{held} status: 'InProgress']")
    );
    assert!(matches!(err.error, Error::WaitTimeout { .. }));
    assert_eq!(
        err.change_set.to_string(),
        format!("Namespace/{held} configured")
    );

    // Release the namespace.
    let cms: Api<ConfigMap> = Api::namespaced(env.client.clone(), held);
    cms.patch(
        "blocker",
        &PatchParams::default(),
        &Patch::Merge(&json!({"metadata": {"finalizers": null}})),
    )
    .await?;
    env.cleanup().await;
    Ok(())
}
