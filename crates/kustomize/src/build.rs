//! The build: load a kustomization, accumulate its resources, bases, generators and components,
//! run its transformers, then finish at the top (hash suffixes, name references, vars, order).

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::error::{Error, ErrorKind, Result, conflict, invalid};
use crate::fieldspec::{self, FieldSpec, NameBackRef};
use crate::fs::{Fs, normalize};
use crate::generate::{self, GenKind};
use crate::kustfile::{KUSTOMIZATION_FILE_NAMES, Kustomization, Var};
use crate::resource::{Behavior, ResId, Resource, check_object};
use crate::{BuildOptions, LoadRestrictor, ResourceList, SortOrder, transform};

/// Reads files for a build, enforcing the load restrictions.
pub struct Loader<'a> {
    pub fs: &'a dyn Fs,
    pub opts: &'a BuildOptions,
    /// Nothing may be read outside this directory (when set).
    pub boundary: Option<PathBuf>,
    /// A schema from a kustomization's `openapi` field, replacing the built-in one.
    pub schema: std::cell::RefCell<Option<crate::patch::schema::Schema>>,
    /// The `app.kubernetes.io/managed-by` value `buildMetadata: [managedByLabel]` sets: kustomize
    /// names its own release; inside Flux (built from source, no release tag) it is `(devel)`.
    pub managed_by: &'static str,
}

/// What `kustomize build` v5.8.1 writes for `managedByLabel`.
pub const MANAGED_BY_KUSTOMIZE: &str = "kustomize-v5.8.1";
/// What Flux's kustomize-controller and `flux build` write for `managedByLabel`.
pub const MANAGED_BY_FLUX: &str = "kustomize-(devel)";

impl Loader<'_> {
    /// Resolves `rel` against `dir`, checking it stays inside what may be read.
    pub fn resolve(&self, dir: &Path, rel: &str) -> Result<PathBuf> {
        if is_remote(rel) {
            return Err(Error::new(ErrorKind::Restricted(format!(
                "remote resource {rel:?} is not allowed"
            ))));
        }
        let Some(b) = &self.boundary else {
            return Ok(normalize(&dir.join(rel)));
        };
        // Like Flux's secure join: `..` never climbs above the boundary.
        let inside = dir.strip_prefix(b).unwrap_or(Path::new(""));
        let mut out = PathBuf::new();
        for c in inside.join(rel).components() {
            match c {
                std::path::Component::ParentDir => {
                    out.pop();
                }
                std::path::Component::Normal(n) => out.push(n),
                _ => {}
            }
        }
        let p = b.join(out);
        Ok(p)
    }

    /// Reads a file named relative to a kustomization directory (files must be below it when
    /// the root-only restrictor is on).
    pub fn read_file(&self, dir: &Path, rel: &str) -> Result<Vec<u8>> {
        let p = self.resolve(dir, rel)?;
        if self.opts.load_restrictor == LoadRestrictor::RootOnly && !p.starts_with(dir) {
            return Err(Error::new(ErrorKind::Restricted(format!(
                "security; file '{}' is not in or below '{}'",
                p.display(),
                dir.display()
            ))));
        }
        self.fs
            .read(&p)
            .map_err(|e| crate::error::read_err(&display_path(self, &p), &e))
    }
}

fn is_remote(p: &str) -> bool {
    p.contains("://")
        || p.starts_with("github.com/")
        || p.starts_with("git@")
        || p.starts_with("gitlab.com/")
}

/// Customisable field specs (defaults plus `configurations` and `crds`).
#[derive(Debug, Clone, Default)]
pub struct TransformerConfig {
    pub name_reference: Vec<NameBackRef>,
    pub common_labels: Vec<FieldSpec>,
    pub template_labels: Vec<FieldSpec>,
    pub common_annotations: Vec<FieldSpec>,
    pub namespace: Vec<FieldSpec>,
    pub var_reference: Vec<FieldSpec>,
    pub images: Vec<FieldSpec>,
    pub replicas: Vec<FieldSpec>,
    pub name_prefix: Vec<FieldSpec>,
    pub name_suffix: Vec<FieldSpec>,
    pub labels: Vec<FieldSpec>,
}

