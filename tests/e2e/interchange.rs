//! Interchangeability with the real Flux: Flux v2.9.5's own source-controller and kustomize-controller sync
//! podinfo and a multi-object Kustomization, then `flux serve` takes over the same objects (and the other way
//! round). Nothing may be re-created, no field manager may be added beside Flux's, the Kustomizations must be
//! Ready at the same revision with the same inventory, and a later Git change must be applied and pruned.
//!
//! Runs on Flux's own CRDs (ours come back afterwards). Skips only when `FLUX_CONTROLLERS` (the directory
//! printed by `tests/e2e/flux/build.sh`; `tests/run.sh` exports it) is unset.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::Duration;

use serde_json::Value;

use crate::git_servers::{GitServers, git};
use crate::harness::{
    FluxControllers, FluxCrds, Serve, corpus, eventually, exclusive, flux_controllers_dir, kubectl,
};
use crate::kustomize::{commit, copy_dir, ks};
use crate::source_git::gitrepo;

/// Who reconciles: Flux's own controllers or `flux serve`.
#[derive(Clone, Copy, Debug)]
enum Side {
    Flux,
    Ours,
}

/// A running side; dropping it stops the processes.
enum Running {
    Flux(FluxControllers),
    Ours(Serve),
}

impl Running {
    /// Starts `side` serving artifacts at `storage`. Both sides of a hand-over get the same address, as in a
    /// cluster (the source-controller Service): an artifact URL the first side wrote stays valid for the second,
    /// which serves the same path once it has stored the revision.
    fn start(side: Side, dir: &Path, ns: &str, logs: &Path, storage: &str) -> Self {
        match side {
            Side::Flux => Running::Flux(FluxControllers::start_at(
                dir,
                &["source-controller", "kustomize-controller"],
                ns,
                logs,
                &[],
                storage,
            )),
            Side::Ours => Running::Ours(Serve::start_at(
                ns,
                logs,
                &[
                    "--components=source-controller,kustomize-controller",
                    "--enable-leader-election=false",
                    "--watch-all-namespaces=false",
                    "--log-encoding=console",
                ],
                &[],
                storage,
            )),
        }
    }

    fn logs(&self) -> String {
        match self {
            Running::Flux(f) => f.logs(),
            Running::Ours(s) => std::fs::read_to_string(&s.log).unwrap_or_default(),
        }
    }

    fn stop(self) {
        match self {
            Running::Flux(mut f) => f.stop(),
            Running::Ours(mut s) => {
                s.terminate();
            }
        }
    }
}

/// What must survive a takeover, per object of every inventory: uid and the managers that applied it.
#[derive(Debug, PartialEq)]
struct ObjectState {
    uid: String,
    appliers: Vec<String>,
}

struct Fixture {
    ns: String,
    servers: GitServers,
    work: std::path::PathBuf,
    logs: tempfile::TempDir,
}

impl Fixture {
    fn new(prefix: &str) -> Self {
        let ns = format!("{prefix}-{}", std::process::id() % 100_000);
        kubectl(&["create", "namespace", &ns], None).success();
        let servers = GitServers::start();
        let work = servers.create_repo("podinfo", |dir| {
            copy_dir(
                &corpus().join("repos/podinfo/kustomize"),
                &dir.join("kustomize"),
            );
            // No kustomization.yaml: both sides must generate the same one from the files.
            std::fs::create_dir_all(dir.join("app")).unwrap();
            let mut cms = String::new();
            for name in ["cm-a", "cm-b", "cm-c"] {
                cms.push_str(&format!(
                    "---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {name}\ndata:\n  key: {name}-v1\n"
                ));
            }
            std::fs::write(dir.join("app/configmaps.yaml"), cms).unwrap();
            std::fs::write(
                dir.join("app/serviceaccount.yaml"),
                "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: app\n",
            )
            .unwrap();
        });
        let fixture = Self {
            ns,
            servers,
            work,
            logs: tempfile::tempdir().expect("tempdir"),
        };
        fixture.apply(&gitrepo(
            "repo",
            &fixture.servers.http_public_url("podinfo"),
            "",
        ));
        let target = format!("  targetNamespace: {}\n", fixture.ns);
        fixture.apply(&ks("podinfo", "./kustomize", &target));
        fixture.apply(&ks("app", "./app", &target));
        fixture
    }

