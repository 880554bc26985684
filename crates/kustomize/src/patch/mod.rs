//! Patches: `patches`, `patchesStrategicMerge` and `patchesJson6902`, loading and targeting.

pub(crate) mod multikey;
pub(crate) mod schema;
pub(crate) mod select;
pub(crate) mod smp;

use serde_json::Value;

use crate::build::{Loader, Target, display_path};
use crate::error::{Error, ErrorKind, Result, invalid, patch_err};
use crate::kustfile::{Patch, Selector};
use crate::resource::{Gvk, ResId, Resource};
use crate::yaml::parse::parse_documents;

/// A patch file or inline text: content and the name to report errors with.
fn load_patch_text(
    ld: &Loader<'_>,
    t: &Target,
    path: &str,
    inline: &str,
) -> Result<(String, String)> {
    match (path.is_empty(), inline.is_empty()) {
        (false, false) => Err(invalid("patch and path can't be set at the same time")),
        (true, true) => Err(invalid("must specify one of patch and path")),
        (false, true) => {
            let bytes = ld.read_file(&t.dir, path)?;
            let shown = display_path(ld, &t.dir.join(path)).display().to_string();
            let text = crate::yaml::parse::utf8(&bytes).map_err(|e| e.in_file(&shown))?;
            Ok((text.to_string(), shown))
        }
        // An inline patch's errors name the kustomization that holds it.
        (true, false) => {
            let shown = display_path(ld, &t.dir.join(&t.file_name))
                .display()
                .to_string();
            Ok((inline.to_string(), shown))
        }
    }
}

/// Applies one strategic-merge patch to the objects at `targets`; deleted objects are dropped.
fn apply_smp(
    ld: &Loader<'_>,
    rs: &mut Vec<Resource>,
    targets: &[usize],
    patch: &Value,
    allow_name: bool,
    allow_kind: bool,
) -> Result<()> {
    let mut deleted = Vec::new();
    for &i in targets {
        let r = &mut rs[i];
        let (name, ns, kind, api) = (
            r.name().to_string(),
            r.namespace().to_string(),
            r.kind().to_string(),
            r.api_version().to_string(),
        );
        let mut p = patch.clone();
        if let Some(m) = p.as_object_mut() {
            m.insert("apiVersion".into(), Value::String(api));
        }
        if allow_name || allow_kind {
            r.store_previous_id();
        }
        let schema = ld.schema.borrow();
        match smp::apply(&r.obj, &p, &kind, &r.gvk().group, schema.as_ref())? {
            None => deleted.push(i),
            Some(v) if v.as_object().is_none_or(|m| m.is_empty()) => deleted.push(i),
            Some(v) => {
                r.obj = v;
                if !allow_kind && let Some(m) = r.obj.as_object_mut() {
                    m.insert("kind".into(), Value::String(kind));
                }
                if !allow_name {
                    r.set_name(&name);
                }
                r.set_namespace(&ns);
            }
        }
    }
    deleted.sort_unstable();
    for i in deleted.into_iter().rev() {
        rs.remove(i);
    }
    Ok(())
}

/// The one object a patch with no target names by its own id.
fn target_by_id(rs: &[Resource], patch: &Value) -> Result<usize> {
    let s = |path: &[&str]| -> String {
        let mut v = patch;
        for p in path {
            match v.get(p) {
                Some(x) => v = x,
                None => return String::new(),
            }
        }
        v.as_str().unwrap_or("").to_string()
    };
    let id = ResId {
        gvk: Gvk::from_api_version(&s(&["apiVersion"]), &s(&["kind"])),
        name: s(&["metadata", "name"]),
        namespace: s(&["metadata", "namespace"]),
    };
    let found: Vec<usize> = (0..rs.len())
        .filter(|&i| rs[i].all_ids().iter().any(|x| x.equals(&id)))
        .collect();
    match found.as_slice() {
        [one] => Ok(*one),
        [] => Err(patch_err(format!(
            "no matches for Id {id}; failed to find unique target for patch {id}"
        ))),
        _ => Err(patch_err(format!(
            "multiple matches for Id {id}; failed to find unique target for patch {id}"
        ))),
    }
}

