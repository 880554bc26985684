//! The kustomization file: its fields, unknown-field checks with locations, legacy-field fixes.

use indexmap::IndexMap;
use serde::Deserialize;
use serde_json::Value;

use crate::error::{Error, ErrorKind, Result, invalid};
use crate::yaml::parse::parse_one;

mod typing;

pub(crate) use typing::{go_strings, yaml11_bools};

/// File names kustomize recognises, in its order of preference.
pub const KUSTOMIZATION_FILE_NAMES: [&str; 3] =
    ["kustomization.yaml", "kustomization.yml", "Kustomization"];

/// String-valued maps (labels, annotations); non-string scalars are taken as their text.
pub type StrMap = IndexMap<String, Value>;

/// Text of a scalar the way kustomize reads it into a string field.
pub fn scalar_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Kustomization {
    pub api_version: String,
    pub kind: String,
    pub metadata: Value,
    #[serde(rename = "openapi")]
    pub open_api: Value,
    pub name_prefix: String,
    pub name_suffix: String,
    pub namespace: String,
    pub common_labels: StrMap,
    pub labels: Vec<Label>,
    pub common_annotations: StrMap,
    pub patches_strategic_merge: Vec<String>,
    pub patches_json6902: Vec<Patch>,
    pub patches: Vec<Patch>,
    pub images: Vec<Image>,
    pub image_tags: Vec<Image>,
    pub replacements: Vec<Value>,
    pub replicas: Vec<Replica>,
    pub vars: Vec<Var>,
    pub sort_options: Option<SortOptions>,
    pub resources: Vec<String>,
    pub components: Vec<String>,
    pub crds: Vec<String>,
    pub bases: Vec<String>,
    pub config_map_generator: Vec<GeneratorArgs>,
    pub secret_generator: Vec<GeneratorArgs>,
    pub helm_globals: Value,
    pub helm_charts: Vec<Value>,
    pub helm_chart_inflation_generator: Vec<Value>,
    pub generator_options: Option<GeneratorOptions>,
    pub configurations: Vec<String>,
    pub generators: Vec<String>,
    pub transformers: Vec<String>,
    pub validators: Vec<String>,
    pub build_metadata: Vec<String>,
}

const KNOWN_FIELDS: &[&str] = &[
    "apiVersion",
    "kind",
    "metadata",
    "openapi",
    "namePrefix",
    "nameSuffix",
    "namespace",
    "commonLabels",
    "labels",
    "commonAnnotations",
    "patchesStrategicMerge",
    "patchesJson6902",
    "patches",
    "images",
    "imageTags",
    "replacements",
    "replicas",
    "vars",
    "sortOptions",
    "resources",
    "components",
    "crds",
    "bases",
    "configMapGenerator",
    "secretGenerator",
    "helmGlobals",
    "helmCharts",
    "helmChartInflationGenerator",
    "generatorOptions",
    "configurations",
    "generators",
    "transformers",
    "validators",
    "buildMetadata",
];

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct Label {
    pub pairs: StrMap,
    pub include_selectors: bool,
    pub include_templates: bool,
    /// Newer kustomize only (v5.8.1 refuses the field); when it is absent, `includeTemplates`
    /// labels volumeClaimTemplates too, as v5.8.1 does.
    pub include_volume_claim_templates: Option<bool>,
    pub fields: Vec<Value>,
}

/// A patch entry (`patches`, `patchesJson6902`).
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct Patch {
    pub path: String,
    pub patch: String,
    pub target: Option<Selector>,
    pub options: IndexMap<String, bool>,
}

