//! The `crds` field: OpenAPI definitions whose `x-kubernetes-*` extensions add field specs
//! (name references, labels, annotations, name prefixes) for custom kinds.

use serde_json::{Map, Value};

use crate::build::TransformerConfig;
use crate::error::Result;
use crate::fieldspec::{FieldSpec, merge_specs};
use crate::resource::Gvk;
use crate::yaml::parse::parse_one;

/// Reads an OpenAPI definitions map (type name → `{Schema: …}`) and adds its field specs.
pub fn merge_crd_config(tc: &mut TransformerConfig, bytes: &[u8]) -> Result<()> {
    let doc = parse_one(&String::from_utf8_lossy(bytes))?;
    let Some(defs) = doc.as_object() else {
        return Ok(());
    };
    let mut names: Vec<&String> = defs.keys().collect();
    names.sort();
    for name in names {
        let props = properties(defs, name);
        if !(props.contains_key("kind")
            && props.contains_key("apiVersion")
            && props.contains_key("metadata"))
        {
            continue;
        }
        let kind = name.rsplit('.').next().unwrap_or(name).to_string();
        let gvk = Gvk {
            kind,
            ..Gvk::default()
        };
        walk(tc, &gvk, defs, name, &mut Vec::new(), 0);
    }
    Ok(())
}

fn properties(defs: &Map<String, Value>, name: &str) -> Map<String, Value> {
    defs.get(name)
        .and_then(|d| d.get("Schema"))
        .and_then(|s| s.get("properties"))
        .and_then(|p| p.as_object())
        .cloned()
        .unwrap_or_default()
}

fn walk(
    tc: &mut TransformerConfig,
    gvk: &Gvk,
    defs: &Map<String, Value>,
    name: &str,
    path: &mut Vec<String>,
    depth: usize,
) {
    if depth > 32 {
        return;
    }
    for (prop_name, prop) in properties(defs, name) {
        path.push(prop_name.clone());
        let fs = |p: &[String]| FieldSpec {
            gvk: gvk.clone(),
            path: p.join("/"),
            create: false,
        };
        let ext = |k: &str| prop.get(k).and_then(|v| v.as_str()).map(str::to_string);
        if ext("x-kubernetes-annotation").is_some() {
            merge_specs(&mut tc.common_annotations, &[fs(path)]);
        }
        if ext("x-kubernetes-label-selector").is_some() {
            merge_specs(&mut tc.common_labels, &[fs(path)]);
        }
        if ext("x-kubernetes-identity").is_some() {
            merge_specs(&mut tc.name_prefix, &[fs(path)]);
        }
        if let (Some(version), Some(kind)) = (
            ext("x-kubernetes-object-ref-api-version"),
            ext("x-kubernetes-object-ref-kind"),
        ) {
            let key = ext("x-kubernetes-object-ref-name-key").unwrap_or_else(|| "name".into());
            let mut p = path.clone();
            p.push(key);
            tc.add_name_reference(
                Gvk {
                    group: String::new(),
                    version,
                    kind,
                },
                &[fs(&p)],
            );
        }
        if let Some(r) = prop.get("$ref").and_then(|r| r.as_str()) {
            walk(tc, gvk, defs, r, path, depth + 1);
        }
        path.pop();
    }
}