    fn apply(&self, yaml: &str) {
        kubectl(&["apply", "-n", &self.ns, "-f", "-"], Some(yaml)).success();
    }

    fn get(&self, kind: &str, name: &str) -> Value {
        let out = kubectl(&["get", kind, name, "-n", &self.ns, "-o", "json"], None);
        serde_json::from_str(&out.stdout).unwrap_or(Value::Null)
    }

    fn head(&self) -> String {
        git(&self.work, &["rev-parse", "HEAD"]).trim().to_string()
    }

    /// Waits until the Kustomization `name` is Ready at `sha` and, with `token`, has handled that reconcile
    /// request: proof that the running side, not the one before it, wrote the status.
    fn wait_ready(&self, running: &Running, name: &str, sha: &str, token: Option<&str>) -> Value {
        let mut last = Value::Null;
        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            eventually(
                Duration::from_secs(120),
                &format!("{name} Ready at {sha}"),
                || {
                    last = self.get("kustomization", name);
                    let ready = last["status"]["conditions"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .any(|c| c["type"] == "Ready" && c["status"] == "True");
                    ready
                        && last["status"]["lastAppliedRevision"] == format!("master@sha1:{sha}")
                        && token.is_none_or(|t| last["status"]["lastHandledReconcileAt"] == t)
                },
            )
        }));
        if r.is_err() {
            panic!(
                "{name} is not Ready at {sha}; last status {}\nlogs:\n{}",
                last["status"],
                running.logs()
            );
        }
        last
    }

    /// Asks for a reconcile the way `flux reconcile` does and returns the token to wait for.
    fn request(&self, kind: &str, name: &str) -> String {
        let token = format!("{:?}", std::time::SystemTime::now());
        kubectl(
            &[
                "annotate",
                "--overwrite",
                "-n",
                &self.ns,
                kind,
                name,
                &format!("reconcile.fluxcd.io/requestedAt={token}"),
            ],
            None,
        )
        .success();
        token
    }

    /// uid and Apply managers of every object in the Kustomization's inventory, keyed by inventory id.
    fn objects(&self, ks: &Value) -> BTreeMap<String, ObjectState> {
        inventory(ks)
            .into_iter()
            .map(|id| {
                let parts: Vec<&str> = id.split('_').collect();
                let (ns, name, group, kind) = (parts[0], parts[1], parts[2], parts[3]);
                let resource = if group.is_empty() {
                    kind.to_lowercase()
                } else {
                    format!("{}.{group}", kind.to_lowercase())
                };
                let out = kubectl(&["get", &resource, name, "-n", ns, "-o", "json"], None);
                let obj: Value = serde_json::from_str(&out.stdout)
                    .unwrap_or_else(|_| panic!("{id} is in the inventory but not in the cluster"));
                let mut appliers: Vec<String> = obj["metadata"]["managedFields"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter(|m| m["operation"] == "Apply")
                    .filter_map(|m| m["manager"].as_str().map(str::to_string))
                    .collect();
                appliers.sort();
                let uid = obj["metadata"]["uid"]
                    .as_str()
                    .unwrap_or_default()
                    .to_string();
                (id, ObjectState { uid, appliers })
            })
            .collect()
    }
}

impl Drop for Fixture {
    fn drop(&mut self) {
        // Both sides are stopped by now: nobody would remove the finalizers, and the namespace would never go.
        for (kind, name) in [
            ("kustomization", "podinfo"),
            ("kustomization", "app"),
            ("gitrepository", "repo"),
        ] {
            kubectl(
                &[
                    "patch",
                    kind,
                    name,
                    "-n",
                    &self.ns,
                    "--type=merge",
                    "-p",
                    r#"{"metadata":{"finalizers":null}}"#,
                ],
                None,
            );
        }
        kubectl(&["delete", "namespace", &self.ns, "--wait=false"], None);
    }
}

