//! The Go objects templates see besides values: `.Files`, `.Capabilities`, `.Chart`, `.Release`.

use std::collections::BTreeMap;
use std::rc::Rc;

use base64::Engine as _;
use serde_json::Value as J;

use super::load::Chart;
use crate::funcs::yaml;
use crate::template::value::{Method, Object, Value};

/// File contents are shared `Rc`s: `.Files` exposes each one as a byte value without copying.
pub(crate) type FileMap = Rc<BTreeMap<String, Rc<[u8]>>>;

/// `.Files`: the chart's non-template files with Get, GetBytes, Glob, Lines, AsConfig, AsSecrets.
pub(crate) fn files_object(files: FileMap) -> Value {
    let mut methods: BTreeMap<String, Method> = BTreeMap::new();
    let f = files.clone();
    methods.insert(
        "Get".into(),
        Rc::new(move |a: &[Value]| {
            let name = arg_str(a, "Get")?;
            Ok(Value::str(
                f.get(&name)
                    .map(|d| super::lossy_utf8(d).into_owned())
                    .unwrap_or_default(),
            ))
        }),
    );
    let f = files.clone();
    methods.insert(
        "GetBytes".into(),
        Rc::new(move |a: &[Value]| {
            let name = arg_str(a, "GetBytes")?;
            Ok(Value::Bytes(f.get(&name).cloned().unwrap_or_default()))
        }),
    );
    let f = files.clone();
    methods.insert(
        "Lines".into(),
        Rc::new(move |a: &[Value]| {
            let name = arg_str(a, "Lines")?;
            let Some(d) = f.get(&name).filter(|d| !d.is_empty()) else {
                return Ok(Value::StrList(Rc::new(Vec::new())));
            };
            let s = String::from_utf8_lossy(d);
            let s = s.strip_suffix('\n').unwrap_or(&s);
            Ok(Value::StrList(Rc::new(
                s.split('\n').map(str::to_string).collect(),
            )))
        }),
    );
    let f = files.clone();
    methods.insert(
        "Glob".into(),
        Rc::new(move |a: &[Value]| {
            let pattern = arg_str(a, "Glob")?;
            let matched: BTreeMap<String, Rc<[u8]>> = f
                .iter()
                .filter(|(k, _)| glob_match(&pattern, k))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            Ok(files_object(Rc::new(matched)))
        }),
    );
    let f = files.clone();
    methods.insert(
        "AsConfig".into(),
        Rc::new(move |_: &[Value]| {
            let m: BTreeMap<String, Value> = f
                .iter()
                .map(|(k, v)| (base(k), Value::str(super::lossy_utf8(v).into_owned())))
                .collect();
            if f.is_empty() {
                return Ok(Value::str("{}"));
            }
            Ok(Value::str(
                yaml::to_yaml(&Value::map(m))
                    .trim_end_matches('\n')
                    .to_string(),
            ))
        }),
    );
    let f = files.clone();
    methods.insert(
        "AsSecrets".into(),
        Rc::new(move |_: &[Value]| {
            let m: BTreeMap<String, Value> = f
                .iter()
                .map(|(k, v)| {
                    (
                        base(k),
                        Value::str(base64::engine::general_purpose::STANDARD.encode(v)),
                    )
                })
                .collect();
            if f.is_empty() {
                return Ok(Value::str("{}"));
            }
            Ok(Value::str(
                yaml::to_yaml(&Value::map(m))
                    .trim_end_matches('\n')
                    .to_string(),
            ))
        }),
    );
    let fields = files
        .iter()
        .map(|(k, v)| (k.clone(), Value::Bytes(v.clone())))
        .collect();
    Value::Object(Rc::new(Object {
        type_name: "engine.files",
        fields,
        methods,
        map_like: true,
        display: None,
    }))
}

fn base(p: &str) -> String {
    p.rsplit('/').next().unwrap_or(p).to_string()
}

fn arg_str(a: &[Value], name: &str) -> Result<String, String> {
    match a {
        [Value::Str(s)] => Ok(s.to_string()),
        [other] => Err(format!(
            "wrong type for value; expected string; got {}",
            other.type_name()
        )),
        _ => Err(format!(
            "wrong number of args for {name}: want 1 got {}",
            a.len()
        )),
    }
}

/// gobwas/glob with `/` as separator: `*` stays in a segment, `**` crosses, `{a,b}` alternates.
pub(crate) fn glob_match(pattern: &str, name: &str) -> bool {
    let mut re = String::from("^");
    let chars: Vec<char> = pattern.chars().collect();
    let mut i = 0;
    let mut in_alt = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '*' if chars.get(i + 1) == Some(&'*') => {
                re.push_str(".*");
                i += 1;
            }
            '*' => re.push_str("[^/]*"),
            '?' => re.push_str("[^/]"),
            '{' => {
                in_alt += 1;
                re.push_str("(?:");
            }
            '}' if in_alt > 0 => {
                in_alt -= 1;
                re.push(')');
            }
            ',' if in_alt > 0 => re.push('|'),
            '[' => {
                let end = chars[i..].iter().position(|x| *x == ']').map(|e| e + i);
                match end {
                    Some(e) => {
                        let class: String = chars[i + 1..e].iter().collect();
                        let class = class
                            .strip_prefix('!')
                            .map(|c| format!("^{c}"))
                            .unwrap_or(class);
                        re.push('[');
                        re.push_str(&class);
                        re.push(']');
                        i = e;
                    }
                    None => re.push_str("\\["),
                }
            }
            '\\' if i + 1 < chars.len() => {
                re.push_str(&regex::escape(&chars[i + 1].to_string()));
                i += 1;
            }
            c => re.push_str(&regex::escape(&c.to_string())),
        }
        i += 1;
    }
    re.push('$');
    regex::Regex::new(&re).is_ok_and(|r| r.is_match(name))
}