impl TransformerConfig {
    pub fn defaults() -> TransformerConfig {
        TransformerConfig {
            name_reference: fieldspec::NAME_REFERENCE.clone(),
            common_labels: fieldspec::COMMON_LABELS.clone(),
            template_labels: fieldspec::TEMPLATE_LABELS.clone(),
            common_annotations: fieldspec::COMMON_ANNOTATIONS.clone(),
            namespace: fieldspec::NAMESPACE.clone(),
            var_reference: fieldspec::VAR_REFERENCE.clone(),
            images: fieldspec::IMAGES.clone(),
            replicas: fieldspec::REPLICAS.clone(),
            name_prefix: vec![FieldSpec::new("metadata/name", false)],
            name_suffix: vec![FieldSpec::new("metadata/name", false)],
            labels: Vec::new(),
        }
    }

    /// Adds specs from a `configurations` file.
    pub fn merge_value(&mut self, v: &Value) {
        let specs = |key: &str| -> Vec<FieldSpec> {
            v.get(key)
                .and_then(|x| x.as_array())
                .map(|a| a.iter().map(FieldSpec::from_value).collect())
                .unwrap_or_default()
        };
        let merge = fieldspec::merge_custom_specs;
        merge(&mut self.common_labels, &specs("commonLabels"));
        merge(&mut self.template_labels, &specs("templateLabels"));
        merge(&mut self.common_annotations, &specs("commonAnnotations"));
        merge(&mut self.namespace, &specs("namespace"));
        merge(&mut self.var_reference, &specs("varReference"));
        merge(&mut self.images, &specs("images"));
        merge(&mut self.replicas, &specs("replicas"));
        merge(&mut self.name_prefix, &specs("namePrefix"));
        merge(&mut self.name_suffix, &specs("nameSuffix"));
        merge(&mut self.labels, &specs("labels"));
        if let Some(refs) = v.get("nameReference").and_then(|x| x.as_array()) {
            for r in refs {
                let gvk = crate::resource::Gvk {
                    group: r.get("group").and_then(|x| x.as_str()).unwrap_or("").into(),
                    version: r
                        .get("version")
                        .and_then(|x| x.as_str())
                        .unwrap_or("")
                        .into(),
                    kind: r.get("kind").and_then(|x| x.as_str()).unwrap_or("").into(),
                };
                let specs: Vec<FieldSpec> = r
                    .get("fieldSpecs")
                    .and_then(|x| x.as_array())
                    .map(|a| a.iter().map(FieldSpec::from_value).collect())
                    .unwrap_or_default();
                self.add_name_reference(gvk, &specs);
            }
        }
    }

    pub fn add_name_reference(&mut self, gvk: crate::resource::Gvk, specs: &[FieldSpec]) {
        match self.name_reference.iter_mut().find(|b| b.gvk == gvk) {
            Some(b) => fieldspec::merge_specs(&mut b.referrers, specs),
            None => self.name_reference.push(NameBackRef {
                gvk,
                referrers: specs.to_vec(),
            }),
        }
    }
}

/// Resources gathered so far, with the vars and field specs that go with them.
#[derive(Debug, Clone)]
pub struct Accumulator {
    pub resources: Vec<Resource>,
    pub vars: Vec<Var>,
    pub config: TransformerConfig,
}

impl Accumulator {
    pub fn new() -> Accumulator {
        Accumulator {
            resources: Vec::new(),
            vars: Vec::new(),
            config: TransformerConfig::defaults(),
        }
    }