/// The inventory ids (`<namespace>_<name>_<group>_<kind>`) of a Kustomization, in its order.
fn inventory(ks: &Value) -> Vec<String> {
    ks["status"]["inventory"]["entries"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|e| e["id"].as_str().map(str::to_string))
        .collect()
}

/// `first` syncs, stops, and `second` takes over the same objects.
fn takeover(first: Side, second: Side, prefix: &str) {
    let Some(dir) = flux_controllers_dir() else {
        eprintln!(
            "skipped: FLUX_CONTROLLERS is unset (set it to the directory tests/e2e/flux/build.sh prints)"
        );
        return;
    };
    // Flux's CRDs replace ours for the whole run: no other test may run meanwhile.
    let _lock = exclusive();
    let _crds = FluxCrds::install(&dir);
    let fx = Fixture::new(prefix);
    let sha1 = fx.head();

    let storage = format!("127.0.0.1:{}", crate::harness::free_port());
    let running = Running::start(first, &dir, &fx.ns, fx.logs.path(), &storage);
    let before: Vec<(Value, BTreeMap<String, ObjectState>)> = ["podinfo", "app"]
        .iter()
        .map(|name| {
            let ks = fx.wait_ready(&running, name, &sha1, None);
            let objects = fx.objects(&ks);
            (ks, objects)
        })
        .collect();
    assert_eq!(before[0].1.len(), 3, "podinfo applies 3 objects");
    assert_eq!(before[1].1.len(), 4, "app applies 4 objects");
    let repo_before = fx.get("gitrepository", "repo");
    running.stop();

    // The takeover: the second side must handle a fresh request for each Kustomization.
    let running = Running::start(second, &dir, &fx.ns, fx.logs.path(), &storage);
    for (ks_before, objects_before) in &before {
        let name = ks_before["metadata"]["name"].as_str().unwrap_or_default();
        let token = fx.request("kustomization", name);
        let ks = fx.wait_ready(&running, name, &sha1, Some(&token));
        assert_eq!(
            inventory(&ks),
            inventory(ks_before),
            "{first:?} -> {second:?}: the inventory of {name} changed"
        );
        assert_eq!(
            ks["metadata"]["uid"], ks_before["metadata"]["uid"],
            "{name} was re-created"
        );
        // Same uids: nothing re-created. Same Apply managers: the second side applies under Flux's field
        // manager, so no field is co-owned or conflicting.
        assert_eq!(
            &fx.objects(&ks),
            objects_before,
            "{first:?} -> {second:?}: {name}'s objects changed uid or field managers\nlogs:\n{}",
            running.logs()
        );
    }
    let repo = fx.get("gitrepository", "repo");
    assert_eq!(
        repo["status"]["artifact"]["revision"], repo_before["status"]["artifact"]["revision"],
        "the GitRepository moved to another revision"
    );

    // A later Git change is applied and a removed file is pruned by the second side.
    let configmaps = fx.work.join("app/configmaps.yaml");
    let text = std::fs::read_to_string(&configmaps)
        .unwrap()
        .replace("key: cm-a-v1", "key: cm-a-v2");
    std::fs::write(&configmaps, text).unwrap();
    std::fs::remove_file(fx.work.join("app/serviceaccount.yaml")).unwrap();
    let sha2 = commit(&fx.work, "change cm-a, drop the service account");
    fx.servers.push(&fx.work);
    fx.request("gitrepository", "repo");
    let ks = fx.wait_ready(&running, "app", &sha2, None);
    assert_eq!(fx.get("configmap", "cm-a")["data"]["key"], "cm-a-v2");
    assert!(
        fx.get("serviceaccount", "app").is_null(),
        "the removed ServiceAccount is pruned"
    );
    let after = fx.objects(&ks);
    assert_eq!(after.len(), 3);
    for (id, state) in &after {
        assert_eq!(
            state, &before[1].1[id],
            "{id} was re-created or gained a field manager by the Git change"
        );
    }
    drop(running);
}

#[test]
fn flux_controllers_hand_over_to_flux_serve() {
    takeover(Side::Flux, Side::Ours, "ic-to-ours");
}

#[test]
fn flux_serve_hands_over_to_flux_controllers() {
    takeover(Side::Ours, Side::Flux, "ic-to-flux");
}