/// Release options as templates see them (`.Release`).
pub(crate) fn release_value(name: &str, namespace: &str, revision: i64, is_upgrade: bool) -> Value {
    let mut m = BTreeMap::new();
    m.insert("Name".into(), Value::str(name));
    m.insert("Namespace".into(), Value::str(namespace));
    m.insert("IsUpgrade".into(), Value::Bool(is_upgrade));
    m.insert("IsInstall".into(), Value::Bool(!is_upgrade));
    m.insert("Revision".into(), Value::Int(revision));
    m.insert("Service".into(), Value::str("Helm"));
    Value::map(m)
}

/// `.Capabilities`.
pub(crate) fn capabilities_value(
    kube_version: &str,
    api_versions: &[String],
    helm_version: &str,
) -> Value {
    let v = crate::funcs::semver::parse_version(kube_version).ok();
    let full = match &v {
        Some(v) => format!("v{}.{}.{}", v.major, v.minor, v.patch),
        None => kube_version.to_string(),
    };
    // helm v4 keeps the version as given (`v1.33.4-gke.1`) and a normalized one for `String`
    let given = if v.is_some() && !kube_version.starts_with('v') {
        format!("v{kube_version}")
    } else if v.is_some() {
        kube_version.to_string()
    } else {
        full.clone()
    };
    let mut kv = BTreeMap::new();
    kv.insert("Version".into(), Value::str(given.as_str()));
    kv.insert(
        "Major".into(),
        Value::str(v.as_ref().map(|v| v.major.to_string()).unwrap_or_default()),
    );
    kv.insert(
        "Minor".into(),
        Value::str(v.as_ref().map(|v| v.minor.to_string()).unwrap_or_default()),
    );
    let mut kv_methods: BTreeMap<String, Method> = BTreeMap::new();
    let gv = given.clone();
    kv_methods.insert(
        "GitVersion".into(),
        Rc::new(move |_: &[Value]| Ok(Value::str(gv.as_str()))),
    );
    let gv = full.clone();
    kv_methods.insert(
        "String".into(),
        Rc::new(move |_: &[Value]| Ok(Value::str(gv.as_str()))),
    );
    let kube = Value::Object(Rc::new(Object {
        type_name: "common.KubeVersion",
        fields: kv,
        methods: kv_methods,
        map_like: false,
        display: Some(format!(
            "{{{given} {full} {} {}}}",
            v.as_ref().map(|v| v.major.to_string()).unwrap_or_default(),
            v.as_ref().map(|v| v.minor.to_string()).unwrap_or_default()
        )),
    }));
    let versions: Rc<Vec<String>> = Rc::new(api_versions.to_vec());
    let mut api_methods: BTreeMap<String, Method> = BTreeMap::new();
    let vs = versions.clone();
    api_methods.insert(
        "Has".into(),
        Rc::new(move |a: &[Value]| {
            let want = arg_str(a, "Has")?;
            Ok(Value::Bool(vs.contains(&want)))
        }),
    );
    // a []string to Go: kept in index order under zero-padded keys so `range` can walk it
    let items = versions
        .iter()
        .enumerate()
        .map(|(i, v)| (format!("{i:06}"), Value::str(v.as_str())))
        .collect();
    let apis = Value::Object(Rc::new(Object {
        type_name: "common.VersionSet",
        fields: items,
        methods: api_methods,
        map_like: false,
        display: Some(format!("[{}]", versions.join(" "))),
    }));
    let mut hv = BTreeMap::new();
    hv.insert("Version".into(), Value::str(helm_version));
    hv.insert("GitCommit".into(), Value::str(""));
    hv.insert("GitTreeState".into(), Value::str(""));
    hv.insert("GoVersion".into(), Value::str(GO_VERSION));
    hv.insert("KubeClientVersion".into(), Value::str(KUBE_CLIENT_VERSION));
    let helm = Value::Object(Rc::new(Object {
        type_name: "version.BuildInfo",
        fields: hv,
        methods: BTreeMap::new(),
        map_like: false,
        display: Some(format!(
            "{{{helm_version}   {GO_VERSION} {KUBE_CLIENT_VERSION}}}"
        )),
    }));
    let mut caps = BTreeMap::new();
    caps.insert("KubeVersion".into(), kube);
    caps.insert("APIVersions".into(), apis);
    caps.insert("HelmVersion".into(), helm);
    Value::Object(Rc::new(Object {
        type_name: "*common.Capabilities",
        fields: caps,
        methods: BTreeMap::new(),
        map_like: false,
        display: None,
    }))
}