    /// Appends, refusing a second object with the same id.
    pub fn append(&mut self, r: Resource) -> Result<()> {
        let id = r.cur_id();
        if self
            .resources
            .iter()
            .any(|x| x.name() == id.name && x.cur_id().equals(&id))
        {
            return Err(conflict(format!(
                "may not add resource with an already registered id: {id}"
            )));
        }
        self.resources.push(r);
        Ok(())
    }

    /// Appends many objects, refusing duplicate ids (one pass, for large inputs).
    pub fn append_all(&mut self, rs: Vec<Resource>) -> Result<()> {
        let mut seen: std::collections::HashSet<ResKey> =
            self.resources.iter().map(ResKey::of).collect();
        for r in rs {
            if !seen.insert(ResKey::of(&r)) {
                return Err(conflict(format!(
                    "may not add resource with an already registered id: {}",
                    r.cur_id()
                )));
            }
            self.resources.push(r);
        }
        Ok(())
    }

    /// Adds generated objects, merging or replacing per their behavior.
    pub fn absorb(&mut self, mut r: Resource) -> Result<()> {
        let id = r.cur_id();
        let matches: Vec<usize> = (0..self.resources.len())
            .filter(|&i| {
                let r = &self.resources[i];
                (r.name() == id.name || r.prev_ids.iter().any(|p| p.name == id.name))
                    && r.all_ids().iter().any(|x| x.equals(&id))
            })
            .collect();
        match matches.as_slice() {
            [] => match r.behavior {
                Behavior::Merge | Behavior::Replace => Err(conflict(format!(
                    "id {id} does not exist; cannot merge or replace"
                ))),
                Behavior::Create => self.append(r),
            },
            [i] => {
                let old = &self.resources[*i];
                match r.behavior {
                    Behavior::Create => {
                        return Err(conflict(format!(
                            "id {id} exists; behavior must be merge or replace"
                        )));
                    }
                    Behavior::Replace => {
                        copy_merge_metadata(&mut r, old);
                        // The replaced object's transformation record is an annotation, and
                        // annotations are merged: it stays.
                        let mut t = old.transformations.clone();
                        t.append(&mut r.transformations);
                        r.transformations = t;
                    }
                    Behavior::Merge => {
                        copy_merge_metadata(&mut r, old);
                        for field in ["data", "binaryData"] {
                            let mut merged = old
                                .obj
                                .get(field)
                                .and_then(|d| d.as_object())
                                .cloned()
                                .unwrap_or_default();
                            if let Some(new) = r.obj.get(field).and_then(|d| d.as_object()) {
                                for (k, v) in new {
                                    merged.insert(k.clone(), v.clone());
                                }
                            }
                            if let Some(m) = r.obj.as_object_mut()
                                && !merged.is_empty()
                            {
                                m.insert(field.into(), Value::Object(merged));
                            }
                        }
                        if old.origin.is_some() {
                            r.origin = old.origin.clone();
                        }
                        r.transformations = old.transformations.clone();
                    }
                }
                r.behavior = Behavior::Create;
                self.resources[*i] = r;
                Ok(())
            }
            _ => Err(conflict(format!(
                "found multiple objects that could accept merge of {id}"
            ))),
        }
    }
}

impl Default for Accumulator {
    fn default() -> Self {
        Self::new()
    }
}

/// An id as kustomize compares them ("" and "default" namespaces being the same).
#[derive(PartialEq, Eq, Hash)]
pub struct ResKey(String, String, String, String, String);

impl ResKey {
    pub fn of(r: &Resource) -> ResKey {
        let id = r.cur_id();
        let ns = if id.namespace.is_empty() {
            "default".to_string()
        } else {
            id.namespace
        };
        ResKey(id.gvk.group, id.gvk.version, id.gvk.kind, id.name, ns)
    }
}

