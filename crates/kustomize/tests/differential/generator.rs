//! Generates random but valid kustomize trees: bases, overlays and components a few levels
//! deep, many kinds of objects, and most kustomization fields, from one seed.

use std::collections::BTreeMap;

use serde_json::{Map, Value, json};

use super::rng::Rng;

/// One generated case: files by relative path, and the directory to build.
#[derive(Debug, Clone)]
pub struct Tree {
    /// Relative path → content.
    pub files: BTreeMap<String, Vec<u8>>,
    /// The kustomization directory to build (relative).
    pub root: String,
    /// For Flux cases: the Kustomization file's path (relative); built with `flux build`.
    pub flux_ks: Option<String>,
}

/// An object a kustomization emits, as patches and selectors may name it.
#[derive(Debug, Clone)]
struct Obj {
    api_version: String,
    kind: String,
    name: String,
    labels: Vec<(String, String)>,
}

/// Scalars that stress quoting, typing and number forms.
const TRICKY: &[&str] = &[
    "yes",
    "no",
    "on",
    "off",
    "true",
    "False",
    "null",
    "~",
    "",
    "0755",
    "0o17",
    "0x1F",
    "1e3",
    "1_000",
    "12:30",
    "3.0",
    "-0",
    ".inf",
    "NaN",
    "2001-12-14",
    "a: b",
    "- x",
    "#c",
    "@at",
    "%p",
    "*star",
    "&anc",
    "!bang",
    "`tick`",
    "x\ny",
    "trail ",
    " lead",
    "é✓",
    "'q'",
    "\"d\"",
    "{a}",
    "[b]",
    "|",
    ">",
    "a,b",
    "x=y",
    "$(VAR)",
    "${FOO}",
    "${FOO:=dflt}",
    "$$esc",
];

const WORDS: &[&str] = &[
    "alpha", "beta", "web", "api", "db", "cache", "front", "back", "worker", "edge", "core", "log",
    "auth", "pay", "mail",
];

const IMAGES: &[&str] = &[
    "nginx",
    "nginx:1.25",
    "busybox@sha256:1111111111111111111111111111111111111111111111111111111111111111",
    "ghcr.io/org/app:v1",
    "registry.local:5000/team/svc",
    "redis:7-alpine",
];

/// Generator state: a name counter and the random source.
pub struct Gen {
    rng: Rng,
    n: usize,
    files: BTreeMap<String, Vec<u8>>,
    /// Flux substitution variables in play (name → value), for postBuild cases.
    vars: Vec<(String, String)>,
    /// Generator names declared in bases (for behavior: merge/replace from overlays).
    base_generators: Vec<(String, bool)>,
}

impl Gen {
    pub fn new(seed: u64) -> Gen {
        Gen {
            rng: Rng::new(seed),
            n: 0,
            files: BTreeMap::new(),
            vars: Vec::new(),
            base_generators: Vec::new(),
        }
    }

    fn fresh(&mut self) -> String {
        self.n += 1;
        format!("{}-{}", self.rng.pick(WORDS), self.n)
    }

    fn word(&mut self) -> String {
        (*self.rng.pick(WORDS)).to_string()
    }

    /// A scalar for data values: mostly plain words, sometimes tricky text or other types.
    fn scalar(&mut self) -> Value {
        match self.rng.below(10) {
            0..=4 => Value::String(format!("{}-{}", self.word(), self.rng.below(100))),
            5 | 6 => Value::String((*self.rng.pick(TRICKY)).to_string()),
            7 => json!(self.rng.below(70000)),
            8 => Value::Bool(self.rng.chance(50)),
            _ => {
                let i = self.rng.below(TRICKY.len());
                Value::String(format!("{}{}", self.word(), TRICKY[i]))
            }
        }
    }

    fn string_scalar(&mut self) -> String {
        match self.scalar() {
            Value::String(s) => s,
            v => v.to_string(),
        }
    }