/// Which objects a patch or replacement applies to; name, namespace and kind are regexes.
#[derive(Debug, Default, Clone, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct Selector {
    pub group: String,
    pub version: String,
    pub kind: String,
    pub name: String,
    pub namespace: String,
    pub label_selector: String,
    pub annotation_selector: String,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct Image {
    pub name: String,
    pub new_name: String,
    pub new_tag: Value,
    pub tag_suffix: String,
    pub digest: String,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Replica {
    pub name: String,
    pub count: i64,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Var {
    pub name: String,
    pub objref: VarObjRef,
    pub fieldref: VarFieldRef,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct VarObjRef {
    pub api_version: String,
    pub group: String,
    pub version: String,
    pub kind: String,
    pub name: String,
    pub namespace: String,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct VarFieldRef {
    pub field_path: String,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct SortOptions {
    pub order: String,
    pub legacy_sort_options: Option<LegacySortOptions>,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct LegacySortOptions {
    pub order_first: Vec<String>,
    pub order_last: Vec<String>,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct GeneratorArgs {
    pub name: String,
    pub namespace: String,
    pub behavior: String,
    pub literals: Vec<String>,
    pub files: Vec<String>,
    pub envs: Vec<String>,
    pub env: String,
    pub options: Option<GeneratorOptions>,
    #[serde(rename = "type")]
    pub kind: String,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct GeneratorOptions {
    pub labels: StrMap,
    pub annotations: StrMap,
    pub disable_name_suffix_hash: Option<bool>,
    pub immutable: Option<bool>,
}

impl GeneratorOptions {
    /// kustomize's MergeGlobalOptionsIntoLocal: local settings win, maps are merged.
    pub fn merged_with_global(
        local: Option<&GeneratorOptions>,
        global: Option<&GeneratorOptions>,
    ) -> GeneratorOptions {
        let mut out = global.cloned().unwrap_or_default();
        if let Some(l) = local {
            for (k, v) in &l.labels {
                out.labels.insert(k.clone(), v.clone());
            }
            for (k, v) in &l.annotations {
                out.annotations.insert(k.clone(), v.clone());
            }
            if l.disable_name_suffix_hash.is_some() {
                out.disable_name_suffix_hash = l.disable_name_suffix_hash;
            }
            if l.immutable.is_some() {
                out.immutable = l.immutable;
            }
        }
        out
    }
}

/// The spelling kustomize uses for a top-level kustomization field (matched without regard to
/// case), or None when it is not one.
pub fn known_field(name: &str) -> Option<&'static str> {
    KNOWN_FIELDS
        .iter()
        .find(|f| f.eq_ignore_ascii_case(name))
        .copied()
}

/// Field names below the top level, as the kustomization types spell them.
const NESTED_FIELDS: &[&str] = &[
    "fieldPath",
    "fieldref",
    "objref",
    "apiVersion",
    "kind",
    "name",
    "namespace",
    "group",
    "version",
    "path",
    "patch",
    "target",
    "options",
    "labelSelector",
    "annotationSelector",
    "newName",
    "newTag",
    "digest",
    "tagSuffix",
    "count",
    "behavior",
    "literals",
    "files",
    "envs",
    "env",
    "type",
    "disableNameSuffixHash",
    "immutable",
    "labels",
    "annotations",
    "pairs",
    "includeSelectors",
    "includeTemplates",
    "includeVolumeClaimTemplates",
    "fields",
    "order",
    "legacySortOptions",
    "orderFirst",
    "orderLast",
    "create",
];

/// Go's JSON decoding matches field names without regard to case; so does this (user maps such as
/// commonLabels are left alone).
fn normalize_keys(v: Value, top: bool) -> Value {
    match v {
        Value::Object(m) => {
            let mut out = serde_json::Map::new();
            for (k, val) in m {
                let known: &[&str] = if top { KNOWN_FIELDS } else { NESTED_FIELDS };
                let key = known
                    .iter()
                    .find(|f| f.eq_ignore_ascii_case(&k))
                    .map(|f| f.to_string())
                    .unwrap_or(k);
                let is_user_map = matches!(
                    key.as_str(),
                    "commonLabels" | "commonAnnotations" | "pairs" | "metadata"
                ) || (matches!(key.as_str(), "labels" | "annotations")
                    && val.is_object())
                    || (top
                        && matches!(
                            key.as_str(),
                            "replacements" | "helmCharts" | "helmGlobals" | "openapi"
                        ));
                let val = if is_user_map {
                    val
                } else {
                    normalize_keys(val, false)
                };
                out.insert(key, val);
            }
            Value::Object(out)
        }
        Value::Array(a) => Value::Array(a.into_iter().map(|x| normalize_keys(x, false)).collect()),
        other => other,
    }
}

/// Where `key:` first appears at the start of a line of `text` with the given indentation.
fn locate_key(text: &str, key: &str) -> Option<(usize, usize)> {
    for (i, line) in text.lines().enumerate() {
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        if indent == 0
            && (trimmed.starts_with(&format!("{key}:"))
                || trimmed.starts_with(&format!("\"{key}\":")))
        {
            return Some((i + 1, indent + 1));
        }
    }
    None
}

/// Where `key:` first appears as a map key at any depth (also as `- key:`).
fn locate_nested_key(text: &str, key: &str) -> Option<(usize, usize)> {
    for (i, line) in text.lines().enumerate() {
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        let (item, off) = match trimmed.strip_prefix("- ") {
            Some(rest) => (
                rest.trim_start(),
                indent + 2 + (rest.len() - rest.trim_start().len()),
            ),
            None => (trimmed, indent),
        };
        if item.starts_with(&format!("{key}:")) || item.starts_with(&format!("\"{key}\":")) {
            return Some((i + 1, off + 1));
        }
    }
    None
}

/// The first YAML document of a stream: kustomize reads a kustomization file with a
/// one-document decoder, so later documents are never read (not even checked).
pub fn first_document(text: &str) -> &str {
    let mut started = false;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        let is_marker = body == "---" || body.starts_with("--- ") || body.starts_with("---\t");
        if body == "..." || body.starts_with("... ") {
            return &text[..offset];
        }
        if is_marker {
            if started {
                return &text[..offset];
            }
            started = true;
        } else if !body.trim().is_empty()
            && !body.trim_start().starts_with('#')
            && !body.starts_with('%')
        {
            started = true;
        }
        offset += line.len();
    }
    text
}

impl Kustomization {
    /// Parses a kustomization file's text; errors carry the line and column where known.
    pub fn parse(text: &str) -> Result<Kustomization> {
        let v = parse_one(&typing::yaml11_bools(first_document(text)))?;
        let v = if v.is_null() {
            Value::Object(Default::default())
        } else {
            v
        };
        let v = normalize_keys(v, true);
        let Some(map) = v.as_object() else {
            return Err(invalid("kustomization is not a map"));
        };
        for key in map.keys() {
            if !KNOWN_FIELDS.contains(&key.as_str()) {
                let err = Error::new(ErrorKind::UnknownField(key.clone()));
                return Err(match locate_key(text, key) {
                    Some((l, c)) => err.at(l, c),
                    None => err,
                });
            }
        }
        typing::check_types(&v)?;
        // kustomize's CheckEmpty: nothing but apiVersion and kind (null values count as unset).
        if map
            .iter()
            .all(|(k, v)| k == "apiVersion" || k == "kind" || v.is_null())
        {
            return Err(invalid("kustomization.yaml is empty"));
        }
        // Go reads a null as the field's zero value.
        let mut nonnull = map.clone();
        nonnull.retain(|_, val| !val.is_null());
        let mut k: Kustomization = serde_json::from_value(Value::Object(nonnull)).map_err(|e| {
            let msg = e.to_string();
            if let Some(field) = msg
                .strip_prefix("unknown field `")
                .and_then(|r| r.split('`').next())
            {
                let err = Error::new(ErrorKind::UnknownField(field.to_string()));
                return match locate_nested_key(text, field) {
                    Some((l, c)) => err.at(l, c),
                    None => err,
                };
            }
            let field = map.keys().find(|key| msg.contains(key.as_str()));
            let err = invalid(format!("invalid kustomization: {msg}"));
            match field.and_then(|f| locate_key(text, f)) {
                Some((l, c)) => err.at(l, c),
                None => err,
            }
        })?;
        k.check_kind()?;
        k.fix_legacy();
        Ok(k)
    }

    /// kind must be Kustomization (the default) or Component, each with its own apiVersion
    /// when one is given.
    fn check_kind(&self) -> Result<()> {
        let (kind, want) = match self.kind.as_str() {
            "" | "Kustomization" => ("Kustomization", "kustomize.config.k8s.io/v1beta1"),
            "Component" => ("Component", "kustomize.config.k8s.io/v1alpha1"),
            _ => return Err(invalid("kind should be Kustomization or Component")),
        };
        if !self.api_version.is_empty() && self.api_version != want {
            return Err(invalid(format!("apiVersion for {kind} should be {want}")));
        }
        Ok(())
    }

    /// kustomize's FixKustomization: old field names folded into the new ones.
    fn fix_legacy(&mut self) {
        let bases = std::mem::take(&mut self.bases);
        self.resources.extend(bases);
        let tags = std::mem::take(&mut self.image_tags);
        self.images.extend(tags);
        if self.kind.is_empty() {
            self.kind = "Kustomization".into();
        }
    }

    /// Whether this is a `Component` (applied to its parent's resources).
    pub fn is_component(&self) -> bool {
        self.kind == "Component"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_field_is_located() {
        let err = Kustomization::parse("resources:\n- a.yaml\npatchs: []\n")
            .err()
            .map(|e| e.to_string());
        assert_eq!(err.as_deref(), Some("3:1: unknown field \"patchs\""));
    }
}