/// kustomize's CopyMergeMetaDataFieldsFrom: labels and annotations merged, name and namespace and
/// history taken from the old object.
fn copy_merge_metadata(r: &mut Resource, old: &Resource) {
    for field in ["labels", "annotations"] {
        let mut merged = old.string_map(field);
        for (k, v) in r.string_map(field) {
            merged.insert(k, v);
        }
        r.set_string_map(field, merged);
    }
    r.set_name(old.name());
    r.set_namespace(old.namespace());
    r.prev_ids = old.prev_ids.clone();
    r.prefixes = old.prefixes.clone();
    r.suffixes = old.suffixes.clone();
    r.ref_var_names = old.ref_var_names.clone();
    // Build bookkeeping comes from the old object: a plain resource merged with a generator
    // keeps its name without a hash.
    r.needs_hash = r.needs_hash && old.needs_hash;
}

/// A loaded kustomization directory.
pub struct Target {
    pub dir: PathBuf,
    pub file_name: String,
    pub k: Kustomization,
    /// Path from the top kustomization to this one, when origins are tracked (buildMetadata).
    pub origin_path: Option<String>,
}

/// Finds and parses the kustomization file in `dir`.
pub fn load_target(ld: &Loader<'_>, dir: &Path) -> Result<Target> {
    let mut found = Vec::new();
    for name in KUSTOMIZATION_FILE_NAMES {
        if ld.fs.is_file(&dir.join(name)) {
            found.push(name);
        }
    }
    let name = match found.as_slice() {
        [] => return Err(Error::new(ErrorKind::MissingKustomization).in_file(dir)),
        [one] => *one,
        _ => return Err(Error::new(ErrorKind::MultipleKustomizations).in_file(dir)),
    };
    let file = dir.join(name);
    let bytes = ld
        .fs
        .read(&file)
        .map_err(|e| crate::error::read_err(&display_path(ld, &file), &e))?;
    let text = crate::yaml::parse::utf8(&bytes).map_err(|e| e.in_file(display_path(ld, &file)))?;
    let k = Kustomization::parse(text).map_err(|e| e.in_file(display_path(ld, &file)))?;
    Ok(Target {
        dir: dir.to_path_buf(),
        file_name: name.to_string(),
        k,
        origin_path: None,
    })
}

/// A path as shown in messages: relative to the boundary when inside it.
pub fn display_path(ld: &Loader<'_>, p: &Path) -> PathBuf {
    match &ld.boundary {
        Some(b) => p
            .strip_prefix(b)
            .map(Path::to_path_buf)
            .unwrap_or_else(|_| p.to_path_buf()),
        None => p.to_path_buf(),
    }
}

/// Parses a resource file into objects (`List` kinds are expanded).
pub fn parse_resources(text: &str) -> Result<Vec<Resource>> {
    let mut out = Vec::new();
    for doc in crate::yaml::parse::parse_objects(text)? {
        let is_list = doc
            .get("kind")
            .and_then(|k| k.as_str())
            .is_some_and(|k| k.ends_with("List"))
            && doc.get("items").is_some_and(|i| i.is_array());
        if is_list {
            if let Some(items) = doc.get("items").and_then(|i| i.as_array()) {
                for item in items {
                    check_object(item)?;
                    out.push(Resource::new(stringify_metadata(item.clone())));
                }
            }
            continue;
        }
        check_object(&doc)?;
        out.push(Resource::new(stringify_metadata(doc)));
    }
    Ok(out)
}

/// Labels and annotations are string maps: other scalars become their text, as in kustomize.
fn stringify_metadata(mut obj: Value) -> Value {
    if let Some(md) = obj.get_mut("metadata").and_then(|m| m.as_object_mut()) {
        for field in ["name", "namespace"] {
            if let Some(v) = md.get_mut(field)
                && matches!(v, Value::Bool(_) | Value::Number(_))
            {
                *v = Value::String(crate::kustfile::scalar_text(v));
            }
        }
        for field in ["labels", "annotations"] {
            if let Some(m) = md.get_mut(field).and_then(|m| m.as_object_mut()) {
                for v in m.values_mut() {
                    if matches!(v, Value::Bool(_) | Value::Number(_)) {
                        *v = Value::String(crate::kustfile::scalar_text(v));
                    }
                }
            }
        }
    }
    obj
}