    fn labels(&mut self, n: usize) -> Map<String, Value> {
        let mut m = Map::new();
        for _ in 0..n {
            let k = match self.rng.below(4) {
                0 => format!("app.kubernetes.io/{}", self.word()),
                1 => format!("example.com/{}", self.word()),
                _ => self.word(),
            };
            m.insert(
                k,
                Value::String(format!("{}{}", self.word(), self.rng.below(9))),
            );
        }
        m
    }

    /// Writes `v` as YAML (or, sometimes, as JSON, which is YAML too).
    fn write_doc(&mut self, path: &str, docs: &[Value]) {
        let mut text = String::new();
        if docs.len() == 1 && self.rng.chance(10) {
            text = serde_json::to_string_pretty(&docs[0]).unwrap_or_default();
            text.push('\n');
        } else {
            for (i, d) in docs.iter().enumerate() {
                if i > 0 || self.rng.chance(10) {
                    text.push_str("---\n");
                }
                text.push_str(&yaml_serde::to_string(d).unwrap_or_default());
            }
            if self.rng.chance(5) {
                text.push_str("---\n");
            }
        }
        self.files.insert(path.to_string(), text.into_bytes());
    }

    fn container(&mut self, cms: &[String], secrets: &[String]) -> Value {
        let mut c = json!({
            "name": self.word(),
            "image": *self.rng.pick(IMAGES),
        });
        if self.rng.chance(60) {
            let mut env = Vec::new();
            for _ in 0..self.rng.range(1, 3) {
                let name = self.word().to_uppercase();
                if !cms.is_empty() && self.rng.chance(40) {
                    let cm = self.rng.pick(cms).clone();
                    env.push(json!({"name": name, "valueFrom": {"configMapKeyRef": {"name": cm, "key": "k"}}}));
                } else if !secrets.is_empty() && self.rng.chance(30) {
                    let s = self.rng.pick(secrets).clone();
                    env.push(json!({"name": name, "valueFrom": {"secretKeyRef": {"name": s, "key": "k"}}}));
                } else {
                    let v = self.env_value();
                    env.push(json!({"name": name, "value": v}));
                }
            }
            c["env"] = Value::Array(env);
        }
        if self.rng.chance(40) {
            c["ports"] = json!([{"containerPort": 8000 + self.rng.below(100), "name": "http"}]);
        }
        if self.rng.chance(30) {
            c["args"] = json!(["--level", self.env_value()]);
        }
        if !cms.is_empty() && self.rng.chance(30) {
            c["envFrom"] = json!([{"configMapRef": {"name": self.rng.pick(cms).clone()}}]);
        }
        c
    }

    /// A container env value: sometimes a `$(VAR)` or `${FLUX}` reference.
    fn env_value(&mut self) -> String {
        if !self.vars.is_empty() && self.rng.chance(40) {
            let (n, _) = self.rng.pick(&self.vars).clone();
            return match self.rng.below(3) {
                0 => format!("${{{n}}}"),
                1 => format!("pre-${{{n}}}-post"),
                _ => format!("${{{n}:=fallback}}"),
            };
        }
        self.string_scalar()
    }

    fn pod_spec(&mut self, cms: &[String], secrets: &[String], sas: &[String]) -> Value {
        let mut spec = json!({"containers": [self.container(cms, secrets)]});
        if self.rng.chance(30) {
            let c = self.container(cms, secrets);
            if let Some(a) = spec["containers"].as_array_mut() {
                a.push(c);
            }
        }
        if !sas.is_empty() && self.rng.chance(40) {
            spec["serviceAccountName"] = Value::String(self.rng.pick(sas).clone());
        }
        if !cms.is_empty() && self.rng.chance(40) {
            spec["volumes"] =
                json!([{"name": "cfg", "configMap": {"name": self.rng.pick(cms).clone()}}]);
        }
        if !secrets.is_empty() && self.rng.chance(20) {
            spec["imagePullSecrets"] = json!([{"name": self.rng.pick(secrets).clone()}]);
        }
        spec
    }

