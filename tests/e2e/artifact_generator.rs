//! ArtifactGenerator end to end: a real git server, a real API server and `flux serve` running source-controller,
//! kustomize-controller and source-watcher. Two Git sources are merged into one ExternalArtifact that a
//! Kustomization applies; a new commit flows through generator and Kustomization without any interval wait;
//! a missing source or a bad copy path leaves Ready=False with source-watcher's reason and message and nothing
//! applied.

use std::time::Duration;

use serde_json::Value;

use crate::harness::{eventually, flux, kubectl, shared};
use crate::kustomize::{Env, commit};
use crate::source_git::gitrepo;

const FLAGS: &[&str] = &[
    "--components=source-controller,kustomize-controller,source-watcher",
    "--feature-gates=ExternalArtifact=true",
];

const BASE_CM: &str = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: merged\ndata:\n  a: \"1\"\n  shared: base\n";

fn generator(name: &str, copies: &str, sources: &str) -> String {
    format!(
        "apiVersion: source.extensions.fluxcd.io/v1beta1\nkind: ArtifactGenerator\nmetadata:\n  name: {name}\nspec:\n  sources:\n{sources}  artifacts:\n  - name: {name}\n    originRevision: \"@team\"\n    copy:\n{copies}"
    )
}

fn source(alias: &str, name: &str) -> String {
    format!("  - alias: {alias}\n    kind: GitRepository\n    name: {name}\n")
}

/// A Kustomization of the ExternalArtifact `artifact`, applying into `namespace` (the manifests name none).
fn ks_of_external(name: &str, artifact: &str, namespace: &str) -> String {
    format!(
        "apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: {name}\nspec:\n  interval: 10m\n  path: ./\n  prune: true\n  targetNamespace: {namespace}\n  sourceRef:\n    kind: ExternalArtifact\n    name: {artifact}\n"
    )
}

/// Waits until the ArtifactGenerator's Ready condition satisfies `cond`.
fn wait_ag(env: &Env, name: &str, what: &str, cond: impl Fn(&(String, String, String)) -> bool) {
    env.wait_for(
        "artifactgenerator",
        name,
        what,
        Duration::from_secs(120),
        cond,
    );
}

fn configmap_data(env: &Env, name: &str) -> Value {
    env.get("configmap", name)["data"].clone()
}

#[test]
fn an_artifact_generator_merges_two_git_sources_into_one_external_artifact_a_kustomization_applies()
{
    let _guard = shared();
    let env = Env::new("ag-merge", FLAGS);
    env.servers.create_repo("platform", |dir| {
        std::fs::create_dir_all(dir.join("deploy")).unwrap();
        std::fs::write(dir.join("deploy/cm.yaml"), BASE_CM).unwrap();
    });
    let team = env.servers.create_repo("team", |dir| {
        std::fs::create_dir_all(dir.join("overlay/extra")).unwrap();
        std::fs::write(
            dir.join("overlay/cm.yaml"),
            "data:\n  b: \"2\"\n  shared: team\n",
        )
        .unwrap();
        std::fs::write(
            dir.join("overlay/extra/other.yaml"),
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: other\ndata:\n  x: \"y\"\n",
        )
        .unwrap();
        std::fs::write(dir.join("overlay/extra/skip.yaml"), "not: [valid").unwrap();
    });
    env.apply(&gitrepo(
        "platform",
        &env.servers.http_public_url("platform"),
        "",
    ));
    env.apply(&gitrepo("team", &env.servers.http_public_url("team"), ""));
    let copies = "    - from: \"@platform/deploy/cm.yaml\"\n      to: \"@artifact/cm.yaml\"\n    - from: \"@team/overlay/cm.yaml\"\n      to: \"@artifact/cm.yaml\"\n      strategy: Merge\n    - from: \"@team/overlay/extra/**\"\n      to: \"@artifact/extra/\"\n      exclude: [\"skip.yaml\"]\n";
    env.apply(&generator(
        "merged",
        copies,
        &(source("platform", "platform") + &source("team", "team")),
    ));
    env.apply(&ks_of_external("apps", "merged", &env.ns));

    wait_ag(&env, "merged", "the generator is ready", |(s, r, m)| {
        s == "True" && r == "Succeeded" && m == "reconciliation succeeded, generated 1 artifact(s)"
    });
    let ea = env.get("externalartifact", "merged");
    let artifact = &ea["status"]["artifact"];
    let digest = artifact["digest"].as_str().unwrap_or_default().to_string();
    assert_eq!(
        artifact["revision"].as_str(),
        Some(format!("latest@{digest}").as_str()),
        "{ea}"
    );
    assert_eq!(ea["spec"]["sourceRef"]["kind"], "ArtifactGenerator", "{ea}");
    assert!(
        artifact["metadata"]["org.opencontainers.image.revision"]
            .as_str()
            .is_some_and(|r| r.starts_with("master@sha1:")),
        "{ea}"
    );
    let ag = env.get("artifactgenerator", "merged");
    assert_eq!(ag["status"]["inventory"][0]["name"], "merged", "{ag}");
    assert_eq!(
        ag["status"]["inventory"][0]["digest"],
        digest.as_str(),
        "{ag}"
    );

    env.wait(
        "apps",
        "the Kustomization applies the ExternalArtifact",
        |(s, _, m)| s == "True" && m.contains(&digest),
    );
    let data = configmap_data(&env, "merged");
    assert_eq!(data["a"], "1", "{data}");
    assert_eq!(data["b"], "2", "{data}");
    assert_eq!(data["shared"], "team", "{data}");
    assert_eq!(configmap_data(&env, "other")["x"], "y");

    // The CLI sees both kinds.
    let out = flux(&["get", "artifact", "generators", "-n", &env.ns])
        .success()
        .stdout;
    assert!(
        out.starts_with("NAME  \tSUSPENDED\tREADY\tMESSAGE"),
        "{out}"
    );
    assert!(
        out.contains("merged\tFalse    \tTrue \treconciliation succeeded"),
        "{out}"
    );
    let out = flux(&["get", "sources", "external", "-n", &env.ns])
        .success()
        .stdout;
    assert!(out.contains("ArtifactGenerator/"), "{out}");
    let out = flux(&["tree", "artifact", "generator", "merged", "-n", &env.ns])
        .success()
        .stdout;
    assert_eq!(
        out,
        format!(
            "ArtifactGenerator/{ns}/merged\n└── ExternalArtifact/{ns}/merged\n\n",
            ns = env.ns
        )
    );

    // An unchanged input makes no new artifact: a reconcile request keeps digest and lastUpdateTime.
    let before = env.get("externalartifact", "merged")["status"]["artifact"].clone();
    env.request("artifactgenerator", "merged");
    std::thread::sleep(Duration::from_secs(3));
    assert_eq!(
        env.get("externalartifact", "merged")["status"]["artifact"],
        before
    );

    // A new commit flows through source, generator and Kustomization without waiting for an interval.
    std::fs::write(
        team.join("overlay/cm.yaml"),
        "data:\n  b: \"2\"\n  shared: team2\n",
    )
    .unwrap();
    commit(&team, "team2");
    env.servers.push(&team);
    env.request("gitrepository", "team");
    eventually(Duration::from_secs(60), "the new value is applied", || {
        configmap_data(&env, "merged")["shared"] == "team2"
    });
    let after = env.get("externalartifact", "merged")["status"]["artifact"]["digest"].clone();
    assert_ne!(after, Value::from(digest));
}