/// Whether an object is marked `config.kubernetes.io/local-config: "true"` (never output).
fn is_local_config(r: &Resource) -> bool {
    r.string_map("annotations")
        .get("config.kubernetes.io/local-config")
        .and_then(|v| v.as_str())
        == Some("true")
}

/// Builds the kustomization in `dir` (the whole pipeline, as `kustomize build` does).
pub fn run(ld: &Loader<'_>, dir: &Path) -> Result<ResourceList> {
    let mut target = load_target(ld, dir)?;
    if !target.k.build_metadata.is_empty() {
        target.origin_path = Some(String::new());
    }
    let mut stack = vec![dir.to_path_buf()];
    let mut acc = accumulate_target(ld, &target, Accumulator::new(), &mut stack)?;
    transform::hash::add_hashes(&mut acc.resources)?;
    transform::nameref::fix_references(&mut acc.resources, &acc.config.name_reference)?;
    transform::vars::resolve(&mut acc)
        .map_err(|e| e.in_file(display_path(ld, &dir.join(&target.file_name))))?;
    for r in &acc.resources {
        transform::replacements::check_decodable(&r.obj)
            .map_err(|e| e.in_file(display_path(ld, &dir.join(&target.file_name))))?;
    }
    // kustomize rebuilds its list once more here (dropping local configs): two objects that
    // ended up with the same id (a patch renamed one onto another) fail the build.
    let kept: Vec<ResId> = acc
        .resources
        .iter()
        .filter(|r| !is_local_config(r))
        .map(Resource::cur_id)
        .collect();
    for (i, id) in kept.iter().enumerate() {
        if kept[..i].iter().any(|x| x.equals(id)) {
            return Err(conflict(format!(
                "may not add resource with an already registered id: {id}"
            ))
            .in_file(display_path(ld, &dir.join(&target.file_name))));
        }
    }
    let sort = match (&target.k.sort_options, ld.opts.sort) {
        (Some(so), _) => Some(so.clone()),
        (None, SortOrder::Legacy) => Some(crate::kustfile::SortOptions {
            order: "legacy".into(),
            legacy_sort_options: None,
        }),
        (None, SortOrder::Fifo) => None,
    };
    if let Some(so) = sort {
        transform::sort::apply(&mut acc.resources, &so)?;
    }
    acc.resources.retain(|r| !is_local_config(r));
    // kustomize strips its build annotations at the end by writing the annotations back as a
    // string map: every value comes out as its text.
    for r in &mut acc.resources {
        if let Some(ann) = r
            .obj
            .get_mut("metadata")
            .and_then(|m| m.get_mut("annotations"))
            .and_then(|a| a.as_object_mut())
        {
            for v in ann.values_mut() {
                match v {
                    Value::Bool(_) | Value::Number(_) => {
                        *v = Value::String(crate::kustfile::scalar_text(v))
                    }
                    Value::Object(_) | Value::Array(_) => *v = Value::String(String::new()),
                    _ => {}
                }
            }
        }
    }
    if target
        .k
        .build_metadata
        .iter()
        .any(|b| b == "managedByLabel")
    {
        for r in &mut acc.resources {
            let mut labels = r.string_map("labels");
            labels.insert(
                "app.kubernetes.io/managed-by".into(),
                Value::String(ld.managed_by.into()),
            );
            r.set_string_map("labels", labels);
        }
    }
    transform::origin::finish(&mut acc.resources, &target.k.build_metadata);
    Ok(ResourceList {
        objects: acc.resources.into_iter().map(|r| r.obj).collect(),
    })
}

