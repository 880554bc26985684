//! The transforming fields of a generated kustomization: names, labels, images, replicas,
//! patches, replacements, vars, sort options and build metadata.

use serde_json::{Map, Value, json};

use super::{Gen, IMAGES, Obj, Scope};

impl Gen {
    pub(super) fn transforms(&mut self, dir: &str, k: &mut Map<String, Value>, scope: &Scope) {
        if self.rng.chance(30) {
            k.insert("namespace".into(), json!(format!("ns-{}", self.word())));
        }
        if self.rng.chance(30) {
            k.insert("namePrefix".into(), json!(format!("{}-", self.word())));
        }
        if self.rng.chance(20) {
            k.insert("nameSuffix".into(), json!(format!("-{}", self.word())));
        }
        if self.rng.chance(25) {
            k.insert(
                "commonLabels".into(),
                Value::Object({
                    let n = self.rng.range(1, 2);
                    self.labels(n)
                }),
            );
        }
        if self.rng.chance(25) {
            let n = self.rng.range(1, 2);
            let pairs = self.labels(n);
            let mut l = json!({ "pairs": pairs });
            if self.rng.chance(50) {
                l["includeSelectors"] = json!(true);
            }
            if self.rng.chance(40) {
                l["includeTemplates"] = json!(true);
            }
            k.insert("labels".into(), json!([l]));
        }
        if self.rng.chance(25) {
            let mut a = self.labels(1);
            if self.rng.chance(30) {
                a.insert("note".into(), self.scalar());
            }
            k.insert("commonAnnotations".into(), Value::Object(a));
        }
        if self.rng.chance(30) {
            let mut img = json!({"name": IMAGES[self.rng.below(IMAGES.len())].split([':', '@']).next().unwrap_or("nginx")});
            match self.rng.below(4) {
                0 => img["newTag"] = json!(format!("v{}", self.rng.below(9))),
                1 => img["newName"] = json!("mirror.local/app"),
                2 => {
                    img["digest"] = json!(
                        "sha256:2222222222222222222222222222222222222222222222222222222222222222"
                    )
                }
                _ => {
                    img["newName"] = json!("other");
                    img["newTag"] = json!("1.0");
                }
            }
            k.insert("images".into(), json!([img]));
        }
        let deployments: Vec<&Obj> = scope
            .objs
            .iter()
            .filter(|o| o.kind == "Deployment" || o.kind == "StatefulSet")
            .collect();
        if !deployments.is_empty() && self.rng.chance(25) {
            let d = deployments[self.rng.below(deployments.len())];
            k.insert(
                "replicas".into(),
                json!([{"name": d.name, "count": self.rng.below(6)}]),
            );
        }
        if !scope.objs.is_empty() && self.rng.chance(50) {
            let mut patches = Vec::new();
            for _ in 0..self.rng.range(1, 2) {
                patches.push(self.patch(dir, scope));
            }
            // Sometimes the legacy field, which takes strategic-merge patch files only.
            let legacy: Vec<Value> = patches
                .iter()
                .filter(|p| p.get("target").is_none())
                .filter_map(|p| p.get("path").cloned())
                .collect();
            if !legacy.is_empty() && legacy.len() == patches.len() && self.rng.chance(40) {
                k.insert("patchesStrategicMerge".into(), Value::Array(legacy));
            } else {
                k.insert("patches".into(), Value::Array(patches));
            }
        }
        if !scope.objs.is_empty() && self.rng.chance(30) {
            let r = self.replacement(scope);
            if self.rng.chance(20) {
                let f = format!("repl{}.yaml", self.rng.below(9));
                self.write_doc(&format!("{dir}/{f}"), &[json!([r])]);
                k.insert("replacements".into(), json!([{"path": f}]));
            } else {
                k.insert("replacements".into(), json!([r]));
            }
        }
        if self.rng.chance(10)
            && let Some(o) = scope
                .objs
                .iter()
                .find(|o| o.kind == "Service" || o.kind == "ConfigMap")
        {
            let name = format!("VAR{}", self.rng.below(99));
            k.insert(
                    "vars".into(),
                    json!([{"name": name, "objref": {"kind": o.kind, "name": o.name, "apiVersion": o.api_version}, "fieldref": {"fieldpath": "metadata.name"}}]),
                );
        }
        if self.rng.chance(10) {
            let order = if self.rng.chance(50) {
                json!({"order": "fifo"})
            } else {
                json!({"order": "legacy", "legacySortOptions": {"orderFirst": ["Service", "ConfigMap"], "orderLast": ["Deployment"]}})
            };
            k.insert("sortOptions".into(), order);
        }
        if self.rng.chance(10) {
            let opts = [
                "managedByLabel",
                "originAnnotations",
                "transformerAnnotations",
            ];
            let n = self.rng.range(1, 3);
            k.insert("buildMetadata".into(), json!(opts[..n]));
        }
    }

