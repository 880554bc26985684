//! images (name, tag and digest overrides) and replicas.

use serde_json::Value;

use crate::error::Result;
use crate::fieldspec::{CreateKind, FieldSpec, split_path, visit};
use crate::kustfile::{Image, Replica, scalar_text};
use crate::resource::Resource;

/// kustomize's image.Split: name, tag and digest (without their `:` and `@`); the tag is looked
/// for after the first `/`, so registry ports are not taken as tags.
fn split_image(image: &str) -> (String, String, String) {
    let slash = image.find('/').filter(|&i| i > 0).unwrap_or(0);
    let search = &image[slash..];
    let (id, ic) = (search.find('@'), search.find(':'));
    match (id, ic) {
        (None, None) => (image.to_string(), String::new(), String::new()),
        (Some(d), c) if c.is_none_or(|c| d < c) => {
            let d = d + slash;
            (
                image[..d].to_string(),
                String::new(),
                image[d + 1..].to_string(),
            )
        }
        (Some(d), Some(c)) => {
            let (d, c) = (d + slash, c + slash);
            (
                image[..c].to_string(),
                image[c + 1..d].to_string(),
                image[d + 1..].to_string(),
            )
        }
        (_, Some(c)) => {
            let c = c + slash;
            (
                image[..c].to_string(),
                image[c + 1..].to_string(),
                String::new(),
            )
        }
        (Some(_), None) => (image.to_string(), String::new(), String::new()),
    }
}

/// kustomize's image.IsImageMatched: the entry's name (as a regular expression) with an optional
/// tag and digest.
fn is_matched(image: &str, name: &str) -> bool {
    let pattern = format!(
        "^{name}(:[a-zA-Z0-9_.{{}}-]*)?(@[a-zA-Z0-9]+([.+_-][a-zA-Z0-9]+)*:[a-zA-Z0-9_.{{}}-]*)?$"
    );
    regex::Regex::new(&pattern).is_ok_and(|re| re.is_match(image))
}

/// The new reference for `current`, or None when the image entry does not match it.
fn updated(current: &str, img: &Image) -> Option<String> {
    if !is_matched(current, &img.name) {
        return None;
    }
    let (mut name, mut tag, mut digest) = split_image(current);
    if !img.new_name.is_empty() {
        name.clone_from(&img.new_name);
    }
    let new_tag = scalar_text(&img.new_tag);
    if !new_tag.is_empty() && !img.digest.is_empty() {
        tag = new_tag;
        digest.clone_from(&img.digest);
    } else if !new_tag.is_empty() {
        tag = new_tag;
        digest.clear();
    } else if !img.digest.is_empty() {
        tag.clear();
        digest.clone_from(&img.digest);
    } else if !img.tag_suffix.is_empty() {
        tag.push_str(&img.tag_suffix);
        digest.clear();
    }
    if !tag.is_empty() {
        name = format!("{name}:{tag}");
    }
    if !digest.is_empty() {
        name = format!("{name}@{digest}");
    }
    Some(name)
}

fn update_containers(v: &mut Value, img: &Image) {
    if let Some(items) = v.as_array_mut() {
        for c in items {
            if let Some(s) = c.get("image").and_then(|i| i.as_str())
                && let Some(new) = updated(s, img)
                && let Some(m) = c.as_object_mut()
            {
                m.insert("image".into(), Value::String(new));
            }
        }
    }
}

/// One `images` entry: first every `containers`/`initContainers` list anywhere in an object
/// (except CustomResourceDefinitions), then the image field specs, as kustomize does.
pub fn apply_image(rs: &mut [Resource], img: &Image, specs: &[FieldSpec]) -> Result<()> {
    for r in rs.iter_mut() {
        let gvk = r.gvk();
        if gvk.kind != "CustomResourceDefinition" {
            walk_containers(&mut r.obj, img);
        }
        for fs in specs {
            if !gvk.is_selected(&fs.gvk) {
                continue;
            }
            visit(
                &mut r.obj,
                &split_path(&fs.path),
                false,
                CreateKind::None,
                &mut |v| {
                    if let Some(s) = v.as_str()
                        && let Some(new) = updated(s, img)
                    {
                        *v = Value::String(new);
                    }
                    Ok(())
                },
            )?;
        }
    }
    Ok(())
}

fn walk_containers(v: &mut Value, img: &Image) {
    match v {
        Value::Object(m) => {
            for (k, child) in m.iter_mut() {
                if k == "containers" || k == "initContainers" {
                    update_containers(child, img);
                }
                walk_containers(child, img);
            }
        }
        Value::Array(a) => {
            for child in a {
                walk_containers(child, img);
            }
        }
        _ => {}
    }
}

pub fn apply_replicas(
    rs: &mut [Resource],
    replicas: &[Replica],
    specs: &[FieldSpec],
) -> Result<()> {
    for rep in replicas {
        let mut found = false;
        for r in rs.iter_mut() {
            let ids = r.all_ids();
            for fs in specs {
                if !ids
                    .iter()
                    .any(|id| id.name == rep.name && id.gvk.is_selected(&fs.gvk))
                {
                    continue;
                }
                found = true;
                visit(
                    &mut r.obj,
                    &split_path(&fs.path),
                    fs.create,
                    CreateKind::Scalar,
                    &mut |v| {
                        *v = Value::from(rep.count);
                        Ok(())
                    },
                )?;
            }
        }
        // kustomize refuses a replica count that reaches no object of a kind it can scale.
        if !found {
            let gvks: Vec<String> = specs
                .iter()
                .map(|fs| {
                    let or = |s: &str, d: &str| {
                        if s.is_empty() {
                            d.to_string()
                        } else {
                            s.to_string()
                        }
                    };
                    format!(
                        "{}.{}.{}",
                        fs.gvk.kind,
                        or(&fs.gvk.version, "[noVer]"),
                        or(&fs.gvk.group, "[noGrp]")
                    )
                })
                .collect();
            return Err(crate::error::invalid(format!(
                "resource with name {} does not match a config with the following GVK [{}]",
                rep.name,
                gvks.join(" ")
            )));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn image(name: &str, tag: &str, digest: &str) -> Image {
        Image {
            name: name.into(),
            new_tag: Value::String(tag.into()),
            digest: digest.into(),
            ..Image::default()
        }
    }

    #[test]
    fn registry_ports_are_not_tags() {
        assert_eq!(
            split_image("localhost:5000/app:1.0"),
            ("localhost:5000/app".into(), "1.0".into(), String::new())
        );
        assert_eq!(
            split_image("nginx@sha256:abc"),
            ("nginx".into(), String::new(), "sha256:abc".into())
        );
    }

    #[test]
    fn new_tag_drops_the_digest_and_digest_drops_the_tag() {
        assert_eq!(
            updated("nginx:1@sha256:x", &image("nginx", "2", "")).as_deref(),
            Some("nginx:2")
        );
        assert_eq!(
            updated("nginx:1", &image("nginx", "", "sha256:y")).as_deref(),
            Some("nginx@sha256:y")
        );
        assert_eq!(updated("other/nginx:1", &image("nginx", "2", "")), None);
    }
}