/// Accumulates one kustomization on top of `acc` (components build on their parent's list).
pub fn accumulate_target(
    ld: &Loader<'_>,
    t: &Target,
    mut acc: Accumulator,
    stack: &mut Vec<PathBuf>,
) -> Result<Accumulator> {
    let file = display_path(ld, &t.dir.join(&t.file_name));
    let wrap = |e: Error| e.in_file(&file);
    if let Some(path) = t.k.open_api.get("path").and_then(|p| p.as_str()) {
        let bytes = ld.read_file(&t.dir, path).map_err(wrap)?;
        let schema = crate::patch::schema::Schema::parse(&bytes).map_err(|e| e.in_file(path))?;
        *ld.schema.borrow_mut() = Some(schema);
    }
    for res in &t.k.resources {
        accumulate_resource(ld, t, &mut acc, res, stack).map_err(wrap)?;
    }
    for c in &t.k.configurations {
        let bytes = ld.read_file(&t.dir, c).map_err(wrap)?;
        let v = crate::yaml::parse::parse_one(&String::from_utf8_lossy(&bytes))
            .map_err(|e| e.in_file(c))?;
        acc.config.merge_value(&v);
    }
    for c in &t.k.crds {
        let bytes = ld.read_file(&t.dir, c).map_err(wrap)?;
        transform::crds::merge_crd_config(&mut acc.config, &bytes).map_err(|e| e.in_file(c))?;
    }
    for args in &t.k.config_map_generator {
        let r = generate::generate(
            ld,
            &t.dir,
            args,
            t.k.generator_options.as_ref(),
            GenKind::ConfigMap,
        )
        .map_err(wrap)?;
        let r = transform::origin::generated(r, ld, t, "ConfigMapGenerator");
        acc.absorb(r).map_err(wrap)?;
    }
    for args in &t.k.secret_generator {
        let r = generate::generate(
            ld,
            &t.dir,
            args,
            t.k.generator_options.as_ref(),
            GenKind::Secret,
        )
        .map_err(wrap)?;
        let r = transform::origin::generated(r, ld, t, "SecretGenerator");
        acc.absorb(r).map_err(wrap)?;
    }
    if !t.k.generators.is_empty() {
        let configs = transform::plugins::load(ld, t, &t.k.generators).map_err(wrap)?;
        transform::plugins::run_generators(ld, t, &mut acc, configs).map_err(wrap)?;
    }
    if !t.k.helm_charts.is_empty() || !t.k.helm_chart_inflation_generator.is_empty() {
        return Err(wrap(Error::new(ErrorKind::Unsupported(
            "helmCharts: must specify --enable-helm (chart inflation is not supported; Flux renders charts with a HelmRelease)".into(),
        ))));
    }
    for c in &t.k.components {
        let p = ld.resolve(&t.dir, c).map_err(wrap)?;
        if !ld.fs.is_dir(&p) {
            return Err(wrap(invalid(format!("component '{c}' is not a directory"))));
        }
        let mut sub = enter(ld, &p, stack).map_err(wrap)?;
        sub.origin_path = t
            .origin_path
            .as_deref()
            .map(|o| transform::origin::join(o, c));
        if !sub.k.is_component() {
            return Err(wrap(invalid(format!(
                "expected kind 'Component' for path '{}' but got '{}'",
                display_path(ld, &p).display(),
                sub.k.kind
            ))));
        }
        acc = accumulate_target(ld, &sub, acc, stack)?;
        stack.pop();
    }
    transform::run_all(ld, t, &mut acc).map_err(wrap)?;
    for v in &t.k.vars {
        if acc.vars.iter().any(|x| x.name == v.name) {
            return Err(wrap(conflict(format!(
                "var '{}' already encountered",
                v.name
            ))));
        }
        transform::vars::bind(&mut acc, v).map_err(wrap)?;
        acc.vars.push(v.clone());
    }
    Ok(acc)
}