#[test]
fn a_missing_source_or_a_bad_copy_path_fails_precisely_and_applies_nothing() {
    let _guard = shared();
    let env = Env::new("ag-fail", FLAGS);
    env.servers.create_repo("platform", |dir| {
        std::fs::create_dir_all(dir.join("deploy")).unwrap();
        std::fs::write(dir.join("deploy/cm.yaml"), BASE_CM).unwrap();
    });
    env.apply(&gitrepo(
        "platform",
        &env.servers.http_public_url("platform"),
        "",
    ));

    let copy = "    - from: \"@team/deploy/cm.yaml\"\n      to: \"@artifact/\"\n";
    env.apply(&generator("nosource", copy, &source("team", "absent")));
    wait_ag(&env, "nosource", "a missing source fails", |(s, r, m)| {
        s == "False"
            && r == "SourceFetchFailed"
            && m == "get sources failed: gitrepositories.source.toolkit.fluxcd.io \"absent\" not found"
    });

    let copy = "    - from: \"@team/missing.yaml\"\n      to: \"@artifact/\"\n";
    env.apply(&generator("badpath", copy, &source("team", "platform")));
    wait_ag(&env, "badpath", "a bad copy path fails", |(s, r, m)| {
        s == "False"
            && r == "BuildFailed"
            && m == "badpath build failed: failed to apply copy operations: failed to apply copy operation from '@team/missing.yaml' to '@artifact/': source 'missing.yaml' does not exist"
    });
    let events = kubectl(
        &[
            "get",
            "events",
            "-n",
            &env.ns,
            "--field-selector",
            "involvedObject.kind=ArtifactGenerator,involvedObject.name=badpath",
            "-o",
            "jsonpath={range .items[*]}{.type} {.reason}{\"\\n\"}{end}",
        ],
        None,
    )
    .stdout;
    assert!(events.contains("Warning BuildFailed"), "{events}");

    // No ExternalArtifact exists for either, so a Kustomization of one applies nothing.
    assert!(!env.exists("externalartifact", "nosource"));
    assert!(!env.exists("externalartifact", "badpath"));
    env.apply(&ks_of_external("apps", "badpath", &env.ns));
    env.wait(
        "apps",
        "the Kustomization waits for its source",
        |(s, _, _)| s == "False",
    );
    assert!(!env.exists("configmap", "merged"));
}