    /// One random object; `scope` holds names of ConfigMaps, Secrets and ServiceAccounts
    /// already declared, so references between objects resolve.
    fn object(&mut self, scope: &Scope) -> (Value, Obj) {
        let name = self.fresh();
        let labels = {
            let n = self.rng.below(3);
            self.labels(n)
        };
        let mut md = json!({"name": name});
        if !labels.is_empty() {
            md["labels"] = Value::Object(labels.clone());
        }
        if self.rng.chance(20) {
            md["annotations"] = Value::Object(self.labels(1));
        }
        if self.rng.chance(15) {
            md["namespace"] = Value::String(format!("ns-{}", self.word()));
        }
        let sel = json!({"app": name});
        let (api, kind, body): (&str, &str, Value) = match self.rng.below(19) {
            0 | 1 => {
                let mut data = Map::new();
                for _ in 0..self.rng.range(1, 3) {
                    let v = self.string_scalar();
                    data.insert(self.word(), Value::String(v));
                }
                data.insert("k".into(), Value::String(self.word()));
                ("v1", "ConfigMap", json!({"data": data}))
            }
            2 => (
                "v1",
                "Secret",
                json!({"type": "Opaque", "stringData": {"k": self.string_scalar()}, "data": {"b": "aGVsbG8="}}),
            ),
            3 | 4 => {
                let mut port = json!({"port": 80 + self.rng.below(20), "targetPort": 8080});
                if self.rng.chance(50) {
                    port["protocol"] = json!(if self.rng.chance(80) { "TCP" } else { "UDP" });
                }
                if self.rng.chance(50) {
                    port["name"] = json!("http");
                }
                (
                    "v1",
                    "Service",
                    json!({"spec": {"selector": sel, "ports": [port]}}),
                )
            }
            5..=7 => {
                let tpl = json!({"metadata": {"labels": sel}, "spec": self.pod_spec(&scope.cms, &scope.secrets, &scope.sas)});
                let mut spec = json!({"selector": {"matchLabels": sel}, "template": tpl});
                if self.rng.chance(70) {
                    spec["replicas"] = json!(self.rng.below(5));
                }
                ("apps/v1", "Deployment", json!({"spec": spec}))
            }
            8 => {
                let tpl = json!({"metadata": {"labels": sel}, "spec": self.pod_spec(&scope.cms, &scope.secrets, &scope.sas)});
                let mut spec = json!({"selector": {"matchLabels": sel}, "serviceName": name, "template": tpl, "replicas": 1});
                if self.rng.chance(40) {
                    spec["volumeClaimTemplates"] = json!([{"metadata": {"name": "data", "labels": {"tier": "db"}}, "spec": {"accessModes": ["ReadWriteOnce"]}}]);
                }
                ("apps/v1", "StatefulSet", json!({"spec": spec}))
            }
            9 => {
                let tpl = json!({"metadata": {"labels": sel}, "spec": self.pod_spec(&scope.cms, &scope.secrets, &scope.sas)});
                (
                    "batch/v1",
                    "CronJob",
                    json!({"spec": {"schedule": "*/5 * * * *", "jobTemplate": {"spec": {"template": tpl}}}}),
                )
            }
            10 => ("v1", "ServiceAccount", json!({})),
            11 => (
                "rbac.authorization.k8s.io/v1",
                "Role",
                json!({"rules": [{"apiGroups": [""], "resources": ["configmaps"], "verbs": ["get"]}]}),
            ),
            12 => {
                let sa = scope
                    .sas
                    .first()
                    .cloned()
                    .unwrap_or_else(|| "default".into());
                let role = scope
                    .roles
                    .first()
                    .cloned()
                    .unwrap_or_else(|| "view".into());
                (
                    "rbac.authorization.k8s.io/v1",
                    "RoleBinding",
                    json!({"roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "Role", "name": role}, "subjects": [{"kind": "ServiceAccount", "name": sa}]}),
                )
            }
            13 => (
                "rbac.authorization.k8s.io/v1",
                "ClusterRole",
                json!({"rules": [{"apiGroups": ["apps"], "resources": ["deployments"], "verbs": ["list"]}]}),
            ),
            14 => ("v1", "Namespace", json!({})),
            15 => {
                let svc = scope
                    .services
                    .first()
                    .cloned()
                    .unwrap_or_else(|| "svc".into());
                (
                    "networking.k8s.io/v1",
                    "Ingress",
                    json!({"spec": {"rules": [{"host": "a.example.com", "http": {"paths": [{"path": "/", "pathType": "Prefix", "backend": {"service": {"name": svc, "port": {"number": 80}}}}]}}]}}),
                )
            }
            16 => (
                "apiextensions.k8s.io/v1",
                "CustomResourceDefinition",
                json!({"spec": {"group": "example.com", "names": {"kind": "Widget", "plural": "widgets"}, "scope": "Namespaced", "versions": [{"name": "v1", "served": true, "storage": true, "schema": {"openAPIV3Schema": {"type": "object"}}}]}}),
            ),
            17 => (
                "example.com/v1",
                "Widget",
                json!({"spec": {"size": self.rng.below(10), "color": self.scalar(), "image": *self.rng.pick(IMAGES), "items": [{"name": "a", "value": 1}]}}),
            ),
            _ => {
                let target = scope
                    .deployments
                    .first()
                    .cloned()
                    .unwrap_or_else(|| "web".into());
                (
                    "autoscaling/v2",
                    "HorizontalPodAutoscaler",
                    json!({"spec": {"scaleTargetRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": target}, "minReplicas": 1, "maxReplicas": 3}}),
                )
            }
        };
        if (kind == "Namespace" || kind == "ClusterRole" || kind == "CustomResourceDefinition")
            && let Some(m) = md.as_object_mut()
        {
            m.remove("namespace");
        }
        if kind == "CustomResourceDefinition" {
            md["name"] = Value::String(format!("widgets{}.example.com", self.n));
        }
        let mut obj = json!({"apiVersion": api, "kind": kind, "metadata": md});
        if let (Some(o), Some(b)) = (obj.as_object_mut(), body.as_object()) {
            for (k, v) in b {
                o.insert(k.clone(), v.clone());
            }
        }
        let info = Obj {
            api_version: api.into(),
            kind: kind.into(),
            name: md["name"].as_str().unwrap_or_default().to_string(),
            labels: labels
                .iter()
                .map(|(k, v)| (k.clone(), v.as_str().unwrap_or_default().to_string()))
                .collect(),
        };
        (obj, info)
    }
}

/// Names declared so far in one kustomization, for references.
#[derive(Default, Clone)]
struct Scope {
    cms: Vec<String>,
    secrets: Vec<String>,
    sas: Vec<String>,
    roles: Vec<String>,
    services: Vec<String>,
    deployments: Vec<String>,
    objs: Vec<Obj>,
}

impl Scope {
    fn add(&mut self, o: &Obj) {
        match o.kind.as_str() {
            "ConfigMap" => self.cms.push(o.name.clone()),
            "Secret" => self.secrets.push(o.name.clone()),
            "ServiceAccount" => self.sas.push(o.name.clone()),
            "Role" => self.roles.push(o.name.clone()),
            "Service" => self.services.push(o.name.clone()),
            "Deployment" => self.deployments.push(o.name.clone()),
            _ => {}
        }
        self.objs.push(o.clone());
    }
}

/// Generates one tree from `seed`; `flux` adds a Flux Kustomization with postBuild variables.
pub fn generate(seed: u64, flux: bool) -> Tree {
    let mut g = Gen::new(seed);
    if flux {
        for _ in 0..g.rng.range(1, 4) {
            let n = format!("VAR_{}", g.word().to_uppercase());
            let v = g.string_scalar();
            g.vars.push((n, v));
        }
    }
    let depth = g.rng.range(0, 3);
    g.kustomization("app", depth, false);
    let mut tree = Tree {
        files: std::mem::take(&mut g.files),
        root: "app".into(),
        flux_ks: None,
    };
    if flux {
        let mut subst = Map::new();
        for (n, v) in &g.vars {
            subst.insert(n.clone(), Value::String(v.clone()));
        }
        let mut spec = json!({
            "interval": "5m",
            "path": "./app",
            "prune": true,
            "sourceRef": {"kind": "GitRepository", "name": "repo"},
        });
        if !subst.is_empty() {
            spec["postBuild"] = json!({"substitute": subst});
        }
        if g.rng.chance(20) {
            spec["targetNamespace"] = json!("flux-target");
        }
        if g.rng.chance(15) {
            spec["namePrefix"] = json!("fx-");
        }
        let ks = json!({
            "apiVersion": "kustomize.toolkit.fluxcd.io/v1",
            "kind": "Kustomization",
            "metadata": {"name": "diff", "namespace": "flux-system"},
            "spec": spec,
        });
        // JSON (which is YAML) so that YAML 1.1 and 1.2 readers agree on every value.
        tree.files.insert(
            "ks.yaml".into(),
            serde_json::to_string_pretty(&ks)
                .unwrap_or_default()
                .into_bytes(),
        );
        tree.flux_ks = Some("ks.yaml".into());
    }
    tree
}

impl Gen {
    /// Writes a kustomization (and everything below it) into `dir`; returns what it emits.
    fn kustomization(&mut self, dir: &str, depth: usize, component: bool) -> Vec<Obj> {
        let mut k = Map::new();
        let mut scope = Scope::default();
        if component {
            k.insert(
                "apiVersion".into(),
                json!("kustomize.config.k8s.io/v1alpha1"),
            );
            k.insert("kind".into(), json!("Component"));
        } else if self.rng.chance(60) {
            k.insert(
                "apiVersion".into(),
                json!("kustomize.config.k8s.io/v1beta1"),
            );
            k.insert("kind".into(), json!("Kustomization"));
        }
        let mut resources = Vec::new();
        // Bases first, so their objects are in scope for this level's references.
        let saved_generators = std::mem::take(&mut self.base_generators);
        if depth > 0 {
            for _ in 0..self.rng.range(1, 2) {
                let sub = format!("base{}", self.fresh());
                let path = format!("{dir}/{sub}");
                for o in self.kustomization(&path, depth - 1, false) {
                    scope.add(&o);
                }
                resources.push(Value::String(sub));
            }
        }
        let base_generators = std::mem::take(&mut self.base_generators);
        for f in 0..self.rng.range(usize::from(depth == 0), 3) {
            let file = format!("res{f}.yaml");
            let mut docs = Vec::new();
            for _ in 0..self.rng.range(1, 3) {
                let (v, o) = self.object(&scope);
                scope.add(&o);
                docs.push(v);
            }
            self.write_doc(&format!("{dir}/{file}"), &docs);
            resources.push(Value::String(file));
        }
        if !resources.is_empty() {
            k.insert("resources".into(), Value::Array(resources));
        }
        let mut own_generators = Vec::new();
        self.generators(
            dir,
            &mut k,
            &mut scope,
            &base_generators,
            &mut own_generators,
        );
        if !component && depth < 3 && self.rng.chance(25) {
            let comp = format!("comp{}", self.fresh());
            let path = format!("{dir}/{comp}");
            for o in self.kustomization(&path, 0, true) {
                scope.add(&o);
            }
            k.insert("components".into(), json!([comp]));
        }
        self.transforms(dir, &mut k, &scope);
        let doc = Value::Object(k);
        let name = match self.rng.below(10) {
            0 => "kustomization.yml",
            1 => "Kustomization",
            _ => "kustomization.yaml",
        };
        let text = yaml_serde::to_string(&doc).unwrap_or_default();
        self.files
            .insert(format!("{dir}/{name}"), text.into_bytes());
        // The parent may merge into or replace what this level generated.
        self.base_generators = saved_generators;
        self.base_generators.extend(own_generators);
        scope.objs
    }