/// `patchesStrategicMerge`: files (or inline YAML), each patch finding its target by id.
pub fn strategic_merge_files(ld: &Loader<'_>, t: &Target, rs: &mut Vec<Resource>) -> Result<()> {
    strategic_merge_list(ld, t, rs, &t.k.patches_strategic_merge)
}

/// Strategic-merge patches from files or inline text, each finding its target by id.
pub fn strategic_merge_list(
    ld: &Loader<'_>,
    t: &Target,
    rs: &mut Vec<Resource>,
    entries: &[String],
) -> Result<()> {
    let mut patches: Vec<(Value, String)> = Vec::new();
    for entry in entries {
        let is_file =
            !entry.contains('\n') && ld.resolve(&t.dir, entry).is_ok_and(|p| ld.fs.is_file(&p));
        let (text, shown) = if is_file {
            load_patch_text(ld, t, entry, "")?
        } else if entry.contains(':') {
            (entry.clone(), String::new())
        } else {
            load_patch_text(ld, t, entry, "")?
        };
        let docs = crate::yaml::parse::parse_objects(&text).map_err(|e| e.in_file(&shown))?;
        for d in docs {
            patches.push((d, shown.clone()));
        }
    }
    for (p, shown) in patches {
        let i = target_by_id(rs, &p).map_err(|e| e.in_file(&shown))?;
        apply_smp(ld, rs, &[i], &p, false, false).map_err(|e| e.in_file(&shown))?;
    }
    Ok(())
}

/// Whether text is a JSON 6902 operation list.
/// A JSON 6902 patch, read as kustomize reads it (through go-yaml v2: plain `yes` is true).
fn json_ops(text: &str) -> Option<Value> {
    let docs = parse_documents(&crate::kustfile::yaml11_bools(text)).ok()?;
    match docs.as_slice() {
        [Value::Array(ops)] if ops.iter().all(|o| o.get("op").is_some()) => {
            Some(Value::Array(ops.clone()))
        }
        _ => None,
    }
}

/// Stand-ins for kustomize's origin and transformation annotations while a JSON patch runs.
const ORIGIN_MARK: &str = "config.kubernetes.io/origin";
const TRANSFORMS_MARK: &str = "alpha.config.kubernetes.io/transformations";

fn annotations_mut(obj: &mut Value) -> Option<&mut serde_json::Map<String, Value>> {
    obj.get_mut("metadata")
        .and_then(|m| m.get_mut("annotations"))
        .and_then(|a| a.as_object_mut())
}