/// The resources a directory's kustomization builds to (plugin configurations kept in a
/// kustomization of their own).
pub fn directory_resources(ld: &Loader<'_>, t: &Target, rel: &str) -> Result<Vec<Resource>> {
    let p = ld.resolve(&t.dir, rel)?;
    let mut stack = vec![t.dir.clone()];
    let mut sub = enter(ld, &p, &mut stack)?;
    sub.origin_path = t
        .origin_path
        .as_deref()
        .map(|o| transform::origin::join(o, rel));
    Ok(accumulate_target(ld, &sub, Accumulator::new(), &mut stack)?.resources)
}

/// Loads a sub-directory's kustomization, refusing cycles.
fn enter(ld: &Loader<'_>, p: &Path, stack: &mut Vec<PathBuf>) -> Result<Target> {
    if stack.iter().any(|s| s == p) {
        return Err(Error::new(ErrorKind::Cycle(format!(
            "cycle detected: '{}' includes itself",
            display_path(ld, p).display()
        ))));
    }
    let t = load_target(ld, p)?;
    stack.push(p.to_path_buf());
    Ok(t)
}

fn accumulate_resource(
    ld: &Loader<'_>,
    t: &Target,
    acc: &mut Accumulator,
    res: &str,
    stack: &mut Vec<PathBuf>,
) -> Result<()> {
    let p = ld.resolve(&t.dir, res)?;
    if ld.fs.is_file(&p) {
        let bytes = ld.read_file(&t.dir, res)?;
        let text = crate::yaml::parse::utf8(&bytes).map_err(|e| e.in_file(display_path(ld, &p)))?;
        let rs = parse_resources(text).map_err(|e| e.in_file(display_path(ld, &p)))?;
        let rs = rs
            .into_iter()
            .map(|r| transform::origin::loaded(r, ld, t, res))
            .collect();
        acc.append_all(rs)
            .map_err(|e| e.in_file(display_path(ld, &p)))?;
        return Ok(());
    }
    if !ld.fs.is_dir(&p) {
        return Err(Error::new(ErrorKind::Read(format!(
            "accumulating resources: '{}': no such file or directory",
            display_path(ld, &p).display()
        ))));
    }
    let mut sub = enter(ld, &p, stack)?;
    sub.origin_path = t
        .origin_path
        .as_deref()
        .map(|o| transform::origin::join(o, res));
    if sub.k.is_component() {
        return Err(invalid(format!(
            "expected kind != 'Component' for path '{}'",
            display_path(ld, &p).display()
        )));
    }
    let mut sub_acc = accumulate_target(ld, &sub, Accumulator::new(), stack)?;
    stack.pop();
    let sub_path = res.to_string();
    let rs = sub_acc
        .resources
        .drain(..)
        .map(|r| transform::origin::from_base(r, ld, t, &sub_path))
        .collect();
    acc.append_all(rs)?;
    for v in sub_acc.vars {
        if acc.vars.iter().any(|x| x.name == v.name) {
            return Err(conflict(format!("var '{}' already encountered", v.name)));
        }
        acc.vars.push(v);
    }
    merge_config(&mut acc.config, &sub_acc.config);
    Ok(())
}

fn merge_config(into: &mut TransformerConfig, from: &TransformerConfig) {
    for b in &from.name_reference {
        into.add_name_reference(b.gvk.clone(), &b.referrers);
    }
    fieldspec::merge_specs(&mut into.common_labels, &from.common_labels);
    fieldspec::merge_specs(&mut into.template_labels, &from.template_labels);
    fieldspec::merge_specs(&mut into.common_annotations, &from.common_annotations);
    fieldspec::merge_specs(&mut into.namespace, &from.namespace);
    fieldspec::merge_specs(&mut into.var_reference, &from.var_reference);
    fieldspec::merge_specs(&mut into.images, &from.images);
    fieldspec::merge_specs(&mut into.replicas, &from.replicas);
    fieldspec::merge_specs(&mut into.name_prefix, &from.name_prefix);
    fieldspec::merge_specs(&mut into.name_suffix, &from.name_suffix);
    fieldspec::merge_specs(&mut into.labels, &from.labels);
}