    fn target_of(&mut self, o: &Obj) -> Value {
        let mut t = Map::new();
        match self.rng.below(6) {
            0 => {
                t.insert("kind".into(), json!(o.kind));
            }
            1 => {
                t.insert("kind".into(), json!(o.kind));
                t.insert("name".into(), json!(o.name));
            }
            2 => {
                t.insert(
                    "name".into(),
                    json!(format!("{}.*", o.name.split('-').next().unwrap_or(""))),
                );
            }
            3 if !o.labels.is_empty() => {
                let (lk, lv) = &o.labels[0];
                let sel = match self.rng.below(3) {
                    0 => format!("{lk}={lv}"),
                    1 => format!("{lk}!={lv}x"),
                    _ => format!("{lk} in ({lv},other)"),
                };
                t.insert("labelSelector".into(), json!(sel));
            }
            3 => {
                t.insert("annotationSelector".into(), json!("example.com/none!=x"));
            }
            4 => {
                let (g, v) = o
                    .api_version
                    .split_once('/')
                    .unwrap_or(("", &o.api_version));
                t.insert("group".into(), json!(g));
                t.insert("version".into(), json!(v));
                t.insert("kind".into(), json!(o.kind));
            }
            _ => {
                t.insert("kind".into(), json!(o.kind));
                t.insert("name".into(), json!(o.name));
            }
        }
        Value::Object(t)
    }

    fn patch(&mut self, dir: &str, scope: &Scope) -> Value {
        let o = self.rng.pick(&scope.objs).clone();
        let json6902 = self.rng.chance(40);
        let body = if json6902 {
            let ops = match self.rng.below(6) {
                0 => {
                    json!([{"op": "add", "path": "/metadata/annotations", "value": {"patched": "yes"}}])
                }
                1 => {
                    json!([{"op": "replace", "path": "/metadata/name", "value": format!("{}-renamed", o.name)}])
                }
                2 => json!([{"op": "add", "path": "/metadata/labels/extra", "value": self.word()}]),
                3 => json!([{"op": "remove", "path": "/metadata/labels"}]),
                4 => {
                    json!([{"op": "test", "path": "/kind", "value": o.kind}, {"op": "add", "path": "/spec/extra", "value": 1}])
                }
                _ => {
                    json!([{"op": "copy", "from": "/metadata/name", "path": "/metadata/annotations/copied"}])
                }
            };
            if self.rng.chance(50) {
                yaml_serde::to_string(&ops).unwrap_or_default()
            } else {
                serde_json::to_string(&ops).unwrap_or_default()
            }
        } else {
            let mut p =
                json!({"apiVersion": o.api_version, "kind": o.kind, "metadata": {"name": o.name}});
            match (o.kind.as_str(), self.rng.below(4)) {
                ("Deployment" | "StatefulSet", 0) => {
                    p["spec"] = json!({"replicas": self.rng.below(7)})
                }
                ("Deployment" | "StatefulSet", 1) => {
                    p["spec"] = json!({"template": {"spec": {"containers": [{"name": self.word(), "image": "patched:1", "env": [{"name": "P", "value": self.string_scalar()}]}]}}})
                }
                ("Deployment" | "StatefulSet", 2) => {
                    p["spec"] = json!({"template": {"spec": {"containers": [{"name": "web", "ports": [{"containerPort": 8000 + self.rng.below(3), "protocol": "TCP"}]}]}}})
                }
                ("Service", _) => {
                    let mut port = json!({"port": 80 + self.rng.below(3)});
                    if self.rng.chance(50) {
                        port["protocol"] = json!("TCP");
                    }
                    if self.rng.chance(50) {
                        port["targetPort"] = json!(9090);
                    }
                    p["spec"] = json!({"ports": [port]});
                }
                ("ConfigMap", 0) => p["data"] = json!({"k": null}),
                ("ConfigMap", _) => p["data"] = json!({"patched": self.string_scalar()}),
                (_, 3) => p["$patch"] = json!("delete"),
                _ => p["metadata"]["labels"] = json!({"patched": "true"}),
            }
            yaml_serde::to_string(&p).unwrap_or_default()
        };
        let mut entry = Map::new();
        if self.rng.chance(30) {
            let f = format!("patch{}.yaml", self.rng.below(99));
            self.files.insert(format!("{dir}/{f}"), body.into_bytes());
            entry.insert("path".into(), json!(f));
        } else {
            entry.insert("patch".into(), json!(body));
        }
        if json6902 || self.rng.chance(30) {
            entry.insert("target".into(), self.target_of(&o));
        }
        Value::Object(entry)
    }