fn apply_json6902(rs: &mut [Resource], targets: &[usize], ops: &Value) -> Result<()> {
    let patch: json_patch::Patch = serde_json::from_value(ops.clone())
        .map_err(|e| patch_err(format!("invalid JSON patch: {e}")))?;
    for &i in targets {
        let r = &mut rs[i];
        crate::transform::replacements::check_decodable(&r.obj)?;
        r.store_previous_id();
        // kustomize's objects always carry its internal annotations while they are built, so a
        // patch may write into `/metadata/annotations` of an object that shows none.
        let md = r.obj.get_mut("metadata").and_then(|m| m.as_object_mut());
        let added = match md {
            Some(md) if !md.contains_key("annotations") => {
                md.insert("annotations".into(), Value::Object(Default::default()));
                true
            }
            _ => false,
        };
        // Origin and transformation records are annotations in kustomize: a patch that
        // replaces or removes the annotations loses them too.
        let tracked = [
            (ORIGIN_MARK, r.origin.is_some()),
            (TRANSFORMS_MARK, !r.transformations.is_empty()),
        ];
        if let Some(ann) = annotations_mut(&mut r.obj) {
            for (mark, on) in tracked {
                if on {
                    ann.insert(mark.into(), Value::String(mark.into()));
                }
            }
        }
        json_patch::patch(&mut r.obj, &patch)
            .map_err(|e| patch_err(format!("unable to apply JSON patch to {}: {e}", r.cur_id())))?;
        let kept = |obj: &mut Value, mark: &str| {
            annotations_mut(obj).and_then(|a| a.remove(mark)).is_some()
        };
        if tracked[0].1 && !kept(&mut r.obj, ORIGIN_MARK) {
            r.origin = None;
        }
        if tracked[1].1 && !kept(&mut r.obj, TRANSFORMS_MARK) {
            r.transformations.clear();
        }
        if added
            && let Some(md) = r.obj.get_mut("metadata").and_then(|m| m.as_object_mut())
            && md
                .get("annotations")
                .and_then(|a| a.as_object())
                .is_some_and(|a| a.is_empty())
        {
            md.remove("annotations");
        }
        // kustomize writes the annotations back as a string map after a JSON patch.
        if let Some(ann) = r
            .obj
            .get_mut("metadata")
            .and_then(|m| m.get_mut("annotations"))
            .and_then(|a| a.as_object_mut())
        {
            for v in ann.values_mut() {
                if matches!(v, Value::Bool(_) | Value::Number(_)) {
                    *v = Value::String(crate::kustfile::scalar_text(v));
                }
            }
        }
    }
    Ok(())
}

/// One `patches` entry: strategic merge or JSON 6902, to a target selector or to the patch's own id.
pub fn patch_entry(ld: &Loader<'_>, t: &Target, rs: &mut Vec<Resource>, p: &Patch) -> Result<()> {
    {
        let (text, shown) = load_patch_text(ld, t, &p.path, &p.patch)?;
        let allow_name = p.options.get("allowNameChange").copied().unwrap_or(false);
        let allow_kind = p.options.get("allowKindChange").copied().unwrap_or(false);
        if let Some(ops) = json_ops(&text) {
            let Some(target) = &p.target else {
                return Err(patch_err(format!(
                    "must specify a target for JSON patch {}",
                    text.trim()
                ))
                .in_file(&shown));
            };
            let targets = select::select(rs, target)?;
            apply_json6902(rs, &targets, &ops).map_err(|e| e.in_file(&shown))?;
            return Ok(());
        }
        let docs = crate::yaml::parse::parse_objects(&text).map_err(|e| e.in_file(&shown))?;
        if docs.is_empty() {
            // kustomize ignores empty patch files.
            return Ok(());
        }
        for d in docs {
            if !d.is_object() {
                return Err(invalid("unable to parse SM or JSON patch").in_file(&shown));
            }
            let targets = match &p.target {
                None => vec![target_by_id(rs, &d).map_err(|e| e.in_file(&shown))?],
                Some(sel) => select::select(rs, sel)?,
            };
            apply_smp(ld, rs, &targets, &d, allow_name, allow_kind)
                .map_err(|e| e.in_file(&shown))?;
        }
    }
    Ok(())
}

/// One `patchesJson6902` entry: an operation list (YAML or JSON) for a target.
pub fn json6902_entry(ld: &Loader<'_>, t: &Target, rs: &mut [Resource], p: &Patch) -> Result<()> {
    {
        let Some(target) = &p.target else {
            return Err(Error::new(ErrorKind::Invalid(
                "must specify the target field in patchesJson6902".into(),
            )));
        };
        let (text, shown) = load_patch_text(ld, t, &p.path, &p.patch)?;
        let ops =
            json_ops(&text).ok_or_else(|| invalid("not a JSON 6902 patch").in_file(&shown))?;
        let sel = Selector {
            name: regex_escape_free(&target.name),
            ..target.clone()
        };
        let targets = select::select(rs, &sel)?;
        apply_json6902(rs, &targets, &ops).map_err(|e| e.in_file(&shown))?;
    }
    Ok(())
}

fn regex_escape_free(s: &str) -> String {
    s.to_string()
}
