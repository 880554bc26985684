//! buildMetadata: origin annotations (`config.kubernetes.io/origin`) and transformer
//! annotations (`alpha.config.kubernetes.io/transformations`).

use std::path::Path;

use serde_json::Value;

use crate::build::{Loader, Target};
use crate::fs::normalize;
use crate::resource::Resource;

pub const ORIGIN_ANNOTATION: &str = "config.kubernetes.io/origin";
pub const TRANSFORMATIONS_ANNOTATION: &str = "alpha.config.kubernetes.io/transformations";

/// Where an object came from: a file, or the built-in generator or transformer that made it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Origin {
    pub path: String,
    pub configured_in: String,
    pub configured_by: String,
    /// Name and namespace of a plugin configuration object (for `generators`/`transformers`).
    pub configured_by_name: String,
    pub configured_by_namespace: String,
}

impl Origin {
    /// The YAML kustomize writes for an origin (its field order, not sorted).
    fn lines(&self) -> Vec<String> {
        let mut out = Vec::new();
        if !self.path.is_empty() {
            out.push(format!("path: {}", self.path));
        }
        if !self.configured_in.is_empty() {
            out.push(format!("configuredIn: {}", self.configured_in));
        }
        if !self.configured_by.is_empty() {
            out.push("configuredBy:".into());
            out.push("  apiVersion: builtin".into());
            out.push(format!("  kind: {}", self.configured_by));
            if !self.configured_by_name.is_empty() {
                out.push(format!("  name: {}", self.configured_by_name));
            }
            if !self.configured_by_namespace.is_empty() {
                out.push(format!("  namespace: {}", self.configured_by_namespace));
            }
        }
        out
    }
}

/// `a` joined with `b`, cleaned like Go's filepath.Join.
pub fn join(a: &str, b: &str) -> String {
    normalize(&Path::new(a).join(b)).display().to_string()
}

fn builtin(t: &Target, kind: &str) -> Option<Origin> {
    let base = t.origin_path.as_deref()?;
    Some(Origin {
        configured_in: join(base, &t.file_name),
        configured_by: kind.to_string(),
        ..Origin::default()
    })
}

/// A resource read from a file named in `resources`.
pub fn loaded(mut r: Resource, _ld: &Loader<'_>, t: &Target, path: &str) -> Resource {
    if let Some(base) = &t.origin_path {
        r.origin = Some(Origin {
            path: join(base, path),
            ..Origin::default()
        });
    }
    r
}

/// A resource made by a built-in generator.
pub fn generated(mut r: Resource, _ld: &Loader<'_>, t: &Target, generator: &str) -> Resource {
    if r.origin.is_none() {
        r.origin = builtin(t, generator);
    }
    r
}

/// A resource coming from a base (its origin was set inside the base).
pub fn from_base(r: Resource, _ld: &Loader<'_>, _t: &Target, _path: &str) -> Resource {
    r
}

/// Records that a built-in transformer ran over every object.
pub fn transformed(rs: &mut [Resource], t: &Target, kind: &str) {
    let Some(o) = builtin(t, kind) else { return };
    transformed_by(rs, &o);
}

/// Records that the transformer configured by `o` ran over every object.
pub fn transformed_by(rs: &mut [Resource], o: &Origin) {
    for r in rs.iter_mut() {
        if r.origin.is_none() {
            r.origin = Some(o.clone());
        } else {
            r.transformations.push(o.clone());
        }
    }
}

/// Writes the annotations buildMetadata asks for.
pub fn finish(rs: &mut [Resource], build_metadata: &[String]) {
    let want_origin = build_metadata.iter().any(|b| b == "originAnnotations");
    let want_transforms = build_metadata.iter().any(|b| b == "transformerAnnotations");
    for r in rs.iter_mut() {
        let mut annos = r.string_map("annotations");
        if want_origin && let Some(o) = &r.origin {
            let mut text = o.lines().join("\n");
            text.push('\n');
            annos.insert(ORIGIN_ANNOTATION.into(), Value::String(text));
        }
        if want_transforms && !r.transformations.is_empty() {
            let mut text = String::new();
            for o in &r.transformations {
                for (i, line) in o.lines().iter().enumerate() {
                    text.push_str(if i == 0 { "- " } else { "  " });
                    text.push_str(line);
                    text.push('\n');
                }
            }
            annos.insert(TRANSFORMATIONS_ANNOTATION.into(), Value::String(text));
        }
        if want_origin || want_transforms {
            r.set_string_map("annotations", annos);
        }
    }
}