    fn replacement(&mut self, scope: &Scope) -> Value {
        let src = self.rng.pick(&scope.objs).clone();
        let dst = self.rng.pick(&scope.objs).clone();
        let (src_path, typed) = match (src.kind.as_str(), self.rng.below(3)) {
            ("ConfigMap", 0) => ("data.k".to_string(), false),
            ("Deployment", 0) => ("spec.replicas".to_string(), true),
            ("Deployment", 1) => ("spec.template.spec.containers.0.image".to_string(), false),
            ("Service", 0) => ("spec.ports.0.port".to_string(), true),
            ("Widget", 0) => ("spec.size".to_string(), true),
            _ => ("metadata.name".to_string(), false),
        };
        let mut source = json!({"kind": src.kind, "name": src.name, "fieldPath": src_path});
        if self.rng.chance(15) && !typed {
            source["options"] = json!({"delimiter": "-", "index": self.rng.below(2)});
        }
        let field = match (dst.kind.as_str(), self.rng.below(5)) {
            ("Deployment", 0) => "spec.replicas",
            ("Deployment", 1) => "spec.template.spec.containers.[name=web].image",
            ("Deployment", 2) => "spec.template.metadata.annotations.example\\.com/source",
            ("Service", 0) => "spec.ports.0.targetPort",
            ("ConfigMap", 0) => "data.k",
            ("Widget", 0) => "spec.color",
            ("Widget", 1) => "spec.size",
            (_, 3) => "metadata.labels.[example.com/from]",
            (_, 4) => "metadata.annotations.example\\.com/source",
            _ => "metadata.annotations.copied",
        };
        let mut target = json!({"select": {"kind": dst.kind}, "fieldPaths": [field]});
        if self.rng.chance(60) {
            target["select"]["name"] = json!(dst.name);
        } else if let Some((lk, lv)) = dst.labels.first()
            && self.rng.chance(50)
        {
            target["select"]["labelSelector"] = json!(format!("{lk}={lv}"));
        }
        if self.rng.chance(50) {
            target["options"] = json!({"create": true});
        }
        if self.rng.chance(10) {
            target["options"] = json!({"delimiter": ".", "index": self.rng.below(3)});
        }
        if self.rng.chance(10) {
            target["reject"] = json!([{"name": src.name}]);
        }
        if self.rng.chance(10) {
            return json!({"sourceValue": self.scalar(), "targets": [target]});
        }
        json!({"source": source, "targets": [target]})
    }
}