/// The Go version the reference helm binary reports (`.Capabilities.HelmVersion.GoVersion`).
const GO_VERSION: &str = "go1.26.8";

/// The client-go line the reference helm is built with (`.Capabilities.HelmVersion.KubeClientVersion`).
const KUBE_CLIENT_VERSION: &str = "v1.36";

fn jstr(raw: &serde_json::Map<String, J>, k: &str) -> Value {
    match raw.get(k) {
        Some(J::String(s)) => Value::str(s.as_str()),
        Some(J::Number(n)) => Value::str(n.to_string()),
        Some(J::Bool(b)) => Value::str(b.to_string()),
        _ => Value::str(""),
    }
}

/// `.Chart`: Chart.yaml's fields (Go names) plus `IsRoot`.
pub(crate) fn chart_value(chart: &Chart, is_root: bool) -> Value {
    let raw = &chart.metadata.raw;
    let mut f = BTreeMap::new();
    for (go, yaml) in [
        ("Name", "name"),
        ("Home", "home"),
        ("Version", "version"),
        ("Description", "description"),
        ("Icon", "icon"),
        ("APIVersion", "apiVersion"),
        ("Condition", "condition"),
        ("Tags", "tags"),
        ("AppVersion", "appVersion"),
        ("KubeVersion", "kubeVersion"),
        ("Type", "type"),
    ] {
        f.insert(go.to_string(), jstr(raw, yaml));
    }
    f.insert("Name".into(), Value::str(chart.metadata.name.as_str()));
    f.insert(
        "APIVersion".into(),
        Value::str(chart.metadata.api_version.as_str()),
    );
    let strs = |k: &str| -> Value {
        match raw.get(k) {
            Some(J::Array(a)) => Value::StrList(Rc::new(
                a.iter()
                    .map(|x| x.as_str().unwrap_or_default().to_string())
                    .collect(),
            )),
            _ => Value::StrList(Rc::new(Vec::new())),
        }
    };
    f.insert("Sources".into(), strs("sources"));
    f.insert("Keywords".into(), strs("keywords"));
    f.insert(
        "Deprecated".into(),
        Value::Bool(matches!(raw.get("deprecated"), Some(J::Bool(true)))),
    );
    let annotations: BTreeMap<String, Value> = match raw.get("annotations") {
        Some(J::Object(m)) => m
            .iter()
            .map(|(k, v)| (k.clone(), Value::str(v.as_str().unwrap_or_default())))
            .collect(),
        _ => BTreeMap::new(),
    };
    f.insert("Annotations".into(), Value::map(annotations));
    let maintainers = match raw.get("maintainers") {
        Some(J::Array(a)) => a
            .iter()
            .map(|m| {
                let o = m.as_object().cloned().unwrap_or_default();
                let mut mf = BTreeMap::new();
                mf.insert("Name".into(), jstr(&o, "name"));
                mf.insert("Email".into(), jstr(&o, "email"));
                mf.insert("URL".into(), jstr(&o, "url"));
                Value::Object(Rc::new(Object {
                    type_name: "*chart.Maintainer",
                    fields: mf,
                    methods: BTreeMap::new(),
                    map_like: false,
                    display: None,
                }))
            })
            .collect(),
        _ => Vec::new(),
    };
    f.insert("Maintainers".into(), Value::list(maintainers));
    let deps = chart
        .metadata
        .dependencies
        .iter()
        .map(|d| {
            let mut df = BTreeMap::new();
            df.insert("Name".into(), Value::str(d.name.as_str()));
            df.insert("Version".into(), Value::str(d.version.as_str()));
            df.insert("Repository".into(), Value::str(d.repository.as_str()));
            df.insert("Condition".into(), Value::str(d.condition.as_str()));
            df.insert("Tags".into(), Value::StrList(Rc::new(d.tags.clone())));
            df.insert("Enabled".into(), Value::Bool(true));
            df.insert("Alias".into(), Value::str(d.alias.as_str()));
            df.insert(
                "ImportValues".into(),
                Value::list(d.import_values.iter().map(Value::from_json).collect()),
            );
            Value::Object(Rc::new(Object {
                type_name: "*chart.Dependency",
                fields: df,
                methods: BTreeMap::new(),
                map_like: false,
                display: None,
            }))
        })
        .collect();
    f.insert("Dependencies".into(), Value::list(deps));
    f.insert("IsRoot".into(), Value::Bool(is_root));
    Value::Object(Rc::new(Object {
        type_name: "struct { chart.Metadata; IsRoot bool }",
        fields: f,
        methods: BTreeMap::new(),
        map_like: false,
        display: None,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs_follow_gobwas_rules() {
        assert!(glob_match("files/*.conf", "files/a.conf"));
        assert!(!glob_match("files/*.conf", "files/sub/a.conf"));
        assert!(glob_match("files/**.conf", "files/sub/a.conf"));
        assert!(glob_match("{a,b}/*", "b/x"));
    }
}