    fn generators(
        &mut self,
        dir: &str,
        k: &mut Map<String, Value>,
        scope: &mut Scope,
        base: &[(String, bool)],
        own: &mut Vec<(String, bool)>,
    ) {
        for secret in [false, true] {
            let n = self.rng.below(if secret { 2 } else { 3 });
            let mut list = Vec::new();
            for _ in 0..n {
                let mut g = Map::new();
                let reuse = base
                    .iter()
                    .find(|(_, s)| *s == secret)
                    .filter(|_| self.rng.chance(40));
                let name = match reuse {
                    Some((b, _)) => {
                        g.insert(
                            "behavior".into(),
                            json!(if self.rng.chance(70) {
                                "merge"
                            } else {
                                "replace"
                            }),
                        );
                        b.clone()
                    }
                    None => self.fresh(),
                };
                g.insert("name".into(), json!(name));
                if self.rng.chance(70) {
                    let mut lits = vec![format!("k={}", self.word())];
                    for _ in 0..self.rng.below(3) {
                        let v = self.string_scalar().replace('\n', " ");
                        lits.push(format!("{}={v}", self.word()));
                    }
                    g.insert("literals".into(), json!(lits));
                }
                if self.rng.chance(30) {
                    let f = format!("{}.txt", self.word());
                    let body = format!("{}\n{}\n", self.string_scalar(), self.word());
                    self.files.insert(format!("{dir}/{f}"), body.into_bytes());
                    let entry = if self.rng.chance(50) {
                        format!("key-{}={f}", self.rng.below(9))
                    } else {
                        f
                    };
                    g.insert("files".into(), json!([entry]));
                }
                if self.rng.chance(25) {
                    let f = format!("{}.env", self.word());
                    let body = format!(
                        "# comment\nA_{}={}\nB=two words\n\nC=\"quoted\"\n",
                        self.rng.below(9),
                        self.word()
                    );
                    self.files.insert(format!("{dir}/{f}"), body.into_bytes());
                    g.insert("envs".into(), json!([f]));
                }
                if self.rng.chance(30) {
                    let mut o = Map::new();
                    if self.rng.chance(50) {
                        o.insert("disableNameSuffixHash".into(), json!(true));
                    }
                    if self.rng.chance(40) {
                        o.insert("labels".into(), Value::Object(self.labels(1)));
                    }
                    if self.rng.chance(30) {
                        o.insert("annotations".into(), Value::Object(self.labels(1)));
                    }
                    if self.rng.chance(20) {
                        o.insert("immutable".into(), json!(true));
                    }
                    g.insert("options".into(), Value::Object(o));
                }
                if secret && self.rng.chance(30) {
                    g.insert("type".into(), json!("kubernetes.io/tls"));
                    g.insert("literals".into(), json!(["tls.crt=CRT", "tls.key=KEY"]));
                }
                if !g.contains_key("literals")
                    && !g.contains_key("files")
                    && !g.contains_key("envs")
                {
                    g.insert("literals".into(), json!(["k=v"]));
                }
                if reuse.is_none() {
                    let o = Obj {
                        api_version: "v1".into(),
                        kind: if secret { "Secret" } else { "ConfigMap" }.into(),
                        name: name.clone(),
                        labels: Vec::new(),
                    };
                    scope.add(&o);
                    own.push((name, secret));
                }
                list.push(Value::Object(g));
            }
            if !list.is_empty() {
                let key = if secret {
                    "secretGenerator"
                } else {
                    "configMapGenerator"
                };
                k.insert(key.into(), Value::Array(list));
            }
        }
        if self.rng.chance(15) {
            let mut o = json!({"labels": {"gen": "yes"}});
            if self.rng.chance(30) {
                o["disableNameSuffixHash"] = json!(true);
            }
            k.insert("generatorOptions".into(), o);
        }
    }
}

mod transforms;
