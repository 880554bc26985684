//! configMapGenerator and secretGenerator: key/value sources into ConfigMaps and Secrets.

use base64::Engine;
use serde_json::{Map, Value, json};

use crate::build::Loader;
use crate::error::{Result, invalid};
use crate::kustfile::{GeneratorArgs, GeneratorOptions, scalar_text};
use crate::resource::{Behavior, Resource};

/// Which object a generator makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GenKind {
    ConfigMap,
    Secret,
}

/// Runs one generator entry.
pub fn generate(
    ld: &Loader<'_>,
    dir: &std::path::Path,
    args: &GeneratorArgs,
    global: Option<&GeneratorOptions>,
    kind: GenKind,
) -> Result<Resource> {
    if args.name.is_empty() {
        return Err(invalid(match kind {
            GenKind::ConfigMap => "a configmap must have a name",
            GenKind::Secret => "a secret must have a name",
        }));
    }
    let opts = GeneratorOptions::merged_with_global(args.options.as_ref(), global);
    let pairs = load_pairs(ld, dir, args)?;
    let mut data = Map::new();
    let mut binary = Map::new();
    for (k, v) in pairs {
        if data.contains_key(&k) || binary.contains_key(&k) {
            let what = if kind == GenKind::ConfigMap {
                "configmap"
            } else {
                "secret"
            };
            return Err(invalid(format!(
                "{what} {} illegally repeats the key `{k}`",
                args.name
            )));
        }
        match (kind, String::from_utf8(v)) {
            (GenKind::ConfigMap, Ok(s)) => {
                data.insert(k, Value::String(s));
            }
            (GenKind::ConfigMap, Err(e)) => {
                binary.insert(k, Value::String(encode_base64(&e.into_bytes())));
            }
            (GenKind::Secret, Ok(s)) => {
                data.insert(k, Value::String(encode_base64(s.as_bytes())));
            }
            (GenKind::Secret, Err(e)) => {
                data.insert(k, Value::String(encode_base64(&e.into_bytes())));
            }
        }
    }
    let mut meta = Map::new();
    meta.insert("name".into(), Value::String(args.name.clone()));
    if !args.namespace.is_empty() {
        meta.insert("namespace".into(), Value::String(args.namespace.clone()));
    }
    if !opts.labels.is_empty() {
        meta.insert(
            "labels".into(),
            Value::Object(
                opts.labels
                    .iter()
                    .map(|(k, v)| (k.clone(), Value::String(scalar_text(v))))
                    .collect(),
            ),
        );
    }
    if !opts.annotations.is_empty() {
        meta.insert(
            "annotations".into(),
            Value::Object(
                opts.annotations
                    .iter()
                    .map(|(k, v)| (k.clone(), Value::String(scalar_text(v))))
                    .collect(),
            ),
        );
    }
    let mut obj = match kind {
        GenKind::ConfigMap => json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": meta}),
        GenKind::Secret => {
            let t = if args.kind.is_empty() {
                "Opaque"
            } else {
                args.kind.as_str()
            };
            json!({"apiVersion": "v1", "kind": "Secret", "metadata": meta, "type": t})
        }
    };
    if let Some(m) = obj.as_object_mut() {
        if !data.is_empty() {
            m.insert("data".into(), Value::Object(data));
        }
        if !binary.is_empty() {
            m.insert("binaryData".into(), Value::Object(binary));
        }
        if opts.immutable == Some(true) {
            m.insert("immutable".into(), Value::Bool(true));
        }
    }
    let mut r = Resource::new(obj);
    r.behavior = Behavior::parse(&args.behavior)?;
    r.needs_hash = opts.disable_name_suffix_hash != Some(true);
    Ok(r)
}

/// Base64 as kyaml writes generated data: lines of 70 characters, each ending in a line break,
/// once the text is 70 characters or longer.
fn encode_base64(bytes: &[u8]) -> String {
    const LINE: usize = 70;
    let enc = base64::engine::general_purpose::STANDARD.encode(bytes);
    if enc.len() < LINE {
        return enc;
    }
    let mut out = String::with_capacity(enc.len() + enc.len() / LINE + 1);
    for chunk in enc.as_bytes().chunks(LINE) {
        out.push_str(&String::from_utf8_lossy(chunk));
        out.push('\n');
    }
    out
}

/// Key/value pairs from literals, env files and files, in kustomize's order.
fn load_pairs(
    ld: &Loader<'_>,
    dir: &std::path::Path,
    args: &GeneratorArgs,
) -> Result<Vec<(String, Vec<u8>)>> {
    let mut out = Vec::new();
    for lit in &args.literals {
        let Some((k, v)) = lit.split_once('=').filter(|(k, _)| !k.is_empty()) else {
            return Err(invalid(format!(
                "invalid literal source {lit}, expected key=value"
            )));
        };
        out.push((k.to_string(), remove_quotes(v).as_bytes().to_vec()));
    }
    let mut envs: Vec<&String> = args.envs.iter().collect();
    if !args.env.is_empty() {
        envs.push(&args.env);
    }
    for env in envs {
        let content = ld.read_file(dir, env)?;
        out.extend(parse_env(&content).map_err(|e| e.in_file(env))?);
    }
    for f in &args.files {
        let (key, path) = parse_file_source(f)?;
        let content = ld.read_file(dir, &path)?;
        out.push((key, content));
    }
    Ok(out)
}

fn remove_quotes(s: &str) -> &str {
    let b = s.as_bytes();
    if b.len() >= 2 && b[0] == b[b.len() - 1] && (b[0] == b'"' || b[0] == b'\'') {
        return &s[1..s.len() - 1];
    }
    s
}

fn parse_file_source(source: &str) -> Result<(String, String)> {
    match source.matches('=').count() {
        0 => {
            let base = source.rsplit('/').next().unwrap_or(source);
            Ok((base.to_string(), source.to_string()))
        }
        1 if source.starts_with('=') => Err(invalid(format!(
            "missing key name for file path in source {source:?}"
        ))),
        1 if source.ends_with('=') => Err(invalid(format!(
            "missing file path for key name in source {source:?}"
        ))),
        1 => {
            let (k, p) = source.split_once('=').unwrap_or((source, ""));
            Ok((k.to_string(), p.to_string()))
        }
        _ => Err(invalid(format!(
            "source {source:?} key name or file path contains '='"
        ))),
    }
}

/// Parses an env file: `KEY=value` lines, `#` comments, blank lines skipped.
pub fn parse_env(content: &[u8]) -> Result<Vec<(String, Vec<u8>)>> {
    let text =
        std::str::from_utf8(content).map_err(|_| invalid("env file has invalid utf8 bytes"))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut out = Vec::new();
    // kustomize's own field validator accepts any key (kubectl's would check it): a line
    // without `=` is a key with an empty value, an empty key is skipped.
    for line in text.split('\n') {
        let line = line.strip_suffix('\r').unwrap_or(line);
        let line = line.trim_start();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (k, v) = line.split_once('=').unwrap_or((line, ""));
        if k.is_empty() {
            continue;
        }
        out.push((k.to_string(), v.as_bytes().to_vec()));
    }
    Ok(out)
}
